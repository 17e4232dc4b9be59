"""The figure patterns generalised from the second set of figure development documents
(dev_docs_figures2_documents.py): terms, renewal, notice, payment, warranty and the numbers
they are written in, each with a sentence where it must not count. The service-time patterns
are in test_dev_docs_figures2_service_times.py."""

import pytest

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.dates import date_ranges
from vendorpact.core.contracts.figures import duration_roles
from vendorpact.core.contracts.numbers import find_durations


def figures_of(text: str):
    return analyse_text(text, learned=False).figures


# -- renewal: "consecutive periods" ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "it shall then renew automatically for consecutive periods of twelve (12) months "
        "unless either party notifies the other no later than sixty (60) days before the end",
        "daarna wordt zij automatisch verlengd voor opeenvolgende periodes van 12 maanden, tenzij "
        "een partij opzegt",
        "il est ensuite reconduit pour des périodes consécutives de 12 mois, sauf dénonciation",
    ],
)
def test_consecutive_periods_measure_the_renewal(text):
    roles = [(role, duration.months) for role, duration in duration_roles(text)]
    assert ("renewal", 12) in roles
    assert ("notice", 12) not in roles


def test_consecutive_months_of_a_service_level_are_no_renewal():
    text = "if availability stays below target for 3 consecutive months, the client may terminate"
    assert [role for role, _duration in duration_roles(text)] != ["renewal"]


# -- the term from dates: "takes effect on ... and remains in force until ..." ---------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("this agreement takes effect on 1 february 2027 and remains in force until 31 january "
         "2029.", 24),
        ("le contrat prend effet le 1er mars 2027 et reste en vigueur jusqu'au 28 février 2030.",
         36),
        ("de overeenkomst gaat in op 1 april 2027 en blijft van kracht tot en met 31 maart 2028.",
         12),
    ],
)  # fmt: skip
def test_term_from_dates_joined_by_remains_in_force(text, months):
    assert figures_of(text).contract_term_months == months
    assert date_ranges(text)


@pytest.mark.parametrize(
    "text",
    [
        "de offerte is opgemaakt op 1 maart 2027 en blijft geldig tot 31 maart 2027.",
        "this quotation is dated 1 march 2027 and remains valid until 31 march 2027.",
        "l'offre est datée du 1er mars 2027 et reste valable jusqu'au 31 mars 2027.",
    ],
)
def test_an_offer_valid_until_a_date_is_no_range(text):
    assert date_ranges(text) == []


# -- warranty stated by a participle: "gewaarborgd", "garanti", "guaranteed" -------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Herstellingen. Vervangen onderdelen worden gewaarborgd gedurende zes maanden na de "
         "interventie; een defect in die periode wordt kosteloos hersteld.", 180),
        ("Réparations. Le matériel réparé est garanti un an contre tout vice de fabrication.",
         365),
        ("Repairs. All repairs are guaranteed for 90 days against defects in parts and labour.",
         90),
    ],
)  # fmt: skip
def test_a_guaranteed_repair_period_is_the_warranty(text, days):
    assert figures_of(text).warranty_days == days


@pytest.mark.parametrize(
    "text",
    [
        "Vertrouwelijkheid. De vertrouwelijkheid van de gegevens wordt gewaarborgd gedurende "
        "vijf jaar na het einde van de overeenkomst.",
        "Prix. Les prix de la présente offre sont garantis un an à compter de la signature.",
        "Delivery. We guarantee delivery of the ordered laptops within six weeks.",
    ],
)
def test_a_guarantee_of_something_else_is_no_warranty(text):
    assert figures_of(text).warranty_days is None


# -- numbers: "anderhalf jaar", "un an et demi", "a year and a half" ---------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("voor anderhalf jaar", 1.5, "year"),
        ("binnen anderhalf uur", 1.5, "hour"),
        ("pour un an et demi", 1.5, "year"),
        ("dans les deux heures et demie", 2.5, "hour"),
        ("for a year and a half", 1.5, "year"),
        ("for one and a half years", 1.5, "year"),
    ],
)
def test_a_half_in_words(text, value, unit):
    assert [(d.value, d.unit) for d in find_durations(text)] == [(value, unit)]


@pytest.mark.parametrize(
    "text", ["12 mois et demi-journée de formation", "1 day and a half-day workshop"]
)
def test_a_half_of_another_unit_is_not_added(text):
    assert find_durations(text)[0].value in (12, 1)


def test_a_term_in_words_with_a_half():
    assert figures_of("Le contrat est conclu pour un an et demi.").contract_term_months == 18


