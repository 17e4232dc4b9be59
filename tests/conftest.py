"""Shared fixtures: two organisations, a member of each, an advisor in both, and their data."""

from __future__ import annotations

import io
import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.clock import TODAY_VARIABLE, session_day, start_session_travel

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SESSION_TRAVEL = pytest.StashKey[object]()


def pytest_configure(config):
    """VENDORPACT_TEST_TODAY=YYYY-MM-DD: the whole session runs on that day (from 10:00 Brussels,
    the clock ticking), so CI can run the suite on a month end or a leap day."""
    day = session_day(os.environ)
    if day is not None:
        config.stash[SESSION_TRAVEL] = start_session_travel(day)


def pytest_unconfigure(config):
    traveller = config.stash.get(SESSION_TRAVEL, None)
    if traveller is not None:
        traveller.stop()
        del config.stash[SESSION_TRAVEL]


def pytest_report_header(config):
    if SESSION_TRAVEL in config.stash:
        return f"clock: {TODAY_VARIABLE}={os.environ[TODAY_VARIABLE]} (10:00 Europe/Brussels)"
    return None


@pytest.fixture(autouse=True)
def _media_in_tmp(request, tmp_path):
    """Uploads into a temporary folder, fast password hashing; nothing when Django is off
    (the pure core's tests also run with `-p no:django`)."""
    if not request.config.pluginmanager.hasplugin("django"):
        return
    from django.core.cache import cache

    settings = request.getfixturevalue("settings")
    # A per-process cache in tests (production shares the database cache); rate-limit counters
    # must not leak from one test into the next.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    settings.MEDIA_ROOT = tmp_path / "media"
    # Requests and tasks that query a tenant-owned model without an organisation fail the test.
    settings.VENDORPACT_TENANT_GUARD = "raise"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def make_user(db, django_user_model):
    def make(username, **extra):
        return django_user_model.objects.create_user(
            username=username, email=f"{username}@example.be", password="pw-" + username, **extra
        )

    return make


@pytest.fixture
def tenancy(db, make_user):
    """org_a and org_b; alice (member of A); bob (owner of B, so every role check passes);
    ada (advisor, manager in both); olga, vera and max (owner, viewer, manager of A)."""
    from vendorpact.orgs.models import Membership, Organisation, Role

    org_a = Organisation.objects.create(name="Bakkerij Peeters", slug="bakkerij-peeters")
    org_b = Organisation.objects.create(name="Garage Janssens", slug="garage-janssens")
    users = {name: make_user(name) for name in ("alice", "bob", "ada", "olga", "vera", "max")}
    memberships = [
        ("alice", org_a, Role.MEMBER),
        ("bob", org_b, Role.OWNER),
        ("ada", org_a, Role.MANAGER),
        ("ada", org_b, Role.MANAGER),
        ("olga", org_a, Role.OWNER),
        ("vera", org_a, Role.VIEWER),
        ("max", org_a, Role.MANAGER),
    ]
    for name, org, role in memberships:
        Membership.objects.create(user=users[name], organisation=org, role=role)
    return type("Tenancy", (), {"org_a": org_a, "org_b": org_b, **users})


def login(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def supplier_a(tenancy):
    from vendorpact.suppliers.models import Contact, Supplier

    supplier = Supplier.objects.create(
        organisation=tenancy.org_a, name="Pixelwerf BV", vat_number="BE0712345630", city="Gent"
    )
    Contact.objects.create(organisation=tenancy.org_a, supplier=supplier, name="Sofie Claes")
    return supplier


@pytest.fixture
def engagement_a(tenancy, supplier_a):
    from vendorpact.engagements.models import ChecklistEntry, Engagement

    engagement = Engagement.objects.create(
        organisation=tenancy.org_a,
        supplier=supplier_a,
        title="Webshop",
        kind="project",
        agreed_how="email",
        general_terms="supplier",
        status="active",
        start_date=date(2026, 1, 1),
        contract_value=Decimal("18450.00"),
    )
    ChecklistEntry.objects.create(
        organisation=tenancy.org_a,
        engagement=engagement,
        item_id="budget.project_cost",
        status="covered",
    )
    return engagement


def minimal_pdf(text: str = "Onderhoudscontract") -> bytes:
    """A small valid one-page PDF with a text layer, built by hand."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


@pytest.fixture
def document_a(tenancy, engagement_a):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from vendorpact.engagements.services import upload_document

    uploaded = SimpleUploadedFile("contract.pdf", minimal_pdf(), content_type="application/pdf")
    return upload_document(
        org=tenancy.org_a,
        actor=tenancy.alice,
        engagement=engagement_a,
        uploaded=uploaded,
        kind="contract",
    )
