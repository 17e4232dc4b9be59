"""Search from the header: scoped to the organisation of the URL, case- and accent-insensitive."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.concerns.factories import make_concern
from tests.conftest import minimal_pdf
from tests.supplier_requests.factories import make_request
from vendorpact.analysis.models import Analysis
from vendorpact.analysis.services import request_analysis, run_analysis
from vendorpact.engagements.services import upload_document
from vendorpact.suppliers.models import Supplier
from vendorpact.web.search import search


def test_supplier_found_without_accents_and_in_other_case(tenancy):
    Supplier.objects.create(organisation=tenancy.org_a, name="Café Noël BV", city="Brugge")
    _, groups = search(tenancy.org_a, "CAFE noel")
    assert [(g.key, [h.title for h in g.hits]) for g in groups] == [("suppliers", ["Café Noël BV"])]


def test_accented_query_finds_plain_text(tenancy, engagement_a):
    engagement_a.description = "Nieuwe webshop met betaalmodule"
    engagement_a.save()
    _, groups = search(tenancy.org_a, "Bétaalmodule")
    assert [g.key for g in groups] == ["engagements"]
    assert groups[0].hits[0].snippet == "Nieuwe webshop met betaalmodule"


def test_document_found_by_analysed_text(tenancy, engagement_a, document_a):
    Analysis.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement_a,
        document=document_a,
        state="done",
        text="De leverancier draagt de broncode over bij het einde.",
    )
    _, groups = search(tenancy.org_a, "broncode")
    assert [(g.key, g.hits[0].title) for g in groups] == [("documents", "contract.pdf")]


def test_document_found_by_file_name_without_analysis(tenancy, document_a):
    _, groups = search(tenancy.org_a, "contract.pdf")
    assert [g.key for g in groups] == ["documents"]


def test_concerns_and_requests_are_found(tenancy, engagement_a):
    make_concern(tenancy, engagement_a)  # "Opleveringen schuiven telkens op"
    make_request(tenancy, engagement_a)  # "Kunnen we de levertijden aanpassen?"
    _, concerns = search(tenancy.org_a, "opleveringen")
    _, requests = search(tenancy.org_a, "levertijden")
    assert [g.key for g in concerns] == ["concerns"]
    assert [g.key for g in requests] == ["requests"]


def test_results_are_limited_per_kind_with_the_full_count(tenancy):
    for number in range(4):
        Supplier.objects.create(organisation=tenancy.org_a, name=f"Drukkerij {number}")
    _, groups = search(tenancy.org_a, "drukkerij", limit=3)
    assert (groups[0].count, len(groups[0].hits), groups[0].more) == (4, 3, 1)


def test_one_letter_searches_nothing(tenancy, supplier_a):
    assert search(tenancy.org_a, "p")[1] == []


def test_percent_sign_is_not_a_wildcard(tenancy, supplier_a):
    assert search(tenancy.org_a, "%%")[1] == []


@pytest.mark.parametrize("language", ["nl", "en", "fr"])
def test_search_page_lists_groups_with_links(client, tenancy, supplier_a, language):
    client.force_login(tenancy.alice)
    client.cookies["django_language"] = language
    response = client.get(f"/o/{tenancy.org_a.slug}/search/", {"q": "pixelwerf"})
    assert response.status_code == 200
    assert f'href="/o/{tenancy.org_a.slug}/suppliers/{supplier_a.pk}/"' in response.text


def test_search_page_in_dutch_says_nothing_found(client, tenancy):
    client.force_login(tenancy.alice)
    client.cookies["django_language"] = "nl"
    response = client.get(f"/o/{tenancy.org_a.slug}/search/", {"q": "boekhouding"})
    assert "Niets gevonden voor “boekhouding”." in response.text


def test_analysed_document_is_found_by_a_word_of_its_text(tenancy, engagement_a):
    uploaded = SimpleUploadedFile(
        "scan-0042.pdf", minimal_pdf("Onderhoudscontract Pixelwerf"), "application/pdf"
    )
    document = upload_document(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        uploaded=uploaded,
        kind="contract",
    )
    run_analysis(request_analysis(org=tenancy.org_a, actor=tenancy.alice, document=document).pk)
    _, groups = search(tenancy.org_a, "onderhoudscontract")
    assert [(g.key, g.hits[0].title) for g in groups] == [("documents", "scan-0042.pdf")]


def test_header_has_a_labelled_search_box_for_the_current_organisation(client, tenancy):
    client.force_login(tenancy.alice)
    response = client.get(f"/o/{tenancy.org_a.slug}/")
    assert f'action="/o/{tenancy.org_a.slug}/search/"' in response.text
    assert '<label class="visually-hidden" for="header-search">' in response.text
