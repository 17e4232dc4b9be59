"""The general Dutch (Flemish and Netherlands) patterns behind the misses on the Dutch
development documents, each with a negative in the wrong sense (issue 9)."""

import pytest

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


def figures_of(text: str):
    return analyse_text(text, learned=False).figures


def raised(text: str, risk_id: str) -> bool:
    return risk_id in analyse_text(text, learned=False).risk_ids()


# -- agreement.general_terms: Flemish "primeren", the general rules of public contracts ------


def test_specifications_that_prevail_in_flemish_settle_the_general_terms():
    text = "Bij tegenstrijdigheid primeren de bepalingen van het bestek op deze offerte."
    assert status_of(text, "agreement.general_terms") == "covered"


def test_general_rules_of_public_contracts_that_apply_settle_the_general_terms():
    text = "De algemene uitvoeringsregels van de overheidsopdrachten zijn van toepassing."
    assert status_of(text, "agreement.general_terms") == "covered"


def test_something_that_comes_first_is_no_general_terms():
    text = "Voor ons primeert de veiligheid van de leerlingen."
    assert status_of(text, "agreement.general_terms") == "missing"


# -- budget.project_cost: key-value total lines --------------------------------------------


def test_one_off_total_line_states_the_project_cost():
    text = "Totaal eenmalig (A+B+C): € 199.930,00 excl. btw"
    assert status_of(text, "budget.project_cost") == "covered"


def test_monthly_total_amount_is_no_project_cost():
    text = "Totaalbedrag per maand: € 450,00 excl. btw"
    assert status_of(text, "budget.project_cost") == "missing"


# -- budget.extra_costs: extra works on an approved change order (public works wording) -------


def test_extra_works_after_an_approved_change_order_settle_extra_costs():
    text = (
        "Bijkomende werken worden pas uitgevoerd na een schriftelijk bevel, op basis van een "
        "vooraf goedgekeurde verrekening."
    )
    assert status_of(text, "budget.extra_costs") == "covered"


def test_a_set_off_is_no_extra_cost():
    text = "De opdrachtgever is niet gerechtigd tot verrekening van betalingen."
    assert status_of(text, "budget.extra_costs") == "missing"


# -- budget.recurring_cost: a liability cap per year is no fee ---------------------------------


def test_liability_cap_per_year_is_no_recurring_cost():
    text = (
        "De aansprakelijkheid van de opdrachtnemer is beperkt tot het gefactureerde bedrag, met "
        "een maximum van € 250.000,00 per jaar."
    )
    assert status_of(text, "budget.recurring_cost") == "missing"


def test_yearly_maintenance_fee_is_still_a_recurring_cost():
    text = "De onderhoudsvergoeding bedraagt € 2.280,00 per jaar."
    assert status_of(text, "budget.recurring_cost") == "covered"


# -- team.knowledge_transfer and reporting.governance -----------------------------------------


def test_as_built_file_handed_over_is_knowledge_transfer():
    text = "Na de uitrol ontvangt u een as-built dossier met de configuratie en de IP-plannen."
    assert status_of(text, "team.knowledge_transfer") == "covered"


def test_fortnightly_site_meeting_is_governance():
    text = "Tijdens de uitvoering houden wij tweewekelijks een werfvergadering met uw coördinator."
    assert status_of(text, "reporting.governance") == "covered"


# -- maintenance.support_hours: a range of clock times on days ----------------------------------


def test_days_with_clock_times_state_support_hours():
    text = "Storingen worden gemeld via het portaal, op schooldagen van 7u30 tot 17u00."
    assert status_of(text, "maintenance.support_hours") == "covered"


def test_planned_maintenance_hours_are_no_support_hours():
    text = "Gepland onderhoud gebeurt op zondagen van 2u00 tot 6u00."
    assert status_of(text, "maintenance.support_hours") == "missing"


# -- maintenance.updates: a quarterly rhythm is concrete ----------------------------------------


def test_quarterly_firmware_updates_settle_updates():
    text = "Firmware-updates worden elk kwartaal buiten de lesuren geïnstalleerd."
    assert status_of(text, "maintenance.updates") == "covered"


# -- maintenance.response_time: a call picked up within a time ---------------------------------


def test_call_picked_up_within_an_hour_is_a_response_time():
    text = "Blokkerende storingen worden binnen 1 uur door een medewerker opgenomen."
    assert status_of(text, "maintenance.response_time") == "covered"


def test_something_included_in_an_annex_within_days_is_no_response_time():
    text = "Wijzigingen worden binnen 30 dagen opgenomen in de bijlage."
    assert status_of(text, "maintenance.response_time") == "missing"


# -- rollout.acceptance and rollout.data_migration ----------------------------------------------


def test_report_of_provisional_acceptance_is_an_acceptance_procedure():
    text = "Bij een positieve test wordt het proces-verbaal van voorlopige oplevering opgesteld."
    assert status_of(text, "rollout.acceptance") == "covered"


def test_a_delivery_date_is_no_acceptance():
    text = "De oplevering is voorzien in week 12."
    assert status_of(text, "rollout.acceptance") == "missing"


