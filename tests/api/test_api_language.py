"""The API answers in the Accept-Language language, else the user's profile language, else
English: a script does not get Dutch just because the web pages default to it."""

import pytest

from vendorpact.api.services import create_token
from vendorpact.orgs.models import Profile

# The VAT check-digit error, written out by hand in each language (the catalogs' texts).
WRONG_CHECK_DIGIT = {
    "en": "This BE VAT or enterprise number has a wrong check digit",
    "nl": "Dit BE btw- of ondernemingsnummer heeft een fout controlegetal",
    "fr": "Ce numéro de TVA ou d'entreprise BE",
}


def post_bad_vat(client, user, **headers):
    token = create_token(user=user, name="script")[1]
    return client.post(
        f"/api/v1/orgs/{user.memberships.first().organisation.slug}/suppliers",
        {"name": "Typo", "vat_number": "BE0456789134"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
        **headers,
    )


@pytest.mark.parametrize(
    ("header", "language"), [("fr-BE,fr;q=0.9", "fr"), ("nl", "nl"), ("en-GB", "en")]
)
def test_accept_language_sets_the_language(client, tenancy, header, language):
    response = post_bad_vat(client, tenancy.alice, HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 422
    assert response.json()["detail"].startswith(WRONG_CHECK_DIGIT[language])
    assert response["Content-Language"] == language


def test_accept_language_beats_the_profile_language(client, tenancy):
    Profile.objects.create(user=tenancy.alice, language="nl")
    response = post_bad_vat(client, tenancy.alice, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.json()["detail"].startswith(WRONG_CHECK_DIGIT["fr"])


def test_without_header_the_profile_language_is_used(client, tenancy):
    Profile.objects.create(user=tenancy.alice, language="fr")
    response = post_bad_vat(client, tenancy.alice)
    assert response.json()["detail"].startswith(WRONG_CHECK_DIGIT["fr"])


def test_unsupported_header_falls_back_to_the_profile_language(client, tenancy):
    Profile.objects.create(user=tenancy.alice, language="nl")
    response = post_bad_vat(client, tenancy.alice, HTTP_ACCEPT_LANGUAGE="de-DE")
    assert response.json()["detail"].startswith(WRONG_CHECK_DIGIT["nl"])


def test_without_header_or_profile_language_the_api_speaks_english(client, tenancy):
    response = post_bad_vat(client, tenancy.alice)
    assert response.json()["detail"].startswith(WRONG_CHECK_DIGIT["en"])
    assert response["Content-Language"] == "en"


def test_a_language_cookie_from_the_web_does_not_steer_the_api(client, tenancy):
    client.cookies["django_language"] = "nl"
    response = post_bad_vat(client, tenancy.alice)
    assert response.json()["detail"].startswith(WRONG_CHECK_DIGIT["en"])


def test_web_pages_still_default_to_dutch(client, tenancy):
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/suppliers/").content.decode()
    assert "Nieuwe leverancier" in page
