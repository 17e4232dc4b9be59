"""Service-level engine: business calendars, SLA policies, ticket evaluation, availability."""

from vendorpact.core.sla.calendar import BusinessCalendar, CalendarError, NaiveDatetimeError
from vendorpact.core.sla.evaluate import TicketResult, evaluate_ticket, evaluate_tickets
from vendorpact.core.sla.model import StatusEvent, Ticket
from vendorpact.core.sla.policy import PolicyError, SlaPolicy

__all__ = [
    "BusinessCalendar",
    "CalendarError",
    "NaiveDatetimeError",
    "PolicyError",
    "SlaPolicy",
    "StatusEvent",
    "Ticket",
    "TicketResult",
    "evaluate_ticket",
    "evaluate_tickets",
]
