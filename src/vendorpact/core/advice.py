"""Advice derived from what is known about an engagement, as codes the web layer words."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from vendorpact.core import terms as contract_terms
from vendorpact.core.checklist import EXPECTED_IDS, Status, expected_items

HIGH, MEDIUM, INFO = "high", "medium", "info"
NOTICE_WARNING_DAYS = 90
LONG_NOTICE_MONTHS = 3


@dataclass(frozen=True)
class EngagementFacts:
    kind: str
    agreed_how: str  # verbal, email, signed_quote, signed_one, signed_both
    general_terms: str  # none, ours, supplier, negotiated
    status: str  # draft, negotiating, active, ending, ended
    terms: contract_terms.ContractTerms
    checklist: dict[str, str] = field(default_factory=dict)  # item id -> status
    has_maintenance_engagement: bool = True


@dataclass(frozen=True)
class Advice:
    code: str
    severity: str
    params: dict = field(default_factory=dict)


def advise(facts: EngagementFacts, today: date) -> list[Advice]:
    found: list[Advice] = []
    for rule in (_agreement_rules, _notice_rules, _maintenance_rules, _checklist_rules):
        found.extend(rule(facts, today))
    order = {HIGH: 0, MEDIUM: 1, INFO: 2}
    return sorted(found, key=lambda advice: order[advice.severity])


def _agreement_rules(facts: EngagementFacts, today: date) -> list[Advice]:
    found = []
    informal = facts.agreed_how in {"verbal", "email", "signed_quote"}
    if informal and facts.general_terms in {"supplier", "none"}:
        found.append(Advice("agreement.supplier_terms_may_bind", HIGH))
    if facts.agreed_how == "verbal":
        found.append(Advice("agreement.verbal_only", HIGH))
    elif facts.agreed_how != "signed_both":
        found.append(Advice("agreement.not_signed_by_both", MEDIUM))
    if facts.general_terms == "supplier":
        found.append(Advice("agreement.supplier_terms_apply", MEDIUM))
    return found


def _notice_rules(facts: EngagementFacts, today: date) -> list[Advice]:
    if facts.status == "ended":
        return []
    terms = facts.terms
    found = _deadline_advice(contract_terms.terms_as_of(terms, today))
    if terms.renewal == contract_terms.RENEWAL_TACIT and _notice_is_long(terms):
        found.append(Advice("terms.tacit_renewal_long_notice", MEDIUM))
    if facts.kind in {"maintenance", "saas"} and contract_terms.initial_end(terms) is None:
        found.append(Advice("terms.no_duration", MEDIUM))
    return found


def _deadline_advice(standing: contract_terms.TermsAsOf) -> list[Advice]:
    """A missed deadline first (the contract renews), then the next deadline when it is near."""
    found = []
    if standing.missed_notice_deadline is not None:
        params = {
            "missed": standing.missed_notice_deadline,
            "until": standing.earliest_end,
            "next": standing.next_notice_deadline,
        }
        found.append(Advice("terms.notice_deadline_missed", MEDIUM, params))
    deadline = standing.next_notice_deadline
    if deadline is not None:
        days = (deadline - standing.as_of).days
        if days <= NOTICE_WARNING_DAYS:
            found.append(
                Advice("terms.notice_deadline_soon", HIGH, {"days": days, "date": deadline})
            )
    return found


def _notice_is_long(terms: contract_terms.ContractTerms) -> bool:
    if not terms.notice_value:
        return False
    if terms.notice_unit == contract_terms.UNIT_DAYS:
        return terms.notice_value >= 90
    return terms.notice_value >= LONG_NOTICE_MONTHS


def _maintenance_rules(facts: EngagementFacts, today: date) -> list[Advice]:
    delivered = facts.status in {"active", "ending", "ended"}
    if facts.kind == "project" and delivered and not facts.has_maintenance_engagement:
        return [Advice("maintenance.none_for_production", HIGH)]
    return []


SETTLED = frozenset({Status.COVERED, Status.NOT_APPLICABLE})


def _checklist_rules(facts: EngagementFacts, today: date) -> list[Advice]:
    expected = expected_items(facts.kind)
    # Open: every expected item but those with a settled status (counted over the statuses
    # given, usually far fewer than the items expected).
    ids = EXPECTED_IDS[facts.kind]
    settled = sum(
        1 for item_id, status in facts.checklist.items() if status in SETTLED and item_id in ids
    )
    open_count = len(expected) - settled
    if not open_count:
        return []
    return [Advice("checklist.open_items", INFO, {"count": open_count, "total": len(expected)})]
