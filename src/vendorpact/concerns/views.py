"""Concerns log per engagement, the exit plan and the concern settings."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vendorpact.concerns import services as concern_services
from vendorpact.concerns.access import get_concern_for_user, get_exit_task_for_user
from vendorpact.concerns.forms import (
    ConcernActionForm,
    ConcernForm,
    ConcernStatusForm,
    ExitTaskForm,
    RelationSettingsForm,
)
from vendorpact.concerns.messages import exit_task_label, level_label, text_for
from vendorpact.concerns.models import Concern, ExitPlan, TaskStatus
from vendorpact.concerns.services import settings_for
from vendorpact.core.errors import DomainError
from vendorpact.engagements.access import get_engagement_for_user
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role


def _concern_rows(org, concerns, today):
    ageing = concern_services.ageing_by_concern(org, concerns, today)
    return [
        {"concern": c, "level": level_label(c.level), "idle_days": ageing.get(c.pk)}
        for c in concerns
    ]


@org_view()
def concern_list(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    concerns = list(
        Concern.objects.filter(organisation=request.org, engagement=engagement).prefetch_related(
            "events"
        )
    )
    form = ConcernForm(initial={"raised_on": timezone.localdate()})
    return _render_list(request, engagement, concerns, form)


def _render_list(request, engagement, concerns, form, status=200):
    return render(
        request,
        "concerns/concern_list.html",
        {
            "engagement": engagement,
            "rows": _concern_rows(request.org, concerns, timezone.localdate()),
            "form": form,
            "ageing_days": settings_for(request.org).concern_ageing_days,
            "exit_plan": ExitPlan.objects.filter(engagement=engagement).first(),
            "tab": "concerns",
        },
        status=status,
    )


@org_view(Role.MEMBER)
@require_POST
def concern_create(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    form = ConcernForm(request.POST)
    if not form.is_valid():
        concerns = list(Concern.objects.filter(organisation=request.org, engagement=engagement))
        return _render_list(request, engagement, concerns, form, status=400)
    concern = concern_services.create_concern(
        org=request.org, actor=request.user, engagement=engagement, data=form.cleaned_data
    )
    messages.success(request, _("Concern “%(title)s” logged.") % {"title": concern.title})
    return redirect("concern_detail", request.org.slug, concern.pk)


@org_view()
def concern_detail(request, pk):
    concern = get_concern_for_user(request.user, request.org, pk)
    today = timezone.localdate()
    ageing = concern_services.ageing_by_concern(request.org, [concern], today)
    return render(
        request,
        "concerns/concern_detail.html",
        {
            "engagement": concern.engagement,
            "concern": concern,
            "level": level_label(concern.level),
            "idle_days": ageing.get(concern.pk),
            "events": [{"event": e, "level": level_label(e.level)} for e in concern.events.all()],
            "status_form": ConcernStatusForm(initial={"on": today}),
            "action_form": ConcernActionForm(initial={"on": today}),
            "is_open": concern.status in ("raised", "in_consultation", "escalated"),
            "tab": "concerns",
        },
    )


@org_view(Role.MEMBER)
@require_POST
def concern_status(request, pk):
    concern = get_concern_for_user(request.user, request.org, pk)
    form = ConcernStatusForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a valid status and date."))
        return redirect("concern_detail", request.org.slug, concern.pk)
    try:
        concern_services.change_status(
            org=request.org,
            actor=request.user,
            concern=concern,
            status=form.cleaned_data["status"],
            on=form.cleaned_data["on"],
            note=form.cleaned_data["note"],
        )
    except DomainError as error:
        messages.error(request, text_for(error.code, **error.params))
        return redirect("concern_detail", request.org.slug, concern.pk)
    if concern.status == "exit_decided":
        messages.success(request, _("Exit decided: the exit plan is ready to be followed up."))
        return redirect("exit_plan", request.org.slug, concern.engagement_id)
    messages.success(
        request, _("Status changed to “%(status)s”.") % {"status": concern.get_status_display()}
    )
    return redirect("concern_detail", request.org.slug, concern.pk)


@org_view(Role.MEMBER)
@require_POST
def concern_action(request, pk):
    concern = get_concern_for_user(request.user, request.org, pk)
    form = ConcernActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Describe what happened."))
        return redirect("concern_detail", request.org.slug, concern.pk)
    try:
        concern_services.record_action(
            org=request.org,
            actor=request.user,
            concern=concern,
            note=form.cleaned_data["note"],
            on=form.cleaned_data["on"],
        )
    except DomainError as error:
        messages.error(request, text_for(error.code, **error.params))
    else:
        messages.success(request, _("Action recorded."))
    return redirect("concern_detail", request.org.slug, concern.pk)


# ---- exit plan ------------------------------------------------------------------------------


@org_view()
def exit_plan(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    plan = ExitPlan.objects.filter(engagement=engagement).select_related("concern").first()
    tasks = list(plan.tasks.all()) if plan else []
    due_soon = concern_services.open_exit_tasks_due(tasks, timezone.localdate())
    rows = [
        {
            "task": task,
            "label": exit_task_label(task.code),
            "form": ExitTaskForm(instance=task, prefix=f"t{task.pk}"),
            "due_soon": task.pk in due_soon,
        }
        for task in tasks
    ]
    done = sum(1 for t in tasks if t.status in (TaskStatus.DONE, TaskStatus.NOT_APPLICABLE))
    return render(
        request,
        "concerns/exit_plan.html",
        {
            "engagement": engagement,
            "plan": plan,
            "rows": rows,
            "done": done,
            "percent": round(100 * done / len(tasks)) if tasks else 0,
            "tab": "concerns",
        },
    )


@org_view(Role.MEMBER)
@require_POST
def exit_plan_start(request, pk):
    engagement = get_engagement_for_user(request.user, request.org, pk)
    concern_services.start_exit_plan(org=request.org, actor=request.user, engagement=engagement)
    messages.success(request, _("Exit plan created from the contract's terms."))
    return redirect("exit_plan", request.org.slug, engagement.pk)


@org_view(Role.MEMBER)
@require_POST
def exit_task_update(request, pk):
    task = get_exit_task_for_user(request.user, request.org, pk)
    form = ExitTaskForm(request.POST, instance=task, prefix=f"t{task.pk}")
    if not form.is_valid():
        messages.error(request, _("The task was not saved: check the status and the date."))
    else:
        concern_services.update_exit_task(
            org=request.org, actor=request.user, task=task, data=form.cleaned_data
        )
        messages.success(request, _("“%(task)s” saved.") % {"task": exit_task_label(task.code)})
    return redirect("exit_plan", request.org.slug, task.engagement_id)


@org_view(Role.MANAGER)
def relation_settings(request):
    form = RelationSettingsForm(request.POST or None, instance=settings_for(request.org))
    if request.method == "POST" and form.is_valid():
        concern_services.save_settings(
            org=request.org,
            actor=request.user,
            concern_ageing_days=form.cleaned_data["concern_ageing_days"],
        )
        messages.success(request, _("Settings saved."))
        return redirect("context_sheet", request.org.slug)
    return render(request, "concerns/settings.html", {"form": form})
