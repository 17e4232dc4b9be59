"""Fast pattern search: find where a regex can start by looking for its leading literal text.

Scanning a long text with dozens of alternation-heavy patterns is slow in `re`. Most cue
patterns start with literal words (after an optional \\b), so we compute the set of literal
prefixes a match must start with, find them with str.find (fast), and try `pattern.match` only
there. Patterns without a usable literal prefix fall back to `finditer`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from re import _constants as sre_constants
from re import _parser as sre_parser

MAX_ALTERNATIVES = 64  # when extending prefixes
MAX_TOP_ALTERNATIVES = 512  # alternatives of the pattern itself
ENOUGH_CHARS = 24
MIN_CHARS = 2
RARE_SYMBOLS = frozenset("€$£§")  # single characters rare enough to look for with str.find


def leading_literals(pattern: str) -> frozenset[str] | None:
    """Literal prefixes one of which every match starts with, or None if there is none."""
    try:
        parsed = sre_parser.parse(pattern)
    except re.error:
        return None
    prefixes, _complete = _literals(list(parsed))
    if not prefixes or any(len(p) < MIN_CHARS and p not in RARE_SYMBOLS for p in prefixes):
        return None
    return frozenset(_drop_extensions(prefixes))


def _literals(items: list) -> tuple[set[str] | None, bool]:
    """(possible prefixes, whether the whole sequence was consumed as literals)."""
    results = {""}
    for op, av in items:
        if op is sre_constants.AT:
            continue
        if all(len(r) >= ENOUGH_CHARS for r in results):
            return results, False
        if op is sre_constants.LITERAL:
            results = {r + chr(av) for r in results}
            continue
        if op is sre_constants.SUBPATTERN:
            sub, complete = _literals(list(av[3]))
        elif op is sre_constants.BRANCH:
            sub, complete = _branch(av[1])
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[0] >= 1:
            sub, _ = _literals(list(av[2]))
            complete = False
        else:
            return results, False
        if not sub:
            return results, False
        combined = {r + s for r in results for s in sub}
        limit = MAX_TOP_ALTERNATIVES if results == {""} else MAX_ALTERNATIVES
        if len(combined) > limit:
            return results, False
        results = combined
        if not complete:
            return results, False
    return results, True


def _branch(branches: list) -> tuple[set[str] | None, bool]:
    union: set[str] = set()
    complete = True
    for branch in branches:
        sub, sub_complete = _literals(list(branch))
        if not sub or "" in sub:
            return None, False
        union |= sub
        complete = complete and sub_complete
    return union, complete


def _drop_extensions(prefixes: set[str]) -> set[str]:
    """'pay' covers 'payable': keep only prefixes that no shorter prefix covers."""
    kept = set()
    for prefix in sorted(prefixes, key=len):
        if not any(prefix.startswith(k) for k in kept):
            kept.add(prefix)
    return kept


_WORD = re.compile(r"\w+")


class Vocabulary:
    """Where each word of a text starts, to find the places a literal prefix can occur."""

    def __init__(self, text: str) -> None:
        positions: defaultdict[str, list[int]] = defaultdict(list)
        for match in _WORD.finditer(text):
            positions[match.group()].append(match.start())
        self.positions = dict(positions)
        self.words = sorted(positions)
        self._cache: dict[tuple[str, bool], list[int]] = {}

    def anchor_starts(self, word: str, partial: bool, offset: int) -> list[int]:
        """Positions where a literal starts whose word `word` sits at `offset` in it."""
        found = self.word_starts(word, partial)
        return [p - offset for p in found] if offset else found

    def word_starts(self, word: str, partial: bool) -> list[int]:
        key = (word, partial)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if not partial:
            found = self.positions.get(word, [])
        else:
            found = []
            index = bisect_left(self.words, word)
            while index < len(self.words) and self.words[index].startswith(word):
                found.extend(self.positions[self.words[index]])
                index += 1
        self._cache[key] = found
        return found


# Words so frequent in contracts that they make poor anchors when a rarer word is at hand.
COMMON_WORDS = frozenset((
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from",
    "as", "is", "are", "be", "been", "this", "that", "such", "any", "all", "shall", "will",
    "may", "must", "not", "no", "its", "their", "his", "her", "it", "which", "who", "under",
    "upon", "other", "each", "either", "agreement", "party", "parties", "services", "service",
    "client", "customer", "provider", "supplier", "company", "term",
    "de", "het", "een", "en", "van", "op", "te", "voor", "met", "door", "als", "zijn", "dat",
    "die", "deze", "wordt", "worden", "zal", "niet", "aan", "bij", "om", "tot", "naar",
    "overeenkomst", "partijen", "partij", "opdrachtgever", "leverancier", "klant",
    "le", "la", "les", "un", "une", "et", "ou", "des", "du", "au", "aux", "par", "pour", "sur",
    "dans", "est", "sont", "ce", "cette", "qui", "que", "ne", "pas", "contrat", "prestataire",
    "société",
))  # fmt: skip


def literal_anchors(literal: str) -> tuple[tuple[str, bool, int], ...]:
    """The words of a literal prefix: (word, whether it may continue in the text, offset)."""
    return tuple((m.group(), m.end() == len(literal), m.start()) for m in _WORD.finditer(literal))


def choose_anchor(literal: str) -> tuple[str, bool, int] | None:
    """The word of the literal to look up: a rare, complete, long one if there is one."""
    words = literal_anchors(literal)
    if not words:
        return None

    def rank(anchor: tuple[str, bool, int]) -> tuple[bool, bool, int]:
        word, partial, _ = anchor
        return (word not in COMMON_WORDS, not partial or len(word) >= 5, len(word))

    return max(words, key=rank)


class AnchoredPattern:
    """A compiled pattern that finds its matches via its literal prefixes when it can."""

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern)
        self.prefixes = leading_literals(pattern)
        self.anchors: list[tuple[str, bool, int]] | None = None
        self.literals: list[str] = []  # prefixes without a word: found with str.find
        if self.prefixes is not None:
            anchors = set()
            for prefix in self.prefixes:
                anchor = choose_anchor(prefix)
                if anchor is None:
                    self.literals.append(prefix)
                else:
                    anchors.add(anchor)
            self.anchors = sorted(anchors)

    def match_starts(self, text: str, vocabulary: Vocabulary | None = None) -> list[int]:
        """Start offsets of the matches in `text` (in anchor order, not text order)."""
        if self.anchors is None:
            return [m.start() for m in self.regex.finditer(text)]
        match_at = self.regex.match
        found: list[int] = []
        if vocabulary is None:
            literals = list(self.prefixes or ())
        else:
            literals = self.literals
            for word, partial, offset in self.anchors:
                starts = vocabulary.anchor_starts(word, partial, offset)
                found += [p for p in starts if p >= 0 and match_at(text, p)]
        for literal in literals:
            found += [p for p in _find_all(text, literal) if match_at(text, p)]
        return found


def _find_all(text: str, literal: str) -> list[int]:
    found = []
    position = text.find(literal)
    while position >= 0:
        found.append(position)
        position = text.find(literal, position + 1)
    return found
