"""The clause library as data: complete per checklist item and kind, in nl, en and fr."""

import string

import pytest

from vendorpact.core.agreements.library import CLAUSES, clause_paragraphs, clauses_for
from vendorpact.core.agreements.options import OPTIONS, OPTIONS_BY_ID
from vendorpact.core.checklist import ITEM_IDS, ITEMS

LANGS = ("nl", "en", "fr")


def _placeholders(text: str) -> set[str]:
    return {name for _t, name, _s, _c in string.Formatter().parse(text) if name}


def _variants(clause: dict) -> list[dict]:
    if clause.get("option"):
        return list(clause["text"].values())
    return [clause["text"]]


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item.id)
def test_every_expected_item_has_a_clause_for_each_of_its_kinds(item):
    missing = [kind for kind in sorted(item.expected_for) if not clauses_for(item.id, kind)]
    assert missing == []


def test_clauses_use_only_checklist_item_ids():
    assert {clause["item"] for clause in CLAUSES} <= set(ITEM_IDS)


@pytest.mark.parametrize("clause", CLAUSES, ids=lambda c: f"{c['item']}-{c['kinds'][0]}")
def test_each_clause_has_a_title_and_text_in_every_language(clause):
    assert all(clause["title"].get(lang) for lang in LANGS)
    for variant in _variants(clause):
        assert all(variant.get(lang) and all(variant[lang]) for lang in LANGS)


@pytest.mark.parametrize("clause", CLAUSES, ids=lambda c: f"{c['item']}-{c['kinds'][0]}")
def test_the_three_languages_use_the_same_variables(clause):
    for variant in _variants(clause):
        names = {lang: set().union(*map(_placeholders, variant[lang])) for lang in LANGS}
        assert names["nl"] == names["en"] == names["fr"]


def test_option_clauses_have_a_text_for_every_choice_of_their_option():
    for clause in (c for c in CLAUSES if c.get("option")):
        assert set(clause["text"]) == set(OPTIONS_BY_ID[clause["option"]].values())


@pytest.mark.parametrize("option", OPTIONS, ids=lambda option: option.id)
def test_every_choice_explains_its_effect_in_one_sentence_per_language(option):
    assert len(option.choices) >= 2
    for choice in option.choices:
        for lang in LANGS:
            effect = choice.effects[lang]
            assert choice.labels[lang]
            assert effect.endswith(".") and effect.count(". ") == 0


def test_an_option_clause_follows_the_chosen_option():
    clause = clauses_for("exit.escrow", "project")[0]
    with_agent = " ".join(clause_paragraphs(clause, "en", {"escrow": "yes"}))
    without_agent = " ".join(clause_paragraphs(clause, "en", {"escrow": "no"}))
    assert "{escrow_agent}" in with_agent
    assert "{escrow_agent}" not in without_agent
