"""The audit trail (issue 11): every change to tenant data with who, when, old and new values,
visible per engagement to managers and owners, exportable, and deleted rows restorable for 30
days by a manager."""

import csv
import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from auditlog.models import LogEntry

from vendorpact.suppliers.models import Contact

BRUSSELS = ZoneInfo("Europe/Brussels")
DAY = datetime(2026, 12, 4, 10, 0, tzinfo=BRUSSELS)


@pytest.fixture
def manager(client, tenancy):
    client.force_login(tenancy.ada)  # manager of org A
    return client


def edit_title(client, org, engagement, title):
    return client.post(
        f"/o/{org.slug}/engagements/{engagement.pk}/edit/",
        {
            "supplier": engagement.supplier_id,
            "title": title,
            "kind": engagement.kind,
            "agreed_how": engagement.agreed_how,
            "general_terms": engagement.general_terms,
            "status": engagement.status,
            "version": engagement.version,
        },
    )


def test_a_change_records_who_and_the_old_and_new_value(manager, tenancy, engagement_a):
    from vendorpact.engagements.services import update_engagement

    update_engagement(
        org=tenancy.org_a, actor=tenancy.ada, engagement=engagement_a, data={"title": "Webshop 2"}
    )
    entry = LogEntry.objects.get_for_object(engagement_a).filter(action=LogEntry.Action.UPDATE)
    assert entry.get().changes_dict["title"] == ["Webshop", "Webshop 2"]


def test_a_web_change_records_the_signed_in_user(manager, tenancy, engagement_a):
    manager.post(
        f"/o/{tenancy.org_a.slug}/suppliers/{engagement_a.supplier_id}/edit/",
        {"name": "Pixelwerf NV", "country": "BE", "version": engagement_a.supplier.version},
    )
    entry = LogEntry.objects.get_for_object(engagement_a.supplier).latest("timestamp")
    assert entry.actor == tenancy.ada
    assert entry.changes_dict["name"] == ["Pixelwerf BV", "Pixelwerf NV"]


def test_engagement_history_shows_its_changes(manager, tenancy, engagement_a):
    from vendorpact.engagements.services import update_engagement

    update_engagement(
        org=tenancy.org_a, actor=tenancy.ada, engagement=engagement_a, data={"title": "Kassa"}
    )
    page = manager.get(f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/audit/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Webshop → Kassa" in text


def test_a_member_cannot_read_the_history(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)  # member
    page = client.get(f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/audit/")
    assert page.status_code == 403


def test_another_organisations_changes_never_show(manager, tenancy, engagement_a):
    from vendorpact.suppliers.models import Supplier

    Supplier.objects.create(organisation=tenancy.org_b, name="Garagesoft BV")
    page = manager.get(f"/o/{tenancy.org_a.slug}/audit/")
    assert "Garagesoft" not in page.content.decode()
    assert "Pixelwerf" in page.content.decode()


def test_the_trail_downloads_as_csv(manager, tenancy, supplier_a):
    from vendorpact.suppliers.services import update_supplier

    update_supplier(
        org=tenancy.org_a, actor=tenancy.ada, supplier=supplier_a, data={"city": "Aalst"}
    )
    response = manager.get(f"/o/{tenancy.org_a.slug}/audit.csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert {"field": "city", "old": "Gent", "new": "Aalst"}.items() <= next(
        row for row in rows if row["field"] == "city"
    ).items()


def _delete_contact(tenancy):
    contact = Contact.objects.get(name="Sofie Claes")
    contact_pk = contact.pk
    contact.delete()
    return contact_pk, LogEntry.objects.get(
        action=LogEntry.Action.DELETE, object_pk=str(contact_pk)
    )


def test_a_manager_restores_a_deleted_row(manager, tenancy, supplier_a):
    with time_machine.travel(DAY, tick=False):
        contact_pk, entry = _delete_contact(tenancy)
    with time_machine.travel(DAY + timedelta(days=29), tick=False):
        manager.force_login(tenancy.ada)  # sessions last two weeks
        manager.post(f"/o/{tenancy.org_a.slug}/audit/{entry.pk}/restore/")
    restored = Contact.objects.get(pk=contact_pk)
    assert (restored.name, restored.supplier_id) == ("Sofie Claes", supplier_a.pk)


def test_a_row_deleted_more_than_30_days_ago_is_not_restored(manager, tenancy, supplier_a):
    with time_machine.travel(DAY, tick=False):
        contact_pk, entry = _delete_contact(tenancy)
    with time_machine.travel(DAY + timedelta(days=31), tick=False):
        manager.force_login(tenancy.ada)
        response = manager.post(f"/o/{tenancy.org_a.slug}/audit/{entry.pk}/restore/")
    assert response.status_code == 302  # back to the trail, with a message
    assert not Contact.objects.filter(pk=contact_pk).exists()


def test_a_row_whose_parent_is_gone_is_not_restored(manager, tenancy, supplier_a):
    contact_pk, entry = _delete_contact(tenancy)
    supplier_a.delete()
    response = manager.post(f"/o/{tenancy.org_a.slug}/audit/{entry.pk}/restore/", follow=True)
    assert not Contact.objects.filter(pk=contact_pk).exists()
    assert response.status_code == 200


def test_a_member_cannot_restore(client, tenancy, supplier_a):
    contact_pk, entry = _delete_contact(tenancy)
    client.force_login(tenancy.alice)
    response = client.post(f"/o/{tenancy.org_a.slug}/audit/{entry.pk}/restore/")
    assert response.status_code == 403
    assert not Contact.objects.filter(pk=contact_pk).exists()


def test_an_outsider_gets_404_on_anothers_entry(client, tenancy, supplier_a):
    _pk, entry = _delete_contact(tenancy)
    client.force_login(tenancy.bob)  # owner of org B only
    response = client.post(f"/o/{tenancy.org_b.slug}/audit/{entry.pk}/restore/")
    assert response.status_code == 404


def test_a_request_without_a_client_address_is_still_recorded(tenancy, engagement_a):
    from django.test import RequestFactory

    from vendorpact.audit.middleware import AuditActorMiddleware
    from vendorpact.engagements.services import update_engagement

    def change(request):
        update_engagement(
            org=tenancy.org_a, actor=tenancy.ada, engagement=engagement_a, data={"title": "Kassa"}
        )

    request = RequestFactory().get("/")
    del request.META["REMOTE_ADDR"]
    request.user = tenancy.ada
    AuditActorMiddleware(change)(request)
    entry = LogEntry.objects.get_for_object(engagement_a).get(action=LogEntry.Action.UPDATE)
    assert (entry.actor, entry.remote_addr) == (tenancy.ada, None)
