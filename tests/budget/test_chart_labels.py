"""The budget chart's month labels do not overlap: at most 12 on its 8 inches (issue 15)."""

import re
from datetime import date
from decimal import Decimal
from itertools import pairwise

import pytest

from vendorpact.budget.charts import draw_budget_chart_svg, month_tick_interval
from vendorpact.core.budget.model import MonthPoint

LABELS = {"budget": "Budget", "approved": "Approved", "invoiced": "Invoiced"}


@pytest.mark.parametrize(("months", "interval"), [(1, 1), (12, 1), (13, 2), (24, 2), (36, 3)])
def test_tick_interval_keeps_at_most_twelve_labels(months, interval):
    assert month_tick_interval(months) == interval


def points(count):
    first = date(2024, 1, 1)
    return [
        MonthPoint(
            month=date(first.year + (first.month - 1 + n) // 12, (first.month - 1 + n) % 12 + 1, 1),
            budget_cumulative=Decimal(1000 * (n + 1)),
            approved_cumulative=Decimal(0),
            invoiced_cumulative=Decimal(900 * n),
        )
        for n in range(count)
    ]


def test_three_years_of_months_get_twelve_labels_three_months_apart():
    svg = draw_budget_chart_svg(points(36), LABELS)
    labels = re.findall(r"<!-- (\d\d)/(\d{4}) -->", svg)
    months = [int(year) * 12 + int(month) for month, year in labels]
    # 36 months at one label per 3 months: 12 labels
    assert len(months) == 12
    assert {later - earlier for earlier, later in pairwise(months)} == {3}
