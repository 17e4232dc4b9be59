"""How the analyser reads the sixteenth batch of held-out documents (unseen_documents_16.py): one
test per labelled item, risk flag and figure. The documents and their labels were written on
2026-12-05 by examiners who did not read the analyser, and committed on their own branch before any
rule or model change of the session after stop 25 reached main; the branch joined main only once
that session's analyser was final. The decisions the analyser gets wrong are marked as strict
expected failures (KNOWN_MISSES), so that the file shows the score and a later general improvement
that fixes one turns its marker into a failure to remove. Never fit a rule or retrain to fit these
texts, never change a label or a text after a run.

Scored by the lead only, on three analysers (2026-12-05):
- as at the start of the session (60f295f, stop 25: the checklist model trained on 384
  documents): 510 of 586 decisions right (0.87); items 385/444 (0.87), risks 73/86, figures 52/56;
  items nl 130/159, fr 128/142, en 127/143; covered 286/329, partial 12/23, missing 87/92.
- with the rule rounds fig14, items15 and partial14 and the checklist model trained on 420
  documents (ef9b93e): 513 of 586 (0.88); items 388/444 (0.87), risks 73/86, figures 52/56; items
  nl 132/159, fr 128/142, en 128/143. Dutch read worst on this batch and the next: that chose the
  language of the last rule round (nl16), whose helper never saw these texts or their results.
- final, with the Dutch rule round nl16 and the checklist model trained on 428 documents, the
  state KNOWN_MISSES records: 515 of 586 (0.88); items 390/444 (0.88), risks 73/86, figures
  52/56; items nl 135/159, fr 128/142, en 127/143; covered 290/329, partial 15/23, missing 85/92."""

from . import held_out
from .unseen_documents_16 import DOCUMENTS

