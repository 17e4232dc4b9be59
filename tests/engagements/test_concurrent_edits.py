"""Two people editing the same engagement, checklist item or supplier: no silent lost update."""

from __future__ import annotations

from vendorpact.api.services import create_token
from vendorpact.engagements import services
from vendorpact.engagements.forms import EngagementForm
from vendorpact.engagements.models import ChecklistEntry, Engagement
from vendorpact.suppliers import services as supplier_services
from vendorpact.suppliers.forms import SupplierForm
from vendorpact.suppliers.models import Supplier

STALE_EN = "changed by someone else since you opened it"


def auth(user):
    return {"HTTP_AUTHORIZATION": f"Bearer {create_token(user=user, name='t')[1]}"}


def api_url(org, suffix):
    return f"/api/v1/orgs/{org.slug}/{suffix}"


def form_data(form) -> dict:
    """What the browser posts back for an unchanged form."""
    return {name: "" if form[name].value() is None else form[name].value() for name in form.fields}


# --- services and API: different fields ----------------------------------------------------------


def test_a_save_from_a_stale_copy_keeps_the_other_persons_change(tenancy, engagement_a):
    loaded_by_first = Engagement.objects.get(pk=engagement_a.pk)
    services.update_engagement(
        org=tenancy.org_a,
        actor=tenancy.max,
        engagement=Engagement.objects.get(pk=engagement_a.pk),
        data={"title": "Webshop v2"},
    )
    services.update_engagement(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=loaded_by_first,
        data={"description": "Met koppeling aan de boekhouding"},
    )
    saved = Engagement.objects.get(pk=engagement_a.pk)
    assert (saved.title, saved.description) == ("Webshop v2", "Met koppeling aan de boekhouding")
    assert saved.version == 3


def test_two_patches_of_different_fields_both_survive(client, tenancy, engagement_a):
    url = api_url(tenancy.org_a, f"engagements/{engagement_a.pk}")
    first = client.patch(url, {"title": "Webshop v2"}, "application/json", **auth(tenancy.max))
    second = client.patch(
        url, {"description": "Met betaalmodule"}, "application/json", **auth(tenancy.alice)
    )
    assert (first.status_code, second.status_code) == (200, 200)
    assert (second.json()["title"], second.json()["description"]) == (
        "Webshop v2",
        "Met betaalmodule",
    )


def test_get_and_patch_carry_the_version_as_etag(client, tenancy, engagement_a):
    url = api_url(tenancy.org_a, f"engagements/{engagement_a.pk}")
    assert client.get(url, **auth(tenancy.alice))["ETag"] == '"1"'
    patched = client.patch(
        url, {"title": "Webshop v2"}, "application/json", HTTP_IF_MATCH='"1"', **auth(tenancy.alice)
    )
    assert patched.status_code == 200 and patched["ETag"] == '"2"'


def test_patch_with_a_stale_if_match_is_412_and_changes_nothing(client, tenancy, engagement_a):
    url = api_url(tenancy.org_a, f"engagements/{engagement_a.pk}")
    client.patch(url, {"title": "Webshop v2"}, "application/json", **auth(tenancy.max))
    response = client.patch(
        url, {"title": "Webshop v3"}, "application/json", HTTP_IF_MATCH='"1"', **auth(tenancy.alice)
    )
    assert response.status_code == 412
    assert response.json()["current_version"] == 2 and "detail" in response.json()
    assert Engagement.objects.get(pk=engagement_a.pk).title == "Webshop v2"


def test_supplier_patch_with_a_stale_if_match_is_412(client, tenancy, supplier_a):
    url = api_url(tenancy.org_a, f"suppliers/{supplier_a.pk}")
    client.patch(url, {"city": "Brugge"}, "application/json", **auth(tenancy.max))
    response = client.patch(
        url, {"city": "Leuven"}, "application/json", HTTP_IF_MATCH='"1"', **auth(tenancy.alice)
    )
    assert response.status_code == 412
    assert Supplier.objects.get(pk=supplier_a.pk).city == "Brugge"


def test_checklist_put_with_a_stale_if_match_is_412(client, tenancy, engagement_a):
    url = api_url(tenancy.org_a, f"engagements/{engagement_a.pk}/checklist/budget.project_cost")
    client.put(url, {"status": "partial"}, "application/json", **auth(tenancy.max))
    response = client.put(
        url, {"status": "missing"}, "application/json", HTTP_IF_MATCH='"1"', **auth(tenancy.alice)
    )
    assert response.status_code == 412
    assert ChecklistEntry.objects.get(engagement=engagement_a).status == "partial"


def test_checklist_lists_each_items_version_for_if_match(client, tenancy, engagement_a):
    url = api_url(tenancy.org_a, f"engagements/{engagement_a.pk}/checklist")
    client.put(
        f"{url}/budget.project_cost", {"status": "partial"}, "application/json", **auth(tenancy.max)
    )
    items = {item["id"]: item for item in client.get(url, **auth(tenancy.alice)).json()}
    assert (items["budget.project_cost"]["version"], items["timing.planning"]["version"]) == (2, 0)


# --- web forms -----------------------------------------------------------------------------------


def edit_url(org, engagement):
    return f"/o/{org.slug}/engagements/{engagement.pk}/edit/"


