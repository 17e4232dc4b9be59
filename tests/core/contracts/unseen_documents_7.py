"""A seventh batch of held-out documents (nl, fr, en), different in kind from the first six and
from every development document: a Flemish business-intelligence offer sent by e-mail, a
Netherlands colocation agreement, a Flemish school group's ICT service agreement, a Walloon Peppol
e-invoicing offer, a Brussels fibre internet subscription, a secondment agreement for an SAP
consultant, a tripartite source-code escrow agreement, a Dutch supplier's letter of intent for a
CRM rollout and a hosting renewal pro forma with its terms of sale.

Written on 2026-12-05 (committed 04:26-04:28 UTC) by three helper sessions acting as examiners,
before any rule change of that session: they did not read the analyser's rules or tests, and
labelled each text against spec/checklist.md (only clear readings). The batch was kept out of main
on its own branch until every rule helper of the session had finished, so nobody who changed a rule
saw these texts or their results. Never change a rule to fit these texts, never change a label or a
text to fit the analyser.
"""

from .unseen_documents_7_en import EN_DOCUMENTS
from .unseen_documents_7_fr import FR_DOCUMENTS
from .unseen_documents_7_nl import NL_DOCUMENTS

DOCUMENTS = [*NL_DOCUMENTS, *FR_DOCUMENTS, *EN_DOCUMENTS]
