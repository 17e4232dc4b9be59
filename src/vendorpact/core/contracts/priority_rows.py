"""The priority label that opens a row of service times: a table row ("P1 | 1 hour",
"Severity 2 - 4 hours") or a list item that names its priority before its time ("- anomalie
bloquante (logiciel inaccessible) : 2 heures ;")."""

from __future__ import annotations

import re

from vendorpact.core.contracts.priorities import (
    LABEL_WORDS,
    NOT_NEGATED,
    NUMBERED_LABEL,
    label_rank,
)
from vendorpact.core.contracts.service_durations import service_durations
from vendorpact.core.contracts.structure import TABLE_ROW

ROW_LABEL = re.compile(
    r"^\|?\s*(?:" + NUMBERED_LABEL + r"|(" + LABEL_WORDS + r")(?!\w))", re.IGNORECASE
)


def row_priority(text: str) -> tuple[str, int] | None:
    """("P2", end of the label) for a table row that starts with a priority label."""
    match = ROW_LABEL.match(text)
    if not match:
        return None
    return label_rank(match), match.end()


# a list item under a lead-in, its priority named before its time: "- anomalie bloquante
# (logiciel inaccessible) : 2 heures ;", "• Critical incident (site down): 1 hour"
BULLET_ROW = re.compile(r"^\s*[-•*–▪◦]\s+\D")
# its label, not a negated one: "- panne non bloquante : le jour ouvrable suivant"
BULLET_LABEL = re.compile(
    r"\b(?:" + NUMBERED_LABEL + r")|" + NOT_NEGATED + r"\b(" + LABEL_WORDS + r")(?!\w)"
)


def row_label(raw: str, text: str) -> tuple[str | None, int]:
    """(priority, end of the label) of a table row or of a list item that names a priority
    before its first time."""
    if TABLE_ROW.match(raw):
        priority, label_end = row_priority(text) or (None, 0)
        return priority, times_start(text, label_end) if priority else label_end
    if not BULLET_ROW.match(raw):
        return None, 0
    durations = service_durations(text)
    label_end = durations[0].start if durations else len(text)
    match = BULLET_LABEL.search(text[:label_end])
    if match is None:
        return None, label_end
    start = times_start(text, match.end())
    return label_rank(match), start if start > label_end else label_end


# the words of a service time: a colon after them opens no times ("P1 - response 1 hour;
# resolution: 4 hours")
SERVICE_WORDS = re.compile(
    r"respon|reacti|reageer|répon|réagi|interv|rappel|callback|call back|terugbel|resol|"
    r"restor|repair|fix|workaround|herstel|oplos|verhelp|rétabl|correct|répar|dépann|"
    r"prise en charge|ter plaatse|on.site|sur site",
    re.IGNORECASE,
)


def times_start(text: str, label_end: int) -> int:
    """Where the times of a priority row start: after the colon that ends the priority's
    definition when the definition has a duration of its own ("Priority 1 - a crew change
    within 48 hours is at risk: response 30 minutes"), else at the end of the label."""
    colon = text.find(":", label_end)
    if colon < 0:
        return label_end
    definition = text[label_end:colon]
    if (
        any(mark in definition for mark in ";|\t")
        or SERVICE_WORDS.search(definition)
        or not service_durations(definition)
    ):
        return label_end
    return colon + 1 if service_durations(text[colon + 1 :]) else label_end
