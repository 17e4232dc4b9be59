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
from collections.abc import Iterable, Iterator
from itertools import compress, repeat
from re import _compiler as sre_compiler
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
    return _leading_literals_of(parsed)


def _leading_literals_of(parsed: sre_parser.SubPattern) -> frozenset[str] | None:
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


def compile_parsed(pattern: str, parsed: sre_parser.SubPattern) -> re.Pattern[str]:
    """re.compile(pattern) (an equal pattern object) from the parse of the pattern made for its
    literal prefixes: the steps of re._compiler.compile after its own parse, which is about half
    of the cost (the detectors' cue patterns are compiled when they are imported)."""
    state = parsed.state
    group_names = [None] * state.groups
    for name, index in state.groupdict.items():
        group_names[index] = name
    code = sre_compiler._code(parsed, 0)
    return sre_compiler._sre.compile(
        pattern, state.flags, code, state.groups - 1, state.groupdict, tuple(group_names)
    )


def _drop_extensions(prefixes: set[str]) -> set[str]:
    """'pay' covers 'payable': keep only prefixes that no shorter prefix covers."""
    kept = set()
    for prefix in sorted(prefixes, key=len):
        # the beginnings of the prefix looked up, not every kept prefix tried against it
        if not any(prefix[:end] in kept for end in range(len(prefix) + 1)):
            kept.add(prefix)
    return kept


_WORD = re.compile(r"\w+")

# The word beginnings that AnchoredPatterns look up (partial anchors; the set only grows), and
# for each word seen which of them it starts with, stamped with the size of the set then: a
# Vocabulary groups its words under them in one pass.
_ANCHOR_PREFIXES: set[str] = set()
_PREFIXES_OF_WORD: dict[str, tuple[int, tuple[str, ...]]] = {}
MAX_REMEMBERED_WORDS = 50_000  # about 8 MB at most


def register_anchor_prefixes(prefixes: Iterable[str]) -> None:
    _ANCHOR_PREFIXES.update(prefixes)


def _anchor_prefixes_of(word: str, registered: frozenset[str]) -> tuple[str, ...]:
    found = tuple(word[:end] for end in range(1, len(word) + 1) if word[:end] in registered)
    if len(_PREFIXES_OF_WORD) >= MAX_REMEMBERED_WORDS:
        _PREFIXES_OF_WORD.clear()
    _PREFIXES_OF_WORD[word] = (len(registered), found)
    return found


# Dutch writes compounds as one word: "dataconversie", "gebruikersopleiding",
# "maandvergoeding". The last part of such a word names the topic, so a cue is looked up there
# too: the vocabulary lists the tail ("conversie") as a word starting inside the compound.
# Only Dutch nouns that end compounds are listed (no English ones: "training" is inside
# "restraining"), as a free search inside every word would find "terminat" in "determination".
COMPOUND_TAILS = (
    "conversie", "migratie", "opleiding", "documentatie", "overdracht", "ondersteuning",
    "onderhoud", "beschikbaarheid", "reactietijd", "responstijd", "hersteltijd", "oplostijd",
    "vergoeding", "kosten", "tarief", "tarieven", "oplevering", "acceptatie", "aanvaarding",
    "garantie", "installatie", "rapportering", "rapportage", "overleg", "licentie",
    "geheimhouding", "aansprakelijkheid", "opzeg", "looptijd", "verlenging", "beveiliging",
)  # fmt: skip
MIN_COMPOUND_HEAD = 3  # letters before the tail: "dataconversie" yes, "reconversie" no
_COMPOUND_TAIL = re.compile(rf"(?<=[a-zà-ÿ]{{{MIN_COMPOUND_HEAD}}})(?:{'|'.join(COMPOUND_TAILS)})")
_TAILS_OF_WORD: dict[str, tuple[int, ...]] = {}


def compound_tail_offsets(word: str) -> tuple[int, ...]:
    """Offsets inside `word` where a listed compound tail starts ("dataconversie" -> (4,))."""
    found = _TAILS_OF_WORD.get(word)
    if found is None:
        found = tuple(m.start() for m in _COMPOUND_TAIL.finditer(word)) if len(word) > 6 else ()
        if len(_TAILS_OF_WORD) >= MAX_REMEMBERED_WORDS:
            _TAILS_OF_WORD.clear()
        _TAILS_OF_WORD[word] = found
    return found


