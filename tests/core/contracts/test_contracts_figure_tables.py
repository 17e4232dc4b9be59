"""Key figures read from tables (rows of cells as DOCX, HTML and PDF extraction give them) and
from Dutch and French phrasings: SLA times per priority, a plan's committed availability,
one-off and recurring prices, payment, term and warranty. Expected values by hand."""

from decimal import Decimal

import docx
import pytest

from vendorpact.core.budget.model import BudgetKind, Period
from vendorpact.core.budget.prefill import propose_budget_lines
from vendorpact.core.contracts import analyse_file, analyse_text


def figures_of(text):
    return analyse_text(text).figures


def times(entries):
    return [(t["priority"], t["value"], t["unit"], t["business_hours"]) for t in entries]


def amounts(figures):
    return [(a["amount"], a["kind"], a["period"]) for a in figures.amounts]


def docx_file(tmp_path, intro, rows):
    document = docx.Document()
    document.add_paragraph(intro)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    path = tmp_path / "document.docx"
    document.save(str(path))
    return path


# -- SLA tables per priority -----------------------------------------------------------------

FRENCH_WORD_LABELS = (
    "Annexe 2 – Niveaux de service\n"
    "| Priorité | Description | Temps de réaction | Délai de résolution |\n"
    "| Critique | Production à l'arrêt | 1 h ouvrée | 4 h ouvrées |\n"
    "| Haute | Fonction importante indisponible | 4 h ouvrées | J+1 ouvré |\n"
    "| Moyenne | Gêne sans blocage | J+1 | J+5 |\n"
)


def test_french_rows_labelled_by_words_give_response_times_per_priority():
    assert times(figures_of(FRENCH_WORD_LABELS).response_times) == [
        ("P1", 1, "hour", True), ("P2", 4, "hour", True), ("P3", 1, "day", None),
    ]  # fmt: skip


def test_j_plus_days_is_that_many_days_business_only_when_ouvre_follows():
    assert times(figures_of(FRENCH_WORD_LABELS).resolution_times) == [
        ("P1", 4, "hour", True), ("P2", 1, "day", True), ("P3", 5, "day", None),
    ]  # fmt: skip


DUTCH_GAPS = (
    "Bijlage 3 – Servicevoorwaarden\n"
    "| Prioriteit | Reactietijd | Oplossingstijd |\n"
    "| P1 – Kritiek | 30 minuten | 4 uur |\n"
    "| P2 – Hoog | 2 werkuren | volgende werkdag |\n"
    "| P3 – Normaal | n.v.t. | 5 werkdagen |\n"
)


def test_an_empty_cell_leaves_its_priority_without_that_time_nl():
    # the 5 werkdagen of P3 stand in the resolution column, not under "Reactietijd"
    assert times(figures_of(DUTCH_GAPS).response_times) == [
        ("P1", 30, "minute", None), ("P2", 2, "hour", True),
    ]  # fmt: skip


def test_volgende_werkdag_is_one_business_day():
    assert times(figures_of(DUTCH_GAPS).resolution_times) == [
        ("P1", 4, "hour", None), ("P2", 1, "day", True), ("P3", 5, "day", True),
    ]  # fmt: skip


def test_next_business_day_in_prose_is_one_business_day_en():
    figures = figures_of(
        "Priority 3 (normal) incidents receive a response by the next business day."
    )
    assert times(figures.response_times) == [("P3", 1, "day", True)]


def test_klokuren_are_clock_hours_not_working_hours_nl():
    figures = figures_of("Bij prioriteit 1 bedraagt de reactietijd 2 klokuren, ook in het weekend.")
    assert times(figures.response_times) == [("P1", 2, "hour", False)]


def test_clock_hours_are_no_business_hours_en():
    figures = figures_of("Priority 1 (critical): the Supplier responds within 4 clock hours.")
    assert times(figures.response_times) == [("P1", 4, "hour", False)]


def test_docx_sla_table_with_an_empty_cell_keeps_columns(tmp_path):
    path = docx_file(
        tmp_path,
        "Schedule 2 – Support levels",
        [
            ("Severity", "Response time", "Resolution time"),
            ("Severity 1 – Critical", "1 hour", "8 hours"),
            ("Severity 2 – Major", "", "3 business days"),
        ],
    )
    figures = analyse_file(path).figures
    assert times(figures.response_times) == [("P1", 1, "hour", None)]
    assert times(figures.resolution_times) == [("P1", 8, "hour", None), ("P2", 3, "day", True)]


def test_bare_numbers_take_the_unit_their_column_header_gives_nl():
    text = (
        "| Prioriteit | Reactietijd (werkuren) | Oplostijd (werkuren) |\n"
        "| P1 | 2 | 8 |\n"
        "| P2 | 4 | 16 |\n"
    )
    assert times(figures_of(text).resolution_times) == [
        ("P1", 8, "hour", True), ("P2", 16, "hour", True),
    ]  # fmt: skip


