"""The signed copy of a final agreement: checked, attached to the engagement, and what it
settles written into the engagement ("how agreed", general terms, checklist)."""

from __future__ import annotations

from django.db import transaction

from vendorpact.agreements.models import AgreementDraft, SignedCopy
from vendorpact.agreements.negotiation_services import NegotiationError
from vendorpact.agreements.signatures import SignatureCheck, check_pdf
from vendorpact.analysis.services import is_analysable, request_analysis
from vendorpact.common.versioning import save_fields
from vendorpact.core.agreements import wording
from vendorpact.engagements import services as engagement_services
from vendorpact.engagements.models import (
    AgreedHow,
    ChecklistEntry,
    ChecklistStatus,
    DocumentKind,
    EntrySource,
    GeneralTerms,
)


class SigningRefused(NegotiationError):
    """The upload is not recorded; `check` says what the signature check found."""

    def __init__(self, code: str, check: SignatureCheck | None = None) -> None:
        super().__init__(code)
        self.check = check


def _read(uploaded) -> bytes:
    uploaded.seek(0)
    data = uploaded.read()
    uploaded.seek(0)
    return data


@transaction.atomic
def record_signed_copy(
    *, org, actor, draft: AgreementDraft, uploaded, confirmed_by_hand: bool = False
) -> tuple[SignedCopy, SignatureCheck]:
    """Record the signed PDF of a final version. Accepted when it carries two unchanged
    digital signatures, or when the user confirms both signatures by hand (and no digital
    signature was broken). Then the engagement counts as signed by both."""
    draft = (
        AgreementDraft.objects.select_for_update()
        .select_related("engagement")
        .get(organisation_id=draft.organisation_id, pk=draft.pk)
    )
    if not draft.is_final:
        raise SigningRefused("agreement.not_final")
    if SignedCopy.objects.filter(draft=draft).exists():
        raise SigningRefused("agreement.already_signed")
    data = _read(uploaded)
    if not data.startswith(b"%PDF") or not uploaded.name.lower().endswith(".pdf"):
        raise SigningRefused("agreement.not_pdf")
    check = check_pdf(data)
    if not check.readable:
        raise SigningRefused("agreement.not_pdf", check)
    if check.changed:
        raise SigningRefused("agreement.signature_changed", check)
    if not check.signed_by_two and not confirmed_by_hand:
        raise SigningRefused("agreement.signatures_missing", check)
    document = engagement_services.upload_document(
        org=org,
        actor=actor,
        engagement=draft.engagement,
        uploaded=uploaded,
        kind=DocumentKind.CONTRACT,
    )
    copy = SignedCopy.objects.create(
        organisation=org,
        draft=draft,
        document=document,
        signers=check.signers,
        digital=check.signed_by_two,
        confirmed_by_hand=not check.signed_by_two,
        uploaded_by=actor,
    )
    _settle_engagement(org=org, actor=actor, draft=draft, document=document)
    if is_analysable(document):
        request_analysis(org=org, actor=actor, document=document)
    return copy, check


def _settle_engagement(*, org, actor, draft: AgreementDraft, document) -> None:
    engagement = draft.engagement
    engagement_services.update_engagement(
        org=org,
        actor=actor,
        engagement=engagement,
        data={"agreed_how": AgreedHow.SIGNED_BOTH, "general_terms": GeneralTerms.NEGOTIATED},
    )
    entries = {e.item_id: e for e in engagement.checklist_entries.select_for_update()}
    article_word = wording.ARTICLE[draft.language]
    for article in draft.articles.all():
        item_id = article.key.split("#", 1)[0]
        entry = entries.get(item_id)
        if entry is not None and entry.source == EntrySource.USER:
            continue  # set by a person (or by an earlier article on the item): it stands
        reference = f"{article_word} {article.number}"
        values = {
            "status": ChecklistStatus.COVERED,
            "evidence": f"{reference} – {article.title}"[:300],
            "evidence_clause": reference[:60],
            "evidence_page": None,
            "document": document,
            "confidence": None,
            # the agreement settles the item: a later analysis does not overwrite it
            "source": EntrySource.USER,
            "updated_by": actor,
        }
        if entry is None:
            entries[item_id] = ChecklistEntry.objects.create(
                organisation=org, engagement=engagement, item_id=item_id, **values
            )
            continue
        for name, value in values.items():
            setattr(entry, name, value)
        save_fields(entry, fields=values)
