import logging
import time

from django.utils import translation

from vendorpact.orgs.models import Profile


class UserLanguageMiddleware:
    """A signed-in user's chosen language beats the browser's (LocaleMiddleware ran before)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated:
            language = Profile.objects.filter(user=user).values_list("language", flat=True).first()
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return self.get_response(request)


request_log = logging.getLogger("vendorpact.request")


class RequestLogMiddleware:
    """One structured log line per request: method, path, status, duration, user and
    organisation as fields (rendered as JSON with LOG_FORMAT=json). The query string is left
    out: it may carry search terms or tokens."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        user = getattr(request, "user", None)
        org = getattr(request, "org", None)
        request_log.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "user_id": user.pk if user is not None and user.is_authenticated else None,
                "org": getattr(org, "slug", None),
            },
        )
        return response