# In a Dutch document any cue word of a checklist item (as long as "opleiding") may end a
# compound too: "eindgebruikersopleiding", "maximumreactietijd". The detectors register their
# cue words here; a cue written with a leading \b still only matches at a word start.
MIN_DERIVED_TAIL = 6
# A head that is only a prefix makes a derived word, not a compound: "vervolgens" is no
# "volgens", "uitgesloten" no "gesloten", "ondertekend" no "getekend".
PREFIX_HEADS = frozenset((
    "aan", "door", "her", "mee", "non", "ont", "onder", "over", "toe", "uit", "ver", "voor",
    "weer", "tegen", "achter", "samen", "terug",
))  # fmt: skip
_CUE_TAILS: set[str] = set()
_DERIVED_TAILS_OF_WORD: dict[str, tuple[int, tuple[int, ...]]] = {}


def register_compound_tails(words: Iterable[str]) -> None:
    _CUE_TAILS.update(word for word in words if len(word) >= MIN_DERIVED_TAIL)


def cue_tail_offsets(word: str) -> tuple[int, ...]:
    """Offsets inside `word` where a registered cue word starts after a head of at least
    MIN_COMPOUND_HEAD letters ("eindgebruikersopleiding" -> (14,))."""
    size = len(_CUE_TAILS)
    seen = _DERIVED_TAILS_OF_WORD.get(word)
    if seen is not None and seen[0] == size:
        return seen[1]
    found = []
    last = len(word) - MIN_DERIVED_TAIL
    for offset in range(MIN_COMPOUND_HEAD, last + 1):
        if word[:offset] in PREFIX_HEADS:
            continue
        tail = word[offset:]
        if any(tail[:end] in _CUE_TAILS for end in range(MIN_DERIVED_TAIL, len(tail) + 1)):
            found.append(offset)
    if len(_DERIVED_TAILS_OF_WORD) >= MAX_REMEMBERED_WORDS:
        _DERIVED_TAILS_OF_WORD.clear()
    _DERIVED_TAILS_OF_WORD[word] = (size, tuple(found))
    return tuple(found)


