"""Which models belong to an organisation, in an order that puts every referenced row first.

Tenant-owned models are found generically (every model with an `organisation` foreign key), so
a new model is exported without editing a list. Only the fields that must never leave the
installation are listed here.
"""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.db import models

from vendorpact.orgs.models import Organisation

FORMAT_VERSION = 1

# Never exported: hashes of private links (the links stop working in the copy), and the
# bookkeeping of the derived SLA figures (recomputed after the import).
SKIPPED_FIELDS: dict[str, tuple[str, ...]] = {
    "orgs.invitation": ("token_hash",),
    "agreements.negotiationlink": ("token_hash",),
    "supplier_requests.contextsharelink": ("token_hash",),
    "health.healthlink": ("token_hash",),
    "sla.slaterms": ("results_version", "results_computed_version"),
}


# Models that moved to another app (with their table): the label they had in exports written
# before the move, so that those exports still import completely.
FORMER_LABELS = {
    **{
        f"supplier_requests.{name}": f"relations.{name}"
        for name in (
            "contextsheet",
            "contextsystem",
            "contextsharelink",
            "supplierrequest",
            "requestattachment",
            "sentmail",
        )
    },
    **{
        f"concerns.{name}": f"relations.{name}"
        for name in ("relationsettings", "concern", "concernevent", "exitplan", "exittask")
    },
    **{
        f"health.{name}": f"relations.{name}"
        for name in ("healthcheck", "healthlink", "healthresponse")
    },
}
CURRENT_LABELS = {former: current for current, former in FORMER_LABELS.items()}

# Derived data: not exported, recomputed from the imported rows (the import asks for it).
DERIVED_MODELS = frozenset({"sla.ticketresult", "sla.monthresult"})


class TransferError(Exception):
    """The export file cannot be imported; nothing was written."""


def label_of(model: type[models.Model]) -> str:
    return model._meta.label_lower


def is_user_model(model) -> bool:
    return label_of(model) == settings.AUTH_USER_MODEL.lower()


def _organisation_field(model: type[models.Model]) -> bool:
    return any(
        field.is_relation and field.name == "organisation" and field.related_model is Organisation
        for field in model._meta.concrete_fields
    )


def exported_fields(model: type[models.Model]) -> list[models.Field]:
    """Every stored field except the primary key, the organisation and the skipped secrets."""
    skipped = SKIPPED_FIELDS.get(label_of(model), ())
    return [
        field
        for field in model._meta.concrete_fields
        if not field.primary_key and field.name != "organisation" and field.name not in skipped
    ]


def skipped_fields(model: type[models.Model]) -> list[models.Field]:
    names = SKIPPED_FIELDS.get(label_of(model), ())
    return [field for field in model._meta.concrete_fields if field.name in names]


def tenant_references(model: type[models.Model]) -> list[models.ForeignKey]:
    """Foreign keys to other tenant-owned rows (not to the organisation, not to users)."""
    return [
        field
        for field in exported_fields(model)
        if field.is_relation and not is_user_model(field.related_model)
    ]


def tenant_models() -> list[type[models.Model]]:
    """Every model with an organisation foreign key, each after the models it refers to."""
    candidates = sorted(
        (
            model
            for model in apps.get_models()
            if _organisation_field(model) and label_of(model) not in DERIVED_MODELS
        ),
        key=label_of,
    )
    known = {label_of(model) for model in candidates}
    for model in candidates:
        for field in tenant_references(model):
            if label_of(field.related_model) not in known:
                raise TransferError(f"{label_of(model)}.{field.name} refers outside the tenant")
    ordered: list[type[models.Model]] = []
    placed: set[str] = set()
    while len(ordered) < len(candidates):
        ready = [
            model
            for model in candidates
            if label_of(model) not in placed
            and all(
                field.related_model is model or label_of(field.related_model) in placed
                for field in tenant_references(model)
            )
        ]
        if not ready:
            raise TransferError("the tenant models refer to each other in a cycle")
        ordered.extend(ready)
        placed.update(label_of(model) for model in ready)
    return ordered


def dependents_outside_the_export() -> list[str]:
    """Models that refer to tenant-owned rows without an organisation foreign key of their own:
    the export would silently leave their rows out, so every such model is a mistake."""
    tenant = {label_of(model) for model in tenant_models()} | {label_of(Organisation)}
    tenant_or_derived = tenant | DERIVED_MODELS
    return sorted(
        label_of(model)
        for model in apps.get_models()
        if label_of(model) not in tenant_or_derived
        and any(
            field.is_relation and field.related_model and label_of(field.related_model) in tenant
            for field in model._meta.concrete_fields
        )
    )
