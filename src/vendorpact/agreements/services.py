"""Writes on agreement drafts, and the one place a saved draft becomes a document."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max

from vendorpact.agreements.docx_renderer import render_docx
from vendorpact.agreements.models import AgreementDraft
from vendorpact.agreements.pdf_renderer import render_pdf
from vendorpact.core.agreements import Agreement, Problem, generate, terms_from_dict
from vendorpact.core.agreements.terms_json import json_path
from vendorpact.engagements.models import Engagement


class AgreementProblems(Exception):
    """The terms cannot make an agreement; `problems` says which field and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.reason}" for p in problems))
        self.problems = problems


def check_terms(terms: dict, *, language: str, mode: str) -> list[Problem]:
    """The same checks as `vendorpact agreement draft`: [] when a document can be made."""
    _agreement, problems = _generate(terms, language, mode)
    return problems


def _generate(terms: dict, language: str, mode: str) -> tuple[Agreement | None, list[Problem]]:
    parsed, problems = terms_from_dict(terms)
    if problems:
        return None, problems
    items = list(terms.get("items", [])) if mode == "addendum" else None
    result = generate(parsed, language, mode, items)
    return result.agreement, [Problem(json_path(p.field), p.reason) for p in result.problems]


@transaction.atomic
def create_draft(
    *, org, engagement: Engagement, actor, mode: str, language: str, terms: dict
) -> AgreementDraft:
    """A new version of the engagement's agreement, refused (AgreementProblems) when the terms
    leave a required value open."""
    if terms.get("kind") != engagement.kind:
        raise AgreementProblems([Problem("kind", f"must be {engagement.kind!r}, the engagement's")])
    problems = check_terms(terms, language=language, mode=mode)
    if problems:
        raise AgreementProblems(problems)
    Engagement.objects.select_for_update().filter(pk=engagement.pk).first()
    latest = AgreementDraft.objects.filter(engagement=engagement).aggregate(v=Max("version"))["v"]
    return AgreementDraft.objects.create(
        organisation=org,
        engagement=engagement,
        version=(latest or 0) + 1,
        mode=mode,
        language=language,
        terms=terms,
        options=dict(terms.get("options", {})),
        created_by=actor,
    )


def agreement_of(draft: AgreementDraft) -> Agreement:
    agreement, problems = _generate(draft.terms, draft.language, draft.mode)
    if problems:
        raise AgreementProblems(problems)
    return agreement


def render(draft: AgreementDraft, fmt: str) -> bytes:
    agreement = agreement_of(draft)
    return render_docx(agreement) if fmt == "docx" else render_pdf(agreement)
