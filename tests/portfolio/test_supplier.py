"""One supplier across the clients of an advisor: matched by VAT number, combined figures only
from three clients on, never a client's name in the figures."""

import copy
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from tests.api.test_api import auth
from vendorpact.engagements.models import Engagement
from vendorpact.orgs.models import Membership, Organisation, Role
from vendorpact.sla import services as sla_services
from vendorpact.sla.demo import NETCARE_POLICY
from vendorpact.sla.models import Downtime, ImportKind, ImportState, MonthResult, SlaImport
from vendorpact.suppliers.models import Supplier

NETCARE = "BE0456789133"
OTHER_MSP = "BE0712345630"
BRUSSELS = ZoneInfo("Europe/Brussels")


@pytest.fixture
def org_c(tenancy):
    org = Organisation.objects.create(name="Apotheek Wouters", slug="apotheek-wouters")
    Membership.objects.create(user=tenancy.ada, organisation=org, role=Role.MANAGER)
    return org


def engagement_with(org, supplier_name, vat, measured, late, kind="maintenance"):
    """A running engagement with stored SLA results of November 2026: `measured` responses
    and as many resolutions, `late` of each over target."""
    supplier = Supplier.objects.create(organisation=org, name=supplier_name, vat_number=vat)
    engagement = Engagement.objects.create(
        organisation=org,
        supplier=supplier,
        title=f"Beheer {org.name}",
        kind=kind,
        status="active",
        start_date=date(2025, 12, 1),
    )
    MonthResult.objects.create(
        organisation=org,
        engagement=engagement,
        month="2026-11",
        tickets=measured,
        responded=measured,
        response_late=late,
        resolved=measured,
        resolution_late=late,
    )
    return engagement


def figures_of(response):
    return {metric["name"]: metric for metric in response.context["metrics"]}


def test_three_clients_give_the_combined_sla_compliance(client, tenancy, org_c, pinned_today):
    engagement_with(tenancy.org_a, "NetCare Solutions NV", NETCARE, 10, 1)
    engagement_with(tenancy.org_b, "Netcare", NETCARE, 20, 4)  # another name, same VAT
    engagement_with(org_c, "NetCare Solutions", NETCARE, 10, 1)
    client.force_login(tenancy.ada)
    response = client.get(f"/portfolio/suppliers/{NETCARE}/")
    assert response.status_code == 200
    sla = figures_of(response)["sla_percent"]["figure"]
    # 80 measured (40 responses, 40 resolutions), 12 late: 68 / 80 = 85 %.
    assert (sla.value, sla.clients) == (85.0, 3)


def test_two_clients_give_no_combined_figure(client, tenancy, pinned_today):
    engagement_with(tenancy.org_a, "NetCare Solutions NV", NETCARE, 10, 1)
    engagement_with(tenancy.org_b, "NetCare Solutions NV", NETCARE, 20, 4)
    client.force_login(tenancy.ada)
    response = client.get(f"/portfolio/suppliers/{NETCARE}/")
    sla = figures_of(response)["sla_percent"]["figure"]
    assert sla.value is None and sla.withheld


def test_same_name_without_the_vat_number_is_not_matched(client, tenancy, org_c, pinned_today):
    engagement_with(tenancy.org_a, "NetCare Solutions NV", NETCARE, 10, 1)
    engagement_with(tenancy.org_b, "NetCare Solutions NV", NETCARE, 20, 4)
    engagement_with(org_c, "NetCare Solutions NV", "", 10, 1)
    client.force_login(tenancy.ada)
    response = client.get(f"/portfolio/suppliers/{NETCARE}/")
    assert response.context["supplier"].clients == 2
    assert figures_of(response)["sla_percent"]["figure"].value is None


