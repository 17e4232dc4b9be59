"""Term, renewal and notice patterns generalised from the training rounds 12-17: a term given
as a range of dates (also without the first year, under a term heading or a "Periode:" key),
a plural service that runs a length, a renewal month to month after a verb of prolonging,
and a notice given as a time "in advance"; each in nl, fr and en and each with a sentence
where the number must not be taken."""

import pytest

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.dates import date_ranges


def figures_of(text: str):
    return analyse_text(text, learned=False).figures


# -- the term as a range of dates ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("van 1 januari tot en met 31 december 2027", 12),
        ("du 1er janvier au 31 décembre 2027", 12),
        ("from 1 january to 31 december 2027", 12),
        ("from 1 september until 31 august 2028", 12),
    ],
)
def test_a_first_day_takes_its_year_from_the_last(text, months):
    ((first, last, start),) = date_ranges(text)
    assert (last - first).days // 30 == months or (last.year - first.year) * 12 + (
        last.month - first.month + 1
    ) == months
    assert text[start].isdigit()


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("7. Looptijd\nHet beheer loopt van 1 maart 2027 tot 31 augustus 2028.\n", 18),
        ("Deze afspraken gelden van 1 januari tot en met 31 december 2027.", 12),
        ("Het onderhoud geldt van 1 januari 2027 tot 31 december 2028.", 24),
        ("This order runs from 1 January 2027 to 31 December 2029. No tacit renewal.", 36),
        ("The support applies from 1 January to 31 December 2027.", 12),
        ("9. Term\nThe helpdesk is available from 1 January 2027 to 31 December 2027.\n", 12),
        ("La maintenance court du 1er janvier au 31 décembre 2027.", 12),
        ("Article 5 - Durée\nLe support est assuré du 1er janvier 2027 au 31 décembre 2028.\n", 24),
        ("Periode: 1 januari 2027 tot en met 31 december 2027.", 12),
        ("Période : du 1er janvier au 31 décembre 2027.", 12),
        ("Licence period: 1 January 2027 - 31 December 2029", 36),
    ],
)
def test_a_range_of_dates_that_runs_is_the_term(text, months):
    assert figures_of(text).contract_term_months == months


@pytest.mark.parametrize(
    "text",
    [
        "De implementatie loopt van 1 februari 2027 tot 30 april 2027.",
        "Le projet court du 1er février au 30 avril 2027.",
        "The migration runs from 1 February to 30 April 2027.",
        "7. Looptijd\nDe opleidingen lopen van 1 maart tot 31 mei 2027.\n",
        "Geldigheidsperiode: 1 januari 2027 tot en met 31 maart 2027.",
        "Offer period: 1 January 2027 - 31 March 2027",
        "Période de facturation : du 1er janvier au 31 mars 2027.",
    ],
)
def test_a_phase_or_another_period_is_no_term(text):
    assert figures_of(text).contract_term_months is None


# -- a term stated by a plural subject or for the duration of the agreement -------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("8.1 Hosting en beheer lopen 48 maanden vanaf de voorlopige oplevering.", 48),
        ("Hosting and support run 36 months from go-live.", 36),
        (
            "1.3 This Schedule applies for the duration of the Framework Agreement: 48 months "
            "from 1 February 2027, without tacit renewal.",
            48,
        ),
    ],
)
def test_a_plural_service_or_the_agreement_duration_is_the_term(text, months):
    figures = figures_of(text)
    assert figures.contract_term_months == months
    assert figures.renewal_term_months is None  # "without tacit renewal"


@pytest.mark.parametrize(
    "text",
    [
        "De werken lopen twee weken en de garanties lopen 12 maanden.",
        "The Supplier shall not solicit staff for the duration of the Agreement and 12 months "
        "after its end.",
    ],
)
def test_a_warranty_or_a_period_after_the_end_is_no_term(text):
    assert figures_of(text).contract_term_months is None


@pytest.mark.parametrize(
    "text",
    [
        "Het contract loopt 36 maanden, zonder stilzwijgende verlenging.",
        "The contract runs for 36 months, without renewal.",
    ],
)
def test_without_renewal_is_no_renewal_term(text):
    figures = figures_of(text)
    assert figures.contract_term_months == 36
    assert figures.renewal_term_months is None


# -- renewal month to month ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ensuite, l'abonnement se prolonge automatiquement de mois en mois.",
        "Le contrat est mensuel et se prolonge ensuite par mois.",
        "The back-up service runs for a minimum of 12 months and then continues per month.",
        "After the first year the subscription is prolonged monthly.",
        "Het abonnement loopt twaalf maanden en daarna maandelijks door.",
        "Daarna wordt het abonnement per maand verlengd.",
        "L'abonnement court par mois et se renouvelle automatiquement chaque mois.",
    ],
)
def test_a_renewal_month_to_month_is_one_month(text):
    assert figures_of(text).renewal_term_months == 1


@pytest.mark.parametrize(
    "text",
    [
        "The subscription costs EUR 59 per month thereafter.",
        "De prijs per maand wordt daarna verlengd met de index.",
        "Le contrat se prolonge d'un an ; il est facturé 25 EUR par mois.",
    ],
)
def test_a_price_per_month_is_no_monthly_renewal(text):
    assert figures_of(text).renewal_term_months != 1


