"""Helpdesk exports as the tools write them (headers from ../shared/data/helpdesk-exports)."""

import datetime as dt

import pytest
from openpyxl import Workbook

from tests.core.sla.sla_helpers import brussels
from vendorpact.core.sla.imports import ColumnMapping, ExportFormatError, import_tickets
from vendorpact.core.sla.imports.dates import DateParseError, parse_datetime
from vendorpact.core.sla.imports.downtime import import_downtime
from vendorpact.core.sla.imports.tickets import import_events
from vendorpact.core.sla.policy import SlaPolicy

ZENDESK_HEADER = (
    "ID,Requester,Requester ID,Requester external id,Requester email,Requester domain,"
    "Submitter,Assignee,Group,Subject,Tags,Status,Priority,Via,Ticket type,Created at,"
    "Updated at,Assigned at,Organization,Due date,Initially assigned at,Solved at,"
    "Resolution time,Satisfaction Score,Group stations,Assignee stations,Reopens,Replies,"
    "First reply time in minutes,First reply time in minutes within business hours,"
    "First resolution time in minutes,First resolution time in minutes within business hours,"
    "Full resolution time in minutes,Full resolution time in minutes within business hours,"
    "Agent wait time in minutes,Agent wait time in minutes within business hours,"
    "Requester wait time in minutes,Requester wait time in minutes within business hours,"
    "On hold time in minutes,On hold time in minutes within business hours"
)


def _zendesk_row(ticket_id, status, priority, created, solved, first_reply):
    cells = [""] * len(ZENDESK_HEADER.split(","))
    cells[0], cells[9], cells[11], cells[12] = ticket_id, "Printer stuk", status, priority
    cells[15], cells[21], cells[28] = created, solved, first_reply
    return ",".join(cells)


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


@pytest.fixture
def resolver(policy):
    return SlaPolicy.from_dict(
        {
            **policy.to_dict(),
            "priority_map": {
                "urgent": "P1",
                "high": "P1",
                "normal": "P2",
                "low": "P3",
                "Highest": "P1",
                "Medium": "P2",
                "Lowest": "P3",
                "1 - Critical": "P1",
                "3 - Moderate": "P2",
                "Very high": "P1",
                "Hoog": "P1",
            },
        }
    ).resolve_priority


def test_zendesk_export_is_recognised_and_first_reply_minutes_become_a_moment(tmp_path, resolver):
    rows = [
        ZENDESK_HEADER,
        _zendesk_row("4711", "solved", "urgent", "2026-03-02 09:00", "2026-03-02 15:10", "42"),
        _zendesk_row("4712", "open", "normal", "2026-03-03 16:45", "", ""),
    ]
    result = import_tickets(
        _write(tmp_path, "export_2026_03_31_x1.csv", "\n".join(rows)), priority_resolver=resolver
    )
    assert result.format == "zendesk" and result.ok
    first, second = result.tickets
    assert first.first_response == brussels(2026, 3, 2, 9, 42)
    assert (first.priority, first.resolved) == ("P1", brussels(2026, 3, 2, 15, 10))
    assert (second.priority, second.resolved) == ("P2", None)


def test_jira_export_with_jira_date_format(tmp_path, resolver):
    text = (
        "Summary,Issue key,Issue id,Issue Type,Status,Priority,Project key,Assignee,Created,"
        "Updated,Resolved\n"
        "VPN valt weg,SD-101,10101,Incident,Done,Highest,SD,Sofie,12/Mar/26 3:15 PM,"
        "13/Mar/26 9:00 AM,13/Mar/26 8:45 AM\n"
    )
    result = import_tickets(_write(tmp_path, "SearchRequest.csv", text), priority_resolver=resolver)
    assert result.format == "jira"
    (ticket,) = result.tickets
    assert (ticket.id, ticket.created) == ("SD-101", brussels(2026, 3, 12, 15, 15))
    assert ticket.resolved == brussels(2026, 3, 13, 8, 45)


FRESHDESK_HEADER = (
    "Ticket ID,Subject,Status,Priority,Source,Type,Agent,Group,Created time,Due by Time,"
    "Resolved time,Closed time,Last update time,Initial response time,Time tracked,"
    "First response time (in hrs),Resolution time (in hrs),Agent interactions,"
    "Customer interactions,Resolution status,First response status,Tags,Survey results,"
    "Association type,Product,Every response status,Full name,Contact ID,Company Name"
)


