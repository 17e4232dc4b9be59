"""Units as the clause models read them (clause_model.py): tokens, batches of units, and the
lexicon that numbers the terms of several models once, so that a batch's word n-grams and the
character n-grams of its words are looked up once for every model sharing it (an English document
is scored by the CUAD classifiers and the checklist model); each model then maps the lexicon's
numbers onto its own columns with an array."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain, count, repeat

import numpy as np

# scikit-learn's token pattern is (?u)\b\w\w+\b; without the \b its matches are the same (a
# greedy run of word characters always starts and ends at a word boundary) and are found faster
_TOKEN = re.compile(r"\w\w+")
CACHE_WORDS = 200_000  # words whose token and character n-gram numbers stay cached


def char_ngrams_of_word(word: str, min_n: int = 3, max_n: int = 5) -> list[str]:
    padded = f" {word} "
    length = len(padded)
    grams = []
    for n in range(min_n, max_n + 1):
        if length <= n:  # the padded word is no longer than n: itself, counted once
            grams.append(padded)
            break
        grams += [padded[offset : offset + n] for offset in range(length - n + 1)]
    return grams


@dataclass(frozen=True)
class Tokens:
    """A unit as the vectorisers see it: its word 1-2-grams and its whitespace-separated words
    (whose character n-grams count), both lowercased."""

    grams: list[str]
    words: list[str]


def tokenise(text: str) -> Tokens:
    """The definition the batches follow (unit_batch, Lexicon.occurrences): a token never
    spans white space, so a unit's tokens are its words' tokens, one word after the other."""
    lowered = text.lower()
    tokens = _TOKEN.findall(lowered)
    bigrams = [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]
    return Tokens(tokens + bigrams, lowered.split())  # split(): any run of white space


@dataclass(frozen=True)
class UnitBatch:
    """Units as the models read them, flattened: every word occurrence (as tokenise splits
    the unit) as an id into the batch's distinct words, whose tokens and character n-grams a
    lexicon looks up once per batch; made once per document and shared by the models."""

    size: int
    words: list[str]  # distinct
    word_ids: np.ndarray  # per word occurrence: index into words
    word_rows: np.ndarray  # per word occurrence: its unit
    lookups: dict = field(default_factory=dict, compare=False, repr=False)  # Lexicon.occurrences


def unit_batch(texts: list[str]) -> UnitBatch:
    words = [text.lower().split() for text in texts]  # split(): any run of white space
    occurrences = list(chain.from_iterable(words))
    distinct = dict.fromkeys(occurrences)
    index = {word: i for i, word in enumerate(distinct)}
    word_ids = np.fromiter(map(index.__getitem__, occurrences), np.int32, len(occurrences))
    rows = np.arange(len(texts), dtype=np.int32)
    return UnitBatch(len(texts), list(index), word_ids, np.repeat(rows, list(map(len, words))))


class Lexicon:
    """Numbers for the word terms and character terms of several vocabularies (in the order
    given, each term once). A word term is a token or a pair of tokens: a batch's words are
    split into tokens once, and each pair of neighbouring tokens looked up by their numbers."""

    def __init__(
        self, vocabularies: list[tuple[list[str], list[str]]], char_range: tuple[int, int]
    ) -> None:
        words = dict.fromkeys(chain.from_iterable(words for words, _ in vocabularies))
        chars = dict.fromkeys(chain.from_iterable(chars for _, chars in vocabularies))
        self.word_ids = {term: i for i, term in enumerate(words)}
        self.char_ids = {term: i for i, term in enumerate(chars)}
        self.char_range = char_range
        self._index_tokens()
        self._cache: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}

    def _index_tokens(self) -> None:
        """Numbers for the tokens (`unknown_token`: a token of no term): a token that is a
        word term keeps the term's number, the other tokens of pairs are numbered after the
        terms (a term with a space is never a token); the term number of each token that is a
        term itself (-1: none), and the term numbers of the pairs, keyed first token *
        (unknown_token + 1) + second token, sorted by key."""
        pairs = [(term.split(" "), i) for term, i in self.word_ids.items() if " " in term]
        pairs = [(parts, i) for parts, i in pairs if len(parts) == 2]  # no pair makes more
        pair_tokens = list(chain.from_iterable(parts for parts, _ in pairs))  # first, second
        others = dict.fromkeys(t for t in pair_tokens if t not in self.word_ids)
        self.token_ids = self.word_ids | dict(zip(others, count(len(self.word_ids))))
        self.unknown_token = len(self.token_ids)
        singles = [i for term, i in self.word_ids.items() if " " not in term]
        self.token_terms = np.full(self.unknown_token + 1, -1, dtype=np.int32)
        self.token_terms[singles] = singles
        numbers = np.fromiter(
            map(self.token_ids.__getitem__, pair_tokens), np.int64, len(pair_tokens)
        )
        pair_keys = numbers[0::2] * (self.unknown_token + 1) + numbers[1::2]
        order = np.argsort(pair_keys, kind="stable")
        self.pair_keys = pair_keys[order]
        self.pair_terms = np.array([i for _, i in pairs], dtype=np.int32)[order]
        # whether a token opens / closes some pair (the unknown token: neither)
        self.opens_pair = np.zeros(self.unknown_token + 1, dtype=bool)
        self.opens_pair[self.pair_keys // (self.unknown_token + 1)] = True
        self.closes_pair = np.zeros(self.unknown_token + 1, dtype=bool)
        self.closes_pair[self.pair_keys % (self.unknown_token + 1)] = True

    def columns(self, terms: list[str], first_column: int, kind: str) -> np.ndarray:
        """For each lexicon number of `kind` ("word" or "char"), the column of the term in a
        model whose `terms` have the columns from `first_column` on, or -1."""
        ids = self.word_ids if kind == "word" else self.char_ids
        mapped = np.full(len(ids), -1, dtype=np.int32)
        mapped[list(map(ids.__getitem__, terms))] = np.arange(
            first_column, first_column + len(terms), dtype=np.int32
        )
        return mapped

    def _numbers(self, word: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """One word's token numbers and the lexicon numbers of its known character n-grams
        (with repeats), cached."""
        found = self._cache.get(word)
        if found is None:
            tokens = map(self.token_ids.get, _TOKEN.findall(word), repeat(self.unknown_token))
            grams = map(self.char_ids.get, char_ngrams_of_word(word, *self.char_range))
            found = (tuple(tokens), tuple([i for i in grams if i is not None]))
            if len(self._cache) < CACHE_WORDS:
                self._cache[word] = found
        return found

    def occurrences(self, batch: UnitBatch) -> tuple[np.ndarray, ...]:
        """(unit, lexicon number) of every known word n-gram occurrence and of every known
        character n-gram occurrence (in no particular order), once per batch."""
        found = batch.lookups.get(self)
        if found is None:
            numbers = list(map(self._numbers, batch.words))
            per_word_tokens, per_word_chars = zip(*numbers, strict=True) if numbers else ((), ())
            tokens = _per_occurrence(per_word_tokens, batch, np.int64)
            chars = _per_occurrence(per_word_chars, batch, np.int32)
            found = batch.lookups[self] = (*self._word_terms(*tokens), *chars)
        return found

    def _word_terms(self, rows: np.ndarray, tokens: np.ndarray) -> tuple[np.ndarray, ...]:
        """(unit, term number) of the known tokens and pairs of neighbouring tokens, from
        each token occurrence's unit and number."""
        single = self.token_terms[tokens]
        known = single >= 0
        first, second = tokens[:-1], tokens[1:]
        paired = (rows[:-1] == rows[1:]) & self.opens_pair[first] & self.closes_pair[second]
        keys = first[paired] * (self.unknown_token + 1) + second[paired]
        slots = np.searchsorted(self.pair_keys, keys)
        slots[slots == len(self.pair_keys)] = 0
        if len(self.pair_keys):
            hits = self.pair_keys[slots] == keys
        else:
            hits = np.zeros(len(keys), dtype=bool)
        return (
            np.concatenate((rows[known], rows[:-1][paired][hits])),
            np.concatenate((single[known], self.pair_terms[slots[hits]])),
        )


def _per_occurrence(per_word: tuple[tuple[int, ...], ...], batch: UnitBatch, dtype) -> tuple:
    """(unit, number) for each number of each word occurrence, in order: the numbers of a
    distinct word (`per_word`) repeated wherever it occurs."""
    # 32-bit indices: a chunk of units times the vocabulary stays far below 2**31
    lengths = np.fromiter(map(len, per_word), np.int32, len(per_word))
    flat = np.fromiter(chain.from_iterable(per_word), dtype, int(lengths.sum()))
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int32)
    ids = batch.word_ids
    counts = lengths[ids] if len(ids) else np.zeros(0, dtype=np.int32)
    total = int(counts.sum())
    # positions in `flat` of each occurrence's numbers: its word's start, then 0, 1, ...
    first = np.repeat(starts[ids] - (np.cumsum(counts, dtype=np.int32) - counts), counts)
    return np.repeat(batch.word_rows, counts), flat[first + np.arange(total, dtype=np.int32)]
