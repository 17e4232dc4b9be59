"""Key figures, each normalised and with its evidence."""

from vendorpact.core.contracts import analyse_text


def figures_of(text):
    return analyse_text(text).figures


def test_notice_period_from_written_dutch_number():
    figures = figures_of(
        "Elke partij kan de overeenkomst opzeggen met een opzegtermijn van drie maanden."
    )
    assert figures.notice_period_days == 90
    assert "opzegtermijn" in figures.evidence["notice_period_days"]["text"]


def test_notice_period_in_french():
    text = "Le contrat peut être résilié moyennant un préavis de trente (30) jours."
    assert figures_of(text).notice_period_days == 30


def test_contract_and_renewal_term():
    figures = figures_of(
        "The initial term of this Agreement is three (3) years. Thereafter it renews "
        "automatically for successive periods of one (1) year."
    )
    assert figures.contract_term_months == 36
    assert figures.renewal_term_months == 12


def test_payment_term_in_days():
    assert figures_of("Invoices are payable within 45 days of receipt.").payment_term_days == 45


def test_payment_due_on_receipt_is_zero_days():
    assert figures_of("Payment is due upon receipt of the invoice.").payment_term_days == 0


def test_warranty_period_in_days():
    text = "Wederpartij garandeert voor de duur van twaalf maanden na acceptatie het herstel."
    assert figures_of(text).warranty_days == 360


def test_availability_percentage_and_period():
    figures = figures_of("De beschikbaarheid bedraagt minstens 99,8% per kalendermaand.")
    assert figures.availability_percent == 99.8
    assert figures.availability_period == "month"


def test_response_times_per_priority_with_business_hours():
    figures = figures_of(
        "Reactietijden: prioriteit 1: binnen 1 uur; prioriteit 2: binnen 4 werkuren."
    )
    times = [(t["priority"], t["hours"], t["business_hours"]) for t in figures.response_times]
    assert times == [("P1", 1.0, None), ("P2", 4.0, True)]


def test_resolution_time_in_calendar_days():
    figures = figures_of("Critical incidents are resolved within 2 calendar days.")
    assert figures.resolution_times[0]["hours"] == 48
    assert figures.resolution_times[0]["business_hours"] is False


def test_liability_cap_as_amount():
    cap = figures_of(
        "The Supplier's aggregate liability shall not exceed EUR 250.000."
    ).liability_cap
    assert (cap["amount"], cap["currency"]) == (250000.0, "EUR")


def test_liability_cap_as_months_of_fees():
    cap = figures_of(
        "Liability is limited to the fees paid in the twelve (12) months preceding the claim."
    ).liability_cap
    assert cap["months_of_fees"] == 12


def test_amounts_are_classified_as_recurring_one_off_and_rate():
    figures = figures_of(
        "Abonnement: € 450,00 per maand. Eenmalige opstartkosten: € 1.250,00. "
        "Meerwerk aan € 85 per uur."
    )
    kinds = [(a["amount"], a["kind"]) for a in figures.amounts]
    assert kinds == [(450.0, "recurring"), (1250.0, "one_off"), (85.0, "rate")]


def test_vat_exclusion_is_noted():
    figures = figures_of("De totaalprijs bedraagt 4.800 euro excl. btw.")
    assert figures.amounts[0]["vat"] == "excl"


def test_service_credit_percentage():
    figures = figures_of(
        "Wordt de beschikbaarheid niet gehaald, dan krijgt de klant een servicecredit van 5% "
        "van de maandvergoeding."
    )
    assert figures.service_credits[0]["percent"] == 5.0
