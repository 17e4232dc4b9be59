from datetime import date

import pytest


@pytest.fixture
def design(tenancy, engagement_a):
    from vendorpact.planning.services import create_milestone

    return create_milestone(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        data={
            "title": "Oplevering ontwerp",
            "owner_side": "supplier",
            "owner_person": "Sofie Claes",
            "original_due": date(2026, 2, 15),
        },
    )


@pytest.fixture
def texts(tenancy, engagement_a, design):
    from vendorpact.planning.services import create_milestone

    return create_milestone(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        data={
            "title": "Productteksten aanleveren",
            "owner_side": "client",
            "owner_person": "Lotte",
            "original_due": date(2026, 3, 1),
            "depends_on": design,
        },
    )


@pytest.fixture
def developer(tenancy, engagement_a):
    from vendorpact.planning.services import create_team_member

    return create_team_member(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        data={
            "name": "Jonas De Wilde",
            "role": "Lead developer",
            "seniority": "senior",
            "is_key_person": True,
            "since": date(2026, 1, 5),
        },
    )