class Vocabulary:
    """Where each word of a text starts (and each compound tail inside a word), to find the
    places a literal prefix can occur. dutch_compounds: also the registered cue words that end
    a compound (for a Dutch document)."""

    def __init__(self, text: str, dutch_compounds: bool = False) -> None:
        positions: defaultdict[str, list[int]] = defaultdict(list)
        for match in _WORD.finditer(text):
            positions[match.group()].append(match.start())
        for word, starts in list(positions.items()):
            offsets = compound_tail_offsets(word)
            if dutch_compounds and len(word) >= MIN_COMPOUND_HEAD + MIN_DERIVED_TAIL:
                offsets = sorted(set(offsets) | set(cue_tail_offsets(word)))
            for offset in offsets:
                positions[word[offset:]].extend(start + offset for start in starts)
        self.positions = dict(positions)
        self._words: list[str] | None = None
        self._prefixed: dict[str, list[int]] | None = None
        self.indexed_prefixes: frozenset[str] = frozenset()  # registered when indexing

    @property
    def words(self) -> list[str]:
        """The distinct words, sorted (for prefix look-ups)."""
        if self._words is None:
            self._words = sorted(self.positions)
        return self._words

    def prefixed_index(self) -> dict[str, list[int]]:
        """The starts of the words under each registered anchor prefix found in the text (a
        prefix missing here may still have words: prefixed_starts tells)."""
        if self._prefixed is None:
            self._index_anchor_prefixes()
        return self._prefixed

    def prefixed_starts(self, prefix: str) -> list[int]:
        """Starts of the words that begin with `prefix` (in no particular order)."""
        found = self.prefixed_index().get(prefix)
        if found is None:
            # none when the index knew the prefix; else it was registered after indexing
            known = prefix in self.indexed_prefixes
            found = self._prefixed[prefix] = [] if known else self._bisect_prefixed(prefix)
        return found

    def _index_anchor_prefixes(self) -> None:
        registered = frozenset(_ANCHOR_PREFIXES)
        size = len(registered)
        prefixed: dict[str, list[int]] = {}
        known = _PREFIXES_OF_WORD.get
        for word, starts in self.positions.items():
            seen = known(word)
            if seen is not None and seen[0] == size:
                prefixes = seen[1]
            else:
                prefixes = _anchor_prefixes_of(word, registered)
            for prefix in prefixes:
                found = prefixed.get(prefix)
                if found is None:
                    prefixed[prefix] = list(starts)
                else:
                    found += starts
        self._prefixed = prefixed
        self.indexed_prefixes = registered

    def _bisect_prefixed(self, prefix: str) -> list[int]:
        found = []
        words = self.words
        index = bisect_left(words, prefix)
        while index < len(words) and words[index].startswith(prefix):
            found.extend(self.positions[words[index]])
            index += 1
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
        parsed = sre_parser.parse(pattern)  # raises re.error as re.compile would
        self.prefixes = _leading_literals_of(parsed)
        self.regex = compile_parsed(pattern, parsed)
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
        # the anchors grouped by word (word -> offsets), whole words and word beginnings apart
        self._whole_words = _offsets_by_word(self.anchors or (), partial=False)
        self._word_prefixes = _offsets_by_word(self.anchors or (), partial=True)
        self._prefix_set = frozenset(self._word_prefixes)
        register_anchor_prefixes(self._prefix_set)

    def match_starts(self, text: str, vocabulary: Vocabulary | None = None) -> list[int]:
        """Start offsets of the matches in `text`, each once, in text order."""
        if self.anchors is None:
            return [m.start() for m in self.regex.finditer(text)]
        match_at = self.regex.match
        found: list[int] = []
        if vocabulary is None:
            literals = list(self.prefixes or ())
        else:
            literals = self.literals
            # only the anchor words the text has (a set intersection, not a loop over anchors)
            positions = vocabulary.positions
            for word in positions.keys() & self._whole_words.keys():
                for offset in self._whole_words[word]:
                    found += _matching(match_at, text, positions[word], offset)
            prefixed = vocabulary.prefixed_index()
            if self._prefix_set <= vocabulary.indexed_prefixes:
                words = prefixed.keys() & self._prefix_set
            else:  # a pattern made after the index: some prefixes are not in it yet
                words = [w for w in self._prefix_set if vocabulary.prefixed_starts(w)]
            for word in words:
                for offset in self._word_prefixes[word]:
                    found += _matching(match_at, text, prefixed[word], offset)
        for literal in literals:
            found += [p for p in _find_all(text, literal) if match_at(text, p)]
        # several anchors can lead to one match: each start once
        return sorted(set(found))


def matches_at_words(
    text: str, vocabulary: Vocabulary, regex: re.Pattern[str], words: Iterable[str]
) -> Iterator[re.Match[str]]:
    """The matches of `regex` that start where one of `words` stands as a whole word (the
    places come from the vocabulary's word index: no scan of the text)."""
    positions = vocabulary.positions
    for word in set(words):
        for start in positions.get(word, ()):
            if start and text[start - 1].isalnum():
                continue  # a compound tail inside a longer word
            match = regex.match(text, start)
            if match is not None:
                yield match


def _offsets_by_word(
    anchors: Iterable[tuple[str, bool, int]], partial: bool
) -> dict[str, tuple[int, ...]]:
    offsets: dict[str, list[int]] = {}
    for word, is_partial, offset in anchors:
        if is_partial == partial:
            offsets.setdefault(word, []).append(offset)
    return {word: tuple(found) for word, found in offsets.items()}


def _matching(match_at, text: str, word_starts: list[int], offset: int) -> Iterator[int]:
    """The candidate starts (a word's starts moved back by `offset`) where the pattern matches."""
    if offset:
        word_starts = [p - offset for p in word_starts if p >= offset]
    return compress(word_starts, map(match_at, repeat(text), word_starts))


def _find_all(text: str, literal: str) -> list[int]:
    found = []
    position = text.find(literal)
    while position >= 0:
        found.append(position)
        position = text.find(literal, position + 1)
    return found
