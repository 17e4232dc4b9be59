"""How the analyser reads the tenth batch of held-out documents (unseen_documents_10.py): one test
per labelled item, risk flag and figure. The documents and their labels were written on 2026-12-05
by examiners who did not read the analyser, and committed on their own branch before the checklist
model was retrained with the round-6 training documents; the branch joined main only once that
model was final. The decisions the analyser gets wrong are marked as strict expected failures
(KNOWN_MISSES), so that the file shows the score and a later general improvement that fixes one
turns its marker into a failure to remove. Never fit a rule or retrain to fit these texts, never
change a label or a text after a run.

Run once (2026-12-05), on two analysers:
- as at the start of the session (4b1b88b: rules and the CUAD classifiers): 363 of 451 decisions
  right (0.80); items 260/337 (0.77), risks 62/71, figures 41/43; items nl 91/114, fr 90/115,
  en 79/108; covered 200/270, partial 4/8, missing 56/59.
- with the checklist model trained on 156 documents (04e6f27), the state KNOWN_MISSES recorded then:
  379 of 451 (0.84); items 276/337 (0.82), risks 62/71, figures 41/43; items nl 97/114, fr 94/115,
  en 85/108; covered 217/270, partial 4/8, missing 55/59. It changed 19 item decisions: 17 wrong
  to right, 1 wrong to another wrong, 1 right to wrong (a start-up cost added to a maintenance
  contract that has none).

After the rule rounds of 2026-12-05 (training rounds 5 to 13) and the checklist model retrained on
288 documents, the state KNOWN_MISSES now records: 397 of 451 (0.88); items 291/337 (0.86), risks
64/71, figures 42/43; items nl 100/114, fr 99/115, en 92/108. 19 decisions went from wrong to right
and 1 from right to wrong (each listed under its comment).
"""

from . import held_out
from .unseen_documents_10 import DOCUMENTS

# (document name, item / risk / figure id) the analyser gets wrong on the first run (04e6f27)
KNOWN_MISSES: set[tuple[str, str]] = {
    ("nl_managed_firewall_vpn_offer", "agreement.general_terms"),
    ("nl_managed_firewall_vpn_offer", "budget.extra_costs"),
    ("nl_managed_firewall_vpn_offer", "timing.planning"),
    ("nl_managed_firewall_vpn_offer", "timing.client_obligations"),
    ("nl_managed_firewall_vpn_offer", "rollout.deployment"),
    ("nl_managed_firewall_vpn_offer", "maintenance.resolution_time"),
    ("nl_managed_firewall_vpn_offer", "risk.unilateral_change"),
    ("nl_nurse_call_maintenance_contract", "budget.scope"),
    ("nl_nurse_call_maintenance_contract", "timing.planning"),
    ("nl_citizen_portal_tender_award", "timing.client_obligations"),
    ("nl_citizen_portal_tender_award", "rollout.data_migration"),
    ("nl_citizen_portal_tender_award", "rollout.acceptance"),
    ("fr_invoicing_software_maintenance_contract", "agreement.quote_included"),
    ("fr_invoicing_software_maintenance_contract", "budget.extra_costs"),
    ("fr_invoicing_software_maintenance_contract", "timing.client_obligations"),
    ("fr_invoicing_software_maintenance_contract", "maintenance.updates"),
    ("fr_google_workspace_migration_offer", "timing.client_obligations"),
    ("fr_google_workspace_migration_offer", "timing.delay"),
    ("fr_google_workspace_migration_offer", "rollout.deployment"),
    ("fr_google_workspace_migration_offer", "rollout.data_migration"),
    ("fr_google_workspace_migration_offer", "maintenance.services"),
    ("fr_google_workspace_migration_offer", "maintenance.response_time"),
    ("fr_google_workspace_migration_offer", "legal.ip"),
    ("fr_google_workspace_migration_offer", "risk.liability_excluded"),
    ("fr_google_workspace_migration_offer", "risk.open_ended_cost"),
    ("fr_legal_electronic_archiving_contract", "rollout.user_support"),
    ("fr_legal_electronic_archiving_contract", "exit.escrow"),
    ("fr_legal_electronic_archiving_contract", "legal.liability"),
    ("en_wms_implementation_agreement", "budget.extra_costs"),
    ("en_wms_implementation_agreement", "budget.recurring_cost"),
    ("en_finops_consultancy_proposal", "agreement.general_terms"),
    ("en_finops_consultancy_proposal", "budget.project_cost"),
    ("en_finops_consultancy_proposal", "timing.client_obligations"),
    ("en_finops_consultancy_proposal", "team.knowledge_transfer"),
    ("en_finops_consultancy_proposal", "legal.ip"),
    ("en_finops_consultancy_proposal", "risk.supplier_terms_prevail"),
    ("en_finops_consultancy_proposal", "risk.best_efforts_only"),
    ("en_equipment_repair_service_order", "agreement.general_terms"),
    ("en_equipment_repair_service_order", "budget.project_cost"),
    ("en_equipment_repair_service_order", "budget.extra_costs"),
    ("en_equipment_repair_service_order", "timing.planning"),
    ("en_equipment_repair_service_order", "timing.client_obligations"),
    ("en_equipment_repair_service_order", "legal.confidentiality"),
    ("en_equipment_repair_service_order", "risk.supplier_terms_prevail"),
    ("en_equipment_repair_service_order", "risk.data_lockin"),
    # made wrong by the rule rounds of 2026-12-05 (training rounds 5-13) and the checklist model
    # retrained on 288 documents; right before
    # made wrong by the rule rounds items13, partial13 and items14 and the checklist model
    # retrained on 384 documents (session of 2026-12-05 after stop 24)
    # made wrong by the rule rounds fig14, items15, partial14 and nl16 and the checklist model on
    # 428 documents (session after stop 25)
    ("nl_citizen_portal_tender_award", "exit.duration_renewal"),
    # wrong after the session that followed stop 26 (rule rounds nl19, fr19, fig19; the checklist
    # model, retrained, no longer ships maintenance.resolution_time, which its cross-validation on
    # the training documents now leaves to the rules)
    ("fr_invoicing_software_maintenance_contract", "maintenance.resolution_time"),
}


(
    test_item_status,
    test_risk_flag,
    test_figure,
    test_known_misses_name_labelled_decisions,
) = held_out.batch_tests(DOCUMENTS, KNOWN_MISSES)
