"""What each cell of the report's table says, as lines of text parts, for the page and the PDF.

The page draws the lines with <br> and coloured badges, the PDF (reports/pdf_layout.py) as
ReportLab paragraphs with coloured bold warnings. Both say the same thing: the texts and which
of them are warnings are decided here only.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.template.defaultfilters import floatformat
from django.utils.formats import date_format
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from vendorpact.common.templatetags.vendorpact import eur, reminder_title

STRONG = "strong"
MUTED = "muted"
HIGH = "high"  # a warning that needs action
MEDIUM = "medium"  # a warning to keep an eye on


@dataclass(frozen=True)
class Part:
    text: str
    tone: str = ""  # "", STRONG, MUTED, HIGH or MEDIUM

    @property
    def is_badge(self) -> bool:
        return self.tone in (HIGH, MEDIUM)


Line = tuple[Part, ...]
Cell = tuple[Line, ...]
NOTHING: Cell = ((Part("–", MUTED),),)


def _date(day) -> str:
    return date_format(day, "SHORT_DATE_FORMAT")


def _say(translated: str, **values) -> SafeString:
    """A translated text with its values filled in and escaped, the text itself not (as
    {% blocktranslate %} writes it: a translation may hold an apostrophe)."""
    return mark_safe(translated % {name: conditional_escape(v) for name, v in values.items()})


def _counted(translated: str, count: int) -> SafeString:
    """`translated` is ngettext's text for `count` (literal msgids at each call, so that
    makemessages finds them)."""
    return _say(translated, counter=count)


def row_cells(row) -> tuple[Cell, ...]:
    """The five cells of an EngagementSnapshot: engagement, agreement, budget, service levels
    of the month and relationship."""
    return (
        engagement_cell(row),
        agreement_cell(row),
        budget_cell(row),
        service_cell(row),
        relationship_cell(row),
    )


def engagement_cell(row) -> Cell:
    engagement = row.engagement
    kind = engagement.get_kind_display()
    return (
        (Part(engagement.title, STRONG),),
        (Part(f"{engagement.supplier.name} · {kind}", MUTED),),
    )


def agreement_cell(row) -> Cell:
    covered = _say(
        _("%(covered)s of %(expected)s items covered"),
        covered=row.coverage.covered,
        expected=row.coverage.expected,
    )
    lines: list[Line] = [(Part(covered),)]
    if row.urgent_advice:
        count = row.urgent_advice
        urgent = _counted(
            ngettext("%(counter)s urgent point", "%(counter)s urgent points", count), count
        )
        lines.append((Part(urgent, HIGH),))
    missed = row.terms.missed_notice_deadline if row.terms else None
    if missed:
        text = _say(
            _("Notice deadline %(missed)s missed: renews until %(until)s"),
            missed=_date(missed),
            until=_date(row.terms.earliest_end),
        )
        lines.append((Part(text, MEDIUM),))
    if row.notice_deadline:
        lines.append((Part(f"{_('Notice by')} {_date(row.notice_deadline)}", MUTED),))
    return tuple(lines)


def budget_cell(row) -> Cell:
    budget = row.budget
    if not budget:
        return NOTHING
    lines: list[Line] = [
        (Part(f"{_('Budget')} {eur(budget.budget)}"),),
        (Part(f"{_('Invoiced')} {eur(budget.invoiced)}"),),
        (Part(f"{_('Forecast')} {eur(budget.forecast)}"),),
    ]
    if budget.forecast > budget.budget:
        lines.append((Part(_("over budget"), HIGH),))
    return tuple(lines)


def service_cell(row) -> Cell:
    month = row.sla_month
    if not month:
        return NOTHING
    response = floatformat(month.response_percent, 1) or "–"
    resolution = floatformat(month.resolution_percent, 1) or "–"
    lines: list[Line] = [
        (Part(_say(_("%(tickets)s tickets"), tickets=month.tickets)),),
        (Part(f"{_('Response')} {response} % · {_('Resolution')} {resolution} %"),),
    ]
    if month.breaches:
        count = month.breaches
        breaches = _counted(ngettext("%(counter)s breach", "%(counter)s breaches", count), count)
        line = [Part(breaches)]
        if month.overdue:
            count = month.overdue
            overdue = _counted(
                ngettext("%(counter)s open, overdue", "%(counter)s open, overdue", count), count
            )
            line += [Part(" "), Part(overdue, HIGH)]
        lines.append(tuple(line))
    if month.availability:
        percent = floatformat(month.availability.availability_percent, 3)
        lines.append((Part(f"{_('Availability')} {percent} %"),))
    elif month.no_availability_data:
        lines.append((Part(f"{_('Availability')}: {_('no data')}"),))
    if month.credit_eur:
        lines.append((Part(f"{_('Service credit')} {eur(month.credit_eur)}", HIGH),))
    return tuple(lines)


def relationship_cell(row) -> Cell:
    if row.health_overall is not None:
        health = floatformat(row.health_overall, 0)
        lines: list[Line] = [(Part(f"{_('Health')} {health}/100 ({row.health_band})"),)]
    else:
        lines = [(Part(_("no health check yet"), MUTED),)]
    if row.open_concerns:
        count = row.open_concerns
        text = _counted(
            ngettext("%(counter)s open concern", "%(counter)s open concerns", count), count
        )
        lines.append((Part(text, MEDIUM),))
    if row.escalated_concerns:
        count = row.escalated_concerns
        text = _counted(
            ngettext("%(counter)s escalated concern", "%(counter)s escalated concerns", count),
            count,
        )
        lines.append((Part(text, HIGH),))
    if row.exit_decided:
        lines.append((Part(_("Exit decided"), HIGH),))
    return tuple(lines)


def reminder_line(reminder) -> str:
    """A reminder as the report lists it: its date, what it is and whether it is overdue."""
    text = f"{_date(reminder.due)} — {reminder_title(reminder)}"
    return f"{text} ({_('overdue')})" if reminder.overdue else text
