"""Documents in the styles the analyser must read: the Dutch NetCare contract (rendered to PDF),
an English SaaS order form with SLA tables (HTML and PDF) and a French maintenance contract as a
PDF text layer gives it (wrapped lines, hyphenation, page footers). These are NOT held out: their
wording was added to the rules in the same commit as the tests, so they test that the analyser
keeps reading them, not how it generalises (see test_contracts_unseen.py for that)."""

from pathlib import Path

import pytest

from vendorpact.core.contracts import analyse_file

REPO = Path(__file__).resolve().parents[3]
NETCARE_HTML = REPO / "src" / "vendorpact" / "demo_data" / "netcare-contract.html"
FIXTURES = Path(__file__).parent / "fixtures"


def _render_pdf(html: Path, target: Path) -> Path:
    weasyprint = pytest.importorskip("weasyprint")
    target.write_bytes(weasyprint.HTML(filename=str(html)).write_pdf())
    return target


@pytest.fixture(scope="module")
def netcare(tmp_path_factory):
    pdf = _render_pdf(NETCARE_HTML, tmp_path_factory.mktemp("pdf") / "netcare.pdf")
    return analyse_file(pdf, kind="maintenance")


@pytest.fixture(scope="module")
def saas_pdf(tmp_path_factory):
    html = FIXTURES / "en_saas_order_form_sla.html"
    return analyse_file(_render_pdf(html, tmp_path_factory.mktemp("pdf") / "order.pdf"))


@pytest.fixture(scope="module")
def saas_html():
    return analyse_file(FIXTURES / "en_saas_order_form_sla.html")


@pytest.fixture(scope="module")
def maintenance_fr():
    return analyse_file(FIXTURES / "fr_contrat_maintenance_pdf_text.txt")


def _times(entries):
    return [(t["priority"], t["value"], t["unit"], t["business_hours"]) for t in entries]


def _credit_steps(figures):
    return [
        (c["below_percent"], c["credit_percent"])
        for c in figures.service_credits
        if c.get("below_percent") is not None
    ]


def _credit_cap(figures):
    caps = [c["percent"] for c in figures.service_credits if c.get("kind") == "cap"]
    return caps[0] if caps else None


# --- NetCare (Dutch, WeasyPrint PDF) ---------------------------------------------------------


@pytest.mark.parametrize(
    "item_id",
    [
        "agreement.signed_both", "agreement.quote_included", "budget.recurring_cost",
        "budget.payment_terms", "team.named_team", "maintenance.support_hours",
        "maintenance.customer_knowledge", "maintenance.updates", "reporting.progress",
        "exit.transition",
    ],
)  # fmt: skip
def test_netcare_pdf_covers_item(netcare, item_id):
    assert netcare.item(item_id).status == "covered"


@pytest.mark.parametrize("item_id", ["exit.data_return", "legal.ip"])
def test_netcare_pdf_leaves_item_missing(netcare, item_id):
    assert netcare.item(item_id).status == "missing"


def test_netcare_signature_blocks_mean_no_unsigned_risk(netcare):
    assert "risk.unsigned" not in netcare.risk_ids()


def test_netcare_raises_auto_renewal_and_data_loss_exclusion(netcare):
    assert {"risk.auto_renewal", "risk.liability_excluded"} <= set(netcare.risk_ids())


def test_netcare_response_times_for_every_priority_of_the_table(netcare):
    assert _times(netcare.figures.response_times) == [
        ("P1", 1, "hour", True), ("P2", 2, "hour", True),
        ("P3", 4, "hour", True), ("P4", 1, "day", True),
    ]  # fmt: skip


def test_netcare_resolution_times_for_every_priority_of_the_table(netcare):
    assert _times(netcare.figures.resolution_times) == [
        ("P1", 4, "hour", True), ("P2", 8, "hour", True),
        ("P3", 3, "day", True), ("P4", 10, "day", True),
    ]  # fmt: skip


def test_netcare_availability_per_calendar_month(netcare):
    assert (netcare.figures.availability_percent, netcare.figures.availability_period) == (
        99.5,
        "month",
    )


def test_netcare_service_credit_steps_and_cap(netcare):
    assert _credit_steps(netcare.figures) == [(99.5, 5.0), (99.0, 10.0), (98.0, 25.0)]
    assert _credit_cap(netcare.figures) == 30.0


def test_netcare_liability_cap_of_three_months_of_fees(netcare):
    assert netcare.figures.liability_cap["months_of_fees"] == 3


def test_netcare_pdf_lines_are_joined_into_whole_sentences(netcare):
    quotes = [e["text"] for e in netcare.item("budget.recurring_cost").evidence]
    assert "De Klant betaalt een maandelijkse beheervergoeding van € 1.200,00 excl. btw." in (
        " ".join(quotes)
    )
    support = netcare.item("maintenance.support_hours").evidence[0]["text"]
    assert "bereikbaar op werkdagen van 8u30 tot 17u30" in support
    assert "klantenportaal" in support


def test_netcare_page_footers_stay_out_of_the_sentences(netcare):
    quotes = [e["text"] for item in netcare.items for e in item.evidence]
    assert not any("pagina 2 van 3" in text for text in quotes)


# --- English SaaS order form (HTML and WeasyPrint PDF) ---------------------------------------


