from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from vendorpact.analysis.models import Analysis
from vendorpact.analysis.services import fail_interrupted, run_pending
from vendorpact.engagements.models import ChecklistEntry

DUTCH_MAINTENANCE_CONTRACT = """ONDERHOUDSOVEREENKOMST

Artikel 1 – Voorwerp
NetCare Solutions NV (de Leverancier) verzorgt het onderhoud en de support van de servers en
werkplekken van Bakkerij Peeters BV (de Klant).

Artikel 2 – Supporturen
De servicedesk is bereikbaar op werkdagen van 8u30 tot 17u30 via telefoon en e-mail.

Artikel 3 – Reactietijden
Bij een storing met prioriteit 1 reageert de Leverancier binnen 1 uur. Bij prioriteit 2 binnen
4 werkuren. De oplostijd voor prioriteit 1 bedraagt 8 werkuren.

Artikel 4 – Vergoeding
De maandelijkse vergoeding bedraagt € 1.200,00 excl. btw. Facturen zijn betaalbaar binnen
dertig (30) dagen na factuurdatum.

Artikel 5 – Duur en opzegging
Deze overeenkomst geldt voor een periode van twaalf (12) maanden en wordt stilzwijgend verlengd
met telkens twaalf maanden, tenzij een partij opzegt met een opzegtermijn van drie (3) maanden.

Artikel 6 – Aansprakelijkheid
De aansprakelijkheid van de Leverancier is beperkt tot het bedrag van drie maanden vergoeding.

Opgemaakt te Mechelen, in twee exemplaren.
Voor de Klant                         Voor de Leverancier
"""


def upload(client, tenancy, engagement, name="contract.txt", data=None, kind="contract"):
    client.force_login(tenancy.alice)
    payload = DUTCH_MAINTENANCE_CONTRACT.encode() if data is None else data
    return client.post(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement.pk}/documents/",
        {"file": SimpleUploadedFile(name, payload), "kind": kind},
    )


def entry(engagement, item_id):
    return ChecklistEntry.objects.filter(engagement=engagement, item_id=item_id).first()


def test_upload_analyses_and_prefills_checklist(
    client, tenancy, engagement_a, django_capture_on_commit_callbacks
):
    engagement_a.kind = "maintenance"
    engagement_a.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, tenancy, engagement_a)
    assert response["Location"].endswith(f"/engagements/{engagement_a.pk}/analysis/")
    assert Analysis.objects.get().state == "done"
    support_hours = entry(engagement_a, "maintenance.support_hours")
    assert (support_hours.status, support_hours.source) == ("covered", "analyser")
    assert "servicedesk is bereikbaar" in support_hours.evidence
    assert support_hours.evidence_page == 1 and support_hours.document is not None


def test_reanalysis_keeps_what_the_user_set(
    client, tenancy, engagement_a, django_capture_on_commit_callbacks
):
    ChecklistEntry.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement_a,
        item_id="legal.liability",
        status="missing",
        source="user",
    )
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, tenancy, engagement_a)
        document = engagement_a.documents.get()
        client.post(f"/o/{tenancy.org_a.slug}/documents/{document.pk}/analyse/")
    kept = entry(engagement_a, "legal.liability")
    assert (kept.status, kept.source) == ("missing", "user")


def test_corrupt_pdf_fails_with_a_reason(
    client, tenancy, engagement_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, tenancy, engagement_a, "kapot.pdf", b"%PDF-1.4\nnot really a pdf")
    analysis = Analysis.objects.get()
    assert (analysis.state, analysis.error_code) == ("failed", "document.corrupt")
    page = client.get(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/analysis/",
        HTTP_ACCEPT_LANGUAGE="nl",
    ).content.decode()
    assert "beschadigd" in page


def test_large_document_is_queued_for_the_worker(
    client, tenancy, engagement_a, settings, django_capture_on_commit_callbacks
):
    settings.VENDORPACT_ANALYSE_INLINE_MAX_BYTES = 10
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, tenancy, engagement_a)
    analysis = Analysis.objects.get()
    queued = DBTaskResult.objects.get()
    assert analysis.state == "pending" and queued.args_kwargs["args"] == [analysis.pk]


