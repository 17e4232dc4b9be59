"""Language detection (nl, en, fr) by counting frequent function words."""

from __future__ import annotations

import re
from collections import Counter

STOPWORDS = {
    "nl": frozenset((
        "de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "zijn", "voor", "met",
        "niet", "aan", "door", "als", "bij", "worden", "wordt", "deze", "die", "dan", "of", "om",
        "ook", "naar", "zal", "uit", "tot", "onder", "over", "zich", "hun", "hij", "zij",
        "waarbij", "indien", "overeenkomst", "partijen", "opdrachtgever", "leverancier",
        "binnen", "tussen",
    )),
    "en": frozenset((
        "the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "as", "by", "be",
        "this", "shall", "any", "or", "are", "not", "from", "at", "such", "which", "will", "its",
        "an", "may", "under", "all", "have", "been", "agreement", "party", "parties",
    )),
    "fr": frozenset((
        "le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "qui", "pour", "dans",
        "par", "sur", "au", "aux", "ne", "pas", "ce", "cette", "sont", "sera", "être", "avec",
        "contrat", "client", "ou", "prestataire", "toute", "tout", "ses", "leur",
    )),
}  # fmt: skip
LANGUAGES = ("nl", "en", "fr")
_WORD = re.compile(r"[a-zà-ÿ]+")
SAMPLE_CHARS = 20_000


def detect_language(text: str, default: str = "en") -> str:
    """The most likely of nl / en / fr for `text` (a sample of it is enough)."""
    scores = language_scores(text[:SAMPLE_CHARS])
    best = max(LANGUAGES, key=lambda lang: scores[lang])
    return best if scores[best] > 0 else default


def language_scores(text: str) -> dict[str, int]:
    counts = Counter(_WORD.findall(text.lower()))
    # only the stopwords the text has (a set intersection, not a look-up of every stopword)
    return {
        lang: sum(map(counts.__getitem__, counts.keys() & words))
        for lang, words in STOPWORDS.items()
    }
