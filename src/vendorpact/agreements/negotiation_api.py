"""API endpoints of the negotiation: articles of a version, the supplier's link, accepting or
countering, the next version, finalising, the signed copy, the comparison of two versions; and
the supplier's own endpoints, opened with the link's token (no API token)."""

from datetime import datetime
from typing import Literal

from django.http import Http404
from django.urls import reverse
from ninja import File, Form, Router, Schema, Status
from ninja.files import UploadedFile

from vendorpact.agreements import negotiation_services as negotiation
from vendorpact.agreements import signing_services
from vendorpact.agreements.access import (
    get_agreement_article_for_user,
    get_agreement_draft_for_user,
    get_negotiation_link_for_user,
)
from vendorpact.agreements.api import DraftOut, InputErrorOut
from vendorpact.agreements.messages import signature_outcome, text_for
from vendorpact.agreements.models import AgreementDraft
from vendorpact.agreements.negotiation_services import Answer, NegotiationError
from vendorpact.agreements.services import version_articles
from vendorpact.common.api_errors import ERRORS
from vendorpact.common.pagination import Converted, paginated
from vendorpact.common.throttle import rate_limited
from vendorpact.core.agreements.negotiation import diff_versions
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_for_request
from vendorpact.orgs.models import Role

router = Router(tags=["agreement negotiation"])
BASE = "/orgs/{org_slug}"


class RefusedOut(Schema):
    """422: a negotiation step refused (`code`, and the signature check's `outcome` for a signed
    copy), or a request that does not fit the schema (`errors`, the API's general answer)."""

    detail: str
    code: str = ""
    outcome: list[str] = []
    errors: list[InputErrorOut] = []


REFUSED = {**ERRORS, 422: RefusedOut}


class EventOut(Schema):
    action: str
    text: str
    comment: str
    by: str
    created_at: datetime


class ArticleOut(Schema):
    id: int
    number: int
    key: str
    title: str
    text: str
    status: str
    next_text: str
    events: list[EventOut]


class LinkIn(Schema):
    sent_to: str = ""
    days: int = negotiation.DEFAULT_LINK_DAYS


class LinkOut(Schema):
    id: int
    draft_id: int
    sent_to: str
    expires_at: datetime
    state: str
    url: str | None = None


class CounterIn(Schema):
    text: str
    comment: str = ""


class SignedCopyOut(Schema):
    document_id: int | None
    signers: list[str]
    digital: bool
    confirmed_by_hand: bool
    outcome: list[str]


class WordOut(Schema):
    op: str
    text: str


class ArticleDiffOut(Schema):
    key: str
    change: str
    old_number: int | None
    new_number: int | None
    title: str
    words: list[WordOut]


def _refused(error: NegotiationError, outcome: list[str] | None = None):
    detail = text_for(error.code, **error.params)
    return Status(422, {"detail": detail, "code": error.code, "outcome": outcome or []})


def _article_out(article) -> dict:
    return {
        "id": article.pk,
        "number": article.number,
        "key": article.key,
        "title": article.title,
        "text": article.text,
        "status": article.status,
        "next_text": article.next_text,
        "events": [
            {
                "action": e.action,
                "text": e.text,
                "comment": e.comment,
                "by": e.actor_name,
                "created_at": e.created_at,
            }
            for e in article.events.all()
        ],
    }


def _link_out(link, url: str | None = None) -> dict:
    return {
        "id": link.pk,
        "draft_id": link.draft_id,
        "sent_to": link.sent_to,
        "expires_at": link.expires_at,
        "state": negotiation.link_state(link),
        "url": url,
    }


@router.get(
    BASE + "/agreement-drafts/{draft_id}/articles", response={200: list[ArticleOut], **ERRORS}
)
@paginated
def list_agreement_articles(request, org_slug: str, draft_id: int):
    org = org_for_request(request, org_slug)
    draft = get_agreement_draft_for_user(request.auth, org, draft_id)
    articles = draft.articles.prefetch_related("events__user")
    return Converted(articles, _article_out)


