"""Sentences that run over a page break: a PDF ends a page in mid-sentence, prints a footer and
a page number, and goes on at the top of the next page. The sentence is one sentence again
(on the page where it starts); clauses, headings and table rows that start a page stay apart."""

from vendorpact.core.contracts.detectors.contacts import GOVERNANCE, find_contacts
from vendorpact.core.contracts.extraction import extract_file
from vendorpact.core.contracts.structure import build_structure

FOOTER = "Master Services Agreement - Northwind BV - confidential"


def texts(pages: list[str]) -> list[str]:
    return [sentence.text for sentence in build_structure(pages).sentences]


def test_sentence_across_a_page_break_with_footer_and_page_number_is_one_sentence():
    pages = [
        f"4. Customer obligations\nThe Customer shall appoint a liaison who\n{FOOTER}\n- 1 -",
        f"will coordinate all service requests with the Supplier.\n{FOOTER}\n- 2 -",
    ]
    assert (
        "The Customer shall appoint a liaison who will coordinate all service requests with "
        "the Supplier." in texts(pages)
    )


def test_dutch_sentence_across_a_page_break_with_page_x_of_y_is_one_sentence():
    pages = [
        "Artikel 6 - Facturatie\nDe Leverancier factureert de vergoedingen maandelijks\n"
        "Pagina 1 van 2",
        "na afloop van de maand waarin de diensten werden geleverd.\nPagina 2 van 2",
    ]
    assert (
        "De Leverancier factureert de vergoedingen maandelijks na afloop van de maand waarin de "
        "diensten werden geleverd." in texts(pages)
    )


def test_sentence_going_on_with_a_number_is_one_sentence():
    pages = [
        "7.1 Invoices are payable within\nPage 1/2",
        "30 days of the invoice date.\nPage 2/2",
    ]
    assert "7.1 Invoices are payable within 30 days of the invoice date." in texts(pages)


def test_joined_sentence_keeps_the_page_where_it_starts():
    pages = [
        "9. Support\nSupport requests are handled by the service desk, which\n3",
        "answers within four business hours. Urgent requests are escalated by phone.\n4",
    ]
    sentences = build_structure(pages).sentences
    pages_of = {sentence.text: sentence.page for sentence in sentences}
    joined = (
        "Support requests are handled by the service desk, which answers within four "
        "business hours."
    )
    assert pages_of[joined] == 1
    assert pages_of["Urgent requests are escalated by phone."] == 2


def test_numbered_clause_at_the_top_of_a_page_stays_a_clause_of_its_own():
    pages = [
        "5. Fees\n5.1 The fees for the hosting services are set out in Annex 2 and\n- 1 -",
        "5.2 The Supplier may index the fees once a year.\n- 2 -",
    ]
    sentences = build_structure(pages).sentences
    indexed = [s for s in sentences if s.text.startswith("5.2")]
    assert [(s.text, s.clause, s.page) for s in indexed] == [
        ("5.2 The Supplier may index the fees once a year.", "5.2", 2)
    ]


def test_heading_at_the_top_of_a_page_stays_a_heading():
    pages = [
        "6. Warranty\nThe Supplier warrants that the software conforms to the documentation\n1",
        "TERMINATION\nEither party may terminate this Agreement for material breach.\n2",
    ]
    headings = [s.text for s in build_structure(pages).sentences if s.is_heading]
    assert headings == ["6. Warranty", "TERMINATION"]


def test_table_row_at_the_end_of_a_page_is_not_glued_to_the_next_page():
    pages = [
        "Service levels\nPriority | Response time\nP1 | 1 hour\nP2 | 4 hours\n1",
        "within the agreed service window the Supplier reports monthly.\n2",
    ]
    assert "P2 | 4 hours" in texts(pages)


def test_time_row_at_the_end_of_a_page_is_not_glued_to_the_next_page():
    pages = [
        "Service levels\nResponse time 1 hour 4 hours 1 business day\n1",
        "measured from the moment the ticket is registered by the service desk.\n2",
    ]
    assert "Response time 1 hour 4 hours 1 business day" in texts(pages)


def test_finished_sentence_at_the_end_of_a_page_is_not_glued():
    pages = [
        "3. Term\nThis Agreement enters into force on the Effective Date.\n1",
        "renewal notices are sent by registered letter.\n2",
    ]
    assert "This Agreement enters into force on the Effective Date." in texts(pages)


def test_bare_page_number_is_not_a_sentence():
    pages = ["2. Scope\nThe Supplier hosts the application.\n- 1 -", "Page 2 of 2"]
    assert texts(pages) == ["2. Scope", "The Supplier hosts the application."]


def _two_page_governance_pdf(pdf_file):
    page_one = [
        "MASTER SERVICES AGREEMENT",
        "8. Governance",
        "8.1 The Supplier reports on the service levels every month. Each party shall appoint",
        FOOTER,
        "Page 1 of 2",
    ]
    page_two = [
        "a primary contact person for all operational matters under this Agreement.",
        "8.2 The parties meet every quarter to review the reports.",
        FOOTER,
        "Page 2 of 2",
    ]
    return pdf_file([page_one, page_two])


def test_contact_appointed_across_a_pdf_page_break_is_found(pdf_file):
    document = extract_file(_two_page_governance_pdf(pdf_file))
    lines = find_contacts(build_structure(document.pages))
    governance = [line for line in lines if line.kind == "governance"]
    assert [line.evidence["page"] for line in governance] == [1]
    assert GOVERNANCE in governance[0].items


def test_word_hyphenated_across_a_page_break_is_joined():
    pages = [
        "10. Data\nThe Supplier keeps the back-ups of the Customer data in a data centre in "
        "Bel-\n2",
        "gium for the whole term of the Agreement.\n3",
    ]
    assert (
        "The Supplier keeps the back-ups of the Customer data in a data centre in Belgium for "
        "the whole term of the Agreement." in texts(pages)
    )


def test_sentence_cut_off_on_an_article_goes_on_before_a_capitalised_name():
    pages = [
        "11. Hosting\nThe application is hosted by the\nPage 1 of 2",
        "Subcontractor named in Annex 3 under the same obligations.\nPage 2 of 2",
    ]
    assert (
        "The application is hosted by the Subcontractor named in Annex 3 under the same "
        "obligations." in texts(pages)
    )


def test_next_definition_at_the_top_of_a_page_is_not_glued_to_the_last_one():
    pages = [
        'Definitions\n"Agreement" means this agreement and its annexes\n1',
        '"Affiliate" means any entity that controls a party\n2',
    ]
    assert '"Affiliate" means any entity that controls a party' in texts(pages)
