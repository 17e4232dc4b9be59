import pytest

from vendorpact.cli import main
from vendorpact.engagements.models import Engagement
from vendorpact.orgs.models import Organisation
from vendorpact.suppliers.models import Supplier


@pytest.mark.django_db
def test_demo_is_idempotent(capsys):
    assert main(["demo"]) == 0
    assert main(["demo"]) == 0
    org = Organisation.objects.get(slug="bakkerij-verhaegen")
    assert Supplier.objects.filter(organisation=org).count() == 5
    assert Engagement.objects.filter(organisation=org).count() == 5
    assert "password vendorpact-demo" in capsys.readouterr().out


@pytest.mark.django_db
def test_demo_has_a_notice_deadline_within_weeks():
    from django.utils import timezone

    main(["demo"])
    msp = Engagement.objects.get(title="Beheer en support IT-infrastructuur")
    assert 0 <= (msp.notice_deadline - timezone.localdate()).days <= 31


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
