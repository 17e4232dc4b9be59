"""Read-side summaries of engagements for lists and the dashboard."""

from django.utils import timezone

from vendorpact.core.checklist import coverage
from vendorpact.engagements.services import (
    advice_for,
    checklist_statuses,
    suppliers_with_maintenance,
)


def engagement_rows(engagements, today=None):
    """One row per engagement; advice and notice dates all computed for the same `today`.

    `engagements` should prefetch their checklist entries (`with_related()`): the rows then take
    a fixed number of queries whatever the number of engagements."""
    today = today or timezone.localdate()
    engagements = list(engagements)
    if not engagements:
        return []
    maintained = suppliers_with_maintenance(engagements[0].organisation_id)
    rows = []
    for engagement in engagements:
        standing = engagement.terms_on(today)
        rows.append(
            {
                "engagement": engagement,
                "coverage": coverage(engagement.kind, checklist_statuses(engagement)),
                "advice": advice_for(engagement, today, maintained_suppliers=maintained),
                "terms": standing,
                "deadline": standing.next_notice_deadline,
            }
        )
    return rows
