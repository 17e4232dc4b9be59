"""The supplier check-up: per engagement a score (0-100) per seed area, the trend against the
previous check-up and the actions that would help most.

Every score is the area's checklist coverage minus deductions taken from the data, so that a
reader can recompute it from the parts shown on the page:

- coverage: the area's checklist items expected for the engagement's kind; a settled item
  (covered or not applicable) counts 2 points, a partial one 1, a missing one 0; the base is
  points / (2 x expected items) as a percentage, rounded half up. An area without expected items
  starts at 100 when data about it exists, else it does not apply.
- deductions (points off the base; the score never goes below 0):
  15 per risk flag raised by a document analysis and still open (its clause not settled since),
  the percentage invoiced over budget (budget area),
  10 per slip caused by the supplier and 5 per slip caused by the client (timing),
  the health-check gap between both sides beyond 10 points (team),
  10 per open concern (reporting),
  95 minus the SLA compliance of the last 12 months when below 95, and 10 when service credits
  were earned (maintenance).
- the engagement's overall score is the mean of its applicable area scores, rounded half up.

Message codes (``checkup.*``) are translated by the web layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from vendorpact.core.checklist import Status, expected_items

SEED_AREAS = (
    "agreement",
    "budget",
    "timing",
    "team",
    "reporting",
    "rollout",
    "maintenance",
    "exit_legal",
)
CHECKLIST_AREAS = {"exit_legal": ("exit", "legal")}

# Risk flag -> (seed area it weighs on, checklist item whose settlement closes it).
RISK_AREAS = {
    "risk.unsigned": ("agreement", "agreement.signed_both"),
    "risk.supplier_terms_prevail": ("agreement", "agreement.general_terms"),
    "risk.unilateral_change": ("budget", "budget.rates"),
    "risk.open_ended_cost": ("budget", "budget.extra_costs"),
    "risk.best_efforts_only": ("maintenance", "maintenance.response_time"),
    "risk.auto_renewal": ("exit_legal", "exit.duration_renewal"),
    "risk.liability_excluded": ("exit_legal", "legal.liability"),
    "risk.data_lockin": ("exit_legal", "exit.data_return"),
}

RISK_POINTS = 15
SUPPLIER_SLIP_POINTS = 10
CLIENT_SLIP_POINTS = 5
HEALTH_GAP_ALLOWED = 10
CONCERN_POINTS = 10
SLA_TARGET = 95
CREDIT_POINTS = 10

NOTICE_HORIZON_DAYS = 90
SLA_LOW = 90
HEALTH_GAP_LARGE = 20
MAX_ACTIONS = 5

# Missing clauses worth an addendum, heaviest first, with how much they weigh among the actions.
KEY_ITEMS = {
    "agreement.signed_both": 80,
    "exit.data_return": 75,
    "legal.liability": 70,
    "exit.termination": 70,
    "legal.data_protection": 70,
    "maintenance.response_time": 65,
    "budget.extra_costs": 60,
}

SETTLED = {Status.COVERED, Status.NOT_APPLICABLE}


@dataclass(frozen=True)
class SlaFacts:
    measured: int  # response and resolution measurements of the last 12 months
    late: int  # of which over the target
    credits_eur: Decimal = Decimal("0")


@dataclass(frozen=True)
class EngagementFacts:
    engagement_id: int
    title: str
    supplier: str
    kind: str
    checklist: dict[str, str] = field(default_factory=dict)  # item id -> status
    raised_risks: tuple[str, ...] = ()  # risk ids flagged by any analysed document
    sla: SlaFacts | None = None
    budget: Decimal | None = None  # None: no budget lines
    invoiced: Decimal = Decimal("0")
    slips_supplier: int = 0
    slips_client: int = 0
    concerns_open: int = 0
    concerns_resolved: int = 0
    health_client: float | None = None  # latest check answered by both sides
    health_supplier: float | None = None
    notice_deadline: date | None = None


@dataclass(frozen=True)
class Part:
    """One line of a score's explanation: a message code, its figures and the points it adds
    (the base) or takes off (negative)."""

    code: str
    points: int
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class AreaScore:
    area: str
    score: int | None  # None: the area does not apply to this engagement
    parts: tuple[Part, ...] = ()
    previous: int | None = None

    @property
    def change(self) -> int | None:
        if self.score is None or self.previous is None:
            return None
        return self.score - self.previous


@dataclass(frozen=True)
class Action:
    code: str
    engagement_id: int
    weight: int
    target: str  # which page helps: agreement, analysis, sla, budget, concerns, health, ...
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class EngagementCheckup:
    engagement_id: int
    title: str
    supplier: str
    areas: tuple[AreaScore, ...]
    overall: int | None
    previous_overall: int | None = None

    @property
    def change(self) -> int | None:
        if self.overall is None or self.previous_overall is None:
            return None
        return self.overall - self.previous_overall


@dataclass(frozen=True)
class CheckupResult:
    as_of: date
    engagements: tuple[EngagementCheckup, ...]
    actions: tuple[Action, ...]
    overall: int | None
    previous_overall: int | None = None


def percent(part: float | Decimal, whole: float | Decimal) -> int:
    """100 x part / whole rounded half up (whole > 0, part >= 0)."""
    return int(Decimal(100) * Decimal(str(part)) / Decimal(str(whole)) + Decimal("0.5"))


def mean(values: list[int]) -> int | None:
    return (2 * sum(values) + len(values)) // (2 * len(values)) if values else None


def sla_compliance(sla: SlaFacts | None) -> int | None:
    if sla is None or sla.measured == 0:
        return None
    return percent(sla.measured - sla.late, sla.measured)


def half_up(value: float) -> int:
    return int(Decimal(str(value)) + Decimal("0.5")) if value >= 0 else -half_up(-value)


def health_scores(facts: EngagementFacts) -> tuple[int, int] | None:
    """Both sides' health scores as shown (whole numbers, rounded half up)."""
    if facts.health_client is None or facts.health_supplier is None:
        return None
    return half_up(facts.health_client), half_up(facts.health_supplier)


