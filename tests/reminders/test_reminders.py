import re
from datetime import date
from decimal import Decimal

from django.core import mail
from django.core.management import call_command

from tests.clock import on_day
from tests.concerns.factories import make_concern
from tests.health.factories import make_health_check
from vendorpact.concerns import services as concern_services
from vendorpact.health import services as health_services
from vendorpact.orgs.models import Profile
from vendorpact.reminders.models import CalendarFeed, DigestLog
from vendorpact.reminders.sources import reminders_for_org

# The pages, feed, digest and exit plan read today from the clock: every test runs on TODAY.
TODAY = date(2026, 3, 20)
pytestmark = on_day(TODAY)
RAISED_20_DAYS_AGO = date(2026, 2, 28)  # 2026 is no leap year: 20/3 is 20 days after 28/2


def kinds(org):
    return {r.kind for r in reminders_for_org(org, TODAY)}


def with_notice_deadline_soon(engagement):
    """A yearly contract from 1/7/2025 renewing tacitly, three months' notice: the term ends on
    30/6/2026, so notice must be given by 31/3/2026, eleven days after TODAY."""
    engagement.start_date = date(2025, 7, 1)
    engagement.duration_months, engagement.renewal, engagement.notice_value = 12, "tacit", 3
    engagement.save()
    return engagement


def test_notice_deadline_is_a_reminder(tenancy, engagement_a):
    with_notice_deadline_soon(engagement_a)
    reminder = next(
        r for r in reminders_for_org(tenancy.org_a, TODAY) if r.kind == "reminder.notice_deadline"
    )
    assert reminder.due == date(2026, 3, 31)


def test_ageing_concern_is_a_reminder(tenancy, engagement_a):
    make_concern(tenancy, engagement_a, raised_on=date(2026, 3, 5))
    assert "reminder.concern_ageing" in kinds(tenancy.org_a)


def test_expiring_health_link_is_a_reminder(tenancy, engagement_a):
    check = make_health_check(tenancy, engagement_a)
    health_services.create_link(org=tenancy.org_a, actor=tenancy.alice, check=check, days=3)
    assert "reminder.health_link_expiring" in kinds(tenancy.org_a)


def test_exit_task_due_is_a_reminder(tenancy, engagement_a):
    with_notice_deadline_soon(engagement_a)
    concern_services.start_exit_plan(org=tenancy.org_a, actor=tenancy.max, engagement=engagement_a)
    assert "reminder.exit_task_due" in kinds(tenancy.org_a)


def test_unapproved_extra_cost_and_milestone_due_are_reminders(tenancy, engagement_a):
    from vendorpact.budget.models import ExtraCost
    from vendorpact.planning.models import Milestone

    ExtraCost.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement_a,
        description="Extra filiaalpagina",
        estimate=Decimal("1200"),
        reported_on=date(2026, 3, 10),
    )
    Milestone.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement_a,
        title="Testdata aanleveren",
        owner_side="client",
        original_due=date(2026, 3, 22),
    )
    assert {"reminder.extra_cost_unapproved", "reminder.milestone_due"} <= kinds(tenancy.org_a)


def test_other_organisations_reminders_stay_out(tenancy, engagement_a):
    make_concern(tenancy, engagement_a, raised_on=date(2026, 2, 18))
    assert reminders_for_org(tenancy.org_b, TODAY) == ()


def feed_url(client, user):
    client.force_login(user)
    page = client.post("/account/calendar/new/")
    client.logout()
    return re.search(r'id="feed-url">([^<]+)<', page.content.decode()).group(1)


def test_reminder_appears_in_the_ical_feed(client, tenancy, engagement_a):
    make_concern(tenancy, engagement_a, raised_on=RAISED_20_DAYS_AGO)
    response = client.get(feed_url(client, tenancy.alice))
    text = response.content.decode()
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "BEGIN:VEVENT" in text and "Opleveringen schuiven telkens op" in text


def test_feed_is_in_the_users_language(client, tenancy, engagement_a):
    Profile.objects.create(user=tenancy.alice, language="en")
    make_concern(tenancy, engagement_a, raised_on=RAISED_20_DAYS_AGO)
    text = client.get(feed_url(client, tenancy.alice)).content.decode()
    assert "without action for 20 days" in text.replace("\r\n ", "")


def test_new_feed_address_revokes_the_old_one(client, tenancy):
    first = feed_url(client, tenancy.alice)
    second = feed_url(client, tenancy.alice)
    assert client.get(first).status_code == 404 and client.get(second).status_code == 200


def test_feed_token_is_stored_hashed(client, tenancy):
    token = feed_url(client, tenancy.alice).rsplit("/", 1)[1].removesuffix(".ics")
    assert not CalendarFeed.objects.filter(token_hash__contains=token).exists()


def test_digest_is_sent_once_per_day(tenancy, engagement_a):
    make_concern(tenancy, engagement_a, raised_on=RAISED_20_DAYS_AGO)
    call_command("send_reminder_digest", user="alice")
    call_command("send_reminder_digest", user="alice")
    assert len(mail.outbox) == 1 and DigestLog.objects.get().reminder_count == 1


def test_queued_digests_are_sent_by_the_worker_once(tenancy, engagement_a, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    make_concern(tenancy, engagement_a, raised_on=RAISED_20_DAYS_AGO)
    call_command("send_reminder_digest", user="alice", enqueue=True)
    call_command("send_reminder_digest", user="alice", enqueue=True)
    assert len(mail.outbox) == 1 and DigestLog.objects.get().reminder_count == 1


def test_digest_is_in_the_users_language(tenancy, engagement_a):
    Profile.objects.create(user=tenancy.alice, language="nl")
    make_concern(tenancy, engagement_a, raised_on=RAISED_20_DAYS_AGO)
    call_command("send_reminder_digest", user="alice", base_url="https://vp.example.be")
    message = mail.outbox[0]
    assert message.to == ["alice@example.be"]
    assert "al 20 dagen zonder actie" in message.body
    assert f"https://vp.example.be/o/{tenancy.org_a.slug}/concerns/" in message.body


def test_no_digest_without_reminders(tenancy):
    call_command("send_reminder_digest")
    assert mail.outbox == [] and not DigestLog.objects.exists()


def test_reminder_list_page_and_api(client, tenancy, engagement_a):
    from vendorpact.api.services import create_token

    make_concern(tenancy, engagement_a, raised_on=RAISED_20_DAYS_AGO)
    client.force_login(tenancy.vera)
    page = client.get(f"/o/{tenancy.org_a.slug}/reminders/", HTTP_ACCEPT_LANGUAGE="en")
    token = create_token(user=tenancy.vera, name="t")[1]
    data = client.get(
        f"/api/v1/orgs/{tenancy.org_a.slug}/reminders", HTTP_AUTHORIZATION=f"Bearer {token}"
    ).json()
    assert "without action for 20 days" in page.content.decode()
    assert [r["kind"] for r in data] == ["reminder.concern_ageing"]
