"""Who made a change: the signed-in user, or the API token's user (known only once the API has
authenticated the request, hence looked up when the change is logged), and from which address
(the proxy-aware client address, not a client-supplied X-Forwarded-For)."""

from __future__ import annotations

from auditlog.context import set_extra_data
from django.utils.functional import SimpleLazyObject

from vendorpact.common.throttle import client_ip


def _actor_of(request):
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


class AuditActorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        context = {
            "actor": SimpleLazyObject(lambda: _actor_of(request)),
            "remote_addr": client_ip(request),
        }
        with set_extra_data(context_data=context):
            return self.get_response(request)
