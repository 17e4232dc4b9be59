from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vendorpact.api import services
from vendorpact.api.models import ApiToken


@login_required
def account(request):
    return render(
        request,
        "api/account.html",
        {
            "tokens": request.user.api_tokens.all(),
            "new_token": request.session.pop("vp_new_token", None),
        },
    )


@login_required
@require_POST
def token_create(request):
    _token, raw = services.create_token(user=request.user, name=request.POST.get("name", "")[:100])
    request.session["vp_new_token"] = raw
    messages.success(request, _("Token created. Copy it now: it is shown only once."))
    return redirect("account")


@login_required
@require_POST
def token_revoke(request, pk):
    token = ApiToken.objects.filter(user=request.user, pk=pk).first()
    if token is None:
        raise Http404
    services.revoke_token(user=request.user, token=token)
    messages.success(request, _("Token revoked."))
    return redirect("account")
