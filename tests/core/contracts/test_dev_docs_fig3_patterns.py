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


# -- a conditional right to end is not the notice of non-renewal --------------------------------

NON_RENEWAL = {
    "fr": "Le contrat se renouvelle tacitement par périodes de 12 mois, sauf résiliation par "
    "lettre recommandée au moins trois mois avant l'échéance. ",
    "nl": "De overeenkomst wordt stilzwijgend verlengd met periodes van een jaar, tenzij een "
    "partij ten minste drie maanden vóór het einde van de lopende periode opzegt. ",
    "en": "The agreement renews automatically for periods of 12 months unless either party "
    "terminates it at least three months before the end of the current period. ",
}


@pytest.mark.parametrize(
    ("lang", "conditional"),
    [
        (
            "fr",
            "En cas de fermeture d'un magasin, le Client peut résilier l'abonnement des "
            "terminaux concernés moyennant un préavis d'un mois.",
        ),
        (
            "nl",
            "De Klant kan de overeenkomst bovendien opzeggen met één maand opzeg wanneer de "
            "beschikbaarheid drie opeenvolgende maanden onder 99,0 % ligt.",
        ),
        (
            "en",
            "In the event of a closure of a shop, the Customer may terminate the subscription "
            "of its terminals with one month's notice.",
        ),
    ],
)
def test_a_conditional_right_to_end_gives_way_to_the_non_renewal_notice(lang, conditional):
    assert figures_of(NON_RENEWAL[lang] + conditional).notice_period_days == 90


@pytest.mark.parametrize(
    "opening",
    [
        "En cas de résiliation, chaque partie respecte un préavis d'un mois.",
        "In the event of termination for convenience, either party gives one month's notice.",
        "Indien een partij wil opzeggen, geldt een opzegtermijn van één maand.",
    ],
)
def test_a_condition_that_is_the_ending_itself_keeps_the_notice(opening):
    assert figures_of(NON_RENEWAL["en"] + opening).notice_period_days == 30


# -- a sum or a settling-in period counted in months is no term ---------------------------------

TERM_SENTENCE = (
    "8. Term\nThe subscription runs for 36 months from the go-live date and is then tacitly "
    "renewed for successive periods of 12 months.\n"
)


@pytest.mark.parametrize(
    "before",
    [
        "4.3 If go-live is delayed, the Supplier credits one month of subscription fees per "
        "full month of delay.\n",
        "4.3 En cas de retard, le Prestataire rembourse un mois de redevance par mois de retard.\n",
        "3. The service levels apply from 1 March 2027, after a stabilisation period of one "
        "month.\n",
        "3. De serviceniveaus gelden na een stabilisatieperiode van een maand.\n",
    ],
)
def test_a_sum_or_a_settling_in_period_in_months_is_no_term(before):
    assert figures_of(before + TERM_SENTENCE).contract_term_months == 36


def test_a_subscription_of_months_is_still_a_term():
    text = "The Customer takes a 24-month subscription; fees are invoiced monthly."
    assert figures_of(text).contract_term_months == 24
