"""How the analyser reads the seventh batch of held-out documents (unseen_documents_7.py): one
test per labelled item, risk flag and figure. The documents and their labels were written on
2026-12-05 and committed (04:26-04:28 UTC) without reading the analyser's rules, before any rule
change of that session, and nobody who changed a rule saw them or their results. The decisions the
analyser got wrong on its first run are marked as strict expected failures (KNOWN_MISSES), so that
the file shows the score and a later general improvement that fixes one turns its marker into a
failure to remove. Never fit a rule to these texts, never change a label or a text after a run.

First run (2026-12-05), on the analyser as at the start of the session (31db412), the state
KNOWN_MISSES recorded then: 329 of 426 decisions right (0.77); items 240/319, risks 51/63, figures
38/44; items nl 82/109, fr 86/110, en 72/100. Items by expected status: covered 177/245, partial
4/12, missing 59/62.

After the second round of rule changes (main at 48d375b): 338 of 426 (0.79); items 248/319, risks
52/63, figures 38/44. After the third round (ef0ad09), which wrote development documents of other
kinds (small suppliers' informal texts, long formal contracts): unchanged, 338 of 426; items nl
84/109, fr 92/110, en 72/100; covered 185/245, partial 4/12, missing 59/62. No decision that was
right on the first run became wrong.

With the checklist model trained on 156 documents (04e6f27, the state KNOWN_MISSES recorded then),
which never saw this batch: 348 of 426 decisions right (0.82); items 258/319, nl 87/109, fr 95/110,
en 76/100. Its version trained on 136 documents (e37e6d7) had items 261/319.

After the rule rounds of 2026-12-05 (training rounds 5 to 13) and the checklist model retrained on
288 documents, the state KNOWN_MISSES now records: 363 of 426 (0.85); items 270/319 (0.85), risks
53/63, figures 40/44; items nl 92/109, fr 97/110, en 81/100. 17 decisions went from wrong to right
and 2 from right to wrong (each listed under its comment).
"""

from . import held_out
from .unseen_documents_7 import DOCUMENTS

# (document name, item / risk / figure id) the analyser gets wrong, from the first run (31db412)
KNOWN_MISSES: set[tuple[str, str]] = {
    ("nl_bi_dashboard_offer_email", "agreement.general_terms"),
    ("nl_bi_dashboard_offer_email", "budget.scope"),
    ("nl_bi_dashboard_offer_email", "budget.extra_costs"),
    ("nl_bi_dashboard_offer_email", "rollout.data_migration"),
    ("nl_bi_dashboard_offer_email", "maintenance.resolution_time"),
    ("nl_bi_dashboard_offer_email", "legal.ip"),
    ("nl_colocation_agreement", "legal.governing_law"),
    ("nl_school_ict_service_agreement", "budget.project_cost"),
    ("nl_school_ict_service_agreement", "budget.recurring_cost"),
    ("nl_school_ict_service_agreement", "legal.confidentiality"),
    ("fr_peppol_einvoicing_offer", "maintenance.response_time"),
    ("fr_peppol_einvoicing_offer", "exit.transition"),
    ("fr_fibre_internet_subscription", "timing.client_obligations"),
    ("fr_fibre_internet_subscription", "maintenance.updates"),
    ("fr_sap_consultant_secondment", "budget.scope"),
    ("fr_sap_consultant_secondment", "timing.client_obligations"),
    ("fr_sap_consultant_secondment", "rollout.acceptance"),
    ("en_source_code_escrow_agreement", "budget.recurring_cost"),
    ("en_source_code_escrow_agreement", "budget.rates"),
    ("en_source_code_escrow_agreement", "budget.extra_costs"),
    ("en_source_code_escrow_agreement", "timing.delay"),
    ("en_source_code_escrow_agreement", "reporting.progress"),
    ("en_source_code_escrow_agreement", "reporting.governance"),
    ("en_crm_letter_of_intent", "budget.recurring_cost"),
    ("en_crm_letter_of_intent", "timing.client_obligations"),
    ("en_crm_letter_of_intent", "team.knowledge_transfer"),
    ("en_crm_letter_of_intent", "rollout.acceptance"),
    ("en_crm_letter_of_intent", "maintenance.response_time"),
    ("en_crm_letter_of_intent", "exit.duration_renewal"),
    ("en_hosting_renewal_pro_forma", "budget.recurring_cost"),
    ("en_hosting_renewal_pro_forma", "budget.extra_costs"),
    ("en_hosting_renewal_pro_forma", "budget.rates"),
    ("en_hosting_renewal_pro_forma", "rollout.acceptance"),
    ("en_hosting_renewal_pro_forma", "exit.data_return"),
    ("nl_colocation_agreement", "risk.supplier_terms_prevail"),
    ("nl_colocation_agreement", "risk.unilateral_change"),
    ("nl_school_ict_service_agreement", "risk.supplier_terms_prevail"),
    ("fr_peppol_einvoicing_offer", "risk.liability_excluded"),
    ("fr_sap_consultant_secondment", "risk.liability_excluded"),
    ("en_source_code_escrow_agreement", "risk.supplier_terms_prevail"),
    ("en_crm_letter_of_intent", "risk.supplier_terms_prevail"),
    ("en_hosting_renewal_pro_forma", "risk.supplier_terms_prevail"),
    ("en_hosting_renewal_pro_forma", "risk.data_lockin"),
    ("en_hosting_renewal_pro_forma", "risk.open_ended_cost"),
    ("en_source_code_escrow_agreement", "notice_period_days"),
    ("en_crm_letter_of_intent", "warranty_days"),
    ("en_hosting_renewal_pro_forma", "contract_term_months"),
    # wrong on the first run as well; put back: an earlier version of the checklist model found it,
    # the final one (trained with the round-6 documents) does not
    # made wrong by the rule rounds of 2026-12-05 (training rounds 5-13) and the checklist model
    # retrained on 288 documents; right before
    ("nl_school_ict_service_agreement", "rollout.deployment"),
    ("fr_peppol_einvoicing_offer", "rollout.data_migration"),
    # made wrong by the rule rounds items13, partial13 and items14 and the checklist model
    # retrained on 384 documents (session of 2026-12-05 after stop 24)
    ("en_hosting_renewal_pro_forma", "rollout.deployment"),
    # made wrong by the rule rounds fig14, items15, partial14 and nl16 and the checklist model on
    # 428 documents (session after stop 25)
    # wrong after the session that followed stop 26 (rule rounds nl19, fr19, fig19; the checklist
    # model, retrained, no longer ships maintenance.resolution_time, which its cross-validation on
    # the training documents now leaves to the rules)
    ("fr_fibre_internet_subscription", "maintenance.service_credits"),
}


(
    test_item_status,
    test_risk_flag,
    test_figure,
    test_known_misses_name_labelled_decisions,
) = held_out.batch_tests(DOCUMENTS, KNOWN_MISSES)
