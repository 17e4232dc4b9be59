"""The rule engine: weighted multilingual cue patterns per checklist item, explainable and
deterministic.

A rule scores every sentence: the strongest cue it contains, plus a little for other cues, plus
a boost when the section heading names the topic. The item is present when a sentence reaches
the rule's present_score times the item's threshold (thresholds.py: 1.0 unless fitted on the
labelled data). It is `covered` when a present sentence is concrete (a number, a procedure, a
named party: the rule's `concrete` pattern) and not vague; `partial` otherwise. A Finding keeps
the best score relative to present_score (and the best of the concrete, not vague sentences), so
that the benchmark can choose thresholds on training folds and apply them to held-out ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from vendorpact.core.contracts.anchors import AnchoredPattern
from vendorpact.core.contracts.detectors.alternatives import (
    top_level_alternatives,
    yes_no_pattern,
)
from vendorpact.core.contracts.detectors.boilerplate import boilerplate_sentences
from vendorpact.core.contracts.detectors.hedge_scope import hedge_bears_on_topic
from vendorpact.core.contracts.detectors.partial import (
    exclusion_sentences,
    refers_to_included_part,
    vague_sentences,
    without_cross_references,
)
from vendorpact.core.contracts.detectors.thresholds import SCORE_FLOOR, status_at
from vendorpact.core.contracts.structure import Structure, quote

PRESENT_SCORE = 1.0
HEADING_BOOST = 0.4
EXTRA_CUE_BONUS = 0.2
MAX_EVIDENCE = 3
HEADING_SENTENCE_FACTOR = 0.7  # a heading names a topic; the clause under it settles it
SHARED_PART_CHARS = 200  # a concrete alternative this long (a duration, a date) stands alone


class Hit:
    """A sentence that supports a rule (index into the structure) with its score. Whether it is
    settled, concrete and not vague (concrete_and_vague), is judged on first use: a long document
    has many weak hits that are never asked."""

    __slots__ = ("index", "score", "_judge", "_settled")

    def __init__(
        self,
        index: int,
        score: float,
        *,
        judge: Callable[[], tuple[bool, bool]] | None = None,
        settled: bool = True,
    ) -> None:
        self.index = index
        self.score = score
        self._judge = judge
        self._settled = None if judge is not None else settled

    @property
    def settled(self) -> bool:
        """Concrete and not vague: what makes an item covered rather than partial."""
        if self._settled is None:
            concrete, vague = self._judge()
            self._settled = concrete and not vague
        return self._settled


@dataclass
class Rule:
    """How to recognise one checklist item or risk in a document."""

    id: str
    cues: tuple[tuple[str, float], ...]
    heading: str = ""  # pattern on the section heading
    concrete: str = r"\d"  # pattern that makes a sentence concrete (covered)
    vague: str = ""  # item-specific vague wording, added to partial.py's
    exclude: str = ""  # a sentence matching this does not count
    heading_only_score: float = 0.0  # score for the first sentences under a matching heading
    # "training is not included" mentions training but settles nothing: partial at most.
    exclusion_is_vague: bool = True
    settled: str = ""  # wording that settles the item even next to blanks or vague words
    require: str = ""  # a sentence counts only if it also matches this (the topic's context)
    skip_heading: str = ""  # sentences under a heading matching this do not count
    # wording that only refers to the topic ("during the Term"): cues inside it do not count
    references: str = ""
    present_score: float = PRESENT_SCORE
    # extractors that add cue weights per sentence (contacts.py: contact and role lines)
    sources: tuple[Callable[[str, Structure], dict[int, list[float]]], ...] = ()
    _heading_cache: dict[str, bool] = field(default_factory=dict, repr=False)

    @cached_property
    def cue_patterns(self) -> list[tuple[AnchoredPattern, float]]:
        return [(AnchoredPattern(pattern), weight) for pattern, weight in self.cues]

    @cached_property
    def heading_regex(self) -> re.Pattern[str] | None:
        return re.compile(self.heading) if self.heading else None

    @cached_property
    def concrete_parts(self) -> tuple[re.Pattern[str], ...]:
        """The concrete pattern as regexes to try in turn (none: no concrete pattern): each
        long alternative on its own, compiled and answered once for all the rules that share
        it, the short ones together."""
        if not self.concrete:
            return ()
        alternatives = top_level_alternatives(self.concrete)
        short = [part for part in alternatives if len(part) < SHARED_PART_CHARS]
        parts = [part for part in alternatives if len(part) >= SHARED_PART_CHARS]
        if short:
            parts.append(yes_no_pattern(short))
        return tuple(re.compile(part) for part in parts)

    @cached_property
    def vague_regex(self) -> re.Pattern[str] | None:
        """For a yes/no search only, as exclude_regex."""
        return _yes_no_regex(self.vague)

    @cached_property
    def exclude_regex(self) -> re.Pattern[str] | None:
        """For a yes/no search only: where a match starts may differ from the pattern's."""
        return _yes_no_regex(self.exclude)

    @cached_property
    def references_regex(self) -> re.Pattern[str] | None:
        return re.compile(self.references) if self.references else None

    @cached_property
    def skip_heading_regex(self) -> re.Pattern[str] | None:
        return re.compile(self.skip_heading) if self.skip_heading else None

    def heading_matches(self, heading: str) -> bool:
        if self.heading_regex is None or not heading:
            return False
        cached = self._heading_cache.get(heading)
        if cached is None:
            cached = bool(self.heading_regex.search(heading))
            if len(self._heading_cache) < 5000:
                self._heading_cache[heading] = cached
        return cached


