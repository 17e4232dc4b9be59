"""A sixth batch of held-out documents (nl, fr, en), different in kind from the first five and
from the kinds of the development documents of the same session: a Flemish till-system
maintenance contract, a Netherlands Microsoft 365 migration offer, a Walloon CCTV and access
control quote, a Brussels IT equipment leasing contract, a France-style IT audit engagement letter,
an English CCTV and access control agreement of a Belgian supplier and a UK-style change request.

Written on 2026-12-05 (committed 02:31-02:33 UTC) by two helper sessions acting as examiners, after
most of the first round of that session's rule changes was merged, before the second round: they did
not read the analyser's rules or tests, and labelled each text against spec/checklist.md (only clear
readings). The analyser was first run on them after that commit, both as it stood at the start of
the session (92d8ba5) and as merged then (4802e40; test_contracts_unseen_6.py). Nobody who changed a
rule saw these texts or their results. Never change a rule to fit these texts, never change a label
or a text to fit the analyser.
"""

from .unseen_documents_6_en import EN_DOCUMENTS
from .unseen_documents_6_fr import FR_DOCUMENTS
from .unseen_documents_6_nl import NL_DOCUMENTS

DOCUMENTS = [*NL_DOCUMENTS, *FR_DOCUMENTS, *EN_DOCUMENTS]
