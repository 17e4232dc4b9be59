"""exit.duration_renewal decided per clause (issue 9): a cue in the wrong sense does not count,
the agreement's own duration does. Wording written for these tests (en/nl/fr), not taken from
an evaluation document."""

import re

from vendorpact.core.contracts import analyse_text
from vendorpact.core.contracts.detectors.common import CALENDAR_DATE, DURATION
from vendorpact.core.contracts.detectors.engine import Rule, score_rule
from vendorpact.core.contracts.structure import build_structure

ITEM = "exit.duration_renewal"


def status_of(text: str) -> str:
    return analyse_text(text, learned=False).item(ITEM).status


# -- wording in the wrong sense: missing -----------------------------------------------------


def test_obligation_throughout_the_term_is_no_duration():
    text = "The Supplier shall keep liability insurance throughout the term of this Agreement."
    assert status_of(text) == "missing"


def test_non_solicitation_during_term_and_renewal_terms_is_no_duration():
    text = (
        "During the Term and any renewal terms of the Agreement, the Customer shall not "
        "solicit any employee of the Supplier."
    )
    assert status_of(text) == "missing"


def test_amendment_keeping_the_agreement_in_force_is_no_duration():
    text = (
        "The Hosting Agreement, as amended by this Amendment, shall remain in full force and "
        "effect."
    )
    assert status_of(text) == "missing"


def test_amendment_for_the_current_term_is_no_duration():
    text = (
        "This Amendment shall remain in effect for the current term and any renewal term of "
        "the Agreement."
    )
    assert status_of(text) == "missing"


def test_condition_not_effective_until_is_no_duration():
    text = "Such changes to the price list shall not be effective until signed by both parties."
    assert status_of(text) == "missing"


def test_provisions_continuing_after_termination_are_no_duration():
    text = (
        "If this Agreement is terminated, the confidentiality provisions contained in this "
        "Agreement shall continue until the information becomes public."
    )
    assert status_of(text) == "missing"


def test_option_expiration_date_is_no_duration():
    text = 'The "Option Expiration Date" has the meaning given to it in Section 4.2.'
    assert status_of(text) == "missing"


def test_something_else_expiring_is_no_duration():
    assert status_of("This launch discount shall expire on 30 June 2027.") == "missing"


def test_termination_event_is_no_duration():
    text = (
        "This Agreement shall terminate if the Reseller Agreement is terminated by the "
        "Vendor in accordance with its terms."
    )
    assert status_of(text) == "missing"


def test_term_in_a_form_attached_to_the_agreement_does_not_count():
    text = (
        "Exhibit C - Form of Statement of Work\n"
        "The term of this Statement of Work shall begin on 1 March 2027 and end on 31 May 2027."
    )
    assert status_of(text) == "missing"


def test_order_form_heading_is_not_a_template():
    text = (
        "Order Form\nThe subscription shall commence on 1 March 2027 and expire on "
        "28 February 2028."
    )
    assert status_of(text) == "covered"


# -- the agreement's own duration: found -------------------------------------------------------


def test_period_of_dates_with_may():
    text = "The hosting services run from March 1, 2027 to May 31, 2028."
    assert status_of(text) == "covered"


def test_agreement_terminating_upon_expiry_of_a_defined_period():
    text = (
        "Upon the expiration of the Support Period, this Agreement shall immediately and "
        "automatically terminate."
    )
    assert status_of(text) != "missing"


def test_continue_in_effect_from_a_date_until_an_event():
    text = (
        "This Licence Agreement will continue in effect from the Effective Date until the "
        "expiry of the last licensed patent."
    )
    assert status_of(text) == "covered"


def test_contract_valid_for_a_period():
    assert status_of("The Contract is valid for 3 years from signature.") == "covered"


def test_dutch_contract_valid_for_a_period():
    assert (
        status_of("De overeenkomst is geldig voor drie jaar vanaf de ondertekening.") == "covered"
    )


def test_french_contract_remaining_in_force_until_a_date():
    text = "Le présent contrat reste en vigueur jusqu'au 31 décembre 2027."
    assert status_of(text) == "covered"


def test_renewal_with_an_object_before_for():
    text = "The Customer may renew the subscription for further periods of one (1) year each."
    assert status_of(text) == "covered"


def test_remaining_provisions_of_a_section_are_a_cross_reference_not_severability():
    text = (
        "Subject to the remaining provisions of this Section, the term of this Agreement shall "
        "begin on the Effective Date and continue until terminated by either party on 60 "
        "days' written notice."
    )
    assert status_of(text) == "covered"


def test_remain_in_effect_for_a_number_whose_unit_was_cut_off():
    assert status_of("This Agreement will remain in effect for thirty-six (36)") != "missing"


# -- kept while the named period became a weak cue -------------------------------------------


def test_definition_of_the_contract_period_settles_it():
    text = (
        '"Contract Period" shall mean the period commencing on 1 June 2026 and ending on '
        "31 May 2028."
    )
    assert status_of(text) == "covered"


def test_initial_term_stated_with_its_length():
    text = "The initial term of the outsourcing agreement is 5 years from the go-live date."
    assert status_of(text) == "covered"


def test_named_period_as_key_value_line():
    assert status_of("Subscription period (months): 24") == "covered"


def test_agreement_taking_effect_and_expiring():
    text = (
        "This Agreement shall take effect on 1 December 2026 and shall expire on 30 November 2027."
    )
    assert status_of(text) == "covered"


# -- pattern pieces ---------------------------------------------------------------------------


def test_duration_reads_compound_number_words():
    for text in ("thirty-six (36) months", "vingt-quatre mois", "vierentwintig maanden"):
        assert re.fullmatch(DURATION, text), text


def test_calendar_date_reads_may_before_day_and_year():
    assert re.fullmatch(CALENDAR_DATE, "may 3, 2027")
    assert not re.fullmatch(CALENDAR_DATE, "may 3")


# -- engine: reference wording and skipped headings ---------------------------------------------


def test_cue_inside_reference_wording_is_ignored_but_not_the_rest_of_the_sentence():
    rule = Rule(
        id="test.rule", cues=((r"renewal term", 1.0),), references=r"during the renewal term"
    )
    structure = build_structure(
        ["During the renewal term the fee is indexed.\nEach renewal term lasts one year."]
    )
    assert [structure.lowered(hit.index) for hit in score_rule(rule, structure)] == [
        "each renewal term lasts one year."
    ]


def test_sentences_under_a_skipped_heading_are_not_scored():
    rule = Rule(id="test.rule", cues=((r"renewal term", 1.0),), skip_heading=r"^template")
    structure = build_structure(["1. Template\nEach renewal term lasts one year."])
    assert score_rule(rule, structure) == []