def _yes_no_regex(pattern: str) -> re.Pattern[str] | None:
    return re.compile(yes_no_pattern(top_level_alternatives(pattern))) if pattern else None


def score_rule(rule: Rule, structure: Structure, floor: float = 1.0) -> list[Hit]:
    """Sentences that support the rule (score at least floor x present_score), best first."""
    cue_weights: dict[int, list[float]] = {}
    references = _References(rule, structure)
    for pattern, weight in rule.cue_patterns:
        for start in pattern.match_starts(structure.blob, structure.vocabulary):
            index = structure.sentence_at(start)
            if not references.covers(index, start):
                cue_weights.setdefault(index, []).append(weight)
    for source in rule.sources:
        for index, weights in source(rule.id, structure).items():
            cue_weights.setdefault(index, []).extend(weights)
    if rule.heading_only_score:
        _add_heading_only(rule, structure, cue_weights)
    boilerplate = boilerplate_sentences(structure)
    under_skipped_heading = _skipped_heading_test(rule)
    hits = []
    for index, weights in cue_weights.items():
        if index in boilerplate or under_skipped_heading(structure.headings[index]):
            continue
        hit = _hit(rule, structure, index, weights, floor * rule.present_score)
        if hit is not None:
            hits.append(hit)
    hits.sort(key=lambda h: (-h.score, h.index))
    return hits


class _References:
    """Where the rule's reference wording stands in the sentences that have cues (found once
    per sentence, only when the rule has such wording)."""

    def __init__(self, rule: Rule, structure: Structure) -> None:
        self.regex = rule.references_regex
        self.structure = structure
        self.spans: dict[int, list[tuple[int, int]]] = {}

    def covers(self, index: int, offset: int) -> bool:
        if self.regex is None:
            return False
        spans = self.spans.get(index)
        if spans is None:
            base = self.structure.starts[index]
            text = self.structure.lowered(index)
            spans = [(base + m.start(), base + m.end()) for m in self.regex.finditer(text)]
            self.spans[index] = spans
        return any(start <= offset < end for start, end in spans)


def _skipped_heading_test(rule: Rule) -> Callable[[str], bool]:
    """Whether a sentence's heading is one the rule skips (each heading tested once)."""
    if rule.skip_heading_regex is None:
        return lambda heading: False
    search = rule.skip_heading_regex.search
    answers: dict[str, bool] = {}

    def skipped(heading: str) -> bool:
        answer = answers.get(heading)
        if answer is None:
            answer = answers[heading] = bool(heading and search(heading))
        return answer

    return skipped


def _add_heading_only(rule: Rule, structure: Structure, cue_weights: dict) -> None:
    sentences = structure.sentences
    for index in heading_indices(structure):
        if rule.heading_matches(structure.headings[index]):
            for following in range(index + 1, min(index + 3, len(sentences))):
                if sentences[following].is_heading:
                    break
                cue_weights.setdefault(following, []).append(rule.heading_only_score)


def heading_indices(structure: Structure) -> list[int]:
    """The indices of the heading sentences (cached)."""
    found = structure.cache.get("heading_indices")
    if found is None:
        found = structure.cache["heading_indices"] = [
            index for index, sentence in enumerate(structure.sentences) if sentence.is_heading
        ]
    return found


