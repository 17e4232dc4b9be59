"""Article keys, negotiated wording and the per-article diff between versions (pure core)."""

from vendorpact.core.agreements.negotiation import (
    ArticleText,
    WordChange,
    can_finalise,
    diff_versions,
    split,
    word_changes,
)


def _a(key, number, text, title="Betaling"):
    return ArticleText(key, number, title, text)


def test_word_changes_mark_the_replaced_word():
    changes = word_changes("Betaling binnen 30 dagen.", "Betaling binnen 45 dagen.")
    assert changes == (
        WordChange("same", "Betaling binnen "),
        WordChange("removed", "30"),
        WordChange("added", "45"),
        WordChange("same", " dagen."),
    )


def test_word_changes_give_back_both_wordings():
    old, new = "Een twee drie.\n\nVier.", "Een drie vijf.\n\nVier zes."
    changes = word_changes(old, new)
    assert "".join(c.text for c in changes if c.op != "added") == old
    assert "".join(c.text for c in changes if c.op != "removed") == new


def test_diff_reports_added_removed_changed_and_unchanged():
    old = [_a("a#1", 1, "Eerste."), _a("b#1", 2, "Tweede."), _a("c#1", 3, "Derde 30.")]
    new = [_a("a#1", 1, "Eerste."), _a("c#1", 2, "Derde 45."), _a("d#1", 3, "Vierde.")]
    diffs = diff_versions(old, new)
    assert [(d.key, d.change) for d in diffs] == [
        ("a#1", "unchanged"),
        ("b#1", "removed"),
        ("c#1", "changed"),
        ("d#1", "added"),
    ]


def test_renumbered_article_with_same_text_is_unchanged():
    diffs = diff_versions([_a("c#1", 3, "Derde.")], [_a("c#1", 2, "Derde.")])
    assert [d.change for d in diffs] == ["unchanged"]


def test_paragraph_spacing_is_not_a_change():
    diffs = diff_versions([_a("a#1", 1, "Een.\n\nTwee.")], [_a("a#1", 1, "Een.\r\n\r\n  Twee.")])
    assert diffs[0].change == "unchanged"


def test_split_keeps_paragraphs_separated_by_blank_lines():
    assert split("Een\nregel.\n\n\nTwee.") == ["Een\nregel.", "Twee."]


def test_finalising_needs_articles_all_agreed():
    assert can_finalise(["agreed", "agreed"])
    assert not can_finalise(["agreed", "disputed"])
    assert not can_finalise([])
