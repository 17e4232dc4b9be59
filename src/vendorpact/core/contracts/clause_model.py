"""Learned clause classifiers: score each clause unit of an English document per checklist item.

The model (data/clause_model.json.gz: gzipped JSON, no pickle), written by
scripts/train_clause_model.py from CUAD's
expert-labelled spans) is TF-IDF over word 1-2-grams and character 3-5-grams within words, then
one logistic regression per item. This module scores with numpy alone (no scikit-learn at run
time) and reproduces scikit-learn's analysis exactly:

- words: the lowercased text's tokens of two or more word characters (`\\b\\w\\w+\\b`), and each
  pair of neighbouring tokens joined by a space;
- characters ("char_wb"): each whitespace-separated word padded with one space on both sides,
  all its substrings of 3 to 5 characters (a padded word shorter than n gives itself, once);
- per block (words, characters): sublinear term frequency (1 + ln count) times idf, scaled to
  unit length; the item's probability is the logistic of coefficients . features + intercept.

Units are the structure's sentences that are not headings, prefixed by their section heading
(clause_units): training and run time see the same units.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from vendorpact.core.contracts.structure import Structure

MODEL_PATH = Path(__file__).with_name("data") / "clause_model.json.gz"
MIN_UNIT_CHARS = 20
CHUNK_UNITS = 1000  # units scored at a time: bounds the memory of a long document
CHAR_CACHE_WORDS = 200_000  # words whose character n-grams stay cached between documents
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_WHITE_SPACES = re.compile(r"\s\s+")


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


def word_ngrams(text: str) -> list[str]:
    tokens = _TOKEN.findall(text.lower())
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


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


def char_words(text: str) -> list[str]:
    return _WHITE_SPACES.sub(" ", text.lower()).split()


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
        self.idf = np.array(data["word"]["idf"] + data["char"]["idf"], dtype=np.float64)
        self.items = tuple(
            ItemModel(i["item"], tuple(i["categories"]), i["mode"], i["threshold"])
            for i in data["items"]
        )
        self.coef = np.array([i["coef"] for i in data["items"]], dtype=np.float64)
        self.intercept = np.array([i["intercept"] for i in data["items"]], dtype=np.float64)
        self._char_cache: dict[str, np.ndarray] = {}

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

    def _occurrences(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(row, column) of every n-gram occurrence in the vocabulary."""
        word_index = self.word_index
        word_rows: list[int] = []
        word_columns: list[int] = []
        token_rows: list[int] = []
        token_ids: list[int] = []
        words: dict[str, int] = {}
        for row, text in enumerate(texts):
            found = [c for c in map(word_index.get, word_ngrams(text)) if c is not None]
            word_columns.extend(found)
            word_rows.extend([row] * len(found))
            tokens = char_words(text)
            token_ids.extend([words.setdefault(token, len(words)) for token in tokens])
            token_rows.extend([row] * len(tokens))
        per_word = [self._char_columns(word) for word in words]
        # 32-bit indices: a chunk of units times the vocabulary stays far below 2**31
        lengths = np.array([len(c) for c in per_word], dtype=np.int32)
        flat = np.concatenate(per_word) if per_word else np.zeros(0, dtype=np.int32)
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int32)
        ids = np.asarray(token_ids, dtype=np.int32)
        repeat = lengths[ids] if len(ids) else np.zeros(0, dtype=np.int32)
        total = int(repeat.sum())
        # positions in `flat` of each occurrence's columns: its word's start, then 0, 1, ...
        first = np.repeat(starts[ids] - (np.cumsum(repeat, dtype=np.int32) - repeat), repeat)
        char_columns = flat[first + np.arange(total, dtype=np.int32)]
        char_rows = np.repeat(np.asarray(token_rows, dtype=np.int32), repeat)
        rows = np.concatenate((np.asarray(word_rows, dtype=np.int32), char_rows))
        columns = np.concatenate((np.asarray(word_columns, dtype=np.int32), char_columns))
        return rows, columns

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """(len(texts), items) probabilities, one column per item in self.items."""
        if not texts:
            return np.zeros((0, len(self.items)))
        rows, columns = self._occurrences(texts)
        width = len(self.idf)
        key_type = np.int32 if len(texts) * width < 2**31 else np.int64
        keys, counts = np.unique(
            rows.astype(key_type) * key_type(width) + columns, return_counts=True
        )
        row_of, column_of = keys // width, keys % width
        values = (1.0 + np.log(counts)) * self.idf[column_of]
        block = row_of * 2 + (column_of >= self.n_words)
        norms = np.sqrt(np.bincount(block, values * values, minlength=2 * len(texts)))
        values = values / norms[block]
        logits = np.empty((len(texts), len(self.items)))
        for position in range(len(self.items)):
            weights = values * self.coef[position, column_of]
            logits[:, position] = np.bincount(row_of, weights, minlength=len(texts))
        logits += self.intercept
        return 1.0 / (1.0 + np.exp(-logits))


@dataclass(frozen=True)
class ClauseScore:
    """The best unit for one item: its probability and sentence index (-1 when none)."""

    probability: float
    index: int


def best_clauses(model: ClauseModel, structure: Structure) -> dict[str, ClauseScore]:
    """Per item of the model, its best-scoring unit in the document."""
    units = clause_units(structure)
    if not units:
        return {item.item_id: ClauseScore(0.0, -1) for item in model.items}
    texts = [text for _, text in units]
    probabilities = np.concatenate(
        [
            model.probabilities(texts[start : start + CHUNK_UNITS])
            for start in range(0, len(texts), CHUNK_UNITS)
        ]
    )
    best = probabilities.argmax(axis=0)
    return {
        item.item_id: ClauseScore(
            float(probabilities[best[position], position]), units[best[position]][0]
        )
        for position, item in enumerate(model.items)
    }


def read_model(path: Path) -> ClauseModel:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return ClauseModel(json.load(handle))


@cache
def shipped_model() -> ClauseModel | None:
    """The packaged model, or None when the package carries none."""
    return read_model(MODEL_PATH) if MODEL_PATH.exists() else None
