"""Signature blocks labelled with a company name ("Signed for <company>") or another word for a
party ("For the Consultancy"): development fixtures, not taken from any evaluation document."""

from vendorpact.core.contracts import analyse_text


def signed_status(text: str) -> str:
    return analyse_text(text).item("agreement.signed_both").status


# -- signature blocks labelled with a company name or another word for a party ----------------

SIGNED_FOR_COMPANIES = """Article 12 - Signatures
Signed for Valkenier Software BV                  Signed for Brasserie De Kaai BV
Name: Lies Wouters, managing director             Name: Koen Baert, owner
Date: 3 March 2027                                Date: 5 March 2027
"""


def test_blocks_signed_for_two_companies_with_named_signatories_are_signed_by_both():
    assert signed_status(SIGNED_FOR_COMPANIES) == "covered"


def test_a_block_signed_for_a_company_with_blank_lines_is_partial():
    text = (
        "Signed for Valkenier Software BV          Signed for Brasserie De Kaai BV\n"
        "Signature: ______________                 Signature: ______________\n"
    )
    assert signed_status(text) == "partial"


def test_blocks_for_the_consultancy_and_the_client_with_names_are_signed_by_both():
    text = (
        "Done in Ghent on 4 May 2027, in two originals.\n\n"
        "For the Consultancy                         For the Client\n"
        "Name: Bart Claes, partner                   Name: Ine Maes, IT manager\n"
    )
    assert signed_status(text) == "covered"
