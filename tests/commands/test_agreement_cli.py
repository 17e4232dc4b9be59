"""`vendorpact agreement draft` through the CLI entry point."""

import io
import json
from pathlib import Path

import pytest
from docx import Document

from vendorpact.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


@pytest.fixture(autouse=True)
def _media_in_tmp():
    """The agreement command needs no Django settings: override the project-wide fixture."""


def _terms(tmp_path, **changes) -> Path:
    data = json.loads((EXAMPLES / "agreement-saas.json").read_text(encoding="utf-8"))
    data.update(changes)
    path = tmp_path / "terms.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_draft_writes_a_docx_that_opens(tmp_path, capsys):
    out = tmp_path / "agreement.docx"
    code = main(["agreement", "draft", "--terms", str(_terms(tmp_path)), "--lang", "fr",
                 "--out", str(out)])  # fmt: skip
    assert code == 0
    document = Document(io.BytesIO(out.read_bytes()))
    assert (
        document.paragraphs[0].text == "Contrat de collaboration pour un service logiciel hébergé"
    )
    assert "settling 27 items" in capsys.readouterr().out


def test_the_format_follows_the_out_suffix(tmp_path):
    out = tmp_path / "agreement.md"
    assert main(["agreement", "draft", "--terms", str(_terms(tmp_path)), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith(
        "# Samenwerkingsovereenkomst voor een gehoste softwaredienst"
    )


def test_a_pdf_starts_with_the_pdf_header(tmp_path):
    out = tmp_path / "agreement.bin"
    args = ["agreement", "draft", "--terms", str(_terms(tmp_path)), "--format", "pdf"]
    assert main([*args, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")


def test_an_addendum_settles_the_items_given(tmp_path):
    out = tmp_path / "addendum.md"
    code = main(["agreement", "draft", "--terms", str(_terms(tmp_path)), "--mode", "addendum",
                 "--items", "exit.data_return,legal.liability", "--lang", "en",
                 "--out", str(out)])  # fmt: skip
    assert code == 0
    text = out.read_text(encoding="utf-8")
    assert "### Article 1 – Return of data" in text
    assert "### Article 2 – Liability" in text
    assert "### Article 3" not in text


def test_bad_input_prints_one_line_per_problem_exits_2_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "agreement.docx"
    terms = _terms(tmp_path, kind="lease", payment_days=-1, notice_months=2)
    code = main(["agreement", "draft", "--terms", str(terms), "--out", str(out)])
    assert code == 2
    assert not out.exists()
    assert capsys.readouterr().err.splitlines() == [
        "kind: must be one of: project, maintenance, saas, tm",
        "payment_days: must be at least 0",
        "notice_months: is not a known field",
    ]


def test_missing_values_are_named_by_their_place_in_the_json(tmp_path, capsys):
    data = json.loads((EXAMPLES / "agreement-saas.json").read_text(encoding="utf-8"))
    del data["availability"], data["quote"]
    terms = tmp_path / "terms.json"
    terms.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "agreement.pdf"
    assert main(["agreement", "draft", "--terms", str(terms), "--out", str(out)]) == 2
    assert not out.exists()
    assert set(capsys.readouterr().err.splitlines()) == {
        "quote.reference: required for agreement.quote_included",
        "quote.date: required for agreement.quote_included",
        "availability.percent: required for maintenance.availability",
        "availability.period: required for maintenance.availability",
    }


def test_a_file_that_is_not_json_is_one_problem(tmp_path, capsys):
    terms = tmp_path / "terms.json"
    terms.write_text("{kind: saas}", encoding="utf-8")
    out = tmp_path / "agreement.md"
    assert main(["agreement", "draft", "--terms", str(terms), "--out", str(out)]) == 2
    assert capsys.readouterr().err.startswith("--terms: not valid JSON (line 1")
    assert not out.exists()


@pytest.mark.parametrize("kind", ["project", "maintenance", "saas", "tm"])
def test_every_shipped_example_drafts(tmp_path, kind):
    out = tmp_path / f"{kind}.md"
    terms = EXAMPLES / f"agreement-{kind}.json"
    assert main(["agreement", "draft", "--terms", str(terms), "--out", str(out)]) == 0


def test_options_lists_every_choice_with_its_effect(capsys):
    assert main(["agreement", "options", "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "options.liability_cap: Plafond van aansprakelijkheid (default: 1x)" in out
    assert "  best_efforts: Inspanningsverbintenis. De leverancier moet enkel zijn best doen" in out


@pytest.mark.parametrize("lang", ["nl", "en", "fr"])
def test_vendorpact_check_reads_the_drafted_docx_as_covered_without_risks(tmp_path, capsys, lang):
    out = tmp_path / "agreement.docx"
    terms = EXAMPLES / "agreement-maintenance.json"
    args = ["agreement", "draft", "--terms", str(terms), "--lang", lang, "--out", str(out)]
    assert main(args) == 0
    capsys.readouterr()
    assert main(["check", str(out), "--kind", "maintenance", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    expected = [item for item in report["items"] if item["expected"]]
    assert len(expected) == 30
    assert [item["id"] for item in expected if item["status"] != "covered"] == []
    assert report["risks"] == []
    assert report["language"] == lang
    figures = report["figures"]
    # agreement-maintenance.json: 60 days' notice, 24 months + 12 months renewal, 30 days to pay
    assert (figures["notice_period_days"], figures["contract_term_months"]) == (60, 24)
    assert (figures["renewal_term_months"], figures["payment_term_days"]) == (12, 30)


SUPPLIER_CONTRACT = """ONDERHOUDSOVEREENKOMST
Artikel 1 – Prijs
De klant betaalt een maandelijkse vergoeding van € 890,00 excl. btw.
Facturen zijn betaalbaar binnen dertig (30) dagen na factuurdatum.
Artikel 2 – Duur
De overeenkomst wordt aangegaan voor 24 maanden.
Opgemaakt te Namen in tweevoud.
"""


def test_an_addendum_settles_what_the_checked_supplier_contract_leaves_open(tmp_path, capsys):
    contract = tmp_path / "contract.txt"
    contract.write_text(SUPPLIER_CONTRACT, encoding="utf-8")
    report = tmp_path / "report.json"
    check_args = ["check", str(contract), "--kind", "maintenance", "--format", "json"]
    assert main([*check_args, "--out", str(report)]) == 0
    checked = json.loads(report.read_text(encoding="utf-8"))
    open_items = {i["id"] for i in checked["items"] if i["expected"] and i["status"] != "covered"}
    assert "maintenance.response_time" in open_items and "budget.payment_terms" not in open_items
    out = tmp_path / "addendum.md"
    terms = EXAMPLES / "agreement-maintenance.json"
    code = main(["agreement", "draft", "--terms", str(terms), "--mode", "addendum",
                 "--items-from", str(report), "--out", str(out)])  # fmt: skip
    assert code == 0
    assert f"settling {len(open_items)} items" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert "Reactietijden" in text and "Facturatie en betaling" not in text


def test_a_report_that_is_not_a_check_report_is_refused(tmp_path, capsys):
    report = tmp_path / "report.json"
    report.write_text('{"rows": []}', encoding="utf-8")
    out = tmp_path / "addendum.md"
    terms = EXAMPLES / "agreement-maintenance.json"
    code = main(["agreement", "draft", "--terms", str(terms), "--mode", "addendum",
                 "--items-from", str(report), "--out", str(out)])  # fmt: skip
    assert code == 2 and not out.exists()
    assert capsys.readouterr().err == (
        "--items-from: is not the JSON report of one checked document\n"
    )
