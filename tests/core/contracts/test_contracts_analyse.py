"""The public entry points and the stable JSON shape."""

import json

import pytest

from vendorpact.core.checklist import ITEM_IDS, ITEMS_BY_ID, RISK_IDS
from vendorpact.core.contracts import DocumentError, analyse_file, analyse_text, result_to_dict
from vendorpact.core.contracts.kind import infer_kind
from vendorpact.core.contracts.language import detect_language
from vendorpact.core.contracts.structure import build_structure

FIGURE_KEYS = {
    "notice_period_days", "contract_term_months", "renewal_term_months", "payment_term_days",
    "warranty_days", "availability_percent", "amounts", "response_times", "resolution_times",
    "liability_cap",
}  # fmt: skip


def test_json_has_every_field_and_one_entry_per_item(fixture_path):
    result = result_to_dict(analyse_file(fixture_path("nl_onderhoudscontract_sla.txt")))
    assert {"file", "language", "kind", "pages", "items", "risks", "figures", "questions"} <= set(
        result
    )
    assert [item["id"] for item in result["items"]] == list(ITEM_IDS)
    assert set(result["items"][0]) == {"id", "status", "expected", "confidence", "evidence"}
    assert set(result["figures"]) >= FIGURE_KEYS
    assert all(risk["id"] in RISK_IDS for risk in result["risks"])
    json.dumps(result)


def test_items_not_expected_for_the_kind_are_marked(fixture_path):
    result = result_to_dict(analyse_file(fixture_path("nl_onderhoudscontract_sla.txt"), kind="tm"))
    for item in result["items"]:
        assert item["expected"] == ITEMS_BY_ID[item["id"]].is_expected("tm")


def test_questions_only_for_expected_missing_or_partial_items_and_risks():
    result = result_to_dict(analyse_text("Onze algemene voorwaarden primeren.", kind="project"))
    asked = {q["id"] for q in result["questions"]}
    expected_gaps = {i["id"] for i in result["items"] if i["expected"] and i["status"] != "covered"}
    assert asked == expected_gaps | {r["id"] for r in result["risks"]}


def test_forced_language_is_used_for_questions():
    result = result_to_dict(analyse_text("The price is EUR 100.", lang="nl"))
    assert result["language"] == "nl"
    assert "Het document regelt" in result["questions"][0]["text"]


def test_unknown_kind_is_rejected():
    with pytest.raises(ValueError):
        analyse_text("text", kind="consulting")


def test_empty_text_is_a_document_error():
    with pytest.raises(DocumentError):
        analyse_text(["", "  "])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De leverancier zal de dienst leveren aan de klant volgens deze overeenkomst.", "nl"),
        ("The supplier shall provide the services to the customer under this agreement.", "en"),
        ("Le prestataire fournit les services au client selon les conditions du contrat.", "fr"),
    ],
)
def test_language_detection(text, language):
    assert detect_language(text) == language


def test_kind_inference_for_hosting():
    blob = "hosting agreement. the provider hosts the platform with 99.9% availability."
    assert infer_kind(blob, title="web hosting agreement") == "saas"


def test_structure_keeps_clause_numbers_headings_and_pages():
    structure = build_structure(
        ["Article 12 – Termination\nEither party may terminate.", "Bijlage 2 – SLA\n1. Support."]
    )
    first, second = structure.sentences[1], structure.sentences[3]
    assert (first.page, first.clause, first.heading) == (1, "12", "Article 12 Termination")
    assert (second.page, second.clause) == (2, "Bijlage 2, 1")
    assert structure.sentences[2].heading.startswith("Bijlage 2")


def test_section_in_another_language_is_reported():
    dutch = (
        "Artikel 1 – Voorwerp\n"
        + "De leverancier levert de diensten aan de klant volgens deze overeenkomst en zal "
        "de werken uitvoeren met de nodige zorg. " * 6
    )
    english = (
        "\nAnnex 1 – Service Level Agreement\n"
        + "The supplier shall provide the support services to the customer within the "
        "response times of this annex. " * 6
    )
    result = analyse_text(dutch + english)
    assert result.language == "nl"
    assert result.section_languages == {"Annex 1 Service Level Agreement": "en"}


def test_exhibit_title_at_the_top_is_not_an_annex():
    structure = build_structure(
        ["EXHIBIT 10.27\nHOSTING AGREEMENT\n13.1 Either party may terminate."]
    )
    assert structure.sentences[-1].clause == "13.1"