def test_bare_numbers_under_a_header_in_business_days_en():
    text = (
        "| Severity | Response (hours) | Resolution (business days) |\n"
        "| Sev 1 | 1 | 1 |\n"
        "| Sev 2 | 4 | 3 |\n"
    )
    assert times(figures_of(text).resolution_times) == [
        ("P1", 1, "day", True), ("P2", 3, "day", True),
    ]  # fmt: skip


def test_key_value_lines_keep_the_priority_each_labels_nl():
    text = "Reactietijd P1: 1 uur\nReactietijd P2: 4 uur\n"
    assert times(figures_of(text).response_times) == [
        ("P1", 1, "hour", None), ("P2", 4, "hour", None),
    ]  # fmt: skip


def test_priority_named_after_the_time_is_the_first_one_after_it_en():
    text = "The Supplier responds within 4 hours for P1 and 8 hours for P2 incidents."
    assert times(figures_of(text).response_times) == [
        ("P1", 4, "hour", None), ("P2", 8, "hour", None),
    ]  # fmt: skip


def test_le_prestataire_intervient_is_a_response_time_fr():
    text = (
        "Le Prestataire intervient dans un délai de 2 heures pour un incident bloquant et de "
        "4 heures pour un incident majeur."
    )
    assert times(figures_of(text).response_times) == [
        ("P1", 2, "hour", None), ("P2", 4, "hour", None),
    ]  # fmt: skip


def test_force_majeure_names_no_priority_fr():
    text = "En cas de force majeure, le Prestataire intervient dans un délai de 5 jours."
    assert [t["priority"] for t in figures_of(text).response_times] == [None]


# -- a table per plan --------------------------------------------------------------------------

DUTCH_PLANS = (
    "Orderformulier Beheerde werkplekken\n"
    "Klant: Bakkerij Van Damme bv\n"
    "Formule: Silver\n"
    "Servicetabel\n"
    "| Dienst | Bronze | Silver | Gold |\n"
    "| Beschikbaarheid per maand | 99,0 % | 99,5 % | 99,9 % |\n"
    "| Reactietijd P1 | 8 uur | 4 uur | 1 uur |\n"
    "| Support | kantooruren | kantooruren | 24/7 |\n"
)


def test_availability_of_the_named_plan_nl():
    assert figures_of(DUTCH_PLANS).availability_percent == 99.5


def test_response_time_of_the_named_plan_nl():
    assert times(figures_of(DUTCH_PLANS).response_times) == [("P1", 4, "hour", None)]


def test_plan_named_in_french_order_form():
    text = (
        "Bon de commande – Hébergement\n"
        "Offre choisie : Gold\n"
        "| Niveau | Silver | Gold |\n"
        "| Disponibilité garantie | 99,5 % | 99,95 % |\n"
    )
    assert figures_of(text).availability_percent == 99.95


def test_no_plan_named_and_different_levels_give_no_availability():
    text = DUTCH_PLANS.replace("Formule: Silver\n", "")
    assert figures_of(text).availability_percent is None


def test_no_plan_named_and_different_times_give_no_response_time():
    text = DUTCH_PLANS.replace("Formule: Silver\n", "")
    assert figures_of(text).response_times == []


def test_one_level_for_every_plan_needs_no_plan_name_en():
    text = (
        "| Feature | Standard | Premium |\n"
        "| Monthly availability | 99.9 % | 99.9 % |\n"
        "| Backups | daily | hourly |\n"
    )
    assert figures_of(text).availability_percent == 99.9


PLAN_TABLE = "| | Silver | Gold |\n| Beschikbaarheid | 99,5 % | 99,9 % |\n"


@pytest.mark.parametrize(
    ("sentence", "percent"),
    [
        ("De Klant kiest voor het pakket Silver.", 99.5),
        ("Customer subscribes to the Gold plan for the initial term.", 99.9),
        ("Le Client opte pour la formule Silver.", 99.5),
    ],
)
def test_plan_chosen_in_a_sentence(sentence, percent):
    assert figures_of(sentence + "\n" + PLAN_TABLE).availability_percent == percent


def test_a_plan_mentioned_without_a_choice_names_no_plan_en():
    text = "The Gold plan includes support outside office hours.\n" + PLAN_TABLE
    assert figures_of(text).availability_percent is None


def test_docx_plan_table_with_an_empty_top_left_cell(tmp_path):
    path = docx_file(
        tmp_path,
        "Service package: Premium",
        [("", "Essential", "Premium"), ("Availability", "99.5 %", "99.9 %")],
    )
    assert analyse_file(path).figures.availability_percent == 99.9


