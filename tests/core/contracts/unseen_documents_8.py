"""An eighth batch of held-out documents (nl, fr, en), different in kind from the first seven and
from every development document: a Flemish low-code automation offer, a Netherlands dental
practice SaaS subscription, a Flemish digital signage supply and maintenance contract, a Brussels
outsourced DPO contract, a Walloon IoT temperature-monitoring offer, a CAD licence and maintenance
contract, a managed Wi-Fi agreement, an API integration development agreement and a web agency's
accessibility audit proposal.

Written on 2026-12-05 (committed 05:45 UTC) by three helper sessions acting as examiners, after
every rule change of that session: they did not read the analyser's rules or tests, and labelled
each text against spec/checklist.md (only clear readings). The analyser was run on them once, as
at the start of the session (31db412) and as at the end. Never change a rule to fit these texts,
never change a label or a text to fit the analyser.
"""

from .unseen_documents_8_en import EN_DOCUMENTS
from .unseen_documents_8_fr import FR_DOCUMENTS
from .unseen_documents_8_nl import NL_DOCUMENTS

DOCUMENTS = [*NL_DOCUMENTS, *FR_DOCUMENTS, *EN_DOCUMENTS]