# (document name, item / risk / figure id) the analyser gets wrong on its final run of the session
# after stop 25
KNOWN_MISSES: set[tuple[str, str]] = {
    ("nl_bowling_lane_scoring_maintenance", "reporting.progress"),
    ("nl_bowling_lane_scoring_maintenance", "rollout.deployment"),
    ("nl_bowling_lane_scoring_maintenance", "rollout.warranty"),
    ("nl_port_crane_monitoring_licence", "timing.delay"),
    ("nl_port_crane_monitoring_licence", "rollout.data_migration"),
    ("nl_port_crane_monitoring_licence", "maintenance.service_credits"),
    ("nl_bicycle_repair_booking_email_offer", "budget.extra_costs"),
    ("nl_bicycle_repair_booking_email_offer", "timing.client_obligations"),
    ("nl_bicycle_repair_booking_email_offer", "team.named_team"),
    ("nl_bicycle_repair_booking_email_offer", "reporting.progress"),
    ("nl_bicycle_repair_booking_email_offer", "rollout.deployment"),
    ("nl_bicycle_repair_booking_email_offer", "rollout.warranty"),
    ("nl_bicycle_repair_booking_email_offer", "rollout.user_support"),
    ("nl_bicycle_repair_booking_email_offer", "maintenance.support_hours"),
    ("nl_bicycle_repair_booking_email_offer", "maintenance.updates"),
    ("nl_bicycle_repair_booking_email_offer", "exit.duration_renewal"),
    ("nl_bicycle_repair_booking_email_offer", "exit.termination"),
    ("nl_bicycle_repair_booking_email_offer", "legal.ip"),
    ("nl_clinic_nurse_phones_sla", "agreement.quote_included"),
    ("nl_clinic_nurse_phones_sla", "rollout.warranty"),
    ("nl_clinic_nurse_phones_sla", "legal.liability"),
    ("nl_clinic_nurse_phones_sla", "legal.confidentiality"),
    ("nl_clinic_nurse_phones_sla", "legal.governing_law"),
    ("fr_architect_render_farm_contract", "budget.extra_costs"),
    ("fr_architect_render_farm_contract", "legal.ip"),
    ("fr_vineyard_webshop_email_quote", "budget.project_cost"),
    ("fr_vineyard_webshop_email_quote", "budget.scope"),
    ("fr_vineyard_webshop_email_quote", "budget.extra_costs"),
    ("fr_vineyard_webshop_email_quote", "timing.client_obligations"),
    ("fr_vineyard_webshop_email_quote", "rollout.acceptance"),
    ("fr_notary_datacentre_sla_annex", "agreement.quote_included"),
    ("fr_notary_datacentre_sla_annex", "legal.liability"),
    ("fr_local_tv_playout_support_contract", "maintenance.services"),
    ("fr_local_tv_playout_support_contract", "maintenance.updates"),
    ("en_anpr_car_park_support_agreement", "agreement.signed_both"),
    ("en_anpr_car_park_support_agreement", "budget.scope"),
    ("en_anpr_car_park_support_agreement", "budget.extra_costs"),
    ("en_anpr_car_park_support_agreement", "timing.client_obligations"),
    ("en_anpr_car_park_support_agreement", "maintenance.updates"),
    ("en_anpr_car_park_support_agreement", "legal.liability"),
    ("en_machine_translation_saas_order_form", "agreement.signed_both"),
    ("en_machine_translation_saas_order_form", "budget.recurring_cost"),
    ("en_machine_translation_saas_order_form", "rollout.deployment"),
    ("en_machine_translation_saas_order_form", "rollout.data_migration"),
    ("en_research_grant_system_sow", "timing.client_obligations"),
    ("en_research_grant_system_sow", "legal.dispute_resolution"),
    ("en_dental_phone_system_email_quote", "budget.extra_costs"),
    ("en_dental_phone_system_email_quote", "budget.recurring_cost"),
    ("en_dental_phone_system_email_quote", "timing.client_obligations"),
    ("nl_port_crane_monitoring_licence", "risk.supplier_terms_prevail"),
    ("nl_port_crane_monitoring_licence", "risk.unilateral_change"),
    ("nl_bicycle_repair_booking_email_offer", "risk.supplier_terms_prevail"),
    ("nl_clinic_nurse_phones_sla", "risk.supplier_terms_prevail"),
    ("fr_architect_render_farm_contract", "risk.supplier_terms_prevail"),
    ("fr_architect_render_farm_contract", "risk.open_ended_cost"),
    ("fr_vineyard_webshop_email_quote", "risk.supplier_terms_prevail"),
    ("fr_local_tv_playout_support_contract", "risk.supplier_terms_prevail"),
    ("en_anpr_car_park_support_agreement", "risk.open_ended_cost"),
    ("en_anpr_car_park_support_agreement", "risk.unsigned"),
    ("en_machine_translation_saas_order_form", "risk.supplier_terms_prevail"),
    ("en_machine_translation_saas_order_form", "risk.unsigned"),
    ("en_dental_phone_system_email_quote", "risk.unilateral_change"),
    ("nl_bicycle_repair_booking_email_offer", "warranty_days"),
    ("fr_vineyard_webshop_email_quote", "notice_period_days"),
    ("fr_local_tv_playout_support_contract", "response_time_hours_highest_priority"),
    ("en_dental_phone_system_email_quote", "response_time_hours_highest_priority"),
    # wrong after the session that followed stop 26 (rule rounds nl19, fr19, fig19; the checklist
    # model, retrained, no longer ships maintenance.resolution_time, which its cross-validation on
    # the training documents now leaves to the rules)
    ("nl_bowling_lane_scoring_maintenance", "maintenance.resolution_time"),
    ("nl_port_crane_monitoring_licence", "maintenance.resolution_time"),
}


(
    test_item_status,
    test_risk_flag,
    test_figure,
    test_known_misses_name_labelled_decisions,
) = held_out.batch_tests(DOCUMENTS, KNOWN_MISSES)
