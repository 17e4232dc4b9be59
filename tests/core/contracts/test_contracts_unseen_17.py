"""How the analyser reads the seventeenth batch of held-out documents (unseen_documents_17.py): one
test per labelled item, risk flag and figure. The documents and their labels were written on
2026-12-05 by examiners who did not read the analyser, and committed on their own branch before any
rule or model change of the session after stop 25 reached main; the branch joined main only once
that session's analyser was final. The decisions the analyser gets wrong are marked as strict
expected failures (KNOWN_MISSES), so that the file shows the score and a later general improvement
that fixes one turns its marker into a failure to remove. Never fit a rule or retrain to fit these
texts, never change a label or a text after a run.

Scored by the lead only, on three analysers (2026-12-05):
- as at the start of the session (60f295f, stop 25: the checklist model trained on 384
  documents): 546 of 623 decisions right (0.88); items 411/473 (0.87), risks 83/94, figures 52/56;
  items nl 132/160, fr 136/153, en 143/160; covered 297/343, partial 13/18, missing 101/112.
- with the rule rounds fig14, items15 and partial14 and the checklist model trained on 420
  documents (ef9b93e): 555 of 623 (0.89); items 418/473 (0.88), risks 83/94, figures 54/56; items
  nl 134/160, fr 136/153, en 148/160. Dutch read worst on this batch and the previous one: that
  chose the language of the last rule round (nl16), whose helper never saw these texts or their
  results.
- final, with the Dutch rule round nl16 and the checklist model trained on 428 documents, the
  state KNOWN_MISSES records: 556 of 623 (0.89); items 419/473 (0.89), risks 83/94, figures
  54/56; items nl 134/160, fr 137/153, en 148/160; covered 304/343, partial 14/18,
  missing 101/112."""

from . import held_out
from .unseen_documents_17 import DOCUMENTS

# (document name, item / risk / figure id) the analyser gets wrong on its final run of the session
# after stop 25
KNOWN_MISSES: set[tuple[str, str]] = {
    ("nl_swimming_pool_timing_maintenance", "agreement.quote_included"),
    ("nl_swimming_pool_timing_maintenance", "budget.extra_costs"),
    ("nl_swimming_pool_timing_maintenance", "budget.payment_terms"),
    ("nl_swimming_pool_timing_maintenance", "timing.planning"),
    ("nl_swimming_pool_timing_maintenance", "timing.client_obligations"),
    ("nl_swimming_pool_timing_maintenance", "rollout.deployment"),
    ("nl_swimming_pool_timing_maintenance", "rollout.user_support"),
    ("nl_swimming_pool_timing_maintenance", "maintenance.response_time"),
    ("nl_swimming_pool_timing_maintenance", "legal.data_protection"),
    ("nl_hearing_centre_server_email_offer", "budget.payment_terms"),
    ("nl_hearing_centre_server_email_offer", "team.named_team"),
    ("nl_hearing_centre_server_email_offer", "rollout.deployment"),
    ("nl_hearing_centre_server_email_offer", "rollout.warranty"),
    ("nl_hearing_centre_server_email_offer", "rollout.user_support"),
    ("nl_hearing_centre_server_email_offer", "maintenance.response_time"),
    ("nl_hearing_centre_server_email_offer", "legal.ip"),
    ("nl_hearing_centre_server_email_offer", "legal.confidentiality"),
    ("nl_hearing_centre_server_email_offer", "legal.data_protection"),
    ("nl_charity_crm_consultant_assignment", "budget.extra_costs"),
    ("nl_charity_crm_consultant_assignment", "team.named_team"),
    ("nl_charity_crm_consultant_assignment", "rollout.data_migration"),
    ("nl_charity_crm_consultant_assignment", "rollout.user_support"),
    ("nl_charity_crm_consultant_assignment", "maintenance.services"),
    ("nl_charity_crm_consultant_assignment", "maintenance.support_hours"),
    ("fr_b17_waste_collection_route_convention", "team.replacement"),
    ("fr_b17_nas_data_recovery_quote", "budget.extra_costs"),
    ("fr_b17_nas_data_recovery_quote", "budget.rates"),
    ("fr_b17_nas_data_recovery_quote", "timing.client_obligations"),
    ("fr_b17_nas_data_recovery_quote", "team.named_team"),
    ("fr_b17_nas_data_recovery_quote", "reporting.progress"),
    ("fr_b17_nas_data_recovery_quote", "rollout.acceptance"),
    ("fr_b17_rfid_linen_tracking_order", "agreement.signed_both"),
    ("fr_b17_rfid_linen_tracking_order", "budget.project_cost"),
    ("fr_b17_cattle_auction_software_maintenance", "agreement.quote_included"),
    ("fr_b17_cattle_auction_software_maintenance", "timing.delay"),
    ("fr_b17_cattle_auction_software_maintenance", "team.replacement"),
    ("fr_b17_cattle_auction_software_maintenance", "reporting.progress"),
    ("fr_b17_cattle_auction_software_maintenance", "maintenance.updates"),
    ("en_lab_data_cloud_managed_services", "agreement.quote_included"),
    ("en_lab_data_cloud_managed_services", "timing.client_obligations"),
    ("en_hotel_revenue_management_support", "rollout.data_migration"),
    ("en_architect_plotter_file_server_email_quote", "budget.recurring_cost"),
    ("en_architect_plotter_file_server_email_quote", "team.named_team"),
    ("en_architect_plotter_file_server_email_quote", "team.knowledge_transfer"),
    ("en_architect_plotter_file_server_email_quote", "rollout.user_support"),
    ("en_interim_cio_engagement_letter", "timing.client_obligations"),
    ("en_interim_cio_engagement_letter", "maintenance.support_hours"),
    ("en_interim_cio_engagement_letter", "maintenance.resolution_time"),
    ("en_interim_cio_engagement_letter", "exit.data_return"),
    ("en_interim_cio_engagement_letter", "legal.governing_law"),
    ("nl_swimming_pool_timing_maintenance", "risk.supplier_terms_prevail"),
    ("nl_hearing_centre_server_email_offer", "risk.supplier_terms_prevail"),
    ("nl_charity_crm_consultant_assignment", "risk.supplier_terms_prevail"),
    ("nl_charity_crm_consultant_assignment", "risk.best_efforts_only"),
    ("fr_b17_rfid_linen_tracking_order", "risk.unsigned"),
    ("fr_b17_rfid_linen_tracking_order", "risk.supplier_terms_prevail"),
    ("en_lab_data_cloud_managed_services", "risk.liability_excluded"),
    ("en_hotel_revenue_management_support", "risk.unilateral_change"),
    ("en_hotel_revenue_management_support", "risk.open_ended_cost"),
    ("en_hotel_revenue_management_support", "risk.data_lockin"),
    ("en_interim_cio_engagement_letter", "risk.best_efforts_only"),
    ("fr_b17_waste_collection_route_convention", "renewal_term_months"),
    ("fr_b17_waste_collection_route_convention", "warranty_days"),
    # wrong after the session that followed stop 26 (rule rounds nl19, fr19, fig19; the checklist
    # model, retrained, no longer ships maintenance.resolution_time, which its cross-validation on
    # the training documents now leaves to the rules)
    ("fr_b17_nas_data_recovery_quote", "maintenance.response_time"),
    ("en_architect_plotter_file_server_email_quote", "rollout.data_migration"),
}


(
    test_item_status,
    test_risk_flag,
    test_figure,
    test_known_misses_name_labelled_decisions,
) = held_out.batch_tests(DOCUMENTS, KNOWN_MISSES)
