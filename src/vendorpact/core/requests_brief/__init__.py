"""Request composer: score a request to the supplier before it is sent, and render it.

A request without context costs time: the supplier asks back, guesses the environment, picks
the wrong priority or cannot reproduce. The score (0-100) counts what is present; each missing
or weak field gives a finding with a code and a `why` code that says what it costs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote

from vendorpact.core.requests_brief.texts import FINDING_TEXTS, LABELS, WHY_TEXTS

MIN_WHAT_LENGTH = 40  # shorter than a sentence or two rarely says what happened


class RequestKind(StrEnum):
    INCIDENT = "incident"
    QUESTION = "question"
    CHANGE = "change"


class Impact(StrEnum):
    BLOCKING = "blocking"  # work stopped for the business or a key process
    MAJOR = "major"  # a key process or many users hampered
    MINOR = "minor"  # a few users, a workaround exists
    COSMETIC = "cosmetic"


class Urgency(StrEnum):
    IMMEDIATE = "immediate"
    TODAY = "today"
    THIS_WEEK = "this_week"
    LATER = "later"


class Frequency(StrEnum):
    ONCE = "once"
    INTERMITTENT = "intermittent"
    ALWAYS = "always"


@dataclass(frozen=True)
class ContractPriority:
    """A priority level as the contract defines it, highest first in a list."""

    code: str  # e.g. "P1"
    label: str = ""
    response_time: str = ""  # as written in the contract, e.g. "4 business hours"
    resolution_time: str = ""


@dataclass(frozen=True)
class RequestBrief:
    kind: RequestKind = RequestKind.INCIDENT
    subject: str = ""
    what_happened: str = ""
    system: str = ""
    environment: str = ""  # production, acceptance, test ...
    url: str = ""
    since_when: str = ""
    frequency: Frequency | None = None
    business_impact: str = ""
    impact: Impact | None = None
    urgency: Urgency | None = None
    steps_to_reproduce: str = ""
    expected_result: str = ""
    actual_result: str = ""
    already_tried: str = ""
    contact_person: str = ""
    contact_details: str = ""  # phone or e-mail
    contact_availability: str = ""
    attachments: tuple[str, ...] = ()
    context_sheet_url: str = ""
    reference: str = ""  # contract or ticket number


@dataclass(frozen=True)
class Finding:
    field: str
    code: str
    why: str
    points_lost: int
    severity: str  # "missing", "weak" or "hint" (hints cost no points)

    def message(self, lang: str = "en") -> str:
        return _text(FINDING_TEXTS, self.code, lang)

    def why_text(self, lang: str = "en") -> str:
        return _text(WHY_TEXTS, self.why, lang)


@dataclass(frozen=True)
class RequestScore:
    score: int  # 0-100
    earned: int
    possible: int
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class PriorityChoice:
    level: int  # 1 (highest) - 4
    contract_priority: ContractPriority | None


@dataclass(frozen=True)
class RenderedRequest:
    subject: str
    body: str


# (field, points, kinds it applies to). Points add up to 100 for an incident.
ALL_KINDS = frozenset(RequestKind)
INCIDENT_ONLY = frozenset({RequestKind.INCIDENT})
NOT_CHANGE = frozenset({RequestKind.INCIDENT, RequestKind.QUESTION})
RULES: tuple[tuple[str, int, frozenset[RequestKind]], ...] = (
    ("what_happened", 15, ALL_KINDS),
    ("system", 7, ALL_KINDS),
    ("environment", 5, NOT_CHANGE),
    ("since_when", 5, NOT_CHANGE),
    ("frequency", 5, INCIDENT_ONLY),
    ("business_impact", 6, ALL_KINDS),
    ("impact", 4, ALL_KINDS),
    ("urgency", 4, ALL_KINDS),
    ("steps_to_reproduce", 10, INCIDENT_ONLY),
    ("expected_actual", 10, INCIDENT_ONLY),
    ("already_tried", 7, NOT_CHANGE),
    ("contact_person", 6, ALL_KINDS),
    ("contact_availability", 4, ALL_KINDS),
    ("attachments", 6, ALL_KINDS),
    ("context_sheet", 6, ALL_KINDS),
)
WHY = {
    "what_happened": "why.ask_back",
    "system": "why.guess_system",
    "environment": "why.guess_system",
    "since_when": "why.no_cause_link",
    "frequency": "why.no_cause_link",
    "business_impact": "why.wrong_priority",
    "impact": "why.wrong_priority",
    "urgency": "why.wrong_priority",
    "steps_to_reproduce": "why.cannot_reproduce",
    "expected_actual": "why.cannot_reproduce",
    "already_tried": "why.duplicate_work",
    "contact_person": "why.cannot_reach",
    "contact_availability": "why.cannot_reach",
    "attachments": "why.ask_back",
    "context_sheet": "why.no_context",
}


def _is_present(brief: RequestBrief, field: str) -> bool:
    if field == "expected_actual":
        return bool(brief.expected_result.strip() and brief.actual_result.strip())
    if field == "context_sheet":
        return bool(brief.context_sheet_url.strip())
    value = getattr(brief, field)
    if isinstance(value, str):
        return bool(value.strip())
    return bool(value)


def _field_finding(brief: RequestBrief, field: str, points: int) -> tuple[int, Finding | None]:
    """Points earned for one field and the finding explaining any loss."""
    why = WHY[field]
    if not _is_present(brief, field):
        half_filled = brief.expected_result.strip() or brief.actual_result.strip()
        if field == "expected_actual" and half_filled:
            half = points // 2
            return half, Finding(field, "request.expected_actual_half", why, half, "weak")
        return 0, Finding(field, f"request.{field}_missing", why, points, "missing")
    if field == "what_happened" and len(brief.what_happened.strip()) < MIN_WHAT_LENGTH:
        return points // 2, Finding(field, "request.what_happened_short", why, points // 2, "weak")
    return points, None


def _hints(brief: RequestBrief) -> list[Finding]:
    hints = []
    if brief.system.strip() and not brief.url.strip():
        hints.append(Finding("url", "request.url_missing", "why.guess_system", 0, "hint"))
    if brief.urgency is Urgency.IMMEDIATE and brief.impact in (Impact.MINOR, Impact.COSMETIC):
        hints.append(
            Finding("urgency", "request.urgency_vs_impact", "why.wrong_priority", 0, "hint")
        )
    return hints


def score_request(brief: RequestBrief) -> RequestScore:
    """Score 0-100 over the fields that apply to the request kind, with findings."""
    earned = possible = 0
    findings: list[Finding] = []
    for field, points, kinds in RULES:
        if brief.kind not in kinds:
            continue
        possible += points
        got, finding = _field_finding(brief, field, points)
        earned += got
        if finding:
            findings.append(finding)
    findings.extend(_hints(brief))
    score = round(100 * earned / possible) if possible else 0
    return RequestScore(score=score, earned=earned, possible=possible, findings=tuple(findings))


PRIORITY_MATRIX = {
    Impact.BLOCKING: {
        Urgency.IMMEDIATE: 1,
        Urgency.TODAY: 1,
        Urgency.THIS_WEEK: 2,
        Urgency.LATER: 3,
    },
    Impact.MAJOR: {Urgency.IMMEDIATE: 2, Urgency.TODAY: 2, Urgency.THIS_WEEK: 3, Urgency.LATER: 3},
    Impact.MINOR: {Urgency.IMMEDIATE: 3, Urgency.TODAY: 3, Urgency.THIS_WEEK: 4, Urgency.LATER: 4},
    Impact.COSMETIC: {
        Urgency.IMMEDIATE: 4,
        Urgency.TODAY: 4,
        Urgency.THIS_WEEK: 4,
        Urgency.LATER: 4,
    },
}


def map_priority(
    impact: Impact | None,
    urgency: Urgency | None,
    contract_priorities: Sequence[ContractPriority] = (),
) -> PriorityChoice | None:
    """Impact x urgency -> level 1-4 -> the contract's own priority (highest first).

    A contract with fewer levels maps the lower levels onto its lowest priority.
    """
    if impact is None or urgency is None:
        return None
    level = PRIORITY_MATRIX[impact][urgency]
    if not contract_priorities:
        return PriorityChoice(level, None)
    index = min(level - 1, len(contract_priorities) - 1)
    return PriorityChoice(level, contract_priorities[index])


def _text(table: dict[str, dict[str, str]], key: str, lang: str) -> str:
    texts = table.get(key, {})
    return texts.get(lang) or texts.get("en", key)


def _subject(brief: RequestBrief, lang: str, priority: PriorityChoice | None) -> str:
    title = " ".join(brief.subject.split()) or " ".join(brief.what_happened.split())[:70]
    title = title or _text(LABELS, f"kind.{brief.kind}", lang)
    parts = []
    if priority is not None:
        chosen = priority.contract_priority
        parts.append(f"[{chosen.code}]" if chosen else f"[P{priority.level}]")
    parts.append(title)
    if brief.system.strip():
        parts.append(f"({brief.system.strip()})")
    return " ".join(parts)


def _section(lines: list[str], label: str, value: str) -> None:
    value = value.strip()
    if value:
        lines.extend([f"{label}:", value, ""])


def render_request(
    brief: RequestBrief,
    lang: str = "nl",
    priority: PriorityChoice | None = None,
) -> RenderedRequest:
    """Plain-text e-mail/ticket in Dutch ("nl") or English ("en"); empty fields are left out."""

    def label(key: str) -> str:
        return _text(LABELS, key, lang)

    lines: list[str] = [label("greeting"), ""]
    _section(lines, label("what_happened"), brief.what_happened)
    where = ", ".join(v.strip() for v in (brief.system, brief.environment, brief.url) if v.strip())
    _section(lines, label("where"), where)
    since = brief.since_when.strip()
    if brief.frequency is not None:
        since = (
            f"{since} ({label(f'frequency.{brief.frequency}')})"
            if since
            else label(f"frequency.{brief.frequency}")
        )
    _section(lines, label("since_when"), since)
    _section(lines, label("impact"), _impact_text(brief, label, priority))
    _section(lines, label("steps_to_reproduce"), brief.steps_to_reproduce)
    _section(lines, label("expected_result"), brief.expected_result)
    _section(lines, label("actual_result"), brief.actual_result)
    _section(lines, label("already_tried"), brief.already_tried)
    contact = " - ".join(
        v.strip()
        for v in (brief.contact_person, brief.contact_details, brief.contact_availability)
        if v.strip()
    )
    _section(lines, label("contact"), contact)
    _section(lines, label("attachments"), "\n".join(f"- {name}" for name in brief.attachments))
    _section(lines, label("context_sheet"), brief.context_sheet_url)
    _section(lines, label("reference"), brief.reference)
    lines.append(label("closing"))
    return RenderedRequest(subject=_subject(brief, lang, priority), body="\n".join(lines) + "\n")


def _impact_text(brief: RequestBrief, label, priority: PriorityChoice | None) -> str:
    parts = [brief.business_impact.strip()] if brief.business_impact.strip() else []
    if brief.impact is not None:
        parts.append(f"{label('impact_level')}: {label(f'impact.{brief.impact}')}")
    if brief.urgency is not None:
        parts.append(f"{label('urgency')}: {label(f'urgency.{brief.urgency}')}")
    if priority is not None and priority.contract_priority is not None:
        chosen = priority.contract_priority
        text = f"{label('priority')}: {chosen.code}"
        if chosen.label:
            text += f" ({chosen.label})"
        parts.append(text)
    return "\n".join(parts)


def mailto_url(to: str | Sequence[str], subject: str, body: str, cc: Sequence[str] = ()) -> str:
    """RFC 6068 mailto: URL. Line breaks become CRLF; everything else is percent-encoded.

    Mail clients cut long URLs (some at about 2000 characters): offer copy as well.
    """
    recipients = [to] if isinstance(to, str) else list(to)
    for address in [*recipients, *cc]:
        if "@" not in address or any(c in address for c in "?&,<>\r\n "):
            raise ValueError(f"not an e-mail address: {address!r}")
    query = [("subject", subject), ("body", _crlf(body))]
    if cc:
        query.insert(0, ("cc", ",".join(cc)))
    encoded = "&".join(f"{key}={quote(value, safe='')}" for key, value in query)
    return f"mailto:{','.join(quote(a, safe='@') for a in recipients)}?{encoded}"


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")