def test_figures_table_names_no_client(client, tenancy, org_c, pinned_today):
    for org in (tenancy.org_a, tenancy.org_b, org_c):
        engagement_with(org, "NetCare Solutions NV", NETCARE, 10, 1)
    client.force_login(tenancy.ada)
    page = client.get(f"/portfolio/suppliers/{NETCARE}/").content.decode()
    table = page.split('id="supplier-figures"')[1].split("</table>")[0]
    for org in (tenancy.org_a, tenancy.org_b, org_c):
        assert org.name not in table


def test_peer_median_of_another_supplier_of_the_same_kind(client, tenancy, org_c, pinned_today):
    for org in (tenancy.org_a, tenancy.org_b, org_c):
        engagement_with(org, "NetCare Solutions NV", NETCARE, 10, 1)
        engagement_with(org, "Pixelwerf BV", OTHER_MSP, 10, 5)
    client.force_login(tenancy.ada)
    metric = figures_of(client.get(f"/portfolio/suppliers/{NETCARE}/"))["sla_percent"]
    assert metric["figure"].value == 90.0  # 54 of 60 on time
    assert metric["median"] == 50.0  # the only peer: 30 of 60


def test_supplier_of_a_foreign_organisation_is_404(client, tenancy, org_c, pinned_today):
    outsider = Organisation.objects.create(name="Elders BV", slug="elders")
    engagement_with(outsider, "Verborgen BV", "BE0654321715", 10, 1)
    client.force_login(tenancy.ada)
    assert client.get("/portfolio/suppliers/BE0654321715/").status_code == 404


def test_supplier_list_counts_clients(client, tenancy, org_c, pinned_today):
    for org in (tenancy.org_a, tenancy.org_b):
        engagement_with(org, "NetCare Solutions NV", NETCARE, 10, 1)
    client.force_login(tenancy.ada)
    rows = client.get("/portfolio/suppliers/").context["rows"]
    assert [(row["name"], row["figures"].clients) for row in rows] == [("NetCare Solutions NV", 2)]


def test_api_supplier_withholds_below_three_clients(client, tenancy, pinned_today):
    engagement_with(tenancy.org_a, "NetCare Solutions NV", NETCARE, 10, 1)
    engagement_with(tenancy.org_b, "NetCare Solutions NV", NETCARE, 20, 4)
    response = client.get(f"/api/v1/portfolio/suppliers/{NETCARE}", **auth(tenancy.ada))
    assert response.status_code == 200
    sla = next(f for f in response.json()["figures"] if f["name"] == "sla_percent")
    assert sla == {
        "name": "sla_percent",
        "value": None,
        "clients": 2,
        "withheld": True,
        "peer_median": None,
    }


def test_service_credits_from_the_downtime_logs_of_three_clients(
    client, tenancy, org_c, pinned_today
):
    for org, hours in ((tenancy.org_a, 10), (tenancy.org_b, 0), (org_c, 0)):
        engagement = engagement_with(org, "NetCare Solutions NV", NETCARE, 10, 1)
        sla_services.save_terms(
            org=org,
            actor=tenancy.ada,
            engagement=engagement,
            policy=copy.deepcopy(NETCARE_POLICY),
            monthly_fee=Decimal("1200.00"),
            prefilled_from="",
        )
        SlaImport.objects.create(
            organisation=org,
            engagement=engagement,
            kind=ImportKind.DOWNTIME,
            state=ImportState.DONE,
            file_name="storingen.csv",
            timezone="Europe/Brussels",
        )
        start = datetime(2026, 11, 10, 8, 0, tzinfo=BRUSSELS)
        Downtime.objects.create(
            organisation=org,
            engagement=engagement,
            start=start,
            end=start + timedelta(hours=hours or 0.5),
        )
    client.force_login(tenancy.ada)
    metric = figures_of(client.get(f"/portfolio/suppliers/{NETCARE}/"))["credits_per_engagement"]
    # November has 720 hours. 10 hours down: 98,6 %, below 99,0: 10 % of the fee of 1.200 =
    # 120. Half an hour down: 99,93 %, above the 99,5 % target: no credit. (120 + 0 + 0) / 3.
    assert (metric["figure"].value, metric["figure"].clients) == (40.0, 3)