# -- renewal by a word: "maandelijks", "monthly", "chaque mois" --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Het abonnement wordt maandelijks stilzwijgend verlengd.",
        "Le contrat se renouvelle tacitement chaque mois.",
        "After the first year, the subscription renews monthly unless cancelled.",
    ],
)
def test_a_monthly_renewal_in_words(text):
    assert figures_of(text).renewal_term_months == 1


@pytest.mark.parametrize(
    "text",
    [
        "Het abonnement wordt stilzwijgend verlengd en maandelijks gefactureerd.",
        "The agreement renews automatically and is billed monthly.",
        "Le contrat est renouvelé tacitement et facturé chaque mois.",
    ],
)
def test_a_monthly_invoice_is_no_monthly_renewal(text):
    assert figures_of(text).renewal_term_months is None


# -- the contract term: more names of the initial period ---------------------------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("De aanvangsperiode bedraagt twaalf maanden.", 12),
        ("Aanvangsperiode: 12 maanden", 12),
        ("La période d'engagement est de 24 mois.", 24),
        ("Période d'engagement : 36 mois", 36),
        ("The initial subscription period is thirty-six months.", 36),
        ("La convention est conclue pour deux ans.", 24),
    ],
)
def test_names_of_the_initial_period(text, months):
    assert figures_of(text).contract_term_months == months


@pytest.mark.parametrize(
    "text",
    [
        "The minimum notice period is three months.",
        "The initial onboarding period of 6 weeks is included.",
    ],
)
def test_another_initial_or_minimum_period_is_no_term(text):
    assert figures_of(text).contract_term_months is None


# -- payment term and notice: key-value lines and "avant la date anniversaire" ----------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Payment terms: 30 days from invoice date", 30),
        ("Betaaltermijn: 14 dagen", 14),
        ("Terms of payment: within 45 days of the invoice date.", 45),
    ],
)
def test_payment_term_key_value(text, days):
    assert figures_of(text).payment_term_days == days


def test_an_instalment_after_a_payment_key_is_no_payment_term():
    text = "Payment terms: 50 % on signature, the balance 60 days after go-live."
    assert figures_of(text).payment_term_days is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Résiliation possible au plus tard six semaines avant la date anniversaire.", 42),
        ("Opzeggingstermijn: 2 maanden", 60),
        ("Délai de résiliation : 3 mois", 90),
    ],
)
def test_notice_before_the_anniversary_and_keys(text, days):
    assert figures_of(text).notice_period_days == days


def test_a_price_change_before_the_anniversary_is_no_notice():
    text = "Les tarifs sont indexés au plus tard un mois avant la date anniversaire."
    assert figures_of(text).notice_period_days is None


# -- warranty: "Waarborg: 12 maanden" is a period, a deposit is not ---------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Waarborg: 2 jaar op de geleverde toestellen", 730),
        ("Op de herstelde toestellen geldt een waarborg van zes maanden.", 180),
    ],
)
def test_a_waarborg_of_a_period_is_the_warranty(text, days):
    assert figures_of(text).warranty_days == days


@pytest.mark.parametrize(
    "text",
    [
        "Waarborg: bij de start wordt een waarborg van drie maanden huur gevraagd.",
        "De klant stort een waarborg van 500 euro bij de levering van de toestellen.",
    ],
)
def test_a_deposit_is_no_warranty(text):
    assert figures_of(text).warranty_days is None


# -- the term: "afgesloten voor", "entered into for", a range ending "van rechtswege" ---------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Het onderhoudscontract wordt afgesloten voor een termijn van 5 jaar.", 60),
        ("The Agreement is entered into for three years.", 36),
        ("De overeenkomst vangt aan op 1 januari 2027 en eindigt van rechtswege op 31 december "
         "2027.", 12),
        ("Le contrat débute le 1er février 2027 pour se terminer le 31 janvier 2030.", 36),
    ],
)  # fmt: skip
def test_more_term_phrasings(text, months):
    assert figures_of(text).contract_term_months == months


def test_an_insurance_taken_out_for_years_loses_to_the_agreement_term():
    text = (
        "De klant heeft een verzekering afgesloten voor 3 jaar. Deze overeenkomst wordt "
        "aangegaan voor 12 maanden."
    )
    assert figures_of(text).contract_term_months == 12


def test_a_date_range_needs_an_end_verb_after_pour():
    text = "l'offre est envoyée le 1er mars 2027 pour une signature le 15 mars 2027."
    assert date_ranges(text) == []


# -- renewal: "will automatically be extended" ------------------------------------------------


def test_automatically_be_extended_is_a_renewal():
    text = "Unless cancelled, this Agreement will automatically be extended by one year at a time."
    assert figures_of(text).renewal_term_months == 12


def test_an_extended_delivery_date_is_no_renewal():
    text = "The delivery date may be extended by one month at the Customer's request."
    assert figures_of(text).renewal_term_months is None


# -- warranty: "staat in voor de goede werking" -----------------------------------------------


