"""The agreement terms (input) and the agreement model (output) as dataclasses.

Terms hold what the parties settle: parties, kind, chosen options and the variables the clauses
use. Free texts (scope lines, milestone names, roles, court) are `Text`: one string used in every
language, or a mapping {"nl": ..., "en": ..., "fr": ...}.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

Text = str | dict[str, str]
KINDS = ("project", "maintenance", "saas", "tm")
MODES = ("full", "addendum")


def localised(text: Text | None, lang: str) -> str:
    """The text in `lang` (a plain string is the same in every language)."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    return text.get(lang, "")


@dataclass(frozen=True)
class Party:
    name: str
    vat: str = ""
    address: str = ""
    representative: str = ""
    function: Text = ""


@dataclass(frozen=True)
class Rate:
    role: Text
    unit: str  # "hour" | "day"
    amount: Decimal


@dataclass(frozen=True)
class Milestone:
    name: Text
    date: date
    payment_percent: Decimal | None = None


@dataclass(frozen=True)
class TeamMember:
    name: str
    role: Text
    party: str  # "client" | "supplier"
    seniority: Text = ""


@dataclass(frozen=True)
class PriorityLevel:
    priority: int  # 1 (critical) .. 4 (low)
    response_hours: Decimal
    resolution_hours: Decimal


@dataclass(frozen=True)
class CreditStep:
    below_percent: Decimal
    credit_percent: Decimal


@dataclass(frozen=True)
class Support:
    days: str = "weekdays"  # "weekdays" | "all"
    opens: str = ""  # "08:00"
    closes: str = ""  # "18:00"
    phone: str = ""
    email: str = ""
    portal: str = ""


@dataclass
class Terms:
    kind: str
    client: Party
    supplier: Party
    start_date: date | None = None
    title: Text = ""
    quote_reference: str = ""
    quote_date: date | None = None
    scope_included: list[Text] = field(default_factory=list)
    scope_excluded: list[Text] = field(default_factory=list)
    project_price: Decimal | None = None
    startup_fee: Decimal | None = None
    monthly_fee: Decimal | None = None
    budget_cap: Decimal | None = None
    rates: list[Rate] = field(default_factory=list)
    indexation_cap_percent: Decimal | None = None
    payment_days: int | None = None
    milestones: list[Milestone] = field(default_factory=list)
    team: list[TeamMember] = field(default_factory=list)
    replacement_notice_days: int | None = None
    warranty_days: int | None = None
    delay_penalty_percent_per_week: Decimal | None = None
    delay_penalty_cap_percent: Decimal | None = None
    training_hours: int | None = None
    support: Support | None = None
    priorities: list[PriorityLevel] = field(default_factory=list)
    availability_percent: Decimal | None = None
    availability_period: str = ""  # "month" | "quarter" | "year"
    credit_steps: list[CreditStep] = field(default_factory=list)
    credit_cap_percent: Decimal | None = None
    credit_per_breach_percent: Decimal | None = None
    term_months: int | None = None
    renewal_months: int | None = None
    notice_days: int | None = None
    reporting: str = ""  # "weekly" | "monthly" | "quarterly"
    meetings: str = ""  # "weekly" | "monthly" | "quarterly"
    data_return_format: str = ""
    data_return_days: int | None = None
    transition_months: int | None = None
    escrow_agent: str = ""
    court: Text = ""
    options: dict[str, str] = field(default_factory=dict)

    def annual_fees(self) -> Decimal | None:
        return self.monthly_fee * 12 if self.monthly_fee is not None else None


@dataclass(frozen=True)
class Problem:
    """A value the draft needs but does not have, or a value that is not valid."""

    field: str
    reason: str


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]


@dataclass
class Article:
    number: int
    title: str
    paragraphs: list[str]
    item_ids: tuple[str, ...]


@dataclass
class Section:
    area: str
    title: str
    articles: list[Article]


@dataclass
class Annex:
    number: int
    title: str
    paragraphs: list[str]
    table: Table | None = None


@dataclass
class Signatory:
    label: str  # "For the Client"
    company: str
    name: str
    function: str


@dataclass
class Agreement:
    lang: str
    mode: str
    kind: str
    title: str
    notice: str  # "proposal to discuss, not legal advice"
    parties: list[str]
    key_terms: Table
    preamble: list[str]
    sections: list[Section]
    annexes: list[Annex]
    signature_intro: str
    signatories: list[Signatory]
    signature_labels: dict[str, str]  # name / function / date / signature captions
    settles: tuple[str, ...]

    def articles(self) -> list[Article]:
        return [article for section in self.sections for article in section.articles]
