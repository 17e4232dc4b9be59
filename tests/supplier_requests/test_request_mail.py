"""Requests sent from the app by e-mail (locmem backend) and their follow-up status."""

import re
import smtplib
from datetime import date

import pytest
from django.core.mail import EmailMessage

from tests.supplier_requests.factories import make_request
from vendorpact.supplier_requests.models import ContextShareLink, SentMail
from vendorpact.suppliers.models import Contact


@pytest.fixture
def sofie(tenancy, supplier_a):
    return Contact.objects.create(
        organisation=tenancy.org_a,
        supplier=supplier_a,
        name="Sofie Claes",
        email="sofie@webbouw.example",
    )


@pytest.fixture
def supplier_request(tenancy, engagement_a):
    return make_request(tenancy, engagement_a)


def send_url(org, supplier_request):
    return f"/o/{org.slug}/requests/{supplier_request.pk}/send/"


def test_request_is_sent_to_the_chosen_contact(
    client, tenancy, sofie, supplier_request, mailoutbox
):
    client.force_login(tenancy.alice)
    response = client.post(
        send_url(tenancy.org_a, supplier_request), {"contact": sofie.pk, "language": "nl"}
    )
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["Sofie Claes <sofie@webbouw.example>"]
    assert "Kunnen we de levertijden aanpassen?" in mailoutbox[0].body


def test_reply_to_is_the_organisation_address(client, tenancy, sofie, supplier_request, mailoutbox):
    tenancy.org_a.reply_to_email = "info@bakkerij-peeters.example"
    tenancy.org_a.save()
    client.force_login(tenancy.alice)
    client.post(send_url(tenancy.org_a, supplier_request), {"contact": sofie.pk, "language": "nl"})
    assert mailoutbox[0].reply_to == ["info@bakkerij-peeters.example"]


def test_reply_to_falls_back_to_the_sender(client, tenancy, sofie, supplier_request, mailoutbox):
    client.force_login(tenancy.alice)
    client.post(send_url(tenancy.org_a, supplier_request), {"contact": sofie.pk, "language": "nl"})
    assert mailoutbox[0].reply_to == ["alice@example.be"]


def test_sent_mail_is_recorded_and_request_marked_sent(
    client, tenancy, sofie, supplier_request, mailoutbox
):
    client.force_login(tenancy.alice)
    client.post(send_url(tenancy.org_a, supplier_request), {"contact": sofie.pk, "language": "nl"})
    record = SentMail.objects.get()
    supplier_request.refresh_from_db()
    assert (record.to_email, record.sent_by, record.organisation) == (
        "sofie@webbouw.example",
        tenancy.alice,
        tenancy.org_a,
    )
    assert record.subject == mailoutbox[0].subject
    assert record.body == mailoutbox[0].body
    assert supplier_request.status == "sent"


def test_sent_mails_are_listed_newest_first(client, tenancy, sofie, supplier_request, mailoutbox):
    client.force_login(tenancy.alice)
    for language in ("nl", "en"):
        client.post(
            send_url(tenancy.org_a, supplier_request), {"contact": sofie.pk, "language": language}
        )
    page = client.get(
        f"/o/{tenancy.org_a.slug}/engagements/{supplier_request.engagement_id}/requests/"
    )
    mails = list(page.context["sent_mails"])
    assert [m.subject for m in mails] == [mailoutbox[1].subject, mailoutbox[0].subject]
    assert "sofie@webbouw.example" in page.content.decode()


def test_viewer_cannot_send(client, tenancy, sofie, supplier_request, mailoutbox):
    client.force_login(tenancy.vera)
    response = client.post(
        send_url(tenancy.org_a, supplier_request), {"contact": sofie.pk, "language": "nl"}
    )
    assert response.status_code == 403
    assert mailoutbox == []
    assert not SentMail.objects.exists()


def test_outsider_gets_404(client, tenancy, sofie, supplier_request, mailoutbox):
    client.force_login(tenancy.bob)
    response = client.post(
        send_url(tenancy.org_a, supplier_request), {"contact": sofie.pk, "language": "nl"}
    )
    assert response.status_code == 404
    assert mailoutbox == []