def health_gap(facts: EngagementFacts) -> int | None:
    """The gap between the shown scores, so that a reader gets the same by subtracting."""
    scores = health_scores(facts)
    return None if scores is None else abs(scores[0] - scores[1])


def open_risks(facts: EngagementFacts) -> list[str]:
    """Raised risk flags whose closing checklist item is not settled (yet)."""
    return [
        risk
        for risk in facts.raised_risks
        if risk in RISK_AREAS and facts.checklist.get(RISK_AREAS[risk][1]) not in SETTLED
    ]


def overrun_percent(facts: EngagementFacts) -> int | None:
    if facts.budget is None or facts.budget <= 0 or facts.invoiced <= facts.budget:
        return None
    return percent(facts.invoiced - facts.budget, facts.budget)


def _coverage_part(facts: EngagementFacts, area: str) -> Part | None:
    prefixes = CHECKLIST_AREAS.get(area, (area,))
    items = [item for item in expected_items(facts.kind) if item.area in prefixes]
    if not items:
        return None
    statuses = [facts.checklist.get(item.id, Status.MISSING) for item in items]
    settled = sum(1 for s in statuses if s in SETTLED)
    partial = sum(1 for s in statuses if s == Status.PARTIAL)
    points = percent(2 * settled + partial, 2 * len(items))
    params = {"settled": settled, "partial": partial, "expected": len(items)}
    return Part("checkup.part.coverage", points, params)


