"""A small per-client rate limit for the pages reachable with a token and no account.

Tokens are unguessable, so this is not what keeps them secret; it stops a client from hammering the
public pages (guessing, scraping, a feed reader gone wild). Counts live in Django's cache.
"""

from __future__ import annotations

import ipaddress
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import gettext as _


def client_address(request) -> str:
    """The client's address for rate limits and lock-outs. Behind `VENDORPACT_PROXY_COUNT`
    trusted proxies, each of which appends the address it saw to X-Forwarded-For, the client is
    that many entries from the right; entries further left are the client's own claim and are
    never trusted. A header with fewer entries than proxies is not trusted either."""
    remote = request.META.get("REMOTE_ADDR") or "unknown"
    proxies = settings.VENDORPACT_PROXY_COUNT
    if proxies <= 0:
        return remote
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    forwarded = [part.strip() for part in header.split(",") if part.strip()]
    if len(forwarded) < proxies:
        return remote
    return forwarded[-proxies]


def client_ip(request) -> str | None:
    """The client address as an IP address, or None when there is none (a request built in
    code); for records that keep it in an IP address column (login lock-outs, audit trail)."""
    try:
        return str(ipaddress.ip_address(client_address(request)))
    except ValueError:
        return None


def rate_limited(scope: str, per_minute: int | None = None):
    """Allow `per_minute` requests per client address and scope; answer 429 beyond that."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            limit = per_minute or settings.VENDORPACT_PUBLIC_RATE_PER_MINUTE
            window = int(time.time() // 60)
            key = f"throttle:{scope}:{client_address(request)}:{window}"
            cache.add(key, 0, timeout=120)
            if cache.incr(key) > limit:
                response = HttpResponse(
                    _("Too many requests: try again in a minute."),
                    status=429,
                    content_type="text/plain; charset=utf-8",
                )
                response["Retry-After"] = "60"
                return response
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def _failures_key(scope: str, request) -> str:
    return f"failures:{scope}:{client_address(request)}:{int(time.time() // 60)}"


def failures_exceeded(scope: str, request, per_minute: int) -> bool:
    """Whether this client already failed `per_minute` times in `scope` this minute."""
    return (cache.get(_failures_key(scope, request)) or 0) >= per_minute


def count_failure(scope: str, request) -> None:
    key = _failures_key(scope, request)
    cache.add(key, 0, timeout=120)
    cache.incr(key)
