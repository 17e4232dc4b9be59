"""core.portfolio: statistics, the privacy threshold, client rows, sorting, filtering, agenda and
one supplier across clients, with hand-computed expectations."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from vendorpact.core import portfolio as core
from vendorpact.core.health import Band

TODAY = date(2026, 12, 4)


def test_percentile_interpolates_between_ranks():
    # Sorted 10, 20, 30, 40: p50 at rank 1.5 -> 25; p90 at rank 2.7 -> 30 + 0.7 x 10 = 37.
    assert core.percentile([40, 10, 30, 20], 50) == 25
    assert core.percentile([40, 10, 30, 20], 90) == 37


def test_percentile_of_one_value_and_of_none():
    assert core.percentile([7.0], 90) == 7.0
    assert core.percentile([], 50) is None


def test_median_of_odd_count_is_the_middle_value():
    assert core.median([3, 1, 100]) == 3


def test_three_distinct_clients_are_enough_two_are_not():
    assert core.enough_clients([1, 2, 3])
    assert not core.enough_clients([1, 2, 2, 1])


def facts(pk, **values):
    return core.EngagementFacts(engagement_id=pk, title=f"Opdracht {pk}", **values)


def test_client_row_combines_its_engagements():
    row = core.client_row(
        1,
        "Bakkerij Peeters",
        "bakkerij-peeters",
        [
            facts(
                1,
                next_notice_deadline=date(2027, 3, 31),
                coverage_percent=50,
                open_concerns_raised_on=(date(2026, 11, 4),),
                sla_measured=40,
                sla_late=4,
                health_overall=80.0,
                unapproved_extra_costs=Decimal("1500.00"),
                budget=Decimal("10000"),
                forecast=Decimal("12500"),
            ),
            facts(
                2,
                next_notice_deadline=date(2027, 1, 31),
                coverage_percent=75,
                open_concerns_raised_on=(date(2026, 12, 1),),
                sla_measured=10,
                sla_late=1,
                health_overall=50.0,
                budget=Decimal("5000"),
                forecast=Decimal("4000"),
            ),
        ],
        TODAY,
    )
    assert [d.due for d in row.deadlines] == [date(2027, 1, 31), date(2027, 3, 31)]
    assert row.open_concerns == 2
    assert row.oldest_concern_days == 30  # 04/11 to 04/12
    assert row.coverage_percent == 62  # (50 + 75) / 2 = 62.5, rounded to even
    assert row.sla_percent == 90.0  # 45 met of 50 measured
    assert row.health_overall == 65.0
    assert row.health_band == Band.DEVELOPING
    assert row.unapproved_extra_costs == Decimal("1500.00")
    assert row.budget_overrun == Decimal("2500")  # only the first is over: 12.500 - 10.000


def test_client_without_engagements_has_no_figures():
    row = core.client_row(2, "Garage Janssens", "garage-janssens", [], TODAY)
    assert (row.next_deadline, row.sla_percent, row.coverage_percent) == (None, None, None)
    assert row.budget_overrun == 0


def test_forecast_without_budget_is_no_overrun():
    assert core.overrun(Decimal("0"), Decimal("800")) == 0


def rows_for_sorting():
    return [
        core.client_row(1, "Bakkerij", "b", [facts(1, sla_measured=10, sla_late=5)], TODAY),
        core.client_row(2, "Apotheek", "a", [facts(2, sla_measured=10, sla_late=1)], TODAY),
        core.client_row(3, "Cafe", "c", [], TODAY),
    ]


def test_sort_by_sla_puts_rows_without_a_value_last_in_both_directions():
    rows = rows_for_sorting()
    assert [r.name for r in core.sort_rows(rows, "sla")] == ["Bakkerij", "Apotheek", "Cafe"]
    assert [r.name for r in core.sort_rows(rows, "sla", True)] == ["Apotheek", "Bakkerij", "Cafe"]


def test_unknown_sort_key_sorts_by_name():
    assert [r.name for r in core.sort_rows(rows_for_sorting(), "drop table")] == [
        "Apotheek",
        "Bakkerij",
        "Cafe",
    ]


def test_filter_by_text_and_by_sla_below_95():
    rows = rows_for_sorting()
    assert [r.name for r in core.filter_rows(rows, TODAY, text="bak")] == ["Bakkerij"]
    assert [r.name for r in core.filter_rows(rows, TODAY, only="sla_below_95")] == [
        "Bakkerij",
        "Apotheek",
    ]


@dataclass
class Item:
    due: date
    overdue: bool = False


def test_agenda_splits_overdue_week_and_month():
    items = [
        Item(date(2026, 12, 1), overdue=True),
        Item(date(2026, 12, 4)),  # today: this week
        Item(date(2026, 12, 10)),  # day 7 counting today: this week
        Item(date(2026, 12, 11)),  # day 8: this month
        Item(date(2027, 1, 2)),  # day 30: this month
        Item(date(2027, 1, 3)),  # day 31: later, left out
    ]
    result = core.agenda(items, TODAY)
    assert [i.due.day for i in result.overdue] == [1]
    assert [i.due.day for i in result.this_week] == [4, 10]
    assert [i.due for i in result.this_month] == [date(2026, 12, 11), date(2027, 1, 2)]


def engagement(client, pk, **values):
    return core.SupplierEngagement(client_id=client, engagement_id=pk, kind="saas", **values)


def test_supplier_figures_combine_three_clients():
    rows = [
        engagement(1, 1, sla_measured=100, sla_late=10, response_seconds=(3600.0, 7200.0)),
        engagement(2, 2, sla_measured=50, sla_late=5, response_seconds=(10800.0,)),
        engagement(3, 3, sla_measured=50, sla_late=25, response_seconds=(14400.0,)),
    ]
    figures = core.supplier_figures("BE0456789133", rows)
    assert figures.clients == 3
    assert figures.figures["sla_percent"].value == 80.0  # 160 met of 200
    # Sorted 1 h, 2 h, 3 h, 4 h: median 2.5 h = 9000 s.
    assert figures.figures["response_p50"].value == 9000.0


def test_figure_from_two_clients_is_withheld_even_with_many_engagements():
    rows = [
        engagement(1, 1, sla_measured=10, sla_late=1),
        engagement(1, 2, sla_measured=10, sla_late=1),
        engagement(2, 3, sla_measured=10, sla_late=1),
    ]
    figure = core.supplier_figures("BE0456789133", rows).figures["sla_percent"]
    assert figure.value is None
    assert figure.withheld
    assert figure.clients == 2


def test_only_contributing_clients_count_for_a_figure():
    # Three clients, but only two have a budget: the extra-cost share stays hidden.
    rows = [
        engagement(1, 1, budget=Decimal("1000"), extra_costs=Decimal("100")),
        engagement(2, 2, budget=Decimal("1000"), extra_costs=Decimal("300")),
        engagement(3, 3),
    ]
    figure = core.supplier_figures("BE0456789133", rows).figures["extra_cost_share"]
    assert (figure.value, figure.clients) == (None, 2)


def test_concerns_per_engagement_year():
    # 3 concerns over 1.5 + 0.5 engagement-years, and 1 over 1 year: 4 / 3 = 1.33 per year.
    rows = [
        engagement(1, 1, years=1.5, concerns=2),
        engagement(2, 2, years=0.5, concerns=1),
        engagement(3, 3, years=1.0, concerns=1),
    ]
    figure = core.supplier_figures("BE1", rows).figures["concerns_per_year"]
    assert figure.value == 1.33


def test_peer_median_uses_other_suppliers_of_the_same_kind_only():
    def supplier(key, kind, percent):
        return core.SupplierFigures(
            key,
            kind,
            3,
            3,
            {name: core.Figure(None, 0) for name in core.METRICS}
            | {"sla_percent": core.Figure(percent, 3)},
        )

    subject = supplier("A", "saas", 99.0)
    others = [
        subject,
        supplier("B", "saas", 80.0),
        supplier("C", "saas", 90.0),
        supplier("D", "saas", None),  # withheld: not in the median
        supplier("E", "project", 10.0),
    ]
    medians = core.peer_medians(subject, others)
    assert medians["sla_percent"] == 85.0
    assert medians["client_health"] is None


def test_main_kind_is_the_most_frequent_then_alphabetical():
    rows = [
        core.SupplierEngagement(1, 1, "saas"),
        core.SupplierEngagement(1, 2, "maintenance"),
    ]
    assert core.main_kind(rows) == "maintenance"


def test_engagement_years_until_today_or_end():
    assert core.engagement_years(date(2025, 12, 4), None, TODAY) == 365 / 365.25
    assert core.engagement_years(date(2026, 1, 1), date(2026, 1, 1), TODAY) == 0
    assert core.engagement_years(None, None, TODAY) == 0
    assert core.engagement_years(date(2027, 1, 1), None, TODAY) == 0


def test_vat_key_ignores_spacing_and_dots():
    assert core.vat_key("be 0456.789.133") == "BE0456789133"


def test_credits_per_engagement_over_the_engagements_with_availability_terms():
    # 120 + 0 + 30 over three engagements with terms: 50 each; the fourth has none.
    rows = [
        engagement(1, 1, credits_eur=120.0),
        engagement(2, 2, credits_eur=0.0),
        engagement(3, 3, credits_eur=30.0),
        engagement(4, 4),
    ]
    figure = core.supplier_figures("BE1", rows).figures["credits_per_engagement"]
    assert (figure.value, figure.clients) == (50.0, 3)
