"""How the analyser reads the thirteenth batch of held-out documents (unseen_documents_13.py): one
test per labelled item, risk flag and figure. The documents and their labels were written on
2026-12-05 by examiners who did not read the analyser, and committed on their own branch before any
rule or model change of the session after stop 24 reached main; the branch joined main only once
that session's analyser was final. The decisions the analyser gets wrong are marked as strict
expected failures (KNOWN_MISSES), so that the file shows the score and a later general improvement
that fixes one turns its marker into a failure to remove. Never fit a rule or retrain to fit these
texts, never change a label or a text after a run.

Run once (2026-12-05), on two analysers:
- as at the start of the session (959d5b0, stop 24: the checklist model trained on 288
  documents): 426 of 483 decisions right (0.88); items 323/368 (0.88), risks 64/69, figures 39/46;
  items nl 103/121, fr 109/121, en 111/126; covered 250/287, partial 4/11, missing 69/70.
- with the rule rounds items13, partial13 and items14 and the checklist model trained on 384
  documents, the state KNOWN_MISSES records: 435 of 483 (0.90); items 332/368 (0.90), risks 64/69,
  figures 39/46; items nl 108/121, fr 111/121, en 113/126; covered 257/287, partial 6/11, missing
  69/70. It changed 10 item decisions: 9 wrong to right, none right to wrong, 1 wrong to another
  wrong.

Seen again at the end of the session after stop 25 (rule rounds fig14, items15, partial14 and
nl16, checklist model on 428 documents), the state KNOWN_MISSES now records (fixed markers
removed, new misses listed under a comment):
  443 of 483 (0.92); items 337/368, risks 64/69, figures 42/46; items nl 111/121, fr 113/121,
  en 113/126."""

from . import held_out
from .unseen_documents_13 import DOCUMENTS

# (document name, item / risk / figure id) the analyser gets wrong on the first run (the rule
# rounds of the session after stop 24 and the checklist model trained on 384 documents)
KNOWN_MISSES: set[tuple[str, str]] = {
    ("nl_insurer_mail_scanning_ocr_agreement", "timing.client_obligations"),
    ("nl_insurer_mail_scanning_ocr_agreement", "timing.delay"),
    ("nl_accountancy_wifi_email_quote", "agreement.general_terms"),
    ("nl_accountancy_wifi_email_quote", "timing.client_obligations"),
    ("nl_accountancy_wifi_email_quote", "team.quality"),
    ("nl_accountancy_wifi_email_quote", "maintenance.customer_knowledge"),
    ("nl_accountancy_wifi_email_quote", "legal.ip"),
    ("fr_physio_online_booking_email_quote", "budget.scope"),
    ("fr_physio_online_booking_email_quote", "budget.extra_costs"),
    ("fr_physio_online_booking_email_quote", "timing.client_obligations"),
    ("fr_physio_online_booking_email_quote", "team.knowledge_transfer"),
    ("fr_physio_online_booking_email_quote", "rollout.acceptance"),
    ("fr_physio_online_booking_email_quote", "exit.data_return"),
    ("fr_queue_management_system_contract", "legal.data_protection"),
    ("en_container_yard_planning_licence", "budget.recurring_cost"),
    ("en_pharma_service_desk_schedule", "budget.recurring_cost"),
    ("en_pharma_service_desk_schedule", "timing.planning"),
    ("en_pharma_service_desk_schedule", "timing.client_obligations"),
    ("en_pharma_service_desk_schedule", "rollout.acceptance"),
    ("en_pharma_service_desk_schedule", "legal.ip"),
    ("en_pharma_service_desk_schedule", "legal.governing_law"),
    ("en_pharma_service_desk_schedule", "legal.dispute_resolution"),
    ("en_law_firm_dictation_offer", "agreement.signed_both"),
    ("en_law_firm_dictation_offer", "timing.client_obligations"),
    ("en_law_firm_dictation_offer", "rollout.data_migration"),
    ("nl_crematorium_planning_maintenance_contract", "risk.supplier_terms_prevail"),
    ("nl_insurer_mail_scanning_ocr_agreement", "risk.supplier_terms_prevail"),
    ("nl_insurer_mail_scanning_ocr_agreement", "risk.data_lockin"),
    ("fr_cemetery_management_saas_convention", "risk.liability_excluded"),
    ("fr_queue_management_system_contract", "risk.data_lockin"),
    ("fr_physio_online_booking_email_quote", "warranty_days"),
    ("fr_queue_management_system_contract", "availability_percent"),
    ("en_pharma_service_desk_schedule", "renewal_term_months"),
    ("en_pharma_service_desk_schedule", "response_time_hours_highest_priority"),
    # made wrong by the rule rounds fig14, items15, partial14 and nl16 and the checklist model on
    # 428 documents (session after stop 25)
    ("nl_crematorium_planning_maintenance_contract", "exit.escrow"),
    ("en_law_firm_dictation_offer", "rollout.acceptance"),
    ("en_law_firm_dictation_offer", "legal.liability"),
    # wrong after the session that followed stop 26 (rule rounds nl19, fr19, fig19; the checklist
    # model, retrained, no longer ships maintenance.resolution_time, which its cross-validation on
    # the training documents now leaves to the rules)
    ("nl_insurer_mail_scanning_ocr_agreement", "team.knowledge_transfer"),
}


(
    test_item_status,
    test_risk_flag,
    test_figure,
    test_known_misses_name_labelled_decisions,
) = held_out.batch_tests(DOCUMENTS, KNOWN_MISSES)
