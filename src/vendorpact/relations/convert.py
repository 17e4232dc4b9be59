"""Model rows -> vendorpact.core dataclasses (one small function per model)."""

from __future__ import annotations

from django.utils import timezone

from vendorpact.core import concerns as core_concerns
from vendorpact.core import requests_brief as core_requests
from vendorpact.core.reminders import HealthLinkInfo

PLACEHOLDER_CONTEXT_URL = "(context sheet link)"


def _enum_or_none(enum, value: str):
    return enum(value) if value else None


def brief_from_data(data: dict) -> core_requests.RequestBrief:
    """A RequestBrief from cleaned form data or a SupplierRequest's field values."""
    attachments = tuple(
        line.strip() for line in (data.get("attachments") or "").splitlines() if line.strip()
    )
    context_url = data.get("context_sheet_url") or ""
    if not context_url and data.get("include_context_link"):
        context_url = PLACEHOLDER_CONTEXT_URL  # the link is created when the request is saved
    text = {
        name: (data.get(name) or "")
        for name in (
            "subject",
            "what_happened",
            "system",
            "environment",
            "url",
            "since_when",
            "business_impact",
            "steps_to_reproduce",
            "expected_result",
            "actual_result",
            "already_tried",
            "contact_person",
            "contact_details",
            "contact_availability",
            "reference",
        )
    }
    return core_requests.RequestBrief(
        kind=core_requests.RequestKind(data.get("kind") or "incident"),
        frequency=_enum_or_none(core_requests.Frequency, data.get("frequency") or ""),
        impact=_enum_or_none(core_requests.Impact, data.get("impact") or ""),
        urgency=_enum_or_none(core_requests.Urgency, data.get("urgency") or ""),
        attachments=attachments,
        context_sheet_url=context_url,
        **text,
    )


def concern_from_row(row, events=None) -> core_concerns.Concern:
    events = row.events.all() if events is None else events
    return core_concerns.Concern(
        id=str(row.pk),
        title=row.title,
        raised_on=row.raised_on,
        since=row.since,
        impact=row.impact,
        raised_with=row.raised_with,
        status=core_concerns.ConcernStatus(row.status),
        level=row.level,
        events=tuple(
            core_concerns.ConcernEvent(
                on=e.on,
                status=core_concerns.ConcernStatus(e.status),
                note=e.note,
                by=e.by,
                level=e.level,
            )
            for e in events
        ),
        last_action_on=row.last_action_on,
    )


def exit_task_from_row(row) -> core_concerns.ExitTask:
    return core_concerns.ExitTask(
        code=row.code,
        labels=exit_task_labels(row.code),
        checklist_item=row.checklist_item,
        due=row.due,
        status=core_concerns.TaskStatus(row.status),
        owner=row.owner,
        note=row.note,
    )


def exit_task_labels(code: str) -> dict[str, str]:
    for task_code, _item, labels in core_concerns.EXIT_TASKS:
        if task_code == code:
            return labels
    return {"en": code}


def health_link_info(row) -> HealthLinkInfo:
    return HealthLinkInfo(
        link_id=str(row.pk),
        expires_on=timezone.localdate(row.expires_at),
        answered=row.used_at is not None,
        revoked=row.revoked_at is not None,
    )
