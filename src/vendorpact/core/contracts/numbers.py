"""Numbers, durations and money in Dutch, English and French wording."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

WRITTEN_NUMBERS = {
    # English
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "eighteen": 18,
    "twenty": 20, "twenty-four": 24, "thirty": 30, "forty": 40, "forty-five": 45,
    "forty-eight": 48, "fifty": 50, "sixty": 60, "seventy-two": 72, "ninety": 90,
    "hundred": 100, "one hundred": 100, "one hundred twenty": 120, "one hundred eighty": 180,
    "half": 0.5, "one and a half": 1.5, "two and a half": 2.5,
    # Dutch
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
    "veertien": 14, "vijftien": 15, "achttien": 18, "twintig": 20, "vierentwintig": 24,
    "dertig": 30, "veertig": 40, "vijfenveertig": 45, "achtenveertig": 48, "vijftig": 50,
    "zestig": 60, "negentig": 90, "honderd": 100, "honderdtachtig": 180,
    "anderhalf": 1.5, "anderhalve": 1.5, "tweeënhalf": 2.5, "drieënhalf": 3.5,
    "vierenhalf": 4.5,
    # French (including Belgian septante / nonante)
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "vingt-quatre": 24, "trente": 30, "quarante": 40, "quarante-cinq": 45,
    "quarante-huit": 48, "cinquante": 50, "soixante": 60, "septante": 70,
    "quatre-vingt-dix": 90, "nonante": 90, "cent": 100, "cent quatre-vingts": 180,
}  # fmt: skip


def _compound_numbers() -> dict[str, int]:
    """21 to 99 written out: "thirty-six", "zesendertig", "drieëntwintig", "trente-six",
    "vingt et un", "soixante-dix", "quatre-vingt-dix", "septante-deux"."""
    english_tens = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                    "seventy": 70, "eighty": 80, "ninety": 90}  # fmt: skip
    english_units = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                     "seven": 7, "eight": 8, "nine": 9}  # fmt: skip
    dutch_tens = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
                  "zeventig": 70, "tachtig": 80, "negentig": 90}  # fmt: skip
    dutch_units = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
                   "zeven": 7, "acht": 8, "negen": 9}  # fmt: skip
    french_tens = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
                   "soixante": 60, "septante": 70, "quatre-vingt": 80, "nonante": 90}  # fmt: skip
    french_units = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
                    "huit": 8, "neuf": 9}  # fmt: skip
    found: dict[str, int] = {
        "seventeen": 17, "nineteen": 19, "zestien": 16, "zeventien": 17, "negentien": 19,
        "zeventig": 70, "tachtig": 80, "seventy": 70, "eighty": 80, "treize": 13,
        "quatorze": 14, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
        "soixante-dix": 70, "quatre-vingts": 80, "quatre-vingt": 80,
    }  # fmt: skip
    for tens, ten_value in english_tens.items():
        for unit, unit_value in english_units.items():
            found[f"{tens}-{unit}"] = found[f"{tens} {unit}"] = ten_value + unit_value
    for tens, ten_value in dutch_tens.items():
        for unit, unit_value in dutch_units.items():
            joint = "ën" if unit.endswith("e") else "en"
            found[f"{unit}{joint}{tens}"] = ten_value + unit_value
    for tens, ten_value in french_tens.items():
        found[f"{tens} et un"] = found[f"{tens}-et-un"] = ten_value + 1
        for unit, unit_value in french_units.items():
            found[f"{tens}-{unit}"] = ten_value + unit_value
    for unit, unit_value in (("onze", 11), ("douze", 12), ("treize", 13), ("quatorze", 14),
                             ("quinze", 15), ("seize", 16), ("dix-sept", 17),
                             ("dix-huit", 18), ("dix-neuf", 19)):  # fmt: skip
        found[f"soixante-{unit}"] = 60 + unit_value
        found[f"quatre-vingt-{unit}"] = 80 + unit_value
    found["soixante et onze"] = 71
    return found


WRITTEN_NUMBERS.update(
    {word: value for word, value in _compound_numbers().items() if word not in WRITTEN_NUMBERS}
)


NOT_FRENCH_NUMBERS = frozenset(("a", "an", "een", "één", "one", "half"))
QUANTIFIERS = ("?", "*", "+", "{")


def grouped_alternation(alternatives: str) -> str:
    """The |-separated alternatives as "(?:…)", those that start with the same letter grouped
    under it: "one|two|ten" becomes "(?:o(?:ne)|t(?:wo|en))".

    It matches exactly what the flat alternation matches: at any place only the alternatives
    that start with the letter found there can match, and they keep their order. But `re`
    then tests each first letter once rather than every alternative at every position.
    Alternatives that do not start with a letter (\\d+, \\[…) are kept as they are, first.
    """
    others: list[str] = []
    by_letter: dict[str, list[str]] = {}
    for alternative in alternatives.split("|"):
        first, rest = alternative[:1], alternative[1:]
        if alternative.count("(") != alternative.count(")"):
            raise ValueError(f"alternatives with groups inside: {alternatives!r}")
        if first.isalpha() and not rest.startswith(QUANTIFIERS):
            by_letter.setdefault(first, []).append(rest)
        elif alternative.startswith(("\\d", "\\[")):
            others.append(alternative)  # starts with a digit or "[": never with a letter
        else:
            raise ValueError(f"cannot group alternative {alternative!r}")
    groups = [f"{letter}(?:{'|'.join(rests)})" for letter, rests in by_letter.items()]
    return "(?:" + "|".join(others + groups) + ")"


def longest_first(words) -> str:
    """The escaped words as "(?:…)" alternatives, longest (escaped) first."""
    return grouped_alternation(
        "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    )


_WORDS = longest_first(WRITTEN_NUMBERS)

# unit word -> (canonical unit, business qualifier implied)
_UNIT_WORDS = {
    "minutes": "minute", "minute": "minute", "minuten": "minute", "min": "minute",
    "mins": "minute", "mn": "minute", "hours": "hour", "hour": "hour", "hrs": "hour", "hr": "hour",
    "uur": "hour", "uren": "hour", "heures": "hour", "heure": "hour", "h": "hour",
    "days": "day", "day": "day", "dagen": "day", "dag": "day", "jours": "day", "jour": "day",
    "weeks": "week", "week": "week", "weken": "week", "semaines": "week", "semaine": "week",
    "months": "month", "month": "month", "maanden": "month", "maand": "month", "mois": "month",
    "years": "year", "year": "year", "jaar": "year", "jaren": "year", "ans": "year",
    "an": "year", "années": "year", "année": "year",
    "werkdagen": "day*", "werkdag": "day*", "werkuren": "hour*", "werkuur": "hour*",
    "kantooruren": "hour*", "klokuren": "hour~", "klokuur": "hour~",
    "kalenderdagen": "day", "kalendermaanden": "month", "werkweken": "week", "u": "hour",
}  # fmt: skip
_UNITS = longest_first(_UNIT_WORDS)
_BUSINESS_BEFORE = r"(?:business|working|work|office|werk|kantoor)"
_CALENDAR_BEFORE = r"(?:calendar|consecutive|clock|kalender)"
_BUSINESS_AFTER = r"(?:ouvr[ée]e?s?|ouvrables?)"
_CALENDAR_AFTER = r"(?:calendaires|calendrier)"

DURATION = re.compile(
    r"(?<![\w.,])(?:(?<!-)(?P<w>" + _WORDS + r")\s*\(\s*(?P<wn>\d+(?:[.,]\d+)?)\s*\)"
    r"|(?P<n>\d+(?:[.,]\d+)?)|(?<!-)(?P<w2>" + _WORDS + r"))"
    r"(?:\s*\(\s*\d+\s*\))?[\s-]*"
    r"(?:(?:derniers|dernières|premiers|premières|laatste|eerste|volle|full|consecutive)\s+)?"
    r"(?:(?P<bq>" + _BUSINESS_BEFORE + r")\s*|(?P<cq>" + _CALENDAR_BEFORE + r")\s*)?"
    r"(?P<u>" + _UNITS + r")(?!\w)"
    r"(?:\s+(?P<ba>" + _BUSINESS_AFTER + r")|\s+(?P<ca>" + _CALENDAR_AFTER + r"))?"
)  # applied to lowercased text: IGNORECASE makes this pattern three times slower

DAYS_PER_UNIT = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}


@dataclass(frozen=True)
class Duration:
    value: float
    unit: str  # minute, hour, day, week, month, year
    business: bool | None  # True business/working, False calendar, None unspecified
    start: int
    end: int

    @property
    def days(self) -> float:
        return self.value * DAYS_PER_UNIT[self.unit]

    @property
    def months(self) -> float:
        if self.unit == "year":
            return self.value * 12
        if self.unit == "month":
            return self.value
        return self.days / 30

    @property
    def hours(self) -> float:
        if self.unit == "minute":
            return self.value / 60
        if self.unit == "hour":
            return self.value
        return self.days * 24


def parse_plain_number(text: str) -> float:
    return float(text.replace(",", "."))


def find_durations(text: str) -> list[Duration]:
    """Durations in `text`; offsets refer to text.lower() (the same for nearly all text)."""
    found: list[Duration] = []
    lowered = text.lower()
    for match in DURATION.finditer(lowered):
        unit_word = match.group("u")
        word = match.group("w2") or match.group("w")
        if unit_word in ("an", "ans") and word in NOT_FRENCH_NUMBERS:
            # "is a an employee": the French year only after a French number; "half an
            # hour": the "an" starts a duration of its own
            match = DURATION.match(lowered, match.start("u"))
            if match is None or found and found[-1].end > match.start():
                continue
        duration = _duration_of(match, lowered)
        if duration is not None:
            found.append(duration)
    return found


def _duration_of(match: re.Match, lowered: str) -> Duration | None:
    unit_word = match.group("u")
    if unit_word in ("h", "u", "min", "mn") and not match.group("n") and not match.group("wn"):
        return None  # "h", "u" (Flemish "4u") and "min" are only units after digits
    if unit_word in ("an", "ans") and (match.group("w2") or match.group("w")) in NOT_FRENCH_NUMBERS:
        return None
    if match.group("wn"):
        value = parse_plain_number(match.group("wn"))
    elif match.group("n"):
        value = parse_plain_number(match.group("n"))
    else:
        value = WRITTEN_NUMBERS[match.group("w2")]
    unit = _UNIT_WORDS[unit_word]
    business: bool | None = None
    if unit.endswith("*"):
        unit, business = unit[:-1], True
    elif unit.endswith("~"):  # "klokuren": clock hours, not working hours
        unit, business = unit[:-1], False
    if match.group("bq") or match.group("ba"):
        business = True
    elif match.group("cq") or match.group("ca"):
        business = False
    if value <= 0 and unit != "day":
        return None
    start, end = match.start(), match.end()
    if match.group("w2") in ("a", "an") and lowered[max(0, start - 5) : start] == "half ":
        value, start = 0.5, start - 5  # "half an hour", "half a day"
    and_a_half = AND_A_HALF.match(lowered, end)
    if and_a_half:  # "a year and a half", "un an et demi", "deux heures et demie"
        value, end = value + 0.5, and_a_half.end()
    return Duration(value, unit, business, start, end)


# not "et demi-journée" nor "and a half-day workshop": a half of another unit
AND_A_HALF = re.compile(r" (?:and a half|et demie?)(?![\w-])")


@lru_cache(maxsize=4096)
def durations_in(text: str) -> tuple:
    """find_durations, memoised: the figure extractors look at the same sentences repeatedly."""
    return tuple(find_durations(text))


def first_duration(text: str, units: set[str], minimum: float = 0, maximum: float = 1e9):
    for duration in durations_in(text):
        if duration.unit in units and minimum <= duration.days <= maximum:
            return duration
    return None


# --- money -----------------------------------------------------------------------------------

_CURRENCY_BEFORE = r"(?P<cb>€|eur\b|euro\b|\$|usd\b|us\$)"
_CURRENCY_AFTER = r"(?P<ca>€|eur\b|euros?\b|\$|usd\b|dollars?\b)"
_AMOUNT = r"(?P<num>\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
_MULTIPLIER = r"(?:\s*(?P<mult>million|miljoen|millions|k)\b)?"
MONEY = re.compile(
    r"(?:"
    + _CURRENCY_BEFORE
    + r"\s*"
    + _AMOUNT
    + r"(?:\s*,-|,--)?"
    + _MULTIPLIER
    + r"|(?<![\w.,])"
    + _AMOUNT.replace("num", "num2")
    + _MULTIPLIER.replace("mult", "mult2")
    + r"\s*"
    + _CURRENCY_AFTER
    + r")",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Money:
    amount: float
    currency: str
    start: int
    end: int


def parse_amount(text: str) -> float:
    """'1.250,00' -> 1250.0; '1,250.00' -> 1250.0; '1.250' -> 1250.0; '12,5' -> 12.5."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace(" ", "")
    last_dot, last_comma = text.rfind("."), text.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        decimal = "." if last_dot > last_comma else ","
        grouping = "," if decimal == "." else "."
        return float(text.replace(grouping, "").replace(decimal, "."))
    separator = "." if last_dot >= 0 else ("," if last_comma >= 0 else "")
    if not separator:
        return float(text)
    parts = text.split(separator)
    if len(parts) > 2 or len(parts[-1]) == 3:
        return float(text.replace(separator, ""))
    return float(text.replace(separator, "."))


def find_money(text: str) -> list[Money]:
    found = []
    for match in MONEY.finditer(text):
        number = match.group("num") or match.group("num2")
        symbol = (match.group("cb") or match.group("ca") or "").lower()
        multiplier = (match.group("mult") or match.group("mult2") or "").lower()
        amount = parse_amount(number)
        if multiplier in ("million", "miljoen", "millions"):
            amount *= 1_000_000
        elif multiplier == "k":
            amount *= 1000
        currency = "USD" if symbol in ("$", "usd", "us$", "dollar", "dollars") else "EUR"
        found.append(Money(amount, currency, match.start(), match.end()))
    return found


PERCENT = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[.,]\d{1,4})?)\s?(?:%|per\s?cent\b|procent\b|pour\s?cent)"
)


def find_percentages(text: str) -> list[tuple[float, int, int]]:
    return [(parse_plain_number(m.group(1)), m.start(), m.end()) for m in PERCENT.finditer(text)]
