"""Calendar dates in Dutch, English and French wording, and the months between two of them
("from 1 March 2027 until 28 February 2030" is a term of 36 months)."""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTH_NAMES = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "oktober": 10,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}  # fmt: skip
_MONTHS = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
# applied to lowercased text
DATE = re.compile(
    r"(?<![\w/.-])(?:"
    r"(?P<d1>\d{1,2})[/.-](?P<m1>\d{1,2})[/.-](?P<y1>\d{4})"  # 31/12/2029 (day first)
    r"|(?P<y2>\d{4})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})"  # 2029-12-31
    r"|(?P<d3>\d{1,2})(?:st|nd|rd|th|er|e)?\s+(?:of\s+)?(?P<m3>" + _MONTHS + r")\s*,?\s+"
    r"(?P<y3>\d{4})"  # 1 March 2027, 1er avril 2027
    # March 1, 2027
    r"|(?P<m4>" + _MONTHS + r")\s+(?P<d4>\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(?P<y4>\d{4})"
    r")(?![\w/])"
)


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """(date, start, end) for each valid date in lowercased `text`."""
    found = []
    for match in DATE.finditer(text):
        day, month, year = _parts(match)
        if month > 12 >= day:  # 12/31/2029: an American date
            day, month = month, day
        try:
            found.append((date(year, month, day), match.start(), match.end()))
        except ValueError:
            continue
    return found


def _parts(match: re.Match) -> tuple[int, int, int]:
    if match.group("d1"):
        return int(match.group("d1")), int(match.group("m1")), int(match.group("y1"))
    if match.group("y2"):
        return int(match.group("d2")), int(match.group("m2")), int(match.group("y2"))
    if match.group("d3"):
        month = MONTH_NAMES[match.group("m3")]
        return int(match.group("d3")), month, int(match.group("y3"))
    return int(match.group("d4")), MONTH_NAMES[match.group("m4")], int(match.group("y4"))


def months_between(first: date, last: date) -> float | None:
    """Months from `first` up to and including `last` (1 March 2027 - 28 February 2030: 36);
    None when `last` is not after `first`."""
    end = last + timedelta(days=1)
    if end <= first:
        return None
    whole = (end.year - first.year) * 12 + end.month - first.month
    anniversary = _add_months(first, whole)
    if anniversary > end:
        whole -= 1
        anniversary = _add_months(first, whole)
    days_left = (end - anniversary).days
    if days_left <= 1:  # "until 1 March 2030" counts as the full 36 months
        return float(whole)
    if days_left >= 27:  # "until the last day of February" from 28 or 29 February
        return float(whole + 1)
    return round(whole + days_left / 30, 2)


def _add_months(start: date, months: int) -> date:
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = start.day
    while True:
        try:
            return date(year, month, day)
        except ValueError:
            day -= 1


# what joins the first and last day of a period: "until", "tot en met", "au", "-"
RANGE_JOIN = re.compile(
    r"\s*,?\s*(?:until|till|to|through|thru|up to and including|and|tot en met|t/m|t\.e\.m\.|"
    r"tot|jusqu'au|jusqu’au|jusqu'à|au|et|[-–—]|"
    # "prend cours le 1er janvier 2027 et se termine le 31 décembre 2027", "starts on ... and
    # ends on ...", "gaat in op ... en eindigt op ..."
    r"(?:et|and|en|pour)\s+(?:se termine|se terminera|se terminer|prend fin|prendra fin|"
    r"prendre fin|expire|expirera|s'achève|s'achèvera|ends?|expires?|terminates?|eindigt|"
    r"loopt af|vervalt|"
    # the plural: "Les prestations débutent le ... et se terminent le ...", "en eindigen op"
    r"se terminent|se termineront|prennent fin|prendront fin|expirent|s'achèvent|eindigen|"
    r"lopen af|vervallen)"
    # "en eindigt van rechtswege op", "et prend fin de plein droit le"
    r"(?:\s+(?:van rechtswege|de plein droit|automatically|automatiquement))?(?:\s+(?:le|on|"
    r"op))?|"
    # "takes effect on ... and remains in force until ...", "et reste en vigueur jusqu'au ...",
    # "en blijft van kracht tot en met ..."
    r"(?:and|et|en)\s+(?:remains?|shall remain|will remain|continues?|reste(?:ra)?|demeure(?:ra)?|"
    r"blijft|loopt)(?:\s+(?:in (?:full )?force|in effect|effective|en vigueur|van kracht|door))?"
    r"\s+(?:until|till|through|jusqu'au|jusqu’au|tot en met|tot|t/m))"
    r"\s*(?:(?:and )?including\s+)?"
)


# a first day that takes its year from the last: "van 1 januari tot en met 31 december 2027",
# "du 1er janvier au 31 décembre 2027", "from 1 January to 31 December 2027"
DAY_MONTH_BEFORE = re.compile(
    r"(?<![\w/.-])(?P<day>\d{1,2})(?:st|nd|rd|th|er|e)?\s+(?:of\s+)?(?P<month>" + _MONTHS + r")"
    r"(?P<join>" + RANGE_JOIN.pattern + r")$"
)


def date_ranges(text: str) -> list[tuple[date, date, int]]:
    """(first day, last day, offset of the first) for each "from <date> until <date>" in
    lowercased `text`."""
    ranges = []
    previous = None
    for last, last_start, last_end in find_dates(text):
        if previous is not None and RANGE_JOIN.fullmatch(text[previous[2] : last_start]):
            ranges.append((previous[0], last, previous[1]))
        else:
            since = previous[2] if previous is not None else 0
            first = _first_without_year(text[max(since, last_start - 80) : last_start], last)
            if first is not None:
                ranges.append((first[0], last, max(since, last_start - 80) + first[1]))
        previous = (last, last_start, last_end)
    return ranges


# the last word of what joins a range (a quick check before DAY_MONTH_BEFORE)
JOIN_LAST = {
    "until", "till", "to", "through", "thru", "including", "and", "met", "t/m", "t.e.m.",
    "tot", "jusqu'au", "jusqu’au", "jusqu'à", "au", "et", "-", "–", "—", "le", "on", "op",
    "ends", "end", "expires", "expire", "eindigt", "eindigen",
}  # fmt: skip


def _first_without_year(before: str, last: date) -> tuple[date, int] | None:
    """The first day of a range written without its year, right before `last`."""
    words = before.split()
    if not words or (words[-1] not in JOIN_LAST and words[-1][-1] not in "-–—"):
        return None
    match = DAY_MONTH_BEFORE.search(before)
    if match is None:
        return None
    month, day = MONTH_NAMES[match.group("month")], int(match.group("day"))
    year = last.year if (month, day) <= (last.month, last.day) else last.year - 1
    try:
        return date(year, month, day), match.start()
    except ValueError:
        return None