def test_freshdesk_empty_resolved_time_falls_back_to_resolution_hours(tmp_path, resolver):
    row = (
        "812,Mail werkt niet,Resolved,High,Email,Incident,Jan,L1,08/01/2026 15:00,"
        "09/01/2026 15:00,,,09/01/2026 10:00,08/01/2026 15:20,0:00,0:20:00,64:00:00,2,1,"
        'Within SLA,Within SLA,"klant,mail",,,No Product,Within SLA,An,an@example.be,Bakkerij'
    )
    path = _write(
        tmp_path,
        "80000422910_tickets-January-31-2026-12_12.csv",
        FRESHDESK_HEADER + "\n" + row + "\n",
    )
    result = import_tickets(path, priority_resolver=resolver)
    (ticket,) = result.tickets
    assert result.format == "freshdesk"
    assert ticket.first_response == brussels(2026, 1, 8, 15, 20)
    assert ticket.resolved == brussels(2026, 1, 11, 7, 0)  # 64 hours after creation


def test_glpi_csv_with_bom_semicolons_and_trailing_delimiter(tmp_path, resolver):
    text = (
        '\ufeff"ID";"Title";"Status";"Opening date";"Priority";"Resolution date";\n'
        '"1203";"Scherm flikkert";"Solved";"02-03-2026 09:10";"Very high";"02-03-2026 11:40";\n'
    )
    result = import_tickets(_write(tmp_path, "glpi.csv", text), priority_resolver=resolver)
    (ticket,) = result.tickets
    assert result.format == "glpi"
    assert (ticket.id, ticket.priority, ticket.status) == ("1203", "P1", "Solved")
    assert ticket.resolved == brussels(2026, 3, 2, 11, 40)


def test_topdesk_api_fields_with_offsets(tmp_path, resolver):
    text = (
        "number,briefDescription,priority,callDate,responseDate,completedDate,closedDate,"
        "processingStatus\n"
        "I 2603 041,Laptop start niet,Hoog,2026-03-02T08:05:00.000+0100,"
        "2026-03-02T08:35:12.000+0100,2026-03-02T12:00:00.000+0100,,Afgemeld\n"
    )
    (ticket,) = import_tickets(
        _write(tmp_path, "topdesk.csv", text), priority_resolver=resolver
    ).tickets
    assert ticket.first_response == brussels(2026, 3, 2, 8, 35, 12)


def test_xlsx_export_with_native_datetimes_is_read_in_the_file_zone(tmp_path, resolver):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Issue key", "Summary", "Priority", "Status", "Created", "Resolved"])
    sheet.append(["SD-7", "Wifi", "Medium", "Done", dt.datetime(2026, 7, 1, 9), None])
    path = tmp_path / "jira.xlsx"
    workbook.save(path)
    (ticket,) = import_tickets(path, priority_resolver=resolver).tickets
    assert ticket.created == brussels(2026, 7, 1, 9) and ticket.resolved is None


def test_bad_rows_are_reported_with_line_and_reason_and_good_rows_kept(tmp_path, resolver):
    text = (
        "id,priority,created,first_response,resolved\n"
        "A,P1,2026-03-02T09:00:00+01:00,,\n"
        "B,P1,31/02/2026 09:00,,\n"
        "C,P1,2026-03-02T09:00:00+01:00,,2026-03-01T09:00:00+01:00\n"
        "D,P8,2026-03-02T09:00:00+01:00,,\n"
        "A,P1,2026-03-02T09:00:00+01:00,,\n"
    )
    result = import_tickets(_write(tmp_path, "tickets.csv", text), priority_resolver=resolver)
    assert [(e.line, e.code) for e in result.errors] == [
        (3, "row.date_invalid"),
        (4, "row.resolved_before_created"),
        (5, "row.priority_unknown"),
        (6, "row.duplicate_id"),
    ]
    assert [t.id for t in result.good_rows()] == ["A"]
    assert result.all_or_nothing() == []


def test_user_column_mapping_reads_an_unknown_export(tmp_path, resolver):
    text = "Nummer;Prio;Aangemaakt;Opgelost\nX-1;Hoog;2/3/2026 9:05;2/3/2026 10:05\n"
    mapping = ColumnMapping(id="Nummer", priority="Prio", created="Aangemaakt", resolved="Opgelost")
    again = ColumnMapping.from_dict(mapping.to_dict())
    (ticket,) = import_tickets(
        _write(tmp_path, "x.csv", text), again, priority_resolver=resolver
    ).tickets
    assert ticket.created == brussels(2026, 3, 2, 9, 5)


def test_unknown_layout_without_mapping_is_refused(tmp_path):
    with pytest.raises(ExportFormatError) as raised:
        import_tickets(_write(tmp_path, "x.csv", "a,b\n1,2\n"))
    assert raised.value.code == "import.format_unknown"


