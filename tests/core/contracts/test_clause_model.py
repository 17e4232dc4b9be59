"""The learned clause classifiers: the numpy scorer, the shipped model file and how the model
combines with the rules (core/contracts/clause_model.py, learned.py)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.clause_features import (
    Lexicon,
    char_ngrams_of_word,
    tokenise,
    unit_batch,
)
from vendorpact.core.contracts.clause_model import (
    CHECKLIST_MODEL_PATH,
    MODEL_PATH,
    ClauseModel,
    ClauseScore,
    ItemModel,
    checklist_model,
    clause_units,
    encode_floats,
    floats,
    read_model,
    shipped_model,
)
from vendorpact.core.contracts.detectors import Finding
from vendorpact.core.contracts.learned import (
    _learned_finding,
    apply_clause_model,
    combined_present,
)
from vendorpact.core.contracts.structure import build_structure

GOVERNING_LAW = (
    "Governing Law | This Agreement shall be governed by the laws of the State of New York, "
    "without regard to its conflict of laws principles."
)
PAYMENT = (
    "Fees | Customer shall pay each invoice within thirty (30) days of the invoice date by wire "
    "transfer to the account designated by Supplier."
)


def tiny_model(mode: str = "either", threshold: float = 0.8) -> ClauseModel:
    """Two word features and one character feature, coefficients chosen by hand."""
    return ClauseModel(
        {
            "word": {"vocabulary": ["governed", "laws"], "idf": [1.0, 2.0]},
            "char": {"vocabulary": [" law"], "idf": [1.0]},
            "items": [
                {
                    "item": "legal.governing_law",
                    "categories": ["Governing Law"],
                    "mode": mode,
                    "threshold": threshold,
                    "intercept": -1.0,
                    "coef": [2.0, 1.0, 0.5],
                }
            ],
        }
    )


def test_word_ngrams_are_tokens_of_two_characters_and_their_pairs():
    assert tokenise("The law: a NY-court").grams == ["the", "law", "ny", "court", "the law",
                                                  "law ny", "ny court"]  # fmt: skip


def test_a_batch_finds_the_word_ngrams_tokenise_gives_each_unit():
    # the batch splits words into tokens and pairs neighbouring tokens by number; tokenise
    # builds the strings: the same n-grams per unit, none paired across two units
    texts = ["The law: a NY-court", "court the\tlaw", "x", "law ny court-law"]
    vocabulary = ["law ny", "ny court", "court", "the law", "court court", "law", "absent pair"]
    lexicon = Lexicon([(vocabulary, [])], (4, 4))
    rows, terms, _, _ = lexicon.occurrences(unit_batch(texts))
    expected = sorted(
        (row, lexicon.word_ids[gram])
        for row, text in enumerate(texts)
        for gram in tokenise(text).grams
        if gram in lexicon.word_ids
    )
    assert sorted(zip(rows.tolist(), terms.tolist(), strict=True)) == expected
    assert lexicon.word_ids["court court"] not in terms  # the end of one unit, start of the next


def test_char_ngrams_pad_the_word_and_count_a_short_word_once():
    assert char_ngrams_of_word("law") == [" la", "law", "aw ", " law", "law ", " law "]
    assert char_ngrams_of_word("a") == [" a "]


def test_scorer_arithmetic_by_hand():
    # "governed by the laws": words governed (tf 1, idf 1) and laws (tf 1, idf 2): l2-normed
    # (1, 2)/sqrt(5); characters: " law" once -> 1. Logit = 2/sqrt5 + 2/sqrt5 + 0.5 - 1.
    logit = 4 / math.sqrt(5) - 0.5
    probability = tiny_model().probabilities(["governed by the laws"])[0, 0]
    assert probability == pytest.approx(1 / (1 + math.exp(-logit)), rel=1e-12)


def test_text_without_known_features_scores_the_intercept():
    probability = tiny_model().probabilities(["payment within thirty days"])[0, 0]
    assert probability == pytest.approx(1 / (1 + math.exp(1.0)), rel=1e-12)


@pytest.mark.parametrize(
    ("mode", "rules", "learned", "expected"),
    [
        ("rules", True, False, True),
        ("rules", False, True, False),
        ("classifier", True, False, False),
        ("classifier", False, True, True),
        ("either", False, True, True),
        ("either", False, False, False),
        ("both", True, False, False),
        ("both", True, True, True),
    ],
)
def test_combined_present(mode, rules, learned, expected):
    assert combined_present(mode, rules, learned) is expected


def _structure():
    return build_structure(
        ["1. Fees\nCustomer pays each invoice within 30 days.\n\n"
         "2. Law\nThis agreement is governed by the laws of England.\n"]
    )  # fmt: skip


def test_either_mode_adds_an_item_the_rules_missed_with_its_clause_as_evidence():
    structure = _structure()
    findings = {"legal.governing_law": Finding("legal.governing_law", "missing", 0.6, [])}
    apply_clause_model(findings, structure, "en", tiny_model("either", 0.7))
    finding = findings["legal.governing_law"]
    # the law without a court is partial, for the classifier as for the rules (checklist: both)
    assert finding.status == "partial"
    assert "governed by the laws of England" in finding.evidence[0]["text"]


def test_both_mode_removes_an_item_the_classifier_does_not_confirm():
    structure = _structure()
    evidence = [{"page": 1, "clause": "2", "text": "governed"}]
    findings = {"legal.governing_law": Finding("legal.governing_law", "covered", 0.8, evidence)}
    apply_clause_model(findings, structure, "en", tiny_model("both", 0.99))
    assert findings["legal.governing_law"].status == "missing"


def test_dutch_and_french_documents_stay_rule_driven():
    structure = _structure()
    for language in ("nl", "fr"):
        findings = {"legal.governing_law": Finding("legal.governing_law", "missing", 0.6, [])}
        apply_clause_model(findings, structure, language, tiny_model("either", 0.1))
        assert findings["legal.governing_law"].status == "missing"


def test_units_skip_headings_and_carry_their_heading():
    units = clause_units(_structure())
    assert [text for _, text in units] == [
        "Fees | Customer pays each invoice within 30 days.",
        "Law | This agreement is governed by the laws of England.",
    ]


# -- the shipped model ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def model() -> ClauseModel:
    loaded = shipped_model()
    assert loaded is not None, "core/contracts/data/clause_model.json.gz is missing"
    return loaded


def test_shipped_model_scores_a_governing_law_clause_above_its_threshold(model):
    position = [item.item_id for item in model.items].index("legal.governing_law")
    probabilities = model.probabilities([GOVERNING_LAW, PAYMENT])[:, position]
    threshold = model.items[position].threshold
    assert probabilities[0] >= threshold
    assert probabilities[1] < threshold


def test_shipped_model_covers_the_cuad_mapped_items(model):
    assert {item.item_id for item in model.items} >= {
        "legal.governing_law",
        "rollout.warranty",
        "exit.duration_renewal",
        "legal.liability",
        "exit.termination",
    }


def test_shipped_models_share_one_lexicon():
    assert shipped_model().lexicon is checklist_model().lexicon


MIXED_UNITS = [
    GOVERNING_LAW,
    PAYMENT,
    "De leverancier garandeert een beschikbaarheid van 99,5 % per maand.",
    "Le prestataire intervient dans les quatre heures ouvrables.",
]


@pytest.mark.parametrize(
    ("shipped", "path"),
    [(shipped_model, MODEL_PATH), (checklist_model, CHECKLIST_MODEL_PATH)],
    ids=["cuad", "checklist"],
)
def test_shared_lexicon_scores_as_the_models_own_vocabulary(shipped, path):
    alone = read_model(path)  # its own lexicon: only its vocabulary
    assert alone.lexicon is not shipped().lexicon
    assert np.array_equal(shipped().probabilities(MIXED_UNITS), alone.probabilities(MIXED_UNITS))


def test_analysis_without_the_classifiers_uses_the_rules_only():
    text = "Master Services Agreement\n\n1. Term\nThis Agreement starts on 1 March 2026.\n"
    with_model = analyse_text(text, filename="msa.txt")
    rules_only = analyse_text(text, filename="msa.txt", learned=False)
    assert [i.id for i in with_model.items] == [i.id for i in rules_only.items]


@pytest.mark.parametrize("shipped", [shipped_model, checklist_model], ids=["cuad", "checklist"])
def test_numpy_scorer_equals_scikit_learns_predict_proba(shipped):
    sklearn = pytest.importorskip("sklearn")
    model = shipped()
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    assert sklearn.__version__
    words, chars = model.words, model.chars
    word_vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, vocabulary=words)
    char_vectorizer = TfidfVectorizer(
        analyzer="char_wb", ngram_range=model.char_range, sublinear_tf=True, vocabulary=chars
    )
    word_vectorizer.idf_ = model.idf[: len(words)]
    char_vectorizer.idf_ = model.idf[len(words) :]
    texts = [
        GOVERNING_LAW,
        PAYMENT,
        "Warranty | Supplier warrants the Software for 90 days.",
        "Term | This Agreement continues  for three (3) years and renews automatically.",
        "x",
        "Limitation | IN NO EVENT SHALL EITHER PARTY'S LIABILITY EXCEED THE FEES.",
        "Nazorg | Na de livegang lossen wij gedurende 3 maanden kosteloos alle fouten op.",
        "Réversibilité | À la fin du contrat, le Prestataire restitue les données\u00a0du Client.",
    ]
    features = sparse.hstack(
        [word_vectorizer.transform(texts), char_vectorizer.transform(texts)]
    ).tocsr()
    ours = model.probabilities(texts)
    for position in range(len(model.items)):
        regression = LogisticRegression()
        regression.classes_ = np.array([False, True])
        regression.coef_ = model.coef[position : position + 1]
        regression.intercept_ = model.intercept[position : position + 1]
        theirs = regression.predict_proba(features)[:, 1]
        np.testing.assert_allclose(ours[:, position], theirs, rtol=1e-10, atol=1e-13)


def test_either_mode_keeps_an_item_the_rules_found_whatever_the_classifier_says():
    structure = _structure()
    evidence = [{"page": 1, "clause": "1", "text": "governed"}]
    finding = Finding("legal.governing_law", "partial", 0.7, evidence)
    findings = {"legal.governing_law": finding}
    apply_clause_model(findings, structure, "en", tiny_model("either", 0.99))
    assert findings["legal.governing_law"] is finding


def test_an_item_the_classifier_adds_from_a_bare_cross_reference_is_partial():
    # the one definition of partial (engine.concrete_and_vague): the schedule's number does not
    # make the clause concrete, for the classifier as for the rules
    structure = build_structure(["The warranty terms are as set out in Schedule 7."])
    item = ItemModel("rollout.warranty", ("Warranty Duration",), "either", 0.5)
    missing = Finding("rollout.warranty", "missing", 0.6, [])
    finding = _learned_finding(item, missing, structure, ClauseScore(0.9, 0))
    assert finding.status == "partial"


def test_an_item_the_classifier_adds_from_a_concrete_clause_is_covered():
    structure = build_structure(["Supplier warrants the software for 90 days from delivery."])
    item = ItemModel("rollout.warranty", ("Warranty Duration",), "either", 0.5)
    missing = Finding("rollout.warranty", "missing", 0.6, [])
    finding = _learned_finding(item, missing, structure, ClauseScore(0.9, 0))
    assert finding.status == "covered"


def test_words_for_character_ngrams_split_on_any_run_of_white_space():
    # as scikit-learn's char_wb: runs of white space (tabs, no-break spaces) separate words
    assert tokenise("Fees\tare  DUE\u00a0now").words == ["fees", "are", "due", "now"]


def test_model_numbers_keep_six_decimals_exactly():
    # by hand: 0.1234564 rounds down, -2.0000006 away from zero; each reads back as the float
    # that the six-decimal text would parse to
    encoded = encode_floats([0.1234564, -2.0000006, 17.5, 0.0])
    assert floats(encoded).tolist() == [float("0.123456"), float("-2.000001"), 17.5, 0.0]
