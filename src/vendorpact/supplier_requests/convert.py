"""Request form data and rows -> vendorpact.core dataclasses."""

from __future__ import annotations

from vendorpact.core import requests_brief as core_requests

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
