"""Contact and role lines: key-value lines and appointing sentences in nl, fr and en, classified
as the supplier's people, governance roles or the client's own key users."""

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.detectors.contacts import (
    GOVERNANCE,
    KNOWLEDGE,
    TEAM,
    find_contacts,
)
from vendorpact.core.contracts.structure import build_structure


def contacts_of(text: str):
    return find_contacts(build_structure([text]))


def kinds_of(text: str) -> set[str]:
    return {line.kind for line in contacts_of(text)}


def items_of(text: str) -> set[str]:
    return {item for line in contacts_of(text) for item in line.items}


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text).item(item_id).status


def test_dutch_account_manager_line_names_the_person():
    lines = contacts_of("Accountmanager: Jan Peeters")
    assert [(line.kind, line.name) for line in lines] == [("supplier", "Jan Peeters")]


def test_account_manager_feeds_team_and_customer_knowledge():
    assert items_of("Accountmanager: Jan Peeters") == {TEAM, KNOWLEDGE}


def test_glued_key_value_lines_keep_each_name_apart():
    lines = contacts_of("Accountmanager: Jan Peeters Projectleider: An De Smet")
    assert [line.name for line in lines] == ["Jan Peeters", "An De Smet"]


def test_french_project_lead_line_names_the_person():
    lines = contacts_of("Chef de projet : Marie Dubois")
    assert [(line.kind, line.items, line.name) for line in lines] == [
        ("supplier", (TEAM,), "Marie Dubois")
    ]


def test_english_single_point_of_contact_line_names_the_person():
    lines = contacts_of("Single point of contact: Tom Baker, tom.baker@example.com")
    assert "Tom Baker" in {line.name for line in lines}


def test_role_word_matched_by_two_patterns_gives_both_kinds():
    # "interlocuteur unique" names the supplier's contact and is one of the interlocuteurs
    lines = contacts_of("Interlocuteur unique : Marie Dubois")
    assert {(line.kind, line.name) for line in lines} == {
        ("supplier", "Marie Dubois"),
        ("governance", ""),  # the bare word "interlocuteur": no colon right after it
    }


def test_each_party_appoints_a_primary_contact_is_governance():
    text = "Each party shall appoint a primary contact for the duration of this Agreement."
    assert "governance" in kinds_of(text)
    assert GOVERNANCE in items_of(text)


def test_dutch_each_party_designates_a_contact_person_is_governance():
    text = "Elke partij duidt een contactpersoon aan die bevoegd is om beslissingen te nemen."
    assert "governance" in kinds_of(text)


def test_french_each_party_designates_a_contact_is_governance():
    text = "Chaque partie désigne un interlocuteur chargé du suivi du contrat."
    assert "governance" in kinds_of(text)


def test_escalation_contact_is_governance_only():
    text = "Unresolved issues are referred to the escalation contact of each party."
    assert kinds_of(text) == {"governance"}
    assert items_of(text) == {GOVERNANCE}


def test_supplier_designates_a_project_manager_is_a_supplier_role():
    text = "The Supplier shall designate a project manager who coordinates the services."
    assert kinds_of(text) == {"supplier"}
    assert items_of(text) == {TEAM}


def test_client_designates_administrators_is_customer_knowledge_only():
    text = "The Client designates up to five administrators who manage the user accounts."
    assert kinds_of(text) == {"client"}
    assert items_of(text) == {KNOWLEDGE}


def test_dutch_client_designates_key_users():
    text = "De opdrachtgever wijst maximaal drie sleutelgebruikers aan."
    assert kinds_of(text) == {"client"}


def test_french_client_designates_key_users():
    text = "Le client désigne deux utilisateurs clés qui suivent la formation."
    assert kinds_of(text) == {"client"}


def test_training_the_clients_administrators_is_customer_knowledge():
    text = "The Supplier will train the Client's administrators before the go-live."
    assert items_of(text) == {KNOWLEDGE}


def test_contact_line_carries_its_sentence_as_evidence():
    (line,) = contacts_of("Accountmanager: Jan Peeters")
    assert line.evidence["text"] == "Accountmanager: Jan Peeters"
    assert line.evidence["page"] == 1


def test_clause_without_roles_has_no_contact_lines():
    assert contacts_of("The Client pays each invoice within 30 days of the invoice date.") == []


def test_dutch_account_manager_line_covers_the_named_team():
    assert status_of("Accountmanager: Jan Peeters", TEAM) == "covered"


def test_escalation_contact_of_each_party_covers_governance():
    text = "Unresolved issues are referred to the escalation contact of each party."
    assert status_of(text, GOVERNANCE) == "covered"


def test_client_designating_administrators_covers_customer_knowledge():
    text = "The Client designates up to five administrators who manage the user accounts."
    assert status_of(text, KNOWLEDGE) == "covered"
