"""Figures of OTHER agreements (recitals about an earlier contract, the previous agreement) are
not the contract's figures; the figures that are reported quote their own sentence."""

import docx

from vendorpact.core.contracts import analyse_file, analyse_text, result_to_dict
from vendorpact.core.contracts.recitals import other_agreement_spans

EN = """MAINTENANCE AGREEMENT

Whereas the parties concluded an agreement on 1 January 2019 for a term of 36 months with a \
warranty of 6 months and a monthly fee of EUR 2,000, which expired on 31 December 2021.

1. Term
1.1 This Agreement is concluded for an initial term of 24 months.

2. Fees
2.1 The Customer shall pay a monthly maintenance fee of EUR 1,200 excluding VAT.

3. Warranty
3.1 The Supplier warrants the software for 3 months after acceptance.
"""

NL = """ONDERHOUDSOVEREENKOMST

Overwegende dat partijen op 1 maart 2018 een onderhoudsovereenkomst sloten voor een looptijd \
van 48 maanden met een garantietermijn van 12 maanden, die op 28 februari 2022 is verstreken.

Artikel 1 Looptijd
1.1 Deze overeenkomst wordt aangegaan voor een duur van 12 maanden.

Artikel 2 Betaling
2.1 Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.

Artikel 3 Garantie
3.1 De Leverancier garandeert de goede werking gedurende 6 maanden na oplevering.
"""

FR = """CONTRAT DE MAINTENANCE

Considérant que les parties ont conclu le 1er janvier 2019 un contrat de maintenance d'une \
durée de 36 mois, payable à 60 jours, qui a expiré le 31 décembre 2021 ;

Article 1 Durée
1.1 Le présent contrat est conclu pour une durée de 24 mois à compter de sa signature.

Article 2 Paiement
2.1 Les factures sont payables à 45 jours.
"""


def figures_of(text: str) -> dict:
    return result_to_dict(analyse_text(text))["figures"]


def test_english_recital_term_is_not_the_contract_term():
    assert figures_of(EN)["contract_term_months"] == 24


def test_english_recital_warranty_is_not_the_contract_warranty():
    assert figures_of(EN)["warranty_days"] == 90


def test_english_recital_fee_is_not_one_of_the_contract_amounts():
    assert [a["amount"] for a in figures_of(EN)["amounts"]] == [1200]


def test_dutch_recital_term_and_warranty_are_ignored():
    figures = figures_of(NL)
    assert (figures["contract_term_months"], figures["warranty_days"]) == (12, 180)


def test_french_recital_term_and_payment_term_are_ignored():
    figures = figures_of(FR)
    assert (figures["contract_term_months"], figures["payment_term_days"]) == (24, 45)


def test_recitals_under_a_heading_without_whereas_are_ignored():
    text = (
        "BACKGROUND\n\n"
        "(A) The parties were bound by an earlier agreement for a term of 60 months, which "
        "expired on 30 June 2023.\n\n"
        "1. Term\n"
        "1.1 This Agreement shall continue for a period of 36 months.\n"
    )
    assert figures_of(text)["contract_term_months"] == 36


def test_previous_agreement_mentioned_in_a_clause_is_ignored():
    text = (
        "1. Term\n"
        "1.1 Under the previous agreement the term was 60 months.\n"
        "1.2 This Agreement is concluded for a term of 12 months.\n"
    )
    assert figures_of(text)["contract_term_months"] == 12


def test_sentence_that_turns_to_this_agreement_keeps_its_figure():
    text = (
        "1.1 This Agreement replaces the previous agreement and this Agreement is concluded "
        "for a term of 18 months.\n"
    )
    assert figures_of(text)["contract_term_months"] == 18


def test_span_starts_where_the_previous_agreement_is_named():
    text = "the term is 12 months, while the previous agreement ran for 36 months."
    spans = other_agreement_spans(text)
    assert [text[start:end] for start, end in spans] == [
        ", while the previous agreement ran for 36 months."
    ]


def test_french_previous_contract_named_after_its_noun():
    text = "le contrat précédent avait une durée de 48 mois."
    assert other_agreement_spans(text) == [(0, len(text))]


