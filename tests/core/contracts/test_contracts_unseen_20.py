"""How the analyser reads the twentieth batch of held-out documents (unseen_documents_20.py): one
test per labelled item, risk flag and figure. The documents and their labels were written on
2026-12-05 by examiners who did not read the analyser, and committed on their own branch before
any rule change of the session after stop 26; nobody who changed a rule or trained a model saw
them or their results (the lead saw the first run's per-language and per-item totals before the
figures round fig19 was briefed, so for that round these figures are not clean: batch 21 is),
and the branch joined main only once that session's analyser was final. The decisions the
analyser gets wrong are marked as strict expected failures (KNOWN_MISSES), so that the file
shows the score and a later general improvement that fixes one turns its marker into a failure
to remove. Never fit a rule or retrain to fit these texts, never change a label or a text after
a run.

Scored by the lead only, on two analysers (2026-12-05):
- as at the start of the session (5b48683, stop 26): 537 of 606 decisions right (0.89); items
  412/464 (0.89), risks 79/91, figures 46/51; items nl 143/158, fr 131/149, en 138/157; covered
  304/337, partial 11/19, missing 97/108.
- final, with the rule rounds nl19, fr19 and fig19, the speed round speed19 and the checklist
  model retrained on the same 428 documents, the state KNOWN_MISSES records: 543 of 606 (0.90);
  items 417/464 (0.90), risks 79/91, figures 47/51; items nl 145/158, fr 133/149, en 139/157;
  covered 305/337, partial 12/19, missing 100/108."""

from . import held_out
from .unseen_documents_20 import DOCUMENTS

# (document name, item / risk / figure id) the analyser gets wrong on its final run of the session
# after stop 26
KNOWN_MISSES: set[tuple[str, str]] = {
    ("nl_b20_youth_movement_website_email", "budget.scope"),
    ("nl_b20_youth_movement_website_email", "team.named_team"),
    ("nl_b20_youth_movement_website_email", "rollout.deployment"),
    ("nl_b20_youth_movement_website_email", "rollout.user_support"),
    ("nl_b20_youth_movement_website_email", "maintenance.services"),
    ("nl_b20_youth_movement_website_email", "exit.duration_renewal"),
    ("nl_b20_youth_movement_website_email", "exit.termination"),
    ("nl_b20_youth_movement_website_email", "legal.data_protection"),
    ("nl_b20_smart_parking_sensors_cooperation", "agreement.quote_included"),
    ("nl_b20_event_rental_planning_tool_quote", "budget.project_cost"),
    ("nl_b20_event_rental_planning_tool_quote", "rollout.data_migration"),
    ("nl_b20_event_rental_planning_tool_quote", "maintenance.availability"),
    ("nl_b20_event_rental_planning_tool_quote", "exit.data_return"),
    ("fr_b20_cpas_cloud_switchboard_convention", "rollout.data_migration"),
    ("fr_b20_cheese_shop_click_collect_offer", "timing.client_obligations"),
    ("fr_b20_cheese_shop_click_collect_offer", "timing.delay"),
    ("fr_b20_cheese_shop_click_collect_offer", "team.named_team"),
    ("fr_b20_cheese_shop_click_collect_offer", "rollout.acceptance"),
    ("fr_b20_cheese_shop_click_collect_offer", "rollout.user_support"),
    ("fr_b20_cheese_shop_click_collect_offer", "maintenance.response_time"),
    ("fr_b20_cheese_shop_click_collect_offer", "maintenance.availability"),
    ("fr_b20_cheese_shop_click_collect_offer", "legal.ip"),
    ("fr_b20_school_absence_register_saas", "budget.extra_costs"),
    ("fr_b20_school_absence_register_saas", "timing.client_obligations"),
    ("fr_b20_school_absence_register_saas", "timing.delay"),
    ("fr_b20_clinic_imaging_archive_sla_annex", "agreement.signed_both"),
    ("fr_b20_clinic_imaging_archive_sla_annex", "budget.payment_terms"),
    ("fr_b20_clinic_imaging_archive_sla_annex", "maintenance.response_time"),
    ("fr_b20_clinic_imaging_archive_sla_annex", "legal.confidentiality"),
    ("en_b20_port_gate_camera_support", "rollout.user_support"),
    ("en_b20_port_gate_camera_support", "legal.ip"),
    ("en_b20_port_gate_camera_support", "legal.governing_law"),
    ("en_b20_whistleblowing_saas_order_form", "agreement.signed_both"),
    ("en_b20_whistleblowing_saas_order_form", "budget.recurring_cost"),
    ("en_b20_whistleblowing_saas_order_form", "reporting.progress"),
    ("en_b20_whistleblowing_saas_order_form", "rollout.deployment"),
    ("en_b20_whistleblowing_saas_order_form", "maintenance.services"),
    ("en_b20_coworking_access_print_proposal_email", "agreement.general_terms"),
    ("en_b20_coworking_access_print_proposal_email", "budget.extra_costs"),
    ("en_b20_coworking_access_print_proposal_email", "maintenance.response_time"),
    ("en_b20_coworking_access_print_proposal_email", "legal.ip"),
    ("en_b20_coworking_access_print_proposal_email", "legal.data_protection"),
    ("en_b20_pim_implementation_agreement", "agreement.signed_both"),
    ("en_b20_pim_implementation_agreement", "budget.extra_costs"),
    ("en_b20_pim_implementation_agreement", "timing.client_obligations"),
    ("en_b20_pim_implementation_agreement", "maintenance.resolution_time"),
    ("en_b20_pim_implementation_agreement", "exit.transition"),
    ("nl_b20_smart_parking_sensors_cooperation", "risk.supplier_terms_prevail"),
    ("nl_b20_golf_club_tee_time_saas_agreement", "risk.supplier_terms_prevail"),
    ("nl_b20_event_rental_planning_tool_quote", "risk.unilateral_change"),
    ("nl_b20_event_rental_planning_tool_quote", "risk.open_ended_cost"),
    ("nl_b20_event_rental_planning_tool_quote", "risk.data_lockin"),
    ("fr_b20_cheese_shop_click_collect_offer", "risk.best_efforts_only"),
    ("fr_b20_school_absence_register_saas", "risk.supplier_terms_prevail"),
    ("fr_b20_clinic_imaging_archive_sla_annex", "risk.unsigned"),
    ("en_b20_port_gate_camera_support", "risk.open_ended_cost"),
    ("en_b20_whistleblowing_saas_order_form", "risk.supplier_terms_prevail"),
    ("en_b20_whistleblowing_saas_order_form", "risk.unsigned"),
    ("en_b20_pim_implementation_agreement", "risk.unsigned"),
    ("nl_b20_youth_movement_website_email", "notice_period_days"),
    ("nl_b20_smart_parking_sensors_cooperation", "warranty_days"),
    ("en_b20_coworking_access_print_proposal_email", "notice_period_days"),
    ("en_b20_pim_implementation_agreement", "response_time_hours_highest_priority"),
}


(
    test_item_status,
    test_risk_flag,
    test_figure,
    test_known_misses_name_labelled_decisions,
) = held_out.batch_tests(DOCUMENTS, KNOWN_MISSES)
