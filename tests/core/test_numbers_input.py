"""Reading typed numbers: decimal comma and point, thousands grouping, the language convention."""

from datetime import date
from decimal import Decimal

import pytest

from vendorpact.core.numbers_input import (
    NOT_NEGATIVE,
    PERCENT,
    POSITIVE,
    NumberInputError,
    date_range_error,
    format_number_input,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("99,5", Decimal("99.5")),
        ("99.5", Decimal("99.5")),
        ("1.234,56", Decimal("1234.56")),
        ("1,234.56", Decimal("1234.56")),
        ("4800,50", Decimal("4800.50")),
        ("1.234.567,89", Decimal("1234567.89")),
        ("1,234,567.89", Decimal("1234567.89")),
        ("1 234,56", Decimal("1234.56")),
        ("1\u202f234,56", Decimal("1234.56")),
        ("  12  ", Decimal("12")),
        ("-1", Decimal("-1")),
        ("-1.234,5", Decimal("-1234.5")),
        ("+7", Decimal("7")),
        (",5", Decimal("0.5")),
        ("0,125", Decimal("0.125")),
        ("1234.567", Decimal("1234.567")),
    ],
)
def test_reads_the_same_in_every_language(text, expected):
    assert parse_number(text, "nl") == expected
    assert parse_number(text, "en") == expected
    assert parse_number(text, "fr") == expected


def test_keeps_the_typed_decimals():
    assert str(parse_number("4800,50", "nl")) == "4800.50"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("1.234", "nl", Decimal("1234")),
        ("1.234", "fr", Decimal("1234")),
        ("1.234", "en", Decimal("1.234")),
        ("1,234", "nl", Decimal("1.234")),
        ("1,234", "fr", Decimal("1.234")),
        ("1,234", "en", Decimal("1234")),
        ("12.500", "nl", Decimal("12500")),
        ("12.500", "en", Decimal("12.500")),
    ],
)
def test_lone_mark_before_three_digits_follows_the_language(text, lang, expected):
    assert parse_number(text, lang) == expected


@pytest.mark.parametrize("text", ["12.34,5", "1.2.3", "1,23,456.7", "1234.567,8", "1 23"])
def test_grouping_not_by_three_is_refused(text):
    with pytest.raises(NumberInputError) as refused:
        parse_number(text, "nl")
    assert refused.value.code == "number.grouping"


@pytest.mark.parametrize("text", ["1e9", "abc", "12 %", "5,", ".", "--5", "1.234,5.6", "€ 12"])
def test_what_is_not_a_number_is_refused(text):
    with pytest.raises(NumberInputError) as refused:
        parse_number(text, "nl")
    assert refused.value.code == "number.invalid"


def test_empty_text_is_no_number():
    assert parse_number("   ", "nl") is None


def test_shown_back_in_the_users_notation():
    assert format_number_input(Decimal("99.5"), "nl") == "99,5"
    assert format_number_input(Decimal("1234.50"), "fr") == "1234,50"
    assert format_number_input(Decimal("99.5"), "en") == "99.5"
    assert parse_number(format_number_input(Decimal("1234.5"), "nl"), "nl") == Decimal("1234.5")


@pytest.mark.parametrize(
    ("rule", "value", "allowed"),
    [
        (PERCENT, Decimal("0"), True),
        (PERCENT, Decimal("100"), True),
        (PERCENT, Decimal("100.001"), False),
        (PERCENT, Decimal("995"), False),
        (PERCENT, Decimal("-0.1"), False),
        (POSITIVE, Decimal("0"), False),
        (POSITIVE, Decimal("0.25"), True),
        (NOT_NEGATIVE, Decimal("0"), True),
        (NOT_NEGATIVE, Decimal("-0.01"), False),
    ],
)
def test_ranges(rule, value, allowed):
    assert (rule.error(value) is None) is allowed


@pytest.mark.parametrize(
    ("value", "plausible"),
    [
        (date(1989, 12, 31), False),
        (date(1990, 1, 1), True),
        (date(2076, 3, 1), True),
        (date(2076, 3, 2), False),
        (date(2206, 1, 1), False),
    ],
)
def test_plausible_dates_run_from_1990_to_fifty_years_ahead(value, plausible):
    assert (date_range_error(value, today=date(2026, 3, 1)) is None) is plausible
