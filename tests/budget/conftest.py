from datetime import date
from decimal import Decimal

import pytest

from tests.conftest import SHARED_DATA

INVOICES = SHARED_DATA / "invoices"


@pytest.fixture
def ubl_bytes():
    if not INVOICES.exists():
        pytest.skip(f"shared invoice samples not found at {INVOICES}")

    def read(name="UBLBE_BE0000000196_V01-15000001.xml"):
        return (INVOICES / name).read_bytes()

    return read


@pytest.fixture
def development_line(tenancy, engagement_a):
    from vendorpact.budget.services import create_budget_line

    return create_budget_line(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        data={
            "label": "Ontwikkeling webshop",
            "kind": "one_off",
            "amount": Decimal("15000"),
            "reference": "YR127129",
            "included_scope": "Catalogus, winkelmand, click & collect",
        },
    )


@pytest.fixture
def reserve_line(tenancy, engagement_a):
    from vendorpact.budget.services import create_budget_line

    return create_budget_line(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        data={
            "label": "Reserve meerwerk",
            "kind": "one_off",
            "amount": Decimal("3000"),
            "is_reserve": True,
        },
    )


@pytest.fixture
def reported_cost(tenancy, engagement_a, development_line, reserve_line):
    from vendorpact.budget.services import create_extra_cost

    return create_extra_cost(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        data={
            "description": "Koppeling met betaalterminal",
            "estimate": Decimal("1200"),
            "reason": "Niet in de offerte voorzien",
            "requested_by": "Sofie Claes",
            "reported_on": date(2026, 3, 2),
            "budget_line": reserve_line,
        },
    )
