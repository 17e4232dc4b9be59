import re
from datetime import date, datetime

import pytest

from tests.clock import BRUSSELS, on_day
from tests.health.factories import make_health_check
from vendorpact.core.errors import DomainError
from vendorpact.core.health import QUESTIONS
from vendorpact.health import services as health_services
from vendorpact.health.models import HealthLink, HealthResponse

# Links expire a number of days after they are made: the clock stands at 10:00 on 16/11/2026.
pytestmark = on_day(date(2026, 11, 16))


def all_answers(value):
    return {q.id: str(value) for q in QUESTIONS}


def new_link(client, tenancy, check):
    client.force_login(tenancy.alice)
    page = client.post(
        f"/o/{tenancy.org_a.slug}/health-checks/{check.pk}/links/",
        {"sent_to": "sofie@pixelwerf.example", "days": 14},
    )
    client.logout()
    return re.search(r'id="new-link">([^<]+)<', page.content.decode()).group(1)


def test_client_answers_in_the_app(client, tenancy, engagement_a):
    check = make_health_check(tenancy, engagement_a)
    client.force_login(tenancy.alice)
    client.post(f"/o/{tenancy.org_a.slug}/health-checks/{check.pk}/answer/", all_answers(4))
    response = HealthResponse.objects.get(health_check=check)
    assert response.side == "client" and response.answers["satisfaction.overall"] == 4


def test_supplier_answers_through_the_link_without_account(client, tenancy, engagement_a):
    check = make_health_check(tenancy, engagement_a)
    link_url = new_link(client, tenancy, check)
    page = client.post(link_url, {**all_answers(5), "respondent": "Sofie Claes"})
    assert page.status_code == 200 and 'id="thanks"' in page.content.decode()
    assert HealthResponse.objects.get(health_check=check).side == "supplier"


def test_link_cannot_be_used_twice(client, tenancy, engagement_a):
    check = make_health_check(tenancy, engagement_a)
    link_url = new_link(client, tenancy, check)
    client.post(link_url, all_answers(5))
    second = client.post(link_url, all_answers(1))
    assert second.status_code == 410
    assert HealthResponse.objects.get().answers["satisfaction.overall"] == 5


def test_expired_link_is_refused(client, tenancy, engagement_a, time_machine):
    check = make_health_check(tenancy, engagement_a)
    link_url = new_link(client, tenancy, check)  # valid 14 days: until 30/11/2026 at 10:00
    time_machine.move_to(datetime(2026, 11, 30, 10, 1, tzinfo=BRUSSELS))
    assert client.post(link_url, all_answers(3)).status_code == 410
    assert not HealthResponse.objects.exists()


def test_revoked_link_is_refused(client, tenancy, engagement_a):
    check = make_health_check(tenancy, engagement_a)
    link_url = new_link(client, tenancy, check)
    link = HealthLink.objects.get()
    client.force_login(tenancy.alice)
    client.post(f"/o/{tenancy.org_a.slug}/health-links/{link.pk}/revoke/")
    client.logout()
    assert client.get(link_url).status_code == 410


def test_link_page_shows_no_client_answers(client, tenancy, engagement_a):
    check = make_health_check(tenancy, engagement_a)
    health_services.answer_as_client(
        org=tenancy.org_a,
        actor=tenancy.alice,
        check=check,
        answers={"satisfaction.overall": 1},
        comment="Vertrouwelijke opmerking van de klant",
    )
    page = client.get(new_link(client, tenancy, check)).content.decode()
    assert "Vertrouwelijke opmerking" not in page and "Pixelwerf" not in page


def test_only_the_hash_of_the_health_token_is_stored(client, tenancy, engagement_a):
    check = make_health_check(tenancy, engagement_a)
    token = new_link(client, tenancy, check).rstrip("/").rsplit("/", 1)[1]
    assert not HealthLink.objects.filter(token_hash__contains=token).exists()


def test_result_shows_band_and_gap(client, tenancy, engagement_a):
    check = make_health_check(tenancy, engagement_a)
    health_services.answer_as_client(
        org=tenancy.org_a, actor=tenancy.alice, check=check, answers={"team.stable": 2}
    )
    link, token = health_services.create_link(org=tenancy.org_a, actor=tenancy.alice, check=check)
    health_services.answer_via_link(token=token, answers={"team.stable": 5})
    result = health_services.check_result(check)
    gap = next(g for g in result.gaps if g.theme == "team")
    assert (result.client.overall, result.supplier.overall, gap.gap, gap.large) == (
        25.0,
        100.0,
        -75.0,
        True,
    )


def test_bad_answer_value_is_refused(tenancy, engagement_a):
    check = make_health_check(tenancy, engagement_a)
    with pytest.raises(DomainError) as error:
        health_services.answer_as_client(
            org=tenancy.org_a, actor=tenancy.alice, check=check, answers={"team.stable": 9}
        )
    assert error.value.code == "health.bad_value"


def test_overview_draws_the_trend_chart(client, tenancy, engagement_a):
    for period, value in (("2026-Q2", 3), ("2026-Q3", 4)):
        check = make_health_check(tenancy, engagement_a, period=period)
        health_services.answer_as_client(
            org=tenancy.org_a,
            actor=tenancy.alice,
            check=check,
            answers={q.id: value for q in QUESTIONS},
        )
    client.force_login(tenancy.vera)
    page = client.get(f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/health/")
    body = page.content.decode()
    assert "<svg" in body and "2026-Q3" in body and "▲" in body


def test_same_period_twice_gets_a_message(client, tenancy, engagement_a):
    make_health_check(tenancy, engagement_a, period="2026-Q4")
    client.force_login(tenancy.alice)
    response = client.post(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/health/new/",
        {"period": "2026-Q4"},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert "already a health check for 2026-Q4" in response.content.decode()
