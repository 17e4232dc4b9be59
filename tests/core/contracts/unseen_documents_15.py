"""A fifteenth batch of held-out documents (nl, fr, en), different in kind from the first
fourteen, from every development document and from the training documents of rounds 5 to 17: a
Flemish zoo's ticketing and gates maintenance contract, a Dutch youth-care organisation's case-file
migration, a farm shop's alerts offer accepted by e-mail, a hospital's meal-ordering tablets
contract, a commune's electronic signature platform convention, a florist's till quote accepted by
e-mail, a customs-declaration SaaS agreement, a hospital's sterilisation-tracking support
agreement and a marketing agency's Mac fleet management offer accepted by e-mail.

Written on 2026-12-05 by three helper sessions acting as examiners, without reading the analyser's
rules, its models or its tests, labelled against spec/checklist.md only (clear readings), and
committed on their own branch before any rule or model change of the session that followed
stop 24 reached main; the branch joins main only once that session's analyser is final. Never
change a rule or retrain to fit these texts, never change a label or a text to fit the analyser.
"""

from .unseen_documents_15_en import EN_DOCUMENTS
from .unseen_documents_15_fr import FR_DOCUMENTS
from .unseen_documents_15_nl import NL_DOCUMENTS

DOCUMENTS = [*NL_DOCUMENTS, *FR_DOCUMENTS, *EN_DOCUMENTS]
