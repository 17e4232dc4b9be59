"""The exit plan ends the contract at the earliest possible end, notice task first.

The reported case on 04/12/2026: deadline 31/10/2026 missed, so notice given now reaches
31/01/2028 and must be given by 31/10/2027."""

from datetime import date

import pytest
from django.utils import timezone

from vendorpact.concerns import services as concern_services
from vendorpact.concerns.models import ExitPlan


@pytest.fixture
def renewed(engagement_a):
    engagement_a.start_date = date(2026, 2, 1)
    engagement_a.duration_months, engagement_a.renewal_months = 12, 12
    engagement_a.renewal, engagement_a.notice_value, engagement_a.notice_unit = "tacit", 3, "months"
    engagement_a.save()
    return engagement_a


def start_plan(tenancy, engagement, as_of):
    return concern_services.start_exit_plan(
        org=tenancy.org_a, actor=tenancy.max, engagement=engagement, as_of=as_of
    )


def test_plan_after_a_missed_deadline_ends_at_the_earliest_end(tenancy, renewed):
    plan = start_plan(tenancy, renewed, date(2026, 12, 4))
    assert (plan.notice_deadline, plan.contract_end) == (date(2027, 10, 31), date(2028, 1, 31))


def test_notice_task_comes_first_and_every_task_is_due_in_order(tenancy, renewed):
    plan = start_plan(tenancy, renewed, date(2026, 12, 4))
    tasks = list(plan.tasks.all())
    dues = [task.due for task in tasks]
    assert tasks[0].code == "exit_task.notice" and dues[0] == date(2027, 10, 31)
    assert dues == sorted(dues)
    assert all(date(2027, 10, 31) <= due <= date(2028, 1, 31) for due in dues)


def test_exit_decided_today_uses_todays_terms(tenancy, renewed, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: date(2026, 12, 4))
    concern = concern_services.create_concern(
        org=tenancy.org_a, actor=tenancy.alice, engagement=renewed, data={"title": "Te traag"}
    )
    concern_services.change_status(
        org=tenancy.org_a,
        actor=tenancy.alice,
        concern=concern,
        status="exit_decided",
        note="Derde keer te laat",
    )
    plan = ExitPlan.objects.get(engagement=renewed)
    assert (plan.notice_deadline, plan.contract_end) == (date(2027, 10, 31), date(2028, 1, 31))


def test_fixed_contract_after_its_deadline_ends_without_notice(client, tenancy, engagement_a):
    # 12 months from 01/01/2026 without renewal: on 04/12/2026 it simply ends on 31/12/2026.
    engagement_a.duration_months, engagement_a.notice_value = 12, 3
    engagement_a.save()
    plan = start_plan(tenancy, engagement_a, date(2026, 12, 4))
    assert (plan.notice_deadline, plan.contract_end) == (None, date(2026, 12, 31))
    client.force_login(tenancy.alice)
    page = client.get(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/exit-plan/",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert "it ends on 31/12/2026 without notice" in page.content.decode()
