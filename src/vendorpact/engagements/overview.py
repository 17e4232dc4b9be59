"""Read-side summaries of engagements for lists and the dashboard."""

from django.utils import timezone

from vendorpact.core.checklist import coverage
from vendorpact.engagements.services import advice_for, checklist_statuses


def engagement_rows(engagements, today=None):
    """One row per engagement; advice and notice dates all computed for the same `today`."""
    today = today or timezone.localdate()
    rows = []
    for engagement in engagements:
        standing = engagement.terms_on(today)
        rows.append(
            {
                "engagement": engagement,
                "coverage": coverage(engagement.kind, checklist_statuses(engagement)),
                "advice": advice_for(engagement, today),
                "terms": standing,
                "deadline": standing.next_notice_deadline,
            }
        )
    return rows