@router.post(BASE + "/agreement-drafts/{draft_id}/links", response={201: LinkOut, **REFUSED})
def send_agreement_draft(request, org_slug: str, draft_id: int, payload: LinkIn):
    """A private link for the supplier to answer this version; its URL is returned only here."""
    org = org_for_request(request, org_slug, Role.MANAGER)
    draft = get_agreement_draft_for_user(request.auth, org, draft_id)
    try:
        link, token = negotiation.create_link(
            org=org, actor=request.auth, draft=draft, sent_to=payload.sent_to, days=payload.days
        )
    except NegotiationError as error:
        return _refused(error)
    url = request.build_absolute_uri(reverse("agreement_answer", args=[token]))
    return Status(201, _link_out(link, url))


@router.post(BASE + "/agreement-links/{link_id}/revoke", response={200: LinkOut, **ERRORS})
def revoke_agreement_link(request, org_slug: str, link_id: int):
    org = org_for_request(request, org_slug, Role.MANAGER)
    link = get_negotiation_link_for_user(request.auth, org, link_id)
    negotiation.revoke_link(org=org, actor=request.auth, link=link)
    link.refresh_from_db()
    return _link_out(link)


@router.post(
    BASE + "/agreement-articles/{article_id}/accept", response={200: ArticleOut, **REFUSED}
)
def accept_agreement_proposal(request, org_slug: str, article_id: int):
    org = org_for_request(request, org_slug, Role.MEMBER)
    article = get_agreement_article_for_user(request.auth, org, article_id)
    try:
        article = negotiation.accept_proposal(org=org, actor=request.auth, article=article)
    except NegotiationError as error:
        return _refused(error)
    return _article_out(article)


@router.post(
    BASE + "/agreement-articles/{article_id}/counter", response={200: ArticleOut, **REFUSED}
)
def counter_agreement_article(request, org_slug: str, article_id: int, payload: CounterIn):
    org = org_for_request(request, org_slug, Role.MEMBER)
    article = get_agreement_article_for_user(request.auth, org, article_id)
    try:
        article = negotiation.counter(
            org=org, actor=request.auth, article=article, text=payload.text, comment=payload.comment
        )
    except NegotiationError as error:
        return _refused(error)
    return _article_out(article)


@router.post(
    BASE + "/agreement-drafts/{draft_id}/next-version", response={201: DraftOut, **REFUSED}
)
def issue_agreement_version(request, org_slug: str, draft_id: int):
    org = org_for_request(request, org_slug, Role.MEMBER)
    draft = get_agreement_draft_for_user(request.auth, org, draft_id)
    try:
        new = negotiation.issue_new_version(org=org, actor=request.auth, draft=draft)
    except NegotiationError as error:
        return _refused(error)
    return Status(201, new)


@router.post(BASE + "/agreement-drafts/{draft_id}/finalise", response={200: DraftOut, **REFUSED})
def finalise_agreement(request, org_slug: str, draft_id: int):
    org = org_for_request(request, org_slug, Role.MANAGER)
    draft = get_agreement_draft_for_user(request.auth, org, draft_id)
    try:
        return negotiation.finalise(org=org, actor=request.auth, draft=draft)
    except NegotiationError as error:
        return _refused(error)


@router.post(
    BASE + "/agreement-drafts/{draft_id}/signed-copy", response={201: SignedCopyOut, **REFUSED}
)
def upload_signed_agreement(
    request,
    org_slug: str,
    draft_id: int,
    file: File[UploadedFile],
    confirmed_by_hand: Form[bool] = False,
):
    """The signed PDF of a final version: two unchanged PAdES signatures, or both signatures
    confirmed by hand. `outcome` says in words what the signature check found."""
    org = org_for_request(request, org_slug, Role.MANAGER)
    draft = get_agreement_draft_for_user(request.auth, org, draft_id)
    try:
        copy, check = signing_services.record_signed_copy(
            org=org,
            actor=request.auth,
            draft=draft,
            uploaded=file,
            confirmed_by_hand=confirmed_by_hand,
        )
    except signing_services.SigningRefused as refused:
        return _refused(refused, signature_outcome(refused.check) if refused.check else [])
    return Status(
        201,
        {
            "document_id": copy.document_id,
            "signers": copy.signers,
            "digital": copy.digital,
            "confirmed_by_hand": copy.confirmed_by_hand,
            "outcome": signature_outcome(check),
        },
    )


