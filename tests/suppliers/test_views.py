from vendorpact.suppliers.models import Supplier


def url(org, suffix=""):
    return f"/o/{org.slug}/suppliers/{suffix}"


def test_member_adds_supplier_with_belgian_vat(client, tenancy):
    client.force_login(tenancy.alice)
    response = client.post(
        url(tenancy.org_a, "new/"),
        {
            "name": "NetCare NV",
            "country": "BE",
            "vat_number": "0456.789.133",
            "city": "Mechelen",
        },
    )
    supplier = Supplier.objects.get(name="NetCare NV")
    assert response.status_code == 302
    assert (supplier.organisation, supplier.vat_number) == (tenancy.org_a, "BE0456789133")


def test_invalid_vat_number_is_refused_with_a_clear_message(client, tenancy):
    client.force_login(tenancy.alice)
    response = client.post(
        url(tenancy.org_a, "new/"),
        {
            "name": "Typo BV",
            "country": "BE",
            "vat_number": "BE0456789134",
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert "check digit" in response.content.decode()
    assert not Supplier.objects.filter(name="Typo BV").exists()


def test_search_filters_by_name(client, tenancy, supplier_a):
    Supplier.objects.create(organisation=tenancy.org_a, name="CloudBooks BV")
    client.force_login(tenancy.alice)
    names = [s.name for s in client.get(url(tenancy.org_a), {"q": "cloud"}).context["suppliers"]]
    assert names == ["CloudBooks BV"]


def test_list_sorts_by_name_descending(client, tenancy, supplier_a):
    Supplier.objects.create(organisation=tenancy.org_a, name="Zeta IT")
    client.force_login(tenancy.alice)
    names = [s.name for s in client.get(url(tenancy.org_a), {"sort": "-name"}).context["suppliers"]]
    assert names == ["Zeta IT", "Pixelwerf BV"]


def test_list_shows_only_own_organisation(client, tenancy, supplier_a):
    Supplier.objects.create(organisation=tenancy.org_b, name="Garage Supplier")
    client.force_login(tenancy.alice)
    names = [s.name for s in client.get(url(tenancy.org_a)).context["suppliers"]]
    assert names == ["Pixelwerf BV"]


def test_delete_asks_for_confirmation_first(client, tenancy, supplier_a):
    client.force_login(tenancy.max)
    response = client.get(url(tenancy.org_a, f"{supplier_a.pk}/delete/"))
    assert response.status_code == 200 and Supplier.objects.filter(pk=supplier_a.pk).exists()


def test_manager_deletes_supplier(client, tenancy, supplier_a):
    client.force_login(tenancy.max)
    client.post(url(tenancy.org_a, f"{supplier_a.pk}/delete/"))
    assert not Supplier.objects.filter(pk=supplier_a.pk).exists()


def test_member_may_not_delete(client, tenancy, supplier_a):
    client.force_login(tenancy.alice)
    response = client.post(url(tenancy.org_a, f"{supplier_a.pk}/delete/"))
    assert response.status_code == 403 and Supplier.objects.filter(pk=supplier_a.pk).exists()


def test_viewer_may_not_create(client, tenancy):
    client.force_login(tenancy.vera)
    response = client.post(url(tenancy.org_a, "new/"), {"name": "X", "country": "BE"})
    assert response.status_code == 403 and not Supplier.objects.filter(name="X").exists()


def test_add_contact(client, tenancy, supplier_a):
    client.force_login(tenancy.alice)
    client.post(
        url(tenancy.org_a, f"{supplier_a.pk}/contacts/"),
        {"name": "Jan De Smet", "email": "jan@pixelwerf.example"},
    )
    assert supplier_a.contacts.filter(name="Jan De Smet").exists()


def test_delete_confirmation_counts_what_goes_with_the_supplier(
    client, tenancy, supplier_a, engagement_a, document_a
):
    # supplier_a has one contact; engagement_a one checklist entry; document_a one document.
    client.force_login(tenancy.max)
    page = client.get(url(tenancy.org_a, f"{supplier_a.pk}/delete/"), HTTP_ACCEPT_LANGUAGE="en")
    counts = dict(page.context["deletion_counts"])
    assert counts == {
        "suppliers": 1,
        "supplier contacts": 1,
        "engagements": 1,
        "checklist items": 1,
        "documents (with their files)": 1,
    }


def test_delete_confirmation_counts_are_in_dutch(
    client, tenancy, supplier_a, engagement_a, document_a
):
    client.force_login(tenancy.max)
    page = client.get(url(tenancy.org_a, f"{supplier_a.pk}/delete/"), HTTP_ACCEPT_LANGUAGE="nl")
    assert "Samenwerkingen: 1" in page.content.decode()


def test_deleting_a_supplier_removes_its_uploaded_files(
    client, tenancy, supplier_a, document_a, settings, django_capture_on_commit_callbacks
):
    client.force_login(tenancy.max)
    assert any(p.is_file() for p in settings.MEDIA_ROOT.rglob("*"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url(tenancy.org_a, f"{supplier_a.pk}/delete/"))
    assert not any(p.is_file() for p in settings.MEDIA_ROOT.rglob("*"))


def test_deleting_a_supplier_keeps_files_of_other_suppliers(
    client, tenancy, supplier_a, document_a, settings, django_capture_on_commit_callbacks
):
    other = Supplier.objects.create(organisation=tenancy.org_a, name="Andere BV")
    client.force_login(tenancy.max)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url(tenancy.org_a, f"{other.pk}/delete/"))
    assert settings.MEDIA_ROOT.joinpath(document_a.file.name).is_file()


def test_list_shows_25_suppliers_a_page_with_the_search_and_sort_kept(client, tenancy):
    # 30 matching suppliers "Leverancier 01".."Leverancier 30" and one that does not match:
    # page 1 of 2 holds 01-25, page 2 the other five.
    for n in range(1, 31):
        Supplier.objects.create(organisation=tenancy.org_a, name=f"Leverancier {n:02d}")
    Supplier.objects.create(organisation=tenancy.org_a, name="Andere BV")
    client.force_login(tenancy.alice)
    first = client.get(url(tenancy.org_a), {"q": "leverancier", "sort": "name"})
    second = client.get(url(tenancy.org_a), {"q": "leverancier", "sort": "name", "page": "2"})
    assert [s.name for s in first.context["suppliers"]][::24] == [
        "Leverancier 01",
        "Leverancier 25",
    ]
    assert [s.name for s in second.context["suppliers"]] == [
        f"Leverancier {n}" for n in (26, 27, 28, 29, 30)
    ]
    assert 'href="?q=leverancier&amp;sort=name&amp;page=2"' in first.content.decode()


def test_list_page_counts_each_suppliers_engagements(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    suppliers = client.get(url(tenancy.org_a)).context["suppliers"]
    assert [(s.name, s.engagement_count) for s in suppliers] == [("Pixelwerf BV", 1)]
