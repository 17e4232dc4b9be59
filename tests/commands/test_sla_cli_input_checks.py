"""`vendorpact sla evaluate`: implausible timestamps and CSV formula injection."""

import csv
import io

from tests.commands.test_sla_cli import TICKETS, _argv, files, run_cli  # noqa: F401

YEAR_ONE = "T-4,P1,0001-01-01T00:00:00-12:00,,\n"
ZENDESK = (
    "ID,Subject,Status,Priority,Created at,Solved at,First reply time in minutes\n"
    "501,Kassa,Solved,P1,2026-11-30 09:00:00,2026-11-30 11:00:00,30\n"
    "502,Kassa,Solved,P1,9999-12-31T23:59:59+14:00,,\n"
)


def test_strict_refuses_a_generic_csv_with_a_year_one_ticket(files, capsys):  # noqa: F811
    (files / "tickets.csv").write_text(TICKETS + YEAR_ONE, encoding="utf-8")
    code, out, err = run_cli(_argv(files, "--format", "csv", "--strict"), capsys)
    assert code == 2 and out == ""
    assert "line 5: row.date_out_of_range (created='0001-01-01T00:00:00-12:00')" in err


def test_a_year_one_ticket_is_skipped_and_the_rest_evaluated(files, capsys):  # noqa: F811
    (files / "tickets.csv").write_text(TICKETS + YEAR_ONE, encoding="utf-8")
    code, out, err = run_cli(_argv(files, "--format", "csv"), capsys)
    assert code == 0
    assert [row["id"] for row in csv.DictReader(io.StringIO(out))] == ["T-1", "T-2", "T-3"]
    assert "line 5: row.date_out_of_range" in err


def test_strict_refuses_a_helpdesk_export_with_a_year_9999_ticket(files, capsys):  # noqa: F811
    (files / "tickets.csv").write_text(ZENDESK, encoding="utf-8")
    code, out, err = run_cli(_argv(files, "--format", "csv", "--strict"), capsys)
    assert code == 2 and out == ""
    assert "line 3: row.date_out_of_range" in err
