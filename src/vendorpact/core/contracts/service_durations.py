"""Durations of service times in SLA wording beyond plain durations: "next business day",
"J+1 ouvré", "H+4", "within the hour", "half an hour", "½ uur", "0h30"."""

from __future__ import annotations

import re

from vendorpact.core.contracts.numbers import Duration, durations_in

# "next business day", "volgende werkdag", "jour ouvré suivant": one business day (the
# convention of "NBD" service levels); "J+1" is one day, a business day only when "ouvré"
# follows ("J+1 ouvré"). "J+0" and "same day" say no number of hours: left out.
NEXT_BUSINESS_DAY = re.compile(
    r"\b(?:next (?:business|working) day|nbd\b|volgende werkdag|(?:premier )?jour (?:ouvré|"
    r"ouvrable) suivant|j\s?\+\s?(?P<days>[1-9]\d?)(?:\s+(?P<business>ouvr[ée]s?|ouvrables?))?)"
    r"(?!\w)"
)


# "binnen het uur", "within the hour", "dans l'heure": one hour; "H+4": four hours
WITHIN_THE_HOUR = re.compile(r"\b(?:binnen|within|dans) (?:het |the |l')(?P<hour>uur|hour|heure)\b")
HOURS_AFTER_CALL = re.compile(r"(?<![\w+])h\s?\+\s?(?P<hours>[1-9]\d?)(?!\w)")
# "a half hour", "binnen het half uur", "une demi-heure": half an hour ("half an hour" is a
# duration of numbers.find_durations already)
HALF_HOUR = re.compile(r"\b(?:a half hour|half ?uur|demi-heure)\b|½\s?(?:uur|u|h)\b")
# "binnen het kwartier", "een kwartier", "un quart d'heure", "a quarter of an hour": 15 minutes
QUARTER_HOUR = re.compile(r"\b(?:kwartier|quart d'heure|quarter of an hour|quarter-hour)\b")
# "0h30", "1h30", "2u30": hours and minutes
HOURS_MINUTES = re.compile(r"(?<![\w.,:])(?P<h>\d{1,2})\s?[hu](?P<m>[0-5]\d)(?!\w)")
# a time of day, not a duration: "de 7h00 à 22h00", "van 8u30 tot 17u00", "from 8h30"
CLOCK_BEFORE = re.compile(r"\b(?:de|du|dès|van|vanaf|from|entre|between|tot|à|to|until)\s*$")
CLOCK_AFTER = re.compile(r"^\s*(?:-|–|à|tot|to|until|et|and|en)\s*\d{1,2}\s?[hu:.]\d\d")


def service_durations(text: str) -> list[Duration]:
    """The durations of a service time in `text`, "next business day", "J+2" and "within the
    hour" included."""
    quarters = [(m.start(), m.end()) for m in QUARTER_HOUR.finditer(text)]
    # "a quarter of an hour": not the hour inside it
    found = [d for d in durations_in(text) if not any(s <= d.start < e for s, e in quarters)]
    hours = [
        *((1.0, m.start("hour"), m.end("hour")) for m in WITHIN_THE_HOUR.finditer(text)),
        *((float(m.group("hours")), m.start(), m.end()) for m in HOURS_AFTER_CALL.finditer(text)),
        *((0.5, m.start(), m.end()) for m in HALF_HOUR.finditer(text)),
        *((0.25, start, end) for start, end in quarters),
        *(
            (int(m.group("h")) + int(m.group("m")) / 60, m.start(), m.end())
            for m in HOURS_MINUTES.finditer(text)
            if not _is_clock_time(text, m.start(), m.end())
        ),
    ]
    for value, start, end in hours:
        if not any(d.start < end and start < d.end for d in found):
            found.append(Duration(value, "hour", None, start, end))
    for match in NEXT_BUSINESS_DAY.finditer(text):
        if any(d.start <= match.start() < d.end for d in found):
            continue
        if match.group("days"):
            value, business = float(match.group("days")), bool(match.group("business")) or None
        else:
            value, business = 1.0, True
        found.append(Duration(value, "day", business, match.start(), match.end()))
    return sorted(found, key=lambda duration: duration.start)


def _is_clock_time(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    return bool(CLOCK_BEFORE.search(before) or CLOCK_AFTER.match(text, end))
