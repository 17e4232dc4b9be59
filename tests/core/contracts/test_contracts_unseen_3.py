"""How the analyser reads the third batch of held-out documents (unseen_documents_3.py): one test
per labelled item, risk flag and figure. The documents and their labels were written on
2026-12-04 (committed 22:52 UTC, commit ec617f9) without reading the analyser's rules, while
other changes to those rules were being made in parallel without access to these texts, and were
committed before the analyser was run on them. The decisions the analyser gets wrong on that
first run are marked as strict expected failures (KNOWN_MISSES), so that the file shows the
score and a later general improvement that fixes one turns its marker into a failure to remove.
Never fit a rule to these texts, never change a label or a text after a run.

First run (2026-12-04, analyser of main at e959b87): 213 of 296 decisions right (0.72); items
157/224, risks 30/40, figures 26/32; nl 80/119, fr 79/107, en 54/70. Items by expected status:
covered 111/166, partial 7/18, missing 39/40.

After the general rule changes of the same evening, made in other worktrees without access to
these texts (analyser of main at 8667077): 223 of 296 (0.75); items 165/224, risks 32/40,
figures 26/32; nl 85/119, fr 83/107, en 55/70. One of the ten decisions gained is not a clean
held-out result: nl_webshop_quote's response time, whose "as soon as possible" wording the lead
named in a helper's brief after reading this batch's first-run failures.

After the rule changes of 2026-12-05 (own development documents in nl/fr/en; main at 0e2b548):
240 of 296; items 176/224, risks 34/40, figures 30/32; nl 94/119, fr 89/107, en 57/70. The
figure gains are not clean: the figures helper chose what to probe partly from the held-out
figure misses.

With the checklist model trained on 156 documents (04e6f27, the state KNOWN_MISSES recorded then):
260 of 296 decisions right (0.88); items 195/224, nl 78/91, fr 74/81, en 43/52. This is a training
figure: the model learned from batches 1-6.

After the rule rounds of 2026-12-05 (training rounds 5 to 13) and the checklist model retrained on
288 documents, the state KNOWN_MISSES now records (this batch is training data of the checklist
model): 8 decisions went from wrong to right and 2 from right to wrong (each listed under its
comment).
"""

from . import held_out
from .unseen_documents_3 import DOCUMENTS

# (document name, item / risk / figure id) the analyser gets wrong, from the first run
KNOWN_MISSES: set[tuple[str, str]] = {
    ("nl_webshop_quote", "agreement.general_terms"),
    ("nl_webshop_quote", "budget.startup_cost"),
    ("nl_webshop_quote", "budget.recurring_cost"),
    ("nl_webshop_quote", "maintenance.support_hours"),
    ("nl_saas_subscription", "agreement.signed_both"),
    ("nl_consultancy_framework", "budget.extra_costs"),
    ("nl_consultancy_framework", "reporting.progress"),
    ("nl_consultancy_framework", "legal.data_protection"),
    ("fr_tma_contract", "team.named_team"),
    ("fr_hosting_conditions", "agreement.signed_both"),
    ("fr_hosting_conditions", "maintenance.service_credits"),
    ("fr_hosting_conditions", "maintenance.customer_knowledge"),
    ("fr_hosting_conditions", "legal.ip"),
    ("en_licence_maintenance", "agreement.signed_both"),
    ("en_licence_maintenance", "timing.client_obligations"),
    ("en_managed_hosting_service", "timing.client_obligations"),
    ("en_managed_hosting_service", "maintenance.availability"),
    ("en_managed_hosting_service", "exit.duration_renewal"),
    ("en_managed_hosting_service", "exit.termination"),
    ("nl_saas_subscription", "risk.unsigned"),
    ("nl_saas_subscription", "risk.unilateral_change"),
    ("fr_tma_contract", "risk.auto_renewal"),
    ("fr_hosting_conditions", "risk.unsigned"),
    ("fr_hosting_conditions", "risk.liability_excluded"),
    ("en_licence_maintenance", "risk.unsigned"),
    # wrong on the first run as well; put back: the checklist model's first version found it,
    # the one trained with the round-5 documents (thresholds from 0.5) does not
    # made wrong by the rule rounds of 2026-12-05 (training rounds 5-13) and the checklist model
    # retrained on 288 documents; right before
    ("fr_tma_contract", "maintenance.resolution_time"),
    ("fr_tma_contract", "response_time_hours_highest_priority"),
}


(
    test_item_status,
    test_risk_flag,
    test_figure,
    test_known_misses_name_labelled_decisions,
) = held_out.batch_tests(DOCUMENTS, KNOWN_MISSES)
