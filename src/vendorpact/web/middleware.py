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
