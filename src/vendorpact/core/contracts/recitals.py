"""Passages about OTHER agreements: a recital on an earlier, expired contract ("Whereas the
parties concluded an agreement on ... for 36 months, which expired ...", "Overwegende dat ...",
"Considérant que ...") or a mention of the previous agreement. Their terms, warranties and
amounts are not the contract's figures, so the figure extractors do not see them."""

from __future__ import annotations

import re

from vendorpact.core.contracts.numbers import grouped_alternation
from vendorpact.core.contracts.structure import Structure

AGREEMENT = r"\w*(?:agreement|contract|contrat|overeenkomst|convention|accord)\w*"
EARLIER = (
    r"previous|earlier|former|preceding|expired|vorige|eerdere|voorgaande|vroegere|verlopen|"
    r"vervallen|ancien|ancienne|précédent|précédente|antérieur|antérieure"
)
# "the previous maintenance agreement", "de vorige overeenkomst", "le contrat précédent"
# "prior agreement" is also consent ("with the prior agreement of the Customer"): only a
# defined term or an agreement of a date or between parties is another agreement.
OTHER_AGREEMENT = re.compile(
    rf"\b(?:{EARLIER})\s+(?:[\w'-]+\s+){{0,2}}?{AGREEMENT}|"
    rf"\bprior\s+(?:[\w'-]+\s+){{0,2}}?{AGREEMENT}(?=[\"”]|\s+(?:means|dated|between|of \d|"
    r"concluded|signed|entered))|"
    rf"\b{AGREEMENT}\s+(?:[\w'-]+\s+){{0,2}}?(?:précédente?|antérieure?|expirée?)\b"
)
# An agreement that ended on a given day is not the one being signed.
ENDED_ON = re.compile(
    r"\b(?:expired|ended|terminated|verstreken|afgelopen|beëindigd|verlopen|expiré|expirée|"
    r"pris fin|échu|échue)\s+(?:on|op|le|au|per)\s+\d"
)
ENDED = re.compile(
    r"\b(?:expired|has ended|have ended|came to an end|was terminated|verstreken|afgelopen|"
    r"beëindigd|verlopen|vervallen|expiré|expirée|pris fin|arrivée? à (?:son )?(?:terme|"
    r"échéance)|échu|échue)\b"
)
RECITAL_START = re.compile(
    r"^\W*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:whereas|overwegende|considérant|attendu)\b"
)
RECITAL_HEADING = re.compile(
    r"whereas|recitals?\b|background|preamble|overwegende|overwegingen|considerans|préambule|"
    r"exposé préalable|considérant|attendu"
)
# Where the sentence turns to the agreement being signed: "this agreement", "de nieuwe
# overeenkomst", "le présent contrat", or an obligation that applies from now on.
CURRENT = re.compile(
    r"\b(?:this|hereby|herein|hereunder|present|new|now|henceforth|shall|will|deze|dit|"
    r"hierbij|huidige|nieuwe|onderhavige|thans|voortaan|zal|zullen|présente?|nouveau|"
    r"nouvelle|désormais|sera|seront)\b"
)
SEGMENT_END = re.compile(r"[,;:()]|\s(?:and|but|which|en|maar|die|et|mais|qui|lequel|laquelle)\s")
# Words without which a sentence cannot be about another agreement: a quick first look.
QUICK = re.compile(
    grouped_alternation(
        EARLIER + "|prior|whereas|overwegende|considérant|attendu|expired|ended|verstreken|"
        "afgelopen|beëindigd|expiré|pris fin|échu"
    )
)


def other_agreement_spans(text: str, in_recitals: bool = False) -> list[tuple[int, int]]:
    """(start, end) of the parts of the lowercased sentence that describe another agreement:
    from the part that names it up to the part that turns to the agreement being signed."""
    if not QUICK.search(text):
        return []
    recital = in_recitals or bool(RECITAL_START.search(text))
    mention = OTHER_AGREEMENT.search(text) or ENDED_ON.search(text)
    if recital and mention is None and re.search(AGREEMENT, text) and ENDED.search(text):
        mention = ENDED.search(text)
    if mention is None:
        return []
    bounds = _segment_bounds(text)
    first = 0 if recital else _segment_of(bounds, mention.start())
    end = len(text)
    for segment_start, segment_end in bounds[first + 1 :]:
        if segment_start >= mention.end() and CURRENT.search(text[segment_start:segment_end]):
            end = segment_start
            break
    return [(bounds[first][0], end)]


def _segment_bounds(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for match in SEGMENT_END.finditer(text):
        bounds.append((start, match.start()))
        start = match.start()
    bounds.append((start, len(text)))
    return bounds


def _segment_of(bounds: list[tuple[int, int]], position: int) -> int:
    return next(i for i, (start, end) in enumerate(bounds) if start <= position <= end)


def figure_texts(structure: Structure) -> list[str]:
    """The lowercased sentences with the parts about other agreements blanked out (same
    length, so that positions stay valid)."""
    texts = structure.blob.split("\n")
    suspects = {structure.sentence_at(m.start()) for m in QUICK.finditer(structure.blob)}
    for index in sorted(suspects):
        text = texts[index]
        in_recitals = bool(RECITAL_HEADING.search(structure.headings[index]))
        spans = other_agreement_spans(text, in_recitals)
        for start, end in spans:
            text = text[:start] + " " * (end - start) + text[end:]
        texts[index] = text
    return texts