@pytest.mark.parametrize(
    "text",
    [
        "Your licence will be renewed automatically for the school year 2027-2028.",
        "La licence est renouvelée pour l'année scolaire 2027-2028.",
        "De licentie wordt verlengd voor het schooljaar 2027-2028.",
    ],
)
def test_a_renewal_for_the_school_year_is_twelve_months(text):
    assert figures_of(text).renewal_term_months == 12


# -- notice as a time in advance -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La Zone peut mettre fin à l'abonnement à chaque date anniversaire, par lettre "
        "recommandée adressée au moins trois mois à l'avance.",
        "The Port Authority may terminate the order with effect on 31 December of each year by "
        "registered letter sent at least three months in advance.",
        "De klant kan het contract elk jaar op 31 december beëindigen met een aangetekende brief "
        "die ten minste drie maanden vooraf verstuurd wordt.",
    ],
)
def test_a_time_in_advance_to_end_is_the_notice(text):
    assert figures_of(text).notice_period_days == 90


@pytest.mark.parametrize(
    "text",
    [
        "The fee is invoiced three months in advance and the order can be terminated.",
        "Les redevances sont facturées trois mois à l'avance ; le contrat peut être résilié.",
        "De vergoeding wordt drie maanden vooraf gefactureerd; het contract kan beëindigd worden.",
    ],
)
def test_a_billing_period_in_advance_is_no_notice(text):
    assert figures_of(text).notice_period_days is None


@pytest.mark.parametrize(
    "text",
    [
        "Vous pouvez l'arrêter quand vous voulez par simple e-mail, avec un mois de préavis.",
        "Vous pouvez arrêter le contrat à tout moment avec un mois de préavis.",
    ],
)
def test_stopping_it_in_french_with_notice_is_the_notice(text):
    assert figures_of(text).notice_period_days == 30


def test_stopping_a_server_is_no_notice():
    text = "Nous pouvons arrêter le serveur pour maintenance après un préavis d'un mois."
    assert figures_of(text).notice_period_days is None


@pytest.mark.parametrize(
    "text",
    [
        "At renewal, subject to adjustments proposed by the Supplier not to exceed 5% at least "
        "sixty (60) days in advance of the renewal date.",
        "Bij verlenging kan een aanpassing van maximaal 3 % drie maanden vooraf worden gemeld.",
        "Au renouvellement, une augmentation de 3 % au plus est annoncée deux mois à l'avance.",
    ],
)
def test_a_change_by_a_share_in_advance_is_no_notice(text):
    assert figures_of(text).notice_period_days is None


# -- more phrasings of the same families -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Les prestations débutent le 1er janvier 2027 et se terminent le 31 décembre 2027.", 12),
        ("De diensten starten op 1 januari 2027 en eindigen op 31 december 2027.", 12),
        ("The agreement has a duration of four years.", 48),
        ("Het raamcontract geldt voor vijf jaar.", 60),
        ("The framework agreement is valid for five years.", 60),
        ("La convention est valable pour trois ans.", 36),
        ("Le contrat est valable du 1er janvier au 31 décembre 2027.", 12),
        ("L'abonnement couvre la période du 1er janvier au 31 décembre 2027.", 12),
    ],
)
def test_more_phrasings_of_the_term(text, months):
    assert figures_of(text).contract_term_months == months


@pytest.mark.parametrize(
    "text",
    [
        "Deze offerte is geldig voor drie maanden.",
        "This offer is valid for three months.",
        "Cette offre est valable pendant trois mois.",
        "Les travaux débutent le 1er février 2027 et se terminent le 30 avril 2027.",
        "The project has a duration of four months and starts in March.",
    ],
)
def test_an_offer_or_a_project_is_no_term(text):
    assert figures_of(text).contract_term_months is None


@pytest.mark.parametrize(
    "text",
    [
        "Daarna loopt het abonnement maandelijks door.",
        "Ensuite, l'abonnement se poursuit mensuellement.",
        "Thereafter the subscription continues on a monthly basis.",
        "Après la première année, le contrat devient mensuel.",
        "After the first year the contract becomes month-to-month.",
        "Na het eerste jaar loopt het contract per maand door.",
    ],
)
def test_more_phrasings_of_a_monthly_continuation(text):
    assert figures_of(text).renewal_term_months == 1


@pytest.mark.parametrize(
    "text",
    [
        "Daarna wordt het abonnement maandelijks gefactureerd.",
        "Thereafter the report becomes monthly.",
        "L'abonnement mensuel devient payable d'avance.",
        "Nadien loopt de factuur per maand door naar de boekhouding.",
    ],
)
def test_a_monthly_invoice_or_report_is_no_renewal(text):
    assert figures_of(text).renewal_term_months is None


@pytest.mark.parametrize(
    "text",
    [
        "De prijzen gelden van 1 januari tot 31 december 2027.",
        "Les tarifs s'appliquent du 1er janvier au 31 décembre 2027.",
        "The winter opening hours apply from 1 November 2026 to 31 March 2027.",
        "De zomerregeling geldt van 1 juli tot 31 augustus 2027.",
        "The freeze period runs from 1 December 2026 to 15 January 2027.",
        "La période de gel court du 1er décembre 2026 au 15 janvier 2027.",
        "De korting geldt van 1 januari tot 31 maart 2027.",
        "The discount applies from 1 January to 31 March 2027.",
    ],
)
def test_a_range_that_runs_for_something_other_than_the_service_is_no_term(text):
    assert figures_of(text).contract_term_months is None
