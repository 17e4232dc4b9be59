"""`vendorpact sla evaluate`: implausible timestamps and CSV formula injection."""

import csv
import io
import json

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


def test_csv_output_neutralises_formula_like_ids(files, capsys):  # noqa: F811
    tickets = (
        "id,priority,created,first_response,resolved\n"
        "=HYPERLINK(1),P1,2026-11-30T09:00:00+01:00,2026-11-30T09:30:00+01:00,\n"
        "@SUM(A1),P1,2026-11-30T09:00:00+01:00,,\n"
        "+32,P1,2026-11-30T09:00:00+01:00,,\n"
        "-7,P1,2026-11-30T09:00:00+01:00,,\n"
        "T-5,P1,2026-11-30T09:00:00+01:00,2026-11-30T09:30:00+01:00,\n"
    )
    (files / "tickets.csv").write_text(tickets, encoding="utf-8")
    code, out, _ = run_cli(_argv(files, "--format", "csv"), capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert [row["id"] for row in rows] == ["'=HYPERLINK(1)", "'@SUM(A1)", "'+32", "'-7", "T-5"]
    # numbers stay numbers: 30 minutes to the first response
    assert rows[0]["response_seconds"] == "1800" and rows[4]["response_seconds"] == "1800"


def test_csv_output_neutralises_a_formula_like_priority(files, capsys):  # noqa: F811
    policy = json.loads((files / "policy.json").read_text())
    policy["priorities"]["=P1"] = policy["priorities"].pop("P1")
    (files / "policy.json").write_text(json.dumps(policy), encoding="utf-8")
    tickets = "id,priority,created,first_response,resolved\nT-1,=P1,2026-11-30T09:00:00+01:00,,\n"
    (files / "tickets.csv").write_text(tickets, encoding="utf-8")
    code, out, _ = run_cli(_argv(files, "--format", "csv"), capsys)
    assert code == 0
    assert out.splitlines()[1].startswith("T-1,'=P1,")


def test_csv_output_neutralises_ids_of_a_helpdesk_export(files, capsys):  # noqa: F811
    jira = (
        "Summary,Issue key,Issue Type,Status,Priority,Created,Resolved\n"
        "VPN,=cmd|' /C calc'!A0,Incident,Done,P1,2026-11-30 09:00,2026-11-30 10:00\n"
    )
    (files / "jira.csv").write_text(jira, encoding="utf-8")
    argv = ["sla", "evaluate", "--policy", str(files / "policy.json"), "--tickets"]
    code, out, _ = run_cli([*argv, str(files / "jira.csv"), "--format", "csv"], capsys)
    assert code == 0
    assert next(csv.reader(io.StringIO(out.splitlines()[1])))[0] == "'=cmd|' /C calc'!A0"


def test_a_cp1252_generic_csv_is_evaluated_with_its_accents(files, capsys):  # noqa: F811
    tickets = (
        "id,priority,created,first_response,resolved\n"
        "Café-1,P1,2026-11-30T09:00:00+01:00,2026-11-30T09:30:00+01:00,\n"
    )
    (files / "tickets.csv").write_bytes(tickets.encode("cp1252"))
    code, out, err = run_cli(_argv(files, "--format", "csv"), capsys)
    assert code == 0, err
    assert out.splitlines()[1].startswith("Café-1,P1,1800,")
