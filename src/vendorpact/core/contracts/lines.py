"""Line-level clean-up of page texts before they become sentences.

A PDF text layer breaks sentences at the end of every printed line, hyphenates words, and
repeats a running header or footer on every page. These helpers tell whether a line goes on
in the next one, join hyphenated words, and drop the running lines.
"""

from __future__ import annotations

import re
from collections import Counter

# Words a heading or a sentence does not end on: the line goes on in the next one.
_CONTINUING_WORDS = frozenset((
    "de", "het", "een", "van", "voor", "met", "op", "in", "aan", "bij", "door", "naar", "tot",
    "en", "of", "te", "om", "die", "dat", "als", "zijn", "is", "wordt", "worden", "the", "a",
    "an", "of", "to", "and", "or", "for", "with", "by", "on", "at", "from", "is", "are", "be",
    "that", "which", "le", "la", "les", "un", "une", "des", "du", "au", "aux", "et", "ou",
    "à", "par", "pour", "sur", "dans", "est", "sont", "que", "qui", "d", "l", "as", "als",
    "zoals", "comme", "under", "onder", "sous", "per", "in", "than", "dan",
))  # fmt: skip
_LAST_WORD = re.compile(r"(\w+)\W*$")
_OPEN_ENDINGS = ("-", "€", "$", "(", ",", "/", "–", "&", "+")
_CONTINUING_STARTS = ("(", "€", "%", "&")
# A finite verb: a heading names a topic, a sentence says something about it.
_VERB = re.compile(
    r"\b(?:is|are|shall|will|must|zijn|wordt|worden|zal|zullen|moet|est|sont|sera|seront|doit)\b"
)


def reads_as_sentence(text: str) -> bool:
    return bool(_VERB.search(text))


# Abbreviations that end with a full stop inside a sentence (regex alternatives): a line or a
# part of a sentence ending in one does not end the sentence. structure.py adds its own.
ABBREVIATIONS = (
    "nr", "nrs", "art", "bv", "vb", "resp", "incl", "excl", "max", "min", "ca", "cf", "no", "p",
    "pp", "st", "mr", "mrs", "ms", "dr", "mme", "dhr", "mevr", "inc", "ltd", "co", "corp", "sec",
    "par", "al", "vs", "tel", "ref", "blz", "jo", "sub", r"e\.g", r"i\.e", "n°",
)  # fmt: skip
_LINE_ABBREVIATIONS = (*ABBREVIATIONS, "m", "me", r"o\.a", r"z\.n", r"i\.v\.m")
_ABBREVIATION_AT_END = re.compile(rf"\b(?:{'|'.join(_LINE_ABBREVIATIONS)})\.$", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^(?:[-•*–▪◦]|\(?[a-z0-9ivx]{1,4}\)|[a-z]\.)\s")
# Words joined by a hyphen that is written, not a line-end hyphenation ("non-exclusive").
_KEEP_HYPHEN_PREFIXES = frozenset((
    "non", "self", "anti", "ex", "quasi", "semi", "multi", "niet", "oud", "vice", "cross",
    "third", "demi",
))  # fmt: skip
# "reactie- en oplostijden": the hyphen stands for a repeated word part, keep it and the space.
_ELLIPSIS_WORDS = frozenset(("en", "of", "and", "or", "et", "ou", "tot", "to", "à", "en/of"))


def starts_lowercase(line: str) -> bool:
    return bool(line) and line[0].islower() and not _LIST_ITEM.match(line)


def goes_on(line: str, following: str) -> bool:
    """Whether `line` is cut off mid-sentence and continues on the `following` line."""
    if not following:
        return False
    if starts_lowercase(following) or following.startswith(_CONTINUING_STARTS):
        return True
    return stops_mid_phrase(line)


def stops_mid_phrase(line: str) -> bool:
    """Whether the line stops where no phrase ends: on a comma, an open bracket or a word
    such as "van", "for" or "de" ("voor storingen van" / "prioriteit 1 ...")."""
    if line.endswith(_OPEN_ENDINGS) or line.count("(") > line.count(")"):
        return True
    last = _LAST_WORD.search(line)
    return bool(last and line[-1].isalpha() and last.group(1).lower() in _CONTINUING_WORDS)


def ends_sentence(line: str, following: str) -> bool:
    """A line ending in a full stop (or : ; ! ?) ends its paragraph, unless the stop belongs
    to an abbreviation or the next line goes on in lowercase."""
    if not line.endswith((".", ":", ";", "!", "?")):
        return False
    if starts_lowercase(following):
        return False
    return not (line.endswith(".") and _ABBREVIATION_AT_END.search(line[-8:]))


def join_lines(lines: list[str]) -> str:
    """Join the lines of one paragraph, undoing line-end hyphenation."""
    if len(lines) == 1:
        return lines[0]
    parts = [lines[0]]
    for line in lines[1:]:
        previous = parts[-1]
        if previous.endswith("-") and len(previous) > 1 and line:
            parts[-1] = _join_hyphenated(previous, line)
        else:
            parts.append(" " + line)
    return "".join(parts)


def _join_hyphenated(previous: str, line: str) -> str:
    before = previous[-2]
    first_word = line.split(" ", 1)[0].lower()
    if before.isspace() or first_word in _ELLIPSIS_WORDS or not line[0].isalpha():
        return previous + " " + line  # "reactie- en oplostijden", "2025- 2026"
    stem = _LAST_WORD.search(previous[:-1])
    if before.isupper() or before.isdigit() or line[0].isupper():
        return previous + line  # "IT-omgeving", "OFF-2025"
    if stem and stem.group(1).lower() in _KEEP_HYPHEN_PREFIXES:
        return previous + line  # "non-exclusive"
    return previous[:-1] + line  # "pré-\nventive" -> "préventive"


_DIGITS = re.compile(r"\d+")
EDGE_LINES = 3  # running headers and footers sit in the first or last lines of a page


def running_lines(pages: list[list[str]]) -> set[str]:
    """Header and footer lines repeated on most pages ("pagina 2 van 3" with the numbers
    ignored), to leave out of the sentences."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        filled = [line for line in lines if line]
        edges = filled[:EDGE_LINES] + filled[-EDGE_LINES:]
        counts.update({_DIGITS.sub("#", line) for line in edges if len(line) >= 8})
    needed = max(2, (len(pages) + 1) // 2)
    return {key for key, count in counts.items() if count >= needed}


def is_running(line: str, running: set[str]) -> bool:
    return bool(running) and _DIGITS.sub("#", line) in running
