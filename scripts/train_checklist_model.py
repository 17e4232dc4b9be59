"""Train the checklist model shipped in core/contracts/data/checklist_model.json.gz.

Usage: .venv/bin/python scripts/train_checklist_model.py [--out PATH] [--evaluate]

What it is for: the rules miss items a document does settle, in wording no rule foresaw. The
checklist model reads every clause unit of a Dutch, French or English document and, for an item
the rules (and for English the CUAD clause classifiers) left missing, says present when the best
unit's probability reaches the item's threshold (mode "either" of learned.py: it adds, never
vetoes). The added item is covered or partial by the rules' own test (engine.concrete_and_vague).

Data (checklist_corpus.py): our development documents and held-out batches 1-6, labelled per
item. Their labels are per document, so the units get labels from the rules: for an item
labelled missing every unit is negative; for an item labelled covered or partial that the rules
found, the units of the rules' evidence are positive and the other units negative; an item the
rules missed, or left unlabelled, teaches nothing in that document. So the model learns the
rules' findings in all their wording, and generalises them by word and character n-grams.

Model: as train_clause_model.py (word 1-2-grams and character 4-grams within words, TF-IDF,
one balanced logistic regression per item; numpy scoring at run time), fitted on all units.

Combination, per item, chosen by cross-validation (5 folds by document, sorted names, number %
5): the threshold on the out-of-fold best-unit probability with the largest net gain in item
statuses right (an added status that matches the label +1, an item labelled missing made present
-1), ties to the higher threshold. The item ships in mode "either" only when that gain is at
least MIN_GAIN and the training documents hold at least MIN_EACH labelled missing and present
(an item that is nearly always present teaches no threshold); otherwise the rules alone decide.
--evaluate prints the nested figure (thresholds chosen on the training folds only) as the result.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from checklist_corpus import LabelledText, training_documents
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from train_clause_model import (
    FOLDS,
    MAX_CHAR_FEATURES,
    MAX_WORD_FEATURES,
    SEED,
    Fitted,
    _rounded,
    fold_of,
    select_block,
    unit_labels,
    write_model,
)

from vendorpact.core.checklist import ITEMS_BY_ID
from vendorpact.core.contracts.analyse import prepare, rule_findings
from vendorpact.core.contracts.clause_model import (
    CHECKLIST_MODEL_PATH,
    ClauseScore,
    best_admitted,
    clause_units,
)
from vendorpact.core.contracts.learned import added_status, admit_for
from vendorpact.core.contracts.structure import Structure

C = 1.0
# character 4-grams only: as good as 3- to 5-grams in the nested cross-validation (net +34 and
# +34 item statuses), with a third of the occurrences to score at run time
CHAR_RANGE = (4, 4)
MIN_GAIN = 2
MIN_EACH = 2
# from 0.5: with balanced class weights a unit under 0.5 leans negative (the nested
# cross-validation gains about as much with a floor of 0.3, from more additions and more errors)
THRESHOLDS = tuple(round(0.5 + 0.025 * step, 3) for step in range(19))  # 0.50 .. 0.95
LANGUAGES = ("nl", "fr", "en")
IGNORED, NEGATIVE, POSITIVE = -1, 0, 1


@dataclass
class Document:
    name: str
    structure: Structure
    units: list[tuple[int, str]]  # (sentence index, unit text)
    gold: dict[str, str]  # labelled items only
    rules: dict[str, str]  # every item: the status before the checklist model
    unit_labels: dict[str, np.ndarray]  # item -> per unit: IGNORED / NEGATIVE / POSITIVE

    def added_status(self, item_id: str, index: int) -> str:
        """The status the model's addition would get from sentence `index` (as at run time)."""
        return added_status(item_id, self.structure, index)


def load_document(labelled: LabelledText) -> Document:
    _, structure, language = prepare(labelled.text)
    findings, _ = rule_findings(structure, language)
    units = clause_units(structure)
    texts = [text for _, text in units]
    rules = {item_id: finding.status for item_id, finding in findings.items()}
    labels = {}
    for item_id in ITEMS_BY_ID:
        labels[item_id] = np.full(len(units), IGNORED, dtype=np.int8)
        gold = labelled.items.get(item_id)
        if gold == "missing":
            labels[item_id][:] = NEGATIVE
        elif gold is not None and rules[item_id] != "missing":
            spans = [str(e.get("text", "")) for e in findings[item_id].evidence]
            labels[item_id] = np.where(unit_labels(texts, spans), POSITIVE, NEGATIVE)
    return Document(labelled.name, structure, units, labelled.items, rules, labels)