SAAS_COVERED = [
    "agreement.signed_both", "budget.recurring_cost", "budget.startup_cost",
    "budget.payment_terms", "maintenance.support_hours", "maintenance.response_time",
    "maintenance.resolution_time", "maintenance.availability", "maintenance.service_credits",
    "maintenance.updates", "team.named_team", "exit.duration_renewal", "exit.data_return",
    "legal.ip", "legal.liability", "legal.confidentiality", "legal.data_protection",
    "legal.governing_law",
]  # fmt: skip


@pytest.mark.parametrize("item_id", SAAS_COVERED)
def test_saas_order_form_pdf_covers_item(saas_pdf, item_id):
    assert saas_pdf.item(item_id).status == "covered"


@pytest.mark.parametrize("item_id", ["exit.escrow", "exit.transition"])
def test_saas_order_form_leaves_item_missing(saas_pdf, item_id):
    assert saas_pdf.item(item_id).status == "missing"


def test_saas_order_form_is_saas_in_english(saas_html):
    assert (saas_html.language, saas_html.kind) == ("en", "saas")


def test_saas_order_form_signature_blocks_mean_no_unsigned_risk(saas_pdf):
    assert "risk.unsigned" not in saas_pdf.risk_ids()


def test_saas_order_form_raises_no_renewal_or_liability_risk(saas_pdf):
    assert not {"risk.auto_renewal", "risk.liability_excluded"} & set(saas_pdf.risk_ids())


@pytest.mark.parametrize("document", ["saas_html", "saas_pdf"])
def test_saas_severity_table_response_times(document, request):
    result = request.getfixturevalue(document)
    assert _times(result.figures.response_times) == [
        ("P1", 30, "minute", None), ("P2", 2, "hour", None),
        ("P3", 8, "hour", True), ("P4", 2, "day", True),
    ]  # fmt: skip


@pytest.mark.parametrize("document", ["saas_html", "saas_pdf"])
def test_saas_severity_table_resolution_times(document, request):
    result = request.getfixturevalue(document)
    assert _times(result.figures.resolution_times) == [
        ("P1", 4, "hour", None), ("P2", 1, "day", True), ("P3", 5, "day", True),
    ]  # fmt: skip


@pytest.mark.parametrize("document", ["saas_html", "saas_pdf"])
def test_saas_service_credit_table(document, request):
    figures = request.getfixturevalue(document).figures
    assert _credit_steps(figures) == [(99.9, 10.0), (99.0, 25.0), (95.0, 50.0)]
    assert _credit_cap(figures) == 50.0


def test_saas_order_form_term_figures(saas_pdf):
    figures = saas_pdf.figures
    assert (figures.contract_term_months, figures.renewal_term_months) == (24, 12)
    assert (figures.notice_period_days, figures.payment_term_days) == (60, 30)
    assert figures.liability_cap["months_of_fees"] == 12


# --- French maintenance contract (text layer of a PDF) ---------------------------------------

FR_COVERED = [
    "agreement.signed_both", "budget.recurring_cost", "budget.startup_cost",
    "budget.payment_terms", "maintenance.support_hours", "maintenance.response_time",
    "maintenance.resolution_time", "maintenance.availability", "maintenance.service_credits",
    "maintenance.updates", "team.named_team", "reporting.progress", "exit.duration_renewal",
    "exit.termination", "legal.liability", "legal.governing_law",
]  # fmt: skip


@pytest.mark.parametrize("item_id", FR_COVERED)
def test_french_pdf_text_covers_item(maintenance_fr, item_id):
    assert maintenance_fr.item(item_id).status == "covered"


@pytest.mark.parametrize("item_id", ["legal.ip", "exit.data_return", "exit.transition"])
def test_french_pdf_text_leaves_item_missing(maintenance_fr, item_id):
    assert maintenance_fr.item(item_id).status == "missing"


def test_french_pdf_text_risks(maintenance_fr):
    risks = set(maintenance_fr.risk_ids())
    assert {"risk.auto_renewal", "risk.liability_excluded"} <= risks
    assert "risk.unsigned" not in risks


def test_french_delai_d_intervention_per_priority(maintenance_fr):
    assert _times(maintenance_fr.figures.response_times) == [
        ("P1", 2, "hour", True), ("P2", 4, "hour", True), ("P3", 1, "day", True),
    ]  # fmt: skip


def test_french_delai_de_retablissement_per_priority(maintenance_fr):
    assert _times(maintenance_fr.figures.resolution_times) == [
        ("P1", 8, "hour", True), ("P2", 2, "day", True), ("P3", 5, "day", True),
    ]  # fmt: skip


def test_french_credit_grid_threshold_first(maintenance_fr):
    assert _credit_steps(maintenance_fr.figures) == [(99.5, 5.0), (99.0, 10.0), (97.0, 20.0)]
    assert _credit_cap(maintenance_fr.figures) == 25.0


def test_french_liability_cap_in_months_of_fees(maintenance_fr):
    assert maintenance_fr.figures.liability_cap["months_of_fees"] == 6


def test_french_term_figures(maintenance_fr):
    figures = maintenance_fr.figures
    assert (figures.contract_term_months, figures.renewal_term_months) == (12, 12)
    assert (figures.notice_period_days, figures.payment_term_days) == (90, 30)


def test_french_amount_split_over_lines_is_read_whole(maintenance_fr):
    kinds = {(a["amount"], a["kind"]) for a in maintenance_fr.figures.amounts}
    assert {(650.0, "recurring"), (1200.0, "one_off"), (85.0, "rate")} <= kinds


def test_french_hyphenated_word_is_joined(maintenance_fr):
    quotes = " ".join(e["text"] for e in maintenance_fr.item("maintenance.services").evidence)
    assert "corrective et préventive des douze postes" in quotes