# The worker closes its database connection after each task, as a long-running process should:
# that needs real commits rather than the test's wrapping transaction.
@pytest.mark.django_db(transaction=True)
def test_the_worker_analyses_a_queued_document(client, tenancy, engagement_a, settings):
    settings.VENDORPACT_ANALYSE_INLINE_MAX_BYTES = 10
    upload(client, tenancy, engagement_a)
    call_command("db_worker", batch=True, reload=False, startup_delay=False, verbosity=0)
    assert Analysis.objects.get().state == "done"


def test_pending_analyses_are_picked_up_by_run_pending(
    client, tenancy, engagement_a, settings, django_capture_on_commit_callbacks
):
    settings.VENDORPACT_ANALYSE_INLINE_MAX_BYTES = 10
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, tenancy, engagement_a)
    assert run_pending() == 1 and Analysis.objects.get().state == "done"


def test_an_analysis_left_running_by_a_stopped_worker_is_marked_failed(tenancy, document_a):
    stale = Analysis.objects.create(
        organisation=tenancy.org_a,
        engagement=document_a.engagement,
        document=document_a,
        state="running",
        started_at=timezone.now() - timedelta(hours=2),
    )
    assert fail_interrupted() == 1
    stale.refresh_from_db()
    with translation.override("en"):
        assert stale.state == "failed" and "interrupted" in stale.error_message


def test_an_analysis_another_worker_is_running_is_left_alone(tenancy, document_a):
    Analysis.objects.create(
        organisation=tenancy.org_a,
        engagement=document_a.engagement,
        document=document_a,
        state="running",
        started_at=timezone.now() - timedelta(minutes=1),
    )
    assert fail_interrupted() == 0


def test_state_partial_polls_while_busy(client, tenancy, document_a):
    Analysis.objects.create(
        organisation=tenancy.org_a,
        engagement=document_a.engagement,
        document=document_a,
        state="running",
    )
    client.force_login(tenancy.vera)
    page = client.get(f"/o/{tenancy.org_a.slug}/documents/{document_a.pk}/analysis-state/")
    assert 'hx-trigger="every 2s"' in page.content.decode()


def test_reports_download_in_html_and_markdown(
    client, tenancy, engagement_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, tenancy, engagement_a)
    document = engagement_a.documents.get()
    base = f"/o/{tenancy.org_a.slug}/documents/{document.pk}"
    html = client.get(f"{base}/report.html", HTTP_ACCEPT_LANGUAGE="nl")
    markdown = client.get(f"{base}/report.md", HTTP_ACCEPT_LANGUAGE="nl")
    assert html["Content-Type"].startswith("text/html") and b"<html" in html.content.lower()
    assert markdown["Content-Type"].startswith("text/markdown")
    assert "attachment" in markdown["Content-Disposition"]


def test_overview_shows_risks_figures_and_questions(
    client, tenancy, engagement_a, django_capture_on_commit_callbacks
):
    engagement_a.kind = "maintenance"
    engagement_a.save()
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, tenancy, engagement_a)
    page = client.get(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/analysis/",
        HTTP_ACCEPT_LANGUAGE="en",
    ).content.decode()
    assert "Questions to ask before signing" in page
    assert "Notice period (days)" in page


def test_html_documents_are_never_served_inline(
    client, tenancy, engagement_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(
            client,
            tenancy,
            engagement_a,
            "voorwaarden.html",
            b"<script>alert(1)</script>",
            kind="other",
        )
    document = engagement_a.documents.get()
    response = client.get(f"/o/{tenancy.org_a.slug}/documents/{document.pk}/?inline=1")
    assert response["Content-Disposition"].startswith("attachment")


CONTRACT_WITH_A_CAP = """DIENSTVERLENINGSOVEREENKOMST

Artikel 4 – Vergoeding
De maandelijkse vergoeding bedraagt € 900,00 excl. btw.

Artikel 9 – Aansprakelijkheid
De totale aansprakelijkheid van de Leverancier is beperkt tot € 1.250.000.
"""


def test_overview_names_each_amount_by_its_purpose(
    client, tenancy, engagement_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, tenancy, engagement_a, data=CONTRACT_WITH_A_CAP.encode())
    page = client.get(
        f"/o/{tenancy.org_a.slug}/engagements/{engagement_a.pk}/analysis/",
        HTTP_ACCEPT_LANGUAGE="nl",
    ).content.decode()
    assert "<th>Vergoeding (terugkerend, per maand)</th>" in page
    assert "<th>Aansprakelijkheidsplafond (totaal)</th>" in page
