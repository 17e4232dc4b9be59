"""Invitations by e-mail address: a link that expires, works once and keeps only a hash."""

import hashlib
import re
from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model

from tests.clock import on_day
from vendorpact.orgs.models import Invitation, Membership

pytestmark = [on_day(date(2026, 3, 16)), pytest.mark.usefixtures("locmem_mail")]


@pytest.fixture
def locmem_mail(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def invite(client, tenancy, email="nina@example.be", role="viewer"):
    client.force_login(tenancy.olga)
    return client.post(
        f"/o/{tenancy.org_a.slug}/members/invite/",
        {"email": email, "role": role},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="en",
    )


def link_path(mail) -> str:
    return re.search(r"https?://[^/\s]+(/invitations/[^\s]+/)", mail.body).group(1)


def test_owner_invites_by_email_and_a_link_is_mailed(client, tenancy, mailoutbox):
    page = invite(client, tenancy).content.decode()
    assert "Invitation sent to nina@example.be." in page
    assert mailoutbox[0].to == ["nina@example.be"]
    assert "Bakkerij Peeters" in mailoutbox[0].subject


def test_only_the_token_hash_is_stored(client, tenancy, mailoutbox):
    invite(client, tenancy)
    token = link_path(mailoutbox[0]).split("/")[2]
    stored = Invitation.objects.get()
    assert stored.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in str(list(Invitation.objects.values_list()))


def test_invitee_without_account_sets_a_password_and_joins(client, tenancy, mailoutbox):
    invite(client, tenancy)
    path = link_path(mailoutbox[0])
    client.logout()
    response = client.post(
        path,
        {
            "first_name": "Nina",
            "last_name": "Wouters",
            "password1": "Croissant-42-oven",
            "password2": "Croissant-42-oven",
        },
    )
    assert response.status_code == 302
    user = get_user_model().objects.get(email="nina@example.be")
    assert user.check_password("Croissant-42-oven") and user.first_name == "Nina"
    assert Membership.objects.get(user=user, organisation=tenancy.org_a).role == "viewer"
    assert client.get(f"/o/{tenancy.org_a.slug}/").status_code == 200  # signed in


def test_link_works_once(client, tenancy, mailoutbox):
    invite(client, tenancy)
    path = link_path(mailoutbox[0])
    client.logout()
    data = {
        "first_name": "Nina",
        "password1": "Croissant-42-oven",
        "password2": "Croissant-42-oven",
    }
    client.post(path, data)
    client.logout()
    response = client.post(path, data | {"first_name": "Mallory"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 410
    assert "already accepted" in response.content.decode()
    assert get_user_model().objects.filter(email="nina@example.be").count() == 1


def test_link_expires_after_a_week(client, tenancy, mailoutbox, time_machine):
    invite(client, tenancy)
    path = link_path(mailoutbox[0])
    client.logout()
    time_machine.shift(timedelta(days=7, minutes=1))
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 410
    assert "expired" in response.content.decode()


def test_unknown_link_is_404(client, tenancy):
    assert client.get("/invitations/not-a-real-token/").status_code == 404


def test_existing_account_joins_on_accepting_while_logged_in(client, tenancy, mailoutbox):
    invite(client, tenancy, email="bob@example.be", role="member")
    path = link_path(mailoutbox[0])
    client.force_login(tenancy.bob)
    assert not Membership.objects.filter(user=tenancy.bob, organisation=tenancy.org_a).exists()
    client.post(path)
    assert Membership.objects.get(user=tenancy.bob, organisation=tenancy.org_a).role == "member"


def test_existing_account_is_asked_to_log_in_not_to_make_a_second_one(client, tenancy, mailoutbox):
    invite(client, tenancy, email="bob@example.be")
    path = link_path(mailoutbox[0])
    client.logout()
    data = {"first_name": "Bob", "password1": "Croissant-42-oven", "password2": "Croissant-42-oven"}
    page = client.post(path, data, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "log in first" in page
    assert get_user_model().objects.filter(email="bob@example.be").count() == 1


def test_weak_password_is_refused(client, tenancy, mailoutbox):
    invite(client, tenancy)
    path = link_path(mailoutbox[0])
    client.logout()
    client.post(path, {"first_name": "Nina", "password1": "12345678", "password2": "12345678"})
    assert not get_user_model().objects.filter(email="nina@example.be").exists()
    assert Invitation.objects.get().accepted_at is None


def test_member_address_is_not_invited_again(client, tenancy, mailoutbox):
    page = invite(client, tenancy, email="alice@example.be").content.decode()
    assert "already a member" in page
    assert not mailoutbox and not Invitation.objects.exists()


def test_manager_cannot_invite(client, tenancy, mailoutbox):
    client.force_login(tenancy.max)
    response = client.post(
        f"/o/{tenancy.org_a.slug}/members/invite/", {"email": "nina@example.be", "role": "owner"}
    )
    assert response.status_code == 403
    assert not mailoutbox and not Invitation.objects.exists()


def test_failing_mail_server_keeps_no_invitation(client, tenancy, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens there
    page = invite(client, tenancy).content.decode()
    assert "did not accept the invitation" in page
    assert not Invitation.objects.exists()


def test_guessing_links_is_throttled(client, tenancy, settings):
    for number in range(10):
        client.get(f"/invitations/guess-{number}/")
    assert client.get("/invitations/guess-10/").status_code == 429


def test_mail_is_in_the_inviters_language(client, tenancy, mailoutbox):
    client.force_login(tenancy.olga)
    client.post(
        f"/o/{tenancy.org_a.slug}/members/invite/",
        {"email": "nina@example.be", "role": "viewer"},
        HTTP_ACCEPT_LANGUAGE="nl",
    )
    assert "Uitnodiging" in mailoutbox[0].subject


def test_owner_sees_open_invitations_and_withdraws_one(client, tenancy, mailoutbox):
    invite(client, tenancy)
    path = link_path(mailoutbox[0])
    invitation = Invitation.objects.get()
    page = client.get(f"/o/{tenancy.org_a.slug}/members/").content.decode()
    assert "nina@example.be" in page
    client.post(f"/o/{tenancy.org_a.slug}/invitations/{invitation.pk}/withdraw/")
    assert not Invitation.objects.exists()
    client.logout()
    assert client.get(path).status_code == 404


def test_manager_cannot_withdraw_an_invitation(client, tenancy, mailoutbox):
    invite(client, tenancy)
    invitation = Invitation.objects.get()
    client.force_login(tenancy.max)
    response = client.post(f"/o/{tenancy.org_a.slug}/invitations/{invitation.pk}/withdraw/")
    assert response.status_code == 403
    assert Invitation.objects.exists()
