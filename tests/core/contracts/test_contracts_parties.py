"""Which party is the client: the party-role resolver on preambles, definitions and key-value
lines (nl/fr/en), and the items that read a side by the document's own alias for it."""

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.detectors.contacts import KNOWLEDGE, TEAM, find_contacts
from vendorpact.core.contracts.parties import Parties, resolve_parties
from vendorpact.core.contracts.structure import build_structure

OBLIGATIONS = "timing.client_obligations"


def parties_of(text: str) -> Parties:
    return resolve_parties(build_structure([text]))


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text).item(item_id).status


# --- the resolver ------------------------------------------------------------------------


def test_english_preamble_role_noun_and_acronym():
    parties = parties_of(
        'This Hosting Agreement is made between Northwind Retail Ltd. ("Customer") and '
        'Cobalt Cloud Services, Inc. ("Cobalt").'
    )
    assert (parties.client, parties.supplier) == (("customer",), ("cobalt",))


def test_company_alias_is_the_supplier_when_the_other_party_is_the_client():
    # a supplier-drafted document: "the Company" is the web agency
    parties = parties_of(
        "This Website Development Agreement is entered into by and between Greenleaf Bakery "
        '(hereinafter referred to as "Client") and Pixelwerk Studio, PLC (hereinafter '
        'referred to as "Company").'
    )
    assert (parties.client, parties.supplier) == (("client",), ("company",))


def test_two_names_decided_by_who_pays_and_who_provides():
    text = (
        'This Outsourcing Agreement is made by and between Dataflux Systems, Inc. ("DFS") and '
        'Harbor Mutual Insurance Company ("HMI").\n'
        "DFS shall provide the processing services to HMI.\n"
        "DFS will host the policy administration system.\n"
        "HMI shall pay DFS the monthly fee set out in Exhibit B.\n"
        "All amounts payable to DFS are exclusive of taxes.\n"
    )
    parties = parties_of(text)
    assert (parties.client, parties.supplier) == (("hmi",), ("dfs",))


def test_single_quoted_company_alias_is_the_client_when_the_other_party_provides():
    text = (
        "This Services Agreement is made between Harbor Mutual Ltd (the 'Company') and "
        "Dataflux Systems Inc. ('DFS').\n"
        "DFS shall provide the claims processing services to the Company.\n"
        "DFS shall maintain the claims platform.\n"
        "The Company shall pay DFS the fees in Schedule 2.\n"
    )
    parties = parties_of(text)
    assert (parties.client, parties.supplier) == (("company",), ("dfs",))


def test_possessive_apostrophe_is_no_alias():
    # "(Acme's 's' drive)": the quote after "Acme" opens no alias of the other party
    parties = parties_of(
        "The back-up covers Northwind Retail Ltd (\"Customer\") and Acme NV (Acme's 's' drive)."
    )
    assert (parties.client, parties.supplier) == (("customer",), ())


def test_two_companies_without_a_service_relation_stay_unknown():
    # a co-marketing deal: neither party is a client of IT services
    parties = parties_of(
        'This Co-Branding Agreement is made between Alder Foods, Inc. ("Alder") and Brightway '
        'Media Corp. ("Brightway").\nEach party shall display the other party\'s logo.\n'
    )
    assert parties == Parties()
    assert not parties.known


def test_french_ci_apres_denommee():
    parties = parties_of(
        "Entre la société Boulangeries Martin SA, ci-après dénommée « le Bénéficiaire », et "
        "la société Infogest SPRL, ci-après dénommée « le Prestataire »."
    )
    assert (parties.client, parties.supplier) == (("bénéficiaire",), ("prestataire",))


def test_dutch_hierna_aliases():
    parties = parties_of(
        "Tussen Verpakkingen Dewitte BV, hierna te noemen: 'Opdrachtgever', en Netlinq BV, "
        "hierna te noemen: 'Opdrachtnemer'."
    )
    assert (parties.client, parties.supplier) == (("opdrachtgever",), ("opdrachtnemer",))


