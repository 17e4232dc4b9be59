"""The signed copy of a final agreement: PAdES signatures checked with pyHanko, the copy
attached to the engagement and what it settles written into the checklist."""

import logging

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.agreements.signing import rotate_first_page, self_signed_signer, sign
from tests.conftest import login
from vendorpact.agreements import negotiation_services as negotiation
from vendorpact.agreements import services, signing_services
from vendorpact.agreements.models import SignedCopy
from vendorpact.agreements.signatures import check_pdf
from vendorpact.engagements.models import ChecklistEntry, Document, Engagement


@pytest.fixture(autouse=True)
def _quiet_pyhanko():
    # pyHanko logs a stack trace for every self-signed certificate it cannot trust
    logging.disable(logging.WARNING)
    yield
    logging.disable(logging.NOTSET)


@pytest.fixture(scope="module")
def client_signer():
    return self_signed_signer("An Claes")


@pytest.fixture(scope="module")
def supplier_signer():
    return self_signed_signer("Tom Verhaegen")


@pytest.fixture
def final(tenancy, draft):
    draft.articles.update(status="agreed")
    return negotiation.finalise(org=tenancy.org_a, actor=tenancy.max, draft=draft)


@pytest.fixture
def unsigned_pdf(final):
    return services.render(final, "pdf")


@pytest.fixture
def signed_by_both(unsigned_pdf, client_signer, supplier_signer):
    return sign(sign(unsigned_pdf, client_signer, "Client"), supplier_signer, "Supplier")


def _upload(tenancy, final, data, confirmed_by_hand=False):
    uploaded = SimpleUploadedFile("overeenkomst-getekend.pdf", data, "application/pdf")
    return signing_services.record_signed_copy(
        org=tenancy.org_a,
        actor=tenancy.max,
        draft=final,
        uploaded=uploaded,
        confirmed_by_hand=confirmed_by_hand,
    )


def test_two_signers_found_and_intact(signed_by_both):
    check = check_pdf(signed_by_both)
    assert check.signers == ["An Claes", "Tom Verhaegen"]
    assert check.signed_by_two and not check.changed
    assert check.outcome == "signature.two"


def test_pdf_changed_after_signing_is_reported_as_changed(signed_by_both):
    check = check_pdf(rotate_first_page(signed_by_both))
    assert check.changed
    assert check.outcome == "signature.changed"


def test_flipped_byte_in_signed_part_is_reported_as_changed(unsigned_pdf, client_signer):
    signed = bytearray(sign(unsigned_pdf, client_signer, "Client"))
    middle = len(unsigned_pdf) // 2
    signed[middle] ^= 0x01
    assert check_pdf(bytes(signed)).outcome == "signature.changed"


def test_unsigned_pdf_has_no_signatures(unsigned_pdf):
    assert check_pdf(unsigned_pdf).outcome == "signature.none"


def test_one_signature_is_not_two(unsigned_pdf, client_signer):
    check = check_pdf(sign(unsigned_pdf, client_signer, "Client"))
    assert (check.outcome, check.signed_by_two) == ("signature.one", False)


def test_signed_copy_makes_the_engagement_signed_by_both(tenancy, final, signed_by_both):
    copy, _check = _upload(tenancy, final, signed_by_both)
    engagement = Engagement.objects.get(pk=final.engagement_id)
    assert (engagement.agreed_how, engagement.general_terms) == ("signed_both", "negotiated")
    assert copy.document.engagement_id == engagement.pk
    assert copy.document.kind == "contract"
    assert (copy.digital, copy.signers) == (True, ["An Claes", "Tom Verhaegen"])


def test_settled_items_become_covered_with_the_article(tenancy, final, signed_by_both):
    article = final.articles.get(key="legal.governing_law#1")  # no checklist entry yet
    copy, _check = _upload(tenancy, final, signed_by_both)
    entry = ChecklistEntry.objects.get(engagement=final.engagement, item_id=article.key[:-2])
    assert entry.status == "covered"
    assert entry.evidence == f"Artikel {article.number} – {article.title}"
    assert entry.document == copy.document


def test_user_set_item_stays_as_it_is(tenancy, final, signed_by_both):
    # the fixture's open items were set by a person (source "user")
    entry = ChecklistEntry.objects.get(engagement=final.engagement, item_id="exit.data_return")
    _upload(tenancy, final, signed_by_both)
    entry.refresh_from_db()
    assert (entry.status, entry.evidence) == ("missing", "")


def test_analyser_item_is_overwritten(tenancy, final, signed_by_both):
    ChecklistEntry.objects.filter(
        engagement=final.engagement, item_id="maintenance.resolution_time"
    ).update(source="analyser")
    _upload(tenancy, final, signed_by_both)
    entry = ChecklistEntry.objects.get(
        engagement=final.engagement, item_id="maintenance.resolution_time"
    )
    assert entry.status == "covered"


def test_changed_pdf_is_refused_and_records_nothing(tenancy, final, signed_by_both):
    with pytest.raises(signing_services.SigningRefused) as refused:
        _upload(tenancy, final, rotate_first_page(signed_by_both), confirmed_by_hand=True)
    assert refused.value.code == "agreement.signature_changed"
    assert not SignedCopy.objects.exists() and not Document.objects.exists()
    assert Engagement.objects.get(pk=final.engagement_id).agreed_how == "signed_quote"


def test_unsigned_pdf_needs_confirmation_by_hand(tenancy, final, unsigned_pdf):
    with pytest.raises(signing_services.SigningRefused) as refused:
        _upload(tenancy, final, unsigned_pdf)
    assert refused.value.code == "agreement.signatures_missing"
    copy, _check = _upload(tenancy, final, unsigned_pdf, confirmed_by_hand=True)
    assert (copy.digital, copy.confirmed_by_hand) == (False, True)
    assert Engagement.objects.get(pk=final.engagement_id).agreed_how == "signed_both"


def test_only_a_final_version_is_signed(tenancy, draft, client_signer, supplier_signer):
    pdf = services.render(draft, "pdf")
    signed = sign(sign(pdf, client_signer, "Client"), supplier_signer, "Supplier")
    with pytest.raises(signing_services.SigningRefused) as refused:
        _upload(tenancy, draft, signed)
    assert refused.value.code == "agreement.not_final"


def test_page_reports_the_outcome_in_words(client, tenancy, final, signed_by_both):
    url = f"/o/{tenancy.org_a.slug}/agreement-drafts/{final.pk}/signed-copy/"
    changed = SimpleUploadedFile("getekend.pdf", rotate_first_page(signed_by_both))
    response = login(client, tenancy.max).post(url, {"file": changed}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert "changed after it was signed" in response.content.decode()


def test_member_cannot_upload_the_signed_copy(client, tenancy, final, signed_by_both):
    url = f"/o/{tenancy.org_a.slug}/agreement-drafts/{final.pk}/signed-copy/"
    upload = SimpleUploadedFile("getekend.pdf", signed_by_both)
    assert login(client, tenancy.alice).post(url, {"file": upload}).status_code == 403
    assert not SignedCopy.objects.exists()
