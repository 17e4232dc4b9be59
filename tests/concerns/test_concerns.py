from datetime import date

from tests.clock import on_day
from tests.concerns.factories import make_concern
from vendorpact.concerns import services as concern_services
from vendorpact.concerns.models import ConcernEvent, ExitPlan, ExitTask

# Status changes without a date and the pages use today: every test runs on TODAY.
TODAY = date(2026, 10, 20)
pytestmark = on_day(TODAY)


def concern_url(org, concern, suffix=""):
    return f"/o/{org.slug}/concerns/{concern.pk}/{suffix}"


def test_log_a_concern_from_the_engagement(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    response = client.post(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/concerns/new/",
        {
            "title": "Supportvragen blijven dagen liggen",
            "since": "01/09/2026",
            "raised_on": "15/09/2026",
            "impact": "Kassa's vallen stil",
            "raised_with": "Tom Peeters",
        },
    )
    concern = engagement_a.concerns.get()
    assert response.status_code == 302
    assert (concern.status, concern.since) == ("raised", date(2026, 9, 1))


def test_escalating_moves_up_a_level_and_is_in_the_history(client, tenancy, engagement_a):
    concern = make_concern(tenancy, engagement_a)
    client.force_login(tenancy.alice)
    client.post(
        concern_url(tenancy.org_a, concern, "status/"),
        {"status": "escalated", "on": "05/10/2026", "note": "Naar accountmanager"},
    )
    concern.refresh_from_db()
    assert (concern.status, concern.level) == ("escalated", 1)
    assert ConcernEvent.objects.filter(concern=concern).count() == 2


def test_bad_transition_gets_a_message_and_changes_nothing(client, tenancy, engagement_a):
    concern = make_concern(tenancy, engagement_a)
    client.force_login(tenancy.alice)
    client.post(concern_url(tenancy.org_a, concern, "status/"), {"status": "resolved"})
    response = client.post(
        concern_url(tenancy.org_a, concern, "status/"),
        {"status": "in_consultation"},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="en",
    )
    concern.refresh_from_db()
    assert concern.status == "resolved"
    assert "cannot go from this status" in response.content.decode()


def test_exit_decided_needs_a_reason(client, tenancy, engagement_a):
    concern = make_concern(tenancy, engagement_a)
    client.force_login(tenancy.alice)
    client.post(concern_url(tenancy.org_a, concern, "status/"), {"status": "exit_decided"})
    concern.refresh_from_db()
    assert concern.status == "raised" and not ExitPlan.objects.exists()


def test_exit_decided_creates_the_exit_plan_from_the_contract(client, tenancy, engagement_a):
    engagement_a.duration_months, engagement_a.notice_value = 12, 3
    engagement_a.renewal = "tacit"
    engagement_a.save()
    concern = make_concern(tenancy, engagement_a)
    client.force_login(tenancy.alice)
    response = client.post(
        concern_url(tenancy.org_a, concern, "status/"),
        {"status": "exit_decided", "note": "Derde keer te laat"},
    )
    plan = ExitPlan.objects.get(engagement=engagement_a)
    notice = plan.tasks.get(code="exit_task.notice")
    assert response["Location"].endswith(f"/engagements/{engagement_a.pk}/exit-plan/")
    # Term 1/1/2026-31/12/2026 with three months' notice: the deadline of 30/9/2026 has passed
    # on TODAY, the contract renews, so notice is next due by 30/9/2027.
    assert (plan.concern, notice.due) == (concern, date(2027, 9, 30))
    assert plan.tasks.count() == 6


def test_action_resets_ageing(tenancy, engagement_a):
    concern = make_concern(tenancy, engagement_a, raised_on=date(2026, 9, 30))
    assert concern_services.ageing_by_concern(tenancy.org_a, [concern], TODAY) == {concern.pk: 20}
    concern_services.record_action(
        org=tenancy.org_a, actor=tenancy.alice, concern=concern, note="Gebeld", on=TODAY
    )
    assert concern_services.ageing_by_concern(tenancy.org_a, [concern], TODAY) == {}


def test_ageing_uses_the_organisation_setting(tenancy, engagement_a):
    from vendorpact.concerns.services import save_settings

    concern = make_concern(tenancy, engagement_a, raised_on=date(2026, 10, 12))
    save_settings(org=tenancy.org_a, actor=tenancy.max, concern_ageing_days=7)
    assert concern.pk in concern_services.ageing_by_concern(tenancy.org_a, [concern], TODAY)


def test_list_flags_ageing_concern(client, tenancy, engagement_a):
    make_concern(tenancy, engagement_a, raised_on=date(2026, 9, 20))
    client.force_login(tenancy.vera)
    page = client.get(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/concerns/",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert "30 days without action" in page.content.decode()


def test_exit_task_is_tracked(client, tenancy, engagement_a):
    plan = concern_services.start_exit_plan(
        org=tenancy.org_a, actor=tenancy.max, engagement=engagement_a
    )
    task = plan.tasks.get(code="exit_task.data_return")
    client.force_login(tenancy.alice)
    client.post(
        f"/o/{tenancy.org_a.slug}/exit-tasks/{task.pk}/",
        {
            f"t{task.pk}-status": "in_progress",
            f"t{task.pk}-owner": "Lotte",
            f"t{task.pk}-due": "2026-12-15",
            f"t{task.pk}-note": "Export in CSV gevraagd",
        },
    )
    task = ExitTask.objects.get(pk=task.pk)
    assert (task.status, task.owner, task.due) == ("in_progress", "Lotte", date(2026, 12, 15))


def test_viewer_cannot_start_exit_plan_by_button(client, tenancy, engagement_a):
    client.force_login(tenancy.vera)
    response = client.post(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/exit-plan/start/"
    )
    assert response.status_code == 403 and not ExitPlan.objects.exists()


def test_exit_plan_button_is_idempotent(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    for _ in range(2):
        client.post(f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/exit-plan/start/")
    assert ExitPlan.objects.get().tasks.count() == 6
