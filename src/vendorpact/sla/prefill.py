"""A first proposal for the SLA terms from the contract analyser's figures (when there are any)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vendorpact.analysis.models import Analysis
from vendorpact.core.contracts.amounts import purpose_of
from vendorpact.core.sla.policy_fields import business_day_minutes

WORKDAY = [["08:30", "17:30"]]
DEFAULT_HOURS = {day: WORKDAY for day in ("mon", "tue", "wed", "thu", "fri")} | {
    "sat": [],
    "sun": [],
}
HOLIDAY_COUNTRIES = ("BE", "NL", "FR", "LU")
DEFAULT_PAUSE_STATUSES = ["pending", "waiting for customer", "waiting on customer"]
DEFAULT_VENDOR_STATUSES = ["hold", "on-hold", "waiting for third party", "awaiting vendor"]
DEFAULT_PRIORITIES = ("P1", "P2", "P3", "P4")
FEE_PURPOSES = ("fee", "price")
MONTHLY = re.compile(r"maand|month|mensuel|par mois", re.IGNORECASE)
TIMEZONES = {"BE": "Europe/Brussels", "NL": "Europe/Amsterdam", "FR": "Europe/Paris"}
TIMEZONES["LU"] = "Europe/Luxembourg"


@dataclass
class Proposal:
    policy: dict
    monthly_fee: float | None = None
    analysis: Analysis | None = None
    found: list[str] = field(default_factory=list)  # which figures came from the analysis


def default_policy(country: str = "BE") -> dict:
    country = country if country in HOLIDAY_COUNTRIES else "BE"
    return {
        "timezone": TIMEZONES[country],
        "hours": {day: [list(span) for span in spans] for day, spans in DEFAULT_HOURS.items()},
        "holidays": {"country": country, "subdivision": None},
        "closed_dates": [],
        "pause_statuses": list(DEFAULT_PAUSE_STATUSES),
        "vendor_wait_statuses": list(DEFAULT_VENDOR_STATUSES),
        "reopen": "continue",
        "priorities": {name: {} for name in DEFAULT_PRIORITIES},
        "priority_map": {},
    }


def _target(entry: dict, workday_minutes: int) -> dict:
    business = entry.get("business_hours", True) is not False
    clock = "business" if business else "calendar"
    if entry.get("unit") == "day" and entry.get("value") is not None:
        per_day = workday_minutes if business else 24 * 60
        return {"minutes": round(float(entry["value"]) * per_day), "clock": clock}
    return {"minutes": round(float(entry["hours"]) * 60), "clock": clock}


def _priorities(figures: dict, workday_minutes: int) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for key, name in (("response_times", "response"), ("resolution_times", "resolution")):
        for entry in figures.get(key) or []:
            if entry.get("priority") and entry.get("hours") is not None:
                target = _target(entry, workday_minutes)
                found.setdefault(str(entry["priority"]), {})[name] = target
    return found


def _credits(figures: dict) -> list[dict]:
    steps = []
    for entry in figures.get("service_credits") or []:
        if "below_percent" in entry and "credit_percent" in entry:
            steps.append(
                {
                    "below_percent": float(entry["below_percent"]),
                    "credit_percent": float(entry["credit_percent"]),
                }
            )
    return steps


def _credit_cap(figures: dict) -> float | None:
    for entry in figures.get("service_credits") or []:
        if entry.get("kind") == "cap" and entry.get("percent") is not None:
            return float(entry["percent"])
    return None


def _monthly_fee(figures: dict) -> float | None:
    for amount in figures.get("amounts") or []:
        if amount.get("kind") != "recurring" or amount.get("currency", "EUR") != "EUR":
            continue
        if purpose_of(amount) not in FEE_PURPOSES:  # a monthly penalty or credit is no fee
            continue
        period = amount.get("period")
        text = (amount.get("evidence") or {}).get("text", "")
        if period == "month" or (period is None and MONTHLY.search(text)):
            return float(amount["amount"])
    return None


def _apply(proposal: Proposal, figures: dict) -> None:
    priorities = _priorities(figures, business_day_minutes(proposal.policy["hours"]))
    if priorities:
        merged = {name: {} for name in DEFAULT_PRIORITIES} | proposal.policy["priorities"]
        for name, targets in priorities.items():
            merged[name] = {**merged.get(name, {}), **targets}
        proposal.policy["priorities"] = merged
        proposal.found.append("priorities")
    availability = proposal.policy.get("availability")
    if figures.get("availability_percent") and availability is None:
        proposal.policy["availability"] = {
            "target_percent": float(figures["availability_percent"]),
            "exclude_planned": True,
            "credits": _credits(figures),
            "credit_cap_percent": _credit_cap(figures),
            "monthly_fee_eur": 0,
        }
        proposal.found.append("availability")
    fee = _monthly_fee(figures)
    if fee is not None and proposal.monthly_fee is None:
        proposal.monthly_fee = fee
        proposal.found.append("monthly_fee")


def proposal_for(engagement) -> Proposal:
    """Default calendar for the supplier's country plus whatever the analyses found."""
    proposal = Proposal(policy=default_policy(engagement.supplier.country))
    analyses = engagement.analyses.done().select_related("document").order_by("created_at")
    for analysis in analyses:
        figures = (analysis.result or {}).get("figures") or {}
        before = len(proposal.found)
        _apply(proposal, figures)
        if len(proposal.found) > before and proposal.analysis is None:
            proposal.analysis = analysis
    if proposal.monthly_fee is not None and "availability" in proposal.policy:
        proposal.policy["availability"]["monthly_fee_eur"] = proposal.monthly_fee
    return proposal
