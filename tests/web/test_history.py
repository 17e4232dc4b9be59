"""The engagement's history: every kind of source, newest first, bounded queries, paged."""

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import minimal_pdf
from vendorpact.budget.models import ExtraCost
from vendorpact.concerns.models import Concern, ConcernEvent
from vendorpact.engagements.models import Document
from vendorpact.engagements.services import upload_document
from vendorpact.planning.models import Milestone, Slip, TeamMember, TeamSwap
from vendorpact.supplier_requests.models import SentMail, SupplierRequest
from vendorpact.web.history import history_page

BRUSSELS = ZoneInfo("Europe/Brussels")


def at(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, 10, day, hour, 0, tzinfo=BRUSSELS)


def add_document(tenancy, engagement, name: str, moment: dt.datetime) -> Document:
    uploaded = SimpleUploadedFile(name, minimal_pdf(name), content_type="application/pdf")
    document = upload_document(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement,
        uploaded=uploaded,
        kind="other",
    )
    Document.objects.filter(pk=document.pk).update(uploaded_at=moment)
    return document


def add_mail(tenancy, engagement, subject: str, moment: dt.datetime) -> SentMail:
    return SentMail.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement,
        what="request",
        to_name="Sofie Claes",
        to_email="sofie@pixelwerf.be",
        subject=subject,
        body="Beste Sofie, ...",
        sent_at=moment,
    )


def add_slip(tenancy, engagement, recorded_on: dt.date) -> Slip:
    milestone = Milestone.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement,
        title="Oplevering ontwerp",
        owner_side="supplier",
        original_due=dt.date(2026, 10, 15),
    )
    return Slip.objects.create(
        organisation=tenancy.org_a,
        milestone=milestone,
        from_date=dt.date(2026, 10, 15),
        to_date=dt.date(2026, 10, 29),
        reason="Ontwerper ziek",
        recorded_on=recorded_on,
    )


def add_concern_step(tenancy, engagement, moment: dt.datetime) -> ConcernEvent:
    concern = Concern.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement,
        title="Opleveringen schuiven telkens op",
        raised_on=moment.date(),
    )
    step = ConcernEvent.objects.create(
        organisation=tenancy.org_a, concern=concern, on=moment.date(), status="raised"
    )
    ConcernEvent.objects.filter(pk=step.pk).update(created_at=moment)
    return step


def add_one_of_each(tenancy, engagement, number: int) -> None:
    add_document(tenancy, engagement, f"bijlage-{number}.pdf", at(1, 9))
    add_mail(tenancy, engagement, f"Vraag {number}", at(2, 9))
    add_slip(tenancy, engagement, dt.date(2026, 10, 3))
    add_concern_step(tenancy, engagement, at(4, 9))
    ExtraCost.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement,
        description=f"Extra koppeling {number}",
        estimate=Decimal("450.00"),
        reported_on=dt.date(2026, 10, 5),
    )
    SupplierRequest.objects.create(
        organisation=tenancy.org_a, engagement=engagement, subject=f"Melding {number}", score=80
    )
    leaving = TeamMember.objects.create(
        organisation=tenancy.org_a, engagement=engagement, name=f"Jonas {number}"
    )
    joining = TeamMember.objects.create(
        organisation=tenancy.org_a, engagement=engagement, name=f"Lotte {number}"
    )
    TeamSwap.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement,
        leaving=leaving,
        joining=joining,
        on=dt.date(2026, 10, 6),
        knowledge_transfer="yes",
        notice_as_agreed="yes",
    )


def page(tenancy, engagement, **kwargs):
    return history_page(engagement, org_slug=tenancy.org_a.slug, lang="nl", **kwargs)


def test_events_are_newest_first_and_a_date_sorts_at_the_end_of_its_day(tenancy, engagement_a):
    add_document(tenancy, engagement_a, "offerte.pdf", at(1, 9))
    add_mail(tenancy, engagement_a, "Vraag over levering", at(2, 14))
    add_slip(tenancy, engagement_a, dt.date(2026, 10, 2))
    add_concern_step(tenancy, engagement_a, at(3, 10))
    engagement_a.checklist_entries.update(updated_at=at(1, 8))
    kinds = [event.kind for event in page(tenancy, engagement_a).events]
    assert kinds == ["concern", "slip", "mail", "document", "checklist"]


def test_every_kind_of_source_appears(tenancy, engagement_a):
    add_one_of_each(tenancy, engagement_a, 1)
    kinds = {event.kind for event in page(tenancy, engagement_a).events}
    assert kinds == {
        "document",
        "checklist",
        "extra_cost",
        "slip",
        "swap",
        "concern",
        "mail",
        "request",
    }


def test_timed_events_show_their_brussels_time(tenancy, engagement_a):
    add_mail(tenancy, engagement_a, "Vraag", dt.datetime(2026, 10, 2, 12, 0, tzinfo=dt.UTC))
    mail = next(e for e in page(tenancy, engagement_a).events if e.kind == "mail")
    assert (mail.day, mail.time) == (dt.date(2026, 10, 2), dt.time(14, 0))  # CEST


def test_query_count_does_not_grow_with_the_history(tenancy, engagement_a):
    add_one_of_each(tenancy, engagement_a, 1)
    with CaptureQueriesContext(connection) as small:
        page(tenancy, engagement_a)
    for number in range(2, 5):
        add_one_of_each(tenancy, engagement_a, number)
    with CaptureQueriesContext(connection) as large:
        page(tenancy, engagement_a)
    assert len(large) == len(small) == 8  # one query per kind of source


def test_history_is_paged(tenancy, engagement_a):
    engagement_a.checklist_entries.all().delete()
    for day in (1, 2, 3):
        add_document(tenancy, engagement_a, f"document-{day}.pdf", at(day, 9))
    first = page(tenancy, engagement_a, size=2)
    second = page(tenancy, engagement_a, number=2, size=2)
    assert [e.title for e in first.events] == ["document-3.pdf", "document-2.pdf"]
    assert first.has_next
    assert [e.title for e in second.events] == ["document-1.pdf"]
    assert not second.has_next


def test_history_page_in_french(client, tenancy, engagement_a):
    add_mail(tenancy, engagement_a, "Question", at(2, 14))
    client.force_login(tenancy.alice)
    client.cookies["django_language"] = "fr"
    response = client.get(f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/history/")
    assert response.status_code == 200
    assert "E-mail envoyé à Sofie Claes &lt;sofie@pixelwerf.be&gt;" in response.text
    assert "02/10/2026 14:00" in response.text
