"""General phrasings of checklist items the rules missed on the training documents of rounds
5-18 (items round 5, English first), in nl, fr and en where the family exists, each with a
wrong-sense negative. Own sentences, not the documents'."""

import pytest

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.parties import resolve_parties
from vendorpact.core.contracts.structure import build_structure


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


QUOTE = "agreement.quote_included"

# -- the offer as one of the contract documents, or named by its reference and date ----------


@pytest.mark.parametrize(
    "text",
    [
        "The contract documents are: Annex 1 - the Supplier's proposal PR-77 of 2 March 2027; "
        "Annex 2 - service levels.",
        "Schedule 3 - Quotation Q-2027-14.",
        "Het contract bestaat uit: Bijlage 1 - voorstel van Softwerk.",
        "Annexe 2 : proposition technique et financière.",
        "The work is described in Brightline's tender of 12 January 2027.",
        "This order is based on quotation BQ-551.",
        "Nous reprenons ici les conditions de notre proposition du 4 février 2027.",
        "Le contrat est formé par l'offre acceptée par le client.",
    ],
)
def test_offer_listed_as_a_contract_document_is_included(text):
    assert status_of(text, QUOTE) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # a form for change proposals, not the offer
        "Annex 5 - change proposal form.",
        "Schedule 2 - template for proposals of new features.",
        # an offer in another sense
        "We offer a helpdesk of 3 people.",
    ],
)
def test_a_change_proposal_form_or_the_verb_is_no_quote(text):
    assert status_of(text, QUOTE) == "missing"


DATA_RETURN = "exit.data_return"

# -- data return: exported in a named format, fetched after the end, or given back -----------


@pytest.mark.parametrize(
    "text",
    [
        "You can export your projects as CSV at any time.",
        "For 60 days after its end you can still download them from the portal.",
        "After your account ends we keep your files for 14 days so that you can export them.",
        "At the end the Supplier returns all Client data in its possession.",
        "When the engagement ends we return the records you provided to us.",
    ],
)
def test_data_exported_fetched_or_given_back_at_the_end(text):
    assert status_of(text, DATA_RETURN) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # a product feature, not the client's data at the end
        "Managers can export a report as CSV.",
        "The API returns all order data in JSON.",
        "After the end of the project the Supplier downloads the updates of the vendor.",
    ],
)
def test_a_report_export_or_an_api_answer_is_no_data_return(text):
    assert status_of(text, DATA_RETURN) == "missing"


# -- the parties: an alias after a bare Belgian enterprise number, present-tense provision ----


def test_present_tense_provider_and_enterprise_number_decide_the_sides():
    text = (
        'Between Cloudnest BV, Dorpsstraat 4, 2800 Mechelen, BE 0712.345.678 ("Cloudnest"), and '
        'Vandaele NV, Kerkstraat 9, 9000 Gent, BE 0456.789.123 ("Vandaele").\n'
        "Cloudnest hosts the platform in its data centre.\n"
        "Cloudnest maintains the operating system and the database.\n"
        "Cloudnest invoices the fees quarterly.\n"
        "Vandaele pays each invoice within 30 days.\n"
        "Vandaele appoints a key user and grants Cloudnest VPN access by 1 March 2027.\n"
    )
    parties = resolve_parties(build_structure([text]))
    assert (parties.client, parties.supplier) == (("vandaele",), ("cloudnest",))
    assert status_of(text, "timing.client_obligations") != "missing"


def test_both_parties_providing_something_decides_no_side():
    # a co-marketing deal: each side provides, neither is a client of IT services
    text = (
        'Between Alder BV, BE 0712.345.678 ("Alder"), and Brightway NV, BE 0456.789.123 '
        '("Brightway").\n'
        "Alder provides the logo files.\nBrightway provides the banner space.\n"
        "Alder hosts the joint landing page.\nBrightway hosts the joint newsletter.\n"
    )
    assert resolve_parties(build_structure([text])).known is False


