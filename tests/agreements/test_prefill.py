"""Pre-fill from the analysed contract, and the tab in the user's language."""

from datetime import date

from tests.conftest import login
from vendorpact.agreements.prefill import prefill_terms
from vendorpact.analysis.models import Analysis
from vendorpact.engagements.models import Document


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
