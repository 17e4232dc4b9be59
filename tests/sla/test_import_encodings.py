"""Ticket and downtime files in Windows-1252, and empty files, through the web and the API."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from vendorpact.api.services import create_token
from vendorpact.sla.models import Downtime, Ticket

ZENDESK_CP1252 = (
    "ID,Subject,Status,Priority,Created at,Solved at,First reply time in minutes\n"
    "501,Caisse bloquée,Solved,Urgent,2026-10-05 09:00:00,2026-10-05 11:00:00,30\n"
).encode("cp1252")


@pytest.fixture
def api(client, tenancy, engagement_a):
    token = create_token(user=tenancy.alice, name="t")[1]

    def call(section, upload, language="en"):
        url = f"/api/v1/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/{section}"
        return client.post(
            url,
            {"file": upload},
            HTTP_AUTHORIZATION=f"Bearer {token}",
            HTTP_ACCEPT_LANGUAGE=language,
        )

    return call


def test_cp1252_ticket_export_imports_through_the_api(api, terms):
    response = api("tickets/import", SimpleUploadedFile("zendesk.csv", ZENDESK_CP1252))
    assert response.status_code == 200 and response.json()["imported"] == 1
    assert Ticket.objects.get().subject == "Caisse bloquée"


def test_cp1252_ticket_export_previews_on_the_web(client, tenancy, engagement_a, terms):
    client.force_login(tenancy.alice)
    response = client.post(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/import/",
        {
            "file": SimpleUploadedFile("zendesk.csv", ZENDESK_CP1252),
            "timezone": "Europe/Brussels",
            "day_first": "on",
        },
        follow=True,
        HTTP_ACCEPT_LANGUAGE="en",
    )
    page = response.content.decode()
    assert '<dd id="format">Zendesk</dd>' in page
    assert "1 rows read: 1 good, 0 with a problem." in page


def test_cp1252_downtime_log_imports_through_the_api(api, terms):
    text = "start;end;dienst\n03/11/2026 10:00;03/11/2026 11:00;Télétravail VPN\n"
    response = api("downtime/import", SimpleUploadedFile("log.csv", text.encode("cp1252")))
    assert response.status_code == 200 and response.json()["imported"] == 1
    assert Downtime.objects.get().scope == "Télétravail VPN"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "The file is empty."), ("nl", "Het bestand is leeg."), ("fr", "Le fichier est vide.")],
)
def test_empty_ticket_file_is_reported_as_empty(api, terms, language, expected):
    response = api("tickets/import", SimpleUploadedFile("leeg.csv", b""), language)
    assert response.status_code == 422 and response.json()["detail"] == expected


def test_downtime_file_with_only_a_bom_is_reported_as_empty(api, terms):
    response = api("downtime/import", SimpleUploadedFile("leeg.csv", b"\xef\xbb\xbf"))
    assert response.status_code == 422 and response.json()["detail"] == "The file is empty."


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nl", "Het bestand is leeg."), ("fr", "Le fichier est vide.")],
)
def test_ticket_file_with_only_a_bom_is_empty_on_the_web(
    client, tenancy, engagement_a, terms, language, expected
):
    client.force_login(tenancy.alice)
    response = client.post(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/sla/import/",
        {
            "file": SimpleUploadedFile("leeg.csv", b"\xef\xbb\xbf"),
            "timezone": "Europe/Brussels",
            "day_first": "on",
        },
        follow=True,
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert expected in response.content.decode()
