"""Plain-text e-mails and offers wrap their sentences at 60-80 characters: the halves of a
wrapped sentence are one sentence, while headings, list items, key-value lines and rows stay
apart (round nl19)."""

from vendorpact.core.contracts.structure import build_structure


def sentences_of(text: str) -> list[str]:
    return [sentence.text for sentence in build_structure([text]).sentences]


# a line much wider than the wrapped text (a header with the client's details): the page's own
# width test does not see the wrapped lines as wide
WIDE_LINE = (
    "Onderwerp: offerte onderhoud | Bakkerij Janssens bv | Kerkstraat 12 | 2000 Antwerpen | "
    "BE 0123.456.789 | jan@janssens.be"
)


def test_a_wrapped_dutch_line_before_a_number_and_a_name_stays_in_its_sentence():
    text = (
        WIDE_LINE + "\n\n"
        "Zoals besproken stuur ik je hierbij onze prijsofferte voor het onderhoud\n"
        "van de servers en de werkplekken. Bij een storing voorzien we een reactie\n"
        "binnen 4 werkuren, en we zetten er meteen een technieker op. We installeren\n"
        "2 Microsoft 365-licenties voor de boekhouding en de verkoop, die we apart\n"
        "aanrekenen.\n"
    )
    assert (
        "We installeren 2 Microsoft 365-licenties voor de boekhouding en de verkoop, die we "
        "apart aanrekenen." in sentences_of(text)
    )


def test_a_wrapped_french_line_before_a_number_stays_in_its_sentence():
    text = (
        WIDE_LINE + "\n\n"
        "Comme convenu, voici notre offre pour la maintenance de vos serveurs et\n"
        "de vos postes de travail. En cas de panne, nous intervenons dans les quatre\n"
        "heures ouvrables et nous envoyons un technicien sur place. Nous installons\n"
        "12 Postes Dell avec leur licence Windows, que nous facturons séparément.\n"
    )
    assert (
        "Nous installons 12 Postes Dell avec leur licence Windows, que nous facturons "
        "séparément." in sentences_of(text)
    )


def test_a_wrapped_english_line_before_a_priority_stays_in_its_sentence():
    text = (
        "As agreed, we offer you the maintenance of the servers with a hotline for\n"
        "priority 1 incidents on Saturdays and Sundays from 9:00 to 17:00.\n"
    )
    assert sentences_of(text) == [
        "As agreed, we offer you the maintenance of the servers with a hotline for priority 1 "
        "incidents on Saturdays and Sundays from 9:00 to 17:00."
    ]


def test_a_lowercase_party_label_after_an_open_line_goes_on():
    text = (
        "Bij het einde draagt de leverancier alle documentatie over en zorgt zonder kosten\n"
        "voor de Klant voor een volledige overdracht van het dossier.\n"
    )
    assert len(sentences_of(text)) == 1


def test_a_short_numbered_heading_after_a_wrapped_paragraph_stays_a_heading():
    text = (
        WIDE_LINE + "\n\n"
        "Onze voorwaarden zijn de volgende, en ze gelden voor de hele looptijd van\n"
        "het contract, ook als de diensten tussentijds worden uitgebreid of beperkt\n"
        "2 Prijs\n"
        "De prijs is vast.\n"
    )
    structure = build_structure([text])
    heading = [s for s in structure.sentences if s.is_heading]
    assert [s.text for s in heading] == ["2 Prijs"]


def test_list_items_key_value_lines_and_priority_rows_stay_apart():
    text = (
        "Wat is inbegrepen in de prijs die we je hierbij voorstellen voor het onderhoud\n"
        "- back-ups van de server en de werkplekken\n"
        "Prijs: € 450,00\n"
        "Reactietijden voor de meldingen die we binnen de kantooruren ontvangen\n"
        "P1 - alles ligt stil: reactie binnen 1 uur\n"
        "P2 - hinder: reactie binnen 4 uur\n"
    )
    assert sentences_of(text) == [
        "Wat is inbegrepen in de prijs die we je hierbij voorstellen voor het onderhoud",
        "- back-ups van de server en de werkplekken",
        "Prijs: € 450,00",
        "Reactietijden voor de meldingen die we binnen de kantooruren ontvangen",
        "P1 - alles ligt stil: reactie binnen 1 uur",
        "P2 - hinder: reactie binnen 4 uur",
    ]


def test_a_signature_label_after_a_finished_line_stays_apart():
    text = "Opgemaakt te Gent op 3 december 2026\nVoor de Klant\nJan Peeters\n"
    assert "Opgemaakt te Gent op 3 december 2026" in sentences_of(text)
