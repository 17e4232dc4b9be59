"""The engagement's history: everything that happened, newest first, paged."""

from django.shortcuts import render
from django.utils.translation import get_language

from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_view
from vendorpact.web.history import history_page


def _page_number(raw: str | None) -> int:
    return int(raw) if raw and raw.isdigit() else 1


@org_view()
def engagement_history(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    page = history_page(
        engagement,
        org_slug=request.org.slug,
        lang=(get_language() or "nl")[:2],
        number=_page_number(request.GET.get("page")),
    )
    context = {"engagement": engagement, "page": page, "tab": "history"}
    return render(request, "web/engagement_history.html", context)
