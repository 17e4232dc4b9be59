"""`vendorpact sla evaluate` through its argparse registration (same as vendorpact.cli does)."""

import argparse
import csv
import gzip
import io
import json

import pytest

from vendorpact.commands import sla
from vendorpact.core.sla import output
from vendorpact.core.sla.monthly import MonthlyCompliance
from vendorpact.core.sla.policy import SlaPolicy

POLICY = {
    "timezone": "Europe/Brussels",
    "hours": {
        day: [["08:30", "12:00"], ["13:00", "17:30"]] for day in ("mon", "tue", "wed", "thu", "fri")
    }
    | {"sat": [], "sun": []},
    "holidays": {"country": "BE", "subdivision": None},
    "closed_dates": ["2026-12-24"],
    "pause_statuses": ["waiting for customer"],
    "priorities": {
        "P1": {
            "response": {"minutes": 60, "clock": "business"},
            "resolution": {"minutes": 480, "clock": "business"},
        },
        "P3": {
            "response": {"minutes": 480, "clock": "business"},
            "resolution": {"minutes": 2880, "clock": "calendar"},
        },
    },
    "availability": {
        "target_percent": 99.9,
        "exclude_planned": True,
        "credits": [{"below_percent": 99.9, "credit_percent": 5}],
        "credit_cap_percent": 30,
        "monthly_fee_eur": 1200,
    },
}
TICKETS = (
    "id,priority,created,first_response,resolved\n"
    "T-1,P1,2026-11-27T17:25:00+01:00,2026-11-30T09:20:00+01:00,2026-11-30T15:00:00+01:00\n"
    "T-2,P1,2026-11-30T09:00:00+01:00,2026-11-30T10:00:01+01:00,\n"
    "T-3,P3,2026-12-01T10:00:00+01:00,,\n"
)
EVENTS = (
    "id,at,status\n"
    "T-1,2026-11-30T10:00:00+01:00,Waiting for customer\n"
    "T-1,2026-11-30T14:00:00+01:00,In progress\n"
)


