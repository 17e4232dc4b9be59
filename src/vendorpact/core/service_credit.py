"""How a month's service credit follows from its availability: the steps shown in a letter."""

from __future__ import annotations

from dataclasses import dataclass

from vendorpact.core.sla.availability import credit_percent
from vendorpact.core.sla.policy import AvailabilityTerms, CreditStep


@dataclass(frozen=True)
class CreditCalculation:
    availability_percent: float
    target_percent: float
    step: CreditStep | None  # the credit step that applies (the highest credit earned)
    capped: bool  # the cap cut the step's credit down
    cap_percent: float | None
    credit_percent: float
    monthly_fee_eur: float
    credit_eur: float


def credit_calculation(availability_percent: float, terms: AvailabilityTerms) -> CreditCalculation:
    """The step the availability falls under, the cap if it applies, and the amount."""
    below = [s for s in terms.credits if availability_percent < s.below_percent]
    step = max(below, key=lambda s: s.credit_percent, default=None)
    percent = credit_percent(availability_percent, terms)
    return CreditCalculation(
        availability_percent=availability_percent,
        target_percent=terms.target_percent,
        step=step,
        capped=step is not None and percent < step.credit_percent,
        cap_percent=terms.credit_cap_percent,
        credit_percent=percent,
        monthly_fee_eur=terms.monthly_fee_eur,
        credit_eur=round(terms.monthly_fee_eur * percent / 100.0, 2),
    )
