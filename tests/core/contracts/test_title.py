"""A document's own title, for letters that must not show upload file names."""

from vendorpact.core.contracts.title import document_title


def test_first_line_is_the_title():
    pages = ["\n  Algemene voorwaarden NetCare Solutions NV\nArtikel 1 – Toepassing\n1.1 ..."]
    assert document_title(pages) == "Algemene voorwaarden NetCare Solutions NV"


def test_markdown_heading_marks_are_left_out():
    assert document_title(["# **Service Level Agreement**\n1. Scope"]) == "Service Level Agreement"


def test_a_document_opening_with_a_clause_has_no_title():
    assert document_title(["1.1 Le Prestataire garantit une disponibilité de 99,5 %."]) == ""


def test_a_document_opening_with_a_sentence_has_no_title():
    assert document_title(["Hierbij bevestigen wij uw bestelling van vandaag."]) == ""


def test_empty_pages_are_skipped():
    assert document_title(["", "\n", "CONTRAT DE MAINTENANCE\nArticle 1"]) == (
        "CONTRAT DE MAINTENANCE"
    )
