from datetime import UTC, datetime, timedelta

import pytest

from vendorpact.core.errors import DomainError
from vendorpact.core.health import (
    QUESTIONS,
    THEME_IDS,
    THEMES,
    Band,
    PeriodResult,
    band_for,
    combine,
    compare_sides,
    hash_token,
    link_status,
    new_link_token,
    score_answers,
    trend,
)


def answers(default: int, **per_theme: int) -> dict[str, int]:
    return {q.id: per_theme.get(q.theme, default) for q in QUESTIONS}


def test_every_theme_has_two_or_three_questions():
    counts = {theme: sum(1 for q in QUESTIONS if q.theme == theme) for theme in THEME_IDS}
    assert all(2 <= n <= 3 for n in counts.values())


def test_every_question_has_dutch_english_and_french_text():
    assert all(q.texts.get(lang) for q in QUESTIONS for lang in ("nl", "en", "fr"))


def test_every_theme_has_labels_in_three_languages():
    assert all(t.labels.get(lang) for t in THEMES for lang in ("nl", "en", "fr"))


def test_all_agree_scores_75_per_theme():
    assert set(score_answers(answers(4)).themes.values()) == {75.0}


def test_likert_extremes_map_to_0_and_100():
    assert (score_answers(answers(1)).overall, score_answers(answers(5)).overall) == (0.0, 100.0)


def test_theme_score_is_the_mean_of_its_questions():
    result = score_answers({"costs.as_expected": 5, "costs.extra_approved": 2})
    assert result.themes["costs"] == 62.5


def test_overall_is_the_mean_of_answered_themes():
    result = score_answers({"costs.as_expected": 5, "team.stable": 1})
    assert (result.overall, result.themes["planning"]) == (50.0, None)


def test_dont_know_answers_are_left_out():
    result = score_answers({"costs.as_expected": 5, "costs.extra_approved": None})
    assert (result.themes["costs"], result.answered) == (100.0, 1)


@pytest.mark.parametrize(
    ("score", "band"),
    [(49.9, Band.SUPPLIER), (50, Band.DEVELOPING), (74.9, Band.DEVELOPING), (75, Band.PARTNER)],
)
def test_bands_split_supplier_developing_and_partner(score, band):
    assert band_for(score) is band


def test_unknown_question_is_refused():
    with pytest.raises(DomainError) as caught:
        score_answers({"costs.cheap": 4})
    assert caught.value.code == "health.unknown_question"


@pytest.mark.parametrize("value", [0, 6, "4", 3.5, True])
def test_values_outside_likert_are_refused(value):
    with pytest.raises(DomainError) as caught:
        score_answers({"costs.as_expected": value})
    assert caught.value.code == "health.bad_value"


def test_gap_is_client_minus_supplier():
    client = score_answers(answers(4, costs=2))
    supplier = score_answers(answers(4))
    gap = next(g for g in compare_sides(client, supplier) if g.theme == "costs")
    assert (gap.gap, gap.large) == (-50.0, True)


def test_small_gap_is_not_large():
    client = score_answers({**answers(4), "team.handover": 5})
    supplier = score_answers(answers(4))
    gap = next(g for g in compare_sides(client, supplier) if g.theme == "team")
    assert (gap.gap, gap.large) == (12.5, False)


def test_gap_is_unknown_when_one_side_did_not_answer_a_theme():
    client = score_answers({"costs.as_expected": 4})
    supplier = score_answers({"team.stable": 4})
    gap = next(g for g in compare_sides(client, supplier) if g.theme == "costs")
    assert gap.gap is None


def test_combined_score_averages_both_sides():
    combined = combine(score_answers(answers(5)), score_answers(answers(3)))
    assert (combined.overall, combined.band) == (75.0, Band.PARTNER)


def test_trend_marks_rise_and_fall():
    periods = [
        PeriodResult("2026-Q1", score_answers(answers(3))),
        PeriodResult("2026-Q2", score_answers(answers(4))),
        PeriodResult("2026-Q3", score_answers(answers(4, costs=3))),
    ]
    assert [p.direction for p in trend(periods).points] == [None, "up", "flat"]


def test_trend_keeps_one_value_per_period_per_theme():
    periods = [
        PeriodResult("2026-Q1", score_answers(answers(3))),
        PeriodResult("2026-Q2", score_answers(answers(2))),
    ]
    assert trend(periods).themes["team"] == (50.0, 25.0)


def test_link_tokens_are_long_and_different():
    first, second = new_link_token(), new_link_token()
    assert (len(first) >= 43, first != second) == (True, True)


def test_token_hash_is_stable_and_hides_the_token():
    token = new_link_token()
    assert (hash_token(token) == hash_token(token), token in hash_token(token)) == (True, False)


def test_link_is_active_before_expiry():
    now = datetime(2026, 4, 1, 9, tzinfo=UTC)
    assert link_status(now + timedelta(days=14), now) == "active"


def test_link_expires():
    now = datetime(2026, 4, 1, 9, tzinfo=UTC)
    assert link_status(now - timedelta(seconds=1), now) == "expired"


def test_revoked_link_is_revoked_even_before_expiry():
    now = datetime(2026, 4, 1, 9, tzinfo=UTC)
    assert link_status(now + timedelta(days=14), now, revoked_at=now) == "revoked"