OBLIGATIONS = "timing.client_obligations"

# -- the client's part: deadline first, "from your side we need", "makes sure" ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Before the kick-off you provide a test server and VPN access.",
        "By 12 April 2027 the Customer grants our engineers administrator rights.",
        "Before go-live you need to update the firewall rules.",
        "From your side we need: the floor plans and a contact person on site.",
        "De votre côté, nous avons besoin des plans du bâtiment.",
        "Van uw kant hebben we nodig: de plannen van het gebouw.",
        "The Customer makes sure that the server room is accessible on the day of installation.",
    ],
)
def test_the_client_doing_its_part_before_a_deadline(text):
    assert status_of(text, OBLIGATIONS) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # what the client receives or may do, not its part of the work
        "Before the renewal date you can cancel by e-mail.",
        "By 1 March 2027 the Customer receives the first invoice.",
        "From your side of the building the cable runs to the roof.",
    ],
)
def test_what_the_client_receives_or_may_do_is_no_obligation(text):
    assert status_of(text, OBLIGATIONS) == "missing"


SENIORITY = "team.seniority"

# -- seniority: experience in a field, a person's certification ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our lead has eleven years of SAP integration experience.",
        "About me: 12 years in IT, mostly networking for small offices.",
        "Your consultant is a Microsoft Certified: Azure Administrator Associate.",
        "The work is done by a Fortinet certified engineer.",
        "Repairs are carried out by technicians trained and certified by the manufacturer.",
    ],
)
def test_experience_in_a_field_or_a_persons_certification(text):
    assert status_of(text, SENIORITY) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # the supplier's or a product's certificate, or years in another sense
        "The data centre is ISO 27001 certified.",
        "The gateway is a certified Peppol access point.",
        "The fees for the next 3 years in advance are due on signature.",
    ],
)
def test_a_company_or_product_certificate_is_no_seniority(text):
    assert status_of(text, SENIORITY) == "missing"


TERMS = "agreement.general_terms"

# -- general terms: one side's terms apply (partial), which prevails (covered) ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Our general terms (see www.example.be/terms) apply.",
        "Our general terms of sale and delivery (annex B) apply to this quotation.",
        "Netwerkt's general terms and conditions apply to this offer.",
    ],
)
def test_one_sides_terms_applying_without_precedence_is_partial(text):
    assert status_of(text, TERMS) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "In case of conflict the following order applies: this agreement, annex 2, annex 1.",
        "This order form is governed by the Cloudly Master Subscription Agreement (attached); "
        "in case of conflict this order form prevails.",
        "The general terms of Softwerk do not apply.",
        "Our general terms (attached) apply insofar as this agreement does not provide otherwise.",
    ],
)
def test_which_terms_apply_and_which_prevails_is_covered(text):
    assert status_of(text, TERMS) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # the law that governs, not the terms; the subscription's own duration
        "This subscription is governed by Belgian law.",
        "The subscription agreement runs for twelve months.",
    ],
)
def test_governing_law_or_a_term_of_months_is_no_general_terms(text):
    assert status_of(text, TERMS) == "missing"


EXTRA = "budget.extra_costs"

# -- extra work done only on a written quote or approval ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Custom dashboards are carried out only on the basis of a written quote.",
        "Such changes are made only after written approval by the Client's IT manager.",
        "Consultancy is invoiced at EUR 120 per hour, always on a written estimate approved by "
        "the Customer.",
        "Any other work is only done after the Customer has accepted our written quote for it.",
        "Days beyond the estimate are invoiced only with the Client's prior consent.",
        "Aanpassingen worden enkel uitgevoerd op basis van een schriftelijke offerte.",
        "Les développements spécifiques sont réalisés uniquement sur devis signé.",
    ],
)
def test_work_only_on_a_written_quote_or_approval_is_extra_work(text):
    assert status_of(text, EXTRA) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # the go-live or the project start approved, not extra work
        "Go-live takes place only after written approval of the acceptance report.",
        "The project starts after the Customer has signed the agreement.",
        "Work on the migration starts on 3 May 2027.",
    ],
)
def test_a_go_live_or_a_start_after_approval_is_no_extra_work(text):
    assert status_of(text, EXTRA) == "missing"


