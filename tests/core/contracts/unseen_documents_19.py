"""A nineteenth batch of held-out documents (nl, fr, en), different in kind from the earlier
batches, from every development document and from the training documents of rounds 5 to 21: a
joinery workshop's quotation tool offered by e-mail, a food bank's volunteer-planning SaaS
agreement, a tree nursery's irrigation-computer maintenance contract, a tile wholesaler's PIM
project agreement, a commune's council-chamber voting-system maintenance contract, an auction
house's online-bidding quote accepted by e-mail, a window-frame manufacturer's configurator
development contract, an exam-proctoring SaaS order form with an SLA annex, an escape room's
game-control quote accepted by e-mail, an insurer's IT asset disposal agreement, a barge operator's
connectivity order form and an IBM i migration statement of work.

Written on 2026-12-05 by three helper sessions acting as examiners, without reading the analyser's
rules, its models or its tests, labelled against spec/checklist.md only (clear readings), and
committed on their own branch before any rule change of the session that followed stop 26 reached
main; the branch joins main only once that session's analyser is final. Never change a rule or
retrain to fit these texts, never change a label or a text to fit the analyser.
"""

from .unseen_documents_19_en import EN_DOCUMENTS
from .unseen_documents_19_fr import FR_DOCUMENTS
from .unseen_documents_19_nl import NL_DOCUMENTS

DOCUMENTS = [*NL_DOCUMENTS, *FR_DOCUMENTS, *EN_DOCUMENTS]
