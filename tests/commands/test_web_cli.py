from datetime import date

import pytest

from tests.clock import on_day
from vendorpact.cli import main
from vendorpact.engagements.models import Engagement
from vendorpact.orgs.models import Organisation
from vendorpact.suppliers.models import Supplier

# The demo's dates are relative to today and the digest is sent "once per day".
pytestmark = on_day(date(2026, 11, 16))


@pytest.mark.django_db
def test_demo_is_idempotent(capsys):
    assert main(["demo"]) == 0
    assert main(["demo"]) == 0
    org = Organisation.objects.get(slug="bakkerij-verhaegen")
    assert Supplier.objects.filter(organisation=org).count() == 5
    assert Engagement.objects.filter(organisation=org).count() == 5
    assert "password vendorpact-demo" in capsys.readouterr().out


def on_day_expecting(today: date, deadline: date):
    return pytest.param(deadline, marks=on_day(today), id=today.isoformat())


@pytest.mark.parametrize(
    "deadline",
    [
        # The demo's yearly contract starts on the 1st, 20 months back, and renews tacitly with
        # three months' notice: the deadline is always the last day of the current month.
        on_day_expecting(date(2026, 11, 16), deadline=date(2026, 11, 30)),
        on_day_expecting(date(2027, 1, 31), deadline=date(2027, 1, 31)),
        on_day_expecting(date(2028, 2, 29), deadline=date(2028, 2, 29)),
    ],
)
@pytest.mark.django_db
def test_demo_has_a_notice_deadline_within_weeks(deadline):
    main(["demo"])
    msp = Engagement.objects.get(title="Beheer en support IT-infrastructuur")
    assert msp.notice_deadline == deadline


@pytest.mark.django_db
def test_createuser_with_organisation():
    assert main(["createuser", "jan", "--password", "s3cret-pass", "--organisation", "Jan BV"]) == 0
    assert Organisation.objects.get(name="Jan BV").memberships.get().role == "owner"


@pytest.mark.django_db
def test_createuser_refuses_duplicate(capsys):
    main(["createuser", "jan", "--password", "s3cret-pass"])
    assert main(["createuser", "jan", "--password", "x"]) == 2
    assert "already exists" in capsys.readouterr().err


@pytest.mark.django_db
def test_remind_sends_the_digest_once_per_day(mailoutbox):
    main(["demo"])
    assert main(["remind", "--user", "demo"]) == 0
    assert main(["remind", "--user", "demo"]) == 0
    assert len(mailoutbox) == 1 and "demo@vendorpact.example" in mailoutbox[0].to
