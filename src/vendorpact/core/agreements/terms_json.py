"""The terms.json format (docs/agreement-terms.md): check it against the schema and turn it into
Terms. Every problem is (field path, reason)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from vendorpact.core.agreements.model import (
    CreditStep,
    Milestone,
    Party,
    PriorityLevel,
    Problem,
    Rate,
    Support,
    TeamMember,
    Terms,
)
from vendorpact.core.agreements.schema import check

FORMAT = "vendorpact-agreement-terms/1"
# Terms fields that sit elsewhere in terms.json: problems name the place in the file.
JSON_PATHS = {
    "quote_reference": "quote.reference",
    "quote_date": "quote.date",
    "scope_included": "scope.included",
    "scope_excluded": "scope.excluded",
    "project_price": "prices.project_price",
    "startup_fee": "prices.startup_fee",
    "monthly_fee": "prices.monthly_fee",
    "budget_cap": "prices.budget_cap",
    "rates": "prices.rates",
    "indexation_cap_percent": "prices.indexation_cap_percent",
    "delay_penalty_percent_per_week": "delay_penalty.percent_per_week",
    "delay_penalty_cap_percent": "delay_penalty.cap_percent",
    "availability_percent": "availability.percent",
    "availability_period": "availability.period",
    "credit_steps": "service_credits.steps",
    "credit_cap_percent": "service_credits.cap_percent",
    "credit_per_breach_percent": "service_credits.per_breach_percent",
    "data_return_format": "data_return.format",
    "data_return_days": "data_return.days",
}


def json_path(terms_field: str) -> str:
    """Where a Terms field is written in terms.json."""
    return JSON_PATHS.get(terms_field, terms_field)


def terms_from_dict(data) -> tuple[Terms | None, list[Problem]]:
    problems = [Problem(path, reason) for path, reason in check(data)]
    if problems:
        return None, problems
    return _terms(data), []


def _terms(data: dict) -> Terms:
    prices = data.get("prices", {})
    quote = data.get("quote", {})
    scope = data.get("scope", {})
    availability = data.get("availability", {})
    credits = data.get("service_credits", {})
    delay = data.get("delay_penalty", {})
    data_return = data.get("data_return", {})
    return Terms(
        kind=data["kind"],
        client=_party(data["client"]),
        supplier=_party(data["supplier"]),
        start_date=_date(data.get("start_date")),
        title=data.get("title", ""),
        quote_reference=quote.get("reference", ""),
        quote_date=_date(quote.get("date")),
        scope_included=list(scope.get("included", [])),
        scope_excluded=list(scope.get("excluded", [])),
        project_price=_decimal(prices.get("project_price")),
        startup_fee=_decimal(prices.get("startup_fee")),
        monthly_fee=_decimal(prices.get("monthly_fee")),
        budget_cap=_decimal(prices.get("budget_cap")),
        rates=[Rate(r["role"], r["unit"], _decimal(r["amount"])) for r in prices.get("rates", [])],
        indexation_cap_percent=_decimal(prices.get("indexation_cap_percent")),
        payment_days=data.get("payment_days"),
        milestones=[
            Milestone(m["name"], _date(m["date"]), _decimal(m.get("payment_percent")))
            for m in data.get("milestones", [])
        ],
        team=[
            TeamMember(m["name"], m["role"], m["party"], m.get("seniority", ""))
            for m in data.get("team", [])
        ],
        replacement_notice_days=data.get("replacement_notice_days"),
        warranty_days=data.get("warranty_days"),
        delay_penalty_percent_per_week=_decimal(delay.get("percent_per_week")),
        delay_penalty_cap_percent=_decimal(delay.get("cap_percent")),
        training_hours=data.get("training_hours"),
        support=Support(**data["support"]) if "support" in data else None,
        priorities=[
            PriorityLevel(
                p["priority"], _decimal(p["response_hours"]), _decimal(p["resolution_hours"])
            )
            for p in data.get("priorities", [])
        ],
        availability_percent=_decimal(availability.get("percent")),
        availability_period=availability.get("period", ""),
        credit_steps=[
            CreditStep(_decimal(s["below_percent"]), _decimal(s["credit_percent"]))
            for s in credits.get("steps", [])
        ],
        credit_cap_percent=_decimal(credits.get("cap_percent")),
        credit_per_breach_percent=_decimal(credits.get("per_breach_percent")),
        term_months=data.get("term_months"),
        renewal_months=data.get("renewal_months"),
        notice_days=data.get("notice_days"),
        reporting=data.get("reporting", ""),
        meetings=data.get("meetings", ""),
        data_return_format=data_return.get("format", ""),
        data_return_days=data_return.get("days"),
        transition_months=data.get("transition_months"),
        escrow_agent=data.get("escrow_agent", ""),
        court=data.get("court", ""),
        options=dict(data.get("options", {})),
    )


def _party(data: dict) -> Party:
    return Party(
        name=data["name"],
        vat=data.get("vat", ""),
        address=data.get("address", ""),
        representative=data.get("representative", ""),
        function=data.get("function", ""),
    )


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _decimal(value) -> Decimal | None:
    return Decimal(str(value)) if value is not None else None
