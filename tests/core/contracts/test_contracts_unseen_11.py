"""How the analyser reads the eleventh batch of held-out documents (unseen_documents_11.py): one
test per labelled item, risk flag and figure. The documents and their labels were written on
2026-12-05 by examiners who did not read the analyser, and committed on their own branch before the
checklist model was retrained with the training documents of rounds 7 to 13; the branch joined main
only once that model was final. The decisions the analyser gets wrong are marked as strict expected
failures (KNOWN_MISSES), so that the file shows the score and a later general improvement that
fixes one turns its marker into a failure to remove. Never fit a rule or retrain to fit these
texts, never change a label or a text after a run.

Run once (2026-12-05), on two analysers:
- as at the start of the session (cc06cbc: rules, the CUAD classifiers and the checklist model
  trained on 156 documents): 384 of 464 decisions right (0.83); items 282/350 (0.81), risks
  62/70, figures 40/44; items nl 107/125, fr 79/108, en 96/117; covered 224/278, partial 2/11,
  missing 56/61.
- with the rule rounds of 2026-12-05 and the checklist model trained on 288 documents, the state
  KNOWN_MISSES records: 407 of 464 (0.88); items 301/350 (0.86), risks 64/70, figures 42/44;
  items nl 108/125, fr 91/108, en 102/117; covered 243/278, partial 2/11, missing 56/61. It
  changed 27 item decisions: 21 wrong to right, 2 right to wrong (a quote the agreement includes
  and a planning, no longer found), 4 wrong to another wrong.
"""

from . import held_out
from .unseen_documents_11 import DOCUMENTS

# (document name, item / risk / figure id) the analyser gets wrong on the first run (the final
# model of 2026-12-05, trained on 288 documents)
KNOWN_MISSES: set[tuple[str, str]] = {
    ("nl_taxi_dispatch_licence_agreement", "risk.supplier_terms_prevail"),
    ("nl_tenant_portal_hosting_agreement", "agreement.signed_both"),
    ("nl_tenant_portal_hosting_agreement", "agreement.quote_included"),
    ("nl_tenant_portal_hosting_agreement", "timing.client_obligations"),
    ("nl_tenant_portal_hosting_agreement", "timing.delay"),
    ("nl_tenant_portal_hosting_agreement", "rollout.deployment"),
    ("nl_tenant_portal_hosting_agreement", "exit.transition"),
    ("nl_tenant_portal_hosting_agreement", "risk.unsigned"),
    ("nl_tenant_portal_hosting_agreement", "warranty_days"),
    ("nl_nas_backup_email_quote", "agreement.general_terms"),
    ("nl_nas_backup_email_quote", "team.named_team"),
    ("nl_nas_backup_email_quote", "team.knowledge_transfer"),
    ("nl_nas_backup_email_quote", "team.quality"),
    ("nl_nas_backup_email_quote", "rollout.data_migration"),
    ("nl_nas_backup_email_quote", "rollout.user_support"),
    ("nl_nas_backup_email_quote", "maintenance.customer_knowledge"),
    ("nl_nas_backup_email_quote", "exit.duration_renewal"),
    ("nl_nas_backup_email_quote", "exit.termination"),
    ("nl_nas_backup_email_quote", "risk.open_ended_cost"),
    ("fr_pharmacy_robot_software_maintenance", "agreement.quote_included"),
    ("fr_pharmacy_robot_software_maintenance", "exit.escrow"),
    ("fr_pharmacy_robot_software_maintenance", "notice_period_days"),
    ("fr_municipal_parking_payment_app_convention", "maintenance.resolution_time"),
    ("fr_municipal_parking_payment_app_convention", "legal.liability"),
    ("fr_municipal_parking_payment_app_convention", "risk.auto_renewal"),
    ("fr_notary_pc_renewal_quote", "agreement.signed_both"),
    ("fr_notary_pc_renewal_quote", "agreement.general_terms"),
    ("fr_notary_pc_renewal_quote", "budget.extra_costs"),
    ("fr_notary_pc_renewal_quote", "timing.client_obligations"),
    ("fr_notary_pc_renewal_quote", "team.named_team"),
    ("fr_notary_pc_renewal_quote", "team.knowledge_transfer"),
    ("fr_notary_pc_renewal_quote", "exit.duration_renewal"),
    ("fr_notary_pc_renewal_quote", "legal.confidentiality"),
    ("en_lms_saas_agreement", "timing.client_obligations"),
    ("en_lms_saas_agreement", "maintenance.service_credits"),
    ("en_lms_saas_agreement", "risk.supplier_terms_prevail"),
    ("en_booking_engine_renewal_letter", "agreement.general_terms"),
    ("en_booking_engine_renewal_letter", "budget.scope"),
    ("en_booking_engine_renewal_letter", "reporting.governance"),
    ("en_booking_engine_renewal_letter", "maintenance.customer_knowledge"),
    ("en_booking_engine_renewal_letter", "legal.liability"),
    ("en_booking_engine_renewal_letter", "risk.supplier_terms_prevail"),
    ("en_accounting_data_migration_sow", "budget.extra_costs"),
    ("en_accounting_data_migration_sow", "timing.client_obligations"),
    ("en_accounting_data_migration_sow", "team.knowledge_transfer"),
    ("en_accounting_data_migration_sow", "rollout.data_migration"),
    ("en_accounting_data_migration_sow", "maintenance.resolution_time"),
    ("en_accounting_data_migration_sow", "legal.liability"),
    # wrong after the session that followed stop 26 (rule rounds nl19, fr19, fig19; the checklist
    # model, retrained, no longer ships maintenance.resolution_time, which its cross-validation on
    # the training documents now leaves to the rules)
    ("nl_taxi_dispatch_licence_agreement", "budget.recurring_cost"),
}


(
    test_item_status,
    test_risk_flag,
    test_figure,
    test_known_misses_name_labelled_decisions,
) = held_out.batch_tests(DOCUMENTS, KNOWN_MISSES)
