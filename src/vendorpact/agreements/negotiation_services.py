"""Negotiating a version with the supplier: the private link, the supplier's answers per
article, the client's acceptance or counter-wording, the next version and finalising."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from vendorpact.agreements.models import (
    AgreementArticle,
    AgreementDraft,
    ArticleEvent,
    ArticleStatus,
    EventAction,
    NegotiationLink,
)
from vendorpact.agreements.services import create_articles, next_version
from vendorpact.core import health as core_health
from vendorpact.core.agreements.negotiation import can_finalise, normalise
from vendorpact.engagements.models import Engagement

DEFAULT_LINK_DAYS = 14
MAX_LINK_DAYS = 90
ACCEPT, PROPOSE, COMMENT = "accept", "propose", "comment"


class NegotiationError(Exception):
    """A refused step; `code` is translated by the web layer (agreements.messages)."""

    def __init__(self, code: str, **params) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Answer:
    """The supplier's answer on one article (by its number in the version)."""

    number: int
    choice: str  # accept | propose | comment
    text: str = ""
    comment: str = ""


@dataclass
class AnswerResult:
    answered: list[int] = field(default_factory=list)


def is_latest(draft: AgreementDraft) -> bool:
    return not AgreementDraft.objects.filter(
        engagement_id=draft.engagement_id, version__gt=draft.version
    ).exists()


def _locked_draft(draft: AgreementDraft) -> AgreementDraft:
    """The version as stored now (locked), refused when it is final or superseded."""
    draft = (
        AgreementDraft.objects.select_for_update()
        .select_related("engagement")
        .get(organisation_id=draft.organisation_id, pk=draft.pk)
    )
    _check_open_for_changes(draft)
    return draft


def _check_open_for_changes(draft: AgreementDraft) -> None:
    if draft.is_final:
        raise NegotiationError("agreement.version_final")
    if not is_latest(draft):
        raise NegotiationError("agreement.version_superseded")


# ---- the supplier's link --------------------------------------------------------------------


@transaction.atomic
def create_link(
    *, org, actor, draft: AgreementDraft, sent_to: str = "", days: int = DEFAULT_LINK_DAYS
) -> tuple[NegotiationLink, str]:
    """A link for the supplier to answer `draft`; returns the row and the token (shown once,
    only its hash is stored)."""
    if not 1 <= days <= MAX_LINK_DAYS:
        raise NegotiationError("agreement.bad_link_days", max_days=MAX_LINK_DAYS)
    draft = _locked_draft(draft)
    if not draft.articles.exists():
        create_articles(draft)
    token = core_health.new_link_token()
    link = NegotiationLink.objects.create(
        organisation=org,
        engagement=draft.engagement,
        draft=draft,
        token_hash=core_health.hash_token(token),
        sent_to=sent_to.strip()[:200],
        expires_at=timezone.now() + timedelta(days=days),
        created_by=actor,
    )
    return link, token


@transaction.atomic
def revoke_link(*, org, actor, link: NegotiationLink) -> None:
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])


def link_state(link: NegotiationLink, now=None) -> str:
    """ "active", "answered", "revoked" or "expired"."""
    now = now or timezone.now()
    state = core_health.link_status(link.expires_at, now, link.revoked_at)
    if state == "active" and link.used_at is not None:
        return "answered"
    return state


def closed_code(link: NegotiationLink) -> str | None:
    """Why the supplier can no longer answer through this link, or None when they can."""
    state = link_state(link)
    if state != "active":
        return f"agreement.link_{state}"
    if link.draft.is_final:
        return "agreement.version_final"
    if not is_latest(link.draft):
        return "agreement.version_superseded"
    return None


def link_for_token(token: str) -> NegotiationLink | None:
    """The link a token opens, whatever its state; None for an unknown token."""
    return (
        NegotiationLink.objects.unguarded("a negotiation link finds its row by the token's hash")
        .select_related("draft", "engagement", "organisation")
        .filter(token_hash=core_health.hash_token(token))
        .first()
    )


def _check_answer(answer: Answer, article: AgreementArticle) -> None:
    if answer.choice not in (ACCEPT, PROPOSE, COMMENT):
        raise NegotiationError("agreement.bad_answer", number=answer.number)
    if answer.choice == PROPOSE and (
        not answer.text.strip() or normalise(answer.text) == normalise(article.text)
    ):
        raise NegotiationError("agreement.proposal_needs_wording", number=answer.number)
    if answer.choice == COMMENT and not answer.comment.strip():
        raise NegotiationError("agreement.comment_needed", number=answer.number)


SUPPLIER_ACTIONS = {
    ACCEPT: (EventAction.SUPPLIER_ACCEPTED, ArticleStatus.AGREED),
    PROPOSE: (EventAction.SUPPLIER_PROPOSED, ArticleStatus.DISPUTED),
    COMMENT: (EventAction.SUPPLIER_COMMENTED, ArticleStatus.DISPUTED),
}


