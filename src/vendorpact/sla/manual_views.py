"""Pages to enter one outage or one ticket by hand (next to the imports)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role
from vendorpact.sla import manual
from vendorpact.sla.manual_forms import DowntimeForm, TicketForm


def _applied(form, call) -> bool:
    """Run the service call; its refusals go onto the form."""
    try:
        call()
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for name, problems in error.error_dict.items():
                form.add_error(name if name in form.fields else None, problems)
        else:
            form.add_error(None, error)
        return False
    return True


@org_view(Role.MEMBER)
def sla_downtime_add(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    form = DowntimeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        values = form.cleaned_data
        call = lambda: manual.add_downtime(  # noqa: E731
            org=request.org, actor=request.user, engagement=engagement, **values
        )
        if _applied(form, call):
            messages.success(request, _("The outage was added."))
            return redirect("sla_downtime", request.org.slug, engagement.pk)
    context = {"engagement": engagement, "form": form, "kind": "downtime", "tab": "sla"}
    return render(request, "sla/manual_entry.html", context)


@org_view(Role.MEMBER)
def sla_ticket_add(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    priorities = manual.contract_priorities(engagement)
    form = TicketForm(request.POST or None, priorities=priorities)
    if request.method == "POST" and form.is_valid():
        values = form.cleaned_data
        call = lambda: manual.add_ticket(  # noqa: E731
            org=request.org, actor=request.user, engagement=engagement, **values
        )
        if _applied(form, call):
            messages.success(request, _("The ticket was added."))
            return redirect("sla_tickets", request.org.slug, engagement.pk)
    context = {
        "engagement": engagement,
        "form": form,
        "kind": "ticket",
        "has_terms": bool(priorities),
        "tab": "sla",
    }
    return render(request, "sla/manual_entry.html", context)
