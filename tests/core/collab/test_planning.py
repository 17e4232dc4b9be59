from datetime import date

import pytest

from vendorpact.core.errors import DomainError
from vendorpact.core.planning import (
    ItemKind,
    ItemStatus,
    Milestone,
    Side,
    check_dependencies,
    due_within,
    find_cycle,
    mark_done,
    obligations,
    overdue,
    record_slip,
    slip_days_by_side,
    would_create_cycle,
)

TEST_DATA = Milestone(
    "test-data", "Testdata aanleveren", Side.CLIENT, date(2026, 3, 2), owner_person="An Peeters"
)
DESIGN = Milestone("design", "Functioneel ontwerp", Side.SUPPLIER, date(2026, 3, 13))
BUILD = Milestone(
    "build", "Oplevering webshop (acceptatie)", Side.SUPPLIER, date(2026, 4, 30),
    kind=ItemKind.DELIVERABLE, depends_on=("design", "test-data"),
)  # fmt: skip
ACCEPTANCE = Milestone(
    "acceptance", "Acceptatietest", Side.CLIENT, date(2026, 5, 15), depends_on=("build",)
)
PLAN = [TEST_DATA, DESIGN, BUILD, ACCEPTANCE]


def test_slip_keeps_the_original_date():
    slipped = record_slip(DESIGN, date(2026, 3, 27), "Wachten op input klant", date(2026, 3, 10))
    assert (slipped.original_due, slipped.due, slipped.slipped_days) == (
        date(2026, 3, 13),
        date(2026, 3, 27),
        14,
    )


def test_slip_needs_a_reason():
    with pytest.raises(DomainError) as caught:
        record_slip(DESIGN, date(2026, 3, 27), "  ", date(2026, 3, 10))
    assert caught.value.code == "planning.slip_reason_required"


def test_slip_to_the_same_date_is_refused():
    with pytest.raises(DomainError) as caught:
        record_slip(DESIGN, date(2026, 3, 13), "Geen wijziging", date(2026, 3, 10))
    assert caught.value.code == "planning.slip_same_date"


def test_successive_slips_are_all_kept():
    once = record_slip(DESIGN, date(2026, 3, 20), "Ziekte analist", date(2026, 3, 10))
    twice = record_slip(once, date(2026, 4, 3), "Scope uitgebreid", date(2026, 3, 18))
    assert [(s.from_date, s.to_date) for s in twice.slips] == [
        (date(2026, 3, 13), date(2026, 3, 20)),
        (date(2026, 3, 20), date(2026, 4, 3)),
    ]


def test_slip_days_are_totalled_per_causing_side():
    late = record_slip(
        DESIGN, date(2026, 3, 27), "Input klant laat", date(2026, 3, 10), Side.CLIENT
    )
    assert slip_days_by_side([late, BUILD]) == {Side.SUPPLIER: 0, Side.CLIENT: 14}


def test_overdue_items_are_split_per_side():
    report = overdue(PLAN, date(2026, 3, 16))
    assert ([i.milestone_id for i in report.client], [i.milestone_id for i in report.supplier]) == (
        ["test-data"],
        ["design"],
    )


def test_overdue_counts_days_past_the_current_date():
    report = overdue(PLAN, date(2026, 3, 16))
    assert report.client[0].days_overdue == 14


def test_done_items_are_not_overdue():
    done = mark_done(TEST_DATA, date(2026, 3, 5))
    assert overdue([done], date(2026, 3, 16)).client == ()


def test_slipped_item_is_overdue_only_after_its_new_date():
    slipped = record_slip(DESIGN, date(2026, 3, 27), "Wachten op input", date(2026, 3, 10))
    assert overdue([slipped], date(2026, 3, 16)).supplier == ()


def test_what_we_owe_the_supplier_lists_client_items():
    owed = obligations(PLAN, Side.CLIENT, date(2026, 3, 1))
    assert [o.milestone_id for o in owed] == ["test-data", "acceptance"]


def test_what_the_supplier_owes_us_lists_supplier_items():
    owed = obligations(PLAN, Side.SUPPLIER, date(2026, 3, 1))
    assert [o.milestone_id for o in owed] == ["design", "build"]


def test_obligation_shows_what_it_waits_for():
    owed = obligations(PLAN, Side.SUPPLIER, date(2026, 3, 1))
    assert owed[1].blocked_by == ("design", "test-data")


def test_finished_dependencies_no_longer_block():
    plan = [mark_done(TEST_DATA, date(2026, 3, 1)), DESIGN, BUILD]
    owed = obligations(plan, Side.SUPPLIER, date(2026, 3, 2))
    assert owed[1].blocked_by == ("design",)


def test_cancelled_items_are_not_owed():
    cancelled = Milestone(
        "x", "Migratie oude shop", Side.SUPPLIER, date(2026, 3, 1), status=ItemStatus.CANCELLED
    )
    assert obligations([cancelled], Side.SUPPLIER, date(2026, 2, 1)) == ()


def test_plan_without_cycle_has_none():
    assert find_cycle(PLAN) is None


def test_cycle_is_found():
    design_after_acceptance = Milestone(
        "design", "Ontwerp", Side.SUPPLIER, date(2026, 3, 13), depends_on=("acceptance",)
    )
    cycle = find_cycle([TEST_DATA, design_after_acceptance, BUILD, ACCEPTANCE])
    assert cycle == ("design", "acceptance", "build", "design")


def test_new_dependency_that_closes_a_loop_is_detected():
    assert would_create_cycle(PLAN, "design", "acceptance") is True


def test_harmless_new_dependency_is_allowed():
    assert would_create_cycle(PLAN, "acceptance", "design") is False


def test_unknown_dependency_is_reported():
    orphan = Milestone(
        "go-live", "Livegang", Side.SUPPLIER, date(2026, 6, 1), depends_on=("training",)
    )
    assert [p.code for p in check_dependencies([orphan])] == ["planning.unknown_dependency"]


def test_dependency_due_after_the_item_is_reported():
    early = Milestone("go-live", "Livegang", Side.SUPPLIER, date(2026, 4, 1), depends_on=("build",))
    problems = check_dependencies([BUILD, DESIGN, TEST_DATA, early])
    assert [(p.code, p.related_ids) for p in problems] == [
        ("planning.dependency_due_later", ("build",))
    ]


def test_due_within_lists_items_due_soon():
    assert [m.id for m in due_within(PLAN, date(2026, 3, 10), 7)] == ["design"]
