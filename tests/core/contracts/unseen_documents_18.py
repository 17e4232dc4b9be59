"""An eighteenth batch of held-out documents (nl, fr, en), different in kind from the first
seventeen, from every development document and from the training documents of rounds 5 to 20: a
pet boarding kennel's PC and Wi-Fi offer accepted by e-mail, a carwash's payment-terminal
maintenance contract, a dental group's patient-recall SaaS agreement, a school group's Microsoft
365 SLA annex, a hairdressing salon's booking-site quote, a festival's cashless-payment contract, a
commune's school-meal ordering convention, a medical centre's teleconsultation SLA annex, a
marina's berth-booking kiosk support agreement, a construction firm's equipment-tracking order
form, a yoga studio's booking-app quote accepted by e-mail and an NGO's donor-database migration
statement of work.

Written on 2026-12-05 by three helper sessions acting as examiners, without reading the analyser's
rules, its models or its tests, labelled against spec/checklist.md only (clear readings), and
committed on their own branch before the Dutch rule round (nl16) of the session that followed
stop 25 reached main; the branch joins main only once that session's analyser is final. Never
change a rule or retrain to fit these texts, never change a label or a text to fit the analyser.
"""

from .unseen_documents_18_en import EN_DOCUMENTS
from .unseen_documents_18_fr import FR_DOCUMENTS
from .unseen_documents_18_nl import NL_DOCUMENTS

DOCUMENTS = [*NL_DOCUMENTS, *FR_DOCUMENTS, *EN_DOCUMENTS]
