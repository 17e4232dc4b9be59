"""The models of `relations` move to `supplier_requests`, `concerns` and `health`.

State only: the tables stay (the new apps keep them through Meta.db_table) and so do their rows.
Each new app's 0001 migration takes its models over and relabels their content types.
"""

from django.db import migrations

# Referencing models first, so that no state model points at a deleted one.
MOVED_MODELS = (
    "HealthResponse",
    "HealthLink",
    "HealthCheck",
    "ExitTask",
    "ExitPlan",
    "ConcernEvent",
    "Concern",
    "RelationSettings",
    "SentMail",
    "RequestAttachment",
    "SupplierRequest",
    "ContextShareLink",
    "ContextSystem",
    "ContextSheet",
)


class Migration(migrations.Migration):
    dependencies = [
        ("relations", "0004_request_attachments"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name=name) for name in MOVED_MODELS],
            database_operations=[],
        )
    ]
