"""Durations and money in Dutch, English and French formats."""

import pytest

from vendorpact.core.contracts.numbers import find_durations, find_money, find_percentages


@pytest.mark.parametrize(
    ("text", "value", "unit", "business"),
    [
        ("binnen dertig (30) dagen", 30, "day", None),
        ("three months", 3, "month", None),
        ("twee werkdagen", 2, "day", True),
        ("within 4 business hours", 4, "hour", True),
        ("sous 48 heures ouvrées", 48, "hour", True),
        ("30 jours calendaires", 30, "day", False),
        ("un an", 1, "year", None),
        ("twelve (12) months", 12, "month", None),
        ("trente jours", 30, "day", None),
        ("nonante jours", 90, "day", None),
        ("binnen 2 uur", 2, "hour", None),
        ("24h", 24, "hour", None),
        ("the twelve months preceding", 12, "month", None),
        ("les trois derniers mois", 3, "month", None),
        ("10 minutes", 10, "minute", None),
    ],
)
def test_durations(text, value, unit, business):
    (duration,) = find_durations(text)
    assert (duration.value, duration.unit, duration.business) == (value, unit, business)


def test_duration_conversions():
    (year,) = find_durations("one (1) year")
    (hours,) = find_durations("90 minutes")
    assert year.months == 12 and year.days == 365
    assert hours.hours == 1.5


def test_words_without_unit_are_not_durations():
    assert find_durations("een offerte van drie pagina's") == []


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("€ 1.250,00", 1250.0, "EUR"),
        ("EUR 1,250.00", 1250.0, "EUR"),
        ("1.250 euro excl. btw", 1250.0, "EUR"),
        ("€ 12,50 per uur", 12.5, "EUR"),
        ("95,00 € HTVA", 95.0, "EUR"),
        ("€ 1 250,00", 1250.0, "EUR"),
        ("EUR 1.5 million", 1_500_000.0, "EUR"),
        ("$40 per month", 40.0, "USD"),
        ("€ 4.800,-", 4800.0, "EUR"),
    ],
)
def test_money_formats(text, amount, currency):
    money = find_money(text)[0]
    assert (money.amount, money.currency) == (amount, currency)


def test_percentages_with_comma_and_point():
    values = [value for value, _, _ in find_percentages("99,5% en 99.9 % en 5 procent")]
    assert values == [99.5, 99.9, 5.0]
