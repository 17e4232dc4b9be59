"""How the analyser reads the ninth batch of held-out documents (unseen_documents_9.py): one test
per labelled item, risk flag and figure. The documents and their labels were written on 2026-12-05
by examiners who did not read the analyser, and committed on their own branch before the checklist
model was scored on any held-out document; the branch joined main only once the model, its
training documents and its thresholds were final, so nothing learned or chosen saw these texts.
The decisions the analyser gets wrong are marked as strict expected failures (KNOWN_MISSES), so
that the file shows the score and a later general improvement that fixes one turns its marker into
a failure to remove. Never fit a rule or retrain to fit these texts, never change a label or a text
after a run.

Run once (2026-12-05), on two analysers:
- as at the start of the session (4b1b88b: rules and the CUAD classifiers): 385 of 478 decisions
  right (0.81); items 285/362 (0.79), risks 62/70, figures 38/46; items nl 100/127, fr 93/120,
  en 92/115; covered 218/288, partial 8/13, missing 59/61.
- with the checklist model (e37e6d7), the state KNOWN_MISSES recorded then: 404 of 478 (0.85); items
  304/362 (0.84), risks 62/70, figures 38/46; items nl 106/127, fr 102/120, en 96/115; covered
  237/288, partial 8/13, missing 59/61. It changed 22 item decisions: 19 wrong to right, 3 wrong
  to another wrong (covered read as partial), none right to wrong.
- with the checklist model retrained on 156 documents (04e6f27, with the round-6 training
  documents), the state KNOWN_MISSES recorded then: 405 of 478 (0.85); items 305/362 (0.84), nl
  106/127, fr 101/120, en 98/115; against the start, 21 item decisions right that were wrong and
  1 wrong that was right (a data migration added to an IT services agreement without one).

After the rule rounds of 2026-12-05 (training rounds 5 to 13) and the checklist model retrained on
288 documents, the state KNOWN_MISSES now records: 426 of 478 (0.89); items 323/362 (0.89), risks
62/70, figures 41/46; items nl 116/127, fr 105/120, en 102/115. 25 decisions went from wrong to
right and 4 from right to wrong (each listed under its comment).
"""

from . import held_out
from .unseen_documents_9 import DOCUMENTS

# (document name, item / risk / figure id) the analyser gets wrong (first run e37e6d7, then 04e6f27)
KNOWN_MISSES: set[tuple[str, str]] = {
    ("nl_municipal_helpdesk_outsourcing_offer", "timing.client_obligations"),
    ("nl_municipal_helpdesk_outsourcing_offer", "timing.delay"),
    ("nl_municipal_helpdesk_outsourcing_offer", "team.replacement"),
    ("nl_municipal_helpdesk_outsourcing_offer", "reporting.governance"),
    ("nl_municipal_helpdesk_outsourcing_offer", "legal.ip"),
    ("nl_ecommerce_platform_migration_agreement", "agreement.quote_included"),
    ("nl_cloud_telephony_contract", "budget.recurring_cost"),
    ("nl_cloud_telephony_contract", "exit.transition"),
    ("nl_cloud_telephony_contract", "legal.dispute_resolution"),
    ("nl_cloud_telephony_contract", "risk.unilateral_change"),
    ("fr_medical_practice_it_services_agreement", "timing.client_obligations"),
    ("fr_medical_practice_it_services_agreement", "legal.ip"),
    ("fr_medical_practice_it_services_agreement", "legal.confidentiality"),
    ("fr_medical_practice_it_services_agreement", "risk.liability_excluded"),
    ("fr_intranet_redesign_hosting_offer", "legal.ip"),
    ("fr_intranet_redesign_hosting_offer", "risk.unilateral_change"),
    ("fr_intranet_redesign_hosting_offer", "contract_term_months"),
    ("fr_stock_management_licence_email", "budget.scope"),
    ("fr_stock_management_licence_email", "timing.client_obligations"),
    ("fr_stock_management_licence_email", "team.named_team"),
    ("fr_stock_management_licence_email", "exit.termination"),
    ("fr_stock_management_licence_email", "legal.ip"),
    ("fr_stock_management_licence_email", "risk.unilateral_change"),
    ("fr_stock_management_licence_email", "notice_period_days"),
    ("en_data_warehouse_managed_service_agreement", "budget.extra_costs"),
    ("en_data_warehouse_managed_service_agreement", "timing.client_obligations"),
    ("en_field_service_master_subscription_agreement", "agreement.signed_both"),
    ("en_field_service_master_subscription_agreement", "timing.client_obligations"),
    ("en_field_service_master_subscription_agreement", "maintenance.support_hours"),
    ("en_field_service_master_subscription_agreement", "maintenance.resolution_time"),
    ("en_field_service_master_subscription_agreement", "risk.supplier_terms_prevail"),
    ("en_field_service_master_subscription_agreement", "risk.unsigned"),
    ("en_pentest_engagement_letter", "timing.delay"),
    ("en_pentest_engagement_letter", "team.replacement"),
    ("en_pentest_engagement_letter", "team.seniority"),
    ("en_pentest_engagement_letter", "reporting.progress"),
    ("en_pentest_engagement_letter", "reporting.governance"),
    ("en_pentest_engagement_letter", "legal.ip"),
    ("en_pentest_engagement_letter", "risk.best_efforts_only"),
    # right on the first run (e37e6d7), wrong with the checklist model retrained with the round-6
    # documents (as the start of the session, 4b1b88b, had it)
    # right on the first run and before the checklist model, wrong with the model retrained with
    # the round-6 documents: it adds an item labelled missing
    # made wrong by the rule rounds of 2026-12-05 (training rounds 5-13) and the checklist model
    # retrained on 288 documents; right before
    ("fr_intranet_redesign_hosting_offer", "agreement.signed_both"),
    ("fr_intranet_redesign_hosting_offer", "risk.unsigned"),
    ("en_pentest_engagement_letter", "budget.recurring_cost"),
    # made wrong by the rule rounds items13, partial13 and items14 and the checklist model
    # retrained on 384 documents (session of 2026-12-05 after stop 24)
    ("fr_stock_management_licence_email", "maintenance.support_hours"),
    ("fr_stock_management_licence_email", "maintenance.updates"),
    # made wrong by the rule rounds fig14, items15, partial14 and nl16 and the checklist model on
    # 428 documents (session after stop 25)
    # wrong after the session that followed stop 26 (rule rounds nl19, fr19, fig19; the checklist
    # model, retrained, no longer ships maintenance.resolution_time, which its cross-validation on
    # the training documents now leaves to the rules)
    ("nl_municipal_helpdesk_outsourcing_offer", "rollout.data_migration"),
    ("fr_intranet_redesign_hosting_offer", "maintenance.resolution_time"),
}


(
    test_item_status,
    test_risk_flag,
    test_figure,
    test_known_misses_name_labelled_decisions,
) = held_out.batch_tests(DOCUMENTS, KNOWN_MISSES)