IP = "legal.ip"

# -- intellectual property said as property or kept rights ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "All reports delivered become the property of the Client on payment.",
        "The connectors remain Brightline's property.",
        "Brightline keeps all rights in the platform.",
        "The analysis engine remains ours.",
        "Workflows made for the Client belong to the Client.",
        "De sjablonen blijven eigendom van de leverancier.",
        "Le prestataire conserve tous les droits sur la plateforme.",
    ],
)
def test_property_or_kept_rights_settle_intellectual_property(text):
    assert status_of(text, IP) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # a risk, a responsibility or a building, not intellectual property
        "The responsibility for the backups remains ours.",
        "The meeting takes place at the property of the Client.",
        "Brightline keeps all tickets in its service desk.",
    ],
)
def test_a_risk_or_a_place_is_no_intellectual_property(text):
    assert status_of(text, IP) == "missing"


PROJECT = "budget.project_cost"

# -- project cost: a total line of a price table, an estimated budget, a fixed-price row -------


@pytest.mark.parametrize(
    "text",
    [
        "Licences and installation 24.310,00\nTotal 24.310,00\nPayment within 30 days.",
        "Total for the first contract year 18.600,00",
        "Total for year 1: EUR 9.870,00",
        "Design and build - fixed price 12.500,00 Hosting 95,00 per month",
        "The estimated budget of this phase is EUR 64.000,00.",
        "Estimate: 12 days for the architect, i.e. EUR 13.200,00.",
        "Totaal voor het eerste jaar 7.450,00",
    ],
)
def test_a_total_line_or_an_estimated_budget_is_the_project_cost(text):
    assert status_of(text, PROJECT) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # a total that is no price, a monthly fee alone
        "Our total liability is limited to EUR 50.000,00.",
        "The migration takes a total of 3 days.",
        "Hosting 95,00 per month",
    ],
)
def test_a_liability_cap_or_a_duration_is_no_project_cost(text):
    assert status_of(text, PROJECT) == "missing"


ACCEPTANCE = "rollout.acceptance"

# -- acceptance: going live depends on the client's confirmation -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We go live when your office manager confirms by e-mail that the test orders are right.",
        "Cutover takes place only after the Client has approved the test migration in writing.",
        "A release goes to production only after the product owner's written approval.",
        "De livegang gebeurt pas na uw schriftelijke goedkeuring van de testomgeving.",
        "La mise en production intervient après validation des tests par le client.",
    ],
)
def test_going_live_on_the_clients_confirmation_is_acceptance(text):
    assert status_of(text, ACCEPTANCE) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # a go-live date or an invoice at go-live, no approval of the work
        "Go-live is planned for the week after the summer holidays.",
        "We invoice 60 % at go-live; invoices are payable within 30 days.",
        "When you confirm the order we ship the laptops.",
    ],
)
def test_a_go_live_date_or_an_invoice_is_no_acceptance(text):
    assert status_of(text, ACCEPTANCE) == "missing"


GOVERNANCE = "reporting.governance"

# -- governance: people who meet with a frequency (twice a year, every Tuesday, every year) ----


@pytest.mark.parametrize(
    "text",
    [
        "Our account manager and your IT lead meet every quarter to review the service.",
        "The account manager meets the Customer twice a year to discuss the service.",
        "During the project we have a short call every Tuesday.",
        "Twice a year a service meeting takes place between both directors.",
        "Twee keer per jaar is er een overleg tussen beide directies.",
        "Deux fois par an, une réunion a lieu entre les responsables.",
    ],
)
def test_people_meeting_with_a_frequency_is_governance(text):
    assert status_of(text, GOVERNANCE) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # meeting a requirement, or a frequency of something else
        "The platform meets the security requirements of the audit every year.",
        "The licence fee is invoiced twice a year.",
    ],
)
def test_meeting_a_requirement_or_an_invoice_frequency_is_no_governance(text):
    assert status_of(text, GOVERNANCE) == "missing"


