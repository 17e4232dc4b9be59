"""Learned clause classifiers: score each clause unit of an English document per checklist item.

The model (data/clause_model.json.gz: gzipped JSON, no pickle), written by
scripts/train_clause_model.py from CUAD's
expert-labelled spans) is TF-IDF over word 1-2-grams and character n-grams within words (the
range the file names: 4-grams only as shipped), then
one logistic regression per item. This module scores with numpy alone (no scikit-learn at run
time) and reproduces scikit-learn's analysis exactly:

- words: the lowercased text's tokens of two or more word characters (`\\b\\w\\w+\\b`), and each
  pair of neighbouring tokens joined by a space;
- characters ("char_wb"): each whitespace-separated word padded with one space on both sides,
  all its substrings of n characters for each n of the range (a padded word shorter than n
  gives itself, once);
- per block (words, characters): sublinear term frequency (1 + ln count) times idf, scaled to
  unit length; the item's probability is the logistic of coefficients . features + intercept.

Units are the structure's sentences that are not headings, prefixed by their section heading
(clause_units): training and run time see the same units.
"""

from __future__ import annotations

import base64
import gzip
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import chain, repeat
from pathlib import Path

import numpy as np

from vendorpact.core.contracts.structure import Structure

MODEL_PATH = Path(__file__).with_name("data") / "clause_model.json.gz"
CHECKLIST_MODEL_PATH = Path(__file__).with_name("data") / "checklist_model.json.gz"
MIN_UNIT_CHARS = 20
CHUNK_UNITS = 250  # units scored at a time: bounds the memory of a long document (the
# features of a chunk times the items scored are held at once)
CHAR_CACHE_WORDS = 200_000  # words whose character n-grams stay cached between documents
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def clause_units(structure: Structure) -> list[tuple[int, str]]:
    """(sentence index, unit text) for every sentence that is not a heading and has some
    length; the text is 'heading | sentence' so that a clause under "Governing Law" says so."""
    units = []
    for index, sentence in enumerate(structure.sentences):
        if sentence.is_heading or len(sentence.text) < MIN_UNIT_CHARS:
            continue
        units.append((index, unit_text(sentence.heading, sentence.text)))
    return units


def unit_text(heading: str, text: str) -> str:
    return f"{heading} | {text}" if heading else text


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


def tokenised_units(structure: Structure) -> tuple[list[tuple[int, str]], list[UnitBatch]]:
    """The clause units and their batches of CHUNK_UNITS, made once per document for every
    model (a batch bounds the memory of scoring a long document)."""
    cached = structure.cache.get("clause_units")
    if cached is None:
        units = clause_units(structure)
        tokens = [tokenise(text) for _, text in units]
        batches = [
            unit_batch(tokens[start : start + CHUNK_UNITS])
            for start in range(0, len(tokens), CHUNK_UNITS)
        ]
        cached = structure.cache["clause_units"] = (units, batches)
    return cached


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
class ItemModel:
    item_id: str
    categories: tuple[str, ...]
    mode: str  # "rules" | "classifier" | "either" | "both": how it combines with the rules
    threshold: float  # the best unit's probability from which the classifier says present


