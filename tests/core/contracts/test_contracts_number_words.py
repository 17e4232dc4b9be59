"""Compound number words (21 to 99) in Dutch, French and English durations."""

import pytest

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.numbers import find_durations


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("thirty-six months", 36),
        ("twenty one days", 21),
        ("zesendertig maanden", 36),
        ("drieëntwintig dagen", 23),
        ("trente-six mois", 36),
        ("vingt et un jours", 21),
        ("quatre-vingt-dix jours", 90),
        ("septante-deux heures", 72),
        ("soixante-quinze jours", 75),
    ],
)
def test_compound_number_word(text, value):
    assert [d.value for d in find_durations(text)] == [value]


def test_the_last_part_of_a_compound_is_not_read_alone():
    # "thirty-six" must not be read as "six": 36 months, not 6
    text = "This Agreement is entered into for a term of thirty-six months."
    assert analyse_text(text).figures.contract_term_months == 36


def test_dutch_compound_in_a_term_sentence():
    text = "De overeenkomst wordt aangegaan voor een periode van zesendertig maanden."
    assert analyse_text(text).figures.contract_term_months == 36


def test_english_a_before_an_is_not_one_french_year():
    # a typo "a an employee" is not "un an" (one year)
    assert find_durations("any person who was or is a an employee of the supplier") == []


def test_french_year_after_a_french_number_still_counts():
    assert [d.months for d in find_durations("un an renouvelable, puis deux ans")] == [12, 24]
