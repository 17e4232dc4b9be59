"""Attachments of a request to the supplier (upload, download, removal) and removing a
request with its attachments."""

from django.contrib import messages
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vendorpact.common.deletion import deletion_counts
from vendorpact.common.messages import upload_refused
from vendorpact.core.uploads import UploadError
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role
from vendorpact.supplier_requests import attachment_services
from vendorpact.supplier_requests.access import get_attachment_for_user, get_request_for_user
from vendorpact.supplier_requests.forms import AttachmentForm


@org_view(Role.MEMBER)
@require_POST
def attachment_upload(request, pk):
    supplier_request = get_request_for_user(request.user, request.org, pk)
    form = AttachmentForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Choose a file to attach."))
        return redirect("supplier_request_detail", request.org.slug, supplier_request.pk)
    uploaded = form.cleaned_data["file"]
    try:
        attachment = attachment_services.add_attachment(
            org=request.org,
            actor=request.user,
            supplier_request=supplier_request,
            uploaded=uploaded,
        )
    except UploadError as error:
        messages.error(request, upload_refused(uploaded.name, error))
    else:
        messages.success(request, _("“%(name)s” attached.") % {"name": attachment.original_name})
    return redirect("supplier_request_detail", request.org.slug, supplier_request.pk)


@org_view()
def attachment_download(request, pk):
    attachment = get_attachment_for_user(request.user, request.org, pk)
    # Always a download: a supplier's screenshot or log is never rendered in our origin.
    return FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )


@org_view(Role.MEMBER)
@require_POST
def attachment_delete(request, pk):
    attachment = get_attachment_for_user(request.user, request.org, pk)
    request_pk = attachment.supplier_request_id
    attachment_services.delete_attachment(
        org=request.org, actor=request.user, attachment=attachment
    )
    messages.success(request, _("Attachment removed."))
    return redirect("supplier_request_detail", request.org.slug, request_pk)


@org_view(Role.MANAGER)
def request_delete(request, pk):
    supplier_request = get_request_for_user(request.user, request.org, pk)
    engagement = supplier_request.engagement
    if request.method == "POST":
        attachment_services.delete_request(
            org=request.org, actor=request.user, supplier_request=supplier_request
        )
        messages.success(request, _("Request deleted."))
        return redirect("supplier_request_list", request.org.slug, engagement.pk)
    context = {
        "engagement": engagement,
        "supplier_request": supplier_request,
        "deletion_counts": deletion_counts(supplier_request),
        "tab": "requests",
    }
    return render(request, "supplier_requests/request_delete.html", context)
