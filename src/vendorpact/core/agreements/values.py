"""The placeholder values of the clauses, formatted for one language. A value the terms do not
hold is left out, so the generator can report it as missing."""

from __future__ import annotations

from decimal import Decimal

from vendorpact.core.agreements import wording as w
from vendorpact.core.agreements.model import Terms, localised
from vendorpact.core.agreements.options import chosen

# placeholder -> the terms field a user must fill in when it is missing
PLACEHOLDER_FIELDS = {
    "quote_reference": "quote_reference",
    "quote_date": "quote_date",
    "start_date": "start_date",
    "project_price": "project_price",
    "startup_fee": "startup_fee",
    "monthly_fee": "monthly_fee",
    "annual_fees": "monthly_fee",
    "budget_cap": "budget_cap",
    "scope_included": "scope_included",
    "scope_excluded": "scope_excluded",
    "rates": "rates",
    "indexation_cap": "indexation_cap_percent",
    "payment_days": "payment_days",
    "invoicing": "budget_cap",
    "milestones": "milestones",
    "go_live_date": "milestones",
    "team": "team",
    "seniority": "team",
    "account_manager": "team",
    "replacement_notice_days": "replacement_notice_days",
    "delay_penalty": "delay_penalty_percent_per_week",
    "delay_cap": "delay_penalty_cap_percent",
    "warranty_days": "warranty_days",
    "training_hours": "training_hours",
    "support_days": "support.days",
    "opens": "support.opens",
    "closes": "support.closes",
    "channels": "support",
    "response_times": "priorities",
    "resolution_times": "priorities",
    "availability": "availability_percent",
    "availability_period": "availability_period",
    "credit_steps": "credit_steps",
    "credit_cap": "credit_cap_percent",
    "credit_per_breach": "credit_per_breach_percent",
    "term_months": "term_months",
    "renewal_months": "renewal_months",
    "notice_days": "notice_days",
    "reporting_adjective": "reporting",
    "meetings_adjective": "meetings",
    "data_return_format": "data_return_format",
    "data_return_days": "data_return_days",
    "transition_months": "transition_months",
    "escrow_agent": "escrow_agent",
    "court": "court",
    "liability_cap": "liability_base",
    "acceptance_days": "options.acceptance_days",
}


def placeholder_values(terms: Terms, lang: str) -> dict[str, str]:
    values: dict[str, str] = {}
    _dates(values, terms, lang)
    _money(values, terms, lang)
    _numbers(values, terms, lang)
    _lists(values, terms, lang)
    _support(values, terms, lang)
    _service_levels(values, terms, lang)
    _cadences(values, terms, lang)
    _liability(values, terms, lang)
    values["acceptance_days"] = chosen(terms.options, "acceptance_days")
    return {key: value for key, value in values.items() if value not in (None, "")}


def _dates(values, terms: Terms, lang: str) -> None:
    if terms.quote_date:
        values["quote_date"] = w.format_date(terms.quote_date, lang)
    if terms.start_date:
        values["start_date"] = w.format_date(terms.start_date, lang)
    if terms.milestones:
        values["go_live_date"] = w.format_date(terms.milestones[-1].date, lang)
    values["quote_reference"] = terms.quote_reference


def _money(values, terms: Terms, lang: str) -> None:
    for name in ("project_price", "startup_fee", "monthly_fee", "budget_cap"):
        amount = getattr(terms, name)
        if amount is not None:
            values[name] = w.format_amount(amount, lang)
    if terms.annual_fees() is not None:
        values["annual_fees"] = w.format_amount(terms.annual_fees(), lang)
    if terms.kind == "project":
        values["invoicing"] = w.INVOICING["project"][lang]
    elif terms.kind == "tm":
        if terms.budget_cap is not None:
            values["invoicing"] = w.INVOICING["tm"][lang].format(budget_cap=values["budget_cap"])
    else:
        values["invoicing"] = w.INVOICING["recurring"][lang]


