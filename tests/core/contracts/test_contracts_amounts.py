"""Each amount the analyser reports says what it is (its purpose), in nl, en and fr."""

import docx
import pytest

from vendorpact.core.contracts import analyse_file, analyse_text, result_to_dict
from vendorpact.core.contracts.amounts import amount_purpose, amounts_in


def amounts_of(text: str) -> list[dict]:
    return result_to_dict(analyse_text(text))["figures"]["amounts"]


def purpose_of(text: str, amount: float) -> str:
    return next(a["purpose"] for a in amounts_of(text) if a["amount"] == amount)


@pytest.mark.parametrize(
    ("sentence", "amount", "purpose"),
    [
        # liability caps
        (
            "The Supplier's total aggregate liability shall not exceed EUR 1,250,000.",
            1250000,
            "cap",
        ),
        (
            "De aansprakelijkheid van de Leverancier is beperkt tot € 500.000 per jaar.",
            500000,
            "cap",
        ),
        ("La responsabilité du Prestataire est limitée à 300 000 € par sinistre.", 300000, "cap"),
        (
            "Liability is limited to the fees paid in the last 12 months, with a maximum of "
            "EUR 200,000.",
            200000,
            "cap",
        ),
        # insurance
        (
            "The Supplier shall maintain professional liability insurance with a cover of at "
            "least EUR 2,000,000 per claim.",
            2000000,
            "insurance",
        ),
        (
            "De Leverancier sluit een beroepsaansprakelijkheidsverzekering af voor een verzekerd "
            "bedrag van € 2.500.000.",
            2500000,
            "insurance",
        ),
        (
            "Le Prestataire souscrit une assurance responsabilité civile couvrant 1 500 000 €.",
            1500000,
            "insurance",
        ),
        (
            "The Distributor shall maintain general and product liability coverage of at least "
            "EUR 2,000,000 per occurrence.",
            2000000,
            "insurance",
        ),
        # penalties
        ("For each day of delay the Supplier owes a penalty of EUR 400.", 400, "penalty"),
        (
            "Bij laattijdige oplevering is een boete van € 250 per kalenderdag verschuldigd.",
            250,
            "penalty",
        ),
        ("En cas de retard, une pénalité de 150 € par jour ouvrable est due.", 150, "penalty"),
        (
            "Bij niet-betaling is een forfaitaire schadevergoeding van 10% verschuldigd met een "
            "minimum van € 125.",
            125,
            "penalty",
        ),
        (
            "The Supplier may charge interest on late payments and a fixed compensation of "
            "EUR 40 for recovery costs.",
            40,
            "penalty",
        ),
        (
            "Bij annulering binnen 30 dagen voor de start is een annuleringsvergoeding van "
            "€ 1.500 verschuldigd.",
            1500,
            "penalty",
        ),
        ("Supplier's liability per claim: EUR 500,000.", 500000, "cap"),
        # service credits
        ("If availability falls below 99.5%, a service credit of EUR 300 applies.", 300, "credit"),
        # deposits
        ("De Klant stort bij ondertekening een waarborgsom van € 3.000.", 3000, "deposit"),
        ("Le Client verse un dépôt de garantie de 2 000 € à la signature.", 2000, "deposit"),
        ("La garantie bancaire à première demande s'élève à 10 000 €.", 10000, "deposit"),
        # thresholds
        ("Orders above EUR 5,000 require the written approval of the Customer.", 5000, "threshold"),
        (
            "Meerwerk boven € 2.500 vraagt een schriftelijke opdracht van de Klant.",
            2500,
            "threshold",
        ),
        # prices, fees and rates
        ("The total project price is EUR 48,000 excluding VAT.", 48000, "price"),
        ("De eenmalige installatiekost bedraagt € 1.800 excl. btw.", 1800, "price"),
        ("Le Client paie une redevance mensuelle de 800,00 € HTVA.", 800, "fee"),
        ("The annual subscription fee is EUR 12,000.", 12000, "fee"),
        ("Bijkomende prestaties worden aangerekend aan een uurtarief van € 95.", 95, "rate"),
        (
            "Toute intervention hors contrat est facturée au tarif journalier de 720 € par jour.",
            720,
            "rate",
        ),
    ],
)
def test_amount_purpose_from_the_role_of_its_sentence(sentence, amount, purpose):
    assert purpose_of(sentence, amount) == purpose


def test_two_amounts_of_one_sentence_each_keep_their_own_purpose():
    text = (
        "The Customer pays a monthly fee of EUR 650; the Supplier's liability is limited to "
        "EUR 100,000."
    )
    assert [(a["amount"], a["purpose"]) for a in amounts_of(text)] == [
        (650, "fee"),
        (100000, "cap"),
    ]


def test_fee_next_to_a_deposit_in_one_sentence_stays_a_fee():
    text = "Naast de maandelijkse vergoeding van € 450 betaalt de Klant een waarborgsom van € 900."
    assert [(a["amount"], a["purpose"]) for a in amounts_of(text)] == [
        (450, "fee"),
        (900, "deposit"),
    ]


def test_kind_is_kept_next_to_the_purpose():
    amount = amounts_of("The Supplier's total liability shall not exceed EUR 1,250,000.")[0]
    assert (amount["kind"], amount["purpose"]) == ("total", "cap")