def test_standing_surety_for_the_working_after_delivery_is_the_warranty():
    text = (
        "De Leverancier staat gedurende twaalf maanden na de oplevering in voor het goed "
        "functioneren van de software."
    )
    assert figures_of(text).warranty_days == 360


def test_standing_surety_for_payment_is_no_warranty():
    text = (
        "De klant staat in voor de betaling van de vergoedingen gedurende de volledige looptijd "
        "van 36 maanden."
    )
    assert figures_of(text).warranty_days is None


# -- roles: the agreement named as such, a period after its end, the statutory warranty ------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("De licenties van Microsoft hebben een looptijd van 1 jaar. Deze supportovereenkomst "
         "heeft een looptijd van 3 jaar.", 36),
        ("La durée des licences est d'un an. Le présent contrat est conclu pour une durée de "
         "deux ans.", 24),
        ("The subscription term of each licence is 12 months. This Agreement has a term of 36 "
         "months.", 36),
    ],
)  # fmt: skip
def test_the_agreement_named_as_such_beats_a_term_word(text, months):
    assert figures_of(text).contract_term_months == months


def test_the_first_agreement_term_still_wins_among_equals():
    text = "This Agreement has a term of 24 months. The Agreement may be extended for 12 months."
    assert figures_of(text).contract_term_months == 24


def test_a_period_after_its_end_is_no_term():
    text = (
        "Pendant toute la durée du contrat et pendant une période de 12 mois après son terme, "
        "le Client s'interdit d'engager un collaborateur du Prestataire. Le contrat est conclu "
        "pour une durée de 24 mois."
    )
    assert figures_of(text).contract_term_months == 24


def test_a_renewal_at_its_end_stays_a_renewal():
    text = "À son terme, le contrat est reconduit tacitement pour une période de 12 mois."
    assert figures_of(text).renewal_term_months == 12


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("La garantie légale de conformité de deux ans s'applique au matériel. Le logiciel est "
         "garanti 3 mois après la mise en production contre les anomalies.", 90),
        ("De wettelijke garantie van twee jaar geldt voor de hardware. Gedurende drie maanden "
         "na de oplevering lossen wij fouten in de software kosteloos op.", 90),
        ("The statutory warranty of 12 months applies to goods. The Supplier warrants the "
         "software for 6 months after acceptance.", 180),
    ],
)  # fmt: skip
def test_the_supplier_warranty_beats_the_statutory_one(text, days):
    assert figures_of(text).warranty_days == days


def test_the_statutory_warranty_counts_when_it_is_the_only_one():
    text = "De wettelijke garantie van twee jaar is van toepassing op de geleverde hardware."
    assert figures_of(text).warranty_days == 730


# -- Flemish "hernieuwd", "minimumduur", "minimum commitment" ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Het contract wordt van jaar tot jaar stilzwijgend hernieuwd.",
        "Het contract wordt stilzwijgend hernieuwd voor periodes van 1 jaar.",
        "Na de eerste periode volgt een stilzwijgende hernieuwing met telkens 12 maanden.",
    ],
)
def test_a_flemish_renewal_hernieuwd(text):
    assert figures_of(text).renewal_term_months == 12


def test_a_renewed_website_is_no_renewal():
    text = "De hernieuwde website wordt opgeleverd binnen 2 maanden. Het contract loopt 1 jaar."
    figures = figures_of(text)
    assert (figures.renewal_term_months, figures.contract_term_months) == (None, 12)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Het contract heeft een minimumduur van 12 maanden.", 12),
        ("The minimum commitment is 12 months.", 12),
    ],
)
def test_a_minimum_duration_is_the_term(text, months):
    assert figures_of(text).contract_term_months == months


def test_a_minimum_commitment_of_hours_is_no_term():
    assert figures_of("The minimum commitment is 40 hours per month.").contract_term_months is None


# -- the services as the subject of a period -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("De dienstverlening loopt van 1 januari 2027 tot 31 december 2028.", 24),
        ("The Services will be provided from January 1, 2027 until December 31, 2027.", 12),
        ("Les prestations sont fournies du 1er janvier 2027 au 31 décembre 2027.", 12),
        ("Het contract is geldig van 1 januari 2027 tot 31 december 2027.", 12),
    ],
)
def test_a_service_period_from_dates_is_the_term(text, months):
    assert figures_of(text).contract_term_months == months


@pytest.mark.parametrize(
    "text",
    [
        "The project phase runs from 1 March 2027 until 30 June 2027.",
        "De prijzen voor de diensten zijn geldig van 1 januari 2027 tot 31 december 2027.",
    ],
)
def test_a_project_phase_or_price_validity_is_no_term(text):
    assert figures_of(text).contract_term_months is None
