"""Password reset by e-mail and the user's own profile."""

import re

import pytest
from django.contrib.auth import get_user_model

from vendorpact.orgs.models import Profile

pytestmark = pytest.mark.usefixtures("locmem_mail")


@pytest.fixture
def locmem_mail(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def test_password_reset_mails_a_link_that_sets_a_new_password(client, tenancy, mailoutbox):
    client.post("/accounts/password/reset/", {"email": "alice@example.be"})
    assert mailoutbox[0].to == ["alice@example.be"]
    path = re.search(r"https?://[^/\s]+(/accounts/reset/\S+/)", mailoutbox[0].body).group(1)
    form_page = client.get(path, follow=True)  # Django swaps the token for a session marker
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "Oven-warm-2026!", "new_password2": "Oven-warm-2026!"},
    )
    tenancy.alice.refresh_from_db()
    assert tenancy.alice.check_password("Oven-warm-2026!")


def test_password_reset_pages_speak_french(client, tenancy, mailoutbox):
    page = client.get("/accounts/password/reset/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Mot de passe oublié ?" in page
    client.post(
        "/accounts/password/reset/", {"email": "alice@example.be"}, HTTP_ACCEPT_LANGUAGE="fr"
    )
    assert "Choisissez un nouveau mot de passe VendorPact" in mailoutbox[0].subject


def test_unknown_address_gets_no_mail_and_the_same_answer(client, tenancy, mailoutbox):
    response = client.post("/accounts/password/reset/", {"email": "nobody@example.be"})
    assert response.status_code == 302 and response["Location"].endswith("/reset/sent/")
    assert not mailoutbox


def test_password_reset_is_rate_limited(client, tenancy, mailoutbox):
    for _ in range(10):
        client.post("/accounts/password/reset/", {"email": "alice@example.be"})
    assert (
        client.post("/accounts/password/reset/", {"email": "alice@example.be"}).status_code == 429
    )
    assert len(mailoutbox) == 10


def test_login_page_links_to_the_reset(client, db):
    assert "/accounts/password/reset/" in client.get("/accounts/login/").content.decode()


def test_user_edits_name_email_and_language(client, tenancy):
    client.force_login(tenancy.alice)
    client.post(
        "/account/profile/",
        {
            "first_name": "Alice",
            "last_name": "Peeters",
            "email": "alice@bakkerij.be",
            "language": "fr",
        },
    )
    tenancy.alice.refresh_from_db()
    assert (tenancy.alice.get_full_name(), tenancy.alice.email) == (
        "Alice Peeters",
        "alice@bakkerij.be",
    )
    assert Profile.objects.get(user=tenancy.alice).language == "fr"


def test_email_of_another_account_is_refused(client, tenancy):
    client.force_login(tenancy.alice)
    page = client.post(
        "/account/profile/",
        {"first_name": "", "last_name": "", "email": "BOB@example.be", "language": "nl"},
        HTTP_ACCEPT_LANGUAGE="en",
    ).content.decode()
    assert "Another account already uses this e-mail address." in page
    assert get_user_model().objects.get(pk=tenancy.alice.pk).email == "alice@example.be"


def test_profile_needs_a_login(client, db):
    assert client.get("/account/profile/").status_code == 302
