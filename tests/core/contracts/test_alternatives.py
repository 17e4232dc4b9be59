import re

from vendorpact.core.contracts.detectors.alternatives import top_level_alternatives, yes_no_pattern


def test_splits_at_top_level_bars_and_opens_whole_groups():
    assert top_level_alternatives(r"a|(?:b|c)d|(?:e|(?:f|g))") == ["a", "(?:b|c)d", "e", "f", "g"]


def test_bars_in_classes_and_escapes_do_not_split():
    assert top_level_alternatives(r"[|(]x|\(y\|z|[]|]w") == ["[|(]x", r"\(y\|z", "[]|]w"]


def test_two_groups_in_a_row_stay_one_alternative():
    assert top_level_alternatives(r"(?:a|b)(?:c|d)|e") == ["(?:a|b)(?:c|d)", "e"]


def test_backreferences_and_global_flags_keep_the_pattern_whole():
    assert top_level_alternatives(r"(a)x|\1") == [r"(a)x|\1"]
    assert top_level_alternatives(r"(?i)a|b") == ["(?i)a|b"]


def test_a_text_matches_the_pattern_where_it_matches_an_alternative():
    pattern = r"\bfee\b|(?:within \d+ days|[€$]\s?\d)|(?<=net )\d+"
    parts = [re.compile(part) for part in top_level_alternatives(pattern)]
    for text in ("a fee of", "fees", "within 30 days", "net 30", "€ 5", "within days"):
        assert bool(re.search(pattern, text)) == any(part.search(text) for part in parts)


def test_yes_no_pattern_puts_the_boundary_alternatives_under_one_boundary():
    alternatives = [r"\bfee\b", "net", r"\b\d+ days"]
    assert yes_no_pattern(alternatives) == r"net|\b(?:fee\b|\d+ days)"
    assert yes_no_pattern([r"\bfee", "net"]) == r"net|\bfee"


def test_yes_no_pattern_finds_a_match_where_one_alternative_does():
    pattern = r"\bfee\b|net \d+|\b\d+ days|(?:invoice|bill)ed"
    grouped = re.compile(yes_no_pattern(top_level_alternatives(pattern)))
    texts = ("a fee of", "fees", "net 30", "30 days", "x30 days", "invoiced", "none", "coffee")
    for text in texts:
        assert bool(re.search(pattern, text)) == bool(grouped.search(text))
