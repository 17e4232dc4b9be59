"""General phrasings of the agreement and budget items in the styles Belgian and Dutch IT
suppliers use (own development sentences), each with a wrong-sense negative."""

import pytest

from vendorpact.core.contracts import analyse_text


def status_of(text: str, item_id: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


# -- general terms -------------------------------------------------------------------------


def test_saas_terms_of_service_with_the_order_form_first_are_settled():
    text = (
        "This Order Form is subject to the Provider's Terms of Service at example.be/tos; "
        "this Order Form prevails in case of conflict."
    )
    assert status_of(text, "agreement.general_terms") == "covered"


def test_special_conditions_that_derogate_from_the_general_ones_settle_precedence():
    text = (
        "Les présentes conditions particulières dérogent aux conditions générales du prestataire."
    )
    assert status_of(text, "agreement.general_terms") == "covered"


def test_a_clause_that_prevails_is_no_general_terms():
    text = "Notwithstanding the foregoing, the obligations under clause 5 prevail."
    assert status_of(text, "agreement.general_terms") == "missing"


def test_the_terms_of_use_of_someone_else_alone_are_no_general_terms():
    text = "Users must respect the terms of use of the app store."
    assert status_of(text, "agreement.general_terms") == "missing"


# -- quote included ------------------------------------------------------------------------


def test_an_order_form_that_incorporates_a_quote_includes_it():
    text = "This Order Form incorporates Quote Q-2026-0412 dated 2 November 2026."
    assert status_of(text, "agreement.quote_included") == "covered"


# -- project cost --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le montant de la commande s'élève à 8 400 € HTVA.",
        "The fee for the project is EUR 25,000 excluding VAT.",
        "Le prix de la mission est fixé à 12 000 € HTVA.",
        "Voor de realisatie van de webshop rekenen wij € 9.800 excl. btw.",
    ],
)
def test_the_price_named_after_the_work_is_the_project_cost(text):
    assert status_of(text, "budget.project_cost") == "covered"


def test_an_implementation_inside_a_monthly_fee_is_no_project_cost():
    text = "The price of the implementation is included in the monthly fee of EUR 400."
    assert status_of(text, "budget.project_cost") == "missing"


# -- scope ---------------------------------------------------------------------------------


def test_a_list_labelled_exclusief_is_scope():
    assert status_of("Exclusief: bekabeling en licenties.", "budget.scope") == "covered"


def test_prices_exclusive_of_vat_are_no_scope():
    assert status_of("Alle prijzen zijn exclusief btw.", "budget.scope") == "missing"


# -- extra costs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bijkomende prestaties worden vooraf begroot en pas na goedkeuring uitgevoerd.",
        "Les prestations supplémentaires ne seront exécutées qu'après acceptation de notre devis.",
        "Additional work will only be performed after the Customer's written approval.",
    ],
)
def test_extra_work_done_only_after_approval_is_settled(text):
    assert status_of(text, "budget.extra_costs") == "covered"


def test_support_available_with_approval_is_no_extra_work():
    text = "Support is only available with the customer's prior approval."
    assert status_of(text, "budget.extra_costs") == "missing"


# -- recurring cost ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Licence annuelle : 2 400 € HTVA.",
        "Onderhoudscontract: € 1.200 excl. btw per jaar.",
    ],
)
def test_a_yearly_licence_or_contract_price_is_recurring(text):
    assert status_of(text, "budget.recurring_cost") == "covered"


# -- rates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Regie: € 95/u excl. btw.",
        "Prestations en régie : 650 €/jour HTVA.",
        "Consultancy is billed at EUR 120/hour.",
    ],
)
def test_an_amount_per_hour_or_day_with_a_slash_is_a_rate(text):
    assert status_of(text, "budget.rates") == "covered"


@pytest.mark.parametrize(
    "text", ["Support: 24/7 for priority 1 incidents.", "Licence: € 4,20 / user / month."]
)
def test_a_slash_without_an_hour_or_day_is_no_rate(text):
    assert status_of(text, "budget.rates") == "missing"


# -- payment terms -------------------------------------------------------------------------


def test_betalingsvoorwaarden_with_a_term_are_payment_terms():
    text = "Betalingsvoorwaarden: 30 dagen na factuurdatum."
    assert status_of(text, "budget.payment_terms") == "covered"


def test_invoices_due_a_number_of_days_after_the_invoice_date_are_payment_terms():
    text = "Invoices are due 30 days from the invoice date."
    assert status_of(text, "budget.payment_terms") == "covered"


def test_a_report_due_after_the_quarter_is_no_payment_term():
    text = "The quarterly report is due 30 days after the end of each quarter."
    assert status_of(text, "budget.payment_terms") == "missing"


