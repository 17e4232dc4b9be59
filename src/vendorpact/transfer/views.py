"""The organisation export download (docs/export-format.md); owners only."""

import tempfile

from django.http import FileResponse
from django.utils import timezone

from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role
from vendorpact.transfer.export import write_export


@org_view(Role.OWNER)
def organisation_export(request):
    """Everything of the organisation as one ZIP (docs/export-format.md)."""
    archive = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it when sent)
    write_export(request.org, archive)
    archive.seek(0)
    filename = f"{request.org.slug}-export-{timezone.localdate():%Y-%m-%d}.zip"
    return FileResponse(
        archive, as_attachment=True, filename=filename, content_type="application/zip"
    )
