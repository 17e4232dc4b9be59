"""Writes and reads for requests to the supplier, the context sheet and the share links."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from vendorpact.common.fields import assign_fields, check_fields
from vendorpact.core import requests_brief as core_requests
from vendorpact.core.health import hash_token, new_link_token
from vendorpact.supplier_requests.convert import brief_from_data
from vendorpact.supplier_requests.models import (
    ContextShareLink,
    ContextSheet,
    ContextSystem,
    SupplierRequest,
)
from vendorpact.supplier_requests.priorities import contract_priorities

REQUEST_FIELDS = (
    "kind",
    "subject",
    "what_happened",
    "system",
    "environment",
    "url",
    "since_when",
    "frequency",
    "business_impact",
    "impact",
    "urgency",
    "steps_to_reproduce",
    "expected_result",
    "actual_result",
    "already_tried",
    "contact_person",
    "contact_details",
    "contact_availability",
    "attachments",
    "reference",
    "language",
)


@dataclass(frozen=True)
class ComposedRequest:
    score: core_requests.RequestScore
    priority: core_requests.PriorityChoice | None
    rendered: core_requests.RenderedRequest
    priorities_from_sla: bool = False


def compose(engagement, data: dict) -> ComposedRequest:
    """Score the brief, map impact x urgency onto the priorities and render the message."""
    lang = data.get("language") or "nl"
    brief = brief_from_data(data)
    priorities, from_sla = contract_priorities(engagement, lang)
    priority = core_requests.map_priority(brief.impact, brief.urgency, priorities)
    return ComposedRequest(
        score=core_requests.score_request(brief),
        priority=priority,
        rendered=core_requests.render_request(brief, lang, priority),
        priorities_from_sla=from_sla,
    )


@transaction.atomic
def create_request(*, org, actor, engagement, data: dict, share_url=None) -> SupplierRequest:
    """Store a request with its score. With `include_context_link`, a new private link to the
    context sheet is created for the supplier; `share_url(token)` turns it into a full URL."""
    values = {key: data.get(key) or "" for key in REQUEST_FIELDS}
    values["kind"] = values["kind"] or "incident"
    values["language"] = values["language"] or "nl"
    if data.get("include_context_link") and share_url is not None:
        _link, token = create_share_link(
            org=org,
            actor=actor,
            label=engagement.supplier.name,
            supplier=engagement.supplier,
        )
        values["context_sheet_url"] = share_url(token)
    composed = compose(engagement, values)
    supplier_request = SupplierRequest(
        organisation=org,
        engagement=engagement,
        created_by=actor,
        score=composed.score.score,
        finding_codes=[f.code for f in composed.score.findings],
        priority_code=(
            composed.priority.contract_priority.code
            if composed.priority and composed.priority.contract_priority
            else ""
        ),
        **values,
    )
    check_fields(supplier_request, REQUEST_FIELDS)
    supplier_request.save()
    return supplier_request


def request_data(request_row: SupplierRequest) -> dict:
    data = {key: getattr(request_row, key) for key in REQUEST_FIELDS}
    data["context_sheet_url"] = request_row.context_sheet_url
    return data


def supplier_emails(engagement) -> list[tuple[str, str]]:
    """(name, e-mail) of the supplier's contacts that have an e-mail address."""
    return [(c.name, c.email) for c in engagement.supplier.contacts.all() if c.email]


def mailto_for(to: str, rendered: core_requests.RenderedRequest) -> str:
    try:
        return core_requests.mailto_url(to, rendered.subject, rendered.body)
    except ValueError:
        return ""


# ---- context sheet --------------------------------------------------------------------------

SHEET_FIELDS = ("who_we_are", "key_processes", "contacts", "hours")


def context_sheet_for(org) -> ContextSheet:
    """The organisation's sheet; an empty unsaved one when it was never filled in."""
    return ContextSheet.objects.filter(organisation=org).first() or ContextSheet(organisation=org)


@transaction.atomic
def save_context_sheet(*, org, actor, data: dict) -> ContextSheet:
    sheet, _ = ContextSheet.objects.get_or_create(organisation=org)
    assign_fields(sheet, data, SHEET_FIELDS)
    sheet.updated_by = actor
    check_fields(sheet)
    sheet.save()
    return sheet


@transaction.atomic
def add_system(*, org, actor, data: dict) -> ContextSystem:
    system = ContextSystem(
        organisation=org,
        name=data["name"],
        version=data.get("version", ""),
        supported_by=data.get("supported_by", ""),
        notes=data.get("notes", ""),
    )
    check_fields(system)
    system.save()
    return system


@transaction.atomic
def delete_system(*, org, actor, system: ContextSystem) -> None:
    system.delete()


@transaction.atomic
def create_share_link(*, org, actor, label: str, supplier=None) -> tuple[ContextShareLink, str]:
    """A new read-only link; returns the row and the token (shown once, never stored)."""
    token = new_link_token()
    link = ContextShareLink.objects.create(
        organisation=org,
        supplier=supplier,
        label=label,
        token_hash=hash_token(token),
        created_by=actor,
    )
    return link, token


@transaction.atomic
def revoke_share_link(*, org, actor, link: ContextShareLink) -> None:
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])


def share_link_for_token(token: str) -> ContextShareLink | None:
    link = (
        ContextShareLink.objects.unguarded("a context-sheet link finds its row by the token's hash")
        .active()
        .select_related("organisation")
        .filter(token_hash=hash_token(token))
        .first()
    )
    if link is not None:
        ContextShareLink.objects.filter(organisation_id=link.organisation_id, pk=link.pk).update(
            last_viewed_at=timezone.now()
        )
    return link
