"""The contract report writes amounts as its language does: `€ 5.000,00` in Dutch and French,
`€5,000.00` in English."""

import pytest

from vendorpact.core.contracts import analyse_text, result_to_dict
from vendorpact.core.contracts.report import render_text

FEE = "De Klant betaalt een maandelijkse vergoeding van € 5.000,00 excl. btw."


@pytest.mark.parametrize(
    ("lang", "written"), [("nl", "€ 5.000,00"), ("fr", "€ 5.000,00"), ("en", "€5,000.00")]
)
def test_text_report_writes_euro_amounts_in_its_language(lang, written):
    report = render_text(result_to_dict(analyse_text(FEE, lang="nl")), lang)
    assert written in report
    assert "EUR 5" not in report
