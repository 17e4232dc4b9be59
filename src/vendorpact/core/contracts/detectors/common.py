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


# "thirty-six", "twenty four", "vingt-quatre", "vingt et un", "zesendertig", "tweeëntwintig":
# tens and units as two alternations (the same words as every pairing listed, in a pattern a
# tenth as long, so that the patterns built on it compile and run faster)
COMPOUND_NUMBER_WORDS = "|".join((
    _either(_TENS["en"]) + "[- ]" + _either(_UNITS["en"]),
    _either(_TENS["fr"]) + "[- ]" + _either(_UNITS["fr"]),
    _either(_TENS["fr"]) + "[- ]et[- ]un",
    _either(_UNITS["nl"]) + "[eë]n" + _either(_TENS["nl"]),
))  # fmt: skip
# the compounds before the simple words: "twenty-one" is tried before "twenty"
NUMBER_WORD = (
    # "[***]": a number redacted from a filed contract is still a number
    r"(?:\d+|\[ ?\*+ ?\]|"
    + COMPOUND_NUMBER_WORDS
    + "|"
    + grouped_alternation(
        r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|"
        r"forty|sixty|ninety|een|één|twee|drie|vier|vijf|zes|acht|tien|twaalf|vijftien|twintig|"
        r"dertig|zestig|negentig|un|une|deux|trois|quatre|cinq|six|huit|dix|douze|quinze|trente|"
        r"soixante|nonante|quatre-vingt-dix"
    )
    + ")"
)
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
