from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from vendorpact.checkup.models import Checkup, checkup_due
from vendorpact.concerns.models import Concern
from vendorpact.engagements.models import Engagement
from vendorpact.engagements.overview import (
    dashboard_summary,
    engagement_rows,
    first_engagements,
)
from vendorpact.orgs.access import get_membership_for_user, org_view
from vendorpact.orgs.models import Membership
from vendorpact.orgs.services import set_language as save_language
from vendorpact.reminders.sources import reminders_for_org
from vendorpact.web.search import LIMIT_PER_KIND, MIN_QUERY_LENGTH
from vendorpact.web.search import search as search_org

LAST_ORG_KEY = "vp_last_org"
ESCALATIONS_SHOWN = 10
# The dashboard lists this many running engagements (those whose notice deadline comes first)
# and reminders (the first due); the engagement and reminder lists show them all, paged.
DASHBOARD_ENGAGEMENTS = 10
DASHBOARD_REMINDERS = 5


@login_required
def home(request):
    memberships = list(Membership.objects.for_user(request.user))
    if not memberships:
        return render(request, "web/no_organisation.html")
    slugs = {m.organisation.slug for m in memberships}
    last = request.session.get(LAST_ORG_KEY)
    return redirect("dashboard", last if last in slugs else memberships[0].organisation.slug)


@login_required
def switch_org(request):
    slug = request.GET.get("org", "")
    get_membership_for_user(request.user, slug)
    return redirect("dashboard", slug)


@require_POST
def set_language(request):
    language = request.POST.get("language", "")
    if language not in dict(settings.LANGUAGES):
        raise Http404
    if request.user.is_authenticated:
        save_language(request.user, language)
    next_url = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
        next_url = "/"
    response = redirect(next_url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME, language, max_age=365 * 24 * 3600, samesite="Lax"
    )
    return response


@org_view()
def dashboard(request):
    if request.session.get(LAST_ORG_KEY) != request.org.slug:
        request.session[LAST_ORG_KEY] = request.org.slug
    running = Engagement.objects.for_user(request.user, request.org).running()
    today = timezone.localdate()
    summary = dashboard_summary(request.org, running, today, DASHBOARD_ENGAGEMENTS)
    rows = engagement_rows(first_engagements(running, summary), today)
    reminders = reminders_for_org(request.org, today)
    last_checkup = Checkup.objects.latest_of(request.org)
    escalations = (
        Concern.objects.filter(organisation=request.org)
        .escalated()
        .exclude(engagement__status="ended")
        .select_related("engagement__supplier")
        .order_by("-status_on", "-pk")
    )
    context = {
        "escalations": escalations[:ESCALATIONS_SHOWN],
        "escalation_count": escalations.count(),
        "rows": rows,
        "running_count": summary.running_count,
        "reminders": reminders[:DASHBOARD_REMINDERS],
        "reminder_count": len(reminders),
        "overdue_count": sum(1 for reminder in reminders if reminder.overdue),
        "supplier_count": request.org.suppliers.count(),
        "high_advice": summary.urgent_advice,
        "next_deadline": rows[0] if rows and rows[0]["deadline"] else None,
        "today": today,
        "last_checkup": last_checkup,
        "checkup_due": checkup_due(last_checkup, today),
    }
    return render(request, "web/dashboard.html", context)


@org_view()
def search(request):
    raw = request.GET.get("q", "")
    query, groups = search_org(request.org, raw)
    context = {
        "search_query": raw.strip(),
        "too_short": 0 < len(query) < MIN_QUERY_LENGTH,
        "searched": len(query) >= MIN_QUERY_LENGTH,
        "groups": groups,
        "limit": LIMIT_PER_KIND,
    }
    return render(request, "web/search.html", context)
