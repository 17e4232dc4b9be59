"""The per-item threshold that separates present from missing (the analyser's only fitted
parameter): a Finding keeps its scores so that the benchmark can apply another threshold."""

from vendorpact.core.contracts.detectors.engine import Rule, evaluate_rule
from vendorpact.core.contracts.detectors.thresholds import status_at
from vendorpact.core.contracts.structure import build_structure

# one weak cue (0.6) and one strong cue (1.0); "\d" makes a sentence concrete
RULE = Rule(id="test.item", cues=((r"weakcue", 0.6), (r"strongcue", 1.0)))


def test_status_at_threshold():
    assert status_at(1.2, 1.2, 1.0) == "covered"
    assert status_at(1.2, 0.0, 1.0) == "partial"
    assert status_at(1.2, 0.8, 1.0) == "partial"
    assert status_at(0.8, 0.8, 1.0) == "missing"
    assert status_at(0.8, 0.8, 0.7) == "covered"


def test_weak_cue_is_missing_at_default_threshold_but_keeps_its_score():
    finding = evaluate_rule(RULE, build_structure(["The weakcue is met within 5 days."]))
    assert finding.status == "missing"
    assert finding.score == 0.6
    assert finding.covered_score == 0.6


def test_lower_threshold_makes_weak_cue_count():
    structure = build_structure(["The weakcue is met within 5 days."])
    finding = evaluate_rule(RULE, structure, threshold=0.6)
    assert finding.status == "covered"
    assert finding.evidence


def test_sentence_without_number_gives_only_a_partial_score():
    finding = evaluate_rule(RULE, build_structure(["The strongcue applies here."]))
    assert (finding.status, finding.score, finding.covered_score) == ("partial", 1.0, 0.0)
