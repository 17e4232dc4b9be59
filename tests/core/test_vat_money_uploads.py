import pytest

from vendorpact.core.money import format_eur
from vendorpact.core.uploads import UploadError, check_upload
from vendorpact.core.vat import VatError, display_vat, parse_vat

MB = 1024 * 1024


def test_belgian_enterprise_number_without_prefix():
    assert parse_vat("0712.345.630").full == "BE0712345630"


def test_belgian_number_displayed_with_dots():
    assert parse_vat("BE0712345630").display == "BE 0712.345.630"


def test_dutch_vat_number():
    assert parse_vat("NL004495445B01", "BE").country == "NL"


def test_wrong_check_digit_is_named():
    with pytest.raises(VatError) as error:
        parse_vat("BE0712345631")
    assert error.value.code == "vat.invalid_checksum"


def test_unsupported_country():
    with pytest.raises(VatError) as error:
        parse_vat("GB123456789")
    assert error.value.code == "vat.unsupported_country"


def test_amount_in_dutch():
    assert format_eur(1234.56, "nl") == "€ 1.234,56"


def test_amount_in_english():
    assert format_eur(1234567.5, "en") == "€1,234,567.50"


def test_pdf_upload_accepted():
    assert check_upload("offerte.pdf", 1000, b"%PDF-1.7\n", 25 * MB) == "application/pdf"


@pytest.mark.parametrize(
    ("name", "size", "head", "code"),
    [
        ("virus.exe", 10, b"MZ", "upload.bad_extension"),
        ("leeg.pdf", 0, b"", "upload.empty"),
        ("groot.pdf", 26 * MB, b"%PDF-", "upload.too_large"),
        ("fake.pdf", 10, b"<html>", "upload.content_mismatch"),
        ("fake.docx", 10, b"%PDF-", "upload.content_mismatch"),
    ],
)
def test_bad_uploads_name_the_problem(name, size, head, code):
    with pytest.raises(UploadError) as error:
        check_upload(name, size, head, 25 * MB)
    assert error.value.code == code


def test_stored_belgian_vat_number_is_shown_in_its_national_form():
    assert display_vat("BE0403170701") == "BE 0403.170.701"


def test_stored_dutch_vat_number_is_shown_as_stored():
    assert display_vat("NL004495445B01") == "NL004495445B01"


def test_unreadable_or_empty_vat_number_is_shown_as_stored():
    assert display_vat("BE12") == "BE12"
    assert display_vat("") == ""