def run_cli(argv, capsys):
    parser = argparse.ArgumentParser(prog="vendorpact")
    sla.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    code = args.func(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def files(tmp_path):
    (tmp_path / "policy.json").write_text(json.dumps(POLICY), encoding="utf-8")
    (tmp_path / "tickets.csv").write_text(TICKETS, encoding="utf-8")
    (tmp_path / "events.csv").write_text(EVENTS, encoding="utf-8")
    return tmp_path


def _argv(files, *extra):
    return [
        "sla",
        "evaluate",
        "--policy",
        str(files / "policy.json"),
        "--tickets",
        str(files / "tickets.csv"),
        "--events",
        str(files / "events.csv"),
        "--now",
        "2026-12-01T12:00:00+01:00",
        *extra,
    ]


def test_json_output_has_the_interchange_fields(files, capsys):
    code, out, _ = run_cli(_argv(files, "--format", "json"), capsys)
    data = json.loads(out)
    assert code == 0
    assert data["tickets"][0] == {
        "id": "T-1",
        "priority": "P1",
        "response_seconds": 3300,
        "resolution_seconds": 5 * 60 + 90 * 60 + 60 * 60,
        "response_breached": False,
        "resolution_breached": False,
    }
    assert data["tickets"][1]["response_breached"] is True
    assert data["tickets"][2]["resolution_seconds"] is None
    assert data["tickets"][2]["resolution_breached"] is None
    assert [m["month"] for m in data["months"]] == ["2026-11", "2026-12"]
    assert data["months"][0]["response_compliance_percent"] == 50.0


def test_csv_output_has_one_row_per_ticket(files, capsys):
    code, out, _ = run_cli(_argv(files, "--format", "csv"), capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert list(rows[0]) == list(output.TICKET_FIELDS)
    assert [(r["id"], r["response_breached"]) for r in rows] == [
        ("T-1", "false"),
        ("T-2", "true"),
        ("T-3", ""),
    ]


def test_text_output_lists_breaches_and_months(files, capsys):
    _, out, _ = run_cli(_argv(files, "--format", "text"), capsys)
    assert "BREACHED" in out
    assert "2026-11" in out


def test_text_output_gives_open_tickets_their_remaining_time(files, capsys):
    _, out, _ = run_cli(_argv(files, "--format", "text"), capsys)
    open_ticket = next(line for line in out.splitlines() if line.startswith("T-3"))
    # P3 created Tue 10:00, now Tue 12:00: response 8 business hours - 2 h, resolution 48 h - 2 h
    assert "open, 6h00 left" in open_ticket
    assert "open, 46h00 left" in open_ticket


def test_bad_rows_are_skipped_with_line_numbers_on_stderr(files, capsys):
    (files / "tickets.csv").write_text(TICKETS + "T-4,P9,2026-12-01T10:00:00+01:00,,\n")
    code, out, err = run_cli(_argv(files, "--format", "csv"), capsys)
    assert code == 0
    assert "line 5: row.priority_unknown" in err
    assert out.count("\n") == 4


def test_strict_mode_evaluates_nothing_when_a_row_is_bad(files, capsys):
    (files / "tickets.csv").write_text(TICKETS + "T-4,P1,yesterday,,\n")
    code, out, err = run_cli(_argv(files, "--format", "csv", "--strict"), capsys)
    assert (code, out) == (2, "")
    assert "row.date_invalid" in err


def test_invalid_policy_is_reported_not_raised(files, capsys):
    (files / "policy.json").write_text('{"priorities": {"P1": {"response": {"clock": "x"}}}}')
    code, _, err = run_cli(_argv(files), capsys)
    assert code == 2 and "policy.clock_invalid" in err


def test_known_helpdesk_export_is_accepted_too(files, capsys):
    jira = (
        "Summary,Issue key,Issue Type,Status,Priority,Created,Resolved\n"
        "VPN,SD-1,Incident,Done,P1,2026-11-30 09:00,2026-11-30 10:00\n"
    )
    (files / "jira.csv").write_text(jira, encoding="utf-8")
    argv = ["sla", "evaluate", "--policy", str(files / "policy.json"), "--tickets"]
    code, out, _ = run_cli([*argv, str(files / "jira.csv"), "--format", "csv"], capsys)
    assert code == 0
    assert out.splitlines()[1] == "SD-1,P1,,3600,,false"


def test_without_events_the_resolution_clock_never_pauses(files, capsys):
    argv = ["sla", "evaluate", "--policy", str(files / "policy.json"), "--tickets"]
    code, out, _ = run_cli([*argv, str(files / "tickets.csv"), "--format", "csv"], capsys)
    assert code == 0
    assert out.splitlines()[1] == "T-1,P1,3300,20100,false,false"  # 5 + 210 + 120 minutes


def test_downtime_log_adds_availability_and_credit_per_month(files, capsys):
    (files / "downtime.csv").write_text(
        "start,end,scope,planned,reference\n"
        "2026-11-10T09:00:00+01:00,2026-11-10T12:00:00+01:00,webshop,no,INC-1\n"
        "2026-11-14T22:00:00+01:00,2026-11-15T02:00:00+01:00,webshop,yes,CHG-1\n",
        encoding="utf-8",
    )
    downtime = ["--downtime", str(files / "downtime.csv")]
    code, out, _ = run_cli(_argv(files, "--format", "json", *downtime), capsys)
    november, december = json.loads(out)["availability"]
    assert code == 0
    assert november["downtime_seconds"] == 3 * 3600  # planned maintenance excluded
    assert (november["met"], november["credit_percent"], november["credit_eur"]) == (False, 5, 60)
    assert (december["month"], december["credit_eur"]) == ("2026-12", 0)


def test_downtime_without_availability_terms_is_refused(files, capsys):
    policy = {key: value for key, value in POLICY.items() if key != "availability"}
    (files / "policy.json").write_text(json.dumps(policy), encoding="utf-8")
    (files / "downtime.csv").write_text("start,end\n", encoding="utf-8")
    code, _, err = run_cli(_argv(files, "--downtime", str(files / "downtime.csv")), capsys)
    assert code == 2 and "policy.availability_missing" in err


def test_vendorpact_cli_dispatches_to_sla_evaluate(files, capsys):
    from vendorpact.cli import main

    code = main(_argv(files, "--format", "csv"))
    assert code == 0
    assert capsys.readouterr().out.startswith(",".join(output.TICKET_FIELDS))


def test_numpy_csv_writer_matches_the_csv_module_path(files, capsys):
    rows = [
        f"T-{i},{'P1' if i % 2 else 'P3'},2026-11-{2 + i % 20:02d}T0{i % 10}:1{i % 7}:00+01:00,"
        f"2026-12-0{1 + i % 9}T10:00:0{i % 10}+01:00,{'' if i % 3 else '2026-12-20T12:00:00Z'}\n"
        for i in range(200)
    ]
    (files / "tickets.csv").write_text(
        "id,priority,created,first_response,resolved\n" + "".join(rows)
    )
    policy = SlaPolicy.load(str(files / "policy.json"))
    args = argparse.Namespace(tickets=str(files / "tickets.csv"), events=str(files / "events.csv"))
    outputs = []
    for keep_bytes in (True, False):
        chunks = list(sla._chunks(policy, args, 1.8e9, []))
        assert all(chunk.id_bytes is not None for chunk in chunks)
        if not keep_bytes:  # the generic path: csv.writer / str.join per row
            for chunk in chunks:
                chunk.id_list, chunk.id_bytes = chunk.ids, None
        out = io.StringIO()
        output.write_csv(
            chunks, out, output.Summary(policy, MonthlyCompliance(policy.calendar.timezone))
        )
        outputs.append(out.getvalue())
    assert outputs[0] == outputs[1]
    assert outputs[0].count("\n") == 201


# --- open tickets past their target ("open, overdue") -----------------------------------------
# P1 with 4 business hours to resolve, on the 08:30-12:00 / 13:00-17:30 calendar: created Monday
# 2 March 2026 09:00 and answered 09:20. Monday 11:00 is 2 h in (2 h left); Tuesday 10:00 is
# 3 + 4.5 + 1.5 = 9 h in (5 h overdue).
FOUR_HOUR_P1 = {
    "response": {"minutes": 60, "clock": "business"},
    "resolution": {"minutes": 240, "clock": "business"},
}
OPEN_TICKET = (
    "id,priority,created,first_response,resolved\n"
    "OV-1,P1,2026-03-02T09:00:00+01:00,2026-03-02T09:20:00+01:00,\n"
)
MONDAY_11, TUESDAY_10 = "2026-03-02T11:00:00+01:00", "2026-03-03T10:00:00+01:00"


@pytest.fixture
def open_files(tmp_path):
    policy = {**POLICY, "priorities": {"P1": FOUR_HOUR_P1}}
    (tmp_path / "policy.json").write_text(json.dumps(policy), encoding="utf-8")
    (tmp_path / "tickets.csv").write_text(OPEN_TICKET, encoding="utf-8")
    return tmp_path


def _open_argv(folder, *extra, tickets="tickets.csv"):
    return ["sla", "evaluate", "--policy", str(folder / "policy.json")] + [
        "--tickets",
        str(folder / tickets),
        *extra,
    ]


def test_json_with_now_reports_an_open_ticket_past_its_target_as_breached(open_files, capsys):
    _, out, _ = run_cli(_open_argv(open_files, "--format", "json", "--now", TUESDAY_10), capsys)
    data = json.loads(out)
    assert data["tickets"][0]["resolution_seconds"] is None
    assert data["tickets"][0]["resolution_breached"] is True
    (march,) = data["months"]
    assert (march["resolved"], march["resolution_breached"], march["resolution_overdue"]) == (
        0,
        1,
        1,
    )
    assert (march["resolution_met"], march["resolution_compliance_percent"]) == (0, 0.0)


def test_json_with_now_leaves_an_open_ticket_within_its_target_empty(open_files, capsys):
    _, out, _ = run_cli(_open_argv(open_files, "--format", "json", "--now", MONDAY_11), capsys)
    data = json.loads(out)
    assert data["tickets"][0]["resolution_breached"] is None
    (march,) = data["months"]
    assert (march["resolution_breached"], march["resolution_compliance_percent"]) == (0, None)


def test_csv_with_now_marks_the_overdue_ticket_true(open_files, capsys):
    _, late, _ = run_cli(_open_argv(open_files, "--format", "csv", "--now", TUESDAY_10), capsys)
    _, early, _ = run_cli(_open_argv(open_files, "--format", "csv", "--now", MONDAY_11), capsys)
    assert late.splitlines()[1] == "OV-1,P1,1200,,false,true"
    assert early.splitlines()[1] == "OV-1,P1,1200,,false,"


def test_without_now_open_tickets_are_not_judged(open_files, capsys):
    _, out, _ = run_cli(_open_argv(open_files, "--format", "json"), capsys)
    data = json.loads(out)
    assert data["tickets"][0]["resolution_breached"] is None
    assert data["months"][0]["resolution_breached"] == 0


def test_helpdesk_export_path_judges_open_tickets_the_same_way(open_files, capsys):
    jira = (
        "Summary,Issue key,Issue Type,Status,Priority,Created,Resolved\n"
        "VPN,SD-2,Incident,Open,P1,2026-03-02 09:00,\n"
    )
    (open_files / "jira.csv").write_text(jira, encoding="utf-8")
    argv = _open_argv(open_files, "--format", "csv", tickets="jira.csv")
    _, late, _ = run_cli([*argv, "--now", TUESDAY_10], capsys)
    _, early, _ = run_cli([*argv, "--now", MONDAY_11], capsys)
    # no first response: the 1 h response target is passed at both moments
    assert late.splitlines()[1] == "SD-2,P1,,,true,true"
    assert early.splitlines()[1] == "SD-2,P1,,,true,"


def test_text_with_now_shows_the_open_overdue_ticket_and_counts_it(open_files, capsys):
    _, out, _ = run_cli(_open_argv(open_files, "--format", "text", "--now", TUESDAY_10), capsys)
    ticket_line = next(line for line in out.splitlines() if line.startswith("OV-1"))
    month_line = next(line for line in out.splitlines() if line.startswith("2026-03"))
    assert "open, 5h00 overdue" in ticket_line
    assert month_line.split()[-2:] == ["1", "1"]  # breaches, of which open and overdue


def test_month_without_tickets_or_downtime_has_no_availability(open_files, capsys):
    (open_files / "downtime.csv").write_text(
        "start,end,scope,planned,reference\n"
        "2026-01-12T09:00:00+01:00,2026-01-12T10:00:00+01:00,webshop,no,INC-1\n",
        encoding="utf-8",
    )
    downtime = ["--downtime", str(open_files / "downtime.csv"), "--now", MONDAY_11]
    _, out, _ = run_cli(_open_argv(open_files, "--format", "json", *downtime), capsys)
    months = {m["month"]: m for m in json.loads(out)["availability"]}
    assert list(months) == ["2026-01", "2026-02", "2026-03"]
    assert (months["2026-02"]["availability_percent"], months["2026-02"]["met"]) == (None, None)
    assert months["2026-03"]["availability_percent"] == 100.0
    _, text, _ = run_cli(_open_argv(open_files, "--format", "text", *downtime), capsys)
    february = [line for line in text.splitlines() if line.startswith("2026-02")]
    assert february and "no data" in february[0]


def test_gzipped_tickets_are_refused_with_the_cause(files, capsys):
    (files / "tickets.csv.gz").write_bytes(gzip.compress(TICKETS.encode("utf-8")))
    argv = _argv(files)
    argv[argv.index("--tickets") + 1] = str(files / "tickets.csv.gz")
    code, out, err = run_cli(argv, capsys)
    assert code == 2
    assert "gzip-compressed: unpack it first" in err
    assert "codec" not in err
    assert out == ""
