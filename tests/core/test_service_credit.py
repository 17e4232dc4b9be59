"""The credit calculation a claim letter shows: step, cap and amount."""

from vendorpact.core.service_credit import credit_calculation
from vendorpact.core.sla.policy import AvailabilityTerms, CreditStep

STEPS = (CreditStep(99.5, 5.0), CreditStep(99.0, 10.0), CreditStep(98.0, 25.0))


def _terms(cap=None):
    return AvailabilityTerms(99.5, True, STEPS, cap, 1200.0)


def test_availability_under_the_second_step_earns_its_credit():
    calculation = credit_calculation(98.87, _terms())
    # 98.87 < 99.0 -> 10 %; 10 % of 1200 = 120
    assert calculation.step == CreditStep(99.0, 10.0)
    assert (calculation.credit_percent, calculation.credit_eur) == (10.0, 120.0)
    assert not calculation.capped


def test_the_cap_cuts_the_credit():
    calculation = credit_calculation(97.0, _terms(cap=20.0))
    # 97 < 98 -> 25 %, capped at 20 %: 240 euro
    assert calculation.step == CreditStep(98.0, 25.0)
    assert calculation.capped and calculation.credit_percent == 20.0
    assert calculation.credit_eur == 240.0


def test_a_met_target_earns_nothing():
    calculation = credit_calculation(99.6, _terms())
    assert calculation.step is None and calculation.credit_eur == 0.0
