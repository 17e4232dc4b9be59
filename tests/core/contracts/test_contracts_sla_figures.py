"""SLA figures from tables and grids, fee-based liability caps, signature blocks and the
detector rules added for documents the analyser was not tuned on."""

import docx

from vendorpact.core.contracts import analyse_file, analyse_text, result_to_dict
from vendorpact.core.contracts.figures_sla import credit_steps
from vendorpact.core.contracts.report import render_text


def times(entries):
    return [(t["priority"], t["value"], t["unit"], t["business_hours"]) for t in entries]


DUTCH_TABLE = (
    "Bijlage 1 – SLA\n"
    "Prioriteit Reactietijd Oplostijd\n"
    "P1 – kritiek (kassa ligt stil) 1 werkuur 4 werkuren\n"
    "P2 – hoog 2 werkuren 8 werkuren\n"
    "P3 – normaal 4 werkuren 3 werkdagen\n"
)
ENGLISH_TABLE = (
    "| Severity | Description | Response time | Resolution target\n"
    "| Severity 1 | Platform down | 30 minutes | 4 hours\n"
    "| Severity 2 | Major function unavailable | 2 hours | 1 business day\n"
)
FRENCH_TABLE = (
    "Priorité Délai d'intervention Délai de rétablissement\n"
    "Priorité 1 Arrêt complet 2 heures ouvrées 8 heures ouvrées\n"
    "Priorité 2 Poste bloqué 4 heures ouvrées 2 jours ouvrés\n"
)


def test_dutch_table_gives_a_response_time_per_priority():
    assert times(analyse_text(DUTCH_TABLE).figures.response_times) == [
        ("P1", 1, "hour", True), ("P2", 2, "hour", True), ("P3", 4, "hour", True),
    ]  # fmt: skip


def test_dutch_table_gives_a_resolution_time_per_priority():
    assert times(analyse_text(DUTCH_TABLE).figures.resolution_times) == [
        ("P1", 4, "hour", True), ("P2", 8, "hour", True), ("P3", 3, "day", True),
    ]  # fmt: skip


def test_english_table_with_cells_reads_columns_in_header_order():
    figures = analyse_text(ENGLISH_TABLE).figures
    assert times(figures.response_times) == [("P1", 30, "minute", None), ("P2", 2, "hour", None)]
    assert times(figures.resolution_times) == [("P1", 4, "hour", None), ("P2", 1, "day", True)]


def test_french_table_of_delais_d_intervention():
    assert times(analyse_text(FRENCH_TABLE).figures.response_times) == [
        ("P1", 2, "hour", True), ("P2", 4, "hour", True),
    ]  # fmt: skip


TRANSPOSED_TABLE = (
    "| Prioriteit 1 | Prioriteit 2 | Prioriteit 3\n"
    "| Reactietijd | 1 uur | 4 uur | 1 werkdag\n"
    "| Hersteltijd | 4 uur | 1 werkdag | 5 werkdagen\n"
)


def test_table_with_a_column_per_priority_gives_response_times():
    assert times(analyse_text(TRANSPOSED_TABLE).figures.response_times) == [
        ("P1", 1, "hour", None), ("P2", 4, "hour", None), ("P3", 1, "day", True),
    ]  # fmt: skip


def test_table_with_a_column_per_priority_gives_resolution_times():
    assert times(analyse_text(TRANSPOSED_TABLE).figures.resolution_times) == [
        ("P1", 4, "hour", None), ("P2", 1, "day", True), ("P3", 5, "day", True),
    ]  # fmt: skip


def test_priority_columns_named_by_severity_words():
    text = "Critical High Normal\nResponse time 30 minutes 2 hours 8 business hours\n"
    assert [t["priority"] for t in analyse_text(text).figures.response_times] == [
        "P1", "P2", "P3",
    ]  # fmt: skip


def test_table_settles_response_and_resolution_items():
    result = analyse_text(FRENCH_TABLE)
    assert result.item("maintenance.response_time").status == "covered"
    assert result.item("maintenance.resolution_time").status == "covered"


def test_credit_steps_written_credit_first():
    assert credit_steps(
        "servicecredit: 5% van de maandvergoeding onder 99,5%, 10% onder 99% en 25% onder 98%, "
        "met een maximum van 30% van de maandvergoeding."
    ) == ([(99.5, 5.0), (99.0, 10.0), (98.0, 25.0)], 30.0)


def test_credit_steps_written_threshold_first():
    assert credit_steps(
        "disponibilité inférieure à 99,5 %, avoir de 5 % ; inférieure à 99 % : 10 %."
    ) == ([(99.5, 5.0), (99.0, 10.0)], None)


def test_credit_table_bands_use_the_upper_bound():
    assert credit_steps(
        "monthly availability service credit below 99.9% but at least 99.0% 10% below 99.0% 25%"
    ) == ([(99.9, 10.0), (99.0, 25.0)], None)


def test_service_credit_figures_keep_steps_and_cap():
    credits = analyse_text(
        "Wordt de beschikbaarheid niet gehaald, dan heeft de Klant recht op een servicecredit: "
        "5% van de maandvergoeding onder 99,5% en 10% onder 99%, met een maximum van 20% van "
        "de maandvergoeding."
    ).figures.service_credits
    assert [(c["kind"], c.get("below_percent"), c["percent"]) for c in credits] == [
        ("step", 99.5, 5.0), ("step", 99.0, 10.0), ("cap", None, 20.0),
    ]  # fmt: skip


def test_liability_cap_as_fees_of_a_number_of_months():
    cap = analyse_text(
        "De aansprakelijkheid van de Leverancier is beperkt tot het bedrag van de vergoedingen "
        "van drie maanden."
    ).figures.liability_cap
    assert cap["months_of_fees"] == 3


