"""General patterns (issue 9): each test uses wording of its own, not taken from any evaluation
document, and fails on the analyser before the change it covers."""

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.anchors import Vocabulary, compound_tail_offsets
from vendorpact.core.contracts.detectors.partial import without_cross_references


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text).item(item_id).status


# -- Dutch compounds: a cue at the end of a compound word counts ------------------------------


def test_compound_tail_offsets_find_the_listed_tail():
    assert compound_tail_offsets("dataconversie") == (4,)
    assert compound_tail_offsets("conversie") == ()  # the word itself is no compound


def test_vocabulary_lists_compound_tails_as_words():
    vocabulary = Vocabulary("de dataconversie start")
    assert vocabulary.positions["conversie"] == [7]


def test_cue_inside_dutch_compound_is_found():
    text = "De dataconversie van het oude pakket gebeurt door de leverancier binnen 10 werkdagen."
    assert status_of(text, "rollout.data_migration") == "covered"


def test_training_cue_inside_compound_is_found():
    text = "De leverancier voorziet een gebruikersopleiding van twee halve dagen op locatie."
    assert status_of(text, "rollout.user_support") != "missing"


def test_english_word_containing_a_cue_is_not_a_compound():
    assert compound_tail_offsets("determination") == ()
    assert compound_tail_offsets("restraining") == ()


# -- duration phrasings --------------------------------------------------------------------


def test_duration_from_date_until_date():
    text = "The hosting services are provided from 1 March 2027 until 28 February 2029."
    assert status_of(text, "exit.duration_renewal") == "covered"


def test_duration_from_numeric_date_to_date_in_dutch():
    text = "Het onderhoudscontract loopt van 01/04/2027 tot en met 31/03/2028."
    assert status_of(text, "exit.duration_renewal") == "covered"


def test_period_of_a_promotion_is_no_contract_duration():
    text = "Vouchers can be redeemed on the website from 1 October 2027 to 31 March 2028."
    assert status_of(text, "exit.duration_renewal") == "missing"


def test_duration_continues_indefinitely_unless_terminated():
    text = "This licence continues indefinitely unless terminated by either party."
    assert status_of(text, "exit.duration_renewal") == "covered"


def test_duration_from_expiry_date_label():
    assert status_of("Expiry date: 31 December 2028.", "exit.duration_renewal") == "covered"
    assert status_of("Einddatum: 30/06/2028.", "exit.duration_renewal") == "covered"
    assert status_of("Date de fin : 31/12/2027.", "exit.duration_renewal") == "covered"


# -- governing law (no court named: partial, as the checklist asks for both) -----------------


def test_governing_law_construed_in_accordance_with_english_law():
    text = "This contract shall be construed in accordance with English law."
    assert status_of(text, "legal.governing_law") == "partial"


def test_governing_law_legislation_of_a_country_applies():
    text = "The legislation of Belgium applies to this contract."
    assert status_of(text, "legal.governing_law") == "partial"


def test_governing_law_in_dutch_and_french():
    nl = "De wetgeving van België is van toepassing op deze overeenkomst."
    fr = "La législation luxembourgeoise est applicable au présent contrat."
    assert status_of(nl, "legal.governing_law") == "partial"
    assert status_of(fr, "legal.governing_law") == "partial"


def test_governing_law_with_court_is_covered():
    text = (
        "This contract shall be construed in accordance with English law and the courts of "
        "London have exclusive jurisdiction."
    )
    assert status_of(text, "legal.governing_law") == "covered"


# -- passive termination -------------------------------------------------------------------


def test_passive_termination_at_any_time():
    text = "The subscription can be cancelled at any time with effect from the end of the month."
    assert status_of(text, "exit.termination") == "covered"


def test_passive_termination_in_dutch():
    text = (
        "Deze overeenkomst kan door elke partij op elk ogenblik worden ontbonden bij "
        "aangetekend schrijven."
    )
    assert status_of(text, "exit.termination") == "covered"


# -- definitions, recitals, survival and amendment boilerplate are not scored ----------------


