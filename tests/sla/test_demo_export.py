"""The synthetic Zendesk export over a chosen number of months (the scale benchmark's)."""

import csv
import io

from vendorpact.core.sla.policy import SlaPolicy
from vendorpact.sla.demo import NETCARE_POLICY
from vendorpact.sla.demo_export import build_export

from .conftest import NOW


def _rows(count: int, **options) -> list[dict]:
    export = build_export(SlaPolicy.from_dict(NETCARE_POLICY), NOW, count=count, **options)
    return list(csv.DictReader(io.StringIO(export.tickets_csv)))


def test_tickets_are_numbered_from_the_first_number():
    rows = _rows(5, first_number=70001)
    assert [row["ID"] for row in rows] == ["70001", "70002", "70003", "70004", "70005"]


def test_sixty_months_spread_the_tickets_over_five_years_up_to_now():
    # NOW is 26/11/2026: sixty months back to and including November 2026 start in December 2021
    months = {row["Created at"][:7] for row in _rows(600, months=60)}
    assert min(months) == "2021-12"
    assert max(months) == "2026-11"
    assert len(months) == 60