def test_events_csv_is_grouped_and_sorted_per_ticket(tmp_path):
    text = (
        "id,at,status\n"
        "A,2026-03-02T10:00:00+01:00,Waiting for customer\n"
        "A,2026-03-02T09:30:00+01:00,In progress\n"
        "B,not a date,Open\n"
    )
    events, errors = import_events(_write(tmp_path, "events.csv", text))
    assert [e.status for e in events["A"]] == ["In progress", "Waiting for customer"]
    assert [(e.line, e.code) for e in errors] == [(4, "row.date_invalid")]


def test_downtime_log_with_dutch_headers_and_planned_flag(tmp_path):
    text = (
        "van;tot;dienst;gepland;referentie\n"
        "10/03/2026 22:00;11/03/2026 02:00;webshop;ja;CHG-12\n"
        "12/03/2026 09:00;12/03/2026 09:45;webshop;nee;INC-7\n"
        "13/03/2026 09:00;12/03/2026 09:45;webshop;nee;INC-8\n"
    )
    records, errors = import_downtime(_write(tmp_path, "downtime.csv", text))
    assert [(r.reference, r.planned) for r in records] == [("CHG-12", True), ("INC-7", False)]
    assert [(e.line, e.code) for e in errors] == [(4, "row.end_before_start")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("29/2/2016 01:16", dt.datetime(2016, 2, 29, 1, 16)),
        ("2026-03-29T02:30:00", dt.datetime(2026, 3, 29, 2, 30)),
        ("05.11.2026 7:05", dt.datetime(2026, 11, 5, 7, 5)),
        ("05/11/2026 07:05:09 PM", dt.datetime(2026, 11, 5, 19, 5, 9)),
    ],
)
def test_local_dates_are_read_day_first_in_the_file_zone(text, expected):
    moment = parse_datetime(text, brussels(2026, 1, 1).tzinfo)
    assert moment.replace(tzinfo=None) == expected and moment.tzinfo is not None


def test_iso_date_with_offset_keeps_its_offset():
    moment = parse_datetime("2021-02-11T06:32:36.303+0000", brussels(2026, 1, 1).tzinfo)
    assert moment.utcoffset() == dt.timedelta(0)


def test_month_first_is_used_when_asked():
    moment = parse_datetime("03/02/2026 09:00", brussels(2026, 1, 1).tzinfo, day_first=False)
    assert (moment.month, moment.day) == (3, 2)


def test_garbage_date_is_refused():
    with pytest.raises(DateParseError):
        parse_datetime("gisteren", brussels(2026, 1, 1).tzinfo)


def test_glpi_month_first_date_preference_is_honoured(tmp_path, resolver):
    text = (
        '"ID";"Title";"Status";"Opening date";"Priority";"Resolution date";\n'
        '"7";"Scherm";"Solved";"03-02-2026 09:10";"Very high";"03-02-2026 11:40";\n'
    )
    path = _write(tmp_path, "glpi.csv", text)
    (ticket,) = import_tickets(path, priority_resolver=resolver, day_first=False).tickets
    assert ticket.created == brussels(2026, 3, 2, 9, 10)


def test_one_read_gives_the_raw_priorities_and_the_unknown_values(tmp_path):
    """With a resolver the good tickets carry the contract priority, their file value is kept
    per ticket, and a value the resolver does not know is listed once (its rows are bad)."""
    rows = [
        _zendesk_row("1", "Solved", "Urgent", "2026-10-05 09:00:00", "2026-10-05 10:00:00", "5"),
        _zendesk_row("2", "Solved", "Kritiek", "2026-10-05 09:00:00", "", ""),
        _zendesk_row("3", "Open", "Kritiek", "2026-10-06 09:00:00", "", ""),
        _zendesk_row("4", "Open", "normal", "2026-10-06 09:00:00", "", ""),
    ]
    path = _write(tmp_path, "zendesk.csv", "\n".join([ZENDESK_HEADER, *rows]) + "\n")
    known = {"urgent": "P1", "normal": "P3"}
    result = import_tickets(path, None, "Europe/Brussels", lambda raw: known.get(raw.lower()))
    assert [(t.id, t.priority) for t in result.tickets] == [("1", "P1"), ("4", "P3")]
    assert result.raw_priorities == {"1": "Urgent", "4": "normal"}
    assert result.unknown_priorities == {"Kritiek"}
    assert [(e.line, e.code) for e in result.errors] == [
        (3, "row.priority_unknown"),
        (4, "row.priority_unknown"),
    ]
