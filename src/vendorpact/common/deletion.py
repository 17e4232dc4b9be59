"""What deleting an object takes with it: counts per kind for the confirmation, and stored files.

Django's deletion collector follows every cascade, so the confirmation page names exactly what
`delete()` will remove, and uploaded files of every removed row go with it (after the commit, so a
rolled-back delete keeps them).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.files.storage import default_storage
from django.db import models, router, transaction
from django.db.models.deletion import Collector
from django.utils.translation import gettext_lazy as _

# How each kind of row is named on a deletion confirmation (model verbose names are not all
# translated or pluralised; this keeps that out of the models and their migrations).
KIND_LABELS = {
    "orgs.organisation": _("organisations"),
    "orgs.membership": _("memberships"),
    "suppliers.supplier": _("suppliers"),
    "suppliers.contact": _("supplier contacts"),
    "engagements.engagement": _("engagements"),
    "engagements.document": _("documents (with their files)"),
    "engagements.checklistentry": _("checklist items"),
    "analysis.analysis": _("document analyses"),
    "budget.budgetline": _("budget lines"),
    "budget.extracost": _("extra costs"),
    "budget.invoice": _("invoices"),
    "budget.invoiceline": _("invoice lines"),
    "planning.meeting": _("meetings"),
    "planning.milestone": _("milestones"),
    "planning.slip": _("schedule slips"),
    "planning.teammember": _("team members"),
    "planning.teamswap": _("team swaps"),
    "concerns.relationsettings": _("relationship settings"),
    "supplier_requests.contextsheet": _("context sheets"),
    "supplier_requests.contextsystem": _("systems on the context sheet"),
    "supplier_requests.contextsharelink": _("context sheet links"),
    "supplier_requests.supplierrequest": _("requests to the supplier"),
    "supplier_requests.requestattachment": _("request attachments (with their files)"),
    "concerns.concern": _("concerns"),
    "concerns.concernevent": _("concern history entries"),
    "concerns.exitplan": _("exit plans"),
    "concerns.exittask": _("exit tasks"),
    "health.healthcheck": _("health checks"),
    "health.healthlink": _("health check links"),
    "health.healthresponse": _("health check answers"),
    "supplier_requests.sentmail": _("records of mail sent to the supplier"),
    "reminders.calendarfeed": _("calendar feeds"),
    "reminders.digestlog": _("digest records"),
    "sla.slaterms": _("service-level terms"),
    "sla.columnmapping": _("import column mappings"),
    "sla.slaimport": _("imports (with their files)"),
    "sla.ticket": _("tickets"),
    "sla.ticketevent": _("ticket status changes"),
    "sla.downtime": _("outages"),
}


# Figures stored to speed up pages, recomputed from the rows above: not something users count.
DERIVED_KINDS = {"sla.ticketresult", "sla.monthresult"}


@dataclass(frozen=True)
class StoredFile:
    model: type[models.Model]
    field: str
    name: str


def _collector(obj: models.Model) -> Collector:
    collector = Collector(using=router.db_for_write(type(obj)))
    collector.collect([obj])
    return collector


def _removed_querysets(collector: Collector):
    for model, instances in collector.data.items():
        yield model, model._base_manager.filter(pk__in=[i.pk for i in instances])
    for queryset in collector.fast_deletes:
        yield queryset.model, queryset


def deletion_counts(obj: models.Model) -> list[tuple[str, int]]:
    """(verbose plural name, rows) of everything deleting `obj` removes, `obj`'s own kind first."""
    counts: dict[type[models.Model], int] = {}
    for model, queryset in _removed_querysets(_collector(obj)):
        if model._meta.auto_created:  # many-to-many link rows are not something users know of
            continue
        if model._meta.label_lower in DERIVED_KINDS:
            continue
        counts[model] = counts.get(model, 0) + queryset.count()
    own = type(obj)
    ordered = sorted(
        counts.items(),
        key=lambda item: (item[0] is not own, str(item[0]._meta.verbose_name_plural)),
    )
    return [(str(kind_label(model)), n) for model, n in ordered if n]


def kind_label(model: type[models.Model]):
    return KIND_LABELS.get(model._meta.label_lower, model._meta.verbose_name_plural)


def _file_fields(model: type[models.Model]) -> list[str]:
    return [f.name for f in model._meta.concrete_fields if isinstance(f, models.FileField)]


def stored_files(obj: models.Model) -> list[StoredFile]:
    files = []
    for model, queryset in _removed_querysets(_collector(obj)):
        for field in _file_fields(model):
            names = queryset.exclude(**{field: ""}).values_list(field, flat=True)
            files.extend(StoredFile(model, field, name) for name in names if name)
    return files


def delete_with_files(obj: models.Model) -> None:
    """Delete `obj` with its cascade; its stored files are removed once the delete is committed."""
    files = stored_files(obj)
    obj.delete()
    transaction.on_commit(lambda: remove_unreferenced(files))


def remove_unreferenced(files: list[StoredFile]) -> None:
    for stored in files:
        if not stored.model._base_manager.filter(**{stored.field: stored.name}).exists():
            default_storage.delete(stored.name)