def _numbers(values, terms: Terms, lang: str) -> None:
    for name in (
        "payment_days", "warranty_days", "training_hours", "term_months", "renewal_months",
        "notice_days", "data_return_days", "transition_months", "replacement_notice_days",
    ):  # fmt: skip
        value = getattr(terms, name)
        if value is not None:
            values[name] = str(value)
    percents = {
        "indexation_cap": terms.indexation_cap_percent,
        "delay_penalty": terms.delay_penalty_percent_per_week,
        "delay_cap": terms.delay_penalty_cap_percent,
        "availability": terms.availability_percent,
        "credit_cap": terms.credit_cap_percent,
        "credit_per_breach": terms.credit_per_breach_percent,
    }
    for name, value in percents.items():
        if value is not None:
            values[name] = w.format_percent(value, lang)
    values["data_return_format"] = terms.data_return_format
    values["escrow_agent"] = terms.escrow_agent
    values["court"] = localised(terms.court, lang)
    if terms.availability_period in w.PERIOD_WORD:
        values["availability_period"] = w.PERIOD_WORD[terms.availability_period][lang]


def _lists(values, terms: Terms, lang: str) -> None:
    values["scope_included"] = "; ".join(localised(t, lang) for t in terms.scope_included)
    values["scope_excluded"] = "; ".join(localised(t, lang) for t in terms.scope_excluded)
    values["rates"] = "; ".join(
        w.RATE[lang].format(
            role=localised(rate.role, lang),
            amount=w.format_amount(rate.amount, lang),
            unit=w.UNITS[rate.unit][lang][0],
        )
        for rate in terms.rates
    )
    values["milestones"] = "; ".join(
        f"{localised(m.name, lang)} ({w.format_date(m.date, lang)})" for m in terms.milestones
    )
    values["team"] = "; ".join(
        w.TEAM_MEMBER[lang].format(
            name=member.name,
            role=localised(member.role, lang),
            party=w.PARTY_WORD[member.party][lang],
        )
        for member in terms.team
    )
    values["seniority"] = "; ".join(
        f"{member.name}: {localised(member.seniority, lang)}"
        for member in terms.team
        if member.party == "supplier" and member.seniority
    )
    supplier_team = [m for m in terms.team if m.party == "supplier"]
    if supplier_team:
        values["account_manager"] = supplier_team[0].name


def _support(values, terms: Terms, lang: str) -> None:
    support = terms.support
    if support is None:
        return
    values["support_days"] = w.SUPPORT_DAYS.get(support.days, {}).get(lang, "")
    values["opens"] = support.opens
    values["closes"] = support.closes
    channels = [
        w.CHANNELS[name][lang].format(getattr(support, name))
        for name in ("phone", "email", "portal")
        if getattr(support, name)
    ]
    values["channels"] = w.join_list(channels, lang)


def _service_levels(values, terms: Terms, lang: str) -> None:
    for name, attribute in (("response_times", "response_hours"),
                            ("resolution_times", "resolution_hours")):  # fmt: skip
        values[name] = "; ".join(
            w.PRIORITY_TIME[lang].format(
                p=level.priority,
                name=w.PRIORITY_NAMES[level.priority][lang],
                time=w.format_quantity(getattr(level, attribute), "hour", lang),
            )
            for level in terms.priorities
        )
    values["credit_steps"] = "; ".join(
        w.CREDIT_STEP[lang].format(
            credit=w.format_percent(step.credit_percent, lang),
            below=w.format_percent(step.below_percent, lang),
        )
        for step in terms.credit_steps
    )


def _cadences(values, terms: Terms, lang: str) -> None:
    if terms.reporting in w.CADENCE_ADJECTIVE:
        values["reporting_adjective"] = w.CADENCE_ADJECTIVE[terms.reporting][lang]
    if terms.meetings in w.MEETING_ADJECTIVE:
        values["meetings_adjective"] = w.MEETING_ADJECTIVE[terms.meetings][lang]


def liability_base(terms: Terms) -> tuple[str, Decimal | None]:
    """What the cap multiplies: the annual fees, the project price or the maximum budget."""
    if terms.kind == "project":
        return "project", terms.project_price
    if terms.kind == "tm":
        return "budget", terms.budget_cap
    return "annual", terms.annual_fees()


def liability_cap_amount(terms: Terms) -> Decimal | None:
    _name, base = liability_base(terms)
    if base is None:
        return None
    multiple = 2 if chosen(terms.options, "liability_cap") == "2x" else 1
    return base * multiple


def _liability(values, terms: Terms, lang: str) -> None:
    name, _base = liability_base(terms)
    amount = liability_cap_amount(terms)
    if amount is not None:
        values["liability_cap"] = w.format_amount(amount, lang)
    values["liability_multiple"] = w.MULTIPLE[chosen(terms.options, "liability_cap")][lang]
    values["liability_base"] = w.LIABILITY_BASE[name][lang]
