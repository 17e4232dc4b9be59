"""How the analyser reads the eighth batch of held-out documents (unseen_documents_8.py): one test
per labelled item, risk flag and figure. The documents and their labels were written on 2026-12-05
and committed (05:45 UTC) after every rule change of that session, without reading the analyser's
rules. The decisions the analyser gets wrong are marked as strict expected failures
(KNOWN_MISSES), so that the file shows the score and a later general improvement that fixes one
turns its marker into a failure to remove. Never fit a rule to these texts, never change a label or
a text after a run.

Run once (2026-12-05), on two analysers:
- as at the start of the session (31db412): 333 of 428 decisions right (0.78); items 245/319,
  risks 50/65, figures 38/44; items nl 91/112, fr 78/97, en 76/110; covered 192/258, partial
  6/13, missing 47/48.
- as at the end of the session (dcdba40), the state KNOWN_MISSES recorded then: 338 of 428 (0.79);
  items 249/319, risks 50/65, figures 39/44; items nl 92/112, fr 80/97, en 77/110; covered
  196/258, partial 6/13, missing 47/48.

With the checklist model trained on 156 documents (04e6f27, the state KNOWN_MISSES recorded then),
which never saw this batch: 350 of 428 decisions right (0.82); items 261/319, nl 94/112, fr 86/97,
en 81/110. Its version trained on 136 documents (e37e6d7) had items 262/319.

After the rule rounds of 2026-12-05 (training rounds 5 to 13) and the checklist model retrained on
288 documents, the state KNOWN_MISSES now records: 375 of 428 (0.88); items 285/319 (0.89), risks
51/65, figures 39/44; items nl 103/112, fr 91/97, en 91/110. 25 decisions went from wrong to right
and 0 from right to wrong (each listed under its comment).
"""

from . import held_out
from .unseen_documents_8 import DOCUMENTS

# (document name, item / risk / figure id) the analyser gets wrong at the end of the session
KNOWN_MISSES: set[tuple[str, str]] = {
    ("nl_lowcode_order_intake_offer", "budget.extra_costs"),
    ("nl_dental_saas_subscription_agreement", "agreement.signed_both"),
    ("nl_dental_saas_subscription_agreement", "reporting.progress"),
    ("nl_dental_saas_subscription_agreement", "maintenance.response_time"),
    ("nl_digital_signage_contract", "timing.client_obligations"),
    ("nl_digital_signage_contract", "team.seniority"),
    ("fr_outsourced_dpo_contract", "maintenance.availability"),
    ("fr_outsourced_dpo_contract", "legal.ip"),
    ("fr_iot_temperature_monitoring_offer", "team.named_team"),
    ("fr_iot_temperature_monitoring_offer", "maintenance.response_time"),
    ("fr_cad_licence_maintenance_contract", "timing.client_obligations"),
    ("en_managed_wifi_naas_agreement", "agreement.general_terms"),
    ("en_managed_wifi_naas_agreement", "timing.client_obligations"),
    ("en_managed_wifi_naas_agreement", "rollout.acceptance"),
    ("en_managed_wifi_naas_agreement", "legal.dispute_resolution"),
    ("en_api_integration_development_agreement", "agreement.quote_included"),
    ("en_api_integration_development_agreement", "maintenance.services"),
    ("en_accessibility_audit_proposal", "budget.recurring_cost"),
    ("en_accessibility_audit_proposal", "timing.client_obligations"),
    ("en_accessibility_audit_proposal", "team.seniority"),
    ("en_accessibility_audit_proposal", "team.knowledge_transfer"),
    ("en_accessibility_audit_proposal", "rollout.deployment"),
    ("nl_lowcode_order_intake_offer", "risk.supplier_terms_prevail"),
    ("nl_dental_saas_subscription_agreement", "risk.unsigned"),
    ("nl_dental_saas_subscription_agreement", "risk.supplier_terms_prevail"),
    ("nl_dental_saas_subscription_agreement", "risk.unilateral_change"),
    ("nl_dental_saas_subscription_agreement", "risk.data_lockin"),
    ("fr_outsourced_dpo_contract", "risk.best_efforts_only"),
    ("fr_outsourced_dpo_contract", "risk.liability_excluded"),
    ("fr_iot_temperature_monitoring_offer", "risk.unilateral_change"),
    ("fr_cad_licence_maintenance_contract", "risk.unilateral_change"),
    ("en_managed_wifi_naas_agreement", "risk.best_efforts_only"),
    ("en_accessibility_audit_proposal", "risk.supplier_terms_prevail"),
    ("en_accessibility_audit_proposal", "risk.best_efforts_only"),
    ("en_accessibility_audit_proposal", "risk.liability_excluded"),
    ("nl_dental_saas_subscription_agreement", "response_time_hours_highest_priority"),
    ("fr_outsourced_dpo_contract", "response_time_hours_highest_priority"),
    ("fr_cad_licence_maintenance_contract", "response_time_hours_highest_priority"),
    ("en_accessibility_audit_proposal", "warranty_days"),
    # wrong on the first run as well; put back: the checklist model's first version found it,
    # the one trained with the round-5 documents (thresholds from 0.5) does not
    # wrong on the first run as well; put back: an earlier version of the checklist model found it,
    # the final one (trained with the round-6 documents) does not
    # made wrong by the rule rounds items13, partial13 and items14 and the checklist model
    # retrained on 384 documents (session of 2026-12-05 after stop 24)
    # wrong after the session that followed stop 26 (rule rounds nl19, fr19, fig19; the checklist
    # model, retrained, no longer ships maintenance.resolution_time, which its cross-validation on
    # the training documents now leaves to the rules)
    ("nl_lowcode_order_intake_offer", "rollout.data_migration"),
}


(
    test_item_status,
    test_risk_flag,
    test_figure,
    test_known_misses_name_labelled_decisions,
) = held_out.batch_tests(DOCUMENTS, KNOWN_MISSES)
