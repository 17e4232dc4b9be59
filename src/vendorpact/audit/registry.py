"""Which changes the audit trail records (django-auditlog), and with which organisation.

Every tenant-owned model (one with an `organisation` foreign key), and the organisation itself,
is registered, so a new model is audited without editing a list. Left out: derived figures that
are recomputed, high-volume rows that only imports write, and secrets.
"""

from __future__ import annotations

from auditlog.registry import auditlog
from django.apps import apps

from vendorpact.orgs.models import Organisation

NOT_AUDITED = frozenset(
    {
        "sla.ticketresult",  # derived from the tickets, recomputed
        "sla.monthresult",
        "sla.ticket",  # imported in bulk (100,000s of rows); the import batch records who and when
        "sla.ticketevent",
        "reports.reportdispatch",  # bookkeeping of sent mails
    }
)
# Never copied into the trail: token hashes and large analyser output.
EXCLUDED_FIELDS = ["token_hash", "result", "search_text", "version"]
ENGAGEMENT_MODEL = "engagements.engagement"


def audited_models() -> list:
    return [
        model
        for model in apps.get_models()
        if model is Organisation
        or (_has_organisation(model) and model._meta.label_lower not in NOT_AUDITED)
    ]


def _has_organisation(model) -> bool:
    return any(
        field.is_relation and field.name == "organisation" and field.related_model is Organisation
        for field in model._meta.concrete_fields
    )


def tenant_context(instance) -> dict:
    """The organisation and engagement a change belongs to, stored with each log entry so that
    the trail is read per organisation and per engagement without joining every model."""
    if isinstance(instance, Organisation):
        return {"organisation": instance.pk, "engagement": None}
    if instance._meta.label_lower == ENGAGEMENT_MODEL:
        engagement = instance.pk
    else:
        engagement = getattr(instance, "engagement_id", None)
    return {"organisation": instance.organisation_id, "engagement": engagement}


def register_tenant_models() -> None:
    for model in audited_models():
        if auditlog.contains(model):
            continue
        # django-auditlog asks the instance for get_additional_data(); one definition for all.
        model.get_additional_data = tenant_context
        auditlog.register(model, exclude_fields=EXCLUDED_FIELDS, serialize_data=True)
