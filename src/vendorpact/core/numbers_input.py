"""Numbers and dates typed by a user, read in the user's notation; range rules.

How a typed number is read (the one place this rule is written down):

- The point and the comma are both accepted as decimal mark: "99,5" and "99.5" are 99.5.
- With both marks, the LAST one is the decimal mark and the other one groups thousands:
  "1.234,56" and "1,234.56" are 1234.56. A space also groups thousands ("1 234,56").
- Grouping must come in groups of three digits ("12.34,5" is refused), it is never dropped
  silently. A mark that appears more than once groups thousands ("1.234.567").
- A single mark followed by exactly three digits ("1.234", "1,234") is ambiguous: it follows the
  language of the user. In Dutch and French the point groups thousands and the comma is the decimal
  mark ("1.234" = 1234, "1,234" = 1.234); in English the reverse ("1,234" = 1234,
  "1.234" = 1.234). When the part before the mark cannot be a thousands group ("0,125",
  "1234.567") the mark is the decimal mark in every language.
- An optional leading "-" or "+"; nothing else: "1e9", "12 %", "abc" are refused.

Errors are raised as NumberInputError with a message code; the web layer translates it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

GROUPING_FIRST_LANGUAGES = ("en",)  # a lone "1,234" groups thousands; elsewhere "1.234" does
SPACES = (" ", "\u00a0", "\u202f")
MINUS_SIGNS = ("-", "\u2212")
BODY = re.compile(r"^[0-9., ]+$")
EARLIEST_DATE = dt.date(1990, 1, 1)
YEARS_AHEAD = 50


class NumberInputError(ValueError):
    """A typed number that cannot be read; `code` says why (number.invalid, number.grouping)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def parse_number(text: str, lang: str = "nl") -> Decimal | None:
    """The number the user typed, as a Decimal; None for an empty text. See the module doc."""
    value = text.strip()
    for space in SPACES:
        value = value.replace(space, " ")
    if not value:
        return None
    sign = ""
    if value[0] in MINUS_SIGNS or value[0] == "+":
        sign = "-" if value[0] in MINUS_SIGNS else ""
        value = value[1:].strip()
    if not value or not BODY.match(value) or not any(c.isdigit() for c in value):
        raise NumberInputError("number.invalid")
    whole, fraction = _split(value, lang)
    digits = _ungroup(whole)
    if fraction is not None and not fraction.isdigit():
        raise NumberInputError("number.invalid")
    number = f"{sign}{digits or '0'}" + (f".{fraction}" if fraction is not None else "")
    return Decimal(number)


def _split(value: str, lang: str) -> tuple[str, str | None]:
    """(whole part with its grouping marks, digits after the decimal mark or None)."""
    last_point, last_comma = value.rfind("."), value.rfind(",")
    if last_point >= 0 and last_comma >= 0:
        mark = "." if last_point > last_comma else ","
    elif last_point >= 0 or last_comma >= 0:
        mark = "." if last_point >= 0 else ","
        if value.count(mark) > 1 or _groups_thousands(value, mark, lang):
            return value, None
    else:
        return value, None
    whole, fraction = value.rsplit(mark, 1)
    if mark in whole or " " in fraction:
        raise NumberInputError("number.invalid")
    return whole, fraction


def _groups_thousands(value: str, mark: str, lang: str) -> bool:
    """Whether a single mark in `value` groups thousands (the ambiguous "1.234" / "1,234")."""
    before, after = value.split(mark)
    before = before.replace(" ", "")
    if len(after) != 3 or not before or len(before) > 3 or int(before) == 0:
        return False
    grouping_mark = "," if lang[:2] in GROUPING_FIRST_LANGUAGES else "."
    return mark == grouping_mark


def _ungroup(whole: str) -> str:
    """The digits of the whole part; refuses grouping marks that are not every three digits."""
    groups = re.split(r"[., ]", whole)
    if len(groups) == 1:
        return groups[0]
    first, rest = groups[0], groups[1:]
    if not 1 <= len(first) <= 3 or any(len(group) != 3 for group in rest):
        raise NumberInputError("number.grouping")
    return "".join(groups)


def format_number_input(value: Decimal | int | float, lang: str = "nl") -> str:
    """A number as the user would type it back: "99,5" in Dutch/French, "99.5" in English; no
    thousands grouping (so it reads back unambiguously)."""
    number = Decimal(str(value))
    text = format(number, "f")
    return text if lang[:2] == "en" else text.replace(".", ",")


@dataclass(frozen=True)
class NumberRange:
    """Allowed values of a kind of number; `code` names the rule for the message."""

    code: str
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    minimum_allowed: bool = True

    def error(self, value: Decimal | int | float) -> str | None:
        """The message code when `value` is outside this range, else None."""
        number = Decimal(str(value))
        below = self.minimum is not None and (
            number < self.minimum or (number == self.minimum and not self.minimum_allowed)
        )
        if below:
            return self.code
        if self.maximum is not None and number > self.maximum:
            return self.code
        return None


PERCENT = NumberRange("range.percent", Decimal(0), Decimal(100))
POSITIVE = NumberRange("range.positive", Decimal(0), minimum_allowed=False)
NOT_NEGATIVE = NumberRange("range.not_negative", Decimal(0))
RANGES = {rule.code: rule for rule in (PERCENT, POSITIVE, NOT_NEGATIVE)}


def latest_plausible_date(today: dt.date) -> dt.date:
    try:
        return today.replace(year=today.year + YEARS_AHEAD)
    except ValueError:  # 29 February
        return today.replace(year=today.year + YEARS_AHEAD, day=28)


def date_range_error(value: dt.date, today: dt.date) -> str | None:
    """ "date.implausible" for a date before 1990 or more than 50 years after `today`."""
    if value < EARLIEST_DATE or value > latest_plausible_date(today):
        return "date.implausible"
    return None
