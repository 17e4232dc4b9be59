"""The API's language: the client's Accept-Language, else the user's profile language, else
English (a script is not a Dutch-speaking person by default, unlike the web pages)."""

from django.conf import settings
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header

from vendorpact.orgs.models import Profile

API_DEFAULT_LANGUAGE = "en"
SUPPORTED = {code for code, _name in settings.LANGUAGES}


def language_from_header(header: str) -> str | None:
    """The first supported language the client accepts ("fr-BE" counts as "fr"); "*" is none."""
    for code, _quality in parse_accept_lang_header(header or ""):
        base = code.split("-")[0].lower()
        if base in SUPPORTED:
            return base
    return None


def activate_for_client(request) -> None:
    """Before the user is known: the header's language or English."""
    chosen = language_from_header(request.headers.get("Accept-Language", ""))
    _activate(request, chosen or API_DEFAULT_LANGUAGE)


def activate_for_user(request, user) -> None:
    """Once the token named the user: without a language in the header, the profile's."""
    if language_from_header(request.headers.get("Accept-Language", "")):
        return
    profile_language = (
        Profile.objects.filter(user=user).values_list("language", flat=True).first() or ""
    )
    if profile_language in SUPPORTED:
        _activate(request, profile_language)


def _activate(request, language: str) -> None:
    translation.activate(language)
    request.LANGUAGE_CODE = language


class ApiLanguageMiddleware:
    """For /api/ only (after the web's language middlewares): the API's own language rule."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/api/"):
            activate_for_client(request)
        return self.get_response(request)