def test_liability_cap_as_french_redevances_of_months():
    cap = analyse_text(
        "La responsabilité du Prestataire est limitée au montant des redevances de six mois."
    ).figures.liability_cap
    assert cap["months_of_fees"] == 6


def test_liability_cap_as_a_count_of_monthly_fees():
    cap = analyse_text(
        "De aansprakelijkheid is beperkt tot zes maandvergoedingen."
    ).figures.liability_cap
    assert cap["months_of_fees"] == 6


SIGNED_NL = (
    "Opgemaakt te Gent in twee exemplaren.\n"
    "Voor de Klant\nAn Peeters, zaakvoerder\nVoor de Leverancier\nJan Maes, bestuurder\n"
)


def test_dutch_signature_blocks_for_both_parties_cover_signed_both():
    assert analyse_text(SIGNED_NL).item("agreement.signed_both").status == "covered"


def test_english_signature_blocks_with_lines_cover_signed_both():
    text = (
        "For the Customer\nName: Daniel Reed\nSignature: ________\n"
        "For the Provider\nName: Hannah Cole\nSignature: ________\n"
    )
    assert analyse_text(text).item("agreement.signed_both").status == "covered"


def test_french_signature_blocks_mean_no_unsigned_risk():
    text = (
        "Fait à Liège, le 3 mars 2025.\nPour le Client\nMarie Lemaire, gérante\n"
        "Pour le Prestataire\nLuc Dupont, administrateur délégué\n"
    )
    assert "risk.unsigned" not in analyse_text(text).risk_ids()


def test_signature_block_of_one_party_only_does_not_cover_signed_both():
    text = "Het voorstel is geldig dertig dagen.\nVoor akkoord\nAn Peeters, zaakvoerder\n"
    assert analyse_text(text).item("agreement.signed_both").status != "covered"


def test_third_party_licences_left_out_of_scope_are_no_ip_clause():
    text = (
        "Niet inbegrepen zijn de aankoop van hardware, licenties van derden en projecten; "
        "die worden afzonderlijk geoffreerd."
    )
    assert analyse_text(text).item("legal.ip").status == "missing"


def test_index_linked_price_adjustment_is_no_unilateral_change():
    text = (
        "De Leverancier kan zijn prijzen eenmaal per jaar aanpassen volgens de evolutie van de "
        "Agoria-index."
    )
    assert "risk.unilateral_change" not in analyse_text(text).risk_ids()


def test_documentation_of_the_client_environment_is_customer_knowledge():
    text = "De Leverancier houdt een actuele documentatie van de IT-omgeving van de Klant bij."
    assert analyse_text(text).item("maintenance.customer_knowledge").status == "covered"


def test_security_patches_within_days_cover_updates():
    text = "Beveiligingspatches worden binnen vijf werkdagen na publicatie geïnstalleerd."
    assert analyse_text(text).item("maintenance.updates").status == "covered"


def test_compound_monthly_fee_is_recurring_cost():
    text = "De Klant betaalt een maandelijkse beheervergoeding van € 1.200,00 excl. btw."
    assert analyse_text(text).item("budget.recurring_cost").status == "covered"


def test_data_available_for_export_is_data_return():
    text = (
        "Within thirty (30) days after the end of the subscription, Provider will make all "
        "Customer Data available for export in CSV format."
    )
    assert analyse_text(text).item("exit.data_return").status == "covered"


def test_severability_boilerplate_is_no_contract_term():
    text = (
        "If any provision of this Agreement is held invalid or unenforceable, the remaining "
        "provisions shall remain in full force and effect."
    )
    assert analyse_text(text).item("exit.duration_renewal").status == "missing"


def test_agreement_that_continues_perpetually_has_a_duration():
    text = "The license granted to the Licensee under this Agreement shall continue perpetually."
    assert analyse_text(text).item("exit.duration_renewal").status != "missing"


def test_payment_escrow_heading_is_no_source_code_escrow():
    text = (
        "ESCROW SERVICES AGREEMENT\n"
        "A typical escrow transaction starts when an auction ends.\n"
        "The buyer pays the purchase price to the escrow holder.\n"
    )
    assert analyse_text(text).item("exit.escrow").status == "missing"


def test_redacted_number_of_days_still_makes_a_defect_window():
    text = (
        "If any Product fails to conform to the Specifications, Buyer shall notify Supplier "
        "within [***] days after receipt."
    )
    assert analyse_text(text).item("rollout.warranty").status != "missing"


def test_report_shows_times_written_in_days_as_days():
    report = render_text(result_to_dict(analyse_text(DUTCH_TABLE)), "nl")
    assert "Hersteltijd P3: 3 werkdagen" in report


def test_report_shows_credit_steps_with_their_threshold():
    result = analyse_text(
        "Wordt de beschikbaarheid niet gehaald, dan heeft de Klant recht op een servicecredit: "
        "5% van de maandvergoeding onder 99,5%."
    )
    assert "Servicecredit: 5% (onder 99,5%)" in render_text(result_to_dict(result), "nl")


def test_docx_sla_table_gives_resolution_times_per_priority(tmp_path):
    document = docx.Document()
    document.add_paragraph("Bijlage 1 – Service Level Agreement")
    table = document.add_table(rows=3, cols=3)
    rows = [
        ("Prioriteit", "Reactietijd", "Oplostijd"),
        ("P1 – kritiek", "1 werkuur", "4 werkuren"),
        ("P2 – hoog", "2 werkuren", "2 werkdagen"),
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    path = tmp_path / "sla.docx"
    document.save(str(path))
    assert times(analyse_file(path).figures.resolution_times) == [
        ("P1", 4, "hour", True), ("P2", 2, "day", True),
    ]  # fmt: skip
