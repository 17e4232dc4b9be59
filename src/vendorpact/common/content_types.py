"""Moving models between apps without losing what points at them.

The audit trail (django-auditlog) and the permissions refer to a model through its row in
django_content_type (app label + model name). When a model moves to another app with its table,
that row is relabelled, so every log entry and permission keeps pointing at the same model.
"""

from django.db import migrations


def relabel_content_types(old_label: str, new_label: str, model_names: tuple[str, ...]):
    """A RunPython operation that moves the content types of `model_names` (lower case) from
    app `old_label` to `new_label`, and back when the migration is reversed. A model already
    known under the new label (none on a database migrated in order) keeps that row."""

    def move(apps, schema_editor, source: str, target: str) -> None:
        content_type = apps.get_model("contenttypes", "ContentType")
        rows = content_type.objects.using(schema_editor.connection.alias)
        for model in model_names:
            if not rows.filter(app_label=target, model=model).exists():
                rows.filter(app_label=source, model=model).update(app_label=target)
        content_type.objects.clear_cache()

    def forwards(apps, schema_editor):
        move(apps, schema_editor, old_label, new_label)

    def backwards(apps, schema_editor):
        move(apps, schema_editor, new_label, old_label)

    return migrations.RunPython(forwards, backwards)
