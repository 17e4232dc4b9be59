"""Every form control a user can fill in has an accessible name: a <label for>, or an aria-label
where the inputs sit in table rows (SLA priorities and credits, exit-plan tasks)."""

from html.parser import HTMLParser

import pytest
from django import forms
from django.urls import reverse

from vendorpact.common.fields import label_inputs_in_row
from vendorpact.concerns.services import start_exit_plan

CONTROLS = {"input", "select", "textarea"}
NOT_FILLED_IN = {"hidden", "submit", "button"}


class ControlsAndLabels(HTMLParser):
    def __init__(self):
        super().__init__()
        self.controls = []
        self.labelled_ids = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "label" and attrs.get("for"):
            self.labelled_ids.add(attrs["for"])
        if tag in CONTROLS and attrs.get("type") not in NOT_FILLED_IN:
            self.controls.append(attrs)


def unlabelled_controls(html: str) -> list[str]:
    parser = ControlsAndLabels()
    parser.feed(html)
    return [
        attrs.get("name") or "?"
        for attrs in parser.controls
        if not attrs.get("aria-label") and attrs.get("id") not in parser.labelled_ids
    ]


@pytest.fixture
def member(client, tenancy):
    client.force_login(tenancy.alice)
    return client


def test_sla_terms_form_labels_every_input(member, tenancy, engagement_a):
    url = reverse("sla_terms", args=[tenancy.org_a.slug, engagement_a.pk])
    html = member.get(url).content.decode()
    assert "priority-0-response_unit" in html
    assert unlabelled_controls(html) == []


def test_exit_plan_labels_every_task_input(member, tenancy, engagement_a):
    start_exit_plan(org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a)
    url = reverse("exit_plan", args=[tenancy.org_a.slug, engagement_a.pk])
    html = member.get(url).content.decode()
    assert 'data-task="' in html
    assert unlabelled_controls(html) == []


def test_document_upload_form_labels_file_and_kind(member, tenancy, engagement_a):
    url = reverse("engagement_detail", args=[tenancy.org_a.slug, engagement_a.pk])
    html = member.get(url).content.decode()
    assert unlabelled_controls(html) == []


def test_row_label_names_the_field_and_the_row():
    class Row(forms.Form):
        owner = forms.CharField(label="Owner")

    form = Row()
    label_inputs_in_row(form, "Return the data")
    assert str(form.fields["owner"].widget.attrs["aria-label"]) == "Owner – Return the data"
