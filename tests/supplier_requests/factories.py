"""Org-A requests, context-sheet rows and attachments, made through the services as a user
would."""

from django.core.files.uploadedfile import SimpleUploadedFile

from vendorpact.supplier_requests import attachment_services, services


def make_request(tenancy, engagement):
    return services.create_request(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement,
        data={"kind": "question", "what_happened": "Kunnen we de levertijden aanpassen?"},
    )


def make_context_system(tenancy, engagement):
    return services.add_system(
        org=tenancy.org_a, actor=tenancy.alice, data={"name": "Odoo", "version": "17"}
    )


def make_context_link(tenancy, engagement):
    return services.create_share_link(org=tenancy.org_a, actor=tenancy.alice, label="Pixelwerf")[0]


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(17)


def make_attachment(tenancy, engagement, name="scherm.png", content=PNG):
    return attachment_services.add_attachment(
        org=tenancy.org_a,
        actor=tenancy.alice,
        supplier_request=make_request(tenancy, engagement),
        uploaded=SimpleUploadedFile(name, content, content_type="image/png"),
    )