def _hit(
    rule: Rule, structure: Structure, index: int, weights: list[float], floor: float
) -> Hit | None:
    """The sentence's score, or None when it is too weak or excluded (cheap checks first)."""
    weights = sorted(weights, reverse=True)
    score = weights[0] + EXTRA_CUE_BONUS * min(len(weights) - 1, 2)
    if structure.sentences[index].is_heading and not _priced(structure.lowered(index)):
        score *= HEADING_SENTENCE_FACTOR
    if rule.heading_matches(structure.headings[index]):
        score += HEADING_BOOST
    if score < floor:
        return None
    if not _passes_guards(rule, structure.lowered(index)):
        return None
    return Hit(index, score, judge=lambda: concrete_and_vague(rule, structure, index))


# a capitalised price row read as a heading ("TOTAL HTVA 44.500,00") is a key-value line
_PRICE_ROW = re.compile(r"\d{1,3}(?:[.,\s]\d{3})+[.,]\d\d\b|\b\d{1,3},\d\d\b")


def _priced(text: str) -> bool:
    return bool(_PRICE_ROW.search(text))


def _passes_guards(rule: Rule, text: str) -> bool:
    if rule.exclude_regex is not None and rule.exclude_regex.search(text):
        return False
    return not rule.require or bool(re.search(rule.require, text))


def admitted(rule: Rule, structure: Structure, index: int) -> bool:
    """Whether sentence `index` may support the rule's item for a clause model: not
    boilerplate, not under a heading the rule skips, not in a sense the rule excludes, and
    without wording the rule reads as a mere reference to the topic ("after termination", "a
    price change with a month's notice"): a model cannot tell which words carry the item, so the
    rules' wrong-sense guards bind it whole."""
    if index in boilerplate_sentences(structure):
        return False
    heading = structure.headings[index]
    if heading and rule.skip_heading_regex is not None and rule.skip_heading_regex.search(heading):
        return False
    text = structure.lowered(index)
    if rule.references_regex is not None and rule.references_regex.search(text):
        return False
    return _passes_guards(rule, text)


def concrete_and_vague(rule: Rule, structure: Structure, index: int) -> tuple[bool, bool]:
    """Whether sentence `index` is concrete for the rule (its figures and names count, not
    those of a cross-reference or a redaction) and whether it is vague (partial.py's shared
    definition plus the rule's own vague wording and exclusions): the one test of `covered`
    versus `partial`, for the rules and for the clause classifiers alike."""
    text = structure.lowered(index)
    if rule.settled and re.search(rule.settled, text):
        return True, False
    concrete = True
    if rule.concrete_parts:
        concrete = _has_concrete(rule.concrete_parts, structure, index) or refers_to_included_part(
            structure, index
        )
    # the rule's own vague wording first: the shared hedges' scope is the costlier test
    vague = (
        bool(rule.vague_regex is not None and rule.vague_regex.search(text))
        or (rule.exclusion_is_vague and index in exclusion_sentences(structure))
        or (index in vague_sentences(structure) and _hedged_where_the_topic_is(rule, text))
    )
    if concrete and not vague and text.endswith(":"):
        # a hedge in the value lines that made the label concrete: "Le Client :" + "- maintient
        # si possible un accès permanent"
        vague = any(line in vague_sentences(structure) for line in value_lines(structure, index))
    return concrete, vague


def _has_concrete(parts: tuple[re.Pattern[str], ...], structure: Structure, index: int) -> bool:
    """Whether the sentence (without its cross-references) has the figure or name one of the
    concrete `parts` wants; rules share parts, so each answer is kept per document."""
    answers = structure.cache.setdefault("concrete", {})
    for regex in parts:
        key = (regex.pattern, index)
        found = answers.get(key)
        if found is None:
            found = answers[key] = bool(regex.search(_concrete_text(structure, index)))
        if found:
            return True
    return False


def _concrete_text(structure: Structure, index: int) -> str:
    """The sentence read with the value after its colon, its cross-references blanked (kept
    per document)."""
    texts = structure.cache.setdefault("concrete_text", {})
    text = texts.get(index)
    if text is None:
        text = texts[index] = without_cross_references(_with_value_after_colon(structure, index))
    return text


VALUE_LINE = re.compile(r"(?:eur\b|€|\d)")
# a price list's label with leader dots: "Total one-off ......" + "5.600,00"
LEADER_DOTS = ("...", "…")


