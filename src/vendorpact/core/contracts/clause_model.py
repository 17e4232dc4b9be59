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
(clause_units): training and run time see the same units. Tokens, unit batches and the lexicon
the shipped models share (each unit's n-grams looked up once for both) are in clause_features.py.
"""

from __future__ import annotations

import base64
import gzip
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from vendorpact.core.contracts.clause_features import (
    Lexicon,
    UnitBatch,
    unit_batch,
)
from vendorpact.core.contracts.structure import Structure

MODEL_PATH = Path(__file__).with_name("data") / "clause_model.json.gz"
CHECKLIST_MODEL_PATH = Path(__file__).with_name("data") / "checklist_model.json.gz"
MIN_UNIT_CHARS = 20
CHUNK_UNITS = 250  # units scored at a time: bounds the memory of a long document (the
# features of a chunk times the items scored are held at once)


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


def tokenised_units(structure: Structure) -> tuple[list[tuple[int, str]], list[UnitBatch]]:
    """The clause units and their batches of CHUNK_UNITS, made once per document for every
    model (a batch bounds the memory of scoring a long document)."""
    cached = structure.cache.get("clause_units")
    if cached is None:
        units = clause_units(structure)
        texts = [text for _, text in units]
        batches = [
            unit_batch(texts[start : start + CHUNK_UNITS])
            for start in range(0, len(texts), CHUNK_UNITS)
        ]
        cached = structure.cache["clause_units"] = (units, batches)
    return cached


@dataclass(frozen=True)
class ItemModel:
    item_id: str
    categories: tuple[str, ...]
    mode: str  # "rules" | "classifier" | "either" | "both": how it combines with the rules
    threshold: float  # the best unit's probability from which the classifier says present


class ClauseModel:
    """The shipped model: vocabularies, idf and one coefficient row per item."""

    def __init__(self, data: dict, lexicon: Lexicon | None = None) -> None:
        """`lexicon`: shared with other models (shipped_models); by default the model's own."""
        words, chars = data["word"]["vocabulary"], data["char"]["vocabulary"]
        self.words, self.chars = words, chars  # in column order: words first, then chars
        self.n_words = len(words)
        self.char_range = char_range_of(data)
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
        self.lexicon = lexicon or Lexicon([(words, chars)], self.char_range)
        # the lexicon's numbers -> this model's columns (-1: not in its vocabulary)
        self.word_columns = self.lexicon.columns(words, 0, "word")
        self.char_columns = self.lexicon.columns(chars, self.n_words, "char")

    @property
    def coef(self) -> np.ndarray:
        """(items, features): one coefficient row per item (a view, not a copy)."""
        return self.coef_by_column.T

    def item(self, item_id: str) -> ItemModel | None:
        return next((item for item in self.items if item.item_id == item_id), None)

    def _occurrences(self, batch: UnitBatch) -> tuple[np.ndarray, np.ndarray]:
        """(row, column) of every n-gram occurrence in the vocabulary."""
        gram_rows, gram_ids, char_rows, char_ids = self.lexicon.occurrences(batch)
        word_columns = self.word_columns[gram_ids]
        char_columns = self.char_columns[char_ids]
        known, kept = word_columns >= 0, char_columns >= 0
        rows = np.concatenate((gram_rows[known], char_rows[kept]))
        return rows, np.concatenate((word_columns[known], char_columns[kept]))

    def probabilities(
        self, texts: list[str], positions: tuple[int, ...] | None = None
    ) -> np.ndarray:
        """(len(texts), items) probabilities, one column per item in self.items (or per
        position of `positions` in self.items)."""
        return self.batch_probabilities(unit_batch(texts), positions)

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


def read_data(path: Path) -> dict:
    # decompressed in one call: reading through a gzip stream costs a third more
    return json.loads(gzip.decompress(path.read_bytes()))


def read_model(path: Path) -> ClauseModel:
    return ClauseModel(read_data(path))


def char_range_of(data: dict) -> tuple[int, int]:
    return tuple(data["char"].get("ngram_range", (3, 5)))


@cache
def shipped_models() -> tuple[ClauseModel | None, ClauseModel | None]:
    """The packaged CUAD clause model and checklist model (None when the package carries none),
    sharing one lexicon when their character n-grams are alike (an English document's units are
    looked up once for both)."""
    data = [read_data(p) if p.exists() else None for p in (MODEL_PATH, CHECKLIST_MODEL_PATH)]
    present = [d for d in data if d is not None]
    lexicon = None
    if len({char_range_of(d) for d in present}) == 1:
        vocabularies = [(d["word"]["vocabulary"], d["char"]["vocabulary"]) for d in present]
        lexicon = Lexicon(vocabularies, char_range_of(present[0]))
    cuad, checklist = (ClauseModel(d, lexicon) if d is not None else None for d in data)
    return cuad, checklist


def shipped_model() -> ClauseModel | None:
    """The packaged CUAD clause model, or None when the package carries none."""
    return shipped_models()[0]


def checklist_model() -> ClauseModel | None:
    """The packaged checklist model (nl, fr, en; scripts/train_checklist_model.py), or None."""
    return shipped_models()[1]
