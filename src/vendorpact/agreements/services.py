"""Writes on agreement drafts, and the one place a saved draft becomes a document."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max

from vendorpact.agreements.docx_renderer import render_docx
from vendorpact.agreements.models import AgreementArticle, AgreementDraft
from vendorpact.agreements.pdf_renderer import render_pdf
from vendorpact.core.agreements import Agreement, Problem, generate, terms_from_dict
from vendorpact.core.agreements.negotiation import ArticleText, article_texts, with_wording
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
    Engagement.objects.select_for_update().filter(organisation=org, pk=engagement.pk).first()
    draft = AgreementDraft.objects.create(
        organisation=org,
        engagement=engagement,
        version=next_version(engagement),
        mode=mode,
        language=language,
        terms=terms,
        options=dict(terms.get("options", {})),
        created_by=actor,
    )
    create_articles(draft)
    return draft


def next_version(engagement: Engagement) -> int:
    latest = AgreementDraft.objects.filter(engagement=engagement).aggregate(v=Max("version"))["v"]
    return (latest or 0) + 1


def create_articles(draft: AgreementDraft, agreed: frozenset[str] = frozenset()) -> None:
    """The version's articles with their wording; those in `agreed` start agreed."""
    AgreementArticle.objects.bulk_create(
        AgreementArticle(
            organisation_id=draft.organisation_id,
            draft=draft,
            key=article.key,
            number=article.number,
            title=article.title[:200],
            text=article.text,
            status="agreed" if article.key in agreed else "open",
        )
        for article in article_texts(agreement_of(draft))
    )


def agreement_of(draft: AgreementDraft) -> Agreement:
    """The version's agreement: generated from its terms, with its negotiated wording."""
    agreement, problems = _generate(draft.terms, draft.language, draft.mode)
    if problems:
        raise AgreementProblems(problems)
    return with_wording(agreement, draft.wording or {})


def render(draft: AgreementDraft, fmt: str) -> bytes:
    agreement = agreement_of(draft)
    return render_docx(agreement) if fmt == "docx" else render_pdf(agreement)


def version_articles(draft: AgreementDraft) -> list[ArticleText]:
    """The version's articles as negotiated (its stored articles), or as generated for a version
    saved before negotiation existed."""
    rows = list(draft.articles.all())
    if rows:
        return [ArticleText(a.key, a.number, a.title, a.text) for a in rows]
    try:
        return article_texts(agreement_of(draft))
    except AgreementProblems:
        return []
