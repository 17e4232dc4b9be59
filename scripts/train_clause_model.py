"""Train the clause classifiers shipped in core/contracts/data/clause_model.json.gz.

Usage: .venv/bin/python scripts/train_clause_model.py [--out PATH] [--limit N] [--jobs N]

Data: the CUAD dev contracts (../shared/data/contracts/cuad/master_clauses_dev.csv and txt/).
Each document is segmented with the analyser's own structure (clause_model.clause_units); a
unit is positive for an item when it overlaps an expert-labelled span of one of the item's CUAD
categories, negative otherwise (the other units of the same documents).

Model: per fitting set of documents, the word 1-2-gram and character 4-gram (within words)
vocabularies are the most frequent n-grams of that set's units that occur in at least MIN_DF
units; idf, sublinear tf and l2 per block as scikit-learn's TfidfVectorizer; one logistic
regression (liblinear dual, balanced classes, fixed seed) per item. Everything is deterministic.

How each item combines with the rules (mode "rules": the rules alone, or "either": rules or
classifier, and the classifier's threshold on the best unit's probability) is chosen by
cross-validation: 5 folds by document (sorted file names, number % 5, as
benchmarks/contracts_eval.py). The shipped mode and threshold are the best two-class F1 over the
out-of-fold document scores of all dev documents (each from a model fitted without its fold);
benchmarks/contracts_eval.py reports the nested version (choices made on the training folds only)
as the result, beside the classifier alone. The classifier may add to the rules, never veto them
(the modes "classifier" and "both" of learned.py are not chosen): CUAD is US SEC filings only,
and a veto learned there removed rule findings in other styles (e.g. "the legislation of Belgium
applies"); for liability (caps), termination (for convenience) and IP (assignment, licence
grant) CUAD's silence does not even mean the item is missing.

scikit-learn is needed here only; the analyser scores with numpy (core/contracts/clause_model).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize

from vendorpact.core.contracts.clause_model import (
    FIXED_DECIMALS,
    MODEL_PATH,
    clause_units,
    encode_floats,
)
from vendorpact.core.contracts.detectors import detect_items
from vendorpact.core.contracts.extraction import extract_file
from vendorpact.core.contracts.structure import build_structure

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VENDORPACT_SHARED_DIR", REPO.parent / "shared")) / "data"
CUAD = SHARED / "contracts" / "cuad"
FOLDS = 5
SEED = 0
MIN_DF = 3
MAX_WORD_FEATURES = 12_000
MAX_CHAR_FEATURES = 18_000
# 4-grams only, for scoring speed: nested CV F1 liability .812->.816, IP .739->.736, rest same
CHAR_RANGE = (4, 4)
C = 1.0
DECIMALS = FIXED_DECIMALS
THRESHOLDS = tuple(round(0.1 + 0.025 * step, 3) for step in range(37))
ITEM_CATEGORIES = {
    "legal.governing_law": ("Governing Law",),
    "rollout.warranty": ("Warranty Duration",),
    "exit.duration_renewal": ("Expiration Date", "Renewal Term"),
    "legal.liability": ("Cap on Liability", "Uncapped Liability"),
    "exit.termination": ("Termination for Convenience", "Notice Period to Terminate Renewal"),
    "legal.ip": ("IP Ownership Assignment", "License Grant"),
}
# Evaluated by the nested cross-validation (benchmarks/contracts_eval_learned.py) but not shipped
# (not fitted by train(), so the model file stays as it was): the nested CV combination with the
# rules did not beat the rules alone (figures in that module's docstring). Move an item to
# ITEM_CATEGORIES only when it does.
EVALUATED_ONLY = {
    "budget.rates": ("Price Restrictions", "Most Favored Nation"),
}
EVALUATED_CATEGORIES = {**ITEM_CATEGORIES, **EVALUATED_ONLY}
# CUAD's categories cover only part of these items (reported as such by the benchmark).
PARTIAL_ITEMS = frozenset(("legal.liability", "exit.termination", "legal.ip", "budget.rates"))
MODES = ("rules", "either")  # the classifier adds to the rules, never vetoes them
CUAD_FIELD_LIMIT = 10**8  # CUAD cells hold whole clauses; the csv module stops at 131,072


@dataclass
class Document:
    name: str
    texts: list[str]  # unit texts
    unit_labels: dict[str, list[bool]]  # item -> per unit
    gold: dict[str, bool]  # item -> any of its categories answered
    rules: dict[str, bool]  # item -> the rules say present (as shipped)


# -- data --------------------------------------------------------------------------------


def _alnum(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def span_texts(cell: str) -> list[str]:
    """CUAD's clause cell is a Python-style list of quoted strings."""
    cell = cell.strip()
    if cell in ("", "[]"):
        return []
    parts = re.findall(r"'((?:[^'\\]|\\.|'(?![,\]]))*)'|\"((?:[^\"\\]|\\.)*)\"", cell)
    return [a or b for a, b in parts if (a or b).strip()]