def test_definition_without_figure_does_not_settle_an_item():
    text = '"Acceptance Tests" means the tests described in the test plan.'
    assert status_of(text, "rollout.acceptance") == "missing"


def test_dutch_colon_definition_does_not_settle_an_item():
    text = '"Aanvaardingstest": de test die de klant uitvoert op de opgeleverde software.'
    assert status_of(text, "rollout.acceptance") == "missing"


def test_definition_that_gives_a_figure_still_counts():
    text = '"Business Hours" means 8:30 to 17:30 CET on working days.'
    assert status_of(text, "maintenance.support_hours") == "covered"


def test_recital_does_not_settle_an_item():
    text = "Whereas the Supplier offers source code escrow services to its customers;"
    assert status_of(text, "exit.escrow") == "missing"


def test_survival_clause_does_not_settle_confidentiality():
    text = (
        "The Supplier's obligations regarding Confidential Information shall survive any "
        "termination of this Agreement."
    )
    assert status_of(text, "legal.confidentiality") == "missing"


def test_dutch_survival_clause_does_not_settle_termination_or_liability():
    text = (
        "De bepalingen over geheimhouding en aansprakelijkheid blijven ook na de beëindiging "
        "van deze overeenkomst van kracht."
    )
    result = analyse_text(text)
    assert result.item("exit.termination").status == "missing"
    assert result.item("legal.liability").status == "missing"


def test_amendment_boilerplate_does_not_settle_rates():
    text = (
        "No amendment to this Agreement, including any change to the fees or the service "
        "levels, shall be valid unless made in writing and signed by both parties."
    )
    assert status_of(text, "budget.rates") == "missing"


def test_french_amendment_boilerplate_does_not_settle_extra_costs():
    text = (
        "Toute modification du présent contrat, y compris des tarifs, doit faire l'objet "
        "d'un avenant signé par les deux parties."
    )
    assert status_of(text, "budget.extra_costs") == "missing"


# -- one definition of "partial" for every item (detectors/partial.py) -----------------------


def test_cross_reference_number_does_not_make_a_sentence_concrete():
    text = "Service credits are calculated as described in Schedule 4."
    assert status_of(text, "maintenance.service_credits") == "partial"


def test_cross_reference_is_stripped_in_dutch_and_french():
    assert without_cross_references("zoals bepaald in bijlage 3.") == " ."
    assert without_cross_references("conformément à l'annexe 2.") == " ."


def test_redacted_figure_is_no_figure():
    text = "The Supplier shall respond to Severity 1 incidents within [***] hours."
    assert status_of(text, "maintenance.response_time") == "partial"


def test_disclaimer_of_a_commitment_is_partial():
    en = "The Supplier does not guarantee any availability level of 99% or otherwise."
    nl = "De leverancier biedt geen enkele garantie op een beschikbaarheid van 99,5%."
    assert status_of(en, "maintenance.availability") == "partial"
    assert status_of(nl, "maintenance.availability") == "partial"


def test_the_word_disclaimer_alone_is_no_disclaimer():
    text = (
        "The general terms of the Supplier, with their disclaimer of implied warranties, apply "
        "to this order; in case of conflict this order shall prevail."
    )
    assert status_of(text, "agreement.general_terms") == "covered"


# -- Dutch compounds: any cue word of an item may end a compound in a Dutch document -----------


def test_cue_word_ending_a_compound_is_found_in_a_dutch_document():
    text = (
        "De leverancier verzorgt een eindgebruikerstraining van 4 uur voor de "
        "medewerkers van de klant."
    )
    assert status_of(text, "rollout.user_support") == "covered"


def test_cue_tail_offsets_need_a_head_of_three_letters():
    vocabulary = Vocabulary("de eindgebruikerstraining", dutch_compounds=True)
    assert "training" in vocabulary.positions
    assert "training" not in Vocabulary("de eindgebruikerstraining").positions


def test_english_document_does_not_split_words_into_compounds():
    text = (
        "The restraining order issued by the court has no effect on the obligations of the "
        "parties under this agreement."
    )
    assert status_of(text, "rollout.user_support") == "missing"


