import pytest
from django.utils import timezone

from tests.scale import TODAY


@pytest.fixture
def pinned_today(monkeypatch):
    real_localdate = timezone.localdate

    def localdate(value=None, timezone=None):
        return real_localdate(value, timezone) if value is not None else TODAY

    monkeypatch.setattr(timezone, "localdate", localdate)