class Corpus:
    def __init__(self, documents: list[Document]) -> None:
        texts = [text for d in documents for _, text in d.units]
        counts = [len(d.units) for d in documents]
        self.doc_of_unit = np.repeat(np.arange(len(documents)), counts)
        self.word = CountVectorizer(ngram_range=(1, 2), lowercase=True)
        self.char = CountVectorizer(analyzer="char_wb", ngram_range=CHAR_RANGE, lowercase=True)
        self.word_counts = self.word.fit_transform(texts).tocsc()
        self.char_counts = self.char.fit_transform(texts).tocsc()
        self.labels = {
            item_id: np.concatenate([d.unit_labels[item_id] for d in documents])
            for item_id in ITEMS_BY_ID
        }


def fit(corpus: Corpus, docs: np.ndarray) -> Fitted:
    rows = np.flatnonzero(np.isin(corpus.doc_of_unit, docs))
    fitted = Fitted(
        select_block(corpus.word_counts, rows, MAX_WORD_FEATURES),
        select_block(corpus.char_counts, rows, MAX_CHAR_FEATURES),
        {},
    )
    features = fitted.features(corpus, rows)
    for item_id in ITEMS_BY_ID:
        labels = corpus.labels[item_id][rows]
        known = labels != IGNORED
        if len(set(labels[known].tolist())) < 2:
            continue
        model = _logistic().fit(features[known], labels[known] == POSITIVE)
        fitted.models[item_id] = model
    return fitted


def _logistic() -> LogisticRegression:
    return LogisticRegression(
        C=C, solver="liblinear", dual=True, class_weight="balanced", random_state=SEED,
        max_iter=1000,
    )  # fmt: skip


def best_units(corpus: Corpus, fitted: Fitted, documents, docs: np.ndarray) -> dict:
    """(doc, item) -> ClauseScore, for `docs`, scored by `fitted`: the best unit the rules admit
    for the item (engine.admitted), as at run time (learned.py)."""
    rows = np.flatnonzero(np.isin(corpus.doc_of_unit, docs))
    features = fitted.features(corpus, rows)
    owners = corpus.doc_of_unit[rows]
    result = {}
    for item_id, model in fitted.models.items():
        probabilities = model.predict_proba(features)[:, 1]
        for doc in docs:
            mine = np.flatnonzero(owners == doc)
            document = documents[doc]
            admit = admit_for(document.structure)
            result[doc, item_id] = best_admitted(
                probabilities[mine], document.units, item_id, admit
            )
    return result


def out_of_fold(corpus: Corpus, documents, folds: np.ndarray, within=frozenset(), log=print):
    """(doc, item) -> ClauseScore from a model fitted without the document's fold (and without the
    folds in `within`, whose documents get no score)."""
    scores = {}
    for fold in sorted(set(folds.tolist()) - set(within)):
        training = np.flatnonzero(~np.isin(folds, [fold, *within]))
        log(f"  fitting without folds {sorted({fold, *within})}: {len(training)} documents")
        fitted = fit(corpus, training)
        scores.update(best_units(corpus, fitted, documents, np.flatnonzero(folds == fold)))
    return scores


# -- the threshold per item ---------------------------------------------------------------


def flip_gain(document: Document, item_id: str, best: ClauseScore) -> int:
    """What adding the item from its best unit changes in statuses right: +1, -1 or 0."""
    gold = document.gold.get(item_id)
    if gold is None or document.rules[item_id] != "missing" or best.index < 0:
        return 0
    if gold == "missing":
        return -1
    return 1 if document.added_status(item_id, best.index) == gold else 0


def choose(documents, docs, item_id: str, scores: dict) -> float | None:
    """The threshold with the best net gain over `docs` (ties: the higher threshold), or None
    (the rules alone) when the gain or the data is too small."""
    labelled = [documents[d].gold[item_id] for d in docs if item_id in documents[d].gold]
    missing = sum(g == "missing" for g in labelled)
    if missing < MIN_EACH or len(labelled) - missing < MIN_EACH:
        return None
    candidates = []
    for doc in docs:
        best = scores.get((doc, item_id))
        if best is not None:
            gain = flip_gain(documents[doc], item_id, best)
            if gain:
                candidates.append((best.probability, gain))
    best_threshold, best_gain = None, MIN_GAIN - 1
    for threshold in sorted(THRESHOLDS, reverse=True):
        gain = sum(g for p, g in candidates if p >= threshold)
        if gain > best_gain:
            best_threshold, best_gain = threshold, gain
    return best_threshold


