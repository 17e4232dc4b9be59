"""Read-side summaries of engagements for lists and the dashboard."""

from django.utils import timezone

from vendorpact.core.checklist import coverage
from vendorpact.engagements.services import advice_for, checklist_statuses


def engagement_rows(engagements):
    today = timezone.localdate()
    return [
        {
            "engagement": engagement,
            "coverage": coverage(engagement.kind, checklist_statuses(engagement)),
            "advice": advice_for(engagement, today),
            "deadline": engagement.notice_deadline,
        }
        for engagement in engagements
    ]
