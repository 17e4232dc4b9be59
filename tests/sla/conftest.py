import copy
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from vendorpact.core.sla.policy import SlaPolicy
from vendorpact.sla import services
from vendorpact.sla.demo import NETCARE_POLICY
from vendorpact.sla.demo_export import build_export

NOW = dt.datetime(2026, 11, 26, 12, 0, tzinfo=ZoneInfo("Europe/Brussels"))

SMALL_ZENDESK = (
    "ID,Subject,Status,Priority,Created at,Solved at,First reply time in minutes\n"
    "501,Kassa stuk,Solved,Urgent,2026-10-05 09:00:00,2026-10-05 11:00:00,30\n"
    "502,Printer,Solved,Normal,05/10/2026 10:00,06/10/2026 10:00,300\n"
    "503,Wifi,Open,High,2026-10-06 09:00:00,,20\n"
    "504,Datum fout,Solved,Low,2026-13-45 09:00:00,,\n"
    "505,Te vroeg,Solved,Normal,2026-10-07 09:00:00,2026-10-06 09:00:00,10\n"
)


def netcare_policy() -> dict:
    return copy.deepcopy(NETCARE_POLICY)


@pytest.fixture
def terms(tenancy, engagement_a):
    return services.save_terms(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, policy=netcare_policy()
    )


@pytest.fixture(scope="session")
def export():
    return build_export(SlaPolicy.from_dict(NETCARE_POLICY), NOW)


def upload(name: str, text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


@pytest.fixture
def run_import(tenancy, engagement_a):
    """Stage a file and import it (mode good_rows unless told otherwise)."""

    def run(kind, text, name="export.csv", events=None, mode="good_rows", confirm=True):
        staged = services.stage_import(
            org=tenancy.org_a,
            actor=tenancy.alice,
            engagement=engagement_a,
            kind=kind,
            uploaded=upload(name, text),
            events_uploaded=upload("events.csv", events) if events else None,
            zone="Europe/Brussels",
            day_first=True,
        )
        if not confirm:
            return staged
        return services.confirm_import(
            org=tenancy.org_a, actor=tenancy.alice, sla_import=staged, mode=mode
        )

    return run


@pytest.fixture
def imported(terms, run_import, export):
    """NetCare's demo export (150 tickets, status history) and downtime log, imported."""
    run_import("tickets", export.tickets_csv, "zendesk.csv", events=export.events_csv)
    run_import("downtime", export.downtime_csv, "storingen.csv")
    return export
