"""Invoice imports are batches: removed exactly (matched lines included), same file recognised,
invoice dates outside the engagement warned about."""

import datetime as dt
import hashlib
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from vendorpact.api.services import create_token
from vendorpact.budget import invoicing
from vendorpact.budget.figures import EngagementBudget
from vendorpact.budget.models import Invoice, InvoiceImport, InvoiceLine
from vendorpact.core.errors import DomainError

BRUSSELS = ZoneInfo("Europe/Brussels")
HEADER = b"supplier_name;supplier_vat;invoice_number;issue_date;description;line_amount\n"
# Two invoices, the first with two lines (5000 + 1000 = 6000 excl. VAT).
FIRST_FILE = HEADER + (
    b"Pixelwerf BV;BE0712345630;2026-001;2026-02-27;Voorschot ontwikkeling;5000\n"
    b"Pixelwerf BV;BE0712345630;2026-001;2026-02-27;Projectleiding;1000\n"
    b"Pixelwerf BV;BE0712345630;2026-002;2026-03-31;Tweede schijf;4000\n"
)
SECOND_FILE = HEADER + b"Pixelwerf BV;BE0712345630;2026-003;2026-04-30;Derde schijf;2500\n"


def import_csv(tenancy, engagement, data, name="facturen.csv"):
    return invoicing.import_csv(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement, data=data, name=name
    )


def remove(tenancy, batch):
    return invoicing.remove_invoice_import(org=tenancy.org_a, actor=tenancy.alice, batch=batch)


def numbers():
    return sorted(Invoice.objects.values_list("number", flat=True))


def confirm_on(tenancy, invoice, line_target):
    for line in invoice.lines.all():
        invoicing.match_line(org=tenancy.org_a, actor=tenancy.alice, line=line, target=line_target)


@pytest.fixture
def hand_invoice(tenancy, engagement_a):
    return invoicing.create_manual_invoice(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        header={"number": "2026-HAND", "issue_date": dt.date(2026, 5, 15)},
        lines=[{"description": "Hosting mei", "amount": Decimal("300")}],
    )


@pytest.fixture
def two_batches(tenancy, engagement_a, hand_invoice):
    first = import_csv(tenancy, engagement_a, FIRST_FILE).batch
    second = import_csv(tenancy, engagement_a, SECOND_FILE, "facturen-april.csv").batch
    return first, second


def test_an_import_records_its_batch(tenancy, engagement_a):
    batch = import_csv(tenancy, engagement_a, FIRST_FILE).batch
    assert (batch.file_name, batch.source, batch.invoices_added, batch.lines_added) == (
        "facturen.csv",
        "csv",
        2,
        3,
    )
    assert batch.sha256 == hashlib.sha256(FIRST_FILE).hexdigest()
    assert InvoiceLine.objects.filter(source_import=batch).count() == 3


def test_a_hand_entered_invoice_has_no_batch(hand_invoice):
    assert hand_invoice.source_import is None
    assert hand_invoice.lines.get().source_import is None


def test_removing_a_batch_removes_exactly_its_invoices(tenancy, two_batches):
    first, _ = two_batches
    removed = remove(tenancy, first)
    assert (removed.invoices, removed.lines, removed.total_excl_vat) == (2, 3, Decimal("10000"))
    assert numbers() == ["2026-003", "2026-HAND"]
    assert InvoiceLine.objects.count() == 2


def test_removing_matched_lines_recomputes_the_budget(
    tenancy, engagement_a, development_line, two_batches
):
    first, _ = two_batches
    target = f"budget_line:{development_line.pk}"
    confirm_on(tenancy, Invoice.objects.get(number="2026-001"), target)  # 5000 + 1000
    confirm_on(tenancy, Invoice.objects.get(number="2026-HAND"), target)  # 300
    assert EngagementBudget(engagement_a).summary().lines[0].invoiced == Decimal("6300")
    removed = remove(tenancy, first)
    assert removed.matched_lines == 2
    assert EngagementBudget(engagement_a).summary().lines[0].invoiced == Decimal("300")


def test_a_removed_batch_is_kept_marked(tenancy, two_batches):
    first, _ = two_batches
    remove(tenancy, first)
    first.refresh_from_db()
    assert first.removed_by == tenancy.alice and first.removed_at is not None


def test_a_batch_cannot_be_removed_twice(tenancy, two_batches):
    first, _ = two_batches
    remove(tenancy, first)
    with pytest.raises(DomainError) as refused:
        remove(tenancy, first)
    assert refused.value.code == "invoice.import_not_removable"