def test_stale_engagement_form_is_shown_again_and_overwrites_nothing(client, tenancy, engagement_a):
    opened = form_data(EngagementForm(instance=engagement_a, org=tenancy.org_a))
    services.update_engagement(
        org=tenancy.org_a, actor=tenancy.max, engagement=engagement_a, data={"title": "Webshop v2"}
    )
    client.force_login(tenancy.alice)
    response = client.post(
        edit_url(tenancy.org_a, engagement_a),
        {**opened, "description": "Nieuwe omschrijving"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    page = response.content.decode()
    assert response.status_code == 200 and STALE_EN in page
    assert "Title: “Webshop v2”; Description: “–”" in page
    saved = Engagement.objects.get(pk=engagement_a.pk)
    assert (saved.title, saved.description) == ("Webshop v2", "")


def test_saving_again_after_the_conflict_keeps_the_form(client, tenancy, engagement_a):
    opened = form_data(EngagementForm(instance=engagement_a, org=tenancy.org_a))
    services.update_engagement(
        org=tenancy.org_a, actor=tenancy.max, engagement=engagement_a, data={"title": "Webshop v2"}
    )
    client.force_login(tenancy.alice)
    posted = {**opened, "description": "Nieuwe omschrijving"}
    client.post(edit_url(tenancy.org_a, engagement_a), posted)
    response = client.post(edit_url(tenancy.org_a, engagement_a), {**posted, "version": 2})
    assert response.status_code == 302
    saved = Engagement.objects.get(pk=engagement_a.pk)
    assert (saved.title, saved.description) == ("Webshop", "Nieuwe omschrijving")


def test_form_saves_only_the_fields_changed_in_it(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    opened = form_data(EngagementForm(instance=engagement_a, org=tenancy.org_a))
    response = client.post(edit_url(tenancy.org_a, engagement_a), {**opened, "status": "ending"})
    assert response.status_code == 302
    saved = Engagement.objects.get(pk=engagement_a.pk)
    assert (saved.status, saved.title, saved.version) == ("ending", "Webshop", 2)


def test_stale_form_error_is_in_dutch_by_default(client, tenancy, engagement_a):
    opened = form_data(EngagementForm(instance=engagement_a, org=tenancy.org_a))
    services.update_engagement(
        org=tenancy.org_a, actor=tenancy.max, engagement=engagement_a, data={"title": "Webshop v2"}
    )
    client.force_login(tenancy.alice)
    response = client.post(
        edit_url(tenancy.org_a, engagement_a),
        {**opened, "description": "x"},
        HTTP_ACCEPT_LANGUAGE="nl",
    )
    assert "door iemand anders gewijzigd" in response.content.decode()


def test_stale_supplier_form_overwrites_nothing(client, tenancy, supplier_a):
    opened = form_data(SupplierForm(instance=supplier_a))
    supplier_services.update_supplier(
        org=tenancy.org_a, actor=tenancy.max, supplier=supplier_a, data={"city": "Brugge"}
    )
    client.force_login(tenancy.alice)
    response = client.post(
        f"/o/{tenancy.org_a.slug}/suppliers/{supplier_a.pk}/edit/",
        {**opened, "street": "Veldstraat 1"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200 and STALE_EN in response.content.decode()
    saved = Supplier.objects.get(pk=supplier_a.pk)
    assert (saved.city, saved.street) == ("Brugge", "")


def checklist_url(org, engagement, item_id):
    return f"/o/{org.slug}/engagements/{engagement.pk}/checklist/{item_id}/"


def test_stale_checklist_click_shows_the_current_status_and_saves_nothing(
    client, tenancy, engagement_a
):
    services.set_checklist_entry(
        org=tenancy.org_a,
        actor=tenancy.max,
        engagement=engagement_a,
        item_id="budget.project_cost",
        status="partial",
    )
    client.force_login(tenancy.alice)
    response = client.post(
        checklist_url(tenancy.org_a, engagement_a, "budget.project_cost"),
        {"status": "missing", "version": 1},
        HTTP_HX_REQUEST="true",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    row = response.content.decode()
    assert STALE_EN in row and "Status: “Partial”" in row
    assert ChecklistEntry.objects.get(engagement=engagement_a).status == "partial"


def test_checklist_note_typed_before_a_conflict_stays_in_the_row(client, tenancy, engagement_a):
    services.set_checklist_entry(
        org=tenancy.org_a,
        actor=tenancy.max,
        engagement=engagement_a,
        item_id="budget.project_cost",
        status="covered",
        note="Prijs bevestigd per mail",
    )
    client.force_login(tenancy.alice)
    response = client.post(
        checklist_url(tenancy.org_a, engagement_a, "budget.project_cost"),
        {"status": "covered", "note": "Vaste prijs € 18.450", "version": 1},
        HTTP_HX_REQUEST="true",
    )
    row = response.content.decode()
    assert "Vaste prijs € 18.450</textarea>" in row and 'name="version" value="2"' in row
    assert ChecklistEntry.objects.get(engagement=engagement_a).note == "Prijs bevestigd per mail"


def test_checklist_click_on_a_new_item_someone_else_just_set_is_stale(
    client, tenancy, engagement_a
):
    services.set_checklist_entry(
        org=tenancy.org_a,
        actor=tenancy.max,
        engagement=engagement_a,
        item_id="timing.planning",
        status="covered",
    )
    client.force_login(tenancy.alice)
    client.post(
        checklist_url(tenancy.org_a, engagement_a, "timing.planning"),
        {"status": "missing", "version": 0},
    )
    entry = ChecklistEntry.objects.get(engagement=engagement_a, item_id="timing.planning")
    assert entry.status == "covered"
