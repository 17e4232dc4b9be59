"""The tenant-owned models are found from the models themselves, in a loadable order."""

from vendorpact.transfer.graph import (
    dependents_outside_the_export,
    label_of,
    tenant_models,
    tenant_references,
)


def test_every_model_is_loaded_after_the_models_it_refers_to():
    position = {label_of(model): index for index, model in enumerate(tenant_models())}
    for model in tenant_models():
        for field in tenant_references(model):
            if field.related_model is not model:
                assert position[label_of(field.related_model)] < position[label_of(model)]


def test_models_of_every_app_are_found_without_a_list():
    labels = {label_of(model) for model in tenant_models()}
    assert {"orgs.membership", "suppliers.supplier", "sla.ticketevent", "planning.slip"} <= labels
    assert "auth.user" not in labels and "api.apitoken" not in labels


def test_no_model_refers_to_tenant_rows_without_belonging_to_the_organisation():
    # A model like this would be left out of the export: give it an `organisation` field.
    assert dependents_outside_the_export() == []
