"""Requests to the supplier (composer with live scoring) and the organisation's context sheet."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vendorpact.common.messages import lang
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role
from vendorpact.supplier_requests import mail_services, services
from vendorpact.supplier_requests.access import (
    get_context_link_for_user,
    get_context_system_for_user,
    get_request_for_user,
)
from vendorpact.supplier_requests.forms import (
    AttachmentForm,
    ContactChoiceForm,
    ContextSheetForm,
    ContextSystemForm,
    RequestForm,
    RequestStatusForm,
    SendMailForm,
    ShareLinkForm,
)
from vendorpact.supplier_requests.mail_services import MailError
from vendorpact.supplier_requests.messages import text_for
from vendorpact.supplier_requests.models import (
    ContextShareLink,
    ContextSystem,
    SentMail,
    SupplierRequest,
)


def _score_band(score: int) -> str:
    return "ok" if score >= 80 else "partial" if score >= 50 else "missing"


def _composed_context(engagement, data: dict) -> dict:
    composed = services.compose(engagement, data)
    return {
        "composed": composed,
        "findings": [
            {
                "finding": f,
                "message": f.message(lang()),
                "why": f.why_text(lang()),
            }
            for f in composed.score.findings
        ],
        "score_band": _score_band(composed.score.score),
    }


@org_view()
def request_list(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    rows = SupplierRequest.objects.filter(organisation=request.org, engagement=engagement)
    return render(
        request,
        "supplier_requests/request_list.html",
        {
            "engagement": engagement,
            "rows": [{"row": row, "band": _score_band(row.score)} for row in rows],
            "context_link_form": ContactChoiceForm(
                contacts=mail_services.mail_contacts(engagement)
            ),
            "sent_mails": SentMail.objects.filter(organisation=request.org, engagement=engagement)
            .select_related("sent_by")
            .order_by("-sent_at", "-pk"),
            "tab": "requests",
        },
    )


def _initial(request, engagement) -> dict:
    user = request.user
    return {
        "language": lang(),
        "contact_person": user.get_full_name() or user.username,
        "contact_details": user.email,
        "include_context_link": services.context_sheet_for(request.org).pk is not None,
    }


def _share_url(request):
    return lambda token: request.build_absolute_uri(reverse("context_share", args=[token]))


@org_view(Role.MEMBER)
def request_new(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    form = RequestForm(request.POST or None, initial=_initial(request, engagement))
    if request.method == "POST" and form.is_valid():
        supplier_request = services.create_request(
            org=request.org,
            actor=request.user,
            engagement=engagement,
            data=form.cleaned_data,
            share_url=_share_url(request),
        )
        messages.success(
            request,
            _("Request saved with a score of %(score)s/100.") % {"score": supplier_request.score},
        )
        return redirect("supplier_request_detail", request.org.slug, supplier_request.pk)
    data = form.cleaned_data if form.is_bound else form.initial
    return render(
        request,
        "supplier_requests/request_form.html",
        {
            "engagement": engagement,
            "form": form,
            "tab": "requests",
            "has_sheet": services.context_sheet_for(request.org).pk is not None,
            **_composed_context(engagement, data),
        },
    )


@org_view(Role.MEMBER)
@require_POST
def request_score(request, pk):
    """htmx: the findings for the brief as typed so far (nothing is stored)."""
    engagement = get_engagement_for_user(request.user, request.org, pk)
    form = RequestForm(request.POST)
    form.is_valid()  # unfinished input is normal here: score what is valid
    return render(
        request,
        "supplier_requests/_findings.html",
        {"engagement": engagement, **_composed_context(engagement, form.cleaned_data)},
    )


@org_view()
def request_detail(request, pk):
    supplier_request = get_request_for_user(request.user, request.org, pk)
    shown_lang = request.GET.get("lang") or supplier_request.language
    return _render_request_detail(request, supplier_request, shown_lang)


def _render_request_detail(request, supplier_request, shown_lang, send_form=None, status_form=None):
    engagement = supplier_request.engagement
    context = _composed_context(engagement, _request_data(supplier_request, shown_lang))
    rendered = context["composed"].rendered
    recipients = [
        {"name": name, "email": email, "mailto": services.mailto_for(email, rendered)}
        for name, email in services.supplier_emails(engagement)
    ]
    contacts = mail_services.mail_contacts(engagement)
    return render(
        request,
        "supplier_requests/request_detail.html",
        {
            "engagement": engagement,
            "supplier_request": supplier_request,
            "shown_lang": _shown(supplier_request, shown_lang),
            "recipients": recipients,
            "send_form": send_form
            or SendMailForm(
                contacts=contacts, initial={"language": _shown(supplier_request, shown_lang)}
            ),
            "has_mail_contacts": contacts.exists(),
            "status_form": status_form
            or RequestStatusForm(
                initial={
                    "status": supplier_request.status,
                    "replied_on": supplier_request.replied_on,
                }
            ),
            "mails": supplier_request.mails.select_related("sent_by"),
            "attachments": supplier_request.attachment_files.all(),
            "attachment_form": AttachmentForm(),
            "tab": "requests",
            **context,
        },
    )


def _shown(supplier_request, shown_lang) -> str:
    return shown_lang if shown_lang in ("nl", "en") else supplier_request.language


def _request_data(supplier_request, shown_lang) -> dict:
    data = services.request_data(supplier_request)
    data["language"] = _shown(supplier_request, shown_lang)
    return data


@org_view(Role.MEMBER)
@require_POST
def request_send(request, pk):
    """Send the request's message, in the language shown, to a contact of the supplier."""
    supplier_request = get_request_for_user(request.user, request.org, pk)
    engagement = supplier_request.engagement
    form = SendMailForm(request.POST, contacts=mail_services.mail_contacts(engagement))
    if not form.is_valid():
        shown = request.POST.get("language") or supplier_request.language
        return _render_request_detail(request, supplier_request, shown, send_form=form)
    rendered = services.compose(
        engagement, _request_data(supplier_request, form.cleaned_data["language"])
    ).rendered
    try:
        mail_services.send_request(
            org=request.org,
            actor=request.user,
            supplier_request=supplier_request,
            contact=form.cleaned_data["contact"],
            subject=rendered.subject,
            body=rendered.body,
        )
    except MailError as error:
        messages.error(request, text_for(error.code))
    else:
        messages.success(
            request, _("Sent to %(email)s.") % {"email": form.cleaned_data["contact"].email}
        )
    return redirect("supplier_request_detail", request.org.slug, supplier_request.pk)


