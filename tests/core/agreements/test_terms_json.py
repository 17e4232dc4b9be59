"""terms.json: the examples are valid; bad input names the field and the reason."""

import pytest

from vendorpact.core.agreements import terms_from_dict
from vendorpact.core.agreements.model import Problem

from .examples import KINDS, example_data


@pytest.mark.parametrize("kind", KINDS)
def test_the_shipped_examples_are_valid(kind):
    terms, problems = terms_from_dict(example_data(kind))
    assert problems == []
    assert terms.kind == kind


def test_an_unknown_kind_is_reported_with_the_allowed_values():
    data = example_data("saas") | {"kind": "lease"}
    _terms, problems = terms_from_dict(data)
    assert problems == [Problem("kind", "must be one of: project, maintenance, saas, tm")]


def test_an_unknown_field_is_reported():
    _terms, problems = terms_from_dict(example_data("saas") | {"notice_months": 2})
    assert problems == [Problem("notice_months", "is not a known field")]


def test_a_bad_date_and_a_negative_amount_are_each_reported_at_their_path():
    data = example_data("project")
    data["start_date"] = "11/01/2027"
    data["prices"]["project_price"] = -5
    _terms, problems = terms_from_dict(data)
    assert set(problems) == {
        Problem("start_date", "must be a date as YYYY-MM-DD"),
        Problem("prices.project_price", "must be at least 0"),
    }


def test_a_missing_party_name_is_required():
    data = example_data("tm")
    del data["supplier"]["name"]
    _terms, problems = terms_from_dict(data)
    assert problems == [Problem("supplier.name", "is required")]


def test_a_text_may_be_one_string_or_one_per_language():
    data = example_data("tm") | {"court": "Leuven"}
    terms, problems = terms_from_dict(data)
    assert problems == [] and terms.court == "Leuven"
    _terms, problems = terms_from_dict(data | {"court": {"de": "Löwen"}})
    assert problems == [Problem("court", "has the wrong shape")]


def test_a_boolean_is_not_a_number_of_days():
    _terms, problems = terms_from_dict(example_data("saas") | {"payment_days": True})
    assert problems == [Problem("payment_days", "must be of type integer")]
