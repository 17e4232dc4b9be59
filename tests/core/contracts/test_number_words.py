"""The written numbers the detectors' patterns read (detectors/common.py NUMBER_WORD): each
compound is read whole, in every language, and a duration takes the whole compound."""

import re

import pytest

from vendorpact.core.contracts.detectors.common import DURATION, NUMBER_WORD

NUMBER = re.compile(NUMBER_WORD)


@pytest.mark.parametrize(
    "words",
    [
        "twenty-one", "thirty six", "ninety-nine", "vingt-quatre", "soixante neuf",
        "vingt et un", "trente-et-un", "eenentwintig", "tweeëntwintig", "negenenvijftig",
        "twenty", "twelve", "één", "45", "[***]", "[ * ]",
    ],
)  # fmt: skip
def test_number_word_is_read_whole(words):
    match = NUMBER.match(words)
    assert match is not None and match.group() == words


@pytest.mark.parametrize(
    "text, expected",
    [
        ("within thirty-six months", "thirty-six months"),
        ("dans les vingt et un jours", "vingt et un jours"),
        ("binnen vijfentwintig werkdagen", "vijfentwintig werkdagen"),
        ("pendant une semaine", "une semaine"),
        ("dans les quatre-vingt-dix jours", "quatre-vingt-dix jours"),
    ],
)
def test_duration_takes_the_compound_not_its_first_word(text, expected):
    assert re.search(DURATION, text).group() == expected


def test_tens_of_one_language_do_not_pair_with_units_of_another():
    assert NUMBER.fullmatch("twenty-deux") is None
    assert NUMBER.fullmatch("vingt-two") is None
