import pytest

pytestmark = pytest.mark.django_db


def test_public_token_pages_answer_429_past_the_limit(client, settings):
    settings.VENDORPACT_PUBLIC_RATE_PER_MINUTE = 3
    answers = [client.get("/shared/health/not-a-real-token/").status_code for _ in range(4)]
    assert 429 not in answers[:3] and answers[3] == 429


def test_the_limit_is_per_client_address(client, settings):
    settings.VENDORPACT_PUBLIC_RATE_PER_MINUTE = 1
    client.get("/calendar/nope.ics", REMOTE_ADDR="10.0.0.1")
    assert client.get("/calendar/nope.ics", REMOTE_ADDR="10.0.0.2").status_code != 429
