"""create_draft: versions per engagement, refused terms change nothing."""

from datetime import date

import pytest

from tests.agreements.conftest import completed_terms
from vendorpact.agreements import services
from vendorpact.agreements.models import AgreementDraft
from vendorpact.agreements.prefill import prefill_terms
from vendorpact.engagements.models import Engagement


@pytest.fixture
def terms(netcare):
    return completed_terms(prefill_terms(netcare, as_of=date(2026, 6, 1)).terms)


def _draft(tenancy, engagement, terms):
    return services.create_draft(
        org=tenancy.org_a,
        engagement=engagement,
        actor=tenancy.alice,
        mode="full",
        language="nl",
        terms=terms,
    )


def test_versions_count_per_engagement(tenancy, netcare, terms):
    _draft(tenancy, netcare, terms)
    other = Engagement.objects.create(
        organisation=tenancy.org_a, supplier=netcare.supplier, title="Back-up", kind="maintenance"
    )
    assert _draft(tenancy, other, terms).version == 1
    assert _draft(tenancy, netcare, terms).version == 2


def test_refused_terms_save_nothing(tenancy, netcare, terms):
    del terms["court"]
    with pytest.raises(services.AgreementProblems) as refused:
        _draft(tenancy, netcare, terms)
    assert [(p.field, p.reason) for p in refused.value.problems] == [
        ("court", "required for legal.governing_law")
    ]
    assert not AgreementDraft.objects.exists()
