"""Monthly figures of the web layer: the same as the CLI, availability credits, pre-filling."""

import argparse
import csv
import json

import pytest

from tests.sla.conftest import NOW
from vendorpact.analysis.models import Analysis
from vendorpact.commands import sla as sla_command
from vendorpact.sla import services
from vendorpact.sla.figures import EngagementSla
from vendorpact.sla.models import Ticket, TicketEvent
from vendorpact.sla.prefill import proposal_for
from vendorpact.sla.synthetic import build_tickets

COUNTS = (
    "tickets",
    "responded",
    "response_breached",
    "response_overdue",
    "resolved",
    "resolution_breached",
    "resolution_overdue",
)


def _write_generic_export(engagement, folder):
    """The stored tickets as the CLI's generic CSV + events CSV, and the stored policy."""
    tickets = Ticket.objects.filter(engagement=engagement).values_list(
        "external_id", "priority", "created", "first_response", "resolved"
    )
    with open(folder / "tickets.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "priority", "created", "first_response", "resolved"])
        for external_id, priority, *moments in tickets:
            writer.writerow([external_id, priority, *(m.isoformat() if m else "" for m in moments)])
    events = TicketEvent.objects.filter(ticket__engagement=engagement).values_list(
        "ticket__external_id", "at", "status"
    )
    with open(folder / "events.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "at", "status"])
        for external_id, at, status in events:
            writer.writerow([external_id, at.isoformat(), status])
    policy = engagement.sla_terms.policy
    (folder / "policy.json").write_text(json.dumps(policy), encoding="utf-8")


def _cli_months(folder, capsys):
    parser = argparse.ArgumentParser(prog="vendorpact")
    sla_command.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(
        ["sla", "evaluate", "--format", "json", "--now", NOW.isoformat()]
        + ["--policy", str(folder / "policy.json"), "--tickets", str(folder / "tickets.csv")]
        + ["--events", str(folder / "events.csv")]
    )
    assert args.func(args) == 0
    return json.loads(capsys.readouterr().out)["months"]


# Open tickets on top of the demo export, as of NOW (Thursday 26/11/2026 12:00; NetCare's
# calendar is Mon-Fri 08:30-17:30, 11/11 is a holiday): OV-1 (P1) has no answer after weeks,
# OV-2 (P2, 8 h to resolve) is 8.5 + 3.5 h in, OV-4 (P1, 4 h) is weeks in: all overdue; OV-3
# (P3: 4 h to answer) is 3 h in and can still be met.
OPEN_TICKETS = (
    "id,priority,created,first_response,resolved\n"
    "OV-1,P1,2026-11-09T10:00:00+01:00,,\n"
    "OV-2,P2,2026-11-25T09:00:00+01:00,2026-11-25T09:30:00+01:00,\n"
    "OV-3,P3,2026-11-26T09:00:00+01:00,,\n"
    "OV-4,P1,2026-10-30T16:00:00+01:00,2026-10-30T16:30:00+01:00,\n"
)


@pytest.fixture
def with_open_tickets(imported, run_import):
    run_import("tickets", OPEN_TICKETS, "open.csv")
    return imported


def test_web_monthly_figures_equal_the_cli(engagement_a, with_open_tickets, tmp_path, capsys):
    _write_generic_export(engagement_a, tmp_path)
    cli = _cli_months(tmp_path, capsys)
    web = EngagementSla(engagement_a, now=NOW).months
    assert [{k: m[k] for k in ("month", *COUNTS)} for m in cli] == [
        {"month": row.month, **{k: getattr(row, k) for k in COUNTS}} for row in web
    ]
    overdue = {row.month: (row.response_overdue, row.resolution_overdue) for row in web}
    assert (overdue["2026-10"], overdue["2026-11"]) == ((0, 1), (1, 2))
    assert [m["response_compliance_percent"] for m in cli] == [r.response_percent for r in web]
    assert [m["resolution_compliance_percent"] for m in cli] == [r.resolution_percent for r in web]


def test_web_equals_the_cli_for_40000_generated_tickets(engagement_a, terms, tmp_path, capsys):
    build_tickets(engagement_a, 40_000, NOW)
    _write_generic_export(engagement_a, tmp_path)
    cli = _cli_months(tmp_path, capsys)
    web = EngagementSla(engagement_a, now=NOW).months
    shown = (*COUNTS, "response_compliance_percent", "resolution_compliance_percent")
    attributes = {"response_compliance_percent": "response_percent"}
    attributes |= {"resolution_compliance_percent": "resolution_percent"}
    assert len(cli) == 25 and sum(m["tickets"] for m in cli) > 30_000
    assert sum(m["resolution_overdue"] for m in cli) > 0
    assert [{k: m[k] for k in ("month", *shown)} for m in cli] == [
        {"month": row.month, **{k: getattr(row, attributes.get(k, k)) for k in shown}}
        for row in web
    ]


def test_month_below_target_earns_the_credit_in_eur(engagement_a, imported):
    months = EngagementSla(engagement_a, now=NOW).months
    below = [row for row in months if not row.availability.met]
    assert [row.month for row in below] == ["2026-09"]
    assert below[0].availability.credit_percent == 5.0
    assert below[0].credit_eur == 60.0


def test_breaches_come_from_the_history(engagement_a, imported):
    sla = EngagementSla(engagement_a, now=NOW)
    assert sum(row.breaches for row in sla.months) == sum(
        bool(r.result.response_breached) + bool(r.result.resolution_breached) for r in sla.breaches
    )
    assert any(r.result.customer_wait_seconds > 0 for r in sla.evaluated)
    assert any(r.result.vendor_wait_seconds > 0 for r in sla.evaluated)
    assert sum(r.result.reopen_count for r in sla.evaluated) == 1


def test_open_ticket_shows_its_remaining_time(engagement_a, imported):
    open_rows = [r for r in EngagementSla(engagement_a, now=NOW).evaluated if r.is_open]
    assert open_rows and all(r.remaining_seconds is not None for r in open_rows)


def test_changing_the_policy_reevaluates_without_reimport(tenancy, engagement_a, imported):
    before = sum(row.breaches for row in EngagementSla(engagement_a, now=NOW).months)
    policy = engagement_a.sla_terms.policy
    for targets in policy["priorities"].values():
        for target in targets.values():
            target["minutes"] *= 10
    services.save_terms(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, policy=policy
    )
    after = sum(row.breaches for row in EngagementSla(engagement_a, now=NOW).months)
    assert before > 0 and after < before


def test_proposal_is_prefilled_from_the_analysis_figures(tenancy, engagement_a, document_a):
    figures = {
        "response_times": [{"priority": "P1", "hours": 1.0, "business_hours": True}],
        "resolution_times": [{"priority": "P1", "hours": 4.0, "business_hours": True}],
        "availability_percent": 99.5,
        "amounts": [
            {
                "amount": 1200.0,
                "currency": "EUR",
                "kind": "recurring",
                "period": None,
                "evidence": {"text": "een maandelijkse beheervergoeding van € 1.200,00"},
            }
        ],
    }
    Analysis.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement_a,
        document=document_a,
        state="done",
        result={"items": [], "figures": figures},
    )
    proposal = proposal_for(engagement_a)
    assert proposal.policy["priorities"]["P1"] == {
        "response": {"minutes": 60, "clock": "business"},
        "resolution": {"minutes": 240, "clock": "business"},
    }
    assert proposal.policy["availability"]["target_percent"] == 99.5
    assert proposal.monthly_fee == 1200.0 and proposal.analysis.document == document_a


def test_proposal_without_analysis_is_the_default_calendar(engagement_a):
    proposal = proposal_for(engagement_a)
    assert proposal.analysis is None and proposal.found == []
    assert proposal.policy["hours"]["mon"] == [["08:30", "17:30"]]
    assert proposal.policy["holidays"]["country"] == "BE"
