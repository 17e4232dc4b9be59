"""How the analyser reads the fourth batch of held-out documents (unseen_documents_4.py): one test
per labelled item, risk flag and figure. The documents and their labels were written on
2026-12-05 and committed (01:42-01:46 UTC) without reading the analyser's rules, before any rule
change of that session was merged and before the analyser was run on them. The decisions the
analyser gets wrong on that first run are marked as strict expected failures (KNOWN_MISSES), so
that the file shows the score and a later general improvement that fixes one turns its marker
into a failure to remove. Never fit a rule to these texts, never change a label or a text after a
run.

First run (2026-12-05, analyser of main at 92d8ba5): 257 of 374 decisions right (0.69); items
193/289, risks 38/50, figures 26/35; nl 122/170, fr 90/127, en 45/77. Items by expected status:
covered 134/212, partial 7/21, missing 52/56.

After the rule changes of the same session (main at 0e2b548): 283 of 374 (0.76); items
213/289, risks 39/50, figures 31/35; nl 133/170, fr 96/127, en 54/77. Not all of it is clean:
the figures helper chose what to probe partly from the held-out figure misses, and the English
and "partial" helpers were briefed after the lead had seen this batch's first-run totals by
language and status (see the closing note of 2026-12-05).

With the checklist model trained on 156 documents (04e6f27, the state KNOWN_MISSES recorded then):
313 of 374 decisions right (0.84); items 241/289, nl 109/131, fr 86/98, en 46/60. This is a training
figure: the model learned from batches 1-6.

After the rule rounds of 2026-12-05 (training rounds 5 to 13) and the checklist model retrained on
288 documents, the state KNOWN_MISSES now records (this batch is training data of the checklist
model): 10 decisions went from wrong to right and 2 from right to wrong (each listed under its
comment).
"""

from . import held_out
from .unseen_documents_4 import DOCUMENTS

# (document name, item / risk / figure id) the analyser gets wrong, from the first run
KNOWN_MISSES: set[tuple[str, str]] = {
    ("nl_msp_allin_offer", "budget.recurring_cost"),
    ("nl_msp_allin_offer", "reporting.governance"),
    ("nl_agile_dev_agreement", "budget.scope"),
    ("nl_agile_dev_agreement", "budget.extra_costs"),
    ("nl_agile_dev_agreement", "rollout.user_support"),
    ("nl_voip_order_confirmation", "agreement.general_terms"),
    ("nl_voip_order_confirmation", "budget.recurring_cost"),
    ("nl_voip_order_confirmation", "timing.client_obligations"),
    ("nl_voip_order_confirmation", "maintenance.response_time"),
    ("nl_voip_order_confirmation", "maintenance.updates"),
    ("nl_sla_annex", "rollout.acceptance"),
    ("nl_sla_annex", "rollout.user_support"),
    ("fr_mobile_app_fixed_price", "rollout.deployment"),
    ("fr_devis_network", "timing.planning"),
    ("fr_devis_network", "team.knowledge_transfer"),
    ("fr_infogerance_contract", "maintenance.response_time"),
    ("fr_infogerance_contract", "maintenance.resolution_time"),
    ("en_sow_data_platform", "budget.rates"),
    ("en_sow_data_platform", "timing.client_obligations"),
    ("en_sow_data_platform", "legal.data_protection"),
    ("en_sow_data_platform", "legal.governing_law"),
    ("en_it_support_proposal", "agreement.general_terms"),
    ("en_it_support_proposal", "budget.extra_costs"),
    ("en_it_support_proposal", "legal.data_protection"),
    ("nl_msp_allin_offer", "risk.unilateral_change"),
    ("nl_agile_dev_agreement", "risk.best_efforts_only"),
    ("nl_agile_dev_agreement", "risk.open_ended_cost"),
    ("fr_devis_network", "risk.supplier_terms_prevail"),
    ("fr_infogerance_contract", "risk.best_efforts_only"),
    ("fr_infogerance_contract", "risk.liability_excluded"),
    ("en_it_support_proposal", "risk.supplier_terms_prevail"),
    ("en_it_support_proposal", "risk.unilateral_change"),
    ("en_it_support_proposal", "risk.auto_renewal"),
    ("nl_sla_annex", "response_time_hours_highest_priority"),
    ("fr_infogerance_contract", "response_time_hours_highest_priority"),
    ("en_it_support_proposal", "notice_period_days"),
    # wrong on the first run as well; put back: the checklist model's first version found it,
    # the one trained with the round-5 documents (thresholds from 0.5) does not
    ("fr_infogerance_contract", "budget.startup_cost"),
    # wrong on the first run as well; put back: an earlier version of the checklist model found it,
    # the final one (trained with the round-6 documents) does not
    # right before the checklist model, wrong with its final version (trained with the round-6
    # documents): it adds an item labelled missing
    ("fr_mobile_app_fixed_price", "team.seniority"),
    # made wrong by the rule rounds of 2026-12-05 (training rounds 5-13) and the checklist model
    # retrained on 288 documents; right before
    ("nl_msp_allin_offer", "response_time_hours_highest_priority"),
    ("nl_sla_annex", "legal.liability"),
    # wrong after the session that followed stop 26 (rule rounds nl19, fr19, fig19; the checklist
    # model, retrained, no longer ships maintenance.resolution_time, which its cross-validation on
    # the training documents now leaves to the rules)
    ("nl_agile_dev_agreement", "budget.startup_cost"),
}


(
    test_item_status,
    test_risk_flag,
    test_figure,
    test_known_misses_name_labelled_decisions,
) = held_out.batch_tests(DOCUMENTS, KNOWN_MISSES)
