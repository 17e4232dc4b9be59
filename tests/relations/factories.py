"""Org-A objects of the relations app, made through the services as a user would."""

from datetime import date

from django.core.files.uploadedfile import SimpleUploadedFile

from vendorpact.relations import attachment_services, concern_services, health_services, services


def make_request(tenancy, engagement):
    return services.create_request(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement,
        data={"kind": "question", "what_happened": "Kunnen we de levertijden aanpassen?"},
    )


def make_concern(tenancy, engagement, raised_on=date(2026, 10, 1)):
    return concern_services.create_concern(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement,
        data={"title": "Opleveringen schuiven telkens op", "raised_on": raised_on},
    )


def make_exit_task(tenancy, engagement):
    plan = concern_services.start_exit_plan(
        org=tenancy.org_a, actor=tenancy.max, engagement=engagement
    )
    return plan.tasks.first()


def make_health_check(tenancy, engagement, period="2026-Q3"):
    return health_services.create_health_check(
        org=tenancy.org_a, actor=tenancy.alice, engagement=engagement, period=period
    )


def make_health_link(tenancy, engagement):
    check = make_health_check(tenancy, engagement, period="2026-Q2")
    return health_services.create_link(org=tenancy.org_a, actor=tenancy.alice, check=check)[0]


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
