"""Everything that happened on one engagement, newest first, from the moments the records
already keep: one query per kind of source, each limited to the rows one page can show.

Moments used: documents `uploaded_at`; checklist items `updated_at` (the last change of each
item only: no history of earlier values is kept); extra costs `created_at`; slips `recorded_on`
and team swaps `on` (dates without a time); concern steps `created_at`; sent mails `sent_at`;
requests `created_at`. A date without a time sorts at the end of its day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import islice

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from vendorpact.budget.models import ExtraCost
from vendorpact.concerns.models import ConcernEvent
from vendorpact.core.checklist import ITEMS_BY_ID
from vendorpact.engagements.models import ChecklistEntry, Document
from vendorpact.planning.models import Slip, TeamSwap
from vendorpact.supplier_requests.models import SentMail, SupplierRequest

PAGE_SIZE = 50
MAX_PAGE = 20  # older history than 20 pages back is not paged to (each page asks for more rows)


@dataclass(frozen=True)
class Event:
    day: dt.date
    time: dt.time | None  # None: the record keeps only a date
    kind: str  # document | checklist | extra_cost | slip | swap | concern | mail | request
    title: str
    detail: str
    url: str

    @property
    def sort_key(self) -> tuple:
        return (self.day, self.time or dt.time.max)


def _at(moment: dt.datetime) -> tuple[dt.date, dt.time]:
    local = timezone.localtime(moment)
    return local.date(), local.time().replace(microsecond=0)


def _documents(engagement, slug: str, limit: int) -> list[Event]:
    rows = Document.objects.filter(engagement=engagement).order_by("-uploaded_at", "-pk")[:limit]
    return [
        Event(
            *_at(row.uploaded_at),
            "document",
            row.original_name,
            _("Document added (%(kind)s)") % {"kind": row.get_kind_display()},
            reverse("document_download", args=[slug, row.pk]),
        )
        for row in rows
    ]


def _checklist(engagement, slug: str, limit: int, lang: str) -> list[Event]:
    rows = ChecklistEntry.objects.filter(engagement=engagement).order_by("-updated_at", "-pk")
    url = reverse("engagement_checklist", args=[slug, engagement.pk])
    events = []
    for row in rows[:limit]:
        item = ITEMS_BY_ID.get(row.item_id)
        events.append(
            Event(
                *_at(row.updated_at),
                "checklist",
                item.label(lang) if item else row.item_id,
                _("Checklist item set to “%(status)s”") % {"status": row.get_status_display()},
                url,
            )
        )
    return events


def _extra_costs(engagement, slug: str, limit: int) -> list[Event]:
    rows = ExtraCost.objects.filter(engagement=engagement).order_by("-created_at", "-pk")
    return [
        Event(
            *_at(row.created_at),
            "extra_cost",
            row.description,
            _("Extra cost recorded (now: %(status)s)") % {"status": row.get_status_display()},
            reverse("extra_cost_detail", args=[slug, row.pk]),
        )
        for row in rows[:limit]
    ]


def _slips(engagement, slug: str, limit: int) -> list[Event]:
    rows = (
        Slip.objects.filter(milestone__engagement=engagement)
        .select_related("milestone")
        .order_by("-recorded_on", "-pk")
    )
    url = reverse("planning_overview", args=[slug, engagement.pk])
    return [
        Event(
            row.recorded_on,
            None,
            "slip",
            row.milestone.title,
            _("Moved from %(from)s to %(to)s: %(reason)s")
            % {
                "from": row.from_date.strftime("%d/%m/%Y"),
                "to": row.to_date.strftime("%d/%m/%Y"),
                "reason": row.reason,
            },
            url,
        )
        for row in rows[:limit]
    ]


def _swaps(engagement, slug: str, limit: int) -> list[Event]:
    rows = (
        TeamSwap.objects.filter(engagement=engagement)
        .select_related("leaving", "joining")
        .order_by("-on", "-pk")
    )
    url = reverse("team", args=[slug, engagement.pk])
    return [
        Event(
            row.on,
            None,
            "swap",
            _("%(leaving)s replaced by %(joining)s")
            % {"leaving": row.leaving.name, "joining": row.joining.name},
            _("Team swap"),
            url,
        )
        for row in rows[:limit]
    ]


def _concern_steps(engagement, slug: str, limit: int) -> list[Event]:
    rows = (
        ConcernEvent.objects.filter(concern__engagement=engagement)
        .select_related("concern")
        .order_by("-created_at", "-pk")
    )
    events = []
    for row in rows[:limit]:
        if row.is_action:
            detail = _("Action: %(note)s") % {"note": row.note}
        else:
            detail = _("Concern status: %(status)s") % {"status": row.get_status_display()}
        events.append(
            Event(
                *_at(row.created_at),
                "concern",
                row.concern.title,
                detail,
                reverse("concern_detail", args=[slug, row.concern_id]),
            )
        )
    return events


def _mails(engagement, slug: str, limit: int) -> list[Event]:
    rows = SentMail.objects.filter(engagement=engagement).order_by("-sent_at", "-pk")
    url = reverse("supplier_request_list", args=[slug, engagement.pk])
    return [
        Event(
            *_at(row.sent_at),
            "mail",
            row.subject,
            _("Mail sent to %(name)s <%(email)s>") % {"name": row.to_name, "email": row.to_email},
            url,
        )
        for row in rows[:limit]
    ]


def _requests(engagement, slug: str, limit: int) -> list[Event]:
    rows = SupplierRequest.objects.filter(engagement=engagement).order_by("-created_at", "-pk")
    return [
        Event(
            *_at(row.created_at),
            "request",
            str(row),
            _("Request written (%(kind)s)") % {"kind": row.get_kind_display()},
            reverse("supplier_request_detail", args=[slug, row.pk]),
        )
        for row in rows[:limit]
    ]


@dataclass
class HistoryPage:
    events: list[Event]
    number: int
    has_next: bool


def history_page(
    engagement, *, org_slug: str, lang: str, number: int = 1, size: int = PAGE_SIZE
) -> HistoryPage:
    """Page `number` (from 1) of the engagement's history, newest first."""
    number = min(max(number, 1), MAX_PAGE)
    limit = number * size + 1  # one more than the pages so far: is there a next page?
    slug = org_slug
    events = (
        _documents(engagement, slug, limit)
        + _checklist(engagement, slug, limit, lang)
        + _extra_costs(engagement, slug, limit)
        + _slips(engagement, slug, limit)
        + _swaps(engagement, slug, limit)
        + _concern_steps(engagement, slug, limit)
        + _mails(engagement, slug, limit)
        + _requests(engagement, slug, limit)
    )
    events.sort(key=lambda event: event.sort_key, reverse=True)
    start = (number - 1) * size
    shown = list(islice(events, start, start + size))
    return HistoryPage(shown, number, len(events) > start + size and number < MAX_PAGE)
