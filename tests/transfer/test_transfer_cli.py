"""`vendorpact export` and `vendorpact import`, and the checks an import makes."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from django.core.files.storage import default_storage

from vendorpact.cli import main
from vendorpact.demo import load_demo
from vendorpact.engagements.models import Document
from vendorpact.orgs.models import Membership, Organisation
from vendorpact.orgs.services import delete_organisation
from vendorpact.transfer.export import write_export
from vendorpact.transfer.graph import TransferError
from vendorpact.transfer.importer import import_organisation


@pytest.fixture
def demo_org(db):
    return load_demo()


def test_export_then_import_prints_the_new_slug_last(demo_org, tmp_path, capsys):
    out = tmp_path / "bakery.zip"
    assert main(["export", demo_org.slug, "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["import", str(out)]) == 0
    last_line = capsys.readouterr().out.strip().splitlines()[-1]
    copy = Organisation.objects.get(slug=last_line)
    assert copy.name == demo_org.name and copy.pk != demo_org.pk
    assert copy.suppliers.count() == demo_org.suppliers.count()


def test_export_of_an_unknown_organisation_is_refused(db, tmp_path, capsys):
    assert main(["export", "nobody", "--out", str(tmp_path / "x.zip")]) == 2
    assert "no organisation" in capsys.readouterr().err


def _export(org) -> bytes:
    out = io.BytesIO()
    write_export(org, out)
    return out.getvalue()


def _rewrite(zip_bytes: bytes, name: str, content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(zip_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.namelist():
            target.writestr(item, content if item == name else source.read(item))
    return out.getvalue()


def test_a_changed_document_is_refused_and_nothing_is_imported(demo_org):
    exported = _export(demo_org)
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(exported)).read("manifest.json"))
    document_path = manifest["files"][0]["path"]
    tampered = _rewrite(exported, document_path, b"not the original contract")
    organisations = Organisation.objects.count()
    with pytest.raises(TransferError, match="SHA-256"):
        import_organisation(io.BytesIO(tampered))
    assert Organisation.objects.count() == organisations


def test_imported_documents_are_stored_again_with_the_same_content(demo_org):
    copy = import_organisation(io.BytesIO(_export(demo_org))).organisation
    original = Document.objects.filter(organisation=demo_org).order_by("pk").first()
    imported = Document.objects.filter(organisation=copy).order_by("pk").first()
    assert imported.file.name != original.file.name
    assert imported.file.read() == original.file.read()


def test_membership_of_an_unknown_user_is_skipped_with_a_warning(demo_org):
    exported = _export(demo_org)
    membership = json.loads(zipfile.ZipFile(io.BytesIO(exported)).read("data/orgs.membership.json"))
    membership[0]["user"] = {"username": "nobody-here", "email": "nobody@example.be"}
    changed = _rewrite(exported, "data/orgs.membership.json", json.dumps(membership).encode())
    result = import_organisation(io.BytesIO(changed))
    assert not Membership.objects.filter(organisation=result.organisation).exists()
    assert any("nobody-here" in warning for warning in result.warnings)


def test_a_file_that_is_not_an_export_is_refused(db, tmp_path, capsys):
    path = tmp_path / "other.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert main(["import", str(path)]) == 2
    assert "nothing was imported" in capsys.readouterr().err


def test_createuser_adds_an_existing_user_to_a_new_organisation(db, make_user, capsys):
    jan = make_user("jan")
    assert main(["createuser", "jan", "--organisation", "Jan Consulting"]) == 0
    org = Organisation.objects.get(name="Jan Consulting")
    assert org.memberships.get().user == jan
    assert org.memberships.get().role == "owner"
    assert jan.check_password("pw-jan")  # the existing password is left as it was


def test_suppliers_csv_has_a_header_and_one_line_per_supplier(demo_org):
    archive = zipfile.ZipFile(io.BytesIO(_export(demo_org)))
    text = archive.read("csv/suppliers.csv").decode("utf-8-sig")
    lines = text.strip().splitlines()
    assert lines[0].startswith("export_id,name,")
    assert len(lines) == 1 + 5  # the demo bakery has five suppliers


def test_deleting_the_organisation_removes_its_document_files(
    demo_org, django_capture_on_commit_callbacks
):
    names = list(Document.objects.filter(organisation=demo_org).values_list("file", flat=True))
    assert names and all(default_storage.exists(name) for name in names)
    owner = Membership.objects.get(organisation=demo_org, role="owner")
    with django_capture_on_commit_callbacks(execute=True):
        delete_organisation(org=demo_org, actor=owner, typed_name=demo_org.name)
    assert not any(default_storage.exists(name) for name in names)


def test_a_document_whose_recorded_hash_differs_from_its_file_is_refused(demo_org):
    exported = _export(demo_org)
    documents = json.loads(
        zipfile.ZipFile(io.BytesIO(exported)).read("data/engagements.document.json")
    )
    documents[0]["sha256"] = "0" * 64
    changed = _rewrite(exported, "data/engagements.document.json", json.dumps(documents).encode())
    with pytest.raises(TransferError, match="recorded SHA-256"):
        import_organisation(io.BytesIO(changed))


def test_a_file_that_is_not_a_zip_is_refused(db, tmp_path, capsys):
    path = tmp_path / "notes.zip"
    path.write_text("just some notes")
    assert main(["import", str(path)]) == 2
    assert "not a ZIP file" in capsys.readouterr().err