def unit_labels(texts: list[str], spans: list[str]) -> list[bool]:
    """Units overlapping any span, matched on letters and digits only (the structure joins
    lines and hyphenation differently from the raw text)."""
    keys = [_alnum(t.split(" | ", 1)[-1]) for t in texts]
    starts, offset = [], 0
    for key in keys:
        starts.append(offset)
        offset += len(key)
    joined = "".join(keys)
    labels = [False] * len(texts)
    for span in spans:
        key = _alnum(span)
        if len(key) < 8:
            continue
        for piece in (key, key[:60], key[-60:]):
            position = joined.find(piece)
            if position >= 0:
                _mark(labels, starts, keys, position, position + len(piece))
                break
    return labels


def _mark(labels: list[bool], starts: list[int], keys: list[str], begin: int, end: int) -> None:
    for index, start in enumerate(starts):
        if start < end and start + len(keys[index]) > begin:
            labels[index] = True


def load_document(row: dict) -> Document:
    document = extract_file(CUAD / "txt" / row["Filename"])
    structure = build_structure(document.pages)
    texts = [text for _, text in clause_units(structure)]
    findings = detect_items(structure)
    labels, gold = {}, {}
    for item_id, categories in EVALUATED_CATEGORIES.items():
        spans = [s for c in categories for s in span_texts(row[c])]
        labels[item_id] = unit_labels(texts, spans)
        gold[item_id] = any(row[c].strip() not in ("", "[]") for c in categories)
    rules = {item: findings[item].status != "missing" for item in EVALUATED_CATEGORIES}
    return Document(row["Filename"], texts, labels, gold, rules)


def read_cuad_rows() -> list[dict]:
    """The rows of CUAD's master_clauses_dev.csv. The csv module's field limit is raised only
    while reading: it is process-wide, and the app's CSV imports rely on the default to refuse
    oversized fields (tests import these scripts into the same process)."""
    previous = csv.field_size_limit(CUAD_FIELD_LIMIT)
    try:
        with (CUAD / "master_clauses_dev.csv").open(newline="") as handle:
            return list(csv.DictReader(handle))
    finally:
        csv.field_size_limit(previous)


def load_documents(limit: int | None = None, jobs: int = 1) -> list[Document]:
    rows = sorted(read_cuad_rows(), key=lambda r: r["Filename"])
    rows = rows[:limit] if limit else rows
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            return list(pool.map(load_document, rows, chunksize=4))
    return [load_document(row) for row in rows]


def fold_of(documents: list[Document]) -> list[int]:
    names = sorted(d.name for d in documents)
    number = {name: position % FOLDS for position, name in enumerate(names)}
    return [number[d.name] for d in documents]


# -- features ----------------------------------------------------------------------------


