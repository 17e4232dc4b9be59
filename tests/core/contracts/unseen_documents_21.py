"""A twenty-first batch of held-out documents (nl, fr, en), different in kind from the earlier
batches, from every development document and from the training documents of rounds 5 to 21: a
camping's reservation site offered and accepted by e-mail, a caterer's temperature-monitoring
quote, an optician chain's practice-software agreement, an egg-grading line's software maintenance
contract, a riding school's booking-site quote accepted by e-mail, a sawmill's production-tracking
maintenance contract, a medical congress's IT equipment rental, a campsite's SEO and advertising
engagement letter, a surf school's booking-site quote accepted by e-mail, a sawmill's
production-tracking maintenance agreement, an architects' studio's laptops and back-up proposal and
a medical congress's IT equipment rental confirmation.

Written on 2026-12-05 by three helper sessions acting as examiners, without reading the analyser's
rules, its models or its tests, labelled against spec/checklist.md only (clear readings), and
committed on their own branch after the rule rounds of the session that followed stop 26 had
started but before any of them reached main, and before the lead had seen any result on them;
the branch joins main only once that session's analyser is final. Never change a rule or retrain
to fit these texts, never change a label or a text to fit the analyser.
"""

from .unseen_documents_21_en import EN_DOCUMENTS
from .unseen_documents_21_fr import FR_DOCUMENTS
from .unseen_documents_21_nl import NL_DOCUMENTS

DOCUMENTS = [*NL_DOCUMENTS, *FR_DOCUMENTS, *EN_DOCUMENTS]
