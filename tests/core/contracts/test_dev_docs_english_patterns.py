"""English patterns found on the development documents (dev_docs_english_dev_documents.py), as
general clauses written for this module in the plain commercial English of Belgian and Dutch IT
suppliers, with negatives for the wrong sense (issue 9). Rules alone."""

from vendorpact.core.contracts import analyse_text


def analysis(text: str):
    return analyse_text(text, learned=False)


def status(text: str, item_id: str) -> str:
    return analysis(text).item(item_id).status


# -- budget -------------------------------------------------------------------------------------


def test_total_row_of_a_price_table_is_the_project_cost():
    text = (
        "The development is offered at the following prices:\n"
        "| Phase | Price |\n| Design | EUR 8.000 |\n| Build | EUR 30.000 |\n"
        "| Total | EUR 38.000 |\n"
    )
    assert status(text, "budget.project_cost") == "covered"


def test_priced_rows_under_a_price_per_month_header_are_recurring_fees():
    text = (
        "Your subscription:\n"
        "| Package | Mailboxes | Price per month |\n"
        "| Start | 10 | EUR 120 |\n"
        "| Team | 25 | EUR 260 |\n"
    )
    assert status(text, "budget.recurring_cost") == "covered"


def test_priced_rows_under_a_one_off_price_header_are_no_recurring_fee():
    text = "Quote:\n| Item | Price |\n| Installation of the firewall | EUR 900 |\n"
    assert status(text, "budget.recurring_cost") == "missing"


def test_additional_features_quoted_and_approved_first_are_extra_costs():
    text = (
        "Additional features you ask for during the project are quoted separately and are only "
        "started after your written approval."
    )
    assert status(text, "budget.extra_costs") == "covered"


def test_not_exceeding_the_estimated_budget_without_approval_is_extra_costs():
    text = (
        "The consultant shall not exceed the estimated budget without the customer's prior "
        "written approval."
    )
    assert status(text, "budget.extra_costs") == "covered"


# -- timing and team ---------------------------------------------------------------------------


def test_you_will_provide_before_a_date_is_a_client_obligation():
    text = (
        "You will provide the product photos and descriptions no later than two weeks before "
        "the go-live."
    )
    assert status(text, "timing.client_obligations") == "covered"


def test_you_will_receive_an_invoice_is_no_client_obligation():
    text = "You will receive a monthly invoice by e-mail."
    assert status(text, "timing.client_obligations") == "missing"


def test_customer_approving_deliverables_within_days_is_a_client_obligation():
    text = "The Customer's project manager approves the deliverables within ten working days."
    assert status(text, "timing.client_obligations") == "covered"


def test_project_manager_will_be_a_named_person_is_a_named_team():
    text = "Your project manager will be Jan Peeters, reachable at our Ghent office."
    assert status(text, "team.named_team") == "covered"


def test_project_manager_will_be_responsible_names_nobody():
    text = "The project manager will be responsible for the planning."
    assert status(text, "team.named_team") != "covered"


def test_senior_and_junior_developers_state_the_seniority():
    text = "The team consists of two senior developers and one junior developer."
    assert status(text, "team.seniority") == "covered"


def test_not_replacing_the_project_manager_without_consent_is_replacement():
    text = "The supplier will not replace the project manager without your consent."
    assert status(text, "team.replacement") == "covered"


def test_handing_everything_over_to_the_client_team_is_knowledge_transfer():
    text = (
        "At the end of the assignment the consultant hands everything over to the customer's "
        "internal team."
    )
    assert status(text, "team.knowledge_transfer") == "covered"


def test_escalation_to_named_roles_is_governance():
    text = (
        "Problems that the service desk cannot solve are escalated to the service manager and, "
        "if needed, to our operations director."
    )
    assert status(text, "reporting.governance") == "covered"


# -- rollout -----------------------------------------------------------------------------------


def test_days_to_test_each_delivery_is_an_acceptance_procedure():
    text = "You will have 15 working days to test each delivery against the specifications."
    assert status(text, "rollout.acceptance") == "covered"


def test_release_accepted_once_issues_are_fixed_is_acceptance():
    text = "Each release is accepted when no blocking issues remain after the test of 5 days."
    assert status(text, "rollout.acceptance") == "covered"