# Same file again ---------------------------------------------------------------------------


def test_the_same_file_again_is_recognised_and_adds_nothing(tenancy, engagement_a):
    first = import_csv(tenancy, engagement_a, FIRST_FILE).batch
    again = import_csv(tenancy, engagement_a, FIRST_FILE, "kopie.csv")
    assert (again.earlier, again.batch, again.duplicates) == (first, None, ["2026-001", "2026-002"])
    assert Invoice.objects.count() == 2 and InvoiceImport.objects.count() == 1


def test_after_removal_the_same_file_imports_again(tenancy, engagement_a):
    remove(tenancy, import_csv(tenancy, engagement_a, FIRST_FILE).batch)
    again = import_csv(tenancy, engagement_a, FIRST_FILE)
    assert again.earlier is None and len(again.imported) == 2


def test_import_page_says_when_and_by_whom_the_file_was_imported(client, tenancy, engagement_a):
    first = import_csv(tenancy, engagement_a, FIRST_FILE).batch
    moment = dt.datetime(2026, 3, 2, 10, 0, tzinfo=BRUSSELS)
    InvoiceImport.objects.filter(pk=first.pk).update(created_at=moment)
    client.force_login(tenancy.alice)
    upload = _upload("facturen.csv", FIRST_FILE)
    response = client.post(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/invoices/import/",
        {"file": upload},
        follow=True,
    )
    assert "Dit bestand werd al ingelezen op 02/03/2026 door alice." in response.content.decode()


def _upload(name, data):
    return SimpleUploadedFile(name, data, content_type="text/csv")


# Dates outside the engagement --------------------------------------------------------------

OUTSIDE_FILE = HEADER + (
    b"Pixelwerf BV;BE0712345630;2025-090;2025-12-15;Analyse;800\n"
    b"Pixelwerf BV;BE0712345630;2025-091;2025-12-15;Workshop;400\n"
    b"Pixelwerf BV;BE0712345630;2026-010;2026-02-27;Voorschot;5000\n"
    b"Pixelwerf BV;BE0712345630;2026-099;2026-08-31;Nazorg;300\n"
)


@pytest.fixture
def ended_engagement(engagement_a):
    engagement_a.end_date = dt.date(2026, 6, 30)  # started 01/01/2026
    engagement_a.save()
    return engagement_a


def test_invoices_outside_the_engagement_are_counted(tenancy, ended_engagement):
    result = import_csv(tenancy, ended_engagement, OUTSIDE_FILE)
    outside = result.outside
    assert (outside.before_count, outside.before_dates) == (2, (dt.date(2025, 12, 15),))
    assert (outside.after_count, outside.after_dates) == (1, (dt.date(2026, 8, 31),))
    assert len(result.imported) == 4  # a warning, not a refusal


def test_import_page_warns_about_the_dates(client, tenancy, ended_engagement):
    client.force_login(tenancy.alice)
    response = client.post(
        f"/o/{tenancy.org_a.slug}/engagements/{ended_engagement.pk}/invoices/import/",
        {"file": _upload("facturen.csv", OUTSIDE_FILE)},
        follow=True,
    )
    page = response.content.decode()
    before = "2 facturen dateren van vóór de start van de samenwerking (01/01/2026): 15/12/2025."
    after = "1 factuur dateert van na het einde van de samenwerking (30/06/2026): 31/08/2026."
    assert before in page and after in page


# Pages, roles, API -------------------------------------------------------------------------


def test_confirmation_page_lists_what_will_be_removed(
    client, tenancy, development_line, two_batches
):
    first, _ = two_batches
    confirm_on(
        tenancy, Invoice.objects.get(number="2026-001"), f"budget_line:{development_line.pk}"
    )
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/invoice-imports/{first.pk}/remove/")
    text = page.content.decode()
    assert page.status_code == 200
    assert "2 facturen" in text and "€ 10.000,00" in text and "3 factuurlijnen" in text
    assert "waarvan 2 geboekt op het budget" in text
    assert Invoice.objects.count() == 4


def test_member_removes_a_batch_through_the_page(client, tenancy, two_batches):
    client.force_login(tenancy.alice)
    response = client.post(f"/o/{tenancy.org_a.slug}/invoice-imports/{two_batches[0].pk}/remove/")
    assert response.status_code == 302
    assert numbers() == ["2026-003", "2026-HAND"]