# -- price tables ------------------------------------------------------------------------------

DUTCH_PRICES = (
    "Offerte 2027-014 – Nieuwe website\n"
    "| Omschrijving | Eenmalig | Maandelijks |\n"
    "| Ontwerp en bouw van de website | € 6.800,00 | |\n"
    "| Hosting en onderhoud | | € 95,00 |\n"
)


def test_price_table_columns_give_one_off_and_monthly_amounts_nl():
    assert amounts(figures_of(DUTCH_PRICES)) == [
        (6800.0, "one_off", None), (95.0, "recurring", "month"),
    ]  # fmt: skip


def test_price_table_columns_feed_one_off_and_recurring_budget_lines():
    proposals, _skipped = propose_budget_lines(figures_of(DUTCH_PRICES).amounts)
    lines = [(p.line.kind, p.line.amount, p.line.period) for p in proposals]
    assert lines == [
        (BudgetKind.ONE_OFF, Decimal("6800.00"), None),
        (BudgetKind.RECURRING, Decimal("95.00"), Period.MONTH),
    ]


def test_price_table_with_frais_uniques_and_annual_columns_fr():
    text = (
        "| Prestation | Frais uniques | Par an |\n"
        "| Mise en place du logiciel de caisse | 1.250,00 € | |\n"
        "| Licence et support | | 2.400,00 € |\n"
    )
    assert amounts(figures_of(text)) == [(1250.0, "one_off", None), (2400.0, "recurring", "year")]


def test_docx_price_table_with_empty_last_cells_en(tmp_path):
    path = docx_file(
        tmp_path,
        "Quote Q-3318 for Harbour Logistics",
        [
            ("Item", "One-time", "Monthly"),
            ("Set-up and data migration", "€ 3.900", ""),
            ("Managed backup, 2 TB", "", "€ 180"),
        ],
    )
    figures = analyse_file(path).figures
    assert amounts(figures) == [(3900.0, "one_off", None), (180.0, "recurring", "month")]


def test_price_row_that_says_its_own_kind_keeps_it():
    text = "| Omschrijving | Eenmalig | Maandelijks |\n| Opleiding, per uur | € 85,00 | |\n"
    assert amounts(figures_of(text)) == [(85.0, "rate", None)]


# -- payment, term and warranty in Dutch and French ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Onze facturen zijn betaalbaar binnen veertien dagen na factuurdatum.", 14),
        ("Les factures sont payables à 30 jours date de facture.", 30),
        # convention: "fin de mois" keeps the stated days, the least time the client has
        ("Nos factures sont payables à 15 jours fin de mois.", 15),
        ("Conditions de paiement : 45 jours fin de mois.", 45),
    ],
)
def test_payment_term_phrasings(sentence, days):
    assert figures_of(sentence).payment_term_days == days


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("De overeenkomst heeft een looptijd van twee jaar vanaf de ondertekening.", 24),
        ("Le présent contrat est conclu pour une durée de vingt-quatre (24) mois.", 24),
    ],
)
def test_contract_term_phrasings(sentence, months):
    assert figures_of(sentence).contract_term_months == months


def test_defects_reported_within_days_after_delivery_are_the_warranty_nl():
    figures = figures_of(
        "De Leverancier herstelt fouten die binnen 60 dagen na oplevering schriftelijk gemeld "
        "worden."
    )
    assert figures.warranty_days == 60


def test_errors_reported_within_business_days_after_release_are_the_warranty_en():
    figures = figures_of(
        "Supplier shall correct any errors reported by Customer within 15 business days after "
        "release of the module."
    )
    assert figures.warranty_days == 15


def test_defects_notified_within_days_of_receipt_are_the_warranty_en():
    figures = figures_of(
        "Customer shall notify any defects within thirty (30) days of receipt of the "
        "Deliverables, and Supplier shall remedy them."
    )
    assert figures.warranty_days == 30


def test_garantie_de_mois_a_compter_de_la_reception_fr():
    figures = figures_of(
        "Le Prestataire accorde une garantie de trois mois à compter de la réception des "
        "développements."
    )
    assert figures.warranty_days == 90


def test_window_to_test_and_accept_is_no_warranty_nl():
    figures = figures_of(
        "De Klant test de software binnen 10 werkdagen na oplevering en meldt eventuele fouten "
        "schriftelijk; zonder melding binnen die termijn geldt de software als aanvaard."
    )
    assert figures.warranty_days is None


def test_non_conformities_before_deemed_acceptance_are_no_warranty_en():
    figures = figures_of(
        "Customer shall notify Supplier of any non-conformities within ten (10) business days "
        "of delivery, failing which the Deliverable is deemed accepted."
    )
    assert figures.warranty_days is None


