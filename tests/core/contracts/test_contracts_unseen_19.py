"""How the analyser reads the nineteenth batch of held-out documents (unseen_documents_19.py): one
test per labelled item, risk flag and figure. The documents and their labels were written on
2026-12-05 by examiners who did not read the analyser, and committed on their own branch before any
rule change of the session after stop 26; nobody who changed a rule or trained a model saw them or
their results (the lead saw the first run's per-language and per-item totals before the figures
round fig19 was briefed, so for that round these figures are not clean: batch 21 is), and the
branch joined main only once that session's analyser was final. The decisions the analyser gets
wrong are marked as strict expected failures (KNOWN_MISSES), so that the file shows the score and a
later general improvement that fixes one turns its marker into a failure to remove. Never fit a
rule or retrain to fit these texts, never change a label or a text after a run.

Scored by the lead only, on two analysers (2026-12-05):
- as at the start of the session (5b48683, stop 26): 505 of 567 decisions right (0.89); items
  378/425 (0.89), risks 83/93, figures 44/49; items nl 139/153, fr 117/129, en 122/143; covered
  295/334, partial 7/13, missing 76/78.
- final, with the rule rounds nl19, fr19 and fig19, the speed round speed19 and the checklist
  model retrained on the same 428 documents, the state KNOWN_MISSES records: 506 of 567 (0.89);
  items 379/425 (0.89), risks 83/93, figures 44/49; items nl 139/153, fr 118/129, en 122/143;
  covered 296/334, partial 7/13, missing 76/78."""

from . import held_out
from .unseen_documents_19 import DOCUMENTS

# (document name, item / risk / figure id) the analyser gets wrong on its final run of the session
# after stop 26
KNOWN_MISSES: set[tuple[str, str]] = {
    ("nl_b19_joinery_quotation_tool_email_offer", "agreement.signed_both"),
    ("nl_b19_joinery_quotation_tool_email_offer", "timing.client_obligations"),
    ("nl_b19_joinery_quotation_tool_email_offer", "team.named_team"),
    ("nl_b19_joinery_quotation_tool_email_offer", "rollout.warranty"),
    ("nl_b19_joinery_quotation_tool_email_offer", "maintenance.services"),
    ("nl_b19_joinery_quotation_tool_email_offer", "exit.data_return"),
    ("nl_b19_foodbank_volunteer_platform_saas_agreement", "rollout.acceptance"),
    ("nl_b19_tree_nursery_irrigation_maintenance_contract", "timing.delay"),
    ("nl_b19_tree_nursery_irrigation_maintenance_contract", "reporting.progress"),
    ("nl_b19_tree_nursery_irrigation_maintenance_contract", "maintenance.resolution_time"),
    ("nl_b19_tile_wholesaler_pim_project_agreement", "budget.project_cost"),
    ("nl_b19_tile_wholesaler_pim_project_agreement", "timing.client_obligations"),
    ("nl_b19_tile_wholesaler_pim_project_agreement", "maintenance.services"),
    ("nl_b19_tile_wholesaler_pim_project_agreement", "exit.data_return"),
    ("fr_b19_council_voting_maintenance", "budget.recurring_cost"),
    ("fr_b19_council_voting_maintenance", "timing.client_obligations"),
    ("fr_b19_council_voting_maintenance", "team.seniority"),
    ("fr_b19_council_voting_maintenance", "reporting.progress"),
    ("fr_b19_council_voting_maintenance", "maintenance.resolution_time"),
    ("fr_b19_auction_bidding_quote", "timing.client_obligations"),
    ("fr_b19_auction_bidding_quote", "team.named_team"),
    ("fr_b19_auction_bidding_quote", "rollout.acceptance"),
    ("fr_b19_exam_proctoring_saas_order", "timing.client_obligations"),
    ("fr_b19_exam_proctoring_saas_order", "rollout.user_support"),
    ("fr_b19_exam_proctoring_saas_order", "legal.confidentiality"),
    ("en_b19_escape_room_game_control_quote", "budget.extra_costs"),
    ("en_b19_escape_room_game_control_quote", "timing.delay"),
    ("en_b19_escape_room_game_control_quote", "team.named_team"),
    ("en_b19_escape_room_game_control_quote", "team.seniority"),
    ("en_b19_escape_room_game_control_quote", "team.knowledge_transfer"),
    ("en_b19_escape_room_game_control_quote", "rollout.data_migration"),
    ("en_b19_escape_room_game_control_quote", "maintenance.services"),
    ("en_b19_escape_room_game_control_quote", "exit.escrow"),
    ("en_b19_escape_room_game_control_quote", "legal.ip"),
    ("en_b19_escape_room_game_control_quote", "legal.confidentiality"),
    ("en_b19_itad_decommissioning_agreement", "maintenance.customer_knowledge"),
    ("en_b19_barge_connectivity_order_form", "agreement.quote_included"),
    ("en_b19_barge_connectivity_order_form", "budget.recurring_cost"),
    ("en_b19_barge_connectivity_order_form", "timing.client_obligations"),
    ("en_b19_barge_connectivity_order_form", "timing.delay"),
    ("en_b19_barge_connectivity_order_form", "rollout.acceptance"),
    ("en_b19_barge_connectivity_order_form", "rollout.user_support"),
    ("en_b19_barge_connectivity_order_form", "maintenance.updates"),
    ("en_b19_ibm_i_migration_sow", "exit.duration_renewal"),
    ("en_b19_ibm_i_migration_sow", "exit.termination"),
    ("en_b19_ibm_i_migration_sow", "legal.governing_law"),
    ("nl_b19_joinery_quotation_tool_email_offer", "risk.unilateral_change"),
    ("nl_b19_foodbank_volunteer_platform_saas_agreement", "risk.supplier_terms_prevail"),
    ("nl_b19_tree_nursery_irrigation_maintenance_contract", "risk.liability_excluded"),
    ("nl_b19_tile_wholesaler_pim_project_agreement", "risk.open_ended_cost"),
    ("fr_b19_auction_bidding_quote", "risk.supplier_terms_prevail"),
    ("fr_b19_window_configurator_development", "risk.supplier_terms_prevail"),
    ("fr_b19_exam_proctoring_saas_order", "risk.supplier_terms_prevail"),
    ("en_b19_itad_decommissioning_agreement", "risk.open_ended_cost"),
    ("en_b19_barge_connectivity_order_form", "risk.supplier_terms_prevail"),
    ("en_b19_barge_connectivity_order_form", "risk.data_lockin"),
    ("nl_b19_joinery_quotation_tool_email_offer", "contract_term_months"),
    ("nl_b19_joinery_quotation_tool_email_offer", "warranty_days"),
    ("fr_b19_council_voting_maintenance", "response_time_hours_highest_priority"),
    ("fr_b19_auction_bidding_quote", "warranty_days"),
    ("en_b19_escape_room_game_control_quote", "warranty_days"),
}


(
    test_item_status,
    test_risk_flag,
    test_figure,
    test_known_misses_name_labelled_decisions,
) = held_out.batch_tests(DOCUMENTS, KNOWN_MISSES)