@router.get(
    BASE + "/engagements/{engagement_id}/agreement-comparison",
    response={200: list[ArticleDiffOut], **ERRORS},
)
@paginated
def compare_agreement_versions(
    request, org_slug: str, engagement_id: int, old: int | None = None, new: int | None = None
):
    """Per article of version `new` (default: the latest): added, removed, changed (with word
    changes) or unchanged since version `old` (default: the one before `new`)."""
    org = org_for_request(request, org_slug)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    versions = list(
        AgreementDraft.objects.of_engagement(engagement).values_list("version", "pk")
    )  # newest first
    by_version = dict(versions)
    new = new if new is not None else (versions[0][0] if versions else 0)
    old = old if old is not None else new - 1
    if new not in by_version or old not in by_version:
        raise Http404
    before = get_agreement_draft_for_user(request.auth, org, by_version[old])
    after = get_agreement_draft_for_user(request.auth, org, by_version[new])
    diffs = diff_versions(version_articles(before), version_articles(after))
    return [
        {
            "key": d.key,
            "change": d.change,
            "old_number": d.old.number if d.old else None,
            "new_number": d.new.number if d.new else None,
            "title": (d.new or d.old).title,
            "words": [{"op": w.op, "text": w.text} for w in d.words],
        }
        for d in diffs
    ]


# ---- the supplier's endpoints: the link's token instead of an API token ---------------------


class SupplierArticleOut(Schema):
    number: int
    title: str
    text: str
    status: str


class SupplierViewOut(Schema):
    organisation: str
    engagement: str
    version: int
    articles: list[SupplierArticleOut]


class AnswerIn(Schema):
    number: int
    choice: Literal["accept", "propose", "comment"]
    text: str = ""
    comment: str = ""


class AnswersIn(Schema):
    respondent: str
    answers: list[AnswerIn]


class AnsweredOut(Schema):
    answered: list[int]


class ClosedOut(Schema):
    detail: str


def _open_link(token: str):
    """The link and None, or None and the (status, body) to answer."""
    link = negotiation.link_for_token(token)
    if link is None:
        return None, Status(404, {"detail": "Not found."})
    closed = negotiation.closed_code(link)
    if closed is not None:
        return None, Status(410, {"detail": text_for(closed)})
    return link, None


@router.get(
    "/shared/agreements/{token}",
    auth=None,
    response={200: SupplierViewOut, 404: ClosedOut, 410: ClosedOut},
    tags=["supplier (token link)"],
)
@rate_limited("agreement_answer")
def supplier_agreement(request, token: str):
    link, refusal = _open_link(token)
    if refusal is not None:
        return refusal
    return {
        "organisation": link.organisation.name,
        "engagement": link.engagement.title,
        "version": link.draft.version,
        "articles": list(link.draft.articles.values("number", "title", "text", "status")),
    }


@router.post(
    "/shared/agreements/{token}/answers",
    auth=None,
    response={200: AnsweredOut, 404: ClosedOut, 410: ClosedOut, 422: RefusedOut},
    tags=["supplier (token link)"],
)
@rate_limited("agreement_answer")
def supplier_answers(request, token: str, payload: AnswersIn):
    """Per article: accept, propose other wording (`text`) or comment; once per link."""
    _link, refusal = _open_link(token)
    if refusal is not None:
        return refusal
    answers = [Answer(a.number, a.choice, a.text, a.comment) for a in payload.answers]
    try:
        result = negotiation.answer_via_link(
            token=token, answers=answers, respondent=payload.respondent
        )
    except NegotiationError as error:
        return _refused(error)
    return {"answered": result.answered}
