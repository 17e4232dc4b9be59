"""Stored milestones and slips as the core's planning objects (for the planning pages, its
services and the reminders)."""

from __future__ import annotations

from vendorpact.core import planning as core
from vendorpact.planning.models import Milestone, Slip


def core_slip(slip: Slip) -> core.Slip:
    caused_by = core.Side(slip.caused_by) if slip.caused_by else None
    return core.Slip(slip.from_date, slip.to_date, slip.reason, slip.recorded_on, caused_by)


def core_milestone(milestone: Milestone, with_slips: bool = False) -> core.Milestone:
    """with_slips: also convert milestone.slips (prefetch them first)."""
    return core.Milestone(
        id=str(milestone.pk),
        title=milestone.title,
        owner_side=core.Side(milestone.owner_side),
        original_due=milestone.original_due,
        current_due=milestone.current_due,
        owner_person=milestone.owner_person,
        kind=core.ItemKind(milestone.kind),
        status=core.ItemStatus(milestone.status),
        depends_on=(str(milestone.depends_on_id),) if milestone.depends_on_id else (),
        slips=tuple(core_slip(slip) for slip in milestone.slips.all()) if with_slips else (),
        done_on=milestone.done_on,
    )
