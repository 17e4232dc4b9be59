"""Team (both sides, swaps) and meeting pages."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vendorpact.common.messages import upload_refused
from vendorpact.core.errors import DomainError
from vendorpact.core.uploads import UploadError
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role
from vendorpact.planning import services
from vendorpact.planning.access import get_meeting_for_user, get_team_member_for_user
from vendorpact.planning.forms import (
    ActionItemForm,
    ActionItemFormSet,
    MeetingForm,
    StatusReportForm,
    SwapForm,
    TeamMemberForm,
)
from vendorpact.planning.messages import text_for
from vendorpact.planning.models import Meeting, TeamMember, TeamSwap


@org_view()
def team(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    members = TeamMember.objects.of_engagement(engagement).select_related("counterpart")
    today = timezone.localdate()
    return render(
        request,
        "planning/team.html",
        {
            "engagement": engagement,
            "supplier_members": [m for m in members if m.side == "supplier"],
            "client_members": [m for m in members if m.side == "client"],
            "swaps": TeamSwap.objects.of_engagement(engagement).select_related(
                "leaving", "joining"
            ),
            "today": today,
            "tab": "planning",
        },
    )


def _member_page(request, form, engagement, heading):
    return render(
        request,
        "planning/form.html",
        {
            "form": form,
            "engagement": engagement,
            "heading": heading,
            "tab": "planning",
            "back": "team",
        },
    )


@org_view(Role.MEMBER)
def team_member_create(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    form = TeamMemberForm(request.POST or None, engagement=engagement)
    if request.method == "POST" and form.is_valid():
        member = services.create_team_member(
            org=request.org, actor=request.user, engagement=engagement, data=form.cleaned_data
        )
        messages.success(request, _("%(name)s added to the team.") % {"name": member.name})
        return redirect("team", request.org.slug, engagement.pk)
    return _member_page(request, form, engagement, _("New team member"))


@org_view(Role.MEMBER)
def team_member_edit(request, pk):
    member = get_team_member_for_user(request.user, request.org, pk)
    form = TeamMemberForm(request.POST or None, instance=member, engagement=member.engagement)
    if request.method == "POST" and form.is_valid():
        services.update_team_member(
            org=request.org, actor=request.user, member=member, data=form.cleaned_data
        )
        messages.success(request, _("Team member saved."))
        return redirect("team", request.org.slug, member.engagement_id)
    return _member_page(request, form, member.engagement, member.name)


@org_view(Role.MANAGER)
@require_POST
def team_member_delete(request, pk):
    member = get_team_member_for_user(request.user, request.org, pk)
    services.delete_team_member(org=request.org, actor=request.user, member=member)
    messages.success(request, _("Team member deleted."))
    return redirect("team", request.org.slug, member.engagement_id)


@org_view(Role.MEMBER)
def team_member_swap(request, pk):
    member = get_team_member_for_user(request.user, request.org, pk)
    form = SwapForm(request.POST or None, initial={"on": timezone.localdate(), "role": member.role})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            swap = services.record_swap(
                org=request.org,
                actor=request.user,
                leaving=member,
                joining={
                    "name": data["name"],
                    "role": data["role"],
                    "seniority": data["seniority"],
                },
                on=data["on"],
                knowledge_transfer=data["knowledge_transfer"],
                notice_as_agreed=data["notice_as_agreed"],
                note=data["note"],
            )
        except DomainError as error:
            form.add_error("on", text_for(error.code))
        else:
            messages.success(
                request,
                _("Swap recorded: %(leaving)s replaced by %(joining)s.")
                % {"leaving": member.name, "joining": swap.joining.name},
            )
            if "no" in (data["knowledge_transfer"], data["notice_as_agreed"]):
                messages.warning(
                    request,
                    _(
                        "Without knowledge transfer or the agreed notice: raise it with the "
                        "supplier."
                    ),
                )
            return redirect("team", request.org.slug, member.engagement_id)
    return render(
        request,
        "planning/swap.html",
        {"form": form, "member": member, "engagement": member.engagement, "tab": "planning"},
    )


@org_view()
def meeting_list(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    return render(
        request,
        "planning/meetings.html",
        {
            "engagement": engagement,
            "meetings": Meeting.objects.of_engagement(engagement).prefetch_related("action_items"),
            "tab": "planning",
        },
    )


def _action_items(formset) -> list[dict]:
    return [item for item in formset.cleaned_data if item.get("title")]


@org_view(Role.MEMBER)
def meeting_create(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    form = MeetingForm(request.POST or None, initial={"date": timezone.localdate()})
    items = ActionItemFormSet(request.POST or None, prefix="actions")
    if request.method == "POST" and form.is_valid() and items.is_valid():
        meeting = services.create_meeting(
            org=request.org,
            actor=request.user,
            engagement=engagement,
            data=form.cleaned_data,
            action_items=_action_items(items),
        )
        messages.success(request, _("Meeting recorded."))
        return redirect("meeting_detail", request.org.slug, meeting.pk)
    return render(
        request,
        "planning/meeting_form.html",
        {"form": form, "items": items, "engagement": engagement, "tab": "planning"},
    )


@org_view(Role.MEMBER)
def meeting_edit(request, pk):
    meeting = get_meeting_for_user(request.user, request.org, pk)
    form = MeetingForm(request.POST or None, instance=meeting)
    if request.method == "POST" and form.is_valid():
        services.update_meeting(
            org=request.org, actor=request.user, meeting=meeting, data=form.cleaned_data
        )
        messages.success(request, _("Meeting saved."))
        return redirect("meeting_detail", request.org.slug, meeting.pk)
    return render(
        request,
        "planning/meeting_form.html",
        {"form": form, "engagement": meeting.engagement, "meeting": meeting, "tab": "planning"},
    )


@org_view()
def meeting_detail(request, pk):
    meeting = get_meeting_for_user(request.user, request.org, pk)
    return render(
        request,
        "planning/meeting.html",
        {
            "meeting": meeting,
            "engagement": meeting.engagement,
            "action_items": meeting.action_items.all(),
            "action_form": ActionItemForm(),
            "report_form": StatusReportForm(),
            "today": timezone.localdate(),
            "tab": "planning",
        },
    )


@org_view(Role.MEMBER)
@require_POST
def meeting_action_add(request, pk):
    meeting = get_meeting_for_user(request.user, request.org, pk)
    form = ActionItemForm(request.POST)
    if form.is_valid() and form.cleaned_data.get("title"):
        services.create_milestone(
            org=request.org,
            actor=request.user,
            engagement=meeting.engagement,
            data=form.cleaned_data,
            meeting=meeting,
        )
        messages.success(request, _("Action item added."))
    else:
        messages.error(request, _("An action item needs a description, a side and a due date."))
    return redirect("meeting_detail", request.org.slug, meeting.pk)


@org_view(Role.MEMBER)
@require_POST
def meeting_report(request, pk):
    meeting = get_meeting_for_user(request.user, request.org, pk)
    form = StatusReportForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Choose a file and a document kind."))
        return redirect("meeting_detail", request.org.slug, meeting.pk)
    try:
        document = services.attach_status_report(
            org=request.org,
            actor=request.user,
            meeting=meeting,
            uploaded=form.cleaned_data["file"],
            kind=form.cleaned_data["kind"],
        )
    except UploadError as error:
        messages.error(request, upload_refused(form.cleaned_data["file"].name, error))
    else:
        messages.success(
            request, _("Status report “%(name)s” attached.") % {"name": document.original_name}
        )
    return redirect("meeting_detail", request.org.slug, meeting.pk)


@org_view(Role.MANAGER)
@require_POST
def meeting_delete(request, pk):
    meeting = get_meeting_for_user(request.user, request.org, pk)
    services.delete_meeting(org=request.org, actor=request.user, meeting=meeting)
    messages.success(request, _("Meeting deleted."))
    return redirect("meeting_list", request.org.slug, meeting.engagement_id)
