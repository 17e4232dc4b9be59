"""Health-link rows -> vendorpact.core dataclasses."""

from __future__ import annotations

from django.utils import timezone

from vendorpact.core.reminders import HealthLinkInfo


def health_link_info(row) -> HealthLinkInfo:
    return HealthLinkInfo(
        link_id=str(row.pk),
        expires_on=timezone.localdate(row.expires_at),
        answered=row.used_at is not None,
        revoked=row.revoked_at is not None,
    )
