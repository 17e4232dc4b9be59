from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vendorpact.core import planning as core
from vendorpact.core.errors import DomainError
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role
from vendorpact.planning import services
from vendorpact.planning.access import get_milestone_for_user
from vendorpact.planning.convert import core_milestone
from vendorpact.planning.forms import MilestoneForm, SlipForm
from vendorpact.planning.messages import text_for
from vendorpact.planning.models import Milestone
from vendorpact.planning.timeline import timeline


def _obligation_rows(items, by_id):
    return [
        {
            "obligation": o,
            "milestone": by_id[int(o.milestone_id)],
            "days_overdue": -o.days_until_due,
        }
        for o in items
    ]


@org_view()
def planning_overview(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    milestones = list(
        Milestone.objects.of_engagement(engagement)
        .select_related("depends_on", "meeting")
        .prefetch_related("slips")
    )
    by_id = {m.pk: m for m in milestones}
    items = [core_milestone(m, with_slips=True) for m in milestones]
    today = timezone.localdate()
    report = core.overdue(items, today)
    slip_days = core.slip_days_by_side(items)
    return render(
        request,
        "planning/overview.html",
        {
            "engagement": engagement,
            "supplier_owes": _obligation_rows(
                core.obligations(items, core.Side.SUPPLIER, today), by_id
            ),
            "we_owe": _obligation_rows(core.obligations(items, core.Side.CLIENT, today), by_id),
            "overdue_supplier": len(report.supplier),
            "overdue_client": len(report.client),
            "slip_days_supplier": slip_days[core.Side.SUPPLIER],
            "slip_days_client": slip_days[core.Side.CLIENT],
            "milestones": milestones,
            "overdue_ids": {int(i.milestone_id) for i in report.supplier + report.client},
            "tab": "planning",
        },
    )


def _milestone_form_page(request, form, engagement, heading):
    return render(
        request,
        "planning/form.html",
        {"form": form, "engagement": engagement, "heading": heading, "tab": "planning"},
    )


@org_view(Role.MEMBER)
def milestone_create(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    form = MilestoneForm(request.POST or None, engagement=engagement)
    if request.method == "POST" and form.is_valid():
        try:
            milestone = services.create_milestone(
                org=request.org, actor=request.user, engagement=engagement, data=form.cleaned_data
            )
        except DomainError as error:
            form.add_error("depends_on", text_for(error.code))
        else:
            messages.success(
                request, _("“%(title)s” added to the planning.") % {"title": milestone.title}
            )
            return redirect("planning_overview", request.org.slug, engagement.pk)
    return _milestone_form_page(request, form, engagement, _("New milestone or deliverable"))


@org_view(Role.MEMBER)
def milestone_edit(request, pk):
    milestone = get_milestone_for_user(request.user, request.org, pk)
    form = MilestoneForm(request.POST or None, instance=milestone, engagement=milestone.engagement)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_milestone(
                org=request.org, actor=request.user, milestone=milestone, data=form.cleaned_data
            )
        except DomainError as error:
            form.add_error("depends_on", text_for(error.code))
        else:
            messages.success(request, _("Planning saved."))
            return redirect("planning_overview", request.org.slug, milestone.engagement_id)
    return _milestone_form_page(
        request, form, milestone.engagement, _("Edit “%(title)s”") % {"title": milestone.title}
    )


@org_view(Role.MEMBER)
def milestone_slip(request, pk):
    milestone = get_milestone_for_user(request.user, request.org, pk)
    form = SlipForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_slip(
                org=request.org,
                actor=request.user,
                milestone=milestone,
                new_due=form.cleaned_data["new_due"],
                reason=form.cleaned_data["reason"],
                caused_by=form.cleaned_data["caused_by"],
            )
        except DomainError as error:
            form.add_error(None, text_for(error.code))
        else:
            messages.success(
                request, _("Slip of “%(title)s” recorded.") % {"title": milestone.title}
            )
            return redirect("planning_overview", request.org.slug, milestone.engagement_id)
    return render(
        request,
        "planning/slip.html",
        {
            "form": form,
            "milestone": milestone,
            "engagement": milestone.engagement,
            "tab": "planning",
        },
    )


@org_view(Role.MEMBER)
@require_POST
def milestone_done(request, pk):
    milestone = get_milestone_for_user(request.user, request.org, pk)
    services.mark_done(org=request.org, actor=request.user, milestone=milestone)
    messages.success(request, _("“%(title)s” marked done.") % {"title": milestone.title})
    return redirect("planning_overview", request.org.slug, milestone.engagement_id)


@org_view(Role.MANAGER)
@require_POST
def milestone_delete(request, pk):
    milestone = get_milestone_for_user(request.user, request.org, pk)
    services.delete_milestone(org=request.org, actor=request.user, milestone=milestone)
    messages.success(request, _("Item deleted."))
    return redirect("planning_overview", request.org.slug, milestone.engagement_id)


@org_view()
def engagement_timeline(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    return render(
        request,
        "planning/timeline.html",
        {"engagement": engagement, "events": timeline(engagement), "tab": "planning"},
    )