class Corpus:
    """All units counted once; fits select vocabularies and idf from their own rows."""

    def __init__(self, documents: list[Document]) -> None:
        texts = [t for d in documents for t in d.texts]
        self.doc_of_unit = np.repeat(np.arange(len(documents)), [len(d.texts) for d in documents])
        self.word = CountVectorizer(ngram_range=(1, 2), lowercase=True)
        self.char = CountVectorizer(analyzer="char_wb", ngram_range=CHAR_RANGE, lowercase=True)
        self.word_counts = self.word.fit_transform(texts).tocsc()
        self.char_counts = self.char.fit_transform(texts).tocsc()
        self.word_names = self.word.get_feature_names_out()
        self.char_names = self.char.get_feature_names_out()
        self.labels = {
            item: np.array([x for d in documents for x in d.unit_labels[item]], dtype=bool)
            for item in EVALUATED_CATEGORIES
        }


@dataclass
class Block:
    columns: np.ndarray  # selected columns of the full count matrix, in output order
    idf: np.ndarray


def select_block(counts: sparse.csc_matrix, rows: np.ndarray, limit: int) -> Block:
    """The `limit` most frequent n-grams of `rows` occurring in at least MIN_DF of them (ties:
    alphabetical), in alphabetical order, with smooth idf over `rows`."""
    part = counts[rows]
    df = np.asarray((part > 0).sum(axis=0)).ravel()
    totals = np.asarray(part.sum(axis=0)).ravel()
    candidates = np.flatnonzero(df >= MIN_DF)
    order = np.argsort(-totals[candidates], kind="stable")[:limit]
    columns = np.sort(candidates[order])
    idf = np.log((1 + len(rows)) / (1 + df[columns])) + 1.0
    return Block(columns, idf)


def transform(counts: sparse.csc_matrix, block: Block, rows: np.ndarray) -> sparse.csr_matrix:
    part = counts[rows][:, block.columns].tocsr().astype(np.float64)
    part.data = 1.0 + np.log(part.data)
    part = part @ sparse.diags(block.idf)
    return normalize(part, norm="l2")


@dataclass
class Fitted:
    word: Block
    char: Block
    models: dict  # item -> LogisticRegression

    def features(self, corpus: Corpus, rows: np.ndarray) -> sparse.csr_matrix:
        return sparse.hstack(
            [
                transform(corpus.word_counts, self.word, rows),
                transform(corpus.char_counts, self.char, rows),
            ]
        ).tocsr()


def fit(corpus: Corpus, rows: np.ndarray, items) -> Fitted:
    word = select_block(corpus.word_counts, rows, MAX_WORD_FEATURES)
    char = select_block(corpus.char_counts, rows, MAX_CHAR_FEATURES)
    fitted = Fitted(word, char, {})
    features = fitted.features(corpus, rows)
    for item in items:
        model = LogisticRegression(
            C=C,
            solver="liblinear",
            dual=True,
            class_weight="balanced",
            random_state=SEED,
            max_iter=1000,
        )
        model.fit(features, corpus.labels[item][rows])
        fitted.models[item] = model
    return fitted


def document_scores(corpus: Corpus, fitted: Fitted, docs: np.ndarray) -> dict[str, np.ndarray]:
    """Per item, the best unit's probability for each of `docs` (0 for a document without
    units)."""
    rows = np.flatnonzero(np.isin(corpus.doc_of_unit, docs))
    features = fitted.features(corpus, rows)
    position = {doc: i for i, doc in enumerate(docs)}
    result = {}
    for item, model in fitted.models.items():
        probabilities = model.predict_proba(features)[:, 1]
        best = np.zeros(len(docs))
        np.maximum.at(best, [position[d] for d in corpus.doc_of_unit[rows]], probabilities)
        result[item] = best
    return result


# -- cross-validation and the combination -------------------------------------------------


