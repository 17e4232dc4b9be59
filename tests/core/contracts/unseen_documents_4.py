"""A fourth batch of held-out documents (nl, fr, en), different in kind from the first three: a
Flemish managed-service provider's all-in offer, a Netherlands Scrum development agreement, a
Flemish order confirmation accepted by e-mail, a Flemish SLA annex to a municipal framework
agreement, a Walloon fixed-price mobile app contract, a Brussels network quote and order form, an
infogérance contract, an English statement of work under a master agreement and an MSP's
proposal letter for a support retainer.

Written on 2026-12-05 (committed 01:42-01:46 UTC) by two helper sessions acting as examiners,
before any rule change of that session: they did not read the analyser's rules or tests, and
labelled each text against spec/checklist.md (only clear readings). The analyser was first run on
them after that commit (test_contracts_unseen_4.py). Meanwhile other helpers, without access to
these texts, changed the rules for general patterns in their own development documents. Never
change a rule to fit these texts, never change a label or a text to fit the analyser.
"""

from .unseen_documents_4_en import EN_DOCUMENTS
from .unseen_documents_4_fr import FR_DOCUMENTS
from .unseen_documents_4_nl import NL_DOCUMENTS
from .unseen_documents_4_nl2 import NL_MORE_DOCUMENTS

DOCUMENTS = [*NL_DOCUMENTS, *NL_MORE_DOCUMENTS, *FR_DOCUMENTS, *EN_DOCUMENTS]
