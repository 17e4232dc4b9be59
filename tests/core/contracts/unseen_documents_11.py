"""An eleventh batch of held-out documents (nl, fr, en), different in kind from the first ten, from
every development document and from the training documents of rounds 5 to 7: a Netherlands taxi
dispatch licence and maintenance agreement, a Dutch housing corporation's tenant-portal hosting
agreement, a Flemish NAS and back-up quote accepted by e-mail, a pharmacy robot's software
maintenance contract, a Walloon town's parking-payment app convention, a notary's PC renewal quote
accepted by e-mail, a learning-management SaaS agreement, a hotel group's booking-engine support
and hosting renewal letter and a fixed-price accounting data-migration statement of work.

Written on 2026-12-05 by three helper sessions acting as examiners, without reading the analyser's
rules, its models or its tests, labelled against spec/checklist.md only (clear readings), and
committed on their own branch before the checklist model was retrained with the training documents
of rounds 7 to 13; the branch joined main only once that model was final. Never change a rule or
retrain to fit these texts, never change a label or a text to fit the analyser.
"""

from .unseen_documents_11_en import EN_DOCUMENTS
from .unseen_documents_11_fr import FR_DOCUMENTS
from .unseen_documents_11_nl import NL_DOCUMENTS

DOCUMENTS = [*NL_DOCUMENTS, *FR_DOCUMENTS, *EN_DOCUMENTS]
