"""How the analyser reads the eighteenth batch of held-out documents (unseen_documents_18.py): one
test per labelled item, risk flag and figure. The documents and their labels were written on
2026-12-05 by examiners who did not read the analyser, and committed on their own branch while the
last rule round of the session after stop 25 (nl16) was being written; nobody who changed a rule
or trained a model saw them or their results, and the branch joined main only once that session's
analyser was final. The decisions the analyser gets wrong are marked as strict expected failures
(KNOWN_MISSES), so that the file shows the score and a later general improvement that fixes one
turns its marker into a failure to remove. Never fit a rule or retrain to fit these texts, never
change a label or a text after a run.

Scored by the lead only, on three analysers (2026-12-05):
- as at the start of the session (60f295f, stop 25: the checklist model trained on 384
  documents): 498 of 565 decisions right (0.88); items 382/436 (0.88), risks 77/85, figures 39/44;
  items nl 122/140, fr 129/149, en 131/147; covered 257/293, partial 12/21, missing 113/122.
- with the rule rounds fig14, items15 and partial14 and the checklist model trained on 420
  documents (ef9b93e): 502 of 565 (0.89); items 385/436 (0.88), risks 77/85, figures 40/44; items
  nl 123/140, fr 130/149, en 132/147.
- final, with the Dutch rule round nl16 and the checklist model trained on 428 documents, the
  state KNOWN_MISSES records: 506 of 565 (0.90); items 389/436 (0.89), risks 77/85, figures
  40/44; items nl 125/140, fr 131/149, en 133/147; covered 261/293, partial 13/21,
  missing 115/122."""

from . import held_out
from .unseen_documents_18 import DOCUMENTS

# (document name, item / risk / figure id) the analyser gets wrong on its final run of the session
# after stop 25
KNOWN_MISSES: set[tuple[str, str]] = {
    ("nl_b18_pet_boarding_pc_wifi_offer", "timing.client_obligations"),
    ("nl_b18_pet_boarding_pc_wifi_offer", "team.named_team"),
    ("nl_b18_pet_boarding_pc_wifi_offer", "rollout.user_support"),
    ("nl_b18_pet_boarding_pc_wifi_offer", "maintenance.services"),
    ("nl_b18_pet_boarding_pc_wifi_offer", "maintenance.response_time"),
    ("nl_b18_carwash_payment_terminal_maintenance", "budget.extra_costs"),
    ("nl_b18_carwash_payment_terminal_maintenance", "timing.client_obligations"),
    ("nl_b18_carwash_payment_terminal_maintenance", "rollout.deployment"),
    ("nl_b18_carwash_payment_terminal_maintenance", "maintenance.updates"),
    ("nl_b18_dental_recall_saas_agreement", "maintenance.services"),
    ("nl_b18_dental_recall_saas_agreement", "maintenance.support_hours"),
    ("nl_b18_school_group_m365_sla_annex", "agreement.signed_both"),
    ("nl_b18_school_group_m365_sla_annex", "maintenance.service_credits"),
    ("nl_b18_school_group_m365_sla_annex", "legal.ip"),
    ("fr_b18_salon_booking_site_quote", "agreement.general_terms"),
    ("fr_b18_salon_booking_site_quote", "budget.extra_costs"),
    ("fr_b18_salon_booking_site_quote", "timing.planning"),
    ("fr_b18_festival_cashless_contract", "team.seniority"),
    ("fr_b18_festival_cashless_contract", "reporting.progress"),
    ("fr_b18_festival_cashless_contract", "maintenance.services"),
    ("fr_b18_school_meal_ordering_convention", "agreement.general_terms"),
    ("fr_b18_school_meal_ordering_convention", "agreement.quote_included"),
    ("fr_b18_school_meal_ordering_convention", "rollout.acceptance"),
    ("fr_b18_teleconsultation_sla_annex", "agreement.quote_included"),
    ("fr_b18_teleconsultation_sla_annex", "budget.startup_cost"),
    ("fr_b18_teleconsultation_sla_annex", "timing.planning"),
    ("fr_b18_teleconsultation_sla_annex", "timing.client_obligations"),
    ("fr_b18_teleconsultation_sla_annex", "team.knowledge_transfer"),
    ("en_b18_marina_kiosk_support_agreement", "agreement.signed_both"),
    ("en_b18_marina_kiosk_support_agreement", "timing.client_obligations"),
    ("en_b18_equipment_tracking_saas_order_form", "budget.project_cost"),
    ("en_b18_equipment_tracking_saas_order_form", "timing.client_obligations"),
    ("en_b18_equipment_tracking_saas_order_form", "rollout.deployment"),
    ("en_b18_equipment_tracking_saas_order_form", "rollout.data_migration"),
    ("en_b18_equipment_tracking_saas_order_form", "maintenance.resolution_time"),
    ("en_b18_yoga_booking_app_email_quote", "timing.planning"),
    ("en_b18_yoga_booking_app_email_quote", "team.named_team"),
    ("en_b18_yoga_booking_app_email_quote", "rollout.deployment"),
    ("en_b18_yoga_booking_app_email_quote", "maintenance.availability"),
    ("en_b18_ngo_donor_migration_sow", "agreement.signed_both"),
    ("en_b18_ngo_donor_migration_sow", "timing.client_obligations"),
    ("nl_b18_dental_recall_saas_agreement", "risk.unilateral_change"),
    ("nl_b18_school_group_m365_sla_annex", "risk.unsigned"),
    ("fr_b18_salon_booking_site_quote", "risk.unilateral_change"),
    ("en_b18_marina_kiosk_support_agreement", "risk.open_ended_cost"),
    ("en_b18_marina_kiosk_support_agreement", "risk.unsigned"),
    ("en_b18_equipment_tracking_saas_order_form", "risk.supplier_terms_prevail"),
    ("en_b18_yoga_booking_app_email_quote", "risk.unilateral_change"),
    ("en_b18_ngo_donor_migration_sow", "risk.unsigned"),
    ("nl_b18_pet_boarding_pc_wifi_offer", "warranty_days"),
    ("fr_b18_festival_cashless_contract", "availability_percent"),
    ("en_b18_yoga_booking_app_email_quote", "notice_period_days"),
    # wrong after the session that followed stop 26 (rule rounds nl19, fr19, fig19; the checklist
    # model, retrained, no longer ships maintenance.resolution_time, which its cross-validation on
    # the training documents now leaves to the rules)
    ("nl_b18_school_group_m365_sla_annex", "maintenance.resolution_time"),
    ("fr_b18_teleconsultation_sla_annex", "exit.data_return"),
    ("en_b18_marina_kiosk_support_agreement", "rollout.user_support"),
}


(
    test_item_status,
    test_risk_flag,
    test_figure,
    test_known_misses_name_labelled_decisions,
) = held_out.batch_tests(DOCUMENTS, KNOWN_MISSES)
