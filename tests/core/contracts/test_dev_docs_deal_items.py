"""Each labelled item and risk of the agreement/budget development documents, and the general
patterns behind their misses, each with a wrong-sense negative."""

import pytest

from vendorpact.core.contracts import analyse_text

from .dev_docs_deal_dev_documents import DEV_DOCUMENTS

# Risk rules live in detectors/risks.py, outside this part of the work: misses left as found.
KNOWN_MISSES = {
    # hours on "nacalculatie", but with an estimate and an approval step in the next sentence
    ("opdrachtbevestiging_migratie", "risk.open_ended_cost"),
}

CASES = [
    pytest.param(
        name,
        item_id,
        expected,
        id=f"{name}-{item_id}",
        marks=[pytest.mark.xfail(strict=True, reason="risks.py miss")]
        if (name, item_id) in KNOWN_MISSES
        else [],
    )
    for name, (_text, labels) in DEV_DOCUMENTS.items()
    for item_id, expected in labels.items()
]


def status_of(text: str, item_id: str) -> str:
    result = analyse_text(text, learned=False)
    if item_id.startswith("risk."):
        return "raised" if item_id in result.risk_ids() else "not"
    return result.item(item_id).status


@pytest.mark.parametrize(("name", "item_id", "expected"), CASES)
def test_item_status_matches_label(name, item_id, expected):
    assert status_of(DEV_DOCUMENTS[name][0], item_id) == expected


# -- general terms: the document prevails over the terms ------------------------------------


def test_order_form_that_prevails_over_the_general_terms_settles_them():
    text = "In case of conflict, this Order Form prevails over the General Terms and Conditions."
    assert status_of(text, "agreement.general_terms") == "covered"


def test_a_version_that_prevails_over_another_is_no_general_terms():
    text = "The signed version of the planning prevails over the earlier drafts."
    assert status_of(text, "agreement.general_terms") == "missing"


# -- quote included: a further quote for extra work is not the quote of the agreement -------


@pytest.mark.parametrize(
    "text",
    [
        "Toute demande hors périmètre fera l'objet d'un devis complémentaire.",
        "Bijkomende wensen worden eerst in een aparte offerte aan de klant voorgelegd.",
        "Interfaces are excluded; a separate quotation will be attached to the change request.",
    ],
)
def test_a_further_quote_for_extra_work_is_no_included_quote(text):
    assert status_of(text, "agreement.quote_included") == "missing"


# -- start-up cost: a price line named after a one-off service -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Art. | Omschrijving | Aantal | Bedrag\n"
        "INST | Installatie en configuratie (forfait) | 1 | € 1.980,00\n",
        "Onboarding package (one-off): EUR 2,400.00 excl. VAT.",
        "Paramétrage de la plateforme : 1 250,00 € HTVA.",
    ],
)
def test_a_price_line_for_installation_or_onboarding_is_a_startup_cost(text):
    assert status_of(text, "budget.startup_cost") == "covered"


def test_a_monthly_price_line_for_a_setup_is_no_startup_cost():
    text = "Configuratie back-up: € 45,00 per maand."
    assert status_of(text, "budget.startup_cost") == "missing"


def test_an_installation_line_without_a_price_is_no_startup_cost():
    text = "Installatie: week 5, tijdens het weekend."
    assert status_of(text, "budget.startup_cost") == "missing"


# -- scope: what the service or the package comprises, what is not part of it ----------------


@pytest.mark.parametrize(
    "text",
    [
        "La prestation comprend : l'analyse, le développement et la mise en ligne.",
        "The package includes three remote training sessions and one go-live day.",
        "Interfaces with the payroll provider are not part of the onboarding package.",
        "La reprise des données ne fait pas partie du forfait.",
    ],
)
def test_what_the_price_comprises_or_leaves_out_is_scope(text):
    assert status_of(text, "budget.scope") == "covered"


def test_what_the_contract_comprises_is_no_price_scope():
    text = "Le contrat comprend trois annexes."
    assert status_of(text, "budget.scope") == "missing"


# -- extra costs: work the quote does not foresee, an estimate exceeded, beyond the package --


@pytest.mark.parametrize(
    "text",
    [
        "Werken die niet in deze offerte voorzien zijn, worden pas uitgevoerd na uw schriftelijk "
        "akkoord.",
        "Si l'estimation risque d'être dépassée, le prestataire en informe le client et obtient "
        "son accord préalable.",
        "Consulting beyond the onboarding package is performed only under a statement of work "
        "signed by both parties.",
    ],
)
def test_extra_work_with_an_approval_step_is_settled(text):
    assert status_of(text, "budget.extra_costs") == "covered"


def test_extra_work_done_after_your_approval_is_settled():
    text = "Meerwerk wordt enkel uitgevoerd na uw schriftelijk akkoord."
    assert status_of(text, "budget.extra_costs") == "covered"


def test_support_beyond_business_hours_is_no_extra_work():
    text = "Support beyond business hours is not available."
    assert status_of(text, "budget.extra_costs") == "missing"


def test_an_estimated_date_is_no_estimate_overrun():
    text = "The estimated delivery date may not exceed four weeks after the order."
    assert status_of(text, "budget.extra_costs") == "missing"