class FoldFits:
    """Document scores from models fitted without some folds, each fit made once."""

    def __init__(self, corpus: Corpus, folds: list[int], items, log=print) -> None:
        self.corpus, self.folds, self.log = corpus, np.array(folds), log
        self.items = list(items)
        self._fits: dict[frozenset[int], Fitted] = {}

    def fitted_without(self, excluded: frozenset[int]) -> Fitted:
        if excluded not in self._fits:
            docs = np.flatnonzero(~np.isin(self.folds, list(excluded)))
            rows = np.flatnonzero(np.isin(self.corpus.doc_of_unit, docs))
            self.log(f"  fitting without folds {sorted(excluded)}: {len(rows)} units")
            self._fits[excluded] = fit(self.corpus, rows, self.items)
        return self._fits[excluded]

    def out_of_fold(self, within: frozenset[int] = frozenset()) -> dict[str, np.ndarray]:
        """Per item, each document's score from a model fitted without its fold (and without
        the folds in `within`); NaN for the documents of `within`."""
        scores = {item: np.full(len(self.folds), np.nan) for item in self.items}
        for fold in sorted(set(self.folds.tolist()) - within):
            docs = np.flatnonzero(self.folds == fold)
            found = document_scores(self.corpus, self.fitted_without(within | {fold}), docs)
            for item in self.items:
                scores[item][docs] = found[item]
        return scores


def two_class_f1(gold: np.ndarray, predicted: np.ndarray) -> float:
    """Mean of the F1 of present and of missing (pooled, as benchmarks/contracts_eval.py)."""
    values = []
    for flag in (True, False):
        tp = np.sum((gold == flag) & (predicted == flag))
        fp = np.sum((gold != flag) & (predicted == flag))
        fn = np.sum((gold == flag) & (predicted != flag))
        values.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(values))


def combine(mode: str, rules: np.ndarray, scores: np.ndarray, threshold: float) -> np.ndarray:
    learned = scores >= threshold
    return {
        "rules": rules,
        "classifier": learned,
        "either": rules | learned,
        "both": rules & learned,
    }[mode]


def choose(gold: np.ndarray, rules: np.ndarray, scores: np.ndarray) -> tuple[str, float]:
    """(mode, threshold) with the best two-class F1 on these documents; ties prefer the rules
    alone, then the threshold nearest 0.5."""
    best, best_key = ("rules", 0.5), None
    for rank, mode in enumerate(MODES):
        for threshold in THRESHOLDS if mode != "rules" else (0.5,):
            f1 = two_class_f1(gold, combine(mode, rules, scores, threshold))
            key = (round(f1, 9), -rank, -abs(threshold - 0.5))
            if best_key is None or key > best_key:
                best, best_key = (mode, threshold), key
    return best


@dataclass
class NestedResult:
    """Per item, per document (in `documents` order): gold, the rules' decision, the
    cross-validated decisions of the classifier alone and of the chosen combination, and per
    document the (mode, threshold) chosen on its training folds with its out-of-fold score."""

    gold: dict[str, np.ndarray]
    rules: dict[str, np.ndarray]
    classifier: dict[str, np.ndarray]
    combined: dict[str, np.ndarray]
    training: dict[str, np.ndarray]  # choice made on all documents' out-of-fold scores
    choices: dict[str, list[tuple[str, float]]]  # item -> per document
    scores: dict[str, np.ndarray]  # out-of-fold best-unit probability


def nested_cross_validation(documents: list[Document], log=print) -> NestedResult:
    """Outer 5 folds by document; for each, the combination (mode and threshold) and the
    classifier-only threshold are chosen on the out-of-fold scores of the training folds (inner
    folds, models fitted without the held-out fold too), then applied to the held-out fold's
    scores from a model fitted on the training folds."""
    corpus = Corpus(documents)
    folds = np.array(fold_of(documents))
    items = list(EVALUATED_CATEGORIES)
    fits = FoldFits(corpus, folds.tolist(), items, log)
    outer = fits.out_of_fold()
    inner = {fold: fits.out_of_fold(frozenset({fold})) for fold in range(FOLDS)}
    gold = {i: np.array([d.gold[i] for d in documents]) for i in items}
    rules = {i: np.array([d.rules[i] for d in documents]) for i in items}
    result = NestedResult(gold, rules, {}, {}, {}, {}, outer)
    for item in items:
        classifier = np.zeros(len(documents), dtype=bool)
        combined = np.zeros(len(documents), dtype=bool)
        choices: list[tuple[str, float]] = [("rules", 0.5)] * len(documents)
        for fold in range(FOLDS):
            train, test = folds != fold, folds == fold
            scores = inner[fold][item][train]
            mode, threshold = choose(gold[item][train], rules[item][train], scores)
            alone = choose_threshold(gold[item][train], scores)
            classifier[test] = outer[item][test] >= alone
            combined[test] = combine(mode, rules[item][test], outer[item][test], threshold)
            for index in np.flatnonzero(test):
                choices[index] = (mode, threshold)
        mode, threshold = choose(gold[item], rules[item], outer[item])
        result.training[item] = combine(mode, rules[item], outer[item], threshold)
        result.classifier[item], result.combined[item] = classifier, combined
        result.choices[item] = choices
    return result


