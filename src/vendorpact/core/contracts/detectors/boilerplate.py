"""Sentences that name a topic without settling it for this engagement, so no rule scores them:

- definitions: '"Acceptance Test" means ...', '"Werkdag": ...', '« Anomalie » désigne ...'
  (unless they give a figure: '"Business Hours" means 8:30 to 17:30' settles support hours);
- recitals: "Whereas the Supplier provides hosting services ...", "Overwegende dat ..."
  (recitals.RECITAL_START);
- survival clauses: "Articles 7, 9 and 12 survive the termination of this Agreement";
- amendment boilerplate: "This Agreement may only be amended in writing signed by both
  parties", "Wijzigingen aan deze overeenkomst zijn enkel geldig indien schriftelijk ...".

Each sentence is tested once per document (structure.cache), on its lowercased text, when a
rule asks.
"""

from __future__ import annotations

import re

from vendorpact.core.contracts.recitals import RECITAL_START
from vendorpact.core.contracts.structure import Structure

_TERM = r"[\"“”'«‘][^\"“”«»‘’\n]{1,60}[\"“”»’']"
DEFINITION = re.compile(
    r"^\W{0,3}(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|\(?[a-z0-9]{1,3}\)\s+)?"
    r"(?:" + _TERM + r"\s*(?:\([^)\n]{0,40}\)\s*)?(?::|-|–|,?\s*(?:means|shall mean|will mean|"
    r"has the meaning|refers to|betekent|(?:wordt|worden) (?:\w+ )?verstaan|désigne|signifie|"
    r"s'entend))|(?:the )?(?:term )?[a-z][\w -]{0,40}? (?:shall )?means\b)"
)
_DIGIT = re.compile(r"\d")
SURVIVAL = re.compile(
    r"\bsurviv\w*|blijven (?:ook )?(?:na|ondanks) [^.\n]{0,60}(?:van kracht|gelden|bestaan)|"
    r"(?:blijven|blijft) [^.\n]{0,40}(?:van kracht|gelden|bestaan) (?:na|ondanks) (?:de |het )?"
    r"(?:beëindiging|einde|afloop)|survivent|survivront|(?:demeurent|restent|resteront) en "
    r"vigueur (?:après|nonobstant)"
)
AMENDMENT = re.compile(
    r"(?:this|the) (?:agreement|contract)[^.\n]{0,60}(?:may|shall|can) (?:\w+ ){0,2}be "
    r"(?:amended|modified|changed|varied|supplemented)\b[^.\n]{0,40}(?:writing|signed|executed)|"
    r"\bno (?:amendment|modification|variation|waiver|change)s?\b[^.\n]{0,120}(?:binding|"
    r"effective|valid|effect)|(?:amendments?|modifications?|variations?) (?:to|of) (?:this|the) "
    r"(?:agreement|contract)[^.\n]{0,80}(?:writing|signed|executed)|"
    r"(?:wijzigingen?|aanvullingen?) (?:van|aan|op) (?:deze|de) overeenkomst[^.\n]{0,80}"
    r"(?:schriftelijk|geldig|ondertekend)|toute (?:modification|dérogation) (?:du|au|de la|à la) "
    r"(?:présente? )?(?:contrat|convention)[^.\n]{0,80}(?:écrit|avenant|signé)"
)


# Words every match of SURVIVAL / AMENDMENT contains (keep them in step with the patterns): a
# sentence without any is not searched, which spares a regex scan of almost every sentence.
_SURVIVAL_WORDS = ("surviv", "blijv", "blijft", "demeurent", "restent", "resteront")
_AMENDMENT_WORDS = (
    "amend",
    "modif",
    "chang",
    "vari",
    "waiv",
    "supplement",
    "wijziging",
    "aanvulling",
    "dérogation",
)


def _may_match(words: tuple[str, ...], text: str) -> bool:
    return any(word in text for word in words)


class BoilerplateSentences:
    """`index in boilerplate_sentences(structure)`: whether sentence `index` is boilerplate,
    tested on first ask and remembered (a document's rules ask about fewer than half of its
    sentences)."""

    def __init__(self, structure: Structure) -> None:
        self._structure = structure
        self._answers: dict[int, bool] = {}

    def __contains__(self, index: int) -> bool:
        answer = self._answers.get(index)
        if answer is None:
            answer = self._answers[index] = is_boilerplate(self._structure.lowered(index))
        return answer


def boilerplate_sentences(structure: Structure) -> BoilerplateSentences:
    """The document's definition, recital, survival and amendment sentences (cached)."""
    cached = structure.cache.get("boilerplate")
    if cached is None:
        cached = structure.cache["boilerplate"] = BoilerplateSentences(structure)
    return cached


def is_boilerplate(text: str) -> bool:
    """A recital (by its first word: a heading does not tell, as a document without later
    headings keeps "Recitals" over all its clauses), definition, survival or amendment."""
    return bool(
        RECITAL_START.search(text)
        or (DEFINITION.search(text) and not _DIGIT.search(text))
        or (_may_match(_SURVIVAL_WORDS, text) and SURVIVAL.search(text))
        or (_may_match(_AMENDMENT_WORDS, text) and AMENDMENT.search(text))
    )
