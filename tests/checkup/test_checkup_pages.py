"""The check-up app: made from the stored data, kept for the trend, shown as page and PDF."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.checkup.isolation import make_checkup
from tests.clock import on_day
from vendorpact.analysis.models import Analysis
from vendorpact.checkup.models import Checkup
from vendorpact.checkup.services import make_checkup as run
from vendorpact.concerns.models import Concern
from vendorpact.engagements.models import ChecklistEntry, Document, Engagement
from vendorpact.planning.models import Milestone, Slip
from vendorpact.sla.models import MonthResult

AS_OF = date(2026, 11, 16)
pytestmark = on_day(AS_OF)


def entries(engagement, **statuses):
    for item_id, status in statuses.items():
        ChecklistEntry.objects.create(
            organisation=engagement.organisation,
            engagement=engagement,
            item_id=item_id.replace("__", "."),
            status=status,
        )


def slip(engagement, caused_by, recorded_on):
    milestone = Milestone.objects.create(
        organisation=engagement.organisation,
        engagement=engagement,
        title="Go-live webshop",
        owner_side="supplier",
        original_due=date(2026, 5, 1),
    )
    Slip.objects.create(
        organisation=engagement.organisation,
        milestone=milestone,
        from_date=date(2026, 5, 1),
        to_date=date(2026, 6, 1),
        reason="Betaalmodule niet klaar",
        caused_by=caused_by,
        recorded_on=recorded_on,
    )


@pytest.fixture
def webshop(engagement_a):
    entries(
        engagement_a,
        reporting__progress="covered",
        reporting__governance="covered",
        timing__planning="covered",
        timing__delay="covered",
        timing__client_obligations="partial",
    )
    org = engagement_a.organisation
    Concern.objects.create(
        organisation=org, engagement=engagement_a, title="Trage oplevering", raised_on=AS_OF
    )
    Concern.objects.create(
        organisation=org,
        engagement=engagement_a,
        title="Factuur te hoog",
        raised_on=date(2026, 3, 1),
        status="resolved",
    )
    slip(engagement_a, "supplier", date(2026, 5, 2))
    slip(engagement_a, "supplier", date(2025, 10, 1))  # more than a year ago: not counted
    MonthResult.objects.create(
        organisation=org,
        engagement=engagement_a,
        month="2026-10",
        responded=10,
        resolved=10,
        response_late=3,
        resolution_late=1,
        tickets=10,
    )
    MonthResult.objects.create(  # the current month is not in the window
        organisation=org,
        engagement=engagement_a,
        month="2026-11",
        responded=10,
        resolved=10,
        response_late=10,
        resolution_late=10,
        tickets=10,
    )
    return engagement_a


def area(checkup, name):
    engagement = checkup.result["engagements"][0]
    return next(a for a in engagement["areas"] if a["area"] == name)


def test_checkup_scores_the_stored_data(tenancy, webshop):
    checkup = run(org=tenancy.org_a, actor=tenancy.max, as_of=AS_OF)
    # Reporting: 2 of 2 items covered = 100; 1 open concern -10 (the resolved one counts 0).
    assert area(checkup, "reporting")["score"] == 90
    # Timing: 2 covered + 1 partial = 5 of 6 points = 83; 1 supplier slip this year -10.
    assert area(checkup, "timing")["score"] == 73
    # Maintenance: a project expects no maintenance items (starts at 100); October 2026:
    # 20 measurements, 4 late = 80 % on time, 15 below 95 -> 85.
    assert area(checkup, "maintenance")["score"] == 85
    assert checkup.scores["engagements"][str(webshop.pk)]["areas"]["timing"] == 73


def test_next_checkup_shows_the_trend(tenancy, webshop):
    run(org=tenancy.org_a, actor=tenancy.max, as_of=date(2025, 11, 16))
    ChecklistEntry.objects.filter(engagement=webshop, item_id="timing.client_obligations").update(
        status="covered"
    )
    later = run(org=tenancy.org_a, actor=tenancy.max, as_of=AS_OF)
    timing = area(later, "timing")
    # A year earlier: 83 minus the slip of 01/10/2025 (the one of 02/05/2026 was still to
    # come) = 73; now all 3 items covered = 100, minus the slip of 02/05/2026 = 90.
    assert (timing["previous"], timing["score"]) == (73, 90)


def analysed_with_risk(engagement, risk_id):
    document = Document.objects.create(
        organisation=engagement.organisation,
        engagement=engagement,
        kind="contract",
        file="documents/contract.pdf",
        original_name="contract.pdf",
        size=1000,
        sha256="0" * 64,
        content_type="application/pdf",
    )
    Analysis.objects.create(
        organisation=engagement.organisation,
        engagement=engagement,
        document=document,
        state="done",
        result={"figures": {}, "items": [], "risks": [{"id": risk_id, "confidence": 0.9}]},
    )


def test_risk_flag_of_an_analysed_contract_lowers_its_area_until_settled(tenancy, webshop):
    # Project, exit+legal: 8 expected items (exit.termination, exit.escrow and 6 legal items).
    # legal.liability covered, the other 7 missing: 2 of 16 points = 13 (12.5 rounded half up);
    # the open "liability excluded" flag would close with legal.liability: it is settled, so
    # no deduction. Without that entry: 0 of 16 = 0, and the flag is open (0 - 15 stays 0).
    analysed_with_risk(webshop, "risk.liability_excluded")
    entries(webshop, legal__liability="covered")
    settled = area(run(org=tenancy.org_a, actor=tenancy.max, as_of=AS_OF), "exit_legal")
    assert (settled["score"], [p["code"] for p in settled["parts"]]) == (
        13,
        ["checkup.part.coverage"],
    )
    ChecklistEntry.objects.filter(engagement=webshop, item_id="legal.liability").delete()
    still_open = area(run(org=tenancy.org_a, actor=tenancy.max, as_of=AS_OF), "exit_legal")
    assert [p["code"] for p in still_open["parts"]] == [
        "checkup.part.coverage",
        "checkup.part.risk_open",
    ]


def test_viewer_reads_but_cannot_run(client, tenancy, webshop):
    pk = make_checkup(tenancy, webshop)
    client.force_login(tenancy.vera)
    base = f"/o/{tenancy.org_a.slug}/checkups/"
    listing = client.get(base, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Make a check-up now" not in listing
    assert client.get(f"{base}{pk}/").status_code == 200
    assert client.post(f"{base}run/").status_code == 403
    assert Checkup.objects.count() == 1


def test_manager_runs_a_checkup_and_sees_its_explanation(client, tenancy, webshop):
    client.force_login(tenancy.max)
    response = client.post(
        f"/o/{tenancy.org_a.slug}/checkups/run/", follow=True, HTTP_ACCEPT_LANGUAGE="en"
    )
    page = response.content.decode()
    assert Checkup.objects.get().made_on == AS_OF
    assert "Slips caused by the supplier in the last 12 months: 1 (10 points each)" in page
    assert "Concerns: 1 open, 1 resolved (10 points per open concern)" in page


def test_page_speaks_dutch(client, tenancy, webshop):
    checkup = run(org=tenancy.org_a, actor=tenancy.max, as_of=AS_OF)
    client.force_login(tenancy.vera)
    page = client.get(
        f"/o/{tenancy.org_a.slug}/checkups/{checkup.pk}/", HTTP_ACCEPT_LANGUAGE="nl"
    ).content.decode()
    assert "Zorgen: 1 open, 1 opgelost" in page


def test_page_speaks_french(client, tenancy, webshop):
    checkup = run(org=tenancy.org_a, actor=tenancy.max, as_of=AS_OF)
    client.force_login(tenancy.vera)
    page = client.get(
        f"/o/{tenancy.org_a.slug}/checkups/{checkup.pk}/", HTTP_ACCEPT_LANGUAGE="fr"
    ).content.decode()
    assert "Préoccupations : 1 ouvertes, 1 résolues" in page


def test_checkup_downloads_as_pdf(client, tenancy, webshop):
    checkup = run(org=tenancy.org_a, actor=tenancy.max, as_of=AS_OF)
    client.force_login(tenancy.vera)
    response = client.get(f"/o/{tenancy.org_a.slug}/checkups/{checkup.pk}/pdf/")
    assert response.content[:5] == b"%PDF-"


def test_actions_link_to_the_page_that_helps(client, tenancy, webshop):
    checkup = run(org=tenancy.org_a, actor=tenancy.max, as_of=AS_OF)
    client.force_login(tenancy.vera)
    page = client.get(f"/o/{tenancy.org_a.slug}/checkups/{checkup.pk}/")
    # The project's empty checklist misses "signed by both parties": the heaviest action.
    first = page.context["actions"][0]
    assert first["url"] == f"/o/{tenancy.org_a.slug}/engagements/{webshop.pk}/agreement/"


def test_dashboard_offers_a_new_checkup_after_a_year(client, tenancy, webshop):
    Checkup.objects.create(organisation=tenancy.org_a, made_on=date(2025, 11, 16))
    client.force_login(tenancy.vera)
    page = client.get(f"/o/{tenancy.org_a.slug}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Last supplier check-up: 16/11/2025." in page
    assert "Make a new check-up" in page


def test_dashboard_does_not_offer_one_within_the_year(client, tenancy, webshop):
    Checkup.objects.create(organisation=tenancy.org_a, made_on=date(2025, 11, 17))
    client.force_login(tenancy.vera)
    page = client.get(f"/o/{tenancy.org_a.slug}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Last supplier check-up: 17/11/2025." in page
    assert "Make a new check-up" not in page


def add_engagements(org, supplier, count):
    for number in range(count):
        engagement = Engagement.objects.create(
            organisation=org,
            supplier=supplier,
            title=f"Project {number}",
            kind="maintenance",
            status="active",
            start_date=date(2026, 1, 1),
        )
        entries(engagement, agreement__signed_both="covered")
        Concern.objects.create(
            organisation=org, engagement=engagement, title="Traag", raised_on=AS_OF
        )
        MonthResult.objects.create(
            organisation=org, engagement=engagement, month="2026-09", responded=4, resolved=4
        )
        slip(engagement, "client", date(2026, 6, 1))


def queries_for_checkup(tenancy):
    with CaptureQueriesContext(connection) as captured:
        run(org=tenancy.org_a, actor=tenancy.max, as_of=AS_OF)
    return len(captured)


def test_query_count_does_not_grow_with_the_engagements(tenancy, supplier_a):
    add_engagements(tenancy.org_a, supplier_a, 3)
    with_three = queries_for_checkup(tenancy)
    add_engagements(tenancy.org_a, supplier_a, 3)
    assert queries_for_checkup(tenancy) == with_three
