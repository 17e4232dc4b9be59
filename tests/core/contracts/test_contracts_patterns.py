"""Speed helpers of the pattern search must not change what is found."""

import gc
import re

import pytest

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.anchors import AnchoredPattern, Vocabulary
from vendorpact.core.contracts.detectors.common import CALENDAR_DATE
from vendorpact.core.contracts.numbers import grouped_alternation

FLAT = r"\d+|un|une|deux|douze|dix|two|ten|twelve"
SAMPLES = (
    "une semaine, un mois, deux ans",
    "twelve (12) months or ten days",
    "douze jours puis dix heures",
    "within 30 days",
)


@pytest.mark.parametrize("text", SAMPLES)
def test_grouped_alternation_finds_what_the_flat_one_finds(text):
    pattern = r"(?<!\w)(?:{})\s+\w+"
    flat = re.compile(pattern.format(FLAT))
    grouped = re.compile(pattern.format(grouped_alternation(FLAT)))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_grouped_alternation_keeps_the_order_of_words_with_the_same_first_letter():
    assert grouped_alternation("un|une|two") == "(?:u(?:n|ne)|t(?:wo))"


def test_grouped_alternation_refuses_alternatives_with_groups():
    with pytest.raises(ValueError):
        grouped_alternation("jours ouvr(?:és|ables)|mois")


def test_vocabulary_finds_every_word_with_a_prefix():
    AnchoredPattern(r"licen|notice")  # registers "licen" as a word beginning to group under
    text = "the licensee holds a licence; licensing is free"
    vocabulary = Vocabulary(text)
    assert sorted(vocabulary.prefixed_starts("licen")) == [4, 21, 30]
    assert sorted(vocabulary.prefixed_starts("hol")) == [13]  # never registered: looked up


def test_anchored_search_with_a_vocabulary_finds_the_plain_search_starts():
    cue = AnchoredPattern(r"(?:initial|renewal) term|term of (?:this|the) agreement")
    text = "the initial term is one year; each renewal term and the term of this agreement"
    with_words = cue.match_starts(text, Vocabulary(text))
    assert sorted(with_words) == sorted(cue.match_starts(text))


def test_anchored_search_gives_each_start_once_when_two_anchors_lead_to_one_match():
    # the alternatives are anchored on different words ("conditions", "terms"); both anchors lead
    # to the match at offset 4, which a plain regex search finds once (each cue adds to the
    # sentence's score, so a start found twice would count one cue twice)
    cue = AnchoredPattern(r"terms and conditions of sale|\bterms of service")
    text = "the terms and conditions of sale apply"
    assert [m.start() for m in re.finditer(cue.regex.pattern, text)] == [4]
    assert cue.match_starts(text, Vocabulary(text)) == [4]


@pytest.mark.parametrize(
    "text",
    ["7.1 Deze overeenkomst", "artikel 2 dezelfde", "bijlage 2 maakt deel uit", "4.1 mag",
     "clause 2 may be amended"],
)  # fmt: skip
def test_calendar_date_is_not_a_clause_number_before_a_word(text):
    assert re.search(CALENDAR_DATE, text, re.IGNORECASE) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [("start op 15 mrt. bij de klant", "15 mrt."), ("livraison le 3 déc. 2027", "3 déc. 2027"),
     ("le 1er janvier", "1er janvier"), ("op 12 mei", "12 mei"), ("on 2 May 2027", "2 May 2027"),
     ("by March 1, 2027", "March 1, 2027")],
)  # fmt: skip
def test_calendar_date_reads_month_names_and_abbreviations(text, date):
    assert re.search(CALENDAR_DATE, text, re.IGNORECASE).group(0) == date


def test_every_analyser_pattern_is_anchored_on_words():
    # a pattern the anchor analysis cannot reduce to words (a lookbehind or a class first in an
    # alternative) is searched over the whole text of every document: slow on long contracts
    analyse_text("Warm-up: every rule's patterns are compiled on import.")
    unanchored = [
        obj.regex.pattern[:80]
        for obj in gc.get_objects()
        if type(obj) is AnchoredPattern and obj.anchors is None
    ]
    assert unanchored == []


def test_every_analyser_pattern_is_compiled_as_re_compile_would():
    # AnchoredPattern compiles from the parse it made for its literal prefixes (compile_parsed):
    # the pattern object must equal re.compile's (same flags, same code, same pattern text)
    analyse_text("Warm-up: every rule's patterns are compiled on import.")
    anchored = [obj for obj in gc.get_objects() if type(obj) is AnchoredPattern]
    assert len(anchored) > 500
    different = [p.regex.pattern[:80] for p in anchored if p.regex != re.compile(p.regex.pattern)]
    assert different == []
    named = AnchoredPattern(r"(?P<value>\d+) (?:days|dagen)|(?P<word>one|een) days?")
    assert named.regex == re.compile(named.regex.pattern)
    assert named.regex.match("30 days").groupdict() == {"value": "30", "word": None}
