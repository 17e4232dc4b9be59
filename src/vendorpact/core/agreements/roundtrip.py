"""Round trip: a generated agreement read back by the contract analyser. Every item it settles
should be covered, its figures should equal the terms' variables, and no risk flag should rise."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from vendorpact.core.agreements.generator import generate
from vendorpact.core.agreements.markdown import render_markdown
from vendorpact.core.agreements.model import Agreement, Terms
from vendorpact.core.contracts import AnalysisResult, analyse_text


@dataclass
class RoundTrip:
    settles: tuple[str, ...]
    not_covered: dict[str, str]  # item id -> status the analyser gave
    figure_mismatches: dict[str, tuple]  # figure -> (expected, read)
    risks: list[str] = field(default_factory=list)

    @property
    def covered_count(self) -> int:
        return len(self.settles) - len(self.not_covered)


def expected_figures(terms: Terms, settles: tuple[str, ...]) -> dict[str, object]:
    """The figures the analyser should read, from the variables the agreement states."""
    expected: dict[str, object] = {}
    if "exit.termination" in settles:
        expected["notice_period_days"] = terms.notice_days
    if "budget.payment_terms" in settles:
        expected["payment_term_days"] = terms.payment_days
    if "rollout.warranty" in settles:
        expected["warranty_days"] = terms.warranty_days
    if "exit.duration_renewal" in settles:
        expected["contract_term_months"] = terms.term_months
        expected["renewal_term_months"] = terms.renewal_months
    if "maintenance.availability" in settles:
        expected["availability_percent"] = float(terms.availability_percent)
        expected["availability_period"] = terms.availability_period
    if "maintenance.response_time" in settles:
        expected["response_times"] = {
            f"P{p.priority}": float(p.response_hours) for p in terms.priorities
        }
    if "maintenance.resolution_time" in settles:
        expected["resolution_times"] = {
            f"P{p.priority}": float(p.resolution_hours) for p in terms.priorities
        }
    return expected


def read_figures(result: AnalysisResult) -> dict[str, object]:
    figures = result.figures
    return {
        "notice_period_days": figures.notice_period_days,
        "payment_term_days": figures.payment_term_days,
        "warranty_days": figures.warranty_days,
        "contract_term_months": figures.contract_term_months,
        "renewal_term_months": figures.renewal_term_months,
        "availability_percent": figures.availability_percent,
        "availability_period": figures.availability_period,
        "response_times": {t["priority"]: t["hours"] for t in figures.response_times},
        "resolution_times": {t["priority"]: t["hours"] for t in figures.resolution_times},
    }


def analyse_markdown(agreement: Agreement) -> AnalysisResult:
    return analyse_text(render_markdown(agreement), kind=agreement.kind)


def round_trip(
    terms: Terms,
    lang: str,
    mode: str = "full",
    item_ids: list[str] | None = None,
    analyse: Callable[[Agreement], AnalysisResult] = analyse_markdown,
) -> RoundTrip:
    """Generate, analyse (by default the Markdown rendering) and compare."""
    draft = generate(terms, lang, mode, item_ids)
    if draft.agreement is None:
        raise ValueError(f"the terms do not make an agreement: {draft.problems}")
    agreement = draft.agreement
    result = analyse(agreement)
    statuses = {item.id: item.status for item in result.items}
    not_covered = {i: statuses[i] for i in agreement.settles if statuses[i] != "covered"}
    read = read_figures(result)
    mismatches = {
        name: (value, read[name])
        for name, value in expected_figures(terms, agreement.settles).items()
        if read[name] != value
    }
    return RoundTrip(agreement.settles, not_covered, mismatches, result.risk_ids())
