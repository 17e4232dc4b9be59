from datetime import date

import pytest

from vendorpact.core.errors import DomainError
from vendorpact.planning import services
from vendorpact.planning.models import Milestone
from vendorpact.planning.timeline import timeline


def test_slip_keeps_the_original_date(tenancy, design):
    services.record_slip(
        org=tenancy.org_a,
        actor=tenancy.alice,
        milestone=design,
        new_due=date(2026, 3, 1),
        reason="Ontwerper ziek",
        caused_by="supplier",
    )
    design.refresh_from_db()
    assert (design.original_due, design.due_date) == (date(2026, 2, 15), date(2026, 3, 1))


def test_slip_without_reason_is_refused(tenancy, design):
    with pytest.raises(DomainError) as refused:
        services.record_slip(
            org=tenancy.org_a,
            actor=tenancy.alice,
            milestone=design,
            new_due=date(2026, 3, 1),
            reason="  ",
        )
    assert refused.value.code == "planning.slip_reason_required"
    assert not design.slips.exists()


def test_dependency_cycle_is_refused(tenancy, design, texts):
    with pytest.raises(DomainError) as refused:
        services.update_milestone(
            org=tenancy.org_a, actor=tenancy.alice, milestone=design, data={"depends_on": texts}
        )
    assert refused.value.code == "planning.cycle"
    design.refresh_from_db()
    assert design.depends_on is None


def test_meeting_action_items_become_planning_items(tenancy, engagement_a):
    meeting = services.create_meeting(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        data={"date": date(2026, 2, 3), "kind": "status", "decisions": "Fase 2 start"},
        action_items=[
            {
                "title": "Logo's aanleveren",
                "owner_side": "client",
                "original_due": date(2026, 2, 10),
            }
        ],
    )
    item = Milestone.objects.get(meeting=meeting)
    assert (item.kind, item.owner_side) == ("action_item", "client")


def test_swap_ends_the_leaver_and_starts_the_newcomer(tenancy, developer):
    swap = services.record_swap(
        org=tenancy.org_a,
        actor=tenancy.alice,
        leaving=developer,
        joining={"name": "Lies Maes", "seniority": "medior"},
        on=date(2026, 4, 1),
        knowledge_transfer="partly",
        notice_as_agreed="no",
    )
    developer.refresh_from_db()
    assert (developer.until, swap.joining.since, swap.joining.role) == (
        date(2026, 4, 1),
        date(2026, 4, 1),
        "Lead developer",
    )


def test_key_person_swap_is_marked_in_the_timeline(tenancy, engagement_a, developer):
    services.record_swap(
        org=tenancy.org_a,
        actor=tenancy.alice,
        leaving=developer,
        joining={"name": "Lies Maes"},
        on=date(2026, 4, 1),
        knowledge_transfer="no",
        notice_as_agreed="yes",
    )
    swaps = [e for e in timeline(engagement_a) if e.kind == "swap"]
    assert len(swaps) == 1 and swaps[0].important


def test_status_report_is_stored_as_engagement_document(tenancy, engagement_a):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.conftest import minimal_pdf

    meeting = services.create_meeting(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        data={"date": date(2026, 2, 3)},
    )
    upload = SimpleUploadedFile("statusrapport-feb.pdf", minimal_pdf("Status"), "application/pdf")
    document = services.attach_status_report(
        org=tenancy.org_a, actor=tenancy.alice, meeting=meeting, uploaded=upload
    )
    assert (document.engagement, document.kind) == (engagement_a, "annex")