def _label(text: str) -> bool:
    return text.endswith(":") or text.endswith(LEADER_DOTS)


LIST_ITEM = re.compile(r"[-•–▪*] ")
MAX_LIST_ITEMS = 6
MAX_VALUE_CHARS = 80


def _with_value_after_colon(structure: Structure, index: int) -> str:
    """A label ending in a colon (or in leader dots) read with its value on the next line: "3.1
    Implementatie, vaste prijs:" + "EUR 18.450,00 excl. btw.", "Van jullie hebben we nodig:" +
    "- vóór 18 december: ...", "Total one-off ......" + "5.600,00": see value_lines."""
    text = structure.lowered(index)
    lines = value_lines(structure, index)
    return " ".join([text, *(structure.lowered(line) for line in lines)]) if lines else text


def value_lines(structure: Structure, index: int) -> list[int]:
    """The lines that hold the value of a label ending in a colon: a short line that starts with
    an amount or a figure, or the list items right under it (up to MAX_LIST_ITEMS)."""
    following = index + 1
    if following >= len(structure.sentences) or not _label(structure.lowered(index)):
        return []
    value = structure.lowered(following)
    if not LIST_ITEM.match(value):
        return [following] if len(value) <= MAX_VALUE_CHARS and VALUE_LINE.match(value) else []
    last = min(following + MAX_LIST_ITEMS, len(structure.sentences))
    items = []
    for line in range(following, last):
        if not LIST_ITEM.match(structure.lowered(line)):
            break
        items.append(line)
    return items


def _hedged_where_the_topic_is(rule: Rule, text: str) -> bool:
    """For a sentence with shared vague wording: whether that wording bears on the rule's topic
    (hedge_scope.py: not when it stands only in another clause, a coordinated clause of its own
    or a carve-out, while a clause names the topic concretely)."""
    return hedge_bears_on_topic(
        text,
        lambda part: any(p.regex.search(part) for p, _weight in rule.cue_patterns),
        lambda part: _concrete_part(rule, part),
    )


def _concrete_part(rule: Rule, part: str) -> bool:
    if not rule.concrete_parts:
        return True
    text = without_cross_references(part)
    return any(regex.search(text) for regex in rule.concrete_parts)


@dataclass
class Finding:
    id: str
    status: str  # covered / partial / missing (risks: raised / not)
    confidence: float
    evidence: list[dict]
    # best sentence score / present_score (0 when no sentence reaches SCORE_FLOOR), and the
    # same over the concrete, not vague sentences: status_at(score, covered_score, threshold)
    score: float = 0.0
    covered_score: float = 0.0


def evaluate_rule(rule: Rule, structure: Structure, threshold: float = 1.0) -> Finding:
    candidates = score_rule(rule, structure, floor=min(SCORE_FLOOR, threshold))
    score = candidates[0].score / rule.present_score if candidates else 0.0
    # candidates come best first: the first settled one has the best settled score
    best_settled = next((h.score for h in candidates if h.settled), None)
    covered_score = best_settled / rule.present_score if best_settled is not None else 0.0
    status = status_at(score, covered_score, threshold)
    if status == "missing":
        return Finding(rule.id, "missing", 0.6, [], score, covered_score)
    hits = [h for h in candidates if h.score >= threshold * rule.present_score]
    best = hits[0].score
    confidence = round(min(0.95, 0.45 + 0.2 * best + 0.05 * min(len(hits), 4)), 2)
    return Finding(rule.id, status, confidence, evidence(structure, hits), score, covered_score)


def _settled_first(hits: list[Hit], count: int) -> list[Hit]:
    """The first `count` hits ordered by (settled first, best score, earliest sentence), judging
    only as many hits as it takes."""
    settled, others = [], []
    for hit in sorted(hits, key=lambda h: (-h.score, h.index)):
        (settled if hit.settled else others).append(hit)
        if len(settled) == count:
            break
    return (settled + others)[:count]


def evidence(structure: Structure, hits: list[Hit]) -> list[dict]:
    result = []
    for hit in _settled_first(hits, MAX_EVIDENCE):
        sentence = structure.sentences[hit.index]
        following = hit.index + 1
        if sentence.is_heading and following < len(structure.sentences):
            body = structure.sentences[following]
            if not body.is_heading and body.heading == sentence.heading:
                sentence = body  # quote the clause under the heading, not the heading alone
        result.append({"page": sentence.page, "clause": sentence.clause, "text": quote(sentence)})
    return result
