"""The SLA terms proposed from the demo's real contract PDF, analysed like an upload."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from vendorpact.analysis.demo import contract_file
from vendorpact.analysis.services import request_analysis, run_analysis
from vendorpact.engagements.services import upload_document
from vendorpact.sla.prefill import proposal_for


@pytest.fixture
def netcare_proposal(tenancy, engagement_a):
    document = upload_document(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        uploaded=contract_file(),
        kind="contract",
    )
    run_analysis(request_analysis(org=tenancy.org_a, actor=tenancy.alice, document=document).pk)
    return proposal_for(engagement_a)


def test_every_priority_of_the_sla_table_is_proposed(netcare_proposal):
    priorities = netcare_proposal.policy["priorities"]
    assert {name: targets["response"]["minutes"] for name, targets in priorities.items()} == {
        "P1": 60,
        "P2": 120,
        "P3": 240,
        "P4": 540,  # one business day of 08:30-17:30
    }


def test_business_days_become_opening_days(netcare_proposal):
    resolution = netcare_proposal.policy["priorities"]["P3"]["resolution"]
    assert resolution == {"minutes": 3 * 540, "clock": "business"}


def test_credit_table_and_cap_are_proposed(netcare_proposal):
    availability = netcare_proposal.policy["availability"]
    steps = [(c["below_percent"], c["credit_percent"]) for c in availability["credits"]]
    assert steps == [(99.5, 5.0), (99.0, 10.0), (98.0, 25.0)]
    assert (availability["target_percent"], availability["credit_cap_percent"]) == (99.5, 30.0)


def test_monthly_fee_is_proposed(netcare_proposal):
    assert netcare_proposal.monthly_fee == 1200.0


def test_a_monthly_penalty_is_not_proposed_as_the_fee(tenancy, engagement_a):
    text = (
        "Artikel 5 Boete\nBij elke maand vertraging betaalt de leverancier een boete van "
        "EUR 500,00 per maand.\n\nArtikel 6 Vergoeding\nDe klant betaalt een maandelijkse "
        "vergoeding van EUR 1.200,00 per maand voor het beheer.\n"
    )
    document = upload_document(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        uploaded=SimpleUploadedFile("contract.txt", text.encode(), content_type="text/plain"),
        kind="contract",
    )
    run_analysis(request_analysis(org=tenancy.org_a, actor=tenancy.alice, document=document).pk)
    assert proposal_for(engagement_a).monthly_fee == 1200.0