class ClauseModel:
    """The shipped model: vocabularies, idf and one coefficient row per item."""

    def __init__(self, data: dict) -> None:
        words, chars = data["word"]["vocabulary"], data["char"]["vocabulary"]
        self.n_words = len(words)
        self.char_range = tuple(data["char"].get("ngram_range", (3, 5)))
        self.word_index = {term: i for i, term in enumerate(words)}
        self.char_index = {term: self.n_words + i for i, term in enumerate(chars)}
        self.idf = np.concatenate((floats(data["word"]["idf"]), floats(data["char"]["idf"])))
        self.languages = frozenset(data.get("languages", ("en",)))
        self.items = tuple(
            ItemModel(i["item"], tuple(i["categories"]), i["mode"], i["threshold"])
            for i in data["items"]
        )
        # one row per feature: a unit's features gather the rows of all items at once
        self.coef_by_column = np.ascontiguousarray(
            np.array([floats(i["coef"]) for i in data["items"]], dtype=np.float64).T
        )
        self.intercept = np.array([i["intercept"] for i in data["items"]], dtype=np.float64)
        self._char_cache: dict[str, np.ndarray] = {}

    @property
    def coef(self) -> np.ndarray:
        """(items, features): one coefficient row per item (a view, not a copy)."""
        return self.coef_by_column.T

    def item(self, item_id: str) -> ItemModel | None:
        return next((item for item in self.items if item.item_id == item_id), None)

    def _char_columns(self, word: str) -> np.ndarray:
        """The character n-gram columns of one word (with repeats), cached across documents."""
        columns = self._char_cache.get(word)
        if columns is None:
            char_index = self.char_index
            grams = char_ngrams_of_word(word, *self.char_range)
            found = [char_index[g] for g in grams if g in char_index]
            columns = np.array(found, dtype=np.int32)
            if len(self._char_cache) < CHAR_CACHE_WORDS:
                self._char_cache[word] = columns
        return columns

    def _occurrences(self, batch: UnitBatch) -> tuple[np.ndarray, np.ndarray]:
        """(row, column) of every n-gram occurrence in the vocabulary."""
        found = np.fromiter(
            map(self.word_index.get, batch.grams, repeat(-1)), np.int32, len(batch.grams)
        )
        known = found >= 0
        word_columns, word_rows = found[known], batch.gram_rows[known]
        token_rows, ids = batch.word_rows, batch.word_ids
        per_word = [self._char_columns(word) for word in batch.words]
        # 32-bit indices: a chunk of units times the vocabulary stays far below 2**31
        lengths = np.array([len(c) for c in per_word], dtype=np.int32)
        flat = np.concatenate(per_word) if per_word else np.zeros(0, dtype=np.int32)
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int32)
        counts = lengths[ids] if len(ids) else np.zeros(0, dtype=np.int32)
        total = int(counts.sum())
        # positions in `flat` of each occurrence's columns: its word's start, then 0, 1, ...
        first = np.repeat(starts[ids] - (np.cumsum(counts, dtype=np.int32) - counts), counts)
        char_columns = flat[first + np.arange(total, dtype=np.int32)]
        char_rows = np.repeat(token_rows, counts)
        rows = np.concatenate((word_rows, char_rows))
        columns = np.concatenate((word_columns, char_columns))
        return rows, columns

    def probabilities(
        self, texts: list[str], positions: tuple[int, ...] | None = None
    ) -> np.ndarray:
        """(len(texts), items) probabilities, one column per item in self.items (or per
        position of `positions` in self.items)."""
        return self.batch_probabilities(unit_batch([tokenise(t) for t in texts]), positions)

    def batch_probabilities(
        self, batch: UnitBatch, positions: tuple[int, ...] | None = None
    ) -> np.ndarray:
        """As probabilities, for units already tokenised."""
        positions = tuple(range(len(self.items))) if positions is None else positions
        if not batch.size:
            return np.zeros((0, len(positions)))
        rows, columns = self._occurrences(batch)
        width = len(self.idf)
        key_type = np.int32 if batch.size * width < 2**31 else np.int64
        keys, counts = np.unique(
            rows.astype(key_type) * key_type(width) + columns, return_counts=True
        )
        row_of, column_of = keys // width, keys % width
        values = (1.0 + np.log(counts)) * self.idf[column_of]
        block = row_of * 2 + (column_of >= self.n_words)
        norms = np.sqrt(np.bincount(block, values * values, minlength=2 * batch.size))
        values = values / norms[block]
        # keys are sorted, so each unit's features are one run: sum each run's weighted
        # coefficients for all items at once
        logits = np.zeros((batch.size, len(positions)))
        if len(row_of):
            starts = np.flatnonzero(np.r_[True, row_of[1:] != row_of[:-1]])
            weighted = self._coefficients(column_of, positions)
            weighted *= values[:, None]
            logits[row_of[starts]] = np.add.reduceat(weighted, starts, axis=0)
        logits += self.intercept[list(positions)]
        return 1.0 / (1.0 + np.exp(-logits))

    def _coefficients(self, columns: np.ndarray, positions: tuple[int, ...]) -> np.ndarray:
        """(len(columns), len(positions)): the coefficients of the items at `positions` for each
        feature column, gathered directly (not every item's, then the few asked for)."""
        n_items = len(self.items)
        if positions == tuple(range(n_items)):
            return self.coef_by_column[columns]
        flat = (columns * n_items)[:, None] + np.asarray(positions, dtype=columns.dtype)
        return self.coef_by_column.ravel().take(flat)


