"""The Agreement tab: pre-fill, missing values, items settled, saved versions, downloads."""

import io

import pypdfium2
from django.utils import translation
from docx import Document

from tests.agreements.conftest import OPEN_ITEMS, form_data
from tests.conftest import login
from vendorpact.agreements.models import AgreementDraft
from vendorpact.common.deletion import deletion_counts
from vendorpact.core.checklist import expected_items


def _tab_url(engagement):
    return f"/o/{engagement.organisation.slug}/engagements/{engagement.pk}/agreement/"


def _tab(client, engagement, **params):
    return client.get(_tab_url(engagement), params)


def _save(client, engagement, form, **changes):
    data = form_data(form, **changes) | {"save": "1"}
    return client.post(_tab_url(engagement), data)


def test_tab_prefills_supplier_register(client, tenancy, netcare):
    known = _tab(login(client, tenancy.alice), netcare).context["known"]
    assert known["supplier"]["vat"] == "BE0834567891"
    assert known["supplier"]["address"] == "Industrieweg 4, 9030 Mariakerke"
    assert known["client"]["address"] == "Kerkstraat 12, 9000 Gent"


def test_tab_prefills_sla_targets_in_hours(client, tenancy, netcare):
    known = _tab(login(client, tenancy.alice), netcare).context["known"]
    # NetCare's policy: P1 60 and 240 business minutes, P2 120 and 480
    assert known["priorities"][:2] == [
        {"priority": 1, "response_hours": 1, "resolution_hours": 4},
        {"priority": 2, "response_hours": 2, "resolution_hours": 8},
    ]
    assert known["availability"] == {"percent": 99.5, "period": "month"}


def test_tab_prefills_budget_lines(client, tenancy, netcare):
    known = _tab(login(client, tenancy.alice), netcare).context["known"]
    # 3 600 per quarter is 1 200 per month
    assert known["prices"]["monthly_fee"] == 1200
    assert known["prices"]["rates"] == [{"role": "Technicus", "unit": "hour", "amount": 85}]
    assert known["scope"]["included"] == ["Beheer van 15 werkposten", "Beheer van de server"]


def test_tab_prefills_notice_in_days_and_team(client, tenancy, netcare):
    known = _tab(login(client, tenancy.alice), netcare).context["known"]
    assert known["notice_days"] == 60  # 2 months
    assert known["term_months"] == 36
    assert [m["name"] for m in known["team"]] == ["Jens Maes", "Lies Peeters"]


def test_tab_lists_missing_values(client, tenancy, netcare):
    response = _tab(login(client, tenancy.alice), netcare)
    fields = {p["field"] for p in response.context["problems"]}
    assert {"payment_days", "client.representative", "court"} <= fields
    assert "supplier.vat" not in fields


def test_full_agreement_settles_every_expected_item(client, tenancy, netcare):
    response = _tab(login(client, tenancy.alice), netcare, mode="full")
    settled = [item["id"] for item in response.context["items"]]
    assert set(settled) == {item.id for item in expected_items("maintenance")}


def test_addendum_settles_exactly_the_missing_and_partial_items(client, tenancy, netcare):
    response = _tab(login(client, tenancy.alice), netcare, mode="addendum")
    settled = [item["id"] for item in response.context["items"]]
    assert sorted(settled) == sorted(OPEN_ITEMS)


def test_save_creates_versions(client, tenancy, netcare):
    login(client, tenancy.alice)
    form = _tab(client, netcare).context["form"]
    first = _save(client, netcare, form)
    second = _save(client, netcare, form, language="fr", mode="addendum")
    assert first.status_code == 302 and second.status_code == 302
    drafts = AgreementDraft.objects.filter(engagement=netcare).order_by("version")
    assert [(d.version, d.mode, d.language) for d in drafts] == [
        (1, "full", "nl"),
        (2, "addendum", "fr"),
    ]
    assert sorted(drafts[1].terms["items"]) == sorted(OPEN_ITEMS)
    assert drafts[0].terms["payment_days"] == 30
    assert drafts[0].created_by == tenancy.alice


def test_save_with_a_missing_value_is_refused(client, tenancy, netcare):
    login(client, tenancy.alice)
    form = _tab(client, netcare).context["form"]
    response = _save(client, netcare, form, payment_days="")
    assert response.status_code == 200
    assert [p["field"] for p in response.context["problems"]] == ["payment_days"]
    assert not AgreementDraft.objects.exists()


def test_viewer_reads_but_cannot_save(client, tenancy, netcare):
    login(client, tenancy.vera)
    response = _tab(client, netcare)
    assert response.status_code == 200
    assert _save(client, netcare, response.context["form"]).status_code == 403
    assert not AgreementDraft.objects.exists()


def _saved_draft(client, tenancy, netcare, **changes):
    login(client, tenancy.alice)
    _save(client, netcare, _tab(client, netcare).context["form"], **changes)
    return AgreementDraft.objects.get(engagement=netcare)


def test_docx_download(client, tenancy, netcare):
    draft = _saved_draft(client, tenancy, netcare)
    response = client.get(f"/o/{tenancy.org_a.slug}/agreement-drafts/{draft.pk}/docx/")
    assert response.status_code == 200
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert "NetCare Solutions BV" in text and "BE0834567891" in text
    assert "Industrieweg 4, 9030 Mariakerke" in text


def test_pdf_download(client, tenancy, netcare):
    draft = _saved_draft(client, tenancy, netcare, language="en")
    response = client.get(f"/o/{tenancy.org_a.slug}/agreement-drafts/{draft.pk}/pdf/")
    assert response["Content-Type"] == "application/pdf"
    document = pypdfium2.PdfDocument(response.content)
    text = " ".join(page.get_textpage().get_text_range() for page in document)
    assert "BE0834567891" in text and "Escrow Europe" in text


def test_download_name_with_non_ascii_title(client, tenancy, netcare):
    netcare.title = "Beheer – café"
    netcare.save()
    draft = _saved_draft(client, tenancy, netcare)
    response = client.get(f"/o/{tenancy.org_a.slug}/agreement-drafts/{draft.pk}/docx/")
    disposition = response["Content-Disposition"]
    disposition.encode("ascii")  # a header value in plain ASCII
    assert "filename*=utf-8''" in disposition and "caf%C3%A9" in disposition


def test_deleting_the_engagement_names_its_drafts(client, tenancy, netcare):
    _saved_draft(client, tenancy, netcare)
    with translation.override("nl"):
        counts = dict(deletion_counts(netcare))
    assert counts["ontwerpen van overeenkomst"] == 1
