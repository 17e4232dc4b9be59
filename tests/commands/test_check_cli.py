"""`vendorpact check` through its argparse registration (as vendorpact.cli wires it)."""

import argparse
import json

import pytest

from vendorpact.commands import check

NL_CONTRACT = """ONDERHOUDSOVEREENKOMST
Artikel 1 – Prijs
De klant betaalt een maandelijkse vergoeding van € 450,00 excl. btw.
Facturen zijn betaalbaar binnen dertig (30) dagen na factuurdatum.
Artikel 2 – Duur
De overeenkomst wordt aangegaan voor twaalf maanden en stilzwijgend verlengd, tenzij opgezegd
met een opzegtermijn van drie maanden.
Opgemaakt te Gent in tweevoud.
"""
EN_CONTRACT = """HOSTING AGREEMENT
1. Term. The initial term of this Agreement is one (1) year.
2. Fees. Customer shall pay a monthly hosting fee of EUR 1,250.00 within 30 days of invoice.
3. Availability. Provider shall make the service available 99.9% of the time per month.
IN WITNESS WHEREOF, the parties have executed this Agreement.
"""


@pytest.fixture(autouse=True)
def _media_in_tmp():
    """The check command needs no Django settings: override the project-wide fixture."""


@pytest.fixture
def documents(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a_contract_nl.txt").write_text(NL_CONTRACT, encoding="utf-8")
    (folder / "b_hosting_en.md").write_text(EN_CONTRACT, encoding="utf-8")
    return folder


def run_check(argv):
    parser = argparse.ArgumentParser(prog="vendorpact")
    check.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["check", *argv])
    return args.func(args)


def test_json_for_one_file_is_one_object_with_all_fields(documents, capsys):
    assert run_check(["--format", "json", str(documents / "a_contract_nl.txt")]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {"file", "language", "kind", "pages", "items", "risks", "figures", "questions"} <= set(
        result
    )
    assert result["language"] == "nl"
    assert result["figures"]["notice_period_days"] == 90


def test_jsonl_gives_one_line_per_file_in_input_order(documents, capsys):
    assert run_check(["--format", "jsonl", str(documents)]) == 0
    lines = capsys.readouterr().out.splitlines()
    files = [json.loads(line)["file"] for line in lines]
    assert [f.rsplit("/", 1)[1] for f in files] == ["a_contract_nl.txt", "b_hosting_en.md"]


def test_failed_input_gives_error_object_and_exit_code_2(documents, tmp_path, capsys):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 truncated")
    code = run_check(["--format", "jsonl", str(broken), str(documents / "b_hosting_en.md")])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 2
    assert lines[0]["file"] == str(broken) and lines[0]["error"] == "document.corrupt"
    assert lines[1]["language"] == "en"


def test_parallel_jobs_keep_input_order(documents, capsys):
    paths = [str(documents / "b_hosting_en.md"), str(documents / "a_contract_nl.txt")] * 2
    assert run_check(["--format", "jsonl", "--jobs", "2", *paths]) == 0
    files = [json.loads(line)["file"] for line in capsys.readouterr().out.splitlines()]
    assert files == paths


def test_text_report_is_readable(documents, capsys):
    assert run_check([str(documents / "b_hosting_en.md")]) == 0
    out = capsys.readouterr().out
    assert "Contract analysis: " in out and "KEY FIGURES" in out
    assert "Availability (%): 99.9" in out


def test_html_report_into_output_folder(documents, tmp_path):
    out = tmp_path / "reports"
    assert run_check(["--format", "html", "--out", str(out), str(documents)]) == 0
    page = (out / "a_contract_nl.txt.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Contractanalyse" in page
    assert "<link" not in page and "<script" not in page


def test_several_html_reports_share_one_printable_page(documents, tmp_path):
    target = tmp_path / "all.html"
    assert run_check(["--format", "html", "--out", str(target), str(documents)]) == 0
    page = target.read_text(encoding="utf-8")
    assert page.count("<html") == 1
    assert page.count('<section class="report">') == 2


def test_markdown_into_one_file(documents, tmp_path):
    target = tmp_path / "report.md"
    assert (
        run_check(["--format", "md", "--out", str(target), str(documents / "a_contract_nl.txt")])
        == 0
    )
    assert target.read_text(encoding="utf-8").startswith("# Contractanalyse: ")


def test_forced_kind_sets_expected_items(documents, capsys):
    run_check(["--format", "json", "--kind", "project", str(documents / "b_hosting_en.md")])
    result = json.loads(capsys.readouterr().out)
    planning = next(i for i in result["items"] if i["id"] == "timing.planning")
    assert result["kind"] == "project" and planning["expected"] is True


def test_encrypted_pdf_is_reported_without_traceback(tmp_path, capsys):
    from tests.core.contracts.conftest import make_pdf

    locked = tmp_path / "locked.pdf"
    locked.write_bytes(make_pdf([["Vertrouwelijk contract"]], encrypted=True))
    assert run_check([str(locked)]) == 2
    err = capsys.readouterr().err
    assert "password" in err and "Traceback" not in err


def test_pdf_is_analysed_with_page_numbers(tmp_path, capsys):
    from tests.core.contracts.conftest import make_pdf

    pdf = tmp_path / "contract.pdf"
    pdf.write_bytes(
        make_pdf(
            [
                ["Article 1 - Fees", "Invoices are payable within 30 days of receipt."],
                ["Article 2 - Term", "Either party may terminate on ninety (90) days notice."],
            ]
        )
    )
    assert run_check(["--format", "json", str(pdf)]) == 0
    result = json.loads(capsys.readouterr().out)
    termination = next(i for i in result["items"] if i["id"] == "exit.termination")
    assert result["pages"] == 2
    assert termination["evidence"][0]["page"] == 2


def test_progress_bar_counts_files():
    import io

    stream = io.StringIO()
    progress = check.Progress(5, stream=stream)
    for name in "abcde":
        progress.step(name + ".pdf")
    assert "5/5" in stream.getvalue() and stream.getvalue().endswith("\n")


def test_folder_without_supported_files_fails(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    assert run_check([str(tmp_path)]) == 2