def test_sentence_about_this_agreement_has_no_span():
    text = "this agreement is concluded for a term of 36 months and renews for 12 months."
    assert other_agreement_spans(text) == []


def test_prior_written_notice_is_no_other_agreement():
    text = "either party may terminate with 3 months' prior written notice."
    assert other_agreement_spans(text) == []


def test_recital_in_docx_is_ignored(tmp_path):
    document = docx.Document()
    document.add_paragraph("CONTRAT DE SERVICES")
    document.add_paragraph(
        "Considérant que le contrat précédent, conclu pour une durée de 36 mois avec une "
        "garantie de 12 mois, est arrivé à son terme ;"
    )
    document.add_paragraph("Article 1 Durée")
    document.add_paragraph("Le présent contrat est conclu pour une durée de 24 mois.")
    path = tmp_path / "contrat.docx"
    document.save(path)
    figures = result_to_dict(analyse_file(path))["figures"]
    assert (figures["contract_term_months"], figures["warranty_days"]) == (24, None)


def test_evidence_of_each_figure_is_the_sentence_it_came_from():
    figures = figures_of(EN)
    assert figures["evidence"]["contract_term_months"]["text"] == (
        "1.1 This Agreement is concluded for an initial term of 24 months."
    )
    assert figures["evidence"]["warranty_days"]["text"] == (
        "3.1 The Supplier warrants the software for 3 months after acceptance."
    )
    assert figures["amounts"][0]["evidence"]["text"] == (
        "2.1 The Customer shall pay a monthly maintenance fee of EUR 1,200 excluding VAT."
    )


def test_evidence_of_a_price_table_row_is_that_row_only():
    text = (
        "Article 4 Tarifs\n"
        "Les prestations sont facturées comme suit\n"
        "Mise en service | 1 500,00 € | une seule fois\n"
        "Abonnement | 290,00 € | par mois\n"
    )
    evidence = [a["evidence"]["text"] for a in figures_of(text)["amounts"]]
    assert evidence == [
        "Mise en service | 1 500,00 € | une seule fois",
        "Abonnement | 290,00 € | par mois",
    ]


def test_evidence_of_a_figure_late_in_a_long_sentence_quotes_where_it_stands():
    sentence = (
        "9.1 Except in the case of fraud, wilful misconduct, gross negligence, death or personal "
        "injury caused by negligence, breach of the confidentiality obligations or the data "
        "protection obligations set out in this Agreement, or any other liability that cannot be "
        "limited or excluded under the applicable law, the total aggregate liability of the "
        "Supplier arising out of or in connection with this Agreement, whether in contract, tort "
        "or otherwise, shall not exceed EUR 1,250,000 in any contract year."
    )
    quoted = figures_of(sentence + "\n")["amounts"][0]["evidence"]["text"]
    assert len(sentence) > 300
    assert quoted.startswith("…") and "EUR 1,250,000" in quoted and quoted.strip("…") in sentence


def test_definition_of_the_prior_agreement_gives_no_term():
    text = (
        "1. Definitions\n"
        '1.1 "Prior Agreement" means the hosting agreement between the parties dated 1 May 2017 '
        "for a term of 36 months.\n"
        "2. Term\n"
        "2.1 This Agreement shall remain in effect for a period of 12 months.\n"
    )
    assert figures_of(text)["contract_term_months"] == 12


def test_dutch_definition_of_the_previous_agreement_gives_no_term():
    text = (
        "1. Definities\n"
        '1.1 "Vorige Overeenkomst": de onderhoudsovereenkomst van 1 mei 2017 met een looptijd '
        "van 36 maanden.\n\n"
        "2. Duur\n"
        "2.1 Deze overeenkomst wordt gesloten voor een duur van 24 maanden.\n"
    )
    assert figures_of(text)["contract_term_months"] == 24


def test_prior_agreement_as_consent_is_no_other_agreement():
    text = "the term of 12 months may only be extended with the prior agreement of the customer."
    assert other_agreement_spans(text) == []
