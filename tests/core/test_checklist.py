import re

import pytest

from tests.conftest import SHARED_DATA
from vendorpact.core.checklist import ITEM_IDS, RISK_IDS, coverage, expected_items

SPEC = SHARED_DATA.parent / "spec" / "checklist.md"


@pytest.mark.skipif(not SPEC.exists(), reason="shared/spec not present")
def test_item_and_risk_ids_match_the_spec_exactly():
    ids = re.findall(r"^\| ((?:[a-z]+)\.[a-z_]+) \|", SPEC.read_text(), re.M)
    assert set(ids) == set(ITEM_IDS) | set(RISK_IDS)


def test_maintenance_kind_does_not_expect_rollout_items():
    assert not [i for i in expected_items("maintenance") if i.area == "rollout"]


def test_project_kind_expects_acceptance():
    assert "rollout.acceptance" in {i.id for i in expected_items("project")}


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        expected_items("staffing")


def test_coverage_counts_not_applicable_as_settled():
    cover = coverage(
        "tm", {"budget.rates": "covered", "legal.ip": "not_applicable", "team.seniority": "partial"}
    )
    assert (cover.covered, cover.partial) == (2, 1)


def test_every_item_has_dutch_and_english_label_and_help():
    from vendorpact.core.checklist import ITEMS

    assert all(i.labels.get("nl") and i.labels.get("en") for i in ITEMS)
    assert all(i.help.get("nl") and i.help.get("en") for i in ITEMS)