@org_view(Role.MEMBER)
@require_POST
def context_link_send(request, pk):
    """Mail a new link to the context sheet to a contact of the engagement's supplier."""
    engagement = get_engagement_for_user(request.user, request.org, pk)
    form = ContactChoiceForm(request.POST, contacts=mail_services.mail_contacts(engagement))
    if not form.is_valid():
        messages.error(request, _("Choose a contact of the supplier with an e-mail address."))
        return redirect("supplier_request_list", request.org.slug, engagement.pk)
    contact = form.cleaned_data["contact"]
    try:
        mail_services.create_and_send_context_link(
            org=request.org,
            actor=request.user,
            engagement=engagement,
            contact=contact,
            link_url=lambda token: request.build_absolute_uri(
                reverse("context_share", args=[token])
            ),
        )
    except MailError as error:
        messages.error(request, text_for(error.code))
    else:
        messages.success(request, _("Sent to %(email)s.") % {"email": contact.email})
    return redirect("supplier_request_list", request.org.slug, engagement.pk)


@org_view(Role.MEMBER)
@require_POST
def request_status(request, pk):
    supplier_request = get_request_for_user(request.user, request.org, pk)
    form = RequestStatusForm(request.POST)
    if not form.is_valid():
        return _render_request_detail(
            request, supplier_request, supplier_request.language, status_form=form
        )
    mail_services.set_request_status(
        org=request.org,
        actor=request.user,
        supplier_request=supplier_request,
        status=form.cleaned_data["status"],
        replied_on=form.cleaned_data["replied_on"],
    )
    messages.success(request, _("Request status saved."))
    return redirect("supplier_request_detail", request.org.slug, supplier_request.pk)


# ---- context sheet --------------------------------------------------------------------------


def _sheet_context(request, **extra) -> dict:
    return {
        "sheet": services.context_sheet_for(request.org),
        "systems": ContextSystem.objects.filter(organisation=request.org),
        "links": ContextShareLink.objects.filter(organisation=request.org),
        "system_form": ContextSystemForm(),
        "link_form": ShareLinkForm(),
        **extra,
    }


@org_view()
def context_sheet(request):
    return render(request, "supplier_requests/context_sheet.html", _sheet_context(request))


@org_view(Role.MEMBER)
def context_sheet_edit(request):
    sheet = services.context_sheet_for(request.org)
    form = ContextSheetForm(request.POST or None, instance=sheet)
    if request.method == "POST" and form.is_valid():
        services.save_context_sheet(org=request.org, actor=request.user, data=form.cleaned_data)
        messages.success(request, _("Context sheet saved."))
        return redirect("context_sheet", request.org.slug)
    return render(request, "supplier_requests/context_sheet_form.html", {"form": form})


@org_view(Role.MEMBER)
@require_POST
def context_system_add(request):
    form = ContextSystemForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give at least the name of the system or software."))
    else:
        services.add_system(org=request.org, actor=request.user, data=form.cleaned_data)
        messages.success(request, _("System added."))
    return redirect("context_sheet", request.org.slug)


@org_view(Role.MANAGER)
@require_POST
def context_system_delete(request, pk):
    system = get_context_system_for_user(request.user, request.org, pk)
    services.delete_system(org=request.org, actor=request.user, system=system)
    messages.success(request, _("System removed."))
    return redirect("context_sheet", request.org.slug)


@org_view(Role.MEMBER)
@require_POST
def context_link_create(request):
    form = ShareLinkForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say with whom you share the sheet."))
        return redirect("context_sheet", request.org.slug)
    _link, token = services.create_share_link(
        org=request.org, actor=request.user, label=form.cleaned_data["label"]
    )
    new_url = request.build_absolute_uri(reverse("context_share", args=[token]))
    return render(
        request, "supplier_requests/context_sheet.html", _sheet_context(request, new_url=new_url)
    )


@org_view(Role.MEMBER)
@require_POST
def context_link_revoke(request, pk):
    link = get_context_link_for_user(request.user, request.org, pk)
    services.revoke_share_link(org=request.org, actor=request.user, link=link)
    messages.success(request, _("Link withdrawn: it no longer opens the sheet."))
    return redirect("context_sheet", request.org.slug)
