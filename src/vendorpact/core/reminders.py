"""Reminders per engagement: notice deadlines, renewals, milestones due, ageing concerns,
unapproved extra costs, expiring health-check links and exit tasks.

Each reminder has a kind code, a due date, parameters for its title and a stable uid (the same
reminder keeps its uid when its date moves, so calendar clients update instead of duplicating).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from vendorpact.core.budget import ExtraCost, ExtraCostStatus
from vendorpact.core.concerns import (
    DEFAULT_AGEING_DAYS,
    EXIT_TASK_LEAD_DAYS,
    Concern,
    ExitTask,
    open_exit_tasks_due,
)
from vendorpact.core.planning import Milestone
from vendorpact.core.terms import RENEWAL_TACIT, ContractTerms, terms_as_of

NOTICE = "reminder.notice_deadline"
RENEWAL = "reminder.renewal"
MILESTONE = "reminder.milestone_due"
CONCERN = "reminder.concern_ageing"
EXTRA_COST = "reminder.extra_cost_unapproved"
HEALTH_LINK = "reminder.health_link_expiring"
EXIT_TASK = "reminder.exit_task_due"
KINDS = (NOTICE, RENEWAL, MILESTONE, CONCERN, EXTRA_COST, HEALTH_LINK, EXIT_TASK)

TITLES = {
    NOTICE: {
        "nl": "Opzegtermijn {engagement}: opzeggen uiterlijk {due}",
        "en": "Notice deadline {engagement}: give notice by {due}",
        "fr": "Préavis {engagement} : à donner au plus tard le {due}",
    },
    RENEWAL: {
        "nl": "{engagement} wordt stilzwijgend verlengd op {due}",
        "en": "{engagement} renews automatically on {due}",
        "fr": "{engagement} est reconduit tacitement le {due}",
    },
    MILESTONE: {
        "nl": "{engagement}: {title} ({side}) verwacht op {due}",
        "en": "{engagement}: {title} ({side}) due {due}",
        "fr": "{engagement} : {title} ({side}) attendu le {due}",
    },
    CONCERN: {
        "nl": "{engagement}: zorg '{title}' al {days} dagen zonder actie",
        "en": "{engagement}: concern '{title}' without action for {days} days",
        "fr": ("{engagement} : point d'attention « {title} » sans action depuis {days} jours"),
    },
    EXTRA_COST: {
        "nl": "{engagement}: meerwerk '{title}' wacht op goedkeuring",
        "en": "{engagement}: extra cost '{title}' awaits approval",
        "fr": ("{engagement} : travaux supplémentaires « {title} » en attente d'approbation"),
    },
    HEALTH_LINK: {
        "nl": "{engagement}: link gezondheidscheck voor de leverancier verloopt op {due}",
        "en": "{engagement}: supplier health-check link expires on {due}",
        "fr": ("{engagement} : le lien du bilan de santé pour le fournisseur expire le {due}"),
    },
    EXIT_TASK: {
        "nl": "{engagement}: exitplan-taak '{title}' tegen {due}",
        "en": "{engagement}: exit plan task '{title}' due {due}",
        "fr": "{engagement} : tâche du plan de sortie « {title} » pour le {due}",
    },
}
SIDE_LABELS = {
    "supplier": {"nl": "leverancier", "en": "supplier", "fr": "fournisseur"},
    "client": {"nl": "klant", "en": "client", "fr": "client"},
}


@dataclass(frozen=True)
class HealthLinkInfo:
    link_id: str
    expires_on: date
    answered: bool = False
    revoked: bool = False


@dataclass(frozen=True)
class EngagementReminderInput:
    engagement_id: str
    engagement_name: str
    contract: ContractTerms | None = None
    milestones: Sequence[Milestone] = ()
    concerns: Sequence[Concern] = ()
    extra_costs: Sequence[ExtraCost] = ()
    health_links: Sequence[HealthLinkInfo] = ()
    exit_tasks: Sequence[ExitTask] = ()


_Input = EngagementReminderInput


@dataclass(frozen=True)
class ReminderSettings:
    """How many days ahead each kind shows up (overdue items always show)."""

    notice_lead_days: int = 90
    renewal_lead_days: int = 60
    milestone_lead_days: int = 7
    concern_ageing_days: int = DEFAULT_AGEING_DAYS
    extra_cost_waiting_days: int = 7
    health_link_lead_days: int = 7
    exit_task_lead_days: int = EXIT_TASK_LEAD_DAYS


@dataclass(frozen=True)
class Reminder:
    kind: str
    due: date
    engagement_id: str
    object_id: str
    overdue: bool
    params: dict[str, str] = field(default_factory=dict)

    @property
    def uid(self) -> str:
        """Stable across runs and date changes; unique per kind, engagement and object."""
        key = f"{self.kind}|{self.engagement_id}|{self.object_id}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]

    def title(self, lang: str = "en") -> str:
        """A plain title in "nl" or "en" (the web layer may render its own from kind + params)."""
        params = dict(self.params)
        params["title"] = params.get(f"title_{lang}", params.get("title", ""))
        if "side" in params:
            params["side"] = SIDE_LABELS[params["side"]].get(lang, params["side"])
        texts = TITLES[self.kind]
        return (texts.get(lang) or texts["en"]).format(**params, due=self.due.strftime("%d/%m/%Y"))


def _contract_reminders(data: _Input, as_of: date, settings: ReminderSettings) -> list[Reminder]:
    """The next notice deadline when it is near, and a tacit renewal when the term ends soon.

    A missed deadline gives no notice reminder (notice can no longer take effect at that term
    end): the renewal reminder tells the contract renews, the next deadline reminds in time.
    """
    terms = data.contract
    if terms is None:
        return []
    standing = terms_as_of(terms, as_of)
    result = []
    deadline = standing.next_notice_deadline
    if deadline is not None and (deadline - as_of).days <= settings.notice_lead_days:
        object_id = f"notice-{deadline.isoformat()}"
        result.append(_reminder(NOTICE, deadline, data, object_id, as_of, {}))
    end = standing.current_term_end
    renews = terms.renewal == RENEWAL_TACIT
    if renews and end is not None and 0 <= (end - as_of).days <= settings.renewal_lead_days:
        result.append(_reminder(RENEWAL, end, data, f"term-{end.isoformat()}", as_of, {}))
    return result


def _reminder(
    kind: str, due: date, data: _Input, object_id: str, as_of: date, params: dict[str, str]
) -> Reminder:
    all_params = {"engagement": data.engagement_name, **params}
    return Reminder(kind, due, data.engagement_id, object_id, due < as_of, all_params)


def _milestone_reminders(data: _Input, as_of: date, settings: ReminderSettings) -> list[Reminder]:
    return [
        _reminder(
            MILESTONE,
            m.due,
            data,
            m.id,
            as_of,
            {"title": m.title, "side": str(m.owner_side), "owner": m.owner_person},
        )
        for m in data.milestones
        if m.is_open and (m.due - as_of).days <= settings.milestone_lead_days
    ]


def _concern_reminders(data: _Input, as_of: date, settings: ReminderSettings) -> list[Reminder]:
    result = []
    for concern in data.concerns:
        idle = (as_of - concern.last_activity()).days
        if concern.is_open and idle > settings.concern_ageing_days:
            due = concern.last_activity() + timedelta(days=settings.concern_ageing_days)
            params = {"title": concern.title, "days": str(idle)}
            result.append(_reminder(CONCERN, due, data, concern.id, as_of, params))
    return result


def _extra_cost_reminders(data: _Input, as_of: date, settings: ReminderSettings) -> list[Reminder]:
    result = []
    for cost in data.extra_costs:
        if cost.status is not ExtraCostStatus.REPORTED:
            continue
        reported = cost.reported_on or as_of
        due = reported + timedelta(days=settings.extra_cost_waiting_days)
        if due <= as_of:
            params = {"title": cost.description, "amount": str(cost.estimate)}
            result.append(_reminder(EXTRA_COST, due, data, cost.id, as_of, params))
    return result


def _health_link_reminders(data: _Input, as_of: date, settings: ReminderSettings) -> list[Reminder]:
    return [
        _reminder(HEALTH_LINK, link.expires_on, data, link.link_id, as_of, {})
        for link in data.health_links
        if not link.answered
        and not link.revoked
        and 0 <= (link.expires_on - as_of).days <= settings.health_link_lead_days
    ]


def _exit_task_reminders(data: _Input, as_of: date, settings: ReminderSettings) -> list[Reminder]:
    return [
        _reminder(EXIT_TASK, task.due, data, task.code, as_of, _task_params(task))
        for task in open_exit_tasks_due(data.exit_tasks, as_of, settings.exit_task_lead_days)
    ]


def _task_params(task: ExitTask) -> dict[str, str]:
    return {"title": task.label("en"), **{f"title_{k}": v for k, v in task.labels.items()}}


def compute_reminders(
    engagements: Sequence[EngagementReminderInput],
    as_of: date,
    settings: ReminderSettings | None = None,
) -> tuple[Reminder, ...]:
    """All reminders for the given engagements as of a day, sorted by due date."""
    settings = settings or ReminderSettings()
    reminders: list[Reminder] = []
    for data in engagements:
        reminders += _contract_reminders(data, as_of, settings)
        reminders += _milestone_reminders(data, as_of, settings)
        reminders += _concern_reminders(data, as_of, settings)
        reminders += _extra_cost_reminders(data, as_of, settings)
        reminders += _health_link_reminders(data, as_of, settings)
        reminders += _exit_task_reminders(data, as_of, settings)
    return tuple(sorted(reminders, key=lambda r: (r.due, r.kind, r.engagement_id, r.object_id)))