def test_an_offer_accepted_when_signed_is_no_acceptance_procedure():
    text = "This offer is accepted when you sign it and return it to us within 30 days."
    assert status(text, "rollout.acceptance") == "missing"


def test_import_of_existing_customer_data_is_data_migration():
    text = "The onboarding includes the import of your existing customer data from Excel."
    assert status(text, "rollout.data_migration") == "covered"


def test_import_duties_are_no_data_migration():
    text = "The Customer pays all import duties on the hardware delivered."
    assert status(text, "rollout.data_migration") == "missing"


# -- maintenance -------------------------------------------------------------------------------


def test_fixes_made_available_every_two_weeks_are_updates():
    text = "Fixes are made available every two weeks at no extra cost."
    assert status(text, "maintenance.updates") == "covered"


def test_discount_when_a_target_is_missed_is_a_service_credit():
    text = (
        "When the supplier fails to meet the response time in a month, the client receives a "
        "discount of 5% on the monthly fee."
    )
    assert status(text, "maintenance.service_credits") == "covered"


def test_discount_for_paying_annually_is_no_service_credit():
    text = "Customers paying annually in advance receive a discount of 3% on the fee."
    assert status(text, "maintenance.service_credits") == "missing"


def test_run_book_of_the_client_environment_is_customer_knowledge():
    text = "We maintain a run book of your servers, network and backup jobs."
    assert status(text, "maintenance.customer_knowledge") == "covered"


# -- exit and legal ----------------------------------------------------------------------------


def test_export_in_csv_at_the_end_is_data_return():
    text = "When the contract ends you can export your files in CSV format for 30 days."
    assert status(text, "exit.data_return") == "covered"


def test_terms_of_service_that_apply_and_the_order_that_prevails_are_general_terms():
    text = (
        "Our Terms of Service apply to this order; if they conflict with this order, this "
        "order prevails."
    )
    assert status(text, "agreement.general_terms") == "covered"


def test_keeping_all_information_confidential_is_confidentiality():
    text = (
        "Both parties keep all information exchanged under this agreement strictly "
        "confidential for five years."
    )
    assert status(text, "legal.confidentiality") == "covered"


def test_first_trying_to_resolve_a_dispute_is_dispute_resolution():
    text = (
        "The parties first try to resolve any disagreement in a meeting between their managing "
        "directors within 20 days."
    )
    assert status(text, "legal.dispute_resolution") == "covered"


def test_liability_limited_to_the_price_of_the_order_is_a_concrete_cap():
    text = "Our liability is limited to the price of the order concerned."
    assert status(text, "legal.liability") == "covered"


def test_an_inventory_of_laptops_and_licences_is_no_licence_on_deliverables():
    text = "The supplier keeps an inventory of all laptops and software licences of the client."
    assert status(text, "legal.ip") == "missing"


# -- risks -------------------------------------------------------------------------------------


def test_renewed_tacitly_for_two_years_is_auto_renewal():
    text = "The agreement starts on 1 March 2027 and is renewed tacitly for periods of two years."
    assert "risk.auto_renewal" in analysis(text).risk_ids()


def test_hourly_work_after_an_approved_quote_is_not_open_ended():
    text = (
        "Extra work is charged at EUR 90 per hour after the customer has approved a written quote."
    )
    assert "risk.open_ended_cost" not in analysis(text).risk_ids()


# -- plain English of the checklist's other items (probed beyond the four documents) -----------


def test_general_terms_that_apply_with_this_agreement_prevailing_are_general_terms():
    text = "Our general terms and conditions apply; in case of conflict this agreement prevails."
    assert status(text, "agreement.general_terms") == "covered"


def test_what_the_price_includes_is_scope():
    text = "The price includes analysis, development, testing and two days of training."
    assert status(text, "budget.scope") == "covered"


def test_a_price_including_vat_says_nothing_about_scope():
    text = "The price includes VAT and is payable in two instalments."
    assert status(text, "budget.scope") == "missing"


def test_delivery_weeks_after_the_order_is_planning():
    text = "We expect to deliver the first version six weeks after your order."
    assert status(text, "timing.planning") == "covered"


def test_payment_days_after_the_order_is_no_planning():
    text = "Invoices are payable within 30 days after the order."
    assert status(text, "timing.planning") == "missing"