def _data_parts(facts: EngagementFacts, area: str) -> list[Part]:
    parts = [
        Part("checkup.part.risk_open", -RISK_POINTS, {"risk": risk})
        for risk in open_risks(facts)
        if RISK_AREAS[risk][0] == area
    ]
    if area == "budget" and facts.budget is not None:
        over = overrun_percent(facts)
        params = {"budget": facts.budget, "invoiced": facts.invoiced}
        parts.append(Part("checkup.part.invoiced", -(over or 0), params | {"over": over or 0}))
    if area == "timing" and (facts.slips_supplier or facts.slips_client):
        parts.append(
            Part(
                "checkup.part.slips_supplier",
                -SUPPLIER_SLIP_POINTS * facts.slips_supplier,
                {"count": facts.slips_supplier},
            )
        )
        parts.append(
            Part(
                "checkup.part.slips_client",
                -CLIENT_SLIP_POINTS * facts.slips_client,
                {"count": facts.slips_client},
            )
        )
    if area == "team":
        gap = health_gap(facts)
        if gap is not None:
            client, supplier = health_scores(facts)
            params = {"client": client, "supplier": supplier, "gap": gap}
            parts.append(Part("checkup.part.health_gap", -max(0, gap - HEALTH_GAP_ALLOWED), params))
    if area == "reporting" and (facts.concerns_open or facts.concerns_resolved):
        params = {"open": facts.concerns_open, "resolved": facts.concerns_resolved}
        parts.append(Part("checkup.part.concerns", -CONCERN_POINTS * facts.concerns_open, params))
    if area == "maintenance":
        parts.extend(_sla_parts(facts.sla))
    return parts


def _sla_parts(sla: SlaFacts | None) -> list[Part]:
    compliance = sla_compliance(sla)
    if compliance is None:
        return []
    params = {"measured": sla.measured, "late": sla.late, "compliance": compliance}
    parts = [Part("checkup.part.sla", -max(0, SLA_TARGET - compliance), params)]
    if sla.credits_eur > 0:
        parts.append(Part("checkup.part.credits", -CREDIT_POINTS, {"credits": sla.credits_eur}))
    return parts


def score_area(facts: EngagementFacts, area: str, previous: int | None = None) -> AreaScore:
    coverage = _coverage_part(facts, area)
    deductions = _data_parts(facts, area)
    if coverage is None and not deductions:
        return AreaScore(area, None, previous=previous)
    base = coverage or Part("checkup.part.no_items", 100)
    parts = (base, *deductions)
    score = max(0, sum(part.points for part in parts))
    return AreaScore(area, score, parts, previous)


def score_engagement(facts: EngagementFacts, previous: dict | None = None) -> EngagementCheckup:
    """`previous`: {"areas": {area: score}, "overall": score} of the last check-up, if any."""
    previous = previous or {}
    before = previous.get("areas", {})
    areas = tuple(score_area(facts, area, before.get(area)) for area in SEED_AREAS)
    overall = mean([a.score for a in areas if a.score is not None])
    return EngagementCheckup(
        engagement_id=facts.engagement_id,
        title=facts.title,
        supplier=facts.supplier,
        areas=areas,
        overall=overall,
        previous_overall=previous.get("overall"),
    )


def _notice_action(facts: EngagementFacts, as_of: date) -> list[Action]:
    if facts.notice_deadline is None:
        return []
    days = (facts.notice_deadline - as_of).days
    if not 0 <= days <= NOTICE_HORIZON_DAYS:
        return []
    weight = 100 + (NOTICE_HORIZON_DAYS - days) // 3
    compliance = sla_compliance(facts.sla)
    params = {"days": days, "deadline": facts.notice_deadline}
    if compliance is not None and compliance < SLA_TARGET:
        params["compliance"] = compliance
        code, weight, target = "checkup.action.notice_sla", weight + 10, "exit"
    else:
        code, target = "checkup.action.notice", "engagement"
    return [Action(code, facts.engagement_id, weight, target, params)]