def test_dutch_compounds_with_the_topic_in_the_head():
    assert (
        status_of(
            "Voor prioriteit 1 geldt een reactietermijn van 2 uur.", "maintenance.response_time"
        )
        == "covered"
    )
    assert (
        status_of(
            "Regiewerk wordt aangerekend aan een dagprijs van € 720 excl. btw.", "budget.rates"
        )
        == "covered"
    )
    assert status_of("De contractduur bedraagt 24 maanden.", "exit.duration_renewal") == "covered"
    assert (
        status_of(
            "Op deze bestelling zijn onze verkoopsvoorwaarden van toepassing.",
            "agreement.general_terms",
        )
        != "missing"
    )


def test_a_prefix_is_no_compound_head():
    vocabulary = Vocabulary("vervolgens is de prijs uitgesloten", dutch_compounds=True)
    assert "volgens" not in vocabulary.positions
    assert "gesloten" not in vocabulary.positions


def test_law_inside_a_compound_is_no_governing_law():
    text = "De privacywetgeving is van toepassing op de verwerking van de persoonsgegevens."
    assert status_of(text, "legal.governing_law") == "missing"


# -- duration: the agreement's own end date, key-value lines, periods by reference ------------


def test_duration_as_the_agreement_ending_on_a_date():
    text = "This subscription ends on 30 September of the following year."
    assert status_of(text, "exit.duration_renewal") == "covered"


def test_duration_ending_on_a_date_in_dutch_and_french():
    nl = "De overeenkomst eindigt op 31 maart 2029 zonder verdere formaliteiten."
    fr = "Le contrat prend fin le 30 juin 2028 sans autre formalité."
    assert status_of(nl, "exit.duration_renewal") == "covered"
    assert status_of(fr, "exit.duration_renewal") == "covered"


def test_end_of_a_contract_year_is_no_duration():
    text = "For invoicing purposes, the first year of the Term ends on 31 December."
    assert status_of(text, "exit.duration_renewal") == "missing"


def test_duration_as_a_key_value_line():
    assert status_of("Durée : 36 mois", "exit.duration_renewal") == "covered"
    assert status_of("Duration: 2 years", "exit.duration_renewal") == "covered"


def test_duration_by_reference_to_a_schedule_is_partial():
    text = "The hosting services are provided for the periods set out in Schedule 2."
    assert status_of(text, "exit.duration_renewal") == "partial"


# -- governing law: more phrasings, and not the law a party was incorporated under ------------


def test_governing_law_with_inflected_dutch_adjective():
    text = "Op alle bestellingen is uitsluitend het Nederlandse recht van toepassing."
    assert status_of(text, "legal.governing_law") == "partial"


def test_governing_law_submitted_to_french_legislation():
    text = "Le présent bon de commande est soumis à la législation belge."
    assert status_of(text, "legal.governing_law") == "partial"


def test_governing_law_as_law_governs():
    assert status_of("Irish law governs this order form.", "legal.governing_law") == "partial"


def test_law_a_party_was_incorporated_under_is_no_governing_law():
    en = "Northwind LLC, a company organised under the laws of Delaware, with its office in Austin."
    nl = "Datapunt NV, een vennootschap naar Belgisch recht, met zetel te Hasselt."
    fr = "Infoservices SRL, société privée de droit belge, dont le siège est établi à Liège."
    for text in (en, nl, fr):
        assert status_of(text, "legal.governing_law") == "missing"


# -- warranty: reporting windows, the period before the verb, and what is no warranty ---------


def test_warranty_as_a_window_to_report_defects_after_receipt():
    text = (
        "Defects notified by the Customer within 20 working days of receipt of a release are "
        "corrected free of charge."
    )
    assert status_of(text, "rollout.warranty") == "covered"


def test_warranty_as_bugs_reported_up_to_a_number_of_days_after_release():
    text = "Bugs reported up to 10 business days after go-live are fixed at no cost."
    assert status_of(text, "rollout.warranty") == "covered"


