"""The generator: terms + options + language -> agreement model; missing values as problems."""

import dataclasses
from decimal import Decimal

from vendorpact.core.agreements import generate, render_markdown
from vendorpact.core.agreements.model import Problem
from vendorpact.core.checklist import expected_items

from .examples import example_terms


def test_a_full_agreement_settles_every_item_expected_for_its_kind():
    draft = generate(example_terms("maintenance"), "nl")
    assert draft.problems == []
    assert set(draft.agreement.settles) == {item.id for item in expected_items("maintenance")}


def test_articles_are_numbered_one_after_the_other_across_areas():
    agreement = generate(example_terms("project"), "en").agreement
    numbers = [article.number for article in agreement.articles()]
    assert numbers == list(range(1, len(numbers) + 1))
    assert [section.area for section in agreement.sections][:2] == ["agreement", "budget"]


def test_the_draft_says_it_is_a_proposal_and_not_legal_advice():
    for lang, words in (("en", "not legal advice"), ("nl", "geen juridisch advies"),
                        ("fr", "pas un avis juridique")):  # fmt: skip
        assert words in generate(example_terms("tm"), lang).agreement.notice


def test_no_placeholder_is_left_in_any_kind_or_language():
    for kind in ("project", "maintenance", "saas", "tm"):
        for lang in ("nl", "en", "fr"):
            text = render_markdown(generate(example_terms(kind), lang).agreement)
            assert "{" not in text and "}" not in text


def test_missing_required_values_are_listed_and_no_agreement_is_made():
    terms = dataclasses.replace(example_terms("saas"), payment_days=None, priorities=[])
    draft = generate(terms, "en")
    assert draft.agreement is None
    assert Problem("payment_days", "required for budget.payment_terms") in draft.problems
    assert Problem("priorities", "required for maintenance.response_time") in draft.problems


def test_an_escrow_with_an_agent_needs_the_agent():
    terms = example_terms("maintenance", escrow_agent="")
    assert terms.options["escrow"] == "yes"
    draft = generate(terms, "fr")
    assert draft.problems == [Problem("escrow_agent", "required for exit.escrow")]


def test_an_addendum_settles_only_the_given_items_and_prevails_over_the_supplier_terms():
    items = ["maintenance.response_time", "exit.data_return"]
    agreement = generate(example_terms("maintenance"), "en", "addendum", items).agreement
    assert agreement.settles == tuple(items)
    assert [a.item_ids for a in agreement.articles()] == [(items[0],), (items[1],)]
    assert (
        "prevails over the general terms and conditions of the Supplier" in (agreement.preamble[0])
    )


def test_an_addendum_without_items_or_with_unknown_items_is_refused():
    terms = example_terms("saas")
    assert generate(terms, "en", "addendum", []).problems == [
        Problem("items", "an addendum needs the item ids it settles")
    ]
    problems = generate(terms, "en", "addendum", ["legal.cookies", "rollout.warranty"]).problems
    assert problems == [
        Problem("items", "unknown checklist item 'legal.cookies'"),
        Problem("items", "rollout.warranty has no clause for kind 'saas'"),
    ]


def test_the_liability_cap_is_the_chosen_multiple_of_the_annual_fees():
    # monthly fee € 2.150,00: annual fees € 25.800,00; twice that is € 51.600,00
    agreement = generate(example_terms("saas"), "nl").agreement
    text = render_markdown(agreement)
    assert "beperkt tot € 51.600,00, dit is twee maal de jaarlijkse vergoedingen" in text
    once = example_terms("saas", options={"liability_cap": "1x"})
    assert "€ 25.800,00" in render_markdown(generate(once, "nl").agreement)


def test_the_sla_annex_lists_response_and_resolution_per_priority():
    agreement = generate(example_terms("maintenance"), "fr").agreement
    sla = agreement.annexes[0]
    assert sla.table.headers == ["Priorité", "Délai d'intervention", "Délai de résolution"]
    assert sla.table.rows[0] == ["P1 – bloquant", "2 heures", "8 heures"]


def test_the_budget_annex_splits_the_project_price_per_milestone():
    agreement = generate(example_terms("project"), "en").agreement
    budget = next(annex for annex in agreement.annexes if annex.title == "Budget")
    # 30 % / 40 % / 30 % of € 68,000
    assert budget.table.rows[-3:] == [
        ["Analysis and design approved (30%)", "€20,400.00"],
        ["Test version delivered (40%)", "€27,200.00"],
        ["Go-live (30%)", "€20,400.00"],
    ]


def test_the_signature_block_names_both_parties_with_name_and_function():
    agreement = generate(example_terms("tm"), "nl").agreement
    client, supplier = agreement.signatories
    assert (client.label, client.name, client.function) == (
        "Voor de Klant", "Jan Peeters", "Gedelegeerd bestuurder",
    )  # fmt: skip
    assert (supplier.label, supplier.company) == ("Voor de Leverancier", "DataCraft Consulting BV")


def test_amounts_and_dates_follow_the_language():
    terms = example_terms("saas")
    assert terms.monthly_fee == Decimal("2150")
    english = render_markdown(generate(terms, "en").agreement)
    french = render_markdown(generate(terms, "fr").agreement)
    assert "monthly fee of €2,150.00 excluding VAT" in english
    assert "redevance mensuelle de € 2.150,00 hors TVA" in french
    assert "01/02/2027" in english and "01/02/2027" in french


def test_milestone_payment_shares_that_do_not_add_up_to_the_price_are_reported():
    terms = example_terms("project")
    # 30 % + 40 % + 20 % = 90 %: a tenth of the project price would never be invoiced
    terms.milestones[-1] = dataclasses.replace(terms.milestones[-1], payment_percent=Decimal(20))
    draft = generate(terms, "nl")
    assert draft.agreement is None
    assert draft.problems == [Problem("milestones", "payment shares add up to 90 %, not 100 %")]


def test_terms_made_in_code_with_an_unknown_option_value_are_refused():
    terms = example_terms("saas")
    terms.options = {"liability_cap": "3x", "penalty": "yes"}
    assert generate(terms, "en").problems == [
        Problem("options.liability_cap", "must be one of 1x, 2x"),
        Problem("options.penalty", "is not a known option"),
    ]


def test_terms_made_in_code_with_an_unknown_kind_are_refused():
    terms = dataclasses.replace(example_terms("saas"), kind="lease")
    assert generate(terms, "en").problems == [
        Problem("kind", "must be one of project, maintenance, saas, tm")
    ]
