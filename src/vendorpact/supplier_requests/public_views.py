"""The context sheet opened by a supplier through a private link, without an account.

It shows only what its token grants: the context sheet of one organisation. Unknown or withdrawn
tokens get 404.
"""

from django.http import Http404
from django.shortcuts import render

from vendorpact.common.private_pages import private
from vendorpact.common.throttle import rate_limited
from vendorpact.supplier_requests import services
from vendorpact.supplier_requests.models import ContextSystem


@rate_limited("context_share")
def context_share(request, token):
    link = services.share_link_for_token(token)
    if link is None:
        raise Http404
    org = link.organisation
    context = {
        "org_name": org.name,
        "sheet": services.context_sheet_for(org),
        "systems": ContextSystem.objects.filter(organisation=org),
    }
    return private(render(request, "supplier_requests/public_context_sheet.html", context))