def test_visible_defects_protested_at_delivery_are_no_warranty_fr():
    figures = figures_of(
        "Les vices apparents doivent être signalés dans les 8 jours suivant la livraison."
    )
    assert figures.warranty_days is None


# -- numbers that belong to another role -------------------------------------------------------

DUTCH_SLA_WITH_OTHER_NUMBERS = (
    "Artikel 4 – Beschikbaarheid\n"
    "De beschikbaarheid wordt berekend als (beschikbare minuten / totale minuten) x 100 %.\n"
    "De Leverancier garandeert een beschikbaarheid van 99,7 % per kalendermaand.\n"
    "| Beschikbaarheid | Creditering |\n"
    "| < 99,7 % | 5 % |\n"
    "| < 99,0 % | 15 % |\n"
    "Artikel 5 – Prijzen en betaling\n"
    "De prijs wordt gefactureerd in schijven: 40 % bij bestelling, 60 % bij oplevering.\n"
    "Elke factuur is betaalbaar binnen 30 dagen na factuurdatum.\n"
    "De Leverancier kan zijn tarieven aanpassen mits een kennisgeving van 2 maanden.\n"
)


def test_committed_availability_is_not_the_formula_or_a_credit_percentage():
    assert figures_of(DUTCH_SLA_WITH_OTHER_NUMBERS).availability_percent == 99.7


def test_instalment_percentages_leave_the_payment_term():
    assert figures_of(DUTCH_SLA_WITH_OTHER_NUMBERS).payment_term_days == 30


def test_price_change_notice_is_no_notice_period():
    assert figures_of(DUTCH_SLA_WITH_OTHER_NUMBERS).notice_period_days is None


# -- a table of times and the wording around it ----------------------------------------------

HEDGED_TABLE = (
    "4. Support\n"
    "The Supplier will use reasonable efforts to respond to incidents within the response "
    "times below.\n"
    "| Severity | Response time |\n"
    "| Severity 1 | 2 hours |\n"
    "| Severity 2 | 8 hours |\n"
)


def test_table_does_not_undo_best_efforts_wording_of_the_response_time():
    assert analyse_text(HEDGED_TABLE).item("maintenance.response_time").status == "partial"


def test_table_gives_the_content_a_cross_reference_lacks():
    text = HEDGED_TABLE.replace(
        "The Supplier will use reasonable efforts to respond to incidents within the response "
        "times below.",
        "Response times are set out in Annex 2.",
    )
    assert analyse_text(text).item("maintenance.response_time").status == "covered"


# -- an HTML order form: rows start with a separator, an empty last cell ends them -------------

HTML_ORDER_FORM = """<html><body>
<h1>Bestelbon Managed Firewall</h1>
<p>Gekozen formule: Gold</p>
<table>
<tr><th></th><th>Silver</th><th>Gold</th></tr>
<tr><td>Beschikbaarheid</td><td>99,5 %</td><td>99,9 %</td></tr>
</table>
<table>
<tr><th>Omschrijving</th><th>Eenmalig</th><th>Per maand</th></tr>
<tr><td>Installatie firewall</td><td>€ 1.200</td><td></td></tr>
<tr><td>Beheer en monitoring</td><td></td><td>€ 150</td></tr>
</table>
<table>
<tr><th>Prioriteit</th><th>Reactietijd</th><th>Oplostijd</th></tr>
<tr><td>Kritiek</td><td>volgende werkdag</td><td>3 werkdagen</td></tr>
<tr><td>Hoog</td><td>2 werkdagen</td><td></td></tr>
</table>
</body></html>"""


@pytest.fixture
def html_order_form(tmp_path):
    path = tmp_path / "bestelbon.html"
    path.write_text(HTML_ORDER_FORM, encoding="utf-8")
    return analyse_file(path).figures


def test_html_plan_table_gives_the_named_plans_availability(html_order_form):
    assert html_order_form.availability_percent == 99.9


def test_html_price_rows_with_an_empty_last_cell_keep_their_columns(html_order_form):
    assert amounts(html_order_form) == [(1200.0, "one_off", None), (150.0, "recurring", "month")]


def test_html_sla_rows_with_an_empty_last_cell_keep_their_columns(html_order_form):
    assert times(html_order_form.response_times) == [
        ("P1", 1, "day", True), ("P2", 2, "day", True),
    ]  # fmt: skip
    assert times(html_order_form.resolution_times) == [("P1", 3, "day", True)]


def test_a_go_live_on_a_calendar_date_is_a_concrete_deployment_fr():
    # a milestone table read row by row no longer lends its "Date" header to the clause
    text = (
        "Le Fournisseur installe la solution dans l'environnement de production du Client et "
        "réalise la mise en production le 01/06/2027."
    )
    assert analyse_text(text).item("rollout.deployment").status == "covered"