def test_you_make_an_environment_available_is_a_client_obligation():
    text = "You make a test environment available before the start of the project."
    assert status(text, "timing.client_obligations") == "covered"


def test_you_make_payments_is_no_client_obligation():
    text = "You make all payments by bank transfer."
    assert status(text, "timing.client_obligations") == "missing"


def test_report_sent_to_you_each_month_is_progress_reporting():
    text = "Each month we send you a report on tickets, uptime and open actions."
    assert status(text, "reporting.progress") == "covered"


def test_progress_report_every_two_weeks_is_covered_progress_reporting():
    text = "You receive a short progress report every two weeks."
    assert status(text, "reporting.progress") == "covered"


def test_steering_committee_every_month_is_covered_governance():
    text = "A steering committee meets every month."
    assert status(text, "reporting.governance") == "covered"


def test_replacement_within_two_weeks_is_covered_replacement():
    text = "If a consultant leaves, we provide a replacement with the same skills within two weeks."
    assert status(text, "team.replacement") == "covered"


def test_we_deliver_documentation_and_a_handover_is_covered_knowledge_transfer():
    text = "We deliver technical documentation and a handover session to your IT team."
    assert status(text, "team.knowledge_transfer") == "covered"


def test_we_install_the_software_is_covered_deployment():
    text = "We install the software on your servers and take care of the go-live."
    assert status(text, "rollout.deployment") == "covered"


def test_confirming_acceptance_by_email_is_acceptance():
    text = "You test each sprint within five working days and confirm acceptance by e-mail."
    assert status(text, "rollout.acceptance") == "covered"


def test_support_between_two_clock_times_on_working_days_is_support_hours():
    text = "Support is available on working days between 9:00 and 17:00."
    assert status(text, "maintenance.support_hours") == "covered"


def test_business_days_from_receipt_are_no_support_hours():
    text = "We reply to your complaint within 10 business days from receipt."
    assert status(text, "maintenance.support_hours") == "missing"


def test_part_of_the_fee_back_when_availability_drops_is_a_service_credit():
    text = "If availability drops below 99.5%, you receive 10% of the monthly fee back."
    assert status(text, "maintenance.service_credits") == "covered"


def test_agreement_running_until_a_date_is_duration():
    text = "This agreement runs until 31 December 2028."
    assert status(text, "exit.duration_renewal") == "covered"


def test_cancelling_the_subscription_with_notice_is_termination():
    text = "You can cancel the subscription at any time with one month's notice."
    assert status(text, "exit.termination") == "covered"


def test_either_party_ending_the_agreement_with_notice_is_termination():
    text = "Either party may end this agreement by giving three months' written notice."
    assert status(text, "exit.termination") == "covered"


def test_handing_over_the_client_data_on_termination_is_data_return():
    text = "On termination we hand over all your data in a standard format."
    assert status(text, "exit.data_return") == "covered"


def test_source_code_deposited_with_an_escrow_agent_is_escrow():
    text = "The source code is deposited with an escrow agent and released if we go bankrupt."
    assert status(text, "exit.escrow") == "covered"


def test_you_own_what_we_build_once_paid_is_ip():
    text = "You own everything we build for you once paid."
    assert status(text, "legal.ip") == "covered"


def test_you_own_your_data_is_no_ip_clause():
    text = "You own all data you enter in the platform."
    assert status(text, "legal.ip") == "missing"


def test_treating_information_as_confidential_is_covered_confidentiality():
    text = "We treat all your information as confidential."
    assert status(text, "legal.confidentiality") == "covered"


def test_belgian_law_applies_with_competent_courts_is_governing_law():
    text = "Belgian law applies and the courts of Ghent are competent."
    assert status(text, "legal.governing_law") == "covered"


def test_subject_to_dutch_law_with_disputes_to_a_court_is_governing_law():
    text = "This agreement is subject to Dutch law; disputes go to the court of Amsterdam."
    assert status(text, "legal.governing_law") == "covered"


def test_obligations_under_belgian_privacy_law_are_no_governing_law():
    text = (
        "The supplier complies with its obligations under Belgian law on the protection of "
        "personal data."
    )
    assert status(text, "legal.governing_law") == "missing"
