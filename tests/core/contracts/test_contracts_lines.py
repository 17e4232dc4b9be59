"""PDF text layers: wrapped lines joined into sentences, hyphenation, running footers."""

from vendorpact.core.contracts.lines import join_lines, running_lines
from vendorpact.core.contracts.structure import build_structure


def sentences_of(*pages: str) -> list[str]:
    return [s.text for s in build_structure(list(pages)).sentences]


def test_wrapped_numbered_clause_is_one_sentence_not_a_heading():
    structure = build_structure(
        [
            "1.1 De Leverancier beheert en ondersteunt de servers, het netwerk en de 35\n"
            "werkplekken van de Klant in zijn zes filialen.\n"
        ]
    )
    assert [(s.text, s.is_heading, s.clause) for s in structure.sentences] == [
        (
            "1.1 De Leverancier beheert en ondersteunt de servers, het netwerk en de 35 "
            "werkplekken van de Klant in zijn zes filialen.",
            False,
            "1.1",
        )
    ]


def test_amount_cut_after_the_euro_sign_is_joined():
    text = "2.2 Meerwerk wordt aangerekend aan een uurtarief van €\n95,00 excl. btw.\n"
    assert sentences_of(text) == [
        "2.2 Meerwerk wordt aangerekend aan een uurtarief van € 95,00 excl. btw."
    ]


def test_number_at_line_start_after_a_cut_line_is_no_clause():
    structure = build_structure(
        ["2.1 Les frais de mise en service s'élèvent à\n1 200,00 € HTVA, payables une fois.\n"]
    )
    assert [s.clause for s in structure.sentences] == ["2.1"]


def test_line_ending_in_an_abbreviation_does_not_end_the_sentence():
    text = "De vergoeding bedraagt € 450,00 excl.\nbtw per maand en wordt vooraf gefactureerd.\n"
    assert sentences_of(text) == [
        "De vergoeding bedraagt € 450,00 excl. btw per maand en wordt vooraf gefactureerd."
    ]


def test_line_end_hyphenation_is_undone():
    assert join_lines(["la maintenance corrective et pré-", "ventive du parc"]) == (
        "la maintenance corrective et préventive du parc"
    )


def test_hyphen_standing_for_a_repeated_word_part_is_kept():
    assert join_lines(["de reactie-", "en oplostijden"]) == "de reactie- en oplostijden"


def test_hyphen_in_a_compound_with_capitals_is_kept():
    assert join_lines(["de documentatie van de IT-", "omgeving"]) == (
        "de documentatie van de IT-omgeving"
    )


def test_running_footer_repeated_on_every_page_is_found():
    pages = [
        ["Artikel 1 – Voorwerp", "Tekst.", "NetCare NV – pagina 1 van 3"],
        ["Artikel 4 – Team", "Tekst.", "NetCare NV – pagina 2 van 3"],
        ["Bijlage 1 – SLA", "Tekst.", "NetCare NV – pagina 3 van 3"],
    ]
    assert running_lines(pages) == {"NetCare NV – pagina # van #"}


def test_running_footer_is_left_out_of_the_sentences():
    pages = [
        "Artikel 1 – Duur\nDe overeenkomst loopt een jaar\nACME NV – pagina 1 van 2",
        "en wordt stilzwijgend verlengd.\nACME NV – pagina 2 van 2",
    ]
    assert not any("pagina" in text for text in sentences_of(*pages))


def test_table_rows_with_a_priority_label_are_sentences_of_their_own():
    text = (
        "Prioriteit Reactietijd Oplostijd\n"
        "P1 – kritiek 1 werkuur 4 werkuren\n"
        "P2 – hoog 2 werkuren 8 werkuren\n"
    )
    assert sentences_of(text) == [
        "Prioriteit Reactietijd Oplostijd",
        "P1 – kritiek 1 werkuur 4 werkuren",
        "P2 – hoog 2 werkuren 8 werkuren",
    ]


def test_signature_blocks_start_sentences_of_their_own():
    text = (
        "Opgemaakt te Gent in twee exemplaren.\nVoor de Klant\nAn Peeters, zaakvoerder\n"
        "Voor de Leverancier\nJan Maes, bestuurder\n"
    )
    assert sentences_of(text)[1:] == [
        "Voor de Klant An Peeters, zaakvoerder",
        "Voor de Leverancier Jan Maes, bestuurder",
    ]


def test_reference_to_an_annex_at_a_line_start_does_not_open_the_annex():
    text = (
        "This Order Form is governed by the Cloudline Terms of Service version 4.2 attached as\n"
        "Schedule 2. If this Order Form conflicts with the Terms, this Order Form prevails.\n"
        "1. Fees\n"
    )
    assert [s.clause for s in build_structure([text]).sentences] == ["", "", "1"]


def test_lone_clause_number_is_not_a_sentence():
    assert sentences_of("1. De servicedesk is bereikbaar op werkdagen.\n") == [
        "De servicedesk is bereikbaar op werkdagen."
    ]
