"""A twentieth batch of held-out documents (nl, fr, en), different in kind from the earlier
batches, from every development document and from the training documents of rounds 5 to 21: a youth
movement's website offered and accepted by e-mail, a city's smart-parking sensor cooperation
agreement, a golf club's tee-time SaaS agreement, a tent-hire company's planning-tool quote, a
CPAS's cloud switchboard convention, a cheese shop's click-and-collect offer accepted by e-mail, a
school's absences-register SaaS contract, a clinic's imaging-archive SLA annex, a port terminal's
gate-camera support agreement, a whistleblowing-channel SaaS order form, a co-working space's
access-control and printing proposal accepted by e-mail and a wholesaler's PIM implementation
agreement.

Written on 2026-12-05 by three helper sessions acting as examiners, without reading the analyser's
rules, its models or its tests, labelled against spec/checklist.md only (clear readings), and
committed on their own branch before any rule change of the session that followed stop 26 reached
main; the branch joins main only once that session's analyser is final. Never change a rule or
retrain to fit these texts, never change a label or a text to fit the analyser.
"""

from .unseen_documents_20_en import EN_DOCUMENTS
from .unseen_documents_20_fr import FR_DOCUMENTS
from .unseen_documents_20_nl import NL_DOCUMENTS

DOCUMENTS = [*NL_DOCUMENTS, *FR_DOCUMENTS, *EN_DOCUMENTS]
