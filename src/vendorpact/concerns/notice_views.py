"""The notice (termination) letter of an engagement, as a page and as a PDF."""

from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from vendorpact.concerns.notice_letter import letter_language, notice_context, notice_pdf
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_view
from vendorpact.sla.letter import missing_data


def _letter(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    lang = letter_language(request.GET.get("lang"), translation.get_language() or "nl")
    return engagement, lang


@org_view()
def notice_letter(request, pk):
    engagement, lang = _letter(request, pk)
    with translation.override(lang):
        letter = notice_context(engagement, request.user, lang, timezone.localdate())
        body = render_to_string("concerns/_notice_letter.html", letter, request=request)
    return render(
        request,
        "concerns/notice_letter.html",
        {
            "engagement": engagement,
            "letter_html": body,
            "lang": lang,
            "missing": missing_data(request.org, engagement.supplier),
            "tab": "concerns",
        },
    )


@org_view()
def notice_letter_pdf(request, pk):
    engagement, lang = _letter(request, pk)
    with translation.override(lang):
        context = notice_context(engagement, request.user, lang, timezone.localdate())
        pdf = notice_pdf(context)
        name = _("notice-%(supplier)s-%(date)s.pdf") % {
            "supplier": engagement.supplier.name,
            "date": context["today"].strftime("%d-%m-%Y"),
        }
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(True, name.replace(" ", "-"))
    return response