def choose_threshold(gold: np.ndarray, scores: np.ndarray) -> float:
    """The classifier-only threshold with the best two-class F1 (ties: nearest 0.5)."""
    return max(
        THRESHOLDS,
        key=lambda t: (round(two_class_f1(gold, scores >= t), 9), -abs(t - 0.5)),
    )


# -- export ------------------------------------------------------------------------------


def _rounded(values) -> str:
    """Rounded to FIXED_DECIMALS (a stable file across platforms), as the model file keeps
    numbers (clause_model.encode_floats)."""
    return encode_floats(values)


def model_data(corpus: Corpus, fitted: Fitted, choices: dict) -> dict:
    items = []
    for item, categories in ITEM_CATEGORIES.items():
        model = fitted.models[item]
        mode, threshold = choices[item]
        items.append({
            "item": item,
            "categories": list(categories),
            "mode": mode,
            "threshold": threshold,
            "intercept": round(float(model.intercept_[0]), DECIMALS),
            "coef": _rounded(model.coef_[0]),
        })  # fmt: skip
    return {
        "format": 1,
        "trained_on": "CUAD v1 dev (master_clauses_dev.csv), CC BY 4.0 The Atticus Project",
        "word": {
            "ngram_range": [1, 2],
            "vocabulary": corpus.word_names[fitted.word.columns].tolist(),
            "idf": _rounded(fitted.word.idf),
        },
        "char": {
            "ngram_range": list(CHAR_RANGE),
            "vocabulary": corpus.char_names[fitted.char.columns].tolist(),
            "idf": _rounded(fitted.char.idf),
        },
        "items": items,
    }


def write_model(data: dict, path: Path) -> None:
    """gzip without a time stamp or file name, so that the same model gives the same bytes."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    with (
        path.open("wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as handle,
    ):
        handle.write(text.encode("utf-8"))


def train(documents: list[Document], log=print) -> dict:
    corpus = Corpus(documents)
    fits = FoldFits(corpus, fold_of(documents), ITEM_CATEGORIES, log)
    scores = fits.out_of_fold()
    choices = {}
    for item in ITEM_CATEGORIES:
        gold = np.array([d.gold[item] for d in documents])
        rules = np.array([d.rules[item] for d in documents])
        mode, threshold = choose(gold, rules, scores[item])
        if mode == "rules":  # kept for the classifier alone (tests, benchmarks)
            threshold = choose_threshold(gold, scores[item])
        choices[item] = (mode, threshold)
        log(f"  {item}: {choices[item]}")
    log("  fitting on all documents")
    fitted = fit(corpus, np.arange(len(corpus.doc_of_unit)), ITEM_CATEGORIES)
    return model_data(corpus, fitted, choices)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--limit", type=int, default=None, help="first N dev documents only")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    documents = load_documents(args.limit, args.jobs)
    units = sum(len(d.texts) for d in documents)
    print(f"{len(documents)} documents, {units} units")
    for item in EVALUATED_CATEGORIES:
        positives = sum(sum(d.unit_labels[item]) for d in documents)
        answered = sum(d.gold[item] for d in documents)
        found = sum(d.gold[item] and any(d.unit_labels[item]) for d in documents)
        print(f"  {item}: {positives} positive units; spans found in {found}/{answered} docs")
    write_model(train(documents), args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
