"""Health-check links mailed from the app to a supplier contact (locmem backend)."""

import re

import pytest

from tests.health.factories import make_health_check
from vendorpact.health.models import HealthLink
from vendorpact.supplier_requests.models import SentMail
from vendorpact.suppliers.models import Contact


@pytest.fixture
def sofie(tenancy, supplier_a):
    return Contact.objects.create(
        organisation=tenancy.org_a,
        supplier=supplier_a,
        name="Sofie Claes",
        email="sofie@webbouw.example",
    )


def health_links_url(org, check):
    return f"/o/{org.slug}/health-checks/{check.pk}/links/"


def test_health_link_is_mailed_to_the_chosen_contact(
    client, tenancy, sofie, engagement_a, mailoutbox
):
    check = make_health_check(tenancy, engagement_a)
    client.force_login(tenancy.alice)
    response = client.post(
        health_links_url(tenancy.org_a, check),
        {"contact": sofie.pk, "days": 14},
        HTTP_ACCEPT_LANGUAGE="nl",
    )
    link = HealthLink.objects.get(health_check=check)
    token_url = re.search(r"https?://\S+/health/\S+", mailoutbox[0].body)
    assert response.status_code == 302
    assert mailoutbox[0].to == ["Sofie Claes <sofie@webbouw.example>"]
    assert mailoutbox[0].reply_to == ["alice@example.be"]
    assert "vervalt na 14 dagen" in mailoutbox[0].body
    assert token_url is not None
    assert link.sent_to == "sofie@webbouw.example"
    assert SentMail.objects.get().what == "health_link"


def test_mailed_health_link_opens_the_questionnaire(
    client, tenancy, sofie, engagement_a, mailoutbox
):
    check = make_health_check(tenancy, engagement_a)
    client.force_login(tenancy.alice)
    client.post(health_links_url(tenancy.org_a, check), {"contact": sofie.pk, "days": 14})
    client.logout()
    link_path = re.search(r"https?://[^/\s]+(/\S+)", mailoutbox[0].body).group(1)
    assert client.get(link_path).status_code == 200


def test_health_link_without_contact_is_not_mailed(
    client, tenancy, sofie, engagement_a, mailoutbox
):
    check = make_health_check(tenancy, engagement_a)
    client.force_login(tenancy.alice)
    response = client.post(health_links_url(tenancy.org_a, check), {"contact": "", "days": 14})
    assert response.status_code == 200
    assert HealthLink.objects.filter(health_check=check).count() == 1
    assert mailoutbox == []
    assert not SentMail.objects.exists()


def test_viewer_cannot_mail_a_health_link(client, tenancy, sofie, engagement_a, mailoutbox):
    check = make_health_check(tenancy, engagement_a)
    client.force_login(tenancy.vera)
    response = client.post(
        health_links_url(tenancy.org_a, check), {"contact": sofie.pk, "days": 14}
    )
    assert response.status_code == 403
    assert mailoutbox == []