def _clause_actions(facts: EngagementFacts) -> list[Action]:
    """The data-return clause on its own (the exit depends on it), and one addendum action
    for the other missing key clauses, weighing as the heaviest of them."""
    expected = {item.id for item in expected_items(facts.kind)}
    missing = [
        item_id
        for item_id in KEY_ITEMS
        if item_id in expected and facts.checklist.get(item_id) not in SETTLED
    ]
    actions = []
    if "exit.data_return" in missing:
        missing.remove("exit.data_return")
        params = {"item": "exit.data_return"}
        weight = KEY_ITEMS["exit.data_return"]
        actions.append(
            Action("checkup.action.data_return", facts.engagement_id, weight, "agreement", params)
        )
    if missing:
        code = (
            "checkup.action.missing_item" if len(missing) == 1 else "checkup.action.missing_items"
        )
        params = {"item": missing[0], "count": len(missing)}
        weight = KEY_ITEMS[missing[0]]
        actions.append(Action(code, facts.engagement_id, weight, "agreement", params))
    return actions


def _data_actions(facts: EngagementFacts) -> list[Action]:
    eid = facts.engagement_id
    actions = [
        Action("checkup.action.risk_open", eid, 65, "analysis", {"risk": risk})
        for risk in open_risks(facts)
    ]
    compliance = sla_compliance(facts.sla)
    if compliance is not None and compliance < SLA_LOW:
        weight = 60 + (SLA_LOW - compliance) // 2
        params = {"compliance": compliance}
        actions.append(Action("checkup.action.sla_low", eid, weight, "sla", params))
    if facts.sla is not None and facts.sla.credits_eur > 0:
        params = {"credits": facts.sla.credits_eur}
        actions.append(Action("checkup.action.credits", eid, 55, "sla", params))
    over = overrun_percent(facts)
    if over is not None:
        params = {"over": over, "budget": facts.budget, "invoiced": facts.invoiced}
        weight = 55 + min(20, over)
        actions.append(Action("checkup.action.over_budget", eid, weight, "budget", params))
    if facts.concerns_open:
        weight = 45 + 5 * facts.concerns_open
        params = {"count": facts.concerns_open}
        actions.append(Action("checkup.action.concerns", eid, weight, "concerns", params))
    gap = health_gap(facts)
    if gap is not None and gap >= HEALTH_GAP_LARGE:
        actions.append(Action("checkup.action.health_gap", eid, 40, "health", {"gap": gap}))
    if facts.slips_supplier >= 2:
        params = {"count": facts.slips_supplier}
        actions.append(Action("checkup.action.slips", eid, 35, "planning", params))
    return actions


def candidate_actions(facts: EngagementFacts, as_of: date) -> list[Action]:
    return _notice_action(facts, as_of) + _clause_actions(facts) + _data_actions(facts)


def top_actions(all_facts: list[EngagementFacts], as_of: date) -> tuple[Action, ...]:
    """The MAX_ACTIONS heaviest actions over all engagements (ties: by title, then code)."""
    titles = {f.engagement_id: (f.supplier, f.title) for f in all_facts}
    actions = [a for facts in all_facts for a in candidate_actions(facts, as_of)]
    actions.sort(key=lambda a: (-a.weight, titles[a.engagement_id], a.code, str(a.params)))
    return tuple(actions[:MAX_ACTIONS])


def run_checkup(
    all_facts: list[EngagementFacts], as_of: date, previous: dict | None = None
) -> CheckupResult:
    """`previous`: the last check-up's {"engagements": {id (str): {"areas", "overall"}},
    "overall": score}, or None for the first one."""
    previous = previous or {}
    before = previous.get("engagements", {})
    engagements = tuple(
        score_engagement(facts, before.get(str(facts.engagement_id))) for facts in all_facts
    )
    return CheckupResult(
        as_of=as_of,
        engagements=engagements,
        actions=top_actions(all_facts, as_of),
        overall=mean([e.overall for e in engagements if e.overall is not None]),
        previous_overall=previous.get("overall"),
    )


def stored_scores(result: CheckupResult) -> dict:
    """What a check-up keeps for the next one's trend (JSON-ready)."""
    return {
        "overall": result.overall,
        "engagements": {
            str(e.engagement_id): {
                "overall": e.overall,
                "areas": {a.area: a.score for a in e.areas},
            }
            for e in result.engagements
        },
    }