def test_contact_of_another_supplier_is_refused(client, tenancy, supplier_request, mailoutbox):
    from vendorpact.suppliers.models import Supplier

    other = Supplier.objects.create(organisation=tenancy.org_a, name="Drukkerij Maes")
    stranger = Contact.objects.create(
        organisation=tenancy.org_a, supplier=other, name="Jan Maes", email="jan@maes.example"
    )
    client.force_login(tenancy.alice)
    response = client.post(
        send_url(tenancy.org_a, supplier_request), {"contact": stranger.pk, "language": "nl"}
    )
    assert response.status_code == 200
    assert "contact" in response.context["send_form"].errors
    assert mailoutbox == []


def test_member_sets_status_answered_with_reply_date(client, tenancy, supplier_request):
    client.force_login(tenancy.alice)
    response = client.post(
        f"/o/{tenancy.org_a.slug}/requests/{supplier_request.pk}/status/",
        {"status": "answered", "replied_on": "03/12/2026"},
    )
    supplier_request.refresh_from_db()
    assert response.status_code == 302
    assert (supplier_request.status, supplier_request.replied_on) == (
        "answered",
        date(2026, 12, 3),
    )


def test_viewer_cannot_set_status(client, tenancy, supplier_request):
    client.force_login(tenancy.vera)
    response = client.post(
        f"/o/{tenancy.org_a.slug}/requests/{supplier_request.pk}/status/", {"status": "closed"}
    )
    supplier_request.refresh_from_db()
    assert response.status_code == 403
    assert supplier_request.status == "draft"


def context_link_url(org, engagement):
    return f"/o/{org.slug}/engagements/{engagement.pk}/requests/context-link/"


def test_context_link_is_mailed_and_opens_the_sheet(
    client, tenancy, sofie, engagement_a, mailoutbox
):
    client.force_login(tenancy.alice)
    response = client.post(context_link_url(tenancy.org_a, engagement_a), {"contact": sofie.pk})
    record = SentMail.objects.get()
    link_path = re.search(r"https?://[^/\s]+(/shared/context/\S+)", mailoutbox[0].body).group(1)
    client.logout()
    assert response.status_code == 302
    assert mailoutbox[0].to == ["Sofie Claes <sofie@webbouw.example>"]
    assert (record.what, record.engagement) == ("context_link", engagement_a)
    assert ContextShareLink.objects.get().supplier == engagement_a.supplier
    assert client.get(link_path).status_code == 200


def test_viewer_cannot_mail_a_context_link(client, tenancy, sofie, engagement_a, mailoutbox):
    client.force_login(tenancy.vera)
    response = client.post(context_link_url(tenancy.org_a, engagement_a), {"contact": sofie.pk})
    assert response.status_code == 403
    assert mailoutbox == []
    assert not ContextShareLink.objects.exists()


def test_failing_mail_server_keeps_no_record(client, tenancy, sofie, supplier_request, monkeypatch):
    def refuse(self, fail_silently=False):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    monkeypatch.setattr(EmailMessage, "send", refuse)
    client.force_login(tenancy.alice)
    response = client.post(
        send_url(tenancy.org_a, supplier_request),
        {"contact": sofie.pk, "language": "nl"},
        HTTP_ACCEPT_LANGUAGE="en",
        follow=True,
    )
    supplier_request.refresh_from_db()
    assert "The mail could not be sent" in response.content.decode()
    assert not SentMail.objects.exists()
    assert supplier_request.status == "draft"


def test_detail_offers_sending_to_members_only(client, tenancy, sofie, supplier_request):
    detail = f"/o/{tenancy.org_a.slug}/requests/{supplier_request.pk}/"
    client.force_login(tenancy.alice)
    assert send_url(tenancy.org_a, supplier_request) in client.get(detail).content.decode()
    client.force_login(tenancy.vera)
    viewer_page = client.get(detail).content.decode()
    assert viewer_page.count(send_url(tenancy.org_a, supplier_request)) == 0
    assert 'id="request-status"' in viewer_page
