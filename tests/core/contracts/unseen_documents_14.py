"""A fourteenth batch of held-out documents (nl, fr, en), different in kind from the first
thirteen, from every development document and from the training documents of rounds 5 to 13: a
Dutch municipality's parking-permit SaaS agreement, a Flemish bakery chain's staff-scheduling
offer, a Flemish framework for on-call Power Platform development, a Walloon cooperative's member
portal development contract, a commune's council-meeting streaming contract, an online voting
offer for co-owners' meetings accepted by e-mail, a lab instrument-control support renewal letter,
a machine-vision inspection agreement and a GPU compute reservation order form.

Written on 2026-12-05 by three helper sessions acting as examiners, without reading the analyser's
rules, its models or its tests, labelled against spec/checklist.md only (clear readings), and
committed on their own branch before any rule or model change of the session that followed
stop 24; the branch joins main only once that session's analyser is final. Never change a rule or
retrain to fit these texts, never change a label or a text to fit the analyser.
"""

from .unseen_documents_14_en import EN_DOCUMENTS
from .unseen_documents_14_fr import FR_DOCUMENTS
from .unseen_documents_14_nl import NL_DOCUMENTS

DOCUMENTS = [*NL_DOCUMENTS, *FR_DOCUMENTS, *EN_DOCUMENTS]
