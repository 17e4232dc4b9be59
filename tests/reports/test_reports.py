from datetime import date

import pytest
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command

from tests.clock import on_day
from vendorpact import demo
from vendorpact.orgs.models import Membership, Role
from vendorpact.reports.models import ReportDispatch
from vendorpact.sla.figures import EngagementSla

# The demo is dated from today and the report's default month is the current one.
pytestmark = on_day(date(2026, 11, 16))


@pytest.fixture
def demo_org(db):
    return demo.load_demo()


@pytest.fixture
def demo_client(client, demo_org):
    client.force_login(demo_org.memberships.get(user__username=demo.DEMO_USERNAME).user)
    return client


def test_report_lists_every_running_engagement(demo_client, demo_org):
    page = demo_client.get(f"/o/{demo_org.slug}/report/", HTTP_ACCEPT_LANGUAGE="nl")
    rows = page.context["report"].rows
    assert {row.engagement.title for row in rows} == set(
        demo_org.engagements.exclude(status="ended").values_list("title", flat=True)
    )


def test_report_shows_the_months_service_levels(demo_client, demo_org):
    netcare = demo_org.engagements.get(title="Beheer en support IT-infrastructuur")
    first_month = EngagementSla(netcare).months[0].month
    page = demo_client.get(f"/o/{demo_org.slug}/report/", {"month": first_month})
    row = next(r for r in page.context["report"].rows if r.engagement == netcare)
    assert row.sla_month.month == first_month and row.sla_month.tickets > 0


def test_bad_month_falls_back_to_the_current_month(demo_client, demo_org):
    page = demo_client.get(f"/o/{demo_org.slug}/report/", {"month": "2026-13"})
    assert page.context["report"].month == "2026-11"


def test_report_downloads_as_pdf(demo_client, demo_org):
    response = demo_client.get(f"/o/{demo_org.slug}/report/pdf/")
    assert response.content[:5] == b"%PDF-"
    assert response["Content-Disposition"].startswith("attachment;")


def test_monthly_report_is_mailed_to_owners_and_managers(demo_org, mailoutbox):
    call_command("send_monthly_report", month="2026-10")
    # One report per organisation the demo user owns or manages: the bakery, the dentist and
    # the three clients they advise.
    assert [m.to for m in mailoutbox] == [["demo@vendorpact.example"]] * 5
    assert mailoutbox[0].attachments[0][2] == "application/pdf"


@on_day(date(2027, 1, 31))
def test_monthly_report_is_by_default_for_the_previous_month(demo_org, mailoutbox):
    call_command("send_monthly_report")
    assert mailoutbox[0].attachments[0][0] == "vendorpact-bakkerij-verhaegen-2026-12.pdf"


def reporting_organisations(username):
    """The organisations where the user gets the report: one mail each."""
    return Membership.objects.filter(
        user__username=username, role__in=[Role.OWNER, Role.MANAGER]
    ).count()


def test_a_second_run_sends_nothing_again(demo_org, mailoutbox):
    call_command("send_monthly_report", month="2026-10")
    call_command("send_monthly_report", month="2026-10")
    assert len(mailoutbox) == reporting_organisations(demo.DEMO_USERNAME)


def test_a_recipient_claimed_by_another_machine_gets_nothing(demo_org, mailoutbox):
    user = demo_org.memberships.get(user__username=demo.DEMO_USERNAME).user
    ReportDispatch.objects.create(organisation=demo_org, user=user, month="2026-10")
    call_command("send_monthly_report", month="2026-10")
    assert len(mailoutbox) == reporting_organisations(demo.DEMO_USERNAME) - 1
    assert all(demo_org.name not in mail.subject for mail in mailoutbox)


def test_a_failed_send_leaves_no_claim(demo_org, settings):
    settings.EMAIL_BACKEND = "tests.reports.test_reports.BrokenMailBackend"
    with pytest.raises(ConnectionRefusedError):
        call_command("send_monthly_report", month="2026-10")
    assert not ReportDispatch.objects.exists()


def test_enqueue_queues_one_task_per_organisation(demo_org, settings, mailoutbox):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    call_command("send_monthly_report", month="2026-10", enqueue=True)
    expected = reporting_organisations(demo.DEMO_USERNAME)
    assert len(mailoutbox) == expected
    assert ReportDispatch.objects.filter(month="2026-10").count() == expected


class BrokenMailBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")
