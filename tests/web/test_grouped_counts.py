"""Counts of rows on import pages are grouped by thousands the reader's way."""

from django.template import Context, Template
from django.template.loader import render_to_string
from django.utils import translation

COUNT = Template("{% load vendorpact %}{{ rows|grouped }}")


def _shown(rows, language):
    with translation.override(language):
        return COUNT.render(Context({"rows": rows}))


def test_dutch_and_belgian_french_group_with_a_dot():
    assert _shown(30000, "nl") == "30.000"
    assert _shown(1234567, "fr") == "1.234.567"


def test_english_groups_with_a_comma():
    assert _shown(4242, "en") == "4,242"


def test_counts_below_a_thousand_are_unchanged():
    assert _shown(999, "nl") == "999"


def _out_of_range_note(count, language):
    with translation.override(language):
        return render_to_string("sla/_out_of_range.html", {"sla": {"out_of_range_count": count}})


def test_counts_inside_plural_sentences_are_grouped_in_dutch():
    assert "12.345 bewaarde gegevens hebben" in _out_of_range_note(12345, "nl")


def test_counts_inside_plural_sentences_are_grouped_in_french():
    assert "12.345 enregistrements" in _out_of_range_note(12345, "fr")


def test_a_single_record_keeps_the_singular_sentence():
    assert "1 stored record has a date" in _out_of_range_note(1, "en")
