"""The analysis report's file name follows the document's, also outside Latin-1 (RFC 5987)."""

from tests.analysis.test_analysis_web import upload


def test_markdown_report_name_uses_filename_star(
    client, tenancy, engagement_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, tenancy, engagement_a, name="Контракт Ωmega.txt")
    document = engagement_a.documents.get()
    response = client.get(
        f"/o/{tenancy.org_a.slug}/documents/{document.pk}/report.md", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''"
        "%D0%9A%D0%BE%D0%BD%D1%82%D1%80%D0%B0%D0%BA%D1%82%20%CE%A9mega-analysis.md"
    )


def test_plain_report_name_stays_a_quoted_filename(
    client, tenancy, engagement_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, tenancy, engagement_a, name="contract.txt")
    document = engagement_a.documents.get()
    response = client.get(
        f"/o/{tenancy.org_a.slug}/documents/{document.pk}/report.md", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response["Content-Disposition"] == 'attachment; filename="contract-analysis.md"'


def test_markdown_report_name_is_in_the_page_language(
    client, tenancy, engagement_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, tenancy, engagement_a, name="contract.txt")
    document = engagement_a.documents.get()
    url = f"/o/{tenancy.org_a.slug}/documents/{document.pk}/report.md"
    for language in ("nl", "fr"):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
        assert response["Content-Disposition"] == 'attachment; filename="contract-analyse.md"'
