from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from weasyprint import HTML

from vendorpact.checkup import messages as words
from vendorpact.checkup.access import get_checkup_for_user
from vendorpact.checkup.charts import scores_chart_svg
from vendorpact.checkup.models import Checkup, checkup_due
from vendorpact.checkup.services import make_checkup
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role


def _lang() -> str:
    return (get_language() or "nl")[:2]


@org_view()
def checkup_list(request):
    checkups = list(Checkup.objects.filter(organisation=request.org).select_related("made_by"))
    today = timezone.localdate()
    context = {
        "checkups": checkups,
        "due": checkup_due(checkups[0] if checkups else None, today),
        "can_run": request.membership.has_role(Role.MANAGER),
    }
    return render(request, "checkup/list.html", context)


@org_view(Role.MANAGER)
@require_POST
def checkup_run(request):
    checkup = make_checkup(org=request.org, actor=request.user, as_of=timezone.localdate())
    messages.success(request, _("The check-up is done."))
    return redirect("checkup_detail", request.org.slug, checkup.pk)


def _context(request, checkup: Checkup) -> dict:
    lang = _lang()
    rows = words.engagement_rows(checkup.result, lang)
    labels = {
        "now": _("This check-up"),
        "before": _("Previous check-up"),
        "axis": _("Score (0-100)"),
    }
    return {
        "checkup": checkup,
        "rows": rows,
        "actions": words.action_rows(checkup.result, request.org.slug, lang),
        "previous_overall": checkup.result.get("previous_overall"),
        "change": None
        if checkup.overall is None or checkup.result.get("previous_overall") is None
        else checkup.overall - checkup.result["previous_overall"],
        "chart": scores_chart_svg(rows, labels),
    }


@org_view()
def checkup_detail(request, pk):
    checkup = get_checkup_for_user(request.user, request.org, pk)
    return render(request, "checkup/detail.html", _context(request, checkup))


@org_view()
def checkup_pdf(request, pk):
    checkup = get_checkup_for_user(request.user, request.org, pk)
    context = {**_context(request, checkup), "current_org": request.org, "for_pdf": True}
    html = render_to_string("checkup/document.html", context, request=request)
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    name = f"vendorpact-{request.org.slug}-checkup-{checkup.made_on.isoformat()}.pdf"
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response
