"""A tenth batch of held-out documents (nl, fr, en), different in kind from the first nine, from
every development document and from the training documents of rounds 5 and 6: a Flemish managed
firewall and VPN offer accepted by e-mail, a Dutch hospital's nurse-call maintenance contract, a
Dutch municipality's citizen-portal tender award, a Liège invoicing software maintenance contract,
a Brussels Google Workspace migration offer, a qualified electronic archiving contract, a warehouse
management system implementation agreement, a FinOps consultancy proposal and an IT equipment
repair service order.

Written on 2026-12-05 by three helper sessions acting as examiners, without reading the analyser's
rules, its models or its tests, labelled against spec/checklist.md only (clear readings), and
committed on their own branch before the checklist model was retrained with the round-6 training
documents; the branch joined main only once that model was final. Never change a rule or retrain
to fit these texts, never change a label or a text to fit the analyser.
"""

from .unseen_documents_10_en import EN_DOCUMENTS
from .unseen_documents_10_fr import FR_DOCUMENTS
from .unseen_documents_10_nl import NL_DOCUMENTS

DOCUMENTS = [*NL_DOCUMENTS, *FR_DOCUMENTS, *EN_DOCUMENTS]