@pytest.mark.parametrize("method", ["get", "post"])
def test_viewer_cannot_remove_a_batch(client, tenancy, two_batches, method):
    client.force_login(tenancy.vera)
    url = f"/o/{tenancy.org_a.slug}/invoice-imports/{two_batches[0].pk}/remove/"
    assert getattr(client, method)(url).status_code == 403
    assert Invoice.objects.count() == 4


def test_budget_page_lists_the_imports_with_removal(client, tenancy, engagement_a, two_batches):
    client.force_login(tenancy.alice)
    page = client.get(f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/budget/")
    assert f"/invoice-imports/{two_batches[0].pk}/remove/" in page.content.decode()


def api_call(client, user, method, path):
    token = create_token(user=user, name="t")[1]
    return getattr(client, method)(f"/api/v1{path}", HTTP_AUTHORIZATION=f"Bearer {token}")


def test_api_lists_the_invoice_imports(client, tenancy, engagement_a, two_batches):
    path = f"/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/invoice-imports"
    data = api_call(client, tenancy.vera, "get", path).json()
    assert [(b["file_name"], b["invoices_added"], b["lines_added"]) for b in data] == [
        ("facturen-april.csv", 1, 1),
        ("facturen.csv", 2, 3),
    ]


def test_api_removes_an_invoice_import(client, tenancy, two_batches):
    path = f"/orgs/{tenancy.org_a.slug}/invoice-imports/{two_batches[0].pk}"
    response = api_call(client, tenancy.alice, "delete", path)
    assert response.status_code == 200
    assert response.json() == {"invoices": 2, "lines": 3, "matched_lines": 0}
    assert numbers() == ["2026-003", "2026-HAND"]


def test_api_viewer_cannot_remove_an_invoice_import(client, tenancy, two_batches):
    path = f"/orgs/{tenancy.org_a.slug}/invoice-imports/{two_batches[0].pk}"
    assert api_call(client, tenancy.vera, "delete", path).status_code == 403
    assert Invoice.objects.count() == 4


# UBL / Peppol ------------------------------------------------------------------------------


def test_the_same_e_invoice_file_again_is_refused_naming_the_first_import(
    tenancy, engagement_a, ubl_bytes
):
    data = ubl_bytes()
    invoicing.import_ubl(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, data=data, name="f.xml"
    )
    with pytest.raises(DomainError) as refused:
        invoicing.import_ubl(
            org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, data=data
        )
    assert refused.value.code == "invoice.duplicate"
    assert refused.value.params["imported_by"] == "alice"


def test_e_invoice_page_says_when_the_file_was_imported(client, tenancy, engagement_a, ubl_bytes):
    invoice = invoicing.import_ubl(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, data=ubl_bytes()
    )
    moment = dt.datetime(2026, 3, 2, 10, 0, tzinfo=BRUSSELS)
    InvoiceImport.objects.filter(pk=invoice.source_import_id).update(created_at=moment)
    client.force_login(tenancy.alice)
    response = client.post(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/invoices/import/",
        {"file": SimpleUploadedFile("f.xml", ubl_bytes(), "application/xml")},
        follow=True,
    )
    assert "Dit bestand werd al ingelezen op 02/03/2026 door alice." in response.content.decode()


def test_removing_an_e_invoice_batch_removes_its_invoice(tenancy, engagement_a, ubl_bytes):
    invoice = invoicing.import_ubl(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement_a, data=ubl_bytes()
    )
    removed = remove(tenancy, invoice.source_import)
    assert removed.invoices == 1 and not Invoice.objects.exists()


def test_api_outsider_cannot_remove_an_invoice_import(client, tenancy, two_batches):
    path = f"/orgs/{tenancy.org_a.slug}/invoice-imports/{two_batches[0].pk}"
    assert api_call(client, tenancy.bob, "delete", path).status_code == 404
    assert Invoice.objects.count() == 4


def test_outsider_cannot_open_the_removal_page(client, tenancy, two_batches):
    client.force_login(tenancy.bob)
    url = f"/o/{tenancy.org_b.slug}/invoice-imports/{two_batches[0].pk}/remove/"
    assert client.post(url).status_code == 404
    assert Invoice.objects.count() == 4


def test_api_invoice_names_its_import(client, tenancy, engagement_a, two_batches):
    path = f"/orgs/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/invoices"
    data = api_call(client, tenancy.alice, "get", path).json()
    assert {i["number"]: i["source_import_id"] for i in data} == {
        "2026-001": two_batches[0].pk,
        "2026-002": two_batches[0].pk,
        "2026-003": two_batches[1].pk,
        "2026-HAND": None,
    }
