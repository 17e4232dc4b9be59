"""The demo has one tacit-renewal engagement whose notice deadline passed recently."""

from datetime import date

from django.utils import timezone

from vendorpact import demo
from vendorpact.core.terms import ContractTerms, terms_as_of
from vendorpact.engagements.models import Engagement

SAAS = "Boekhouding en kassasysteem (SaaS)"
TERM_FIELDS = ("start_date", "duration_months", "renewal", "renewal_months", "notice_value")


def saas_terms(today: date) -> ContractTerms:
    spec = next(spec for spec in demo._engagements(today) if spec["title"] == SAAS)
    return ContractTerms(**{key: spec[key] for key in TERM_FIELDS}, notice_unit="days")


def test_saas_deadline_was_missed_about_ten_days_ago():
    today = date(2026, 12, 4)
    standing = terms_as_of(saas_terms(today), today)
    # Term ends three weeks from now (24/12/2026), 30 days' notice: deadline 24/11/2026.
    assert standing.current_term_end == date(2026, 12, 24)
    assert standing.missed_notice_deadline == date(2026, 11, 24)
    assert standing.earliest_end == date(2027, 12, 24)


def test_saas_deadline_is_missed_recently_whatever_the_day():
    for today in (date(2027, 3, 1), date(2028, 2, 29), date(2027, 12, 31), date(2028, 1, 31)):
        missed = terms_as_of(saas_terms(today), today).missed_notice_deadline
        assert missed is not None and 0 < (today - missed).days <= 14, today


def test_loaded_demo_engagement_shows_the_missed_deadline(db, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: date(2026, 12, 4))
    demo.load_demo()
    saas = Engagement.objects.get(title=SAAS)
    assert saas.missed_notice_deadline == date(2026, 11, 24)
    assert saas.notice_deadline == date(2027, 11, 24)