@dataclass(frozen=True)
class ClauseScore:
    """The best unit for one item: its probability and sentence index (-1 when none)."""

    probability: float
    index: int


def best_clauses(
    model: ClauseModel,
    structure: Structure,
    item_ids: set[str] | None = None,
    admit: Callable[[str, int], bool] | None = None,
) -> dict[str, ClauseScore]:
    """Per item of the model (or of `item_ids` only), its best-scoring unit in the document;
    with `admit` (item id, sentence index), the best unit it admits (none: ClauseScore(0, -1))."""
    positions = tuple(
        position
        for position, item in enumerate(model.items)
        if item_ids is None or item.item_id in item_ids
    )
    units, batches = tokenised_units(structure)
    if not units:
        return {model.items[p].item_id: ClauseScore(0.0, -1) for p in positions}
    probabilities = np.concatenate(
        [model.batch_probabilities(batch, positions) for batch in batches]
    )
    best = {}
    for column, position in enumerate(positions):
        item_id = model.items[position].item_id
        best[item_id] = best_admitted(probabilities[:, column], units, item_id, admit)
    return best


def best_admitted(probabilities: np.ndarray, units, item_id: str, admit) -> ClauseScore:
    """The best of `units` ((sentence index, text), one per probability) for the item, or with
    `admit` the best it admits; ClauseScore(0, -1) when none."""
    if admit is None:
        row = int(probabilities.argmax())
        return ClauseScore(float(probabilities[row]), units[row][0])
    for row in np.argsort(-probabilities, kind="stable"):
        if admit(item_id, units[row][0]):
            return ClauseScore(float(probabilities[row]), units[row][0])
    return ClauseScore(0.0, -1)


FIXED_DECIMALS = 6  # the model file keeps each number to a millionth


def encode_floats(values) -> str:
    """Numbers as the model file keeps them: rounded to FIXED_DECIMALS decimals and stored as
    base64 of little-endian 32-bit integers (millionths), so that a model loads without parsing
    hundreds of thousands of decimal numbers. Read back, each is exactly the float that the
    decimal text round(value, FIXED_DECIMALS) would parse to."""
    scale = 10**FIXED_DECIMALS
    units = [round(round(float(v), FIXED_DECIMALS) * scale) for v in values]
    return base64.b64encode(np.asarray(units, dtype="<i4").tobytes()).decode("ascii")


def floats(value: str | list[float]) -> np.ndarray:
    """encode_floats undone; a plain list of numbers is read as it is."""
    if isinstance(value, str):
        units = np.frombuffer(base64.b64decode(value), dtype="<i4")
        return units / float(10**FIXED_DECIMALS)
    return np.asarray(value, dtype=np.float64)


def read_model(path: Path) -> ClauseModel:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return ClauseModel(json.load(handle))


@cache
def shipped_model() -> ClauseModel | None:
    """The packaged CUAD clause model, or None when the package carries none."""
    return read_model(MODEL_PATH) if MODEL_PATH.exists() else None


@cache
def checklist_model() -> ClauseModel | None:
    """The packaged checklist model (nl, fr, en; scripts/train_checklist_model.py), or None."""
    return read_model(CHECKLIST_MODEL_PATH) if CHECKLIST_MODEL_PATH.exists() else None