def test_dutch_key_value_lines_name_each_side():
    parties = parties_of("Klant: Verpakkingen Dewitte BV\nDienstverlener: Netlinq BV\n")
    assert parties.client == ("verpakkingen dewitte bv",)
    assert parties.supplier == ("netlinq bv",)


def test_key_value_name_stops_where_the_next_sentence_starts():
    # no blank line after the header: the lines are glued into one sentence
    parties = parties_of(
        "Dienstverlener: Netlinq BV\nOp deze offerte zijn de bijzondere voorwaarden van "
        "toepassing.\n"
    )
    assert parties.supplier == ("netlinq bv",)


def test_french_table_row_names_the_supplier():
    parties = parties_of("| Prestataire | Infogest SPRL |\n")
    assert parties.supplier == ("infogest sprl",)


def test_signature_block_field_is_not_a_party_name():
    parties = parties_of("Customer: By: ____________ Name: ____________\n")
    assert parties.client == ()


def test_key_value_definition_is_not_a_party_name():
    # a definitions list, not an order form: the value is a description
    parties = parties_of("Opdrachtgever: de partij die de opdracht verstrekt.\n")
    assert parties.client == ()


def test_defined_terms_are_not_parties():
    parties = parties_of(
        'This Agreement (the "Agreement") is dated 1 March 2026 (the "Effective Date") between '
        'Northwind Retail Ltd. ("Customer") and Cobalt Cloud Services, Inc. ("Cobalt").'
    )
    assert parties.side_of("agreement") == "unknown"
    assert parties.side_of("effective date") == "unknown"


def test_resolution_is_computed_once_per_document():
    structure = build_structure(['Between Acme NV ("Customer") and Bitwise BV ("Bitwise").'])
    assert resolve_parties(structure) is resolve_parties(structure)


# --- client obligations by alias ---------------------------------------------------------

DEVELOPMENT_PREAMBLE = (
    'This Site Development Agreement is made between Cobalt Interactive, Inc. ("CI") and '
    'Meridian Outfitters, Inc. (the "Company").\n'
    "CI shall design, develop and host the Site for the Company.\n"
    "CI shall provide the hosting services to the Company.\n"
    "The Company shall pay CI a monthly hosting fee.\n"
)


def test_client_alias_with_obligation_verb_counts_for_client_obligations():
    text = DEVELOPMENT_PREAMBLE + (
        "The Company shall provide all product photographs and texts to CI no later than "
        "fifteen (15) days after signature.\n"
    )
    assert status_of(text, OBLIGATIONS) == "covered"


def test_without_the_alias_the_obligation_is_missing():
    # the same document, without the sentence on what the Company provides
    assert status_of(DEVELOPMENT_PREAMBLE, OBLIGATIONS) == "missing"


def test_client_at_its_expense_shall_obtain():
    text = (
        'This Processing Agreement is made between Dataflux Systems, Inc. ("DFS") and Harbor '
        'Mutual Insurance Company ("HMI").\n'
        "DFS shall provide the processing services to HMI.\n"
        "DFS will host the policy administration system.\n"
        "HMI shall pay DFS the monthly fee set out in Exhibit B.\n"
        "HMI at its own expense shall obtain and maintain all workstations and network lines "
        "needed to reach the system.\n"
    )
    assert status_of(text, OBLIGATIONS) != "missing"


def test_company_meaning_the_supplier_gives_no_client_obligation():
    text = (
        "This Website Development Agreement is entered into by and between Greenleaf Bakery "
        '(hereinafter referred to as "Client") and Pixelwerk Studio, PLC (hereinafter '
        'referred to as "Company").\n'
        "Company shall provide the website design within thirty (30) days.\n"
        "Company shall deliver two rounds of revisions.\n"
    )
    assert status_of(text, OBLIGATIONS) == "missing"


def test_supplier_obligations_do_not_become_client_obligations():
    text = (
        'This Hosting Agreement is made between Northwind Retail Ltd. ("Customer") and Cobalt '
        'Cloud Services, Inc. ("Cobalt").\n'
        "Cobalt shall provide daily backups within the hosting fee.\n"
        "Cobalt shall maintain the servers and apply security patches.\n"
    )
    assert status_of(text, OBLIGATIONS) == "missing"


