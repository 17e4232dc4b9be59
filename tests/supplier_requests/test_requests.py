from vendorpact.supplier_requests.models import ContextShareLink, SupplierRequest

WELL_BRIEFED = {
    "kind": "incident",
    "subject": "Betaling mislukt bij click & collect",
    "what_happened": "Klanten krijgen een foutmelding 'payment declined' na het kiezen van een "
    "filiaal, ook met geldige kaarten.",
    "system": "Webshop",
    "environment": "productie",
    "url": "https://shop.verhaegen.example/checkout",
    "since_when": "maandag 9u",
    "frequency": "always",
    "business_impact": "Geen online bestellingen meer: ongeveer 40 per dag.",
    "impact": "blocking",
    "urgency": "immediate",
    "steps_to_reproduce": "1. Product in mandje 2. Filiaal Gent kiezen 3. Betalen met Bancontact",
    "expected_result": "Bevestiging van de bestelling",
    "actual_result": "Foutmelding en geen bestelling",
    "already_tried": "Andere browser en kaart geprobeerd",
    "contact_person": "Lotte Verhaegen",
    "contact_details": "+32 9 555 12 12",
    "contact_availability": "werkdagen 7u-15u",
    "attachments": "screenshot-fout.png",
    "language": "nl",
    "include_context_link": "on",
}


def url(org, suffix):
    return f"/o/{org.slug}/{suffix}"


def test_live_score_lists_what_is_missing_and_why(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    response = client.post(
        url(tenancy.org_a, f"engagements/{engagement_a.pk}/requests/score/"),
        {"kind": "incident", "what_happened": "Het werkt niet", "language": "en"},
        HTTP_HX_REQUEST="true",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Which steps lead to the problem?" in body
    assert 'data-field="steps_to_reproduce"' in body


def test_live_score_of_a_full_brief_is_100(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    response = client.post(
        url(tenancy.org_a, f"engagements/{engagement_a.pk}/requests/score/"), WELL_BRIEFED
    )
    assert 'data-score="100"' in response.content.decode()


def test_saved_request_keeps_score_and_contract_priority(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    response = client.post(
        url(tenancy.org_a, f"engagements/{engagement_a.pk}/requests/new/"), WELL_BRIEFED
    )
    saved = SupplierRequest.objects.get()
    assert response.status_code == 302
    assert (saved.score, saved.priority_code, saved.finding_codes) == (100, "P1", [])


def test_context_link_is_created_for_the_supplier_and_put_in_the_message(
    client, tenancy, engagement_a
):
    client.force_login(tenancy.alice)
    client.post(url(tenancy.org_a, f"engagements/{engagement_a.pk}/requests/new/"), WELL_BRIEFED)
    saved = SupplierRequest.objects.get()
    link = ContextShareLink.objects.get()
    assert link.supplier == engagement_a.supplier
    assert "/shared/context/" in saved.context_sheet_url
    assert client.get(saved.context_sheet_url).status_code == 200


def test_detail_renders_english_text_and_mailto_for_supplier_contact(client, tenancy, engagement_a):
    contact = engagement_a.supplier.contacts.first()
    contact.email = "sofie@pixelwerf.example"
    contact.save()
    client.force_login(tenancy.alice)
    client.post(url(tenancy.org_a, f"engagements/{engagement_a.pk}/requests/new/"), WELL_BRIEFED)
    saved = SupplierRequest.objects.get()
    page = client.get(url(tenancy.org_a, f"requests/{saved.pk}/?lang=en")).content.decode()
    assert "Steps to reproduce:" in page
    assert "mailto:sofie@pixelwerf.example?subject=" in page


def test_poor_brief_is_stored_with_its_low_score(client, tenancy, engagement_a):
    client.force_login(tenancy.alice)
    client.post(
        url(tenancy.org_a, f"engagements/{engagement_a.pk}/requests/new/"),
        {"kind": "incident", "what_happened": "Webshop kapot", "language": "nl"},
    )
    saved = SupplierRequest.objects.get()
    assert saved.score < 30
    assert "request.steps_to_reproduce_missing" in saved.finding_codes


def test_viewer_cannot_compose(client, tenancy, engagement_a):
    client.force_login(tenancy.vera)
    response = client.get(url(tenancy.org_a, f"engagements/{engagement_a.pk}/requests/new/"))
    assert response.status_code == 403


def with_sla(tenancy, engagement):
    from vendorpact.sla.models import SlaTerms

    policy = {
        "priorities": {
            "P1": {
                "response": {"minutes": 60, "clock": "business"},
                "resolution": {"minutes": 480, "clock": "business"},
            },
            "P3": {"response": {"minutes": 480, "clock": "business"}},
        }
    }
    SlaTerms.objects.create(organisation=tenancy.org_a, engagement=engagement, policy=policy)


def test_priority_comes_from_the_engagements_sla(tenancy, engagement_a):
    from vendorpact.supplier_requests.services import compose

    with_sla(tenancy, engagement_a)
    composed = compose(
        engagement_a, {"impact": "blocking", "urgency": "immediate", "language": "nl"}
    )
    assert composed.priorities_from_sla
    assert (
        "contract: P1 (reactie binnen 1 u werktijd, oplossing binnen 8 u werktijd)"
        in composed.rendered.body
    )


def test_low_level_maps_to_the_lowest_sla_priority(tenancy, engagement_a):
    from vendorpact.supplier_requests.services import compose

    with_sla(tenancy, engagement_a)
    composed = compose(engagement_a, {"impact": "cosmetic", "urgency": "later"})
    assert composed.priority.contract_priority.code == "P3"
