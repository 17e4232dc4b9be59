"""Units as the clause models read them (clause_model.py): tokens, batches of units, and the
lexicon that numbers the terms of several models once, so that a batch's word n-grams and the
character n-grams of its words are looked up once for every model sharing it (an English document
is scored by the CUAD classifiers and the checklist model); each model then maps the lexicon's
numbers onto its own columns with an array."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain, repeat

import numpy as np

# scikit-learn's token pattern is (?u)\b\w\w+\b; without the \b its matches are the same (a
# greedy run of word characters always starts and ends at a word boundary) and are found faster
_TOKEN = re.compile(r"\w\w+")
CHAR_CACHE_WORDS = 200_000  # words whose character n-grams stay cached between documents


def char_ngrams_of_word(word: str, min_n: int = 3, max_n: int = 5) -> list[str]:
    padded = f" {word} "
    length = len(padded)
    grams = []
    for n in range(min_n, max_n + 1):
        offset = 0
        grams.append(padded[offset : offset + n])
        while offset + n < length:
            offset += 1
            grams.append(padded[offset : offset + n])
        if offset == 0:  # the padded word is shorter than n: counted once
            break
    return grams


@dataclass(frozen=True)
class Tokens:
    """A unit as the vectorisers see it: its word 1-2-grams and its whitespace-separated words
    (whose character n-grams count), both lowercased."""

    grams: list[str]
    words: list[str]


def tokenise(text: str) -> Tokens:
    lowered = text.lower()
    tokens = _TOKEN.findall(lowered)
    bigrams = [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]
    return Tokens(tokens + bigrams, lowered.split())  # split(): any run of white space


@dataclass(frozen=True)
class UnitBatch:
    """Units as the models read them, flattened: every word n-gram occurrence with its unit,
    and every word occurrence as an id into the batch's distinct words (whose character
    n-grams a model looks up once per batch); made once per document and shared by the
    models."""

    size: int
    grams: list[str]  # per word n-gram occurrence
    gram_rows: np.ndarray  # per word n-gram occurrence: its unit
    words: list[str]  # distinct
    word_ids: np.ndarray  # per word occurrence: index into words
    word_rows: np.ndarray  # per word occurrence: its unit
    lookups: dict = field(default_factory=dict, compare=False, repr=False)  # Lexicon.occurrences


def unit_batch(units: list[Tokens]) -> UnitBatch:
    rows = np.arange(len(units), dtype=np.int32)
    occurrences = list(chain.from_iterable(unit.words for unit in units))
    index = {word: i for i, word in enumerate(dict.fromkeys(occurrences))}
    word_ids = np.fromiter(map(index.__getitem__, occurrences), np.int32, len(occurrences))
    return UnitBatch(
        len(units),
        list(chain.from_iterable(unit.grams for unit in units)),
        np.repeat(rows, [len(unit.grams) for unit in units]),
        list(index),
        word_ids,
        np.repeat(rows, [len(unit.words) for unit in units]),
    )


class Lexicon:
    """Numbers for the word terms and character terms of several vocabularies (in the order
    given, each term once); `unknown_word` / `unknown_char` number a term none of them has."""

    def __init__(
        self, vocabularies: list[tuple[list[str], list[str]]], char_range: tuple[int, int]
    ) -> None:
        words = dict.fromkeys(chain.from_iterable(words for words, _ in vocabularies))
        chars = dict.fromkeys(chain.from_iterable(chars for _, chars in vocabularies))
        self.word_ids = {term: i for i, term in enumerate(words)}
        self.char_ids = {term: i for i, term in enumerate(chars)}
        self.unknown_word = len(self.word_ids)
        self.char_range = char_range
        self._char_cache: dict[str, np.ndarray] = {}

    def columns(self, terms: list[str], own: dict[str, int], kind: str) -> np.ndarray:
        """For each lexicon number of `kind` ("word" or "char"), the column `own` gives the
        term, or -1; one more entry (-1) for the unknown word."""
        ids = self.word_ids if kind == "word" else self.char_ids
        mapped = np.full(len(ids) + 1, -1, dtype=np.int32)
        mapped[[ids[term] for term in terms]] = [own[term] for term in terms]
        return mapped

    def _char_ids(self, word: str) -> np.ndarray:
        """The lexicon numbers of one word's character n-grams (with repeats), cached."""
        found = self._char_cache.get(word)
        if found is None:
            char_ids = self.char_ids
            grams = char_ngrams_of_word(word, *self.char_range)
            found = np.array([char_ids[g] for g in grams if g in char_ids], dtype=np.int32)
            if len(self._char_cache) < CHAR_CACHE_WORDS:
                self._char_cache[word] = found
        return found

    def occurrences(self, batch: UnitBatch) -> tuple[np.ndarray, ...]:
        """(unit, lexicon number) of every word n-gram occurrence (unknown ones numbered
        unknown_word) and of every known character n-gram occurrence, once per batch."""
        found = batch.lookups.get(self)
        if found is None:
            found = batch.lookups[self] = (*self._words(batch), *self._chars(batch))
        return found

    def _words(self, batch: UnitBatch) -> tuple[np.ndarray, np.ndarray]:
        ids = np.fromiter(
            map(self.word_ids.get, batch.grams, repeat(self.unknown_word)),
            np.int32,
            len(batch.grams),
        )
        return batch.gram_rows, ids

    def _chars(self, batch: UnitBatch) -> tuple[np.ndarray, np.ndarray]:
        per_word = [self._char_ids(word) for word in batch.words]
        # 32-bit indices: a chunk of units times the vocabulary stays far below 2**31
        lengths = np.array([len(c) for c in per_word], dtype=np.int32)
        flat = np.concatenate(per_word) if per_word else np.zeros(0, dtype=np.int32)
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int32)
        ids = batch.word_ids
        counts = lengths[ids] if len(ids) else np.zeros(0, dtype=np.int32)
        total = int(counts.sum())
        # positions in `flat` of each occurrence's n-grams: its word's start, then 0, 1, ...
        first = np.repeat(starts[ids] - (np.cumsum(counts, dtype=np.int32) - counts), counts)
        return np.repeat(batch.word_rows, counts), flat[first + np.arange(total, dtype=np.int32)]