def test_taking_over_the_data_of_the_previous_package_is_a_migration():
    text = "De leverancier neemt de gegevens over uit het vorige apotheekpakket."
    assert status_of(text, "rollout.data_migration") == "covered"


def test_takeover_of_a_company_is_no_migration():
    text = "Bij een overname van de leverancier blijft deze overeenkomst gelden."
    assert status_of(text, "rollout.data_migration") == "missing"


# -- exit.duration_renewal and the term figures --------------------------------------------------


def test_licences_that_run_four_years_state_the_duration():
    text = "De licenties lopen vier jaar vanaf de voorlopige oplevering."
    assert status_of(text, "exit.duration_renewal") == "covered"
    assert figures_of(text).contract_term_months == 48


def test_initial_term_key_value_line_states_the_duration():
    text = "Aanvangsduur onderhoud: 3 jaar"
    assert status_of(text, "exit.duration_renewal") == "covered"
    assert figures_of(text).contract_term_months == 36


def test_warranty_that_runs_a_year_is_no_contract_duration():
    text = "De waarborg loopt twaalf maanden vanaf de oplevering."
    assert status_of(text, "exit.duration_renewal") == "missing"
    assert figures_of(text).contract_term_months is None


def test_option_to_extend_by_a_year_gives_the_renewal_term():
    text = "Opdrachtgever kan de overeenkomst daarna tweemaal met een jaar verlengen."
    assert figures_of(text).renewal_term_months == 12


# -- rollout.warranty figure: the Flemish "waarborgtermijn" -------------------------------------


def test_flemish_warranty_period_gives_the_warranty_days():
    text = "De waarborgtermijn bedraagt twaalf maanden vanaf de voorlopige oplevering."
    assert figures_of(text).warranty_days == 360


def test_a_rent_deposit_is_no_warranty_period():
    text = "Een waarborg van drie maanden huur wordt bij de start gestort."
    assert figures_of(text).warranty_days is None


# -- legal.ip: licences as a purchase are no IP clause ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De licenties worden jaarlijks vooraf gefactureerd.",
        "Niet inbegrepen: hardware, licenties en verbruiksgoederen.",
        "De licenties lopen vier jaar vanaf de voorlopige oplevering.",
    ],
)
def test_licences_bought_billed_or_timed_are_no_ip_clause(text):
    assert status_of(text, "legal.ip") == "missing"


def test_a_licence_granted_is_still_an_ip_clause():
    text = "De leverancier verleent de klant een niet-exclusief gebruiksrecht op de software."
    assert status_of(text, "legal.ip") == "covered"


# -- exit.transition and exit.data_return ---------------------------------------------------------


def test_cooperation_in_handing_the_work_to_a_designated_third_party_is_a_transition():
    text = (
        "Bij het einde verleent de opdrachtnemer medewerking aan de overdracht van de "
        "werkzaamheden aan een door de opdrachtgever aangewezen derde."
    )
    assert status_of(text, "exit.transition") == "covered"


def test_third_party_designated_for_an_audit_is_no_transition():
    text = "Een door de opdrachtgever aangewezen derde mag de audit uitvoeren."
    assert status_of(text, "exit.transition") == "missing"


def test_export_of_listed_compound_data_in_csv_is_a_data_return():
    text = (
        "De leverancier bezorgt kosteloos een export van de klanten-, artikel- en "
        "voorraadgegevens in CSV-formaat."
    )
    assert status_of(text, "exit.data_return") == "covered"


def test_client_delivering_its_data_in_csv_for_the_start_is_no_data_return():
    text = "De klant bezorgt de klantengegevens in CSV-formaat voor de opstart."
    assert status_of(text, "exit.data_return") == "missing"


# -- legal.confidentiality and risk.unilateral_change ---------------------------------------------


def test_treating_data_strictly_confidential_settles_confidentiality():
    text = "De dienstverlener behandelt alle gegevens van de klant strikt vertrouwelijk."
    assert status_of(text, "legal.confidentiality") == "covered"


def test_supplier_that_may_raise_its_rates_at_any_moment_is_a_unilateral_change():
    text = (
        "De leverancier kan zijn tarieven voor alle lopende en nieuwe abonnementen op elk "
        "moment verhogen."
    )
    assert raised(text, "risk.unilateral_change")


def test_supplier_that_may_change_the_planning_at_any_moment_is_no_price_change():
    text = "De leverancier kan de planning van de interventies op elk ogenblik aanpassen."
    assert not raised(text, "risk.unilateral_change")


# -- timing.client_obligations: the client of a public tender ----------------------------------


def test_contracting_authority_that_provides_access_has_client_obligations():
    text = (
        "De aanbestedende overheid stelt de technische lokalen ter beschikking, uiterlijk tien "
        "werkdagen voor de start van de werken."
    )
    assert status_of(text, "timing.client_obligations") == "covered"


def test_contracting_authority_that_may_change_the_contract_has_no_client_obligation():
    text = (
        "De aanbestedende overheid kan de opdracht eenzijdig wijzigen binnen de grenzen van de wet."
    )
    assert status_of(text, "timing.client_obligations") == "missing"
