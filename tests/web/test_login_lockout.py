"""Login throttling (django-axes) and API token guessing."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import override_settings

from vendorpact.api.services import create_token


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def wrong_login(client, username, address="203.0.113.7"):
    return client.post(
        "/accounts/login/",
        {"username": username, "password": "not-the-password"},
        REMOTE_ADDR=address,
    )


def test_wrong_password_below_the_limit_shows_the_login_form(client, tenancy):
    response = wrong_login(client, tenancy.alice.username)
    assert response.status_code == 200 and "form" in response.context


@override_settings(AXES_FAILURE_LIMIT=3)
def test_account_is_locked_from_an_address_after_repeated_failures(client, tenancy):
    for _ in range(3):
        wrong_login(client, tenancy.alice.username)
    response = client.post(
        "/accounts/login/",
        {"username": tenancy.alice.username, "password": "pw-alice"},
        REMOTE_ADDR="203.0.113.7",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 429
    assert "Too many failed log-ins" in response.content.decode()


@override_settings(AXES_FAILURE_LIMIT=3)
def test_lockout_is_per_account_and_address(client, tenancy):
    for _ in range(3):
        wrong_login(client, tenancy.alice.username)
    assert wrong_login(client, tenancy.alice.username, address="198.51.100.9").status_code == 200
    assert wrong_login(client, tenancy.bob.username).status_code == 200


@override_settings(AXES_FAILURE_LIMIT=3)
def test_lockout_is_logged(client, tenancy, caplog):
    for _ in range(3):
        wrong_login(client, tenancy.alice.username)
    assert any("locking out" in record.getMessage().lower() for record in caplog.records)


@override_settings(VENDORPACT_API_TOKEN_FAILURES_PER_MINUTE=3)
def test_guessing_api_tokens_gets_429_after_the_limit(client, tenancy):
    statuses = [
        client.get("/api/v1/orgs", HTTP_AUTHORIZATION=f"Bearer vp_guess{n}").status_code
        for n in range(4)
    ]
    assert statuses == [401, 401, 401, 429]


@override_settings(VENDORPACT_API_TOKEN_FAILURES_PER_MINUTE=3)
def test_token_guessing_from_one_address_does_not_block_another(client, tenancy):
    for n in range(3):
        client.get("/api/v1/orgs", HTTP_AUTHORIZATION=f"Bearer vp_guess{n}")
    raw = create_token(user=tenancy.alice, name="script")[1]
    response = client.get(
        "/api/v1/orgs", HTTP_AUTHORIZATION=f"Bearer {raw}", REMOTE_ADDR="198.51.100.9"
    )
    assert response.status_code == 200


@override_settings(AXES_FAILURE_LIMIT=2, AXES_COOLOFF_TIME=timedelta(minutes=15))
def test_lockout_message_is_in_dutch_with_the_minutes(client, tenancy):
    for _ in range(2):
        wrong_login(client, tenancy.alice.username)
    page = client.post(
        "/accounts/login/",
        {"username": tenancy.alice.username, "password": "x"},
        REMOTE_ADDR="203.0.113.7",
        HTTP_ACCEPT_LANGUAGE="nl",
    ).content.decode()
    assert "Te veel mislukte aanmeldingen" in page and "(15 minuten)" in page
