"""The API refuses the same out-of-range numbers and dates as the forms: 422 with a JSON detail."""

from datetime import date

import pytest
from django.contrib.messages import get_messages

from tests.sla.conftest import netcare_policy
from vendorpact.api.services import create_token
from vendorpact.budget.models import BudgetLine, ExtraCost
from vendorpact.common import fields
from vendorpact.engagements.models import Engagement
from vendorpact.planning.models import Milestone
from vendorpact.sla.models import SlaTerms
from vendorpact.suppliers.models import Supplier

TODAY = date(2026, 12, 4)


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch):
    monkeypatch.setattr(fields.timezone, "localdate", lambda *args: TODAY)


@pytest.fixture
def api(client, tenancy):
    token = create_token(user=tenancy.alice, name="t")[1]
    base = f"/api/v1/orgs/{tenancy.org_a.slug}"

    def call(method, path, body):
        return getattr(client, method)(
            base + path,
            body,
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {token}",
            HTTP_ACCEPT_LANGUAGE="en",
        )

    return call


def test_negative_contract_value_is_422(api, supplier_a):
    body = {"supplier_id": supplier_a.pk, "title": "Hosting", "contract_value": "-1"}
    response = api("post", "/engagements", body)
    assert response.status_code == 422
    assert response.json()["detail"] == "contract_value: Enter 0 or more."
    assert not Engagement.objects.filter(title="Hosting").exists()


def test_negative_duration_is_422_on_update(api, engagement_a):
    response = api("patch", f"/engagements/{engagement_a.pk}", {"duration_months": -12})
    assert response.status_code == 422 and "duration_months" in response.json()["detail"]
    engagement_a.refresh_from_db()
    assert engagement_a.duration_months is None


def test_contract_date_with_a_typo_in_the_year_is_422(api, supplier_a):
    body = {"supplier_id": supplier_a.pk, "title": "Hosting", "start_date": "0226-01-01"}
    response = api("post", "/engagements", body)
    assert response.status_code == 422
    assert response.json()["detail"] == (
        "start_date: Enter a date between 01/01/1990 and 04/12/2076."
    )


def test_contract_date_fifty_years_ahead_is_accepted(api, supplier_a):
    body = {"supplier_id": supplier_a.pk, "title": "Erfpacht", "end_date": "2076-12-04"}
    assert api("post", "/engagements", body).status_code == 201


def test_budget_line_with_zero_estimated_hours_is_422(api, engagement_a):
    body = {
        "label": "Consultancy",
        "kind": "rate",
        "amount": "95",
        "rate_unit": "hour",
        "estimated_units": "0",
    }
    response = api("post", f"/engagements/{engagement_a.pk}/budget-lines", body)
    assert response.status_code == 422
    assert response.json()["detail"] == "estimated_units: Enter a number greater than 0."
    assert not BudgetLine.objects.filter(label="Consultancy").exists()


def test_negative_budget_cap_is_422_on_update(api, engagement_a):
    line = BudgetLine.objects.create(
        organisation=engagement_a.organisation,
        engagement=engagement_a,
        label="Ontwikkeling",
        amount=12000,
    )
    response = api("patch", f"/budget-lines/{line.pk}", {"cap": "-500"})
    assert response.status_code == 422
    assert response.json()["detail"] == "cap: Enter 0 or more."
    line.refresh_from_db()
    assert line.cap is None


def test_negative_extra_cost_estimate_is_422_on_update(api, engagement_a):
    cost = ExtraCost.objects.create(
        organisation=engagement_a.organisation,
        engagement=engagement_a,
        description="Extra koppeling boekhouding",
        estimate=750,
        reported_on=TODAY,
    )
    response = api("patch", f"/extra-costs/{cost.pk}", {"estimate": "-750"})
    assert response.status_code == 422
    assert response.json()["detail"] == "estimate: Enter a number greater than 0."
    cost.refresh_from_db()
    assert cost.estimate == 750


def test_availability_target_of_995_percent_is_422(api, engagement_a):
    policy = netcare_policy()
    policy["availability"]["target_percent"] = 995
    path = f"/engagements/{engagement_a.pk}/sla/terms"
    response = api("put", path, {"policy": policy})
    assert response.status_code == 422
    assert "between 0 and 100" in response.json()["detail"]
    assert not SlaTerms.objects.filter(engagement=engagement_a).exists()


def test_credit_step_above_100_percent_is_422(api, engagement_a):
    policy = netcare_policy()
    policy["availability"]["credits"][0]["credit_percent"] = 150
    response = api("put", f"/engagements/{engagement_a.pk}/sla/terms", {"policy": policy})
    assert response.status_code == 422 and "credit_percent" in response.json()["detail"]


def test_response_target_of_zero_minutes_is_422(api, engagement_a):
    policy = netcare_policy()
    policy["priorities"]["P1"]["response"]["minutes"] = 0
    response = api("put", f"/engagements/{engagement_a.pk}/sla/terms", {"policy": policy})
    assert response.status_code == 422
    assert response.json()["detail"] == "A target must be more than zero (P1.response)."


def test_negative_monthly_fee_is_422(api, engagement_a):
    body = {"policy": netcare_policy(), "monthly_fee": "-1200"}
    response = api("put", f"/engagements/{engagement_a.pk}/sla/terms", body)
    assert response.status_code == 422
    assert response.json()["detail"] == "monthly_fee: Enter 0 or more."


def test_milestone_due_centuries_ahead_is_422(api, engagement_a):
    body = {"title": "Go-live", "owner_side": "supplier", "original_due": "2206-03-01"}
    response = api("post", f"/engagements/{engagement_a.pk}/milestones", body)
    assert response.status_code == 422 and "original_due" in response.json()["detail"]
    assert not Milestone.objects.filter(title="Go-live").exists()


# A VAT number that another supplier already has: a warning, not a refusal ----------------------


def test_api_warns_when_another_supplier_has_the_same_vat_number(api, supplier_a):
    response = api("post", "/suppliers", {"name": "Pixelwerf Gent", "vat_number": "0712345630"})
    assert response.status_code == 201
    warnings = response.json()["warnings"]
    assert [w["code"] for w in warnings] == ["supplier.vat_shared"]
    assert "Pixelwerf BV" in warnings[0]["message"]
    assert Supplier.objects.filter(vat_number="BE0712345630").count() == 2


def test_api_gives_no_warning_for_a_new_vat_number(api, supplier_a):
    response = api("post", "/suppliers", {"name": "NetCare", "vat_number": "0456789133"})
    assert response.status_code == 201 and response.json()["warnings"] == []


def test_same_vat_number_in_another_organisation_is_no_reason_to_warn(client, tenancy, supplier_a):
    token = create_token(user=tenancy.bob, name="t")[1]
    response = client.post(
        f"/api/v1/orgs/{tenancy.org_b.slug}/suppliers",
        {"name": "Pixelwerf", "vat_number": "BE0712345630"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert response.status_code == 201 and response.json()["warnings"] == []


def test_web_form_warns_about_the_same_vat_number(client, tenancy, supplier_a):
    client.force_login(tenancy.alice)
    response = client.post(
        f"/o/{tenancy.org_a.slug}/suppliers/new/",
        {"name": "Pixelwerf Gent", "country": "BE", "vat_number": "BE 0712.345.630"},
    )
    assert response.status_code == 302
    warnings = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert len(warnings) == 1 and "Pixelwerf BV" in warnings[0]