# -- nested evaluation ---------------------------------------------------------------------


def evaluate(documents: list[Document], corpus: Corpus, log=print) -> None:
    """Nested cross-validation: the thresholds for each outer fold are chosen on out-of-fold
    scores of the other folds only, then applied to the outer fold's scores."""
    folds = np.array(fold_of(documents))
    outer = out_of_fold(corpus, documents, folds, log=log)
    per_item: dict[str, list[int]] = {}
    for fold in range(FOLDS):
        inner = out_of_fold(corpus, documents, folds, within=frozenset({fold}), log=log)
        train = np.flatnonzero(folds != fold)
        for item_id in ITEMS_BY_ID:
            threshold = choose(documents, train, item_id, inner)
            gains = per_item.setdefault(item_id, [0, 0])
            if threshold is None:
                continue
            for doc in np.flatnonzero(folds == fold):
                best = outer.get((doc, item_id))
                if best is not None and best.probability >= threshold:
                    gain = flip_gain(documents[doc], item_id, best)
                    gains[0 if gain > 0 else 1] += abs(gain)
    report(documents, per_item)


def report(documents: list[Document], per_item: dict[str, list[int]]) -> None:
    labels = [(d, i) for d in documents for i in d.gold]
    right = sum(d.rules[i] == d.gold[i] for d, i in labels)
    won = sum(g[0] for g in per_item.values())
    lost = sum(g[1] for g in per_item.values())
    print(f"item statuses right, rules: {right}/{len(labels)} ({right / len(labels):.3f})")
    total = right + won - lost
    print(f"with the checklist model (nested CV): {total}/{len(labels)} "
          f"({total / len(labels):.3f}; +{won} -{lost})")  # fmt: skip
    for item_id, (gained, lost_here) in sorted(per_item.items()):
        if gained or lost_here:
            print(f"  {item_id}: +{gained} -{lost_here}")


# -- export --------------------------------------------------------------------------------


def model_data(corpus: Corpus, fitted: Fitted, thresholds: dict[str, float]) -> dict:
    items = []
    for item_id, threshold in thresholds.items():
        model = fitted.models[item_id]
        items.append({
            "item": item_id,
            "categories": [],
            "mode": "either",
            "threshold": threshold,
            "intercept": round(float(model.intercept_[0]), 6),
            "coef": _rounded(model.coef_[0]),
        })  # fmt: skip
    word_names = corpus.word.get_feature_names_out()
    char_names = corpus.char.get_feature_names_out()
    return {
        "format": 1,
        "languages": list(LANGUAGES),
        "trained_on": "VendorPact's development documents and held-out batches 1-6",
        "word": {
            "ngram_range": [1, 2],
            "vocabulary": word_names[fitted.word.columns].tolist(),
            "idf": _rounded(fitted.word.idf),
        },
        "char": {
            "ngram_range": list(CHAR_RANGE),
            "vocabulary": char_names[fitted.char.columns].tolist(),
            "idf": _rounded(fitted.char.idf),
        },
        "items": items,
    }


def train(documents: list[Document], corpus: Corpus, log=print) -> dict:
    folds = np.array(fold_of(documents))
    scores = out_of_fold(corpus, documents, folds, log=log)
    everything = np.arange(len(documents))
    thresholds = {}
    for item_id in ITEMS_BY_ID:
        threshold = choose(documents, everything, item_id, scores)
        if threshold is not None:
            thresholds[item_id] = threshold
            log(f"  {item_id}: either, threshold {threshold}")
    log("  fitting on all documents")
    return model_data(corpus, fit(corpus, everything), thresholds)


def load_all(log=print) -> tuple[list[Document], Corpus]:
    documents = [load_document(labelled) for labelled in training_documents()]
    corpus = Corpus(documents)
    log(f"{len(documents)} documents, {len(corpus.doc_of_unit)} units")
    return documents, corpus


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=CHECKLIST_MODEL_PATH)
    parser.add_argument("--evaluate", action="store_true", help="nested CV only, no model")
    args = parser.parse_args()
    documents, corpus = load_all()
    if args.evaluate:
        evaluate(documents, corpus)
        return 0
    write_model(train(documents, corpus), args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
