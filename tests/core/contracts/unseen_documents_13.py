"""A thirteenth batch of held-out documents (nl, fr, en), different in kind from the first twelve,
from every development document and from the training documents of rounds 5 to 13: a Flemish
crematorium's planning software maintenance contract, a Dutch insurer's mail scanning and OCR
agreement, a Flemish e-mail quote for an accountancy office's Wi-Fi, a Walloon commune's cemetery
management SaaS convention, a physiotherapist's online booking quote accepted by e-mail, a queue
management system contract on the supplier's terms, a container-yard planning licence, a pharma
company's service-desk schedule and a law firm's dictation offer accepted by e-mail.

Written on 2026-12-05 by three helper sessions acting as examiners, without reading the analyser's
rules, its models or its tests, labelled against spec/checklist.md only (clear readings), and
committed on their own branch before any rule or model change of the session that followed
stop 24; the branch joins main only once that session's analyser is final. Never change a rule or
retrain to fit these texts, never change a label or a text to fit the analyser.
"""

from .unseen_documents_13_en import EN_DOCUMENTS
from .unseen_documents_13_fr import FR_DOCUMENTS
from .unseen_documents_13_nl import NL_DOCUMENTS

DOCUMENTS = [*NL_DOCUMENTS, *FR_DOCUMENTS, *EN_DOCUMENTS]
