"""Pre-fill from the analysed contract, and the tab in the user's language."""

from datetime import date

from tests.conftest import login
from vendorpact.agreements.prefill import prefill_terms
from vendorpact.analysis.models import Analysis
from vendorpact.engagements.models import Document
from vendorpact.planning.models import TeamMember


def _analysed(engagement, figures):
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
        result={"figures": figures, "items": [], "risks": []},
    )


def test_analysed_figures_fill_what_the_register_lacks(netcare):
    _analysed(netcare, {"payment_term_days": 45, "warranty_days": 90, "notice_period_days": 30})
    found = prefill_terms(netcare, as_of=date(2026, 6, 1))
    assert found.terms["payment_days"] == 45
    assert found.terms["warranty_days"] == 90
    assert found.sources["payment_days"] == "analysis"
    # the engagement's own notice period (2 months) wins over the analysed 30 days
    assert found.terms["notice_days"] == 60


def test_team_members_who_left_are_not_in_the_agreement(netcare):
    netcare.team_members.filter(name="Lies Peeters").update(until=date(2026, 3, 31))
    found = prefill_terms(netcare, as_of=date(2026, 6, 1))
    assert [m["name"] for m in found.terms["team"]] == ["Jens Maes"]


def test_tab_speaks_the_users_language(client, tenancy, netcare):
    login(client, tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/engagements/{netcare.pk}/agreement/"
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert "Betalingstermijn (dagen)" in page
    assert "Resultaatsverbintenis" in page  # the option explained from the clause library
    assert "Nog in te vullen" in page


def test_addendum_with_nothing_open_says_so(client, tenancy, netcare):
    netcare.checklist_entries.filter(status__in=["missing", "partial"]).update(status="covered")
    login(client, tenancy.alice)
    url = f"/o/{tenancy.org_a.slug}/engagements/{netcare.pk}/agreement/"
    response = client.get(url, {"mode": "addendum"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.context["items"] == []
    reasons = [p["reason"] for p in response.context["problems"] if p["field"] == "items"]
    assert reasons == ["no expected checklist item is missing or partial"]


def test_broken_sla_policy_leaves_service_levels_to_the_user(netcare):
    netcare.sla_terms.policy = {"priorities": {}}
    netcare.sla_terms.save()
    found = prefill_terms(netcare, as_of=date(2026, 6, 1))
    assert "priorities" not in found.terms
    assert found.terms["supplier"]["vat"] == "BE0834567891"


def test_sla_priority_names_without_numbers_follow_their_order(netcare):
    policy = dict(netcare.sla_terms.policy)
    policy["priorities"] = {
        "urgent": {"response": {"minutes": 30}, "resolution": {"minutes": 120}},
        "normal": {"response": {"minutes": 240}, "resolution": {"minutes": 960}},
    }
    policy["priority_map"] = {}
    netcare.sla_terms.policy = policy
    netcare.sla_terms.save()
    found = prefill_terms(netcare, as_of=date(2026, 6, 1))
    assert found.terms["priorities"] == [
        {"priority": 1, "response_hours": 0.5, "resolution_hours": 2},
        {"priority": 2, "response_hours": 4, "resolution_hours": 16},
    ]


def test_supplier_key_person_comes_first_as_account_manager(netcare):
    TeamMember.objects.create(
        organisation=netcare.organisation,
        engagement=netcare,
        side="supplier",
        name="Bart Aerts",
        role="Technicus",
    )
    netcare.team_members.filter(name="Jens Maes").update(is_key_person=True)
    found = prefill_terms(netcare, as_of=date(2026, 6, 1))
    assert [m["name"] for m in found.terms["team"]] == ["Jens Maes", "Bart Aerts", "Lies Peeters"]
