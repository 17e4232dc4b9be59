"""The service-level commitments among an analysis' evidence: what a claim letter may quote.

A claim letter argues for the client, so it quotes only what the supplier promised: the
response and resolution targets, the availability commitment and the service-credit rule.
A sentence that excludes or limits the supplier's liability, invokes force majeure, only
promises an effort or makes the credits the client's only remedy is never a commitment, even
when the analyser filed it under one of these items; neither is a sentence that states no
figure at all (a target without a number is no target).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

TOPIC_TARGETS = "targets"
TOPIC_AVAILABILITY = "availability"
TOPIC_CREDITS = "credits"
TOPICS = (TOPIC_TARGETS, TOPIC_AVAILABILITY, TOPIC_CREDITS)

# Checklist item -> the topic of the letter its evidence may support.
COMMITMENT_ITEMS = {
    "maintenance.response_time": TOPIC_TARGETS,
    "maintenance.resolution_time": TOPIC_TARGETS,
    "maintenance.availability": TOPIC_AVAILABILITY,
    "maintenance.service_credits": TOPIC_CREDITS,
}

_EXCLUDES_OR_LIMITS = re.compile(
    "|".join(
        (
            # force majeure
            r"overmacht|force majeure|act of god|cas fortuit",
            # the credits as the client's only remedy
            r"\b(?:sole|exclusive|only) remed|\benige (?:\w+ )?(?:remedie|vergoeding|compensatie)",
            r"\bseule? (?:\w+ )?(?:indemnisation|compensation|réparation)|\blibératoire\b",
            # Dutch: no or limited liability, exclusions, releases, efforts only
            r"\b(?:niet|nooit|geenszins|in geen geval) (?:\w+ )?aansprakelijk",
            r"\bgeen (?:enkele )?(?:aansprakelijkheid|garantie|recht op)",
            r"aansprakelijkheid\b.{0,80}\bbeperkt",
            r"\buitgesloten\b|\bsluit\b.{0,60}\buit\b|\b(?:ontslaat|ontheft|bevrijdt)\b",
            r"\bvrijgesteld\b|\bniet verschuldigd\b|\bzonder (?:enige )?garantie",
            r"\bstreeft\b|\binspanningsverbintenis|\bgarandeert (?:\w+ )?niet\b",
            # English
            r"\b(?:not|never|in no event|under no circumstances)\b.{0,30}\b(?:liable|responsible)",
            r"\bno (?:liability|responsibility|warrant(?:y|ies)|guarantee|right to|entitlement)",
            r"liability\b.{0,80}\blimited\b|\bexclu(?:ded|des|sion|sions)\b|\bdisclaim",
            r"\b(?:release[sd]?|relieve[sd]?|exempt(?:ed|s)?)\b.{0,40}\bfrom\b",
            r"\bnot (?:be )?(?:due|payable|owed)\b|\bwithout (?:any )?warrant",
            r"\bas is\b|\bbest efforts?\b|\b(?:endeavou?r|strive)s?\b",
            r"\b(?:does|do) not guarantee|\bnot guaranteed\b",
            # French
            r"\bn[e'’]\s*(?:\w+ ){0,3}(?:pas|jamais|aucunement|nullement|aucun cas)\b.{0,30}"
            r"\bresponsable",
            r"\bne saurait\b|\baucune (?:responsabilité|garantie)|\baucun droit\b",
            r"responsabilité\b.{0,80}\blimitée|\bexclue?s?\b|\bexclusion",
            r"\bexonér|\bdécharg|\blibère\b|\bne (?:sont|est|seront|sera) pas dus?e?s?\b",
            r"\bsans (?:aucune )?garantie|\bne garantit pas\b|\bs['’]efforce",
            r"\bmeilleurs efforts\b|\bobligation de moyens\b",
        )
    ),
    re.IGNORECASE,
)

_LEADING_CLAUSE = re.compile(r"^\s*(?:\(?\d{1,3}(?:\.\d{1,3}){0,3}[.)]?|[a-z]\))\s+", re.IGNORECASE)
_FIGURE = re.compile(
    # digits or a number word; not "een", "un", "une": those are articles just as often
    r"\d|\b(?:één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|deux|trois|quatre|cinq|sept|huit|neuf|dix)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quote:
    """One sentence of a document that states a service-level commitment."""

    topic: str
    text: str
    clause: str
    page: int | None


def excludes_or_limits(text: str) -> bool:
    """True for a sentence that excludes or limits the supplier's liability or obligations:
    force majeure, "never liable", liability caps, exclusions, disclaimers, mere efforts."""
    return bool(_EXCLUDES_OR_LIMITS.search(text))


def states_a_figure(text: str) -> bool:
    """True when the sentence (its own clause number left aside) states a number."""
    return bool(_FIGURE.search(_LEADING_CLAUSE.sub("", text, count=1)))


def is_commitment(item_id: str, text: str) -> bool:
    """Evidence of a service-level item that states a figure and excludes nothing."""
    return item_id in COMMITMENT_ITEMS and states_a_figure(text) and not excludes_or_limits(text)


def commitment_quotes(items: Iterable[Mapping]) -> list[Quote]:
    """The commitments among an analysis' items (the result JSON's `items`), one quote per
    distinct sentence, in topic order and then in the order the analyser gave them. A sentence
    cited for several items goes under the last of their topics (a credit rule that also names
    the availability is quoted as the credit rule)."""
    found: dict[tuple[str, str], Quote] = {}
    for item in items:
        topic = COMMITMENT_ITEMS.get(item.get("id", ""))
        if topic is None or item.get("status") == "missing":
            continue
        for evidence in item.get("evidence") or []:
            text = " ".join(str(evidence.get("text", "")).split())
            key = (str(evidence.get("clause") or ""), text)
            if not is_commitment(item["id"], text):
                continue
            earlier = found.get(key)
            if earlier is None or TOPICS.index(earlier.topic) < TOPICS.index(topic):
                found[key] = Quote(topic, text, key[0], evidence.get("page"))
    return sorted(found.values(), key=lambda quote: TOPICS.index(quote.topic))
