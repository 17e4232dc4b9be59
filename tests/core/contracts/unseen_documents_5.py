"""A fifth batch of held-out documents (nl, fr, en), different in kind from the first four: a
Flemish ERP (Odoo) implementation agreement, a Netherlands cloud back-up provider's delivery terms,
a Flemish website maintenance proposal letter, a Flemish managed print rental and maintenance
agreement, a Walloon cybersecurity services contract, a Brussels offer for HR/payroll licences and
training, a framework agreement for developers billed by the day, an ERP support renewal notice
and a data processing addendum.

Written on 2026-12-05 (committed 01:59-02:03 UTC) by two helper sessions acting as examiners,
before any rule change of that session was merged: they did not read the analyser's rules or
tests, and labelled each text against spec/checklist.md (only clear readings). The analyser was
first run on them after that commit (test_contracts_unseen_5.py). Never change a rule to fit these
texts, never change a label or a text to fit the analyser.
"""

from .unseen_documents_5_en import EN_DOCUMENTS
from .unseen_documents_5_fr import FR_DOCUMENTS
from .unseen_documents_5_nl import NL_DOCUMENTS
from .unseen_documents_5_nl2 import NL_MORE_DOCUMENTS

DOCUMENTS = [*NL_DOCUMENTS, *NL_MORE_DOCUMENTS, *FR_DOCUMENTS, *EN_DOCUMENTS]