def test_warranty_period_before_the_verb_in_french():
    text = (
        "Durant trois mois à compter de la réception, le prestataire corrige sans frais les "
        "anomalies qui lui sont signalées."
    )
    assert status_of(text, "rollout.warranty") == "covered"


def test_acceptance_test_findings_are_no_warranty():
    text = (
        "Where the acceptance tests reveal any nonconformity, the Client lists it within 5 days "
        "and the Supplier remedies it before final acceptance."
    )
    assert analyse_text(text, learned=False).item("rollout.warranty").status == "missing"


def test_promise_to_keep_insurance_is_no_warranty():
    text = "The Supplier represents and warrants that it will maintain cyber insurance for 3 years."
    assert analyse_text(text, learned=False).item("rollout.warranty").status == "missing"


# -- liability: exclusions written as long lists ----------------------------------------------


def test_consequential_far_from_damages_in_a_list_is_a_liability_clause():
    text = (
        "The Provider excludes consequential, incidental, special, exemplary and punitive "
        "losses, lost profits, lost data, loss of use and any other economic damages."
    )
    assert analyse_text(text, learned=False).item("legal.liability").status != "missing"


def test_under_no_circumstances_responsible_is_a_liability_clause():
    text = (
        "Under no circumstances will the Reseller be responsible for loss of revenue, loss of "
        "goodwill or corruption of data."
    )
    assert status_of(text, "legal.liability") != "missing"


def test_french_indirect_damages_exclusion():
    text = (
        "Le prestataire n'est pas responsable des dommages indirects tels que la perte de "
        "chiffre d'affaires ou la perte de données."
    )
    assert status_of(text, "legal.liability") != "missing"


# -- guards between items ---------------------------------------------------------------------


def test_downtime_left_out_of_the_availability_figure_is_no_price_scope():
    en = (
        "Outages caused by planned maintenance announced 48 hours ahead are excluded when the "
        "monthly uptime is measured."
    )
    nl = "Onderbrekingen door aangekondigd onderhoud zijn uitgesloten van de berekening."
    fr = "Les interruptions pour maintenance programmée sont exclues du calcul de la disponibilité."
    for text in (en, nl, fr):
        assert analyse_text(text, learned=False).item("budget.scope").status == "missing"


def test_scope_exclusion_still_counts():
    text = "Hardware replacement is not included in the monthly fee."
    assert status_of(text, "budget.scope") == "covered"


def test_securities_law_reporting_is_no_progress_reporting():
    text = (
        "The Licensor files quarterly reports under the Securities Exchange Act and keeps its "
        "reporting up to date."
    )
    assert status_of(text, "reporting.progress") == "missing"


# -- general terms: the agreement a document hangs under ---------------------------------------


def test_annex_to_a_framework_agreement_names_the_terms_that_apply():
    en = "This schedule to the master services agreement lists the hosting fees for 2027."
    nl = "Deze bijlage bij de raamovereenkomst regelt het onderhoud van de servers."
    fr = "La présente annexe au contrat-cadre précise les modalités de support."
    for text in (en, nl, fr):
        assert status_of(text, "agreement.general_terms") == "partial"


# -- cues in the wrong sense: a duty to keep insurance while the agreement runs ----------------


def test_keeping_insurance_while_the_agreement_runs_is_no_duration_or_liability_clause():
    nl = (
        "De dienstverlener houdt gedurende de volledige looptijd van de overeenkomst een "
        "beroepsaansprakelijkheidsverzekering aan."
    )
    fr = (
        "Le prestataire maintient une assurance responsabilité civile professionnelle pendant "
        "toute la durée du contrat."
    )
    for text in (nl, fr):
        result = analyse_text(text)
        assert result.item("exit.duration_renewal").status == "missing"
        assert result.item("legal.liability").status == "missing"


def test_liability_capped_at_what_the_insurer_pays_still_counts():
    text = (
        "De aansprakelijkheid van de leverancier is beperkt tot het bedrag dat zijn verzekeraar "
        "in het betrokken geval uitkeert."
    )
    assert status_of(text, "legal.liability") != "missing"