# -- signatures ----------------------------------------------------------------------------

ACCEPTED_AND_AGREED = """\
ACCEPTED AND AGREED:
Greenfield Logistics BV
By: Hilde Goossens
Title: CFO

Shiftly NV
By: Koen Jacobs
Title: Chief Revenue Officer
"""


def test_typed_names_on_two_signature_lines_show_both_signatures():
    assert status_of(ACCEPTED_AND_AGREED, "agreement.signed_both") == "covered"


def test_typed_names_on_two_signature_lines_raise_no_unsigned_risk():
    assert "risk.unsigned" not in analyse_text(ACCEPTED_AND_AGREED, learned=False).risk_ids()


def test_document_control_names_are_no_signatures():
    text = (
        "OFFERTE 2026-12\nPrepared By: Koen Jacobs\nApproved By: An Claes\n\n"
        "We propose the following services.\n"
    )
    assert status_of(text, "agreement.signed_both") == "missing"


# -- precedence lists, lump sums, quarter-hour billing, revision formulas, direct debit ------


@pytest.mark.parametrize(
    "text",
    [
        "Bij eventuele tegenstrijdigheden tussen de documenten geldt de volgende rangorde: "
        "1. deze overeenkomst; 2. de offerte; 3. de algemene voorwaarden.",
        "In the event of any inconsistency, the following order of precedence applies: "
        "(a) this Order Form, (b) the Terms.",
    ],
)
def test_a_ranked_list_of_the_contract_documents_settles_general_terms(text):
    assert status_of(text, "agreement.general_terms") == "covered"


def test_a_global_lump_sum_is_the_project_cost():
    assert status_of("Forfait global et définitif : 24 500 € HTVA.", "budget.project_cost") == (
        "covered"
    )


def test_billing_per_started_half_hour_is_a_rate():
    text = "Prestaties in regie worden aangerekend per begonnen halfuur aan € 42,50."
    assert status_of(text, "budget.rates") == "covered"


def test_prices_revisable_by_a_formula_are_rates():
    text = "Les prix sont révisables annuellement selon la formule P = P0 x (0,2 + 0,8 S/S0)."
    assert status_of(text, "budget.rates") == "covered"


def test_a_direct_debit_on_a_set_day_is_a_payment_term():
    text = "Betaling gebeurt via domiciliëring op de eerste werkdag van de maand."
    assert status_of(text, "budget.payment_terms") == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Meerwerk wordt steeds vooraf schriftelijk begroot en pas uitgevoerd na ondertekening "
        "van de meerwerkofferte door de klant.",
        "Toute modification du cahier des charges donnera lieu à un avenant chiffré, signé par "
        "les deux parties avant exécution.",
    ],
)
def test_extra_work_after_a_signed_quote_or_amendment_is_settled(text):
    assert status_of(text, "budget.extra_costs") == "covered"


# -- wrong senses found while checking the new cues on CUAD dev (own wording) ---------------


def test_a_certificate_of_incorporation_is_no_incorporated_quote():
    text = (
        "Any change to the certificate of incorporation, or any proposal relating to a merger, "
        "requires the approval of the Board."
    )
    assert status_of(text, "agreement.quote_included") != "covered"


def test_end_users_paying_by_direct_debiting_is_no_payment_term():
    text = "Orders of end users who do not authorise direct debiting may be refused."
    assert status_of(text, "budget.payment_terms") == "missing"


def test_one_precedence_word_is_counted_once():
    # "shall take precedence" is one cue: it does not reach the threshold twice over
    text = "This Agreement shall take precedence over its annexes."
    assert status_of(text, "agreement.general_terms") == "missing"


def test_the_amount_for_an_engagement_without_a_project_price_is_no_project_cost():
    text = "The supplier shall then bill the reseller the pre-agreed amount for the engagement."
    assert status_of(text, "budget.project_cost") == "missing"


# -- the supplier's terms set the client's aside --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Onze verkoopsvoorwaarden staan op de keerzijde. Zij gelden met uitsluiting van de "
        "aankoopvoorwaarden van de klant.",
        "Nos conditions figurent au verso. Elles s'appliquent à l'exclusion des conditions "
        "d'achat du client.",
        "The terms overleaf apply to the exclusion of the Customer's purchase terms.",
    ],
)
def test_setting_the_clients_own_terms_aside_raises_supplier_terms(text):
    assert "risk.supplier_terms_prevail" in analyse_text(text, learned=False).risk_ids()


def test_the_clients_terms_setting_the_suppliers_aside_raise_no_supplier_terms():
    text = "De aankoopvoorwaarden van de klant gelden met uitsluiting van die van de leverancier."
    assert "risk.supplier_terms_prevail" not in analyse_text(text, learned=False).risk_ids()
