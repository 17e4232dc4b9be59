"""REST API v1 (django-ninja): token auth, organisation scoping, JSON errors."""

import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.http.multipartparser import MultiPartParserError
from ninja import NinjaAPI
from ninja.errors import AuthenticationError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.security import HttpBearer

from vendorpact.api.language import activate_for_user
from vendorpact.api.services import user_for_token
from vendorpact.budget.messages import TEXTS as BUDGET_TEXTS
from vendorpact.common.messages import text_for
from vendorpact.common.throttle import client_address, count_failure, failures_exceeded
from vendorpact.common.versioning import StaleVersion, etag
from vendorpact.concerns.messages import TEXTS as CONCERN_TEXTS
from vendorpact.core.errors import DomainError
from vendorpact.core.uploads import UploadError
from vendorpact.core.vat import VatError
from vendorpact.health.messages import TEXTS as HEALTH_TEXTS
from vendorpact.planning.messages import TEXTS as PLANNING_TEXTS
from vendorpact.supplier_requests.messages import TEXTS as MAIL_TEXTS

logger = logging.getLogger(__name__)
TOKEN_FAILURE_SCOPE = "api-token"
# The words for the codes a DomainError carries, from the apps whose rules raise them
DOMAIN_TEXTS = {**BUDGET_TEXTS, **PLANNING_TEXTS, **CONCERN_TEXTS, **HEALTH_TEXTS, **MAIL_TEXTS}


class TooManyTokenFailures(Exception):
    """This client sent too many wrong tokens this minute."""


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        limit = settings.VENDORPACT_API_TOKEN_FAILURES_PER_MINUTE
        if failures_exceeded(TOKEN_FAILURE_SCOPE, request, limit):
            raise TooManyTokenFailures
        user = user_for_token(token)
        if user is None:
            count_failure(TOKEN_FAILURE_SCOPE, request)
            logger.warning("API: invalid token from %s", client_address(request))
            return None
        request.user = user
        activate_for_user(request, user)
        return user


api = NinjaAPI(
    title="VendorPact API",
    version="1",
    urls_namespace="api",
    auth=TokenAuth(),
    docs_url="/docs",
)


def _error(request, status: int, detail: str, **extra):
    return api.create_response(request, {"detail": detail, **extra}, status=status)


@api.exception_handler(Http404)
def not_found(request, exc):
    return _error(request, 404, "Not found.")


@api.exception_handler(PermissionDenied)
def forbidden(request, exc):
    return _error(request, 403, "Your role in this organisation does not allow this.")


@api.exception_handler(AuthenticationError)
def unauthorised(request, exc):
    return _error(request, 401, "Missing or invalid API token.")


@api.exception_handler(TooManyTokenFailures)
def too_many_token_failures(request, exc):
    response = _error(request, 429, "Too many invalid API tokens from your address: wait a minute.")
    response["Retry-After"] = "60"
    return response


@api.exception_handler(VatError)
def invalid_vat(request, exc):
    return _error(request, 422, text_for(exc.code, country=exc.country), code=exc.code)


@api.exception_handler(UploadError)
def invalid_upload(request, exc):
    return _error(request, 422, text_for(exc.code, **exc.params), code=exc.code)


@api.exception_handler(DomainError)
def refused(request, exc):
    return _error(request, 422, text_for(exc.code, texts=DOMAIN_TEXTS, **exc.params))


@api.exception_handler(ValidationError)
def invalid(request, exc):
    return _error(request, 422, "; ".join(exc.messages))


@api.exception_handler(MultiPartParserError)
def malformed_upload(request, exc):
    # a broken multipart body (no or a wrong boundary) is the client's error, not ours
    return _error(request, 400, "The request body is not valid multipart/form-data.")


@api.exception_handler(StaleVersion)
def stale_version(request, exc):
    response = _error(
        request,
        412,
        f"The {type(exc.current)._meta.verbose_name} was changed since version "
        f"{request.headers.get('If-Match', '').strip()}; it is now at version "
        f"{exc.current.version}. Fetch it again, then repeat your change.",
        current_version=exc.current.version,
    )
    response["ETag"] = etag(exc.current)
    return response


@api.exception_handler(NinjaValidationError)
def invalid_input(request, exc):
    parts = []
    for error in exc.errors:
        location = ".".join(str(p) for p in error.get("loc", []) if p not in ("body", "payload"))
        parts.append(f"{location}: {error.get('msg')}" if location else error.get("msg", ""))
    return _error(request, 422, "; ".join(parts), errors=exc.errors)


from vendorpact.api import routes  # noqa: E402  (routes register on `api`)

api.add_router("/", routes.router)
# One line per app with API endpoints (each module exposes `router`):
api.add_router("/", "vendorpact.sla.api.router")
api.add_router("/", "vendorpact.sla.manual_api.router")
api.add_router("/", "vendorpact.reminders.api.router")
api.add_router("/", "vendorpact.supplier_requests.api.router")
api.add_router("/", "vendorpact.concerns.api.router")
api.add_router("/", "vendorpact.health.api.router")
api.add_router("/", "vendorpact.budget.api.router")
api.add_router("/", "vendorpact.planning.api.router")
api.add_router("/", "vendorpact.agreements.api.router")
api.add_router("/", "vendorpact.portfolio.api.router")
api.add_router("/", "vendorpact.agreements.negotiation_api.router")
