"""A ninth batch of held-out documents (nl, fr, en), different in kind from the first eight and
from every development document: a Flemish offer to outsource a municipality's first-line IT
helpdesk, a Netherlands webshop migration agreement (Magento to Shopify Plus, then support), a
Flemish cloud telephony contract on an order form, a Brussels IT services agreement for a medical
group practice, a Liège web agency's intranet redesign and hosting offer, a Namur stock-management
licence offer by e-mail, a data warehouse managed service agreement, a field-service app order
form under a master subscription agreement and a penetration-test engagement letter.

Written on 2026-12-05 by three helper sessions acting as examiners, and committed before the
checklist model was scored on any held-out document (only its cross-validation on its training
documents had run): they did not read the analyser's rules, its model or its tests, and labelled
each text against spec/checklist.md (only clear readings). The batch was kept out of main on its
own branch until the checklist model and its thresholds were final, so nothing learned or chosen
saw these texts. Never change a rule or retrain to fit these texts, never change a label or a text
to fit the analyser.
"""

from .unseen_documents_9_en import EN_DOCUMENTS
from .unseen_documents_9_fr import FR_DOCUMENTS
from .unseen_documents_9_nl import NL_DOCUMENTS

DOCUMENTS = [*NL_DOCUMENTS, *FR_DOCUMENTS, *EN_DOCUMENTS]