def test_kind_and_period_come_from_the_amounts_own_part_of_the_sentence():
    text = (
        "The Customer pays a one-off set-up fee of EUR 4,800, payable on signature, and a "
        "monthly subscription fee of EUR 650."
    )
    assert [(a["kind"], a["period"]) for a in amounts_of(text)] == [
        ("one_off", None),
        ("recurring", "month"),
    ]


def test_heading_gives_the_purpose_when_the_sentence_names_none():
    text = "Artikel 8 Boetes\n\n8.1 Per dag vertraging: € 200.\n"
    assert purpose_of(text, 200) == "penalty"


def test_amount_without_any_cue_is_other():
    assert purpose_of("Het maatschappelijk kapitaal bedroeg € 18.600.", 18600) == "other"


def test_negated_exceed_outside_liability_is_no_threshold():
    text = "travel expenses shall not exceed € 2.000 per project"
    money_start = text.index("€")
    assert amount_purpose(text, money_start, money_start + 7, "amount") != "threshold"


def test_amounts_in_reports_purpose_for_a_lowercased_sentence():
    assert amounts_in("la responsabilité est plafonnée à 75 000 €.")[0][1]["purpose"] == "cap"


def test_price_table_in_docx_gives_each_row_its_own_purpose_and_evidence(tmp_path):
    document = docx.Document()
    document.add_paragraph("Article 4 Prix")
    document.add_paragraph("Les prix du présent contrat sont les suivants.")
    rows = [
        ("Prestation", "Montant", "Périodicité"),
        ("Mise en service", "2 400,00 €", "une seule fois"),
        ("Abonnement", "350,00 € HTVA", "par mois"),
        ("Assurance responsabilité civile", "1 000 000 €", "par sinistre"),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "contrat.docx"
    document.save(path)
    amounts = result_to_dict(analyse_file(path))["figures"]["amounts"]
    assert [(a["amount"], a["purpose"], a["evidence"]["text"]) for a in amounts] == [
        (2400, "price", "Mise en service | 2 400,00 € | une seule fois"),
        (350, "fee", "Abonnement | 350,00 € HTVA | par mois"),
        (1000000, "insurance", "Assurance responsabilité civile | 1 000 000 € | par sinistre"),
    ]


def test_pdf_contract_purposes(pdf_file):  # the hand-made PDF font has no € sign
    path = pdf_file(
        [
            [
                "DIENSTVERLENINGSOVEREENKOMST",
                "Artikel 5 Prijs",
                "5.1 De Klant betaalt een maandelijkse vergoeding van EUR 1.100,00 excl. btw.",
                "Artikel 9 Aansprakelijkheid",
                "9.1 De totale aansprakelijkheid van de Leverancier is beperkt tot EUR 1.250.000.",
                "9.2 Elke dag vertraging geeft aanleiding tot een boete van EUR 200.",
            ]
        ]
    )
    amounts = result_to_dict(analyse_file(path))["figures"]["amounts"]
    assert [(a["amount"], a["purpose"]) for a in amounts] == [
        (1100, "fee"),
        (1250000, "cap"),
        (200, "penalty"),
    ]


def test_liability_cap_figure_is_not_the_liability_insurance_sum():
    text = (
        "9. Liability and insurance\n"
        "9.1 The Supplier shall maintain professional liability insurance with a maximum cover "
        "of not less than EUR 2,500,000 per claim.\n"
        "9.2 The Supplier's total liability shall be limited to EUR 750,000 per contract year.\n"
    )
    cap = result_to_dict(analyse_text(text))["figures"]["liability_cap"]
    assert (cap["amount"], cap["evidence"]["text"]) == (
        750000,
        "9.2 The Supplier's total liability shall be limited to EUR 750,000 per contract year.",
    )


def test_list_items_take_the_role_of_their_lead_in():
    text = (
        "Artikel 11 Aansprakelijkheid\n"
        "11.1 De aansprakelijkheid van de Leverancier is per gebeurtenis beperkt tot:\n"
        "– € 150.000 voor opdrachten waarvan de totale waarde kleiner is dan € 50.000;\n"
        "– € 300.000 voor opdrachten waarvan de totale waarde meer is dan € 50.000.\n"
    )
    assert [(a["amount"], a["purpose"]) for a in amounts_of(text)] == [
        (150000, "cap"),
        (50000, "threshold"),
        (300000, "cap"),
        (50000, "threshold"),
    ]


def test_list_items_of_a_price_list_stay_prices_and_fees():
    text = (
        "5. Charges\n"
        "5.1 The following charges apply:\n"
        "- Installation: EUR 2,000 one-off\n"
        "- Support: EUR 300 per month\n"
    )
    assert [(a["amount"], a["purpose"]) for a in amounts_of(text)] == [
        (2000, "price"),
        (300, "fee"),
    ]


def test_never_more_than_in_a_liability_sentence_is_a_cap():
    text = (
        "De aansprakelijkheid voor schade door dood of letsel bedraagt totaal nimmer meer dan "
        "€ 1.250.000."
    )
    assert purpose_of(text, 1250000) == "cap"
