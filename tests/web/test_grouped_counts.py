"""Counts of rows on import pages are grouped by thousands the reader's way."""

from django.template import Context, Template
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