def test_dutch_named_client_supplies_data():
    text = (
        "Klant: Verpakkingen Dewitte BV\nDienstverlener: Netlinq BV\n"
        "Verpakkingen Dewitte BV verstrekt uiterlijk op 1 maart 2027 de klantenbestanden in "
        "CSV-formaat.\n"
    )
    assert status_of(text, OBLIGATIONS) == "covered"


def test_keeping_a_copy_of_the_source_code_is_no_client_obligation():
    text = (
        "Licensee shall maintain its copy of the source code at its registered office and keep "
        "it confidential.\n"
    )
    assert status_of(text, OBLIGATIONS) == "missing"


# --- client contacts and supplier-side items by alias -------------------------------------


def contact_items(text: str) -> list[tuple[int, str, tuple[str, ...]]]:
    return [(line.index, line.kind, line.items) for line in find_contacts(build_structure([text]))]


def test_client_alias_appointing_a_liaison_feeds_customer_knowledge():
    text = DEVELOPMENT_PREAMBLE + "The Company shall appoint a liaison for all content matters.\n"
    assert (4, "client", (KNOWLEDGE,)) in contact_items(text)


def test_supplier_alias_appointing_a_liaison_is_no_client_contact():
    text = DEVELOPMENT_PREAMBLE + "CI shall appoint a liaison for all content matters.\n"
    assert all(kind != "client" for _index, kind, _items in contact_items(text))


def test_contact_of_the_client_alias_feeds_customer_knowledge():
    text = DEVELOPMENT_PREAMBLE + "Questions go to the point of contact of the Company.\n"
    assert (4, "client", (KNOWLEDGE,)) in contact_items(text)


def test_each_party_appointing_a_contact_feeds_customer_knowledge():
    text = "Each Party shall appoint a senior manager to act as liaison with the other Party.\n"
    assert (0, "client", (KNOWLEDGE,)) in contact_items(text)


def test_french_each_party_designates_an_interlocutor():
    text = "Chaque partie désigne un interlocuteur unique pour le suivi du contrat.\n"
    assert (0, "client", (KNOWLEDGE,)) in contact_items(text)


def test_supplier_alias_appointing_an_engineer_is_a_team_line():
    text = (
        'This Services Agreement is made between Northwind Retail Ltd. ("Customer") and Cobalt '
        'Cloud Services, Inc. ("Cobalt").\n'
        "Cobalt shall designate an engineer for the roll-out.\n"
    )
    assert (1, "supplier", (TEAM,)) in contact_items(text)


def test_supplier_alias_appointing_an_engineer_names_the_team():
    text = (
        'This Services Agreement is made between Northwind Retail Ltd. ("Customer") and Cobalt '
        'Cloud Services, Inc. ("Cobalt").\n'
        "Cobalt shall designate an engineer for the roll-out.\n"
    )
    assert status_of(text, "team.named_team") != "missing"


def test_supplier_name_general_terms_raise_the_risk():
    text = (
        "Klant: Verpakkingen Dewitte BV\nDienstverlener: Netlinq BV\n"
        "Op deze offerte zijn de algemene voorwaarden van Netlinq van toepassing.\n"
    )
    raised = {risk.id for risk in analyse_text(text).risks}
    assert "risk.supplier_terms_prevail" in raised


def test_french_supplier_name_general_terms_raise_the_risk():
    text = (
        "Client : Boulangeries Martin SA\nPrestataire : Infogest SPRL\n"
        "Les conditions générales de la société Infogest s'appliquent à la présente offre.\n"
    )
    raised = {risk.id for risk in analyse_text(text).risks}
    assert "risk.supplier_terms_prevail" in raised


def test_client_name_general_terms_do_not_raise_the_supplier_terms_risk():
    text = (
        "Klant: Verpakkingen Dewitte BV\nDienstverlener: Netlinq BV\n"
        "Op deze bestelling zijn de algemene voorwaarden van Verpakkingen Dewitte van "
        "toepassing.\n"
    )
    raised = {risk.id for risk in analyse_text(text).risks}
    assert "risk.supplier_terms_prevail" not in raised
