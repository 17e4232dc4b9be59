"""A seventeenth batch of held-out documents (nl, fr, en), different in kind from the first
sixteen, from every development document and from the training documents of rounds 5 to 18: a
dairy cooperative's lab software agreement, a swimming pool's timing and scoreboard maintenance, a
hearing-care centre's server offer accepted by e-mail, a charity's CRM consultant assignment, a
waste-collection intercommunale's route-planning convention, a NAS data-recovery quote accepted by
e-mail, an industrial laundry's RFID linen-tracking order, a cattle market's auction software
maintenance, a biotech start-up's lab-data cloud managed services, a hotel chain's
revenue-management support, an architect's plotter and file-server quote accepted by e-mail and an
interim CIO engagement letter.

Written on 2026-12-05 by three helper sessions acting as examiners, without reading the analyser's
rules, its models or its tests, labelled against spec/checklist.md only (clear readings), and
committed on their own branch before any rule or model change of the session that followed
stop 25 reached main (the training round 18 documents were on main, unused); the branch joins
main only once that session's analyser is final. Never change a rule or retrain to fit these
texts, never change a label or a text to fit the analyser.
"""

from .unseen_documents_17_en import EN_DOCUMENTS
from .unseen_documents_17_fr import FR_DOCUMENTS
from .unseen_documents_17_nl import NL_DOCUMENTS

DOCUMENTS = [*NL_DOCUMENTS, *FR_DOCUMENTS, *EN_DOCUMENTS]
