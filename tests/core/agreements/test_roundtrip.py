"""Proof: each generated agreement (4 kinds x 3 languages) read back by the contract analyser
reports every item it settles as covered, the figures the terms state, and no risk flag."""

import dataclasses
from decimal import Decimal

import pytest

from vendorpact.core.agreements import generate, render_markdown
from vendorpact.core.agreements.model import PriorityLevel
from vendorpact.core.agreements.roundtrip import read_figures, round_trip
from vendorpact.core.checklist import expected_items
from vendorpact.core.contracts import analyse_text

from .examples import KINDS, LANGS, example_terms

# The figures written in docs/examples/agreement-<kind>.json, read by hand.
EXPECTED = {
    "project": {"notice_period_days": 30, "payment_term_days": 30, "warranty_days": 90},
    "maintenance": {
        "notice_period_days": 60, "payment_term_days": 30, "contract_term_months": 24,
        "renewal_term_months": 12,
        "response_times": {"P1": 2, "P2": 4, "P3": 8},
        "resolution_times": {"P1": 8, "P2": 16, "P3": 40},
    },
    "saas": {
        "notice_period_days": 60, "payment_term_days": 30, "contract_term_months": 36,
        "renewal_term_months": 12, "availability_percent": 99.5, "availability_period": "month",
        "response_times": {"P1": 1, "P2": 2, "P3": 8, "P4": 24},
        "resolution_times": {"P1": 4, "P2": 8, "P3": 40, "P4": 120},
    },
    "tm": {
        "notice_period_days": 30, "payment_term_days": 30, "contract_term_months": 12,
        "renewal_term_months": 6,
    },
}  # fmt: skip
CASES = [(kind, lang) for kind in KINDS for lang in LANGS]


def _analysed(kind: str, lang: str, **changes):
    agreement = generate(example_terms(kind, **changes), lang).agreement
    return agreement, analyse_text(render_markdown(agreement), kind=kind)


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_every_item_the_agreement_settles_is_read_as_covered(kind, lang):
    agreement, result = _analysed(kind, lang)
    assert set(agreement.settles) == {item.id for item in expected_items(kind)}
    statuses = {item.id: item.status for item in result.items}
    assert {i: statuses[i] for i in agreement.settles if statuses[i] != "covered"} == {}


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_the_figures_read_equal_the_terms(kind, lang):
    _agreement, result = _analysed(kind, lang)
    read = read_figures(result)
    assert {name: read[name] for name in EXPECTED[kind]} == EXPECTED[kind]


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_the_agreement_raises_no_risk_flag(kind, lang):
    _agreement, result = _analysed(kind, lang)
    assert result.risk_ids() == []


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_the_analyser_reads_the_language_it_was_written_in(kind, lang):
    _agreement, result = _analysed(kind, lang)
    assert result.language == lang


@pytest.mark.parametrize("kind", ["project", "maintenance", "saas"])
@pytest.mark.parametrize("lang", LANGS)
def test_choosing_best_efforts_is_flagged_as_a_risk(kind, lang):
    _agreement, result = _analysed(kind, lang, options={"obligation": "best_efforts"})
    assert result.risk_ids() == ["risk.best_efforts_only"]


ADDENDUM_ITEMS = {
    "project": ["timing.delay", "rollout.acceptance", "rollout.warranty", "exit.escrow"],
    "maintenance": ["maintenance.response_time", "maintenance.resolution_time",
                    "maintenance.service_credits", "exit.data_return", "legal.liability"],
    "saas": ["maintenance.availability", "maintenance.service_credits", "exit.transition",
             "exit.data_return", "budget.payment_terms"],
    "tm": ["budget.extra_costs", "team.replacement", "team.seniority", "exit.termination"],
}  # fmt: skip


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_an_addendum_is_read_as_covering_what_it_settles_without_risks(kind, lang):
    trip = round_trip(example_terms(kind), lang, "addendum", ADDENDUM_ITEMS[kind])
    assert set(trip.settles) == set(ADDENDUM_ITEMS[kind])
    assert (trip.not_covered, trip.figure_mismatches, trip.risks) == ({}, {}, [])


# Other values than the examples' own: the clauses must not be tuned to one set of numbers.
VARIANTS = [
    ("saas", {"payment_days": 45, "notice_days": 30}, {"payment_term_days": 45,
                                                       "notice_period_days": 30}),
    ("saas", {"availability_percent": Decimal("99.9"), "availability_period": "quarter"},
     {"availability_percent": 99.9, "availability_period": "quarter"}),
    ("saas", {"term_months": 60, "renewal_months": 6},
     {"contract_term_months": 60, "renewal_term_months": 6}),
    ("maintenance", {"priorities": [PriorityLevel(1, Decimal("0.5"), Decimal(2)),
                                    PriorityLevel(2, Decimal(8), Decimal(48))]},
     {"response_times": {"P1": 0.5, "P2": 8}, "resolution_times": {"P1": 2, "P2": 48}}),
    ("project", {"warranty_days": 365, "payment_days": 60},
     {"warranty_days": 365, "payment_term_days": 60}),
]  # fmt: skip


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("kind", "changes", "figures"), VARIANTS)
def test_other_values_are_read_back_as_written(kind, changes, figures, lang):
    terms = dataclasses.replace(example_terms(kind), **changes)
    trip = round_trip(terms, lang)
    assert (trip.not_covered, trip.figure_mismatches, trip.risks) == ({}, {}, [])
    agreement = generate(terms, lang).agreement
    read = read_figures(analyse_text(render_markdown(agreement), kind=kind))
    assert {name: read[name] for name in figures} == figures


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("changes", [{"notice_days": 90}, {"renewal_months": 24}])
def test_a_long_notice_or_renewal_on_tacit_renewal_is_flagged(lang, changes):
    # the checklist's risk: tacit renewal with 3 months' notice or more, or renewing > 1 year
    trip = round_trip(dataclasses.replace(example_terms("maintenance"), **changes), lang)
    assert trip.risks == ["risk.auto_renewal"]
