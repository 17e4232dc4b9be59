"""Contract term and notice patterns generalised from the training rounds 12-17: an initial
commitment, the French verb of running, and the agreement named as "them" when it is ended;
each in nl, fr and en and each with a sentence where the number must not be taken."""

import pytest

from vendorpact.core.contracts import analyse_text


def figures_of(text: str):
    return analyse_text(text, learned=False).figures


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("7. DURÉE\nEngagement initial de 12 mois à compter de l'activation.\n", 12),
        ("7. TERM\nAn initial commitment of 24 months from activation applies.\n", 24),
        ("7. Looptijd\nEr geldt een initiële verbintenis van 36 maanden vanaf de activatie.\n", 36),
        (
            "12.1 La convention prend effet à sa notification. L'hébergement et la maintenance "
            "courent\npendant 48 mois à compter de la réception provisoire.\n",
            48,
        ),
    ],
)
def test_an_initial_commitment_or_a_running_period_is_the_term(text, months):
    assert figures_of(text).contract_term_months == months


@pytest.mark.parametrize(
    "text",
    [
        "9.4 La garantie court pendant 12 mois à compter de la réception provisoire.",
        "Les garanties courent pendant 24 mois à compter de la livraison.",
        "Aucun engagement initial : les frais de mise en service de 12 EUR sont payés une fois.",
    ],
)
def test_a_warranty_that_runs_is_no_term(text):
    assert figures_of(text).contract_term_months is None


def test_stopping_them_with_notice_is_the_notice():
    text = (
        "Cloud copy and support run from month to month; you can stop them with one month's "
        "notice by e-mail."
    )
    assert figures_of(text).notice_period_days == 30


def test_a_price_change_notice_with_them_is_no_notice():
    text = (
        "Price changes are passed on to you with one month's notice; the new prices apply to "
        "them from the next invoice."
    )
    assert figures_of(text).notice_period_days is None
