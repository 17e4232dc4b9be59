"""Pattern pieces shared by the detector modules (all patterns run on lowercased text)."""

from vendorpact.core.contracts.dates import MONTH_NAMES
from vendorpact.core.contracts.numbers import grouped_alternation

_UNITS = {
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "fr": ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    "nl": ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
}
_TENS = {
    "en": ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
    "fr": ("vingt", "trente", "quarante", "cinquante", "soixante"),
    "nl": ("twintig", "dertig", "veertig", "vijftig", "zestig"),
}


def _either(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(words) + ")"


def _letter_groups(heads: tuple[str, ...], tail: str) -> list[tuple[str, str]]:
    """(first letter, rest) for the head words followed by `tail`, the heads that start with one
    letter together: ("t", "(?:wenty|hirty)" + tail)."""
    by_letter: dict[str, list[str]] = {}
    for head in heads:
        by_letter.setdefault(head[0], []).append(head[1:])
    return [(letter, _either(tuple(rests)) + tail) for letter, rests in by_letter.items()]


def _by_first_letter(alternatives: list[tuple[str, str]]) -> list[str]:
    """The (first letter, rest) alternatives grouped under their letter, in their order. At any
    place only the alternatives that start with the letter found there can match, and they keep
    their order: the grouped form matches what the flat alternation matches, the same way, but
    `re` tests each letter once instead of entering every alternative."""
    by_letter: dict[str, list[str]] = {}
    for letter, rest in alternatives:
        by_letter.setdefault(letter, []).append(rest)
    return [letter + _either(tuple(rests)) for letter, rests in by_letter.items()]


_SIMPLE_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|sixty|"
    "ninety|een|één|twee|drie|vier|vijf|zes|acht|tien|twaalf|vijftien|twintig|dertig|zestig|"
    "negentig|un|une|deux|trois|quatre|cinq|six|huit|dix|douze|quinze|trente|soixante|nonante|"
    "quatre-vingt-dix"
)
# "[***]": a number redacted from a filed contract is still a number. The compounds ("thirty-six",
# "twenty four", "vingt-quatre", "vingt et un", "zesendertig", "tweeëntwintig", tens and units as
# two alternations) come before the simple words: "twenty-one" is tried before "twenty". Digits
# are "\d\d*" (what "\d+" matches): an alternative that starts with a class is tested in one
# step, a repeat is entered at every position.
NUMBER_WORD = _either((
    r"\d\d*",
    r"\[ ?\*+ ?\]",
    *_by_first_letter([
        *_letter_groups(_TENS["en"], "[- ]" + _either(_UNITS["en"])),
        *_letter_groups(_TENS["fr"], "[- ]" + _either(_UNITS["fr"])),
        *_letter_groups(_TENS["fr"], "[- ]et[- ]un"),
        *_letter_groups(_UNITS["nl"], "[eë]n" + _either(_TENS["nl"])),
        *((word[0], word[1:]) for word in _SIMPLE_NUMBER_WORDS.split("|")),
    ]),
))  # fmt: skip
TIME_UNIT = grouped_alternation(
    r"minutes?|minuten|min|hours?|hrs?|uur|uren|heures?|h|days?|dagen|dag|jours?|"
    r"werkdagen|werkdag|werkuren|werkuur|weeks?|weken|semaines?|months?|maanden|maand|mois|years?|jaar|jaren|"
    r"ans?|années?|business days?|working days?|jours ouvr\w+"
)
DURATION = (
    NUMBER_WORD + r"\s*(?:\(\d+\)\s*)?[- ]?(?:business |working |calendar )?" + TIME_UNIT + r"\b"
)
AMOUNT = r"(?:(?:€|\beur\b|\$|\busd\b)\s?\d|\d[\d.,]*\s?(?:€|eur\b|euros?\b|dollars?\b))"
# a figure written as money, with cents, where the currency stands in a table's header:
# "11,620.00", "390.00", "1.250,00" (not a date "12.05.2027" or a percentage)
PRICE_FIGURE = r"\b\d{1,3}(?:[.,]\d{3})*[.,]\d{2}\b(?![.,/]\d|\s?%)"
PERCENT = r"\d{1,3}(?:[.,]\d+)?\s?%"
# The client, in the words contracts use for it.
CLIENT = r"(?:client|customer|licensee|klant|opdrachtgever|afnemer|cliente?|acheteur)"
# The supplier, in the words contracts use for it.
SUPPLIER = r"(?:supplier|vendor|provider|contractor|consultant|leverancier|opdrachtnemer|" \
    r"dienstverlener|prestataire|fournisseur|titulaire)"  # fmt: skip
# Month names and their abbreviations, whole words only ("ma" or "de" alone would read
# "2 maakt" or "7.1 Deze" as a date); "may" is also a verb, so it counts only before a year.
_MONTH_ABBREVIATIONS = (
    "jan", "janv", "feb", "févr", "mar", "mrt", "apr", "avr", "jun", "jul", "juil", "aug", "sep",
    "sept", "oct", "okt", "nov", "dec", "déc",
)  # fmt: skip
_MONTHS_NOT_MAY = sorted(
    {*MONTH_NAMES, *_MONTH_ABBREVIATIONS} - {"may"}, key=lambda name: (-len(name), name)
)
MONTH_NAME = r"(?:" + "|".join(_MONTHS_NOT_MAY) + r")\b\.?"
# A calendar date: "31/12/2027", "1 March 2027", "1er janvier 2027", "15 mrt.", "March 1, 2027"
CALENDAR_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th|er)? (?:" + MONTH_NAME
    + r"(?: \d{4})?|may \d{4})|(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december) \d{1,2}(?:st|nd|rd|th)?,? \d{4})"
)  # fmt: skip
# The heading of a form or template attached to an agreement: "Exhibit B - Form of Statement
# of Work", "Form Statement of Work", "Bijlage 3: model van bestelbon", "Annexe 2 : modèle de
# bon de commande" (not "Order Form": an order form is the order itself).
FORM_HEADING = (
    r"^(?:(?:exhibit|schedule|annex|annexe|appendix|attachment|bijlage)\W+[\w.()]{1,8}\W+)?"
    r"(?:form (?:of|statement)|template|model (?:of|van)|modèle d[eu']|sjabloon)\b"
)