REPLACEMENT = "team.replacement"

# -- replacing team members: the verb with an article, a named person, the passive ------------


@pytest.mark.parametrize(
    "text",
    [
        "Brightline replaces a team member only with the Client's prior written approval.",
        "Brightline informs the Client ten working days before replacing a named engineer.",
        "Brightline does not replace either of them without the Client's consent.",
        "Brightline will not replace Ms Peeters during the project without the Client's consent.",
        "Consultants are replaced only with the Client's written approval.",
        "A replacement has at least equivalent qualifications.",
    ],
)
def test_replacing_a_team_member_is_settled(text):
    assert status_of(text, REPLACEMENT) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # hardware replaced, not people
        "We replace a defective disk within four hours.",
        "Faulty parts are replaced only with original spare parts.",
    ],
)
def test_replacing_hardware_is_no_team_replacement(text):
    assert status_of(text, REPLACEMENT) == "missing"


KNOWLEDGE = "maintenance.customer_knowledge"

# -- customer knowledge: a fixed contact after the project, the client's set-up on file -------


@pytest.mark.parametrize(
    "text",
    [
        "After go-live Pieter remains your fixed contact for support.",
        "Your contact remains Sofie, who set up your environment.",
        "Ms Claes remains the School's service manager during the maintenance.",
        "The helpdesk keeps a file of the Client's installation and interfaces.",
        "Your configuration and integrations are documented in our support portal.",
    ],
)
def test_a_fixed_contact_or_the_clients_setup_on_file(text):
    assert status_of(text, KNOWLEDGE) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # the client's own responsibility, a file of invoices
        "The Client remains responsible for its own backups.",
        "The Supplier keeps a file of all invoices sent.",
    ],
)
def test_a_responsibility_or_an_invoice_file_is_no_customer_knowledge(text):
    assert status_of(text, KNOWLEDGE) == "missing"


CONFIDENTIALITY = "legal.confidentiality"

# -- confidentiality settled by a cross-reference: partial -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Confidentiality: as set out in section 9 of the Master Terms.",
        "Liability, confidentiality and governing law: as set out in the framework agreement.",
        "Articles 11 (confidentiality) and 13 (liability) of the framework agreement apply.",
    ],
)
def test_confidentiality_by_cross_reference_is_partial(text):
    assert status_of(text, CONFIDENTIALITY) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        # the word in a title or a role, no obligation and no reference
        "Our confidentiality officer is Ms Maes.",
        "Training on confidentiality for the helpdesk staff: EUR 400,00.",
    ],
)
def test_confidentiality_as_a_title_or_role_is_no_clause(text):
    assert status_of(text, CONFIDENTIALITY) == "missing"


PLANNING = "timing.planning"

# -- planning: a lead time counted from the client's go ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We activate the module within 5 working days after your OK.",
        "The tenant is configured within 10 business days of signature.",
        "Your workspace is available within two business days after this order form is signed.",
    ],
)
def test_a_lead_time_from_the_clients_go_is_planning(text):
    assert status_of(text, PLANNING) != "missing"


@pytest.mark.parametrize(
    "text",
    [
        # a response time or a payment term, not a delivery
        "We respond within 4 hours of your call.",
        "Invoices are payable within 30 days of receipt.",
    ],
)
def test_a_response_time_or_a_payment_term_is_no_planning(text):
    assert status_of(text, PLANNING) == "missing"


def test_the_project_started_after_the_signed_proposal_is_no_extra_work():
    # the offer itself accepted, not a quote for extra work
    text = "The project starts only after the Client has signed our proposal."
    assert status_of(text, EXTRA) == "missing"
