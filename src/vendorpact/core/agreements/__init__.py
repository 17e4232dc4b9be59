"""The agreement builder: a clause library per checklist item (nl, en, fr), options explained
for non-lawyers, and a generator from terms to an agreement model. Pure Python."""

from vendorpact.core.agreements.generator import Draft, generate, items_to_settle
from vendorpact.core.agreements.markdown import render_markdown
from vendorpact.core.agreements.model import Agreement, Problem, Terms
from vendorpact.core.agreements.options import OPTIONS, OPTIONS_BY_ID
from vendorpact.core.agreements.terms_json import terms_from_dict

__all__ = [
    "OPTIONS",
    "OPTIONS_BY_ID",
    "Agreement",
    "Draft",
    "Problem",
    "Terms",
    "generate",
    "items_to_settle",
    "render_markdown",
    "terms_from_dict",
]