@transaction.atomic
def answer_via_link(*, token: str, answers: list[Answer], respondent: str) -> AnswerResult:
    """The supplier's answers on the linked version; only an active, unused link of the latest,
    not final version is accepted, and only once. Articles already agreed are not answered."""
    link = (
        NegotiationLink.objects.unguarded("a negotiation link finds its row by the token's hash")
        .select_for_update()
        .select_related("draft")
        .filter(token_hash=core_health.hash_token(token))
        .first()
    )
    if link is None:
        raise NegotiationError("agreement.link_unknown")
    state = link_state(link)
    if state != "active":
        raise NegotiationError(f"agreement.link_{state}")
    _locked_draft(link.draft)
    if not respondent.strip():
        raise NegotiationError("agreement.name_needed")
    articles = {a.number: a for a in link.draft.articles.select_for_update()}
    given = [a for a in answers if a.number in articles]
    given = [a for a in given if articles[a.number].status != ArticleStatus.AGREED]
    if not given:
        raise NegotiationError("agreement.no_answers")
    for answer in given:
        _check_answer(answer, articles[answer.number])
    result = AnswerResult()
    for answer in given:
        article = articles[answer.number]
        action, status = SUPPLIER_ACTIONS[answer.choice]
        ArticleEvent.objects.create(
            organisation_id=link.organisation_id,
            article=article,
            action=action,
            text=normalise(answer.text) if answer.choice == PROPOSE else "",
            comment=answer.comment.strip(),
            link=link,
            supplier_name=respondent.strip()[:200],
        )
        article.status = status
        article.next_text = ""
        article.save(update_fields=["status", "next_text"])
        result.answered.append(article.number)
    link.used_at = timezone.now()
    link.save(update_fields=["used_at"])
    return result


# ---- the client's side ----------------------------------------------------------------------


def latest_proposal(article: AgreementArticle) -> ArticleEvent | None:
    return (
        article.events.filter(action=EventAction.SUPPLIER_PROPOSED).order_by("-created_at").first()
    )


def _locked(article: AgreementArticle) -> AgreementArticle:
    locked = (
        AgreementArticle.objects.select_for_update()
        .select_related("draft")
        .get(organisation_id=article.organisation_id, pk=article.pk)
    )
    _check_open_for_changes(locked.draft)
    if locked.status != ArticleStatus.DISPUTED:
        raise NegotiationError("agreement.article_not_disputed", number=locked.number)
    return locked


@transaction.atomic
def accept_proposal(*, org, actor, article: AgreementArticle) -> AgreementArticle:
    """The client takes the supplier's proposed wording: agreed, in the next version."""
    article = _locked(article)
    proposal = latest_proposal(article)
    if proposal is None:
        raise NegotiationError("agreement.no_proposal", number=article.number)
    article.status = ArticleStatus.AGREED
    article.next_text = proposal.text
    article.save(update_fields=["status", "next_text"])
    ArticleEvent.objects.create(
        organisation=org,
        article=article,
        action=EventAction.CLIENT_ACCEPTED,
        text=proposal.text,
        user=actor,
    )
    return article


@transaction.atomic
def counter(*, org, actor, article: AgreementArticle, text: str, comment: str = ""):
    """The client's own wording for a disputed article; the supplier answers it in the next
    version."""
    article = _locked(article)
    if not text.strip():
        raise NegotiationError("agreement.counter_needs_wording", number=article.number)
    article.next_text = normalise(text)
    article.save(update_fields=["next_text"])
    ArticleEvent.objects.create(
        organisation=org,
        article=article,
        action=EventAction.CLIENT_COUNTERED,
        text=article.next_text,
        comment=comment.strip(),
        user=actor,
    )
    return article


@transaction.atomic
def issue_new_version(*, org, actor, draft: AgreementDraft) -> AgreementDraft:
    """The next version: the same terms with the accepted and countered wording; agreed
    articles stay agreed, the others are open. Links to older versions are revoked."""
    Engagement.objects.select_for_update().filter(
        organisation_id=draft.organisation_id, pk=draft.engagement_id
    ).first()
    draft = _locked_draft(draft)
    articles = list(draft.articles.all())
    if not articles:
        raise NegotiationError("agreement.nothing_to_negotiate")
    wording = dict(draft.wording or {})
    for article in articles:
        if article.next_text:
            wording[article.key] = article.next_text
    new = AgreementDraft.objects.create(
        organisation=org,
        engagement=draft.engagement,
        version=next_version(draft.engagement),
        mode=draft.mode,
        language=draft.language,
        terms=draft.terms,
        options=draft.options,
        wording=wording,
        created_by=actor,
    )
    agreed = frozenset(a.key for a in articles if a.status == ArticleStatus.AGREED)
    create_articles(new, agreed)
    NegotiationLink.objects.filter(
        engagement_id=draft.engagement_id, revoked_at__isnull=True
    ).exclude(draft=new).update(revoked_at=timezone.now())
    return new


@transaction.atomic
def finalise(*, org, actor, draft: AgreementDraft) -> AgreementDraft:
    """The version becomes final: only when every article is agreed in this very wording."""
    draft = _locked_draft(draft)
    articles = list(draft.articles.all())
    if not can_finalise([a.status for a in articles]):
        raise NegotiationError("agreement.not_all_agreed")
    if any(a.next_text for a in articles):
        raise NegotiationError("agreement.new_version_first")
    draft.final_at = timezone.now()
    draft.final_by = actor
    draft.save(update_fields=["final_at", "final_by"])
    NegotiationLink.objects.filter(draft=draft, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    return draft


def status_counts(draft: AgreementDraft) -> dict[str, int]:
    counts = {status: 0 for status in ArticleStatus.values}
    for status in draft.articles.values_list("status", flat=True):
        counts[status] += 1
    return counts
