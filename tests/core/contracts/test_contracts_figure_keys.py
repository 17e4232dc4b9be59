"""Figures stated as key-value lines of an order form: the key decides what the value is."""

from datetime import date

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.dates import find_dates, months_between


def figures_of(text):
    return analyse_text(text).figures


def test_dutch_order_form_lines_give_term_and_notice():
    figures = figures_of(
        "Bestelbon nr. 2027-114\nKlant: Bakkerij Peeters BV\nLooptijd: 36 maanden\n"
        "Opzegtermijn: 6 maanden\nMaandelijkse vergoeding: € 450,00"
    )
    assert figures.contract_term_months == 36
    assert figures.notice_period_days == 180  # 6 x 30 days


def test_french_order_form_lines_give_term_and_notice():
    figures = figures_of(
        "Bon de commande\nClient : Garage Dubois SPRL\nDurée : 24 mois\nPréavis : 3 mois\n"
        "Redevance mensuelle : 320,00 EUR"
    )
    assert figures.contract_term_months == 24
    assert figures.notice_period_days == 90


def test_notice_key_alone_is_enough_without_termination_words():
    # "Préavis : 2 mois" does not say "résiliation": the key says it is the notice period
    assert figures_of("Conditions particulières\nPréavis : 2 mois").notice_period_days == 60


def test_english_cover_sheet_gives_term_notice_and_renewal():
    figures = figures_of(
        "Order Form\nCustomer: Northwind Logistics Ltd\nTerm: 24 months\n"
        "Renewal term: 12 months\nNotice period: 60 days\nFees: EUR 1,200 per month"
    )
    assert figures.contract_term_months == 24
    assert figures.renewal_term_months == 12
    assert figures.notice_period_days == 60
    assert "24 months" in figures.evidence["contract_term_months"]["text"]


def test_table_row_key_value():
    figures = figures_of(
        "| Item | Value |\n| Initial term | 3 years |\n| Renewal period | 1 year |"
    )
    assert figures.contract_term_months == 36
    assert figures.renewal_term_months == 12


def test_term_from_start_and_expiry_date():
    figures = figures_of(
        "Subscription details\nStart date: 01/03/2027\nExpiry date: 28/02/2029\nSeats: 25"
    )
    assert figures.contract_term_months == 24  # 1 March 2027 up to and including 28 Feb 2029


def test_payment_term_key_is_not_the_contract_term():
    figures = figures_of("Payment term: 1 month\nSupport hours: 08:00-18:00")
    assert figures.contract_term_months is None


def test_renewal_term_key_is_not_the_initial_term():
    figures = figures_of("Verlengingstermijn: 12 maanden\nOpzegging: 3 maanden")
    assert figures.renewal_term_months == 12
    assert figures.contract_term_months is None
    assert figures.notice_period_days == 90


def test_price_change_notice_key_is_not_the_notice_period():
    figures = figures_of("Price change notice: 30 days\nInvoicing: monthly in advance")
    assert figures.notice_period_days is None


def test_key_with_a_clause_reference_instead_of_a_value_gives_nothing():
    assert figures_of("Term: see clause 12 of the General Terms").contract_term_months is None


def test_find_dates_in_three_languages():
    text = "from 1 march 2027, 1er avril 2027, 15 januari 2028, 31/12/2029 and 2030-06-30"
    assert [d for d, _, _ in find_dates(text)] == [
        date(2027, 3, 1),
        date(2027, 4, 1),
        date(2028, 1, 15),
        date(2029, 12, 31),
        date(2030, 6, 30),
    ]


def test_american_date_with_day_over_twelve():
    assert find_dates("12/31/2029")[0][0] == date(2029, 12, 31)


def test_months_between_counts_the_last_day():
    assert months_between(date(2027, 1, 1), date(2028, 12, 31)) == 24
    assert months_between(date(2027, 3, 1), date(2030, 2, 28)) == 36
    assert months_between(date(2027, 3, 1), date(2030, 3, 1)) == 36


def test_months_between_end_before_start_is_none():
    assert months_between(date(2028, 1, 1), date(2027, 1, 1)) is None


def test_term_from_a_period_between_two_dates_en():
    figures = figures_of("This Agreement runs from 1 March 2027 until 28 February 2030.")
    assert figures.contract_term_months == 36


def test_term_from_a_period_between_two_dates_nl():
    figures = figures_of("De overeenkomst loopt van 1 januari 2027 tot en met 31 december 2028.")
    assert figures.contract_term_months == 24


def test_term_from_a_period_between_two_dates_fr():
    figures = figures_of("Le contrat court du 1er avril 2027 au 31 mars 2028.")
    assert figures.contract_term_months == 12


def test_a_project_phase_between_two_dates_is_not_the_term():
    figures = figures_of("Phase 1 (analysis) runs from 1 March 2027 until 30 April 2027.")
    assert figures.contract_term_months is None


def test_a_stated_initial_term_beats_a_period_of_dates():
    figures = figures_of(
        "The initial term of this Agreement is two (2) years. The pilot runs from "
        "1 January 2027 until 31 March 2027."
    )
    assert figures.contract_term_months == 24


def test_service_and_commitment_period_keys_are_the_term():
    assert figures_of("Service Period: 24 months").contract_term_months == 24
    assert figures_of("Commitment Period: 12 months").contract_term_months == 12


def test_term_key_with_a_period_between_two_dates_en():
    figures = figures_of("Contract Period: 01/01/2027 – 31/12/2029")
    assert figures.contract_term_months == 36


def test_term_key_with_a_period_between_two_dates_nl():
    figures = figures_of("Looptijd: van 1 januari 2027 tot en met 31 december 2027")
    assert figures.contract_term_months == 12


def test_term_key_with_a_period_between_two_dates_fr():
    figures = figures_of("Période contractuelle : du 01/04/2027 au 31/03/2030")
    assert figures.contract_term_months == 36
