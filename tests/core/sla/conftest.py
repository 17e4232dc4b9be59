import pytest

from tests.core.sla.sla_helpers import OFFICE_HOURS, POLICY_DICT
from vendorpact.core.sla.calendar import BusinessCalendar
from vendorpact.core.sla.policy import SlaPolicy


@pytest.fixture
def office_calendar() -> BusinessCalendar:
    """Mon-Fri 08:30-12:00 and 13:00-17:30 in Brussels with Belgian public holidays."""
    return BusinessCalendar(OFFICE_HOURS, holiday_country="BE")


@pytest.fixture
def policy() -> SlaPolicy:
    return SlaPolicy.from_dict(POLICY_DICT)
