"""The organisation's reminder list and the user's private calendar feed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vendorpact.common.paging import page_of, query_without_page
from vendorpact.common.throttle import rate_limited
from vendorpact.orgs.access import org_view
from vendorpact.reminders import services
from vendorpact.reminders.models import CalendarFeed
from vendorpact.reminders.sources import reminders_for_org

REMINDERS_PER_PAGE = 50


@org_view()
def reminder_list(request):
    today = timezone.localdate()
    page = page_of(request, reminders_for_org(request.org, today), REMINDERS_PER_PAGE)
    rows = services.reminder_rows(request.org, page.object_list, (get_language() or "nl")[:2])
    context = {"rows": rows, "page": page, "query": query_without_page(request), "today": today}
    return render(request, "reminders/list.html", context)


@login_required
def calendar_settings(request):
    feed = CalendarFeed.objects.active().filter(user=request.user).first()
    return render(request, "reminders/calendar.html", {"feed": feed})


@login_required
@require_POST
def calendar_create(request):
    feed, token = services.create_feed(user=request.user)
    url = request.build_absolute_uri(reverse("calendar_feed", args=[token]))
    return render(request, "reminders/calendar.html", {"feed": feed, "new_url": url})


@login_required
@require_POST
def calendar_revoke(request):
    services.revoke_feeds(user=request.user)
    messages.success(request, _("The calendar link no longer works."))
    return redirect("calendar_settings")


@rate_limited("calendar_feed")
def calendar_feed(request, token):
    """The private iCalendar feed: no login, the token in the URL is the key."""
    user = services.feed_user(token)
    if user is None:
        raise Http404
    text = services.calendar_for(user, timezone.localdate(), request.build_absolute_uri)
    response = HttpResponse(text.encode("utf-8"), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="vendorpact.ics"'
    response["Cache-Control"] = "private, max-age=900"
    response["Referrer-Policy"] = "no-referrer"
    return response
