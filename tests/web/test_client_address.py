"""The client address behind reverse proxies: rate limits and lock-outs key on the address the
nearest trusted proxy saw, never on an entry the client wrote into X-Forwarded-For itself."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory, override_settings

from vendorpact.common.throttle import client_address


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@override_settings(VENDORPACT_PROXY_COUNT=0)
def test_without_proxies_the_forwarded_header_is_ignored():
    assert client_address(request_from("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


@override_settings(VENDORPACT_PROXY_COUNT=1)
def test_one_proxy_gives_the_address_it_appended():
    assert client_address(request_from("10.0.0.2", "198.51.100.1")) == "198.51.100.1"


@override_settings(VENDORPACT_PROXY_COUNT=1)
def test_a_spoofed_entry_left_of_the_proxys_is_not_trusted():
    # the client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the real 198.51.100.1
    assert client_address(request_from("10.0.0.2", "1.2.3.4, 198.51.100.1")) == "198.51.100.1"


@override_settings(VENDORPACT_PROXY_COUNT=2)
def test_two_proxies_give_the_second_entry_from_the_right():
    # CDN appended the client, the load balancer appended the CDN's address
    request = request_from("10.0.0.3", "1.2.3.4, 198.51.100.1, 10.0.0.2")
    assert client_address(request) == "198.51.100.1"


@override_settings(VENDORPACT_PROXY_COUNT=2)
def test_a_header_shorter_than_the_proxy_chain_falls_back_to_the_peer():
    assert client_address(request_from("10.0.0.3", "198.51.100.1")) == "10.0.0.3"


@override_settings(VENDORPACT_PROXY_COUNT=1, AXES_FAILURE_LIMIT=3)
def test_behind_a_proxy_lockout_is_per_client_not_per_proxy(client, tenancy):
    def wrong_login(address):
        return client.post(
            "/accounts/login/",
            {"username": tenancy.alice.username, "password": "not-the-password"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=address,
        )

    for _ in range(3):
        wrong_login("198.51.100.1")
    assert wrong_login("198.51.100.1").status_code == 429
    assert wrong_login("203.0.113.50").status_code == 200
