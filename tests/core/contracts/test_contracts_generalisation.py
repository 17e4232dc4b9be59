"""General patterns (issue 9): each test uses wording of its own, not taken from any evaluation
document, and fails on the analyser before the change it covers."""

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.detectors.anchors import Vocabulary, compound_tail_offsets


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text).item(item_id).status


# -- Dutch compounds: a cue at the end of a compound word counts ------------------------------


def test_compound_tail_offsets_find_the_listed_tail():
    assert compound_tail_offsets("dataconversie") == (4,)
    assert compound_tail_offsets("conversie") == ()  # the word itself is no compound


def test_vocabulary_lists_compound_tails_as_words():
    vocabulary = Vocabulary("de dataconversie start")
    assert vocabulary.positions["conversie"] == [7]


def test_cue_inside_dutch_compound_is_found():
    text = "De dataconversie van het oude pakket gebeurt door de leverancier binnen 10 werkdagen."
    assert status_of(text, "rollout.data_migration") == "covered"


def test_training_cue_inside_compound_is_found():
    text = "De leverancier voorziet een gebruikersopleiding van twee halve dagen op locatie."
    assert status_of(text, "rollout.user_support") != "missing"


def test_english_word_containing_a_cue_is_not_a_compound():
    assert compound_tail_offsets("determination") == ()
    assert compound_tail_offsets("restraining") == ()
