"""Uploading the signed copy of a final agreement and the outcome of the signature check."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vendorpact.agreements import signing_services
from vendorpact.agreements.access import get_agreement_draft_for_user
from vendorpact.agreements.messages import signature_outcome, text_for
from vendorpact.agreements.negotiation_views import negotiation_context, negotiation_url
from vendorpact.agreements.signing_forms import SignedCopyForm
from vendorpact.common.messages import upload_refused
from vendorpact.core.uploads import UploadError
from vendorpact.orgs.access import org_view
from vendorpact.orgs.models import Role


@org_view(Role.MANAGER)
@require_POST
def agreement_signed_copy(request, pk):
    draft = get_agreement_draft_for_user(request.user, request.org, pk)
    form = SignedCopyForm(request.POST, request.FILES)
    if not form.is_valid():
        context = negotiation_context(request, draft, signed_form=form)
        return render(request, "agreements/negotiation.html", context, status=400)
    uploaded = form.cleaned_data["file"]
    try:
        _copy, check = signing_services.record_signed_copy(
            org=request.org,
            actor=request.user,
            draft=draft,
            uploaded=uploaded,
            confirmed_by_hand=form.cleaned_data["confirmed_by_hand"],
        )
    except signing_services.SigningRefused as refused:
        context = negotiation_context(
            request,
            draft,
            signed_form=form,
            signing_error=text_for(refused.code),
            signature_words=signature_outcome(refused.check) if refused.check else [],
        )
        return render(request, "agreements/negotiation.html", context, status=400)
    except UploadError as error:
        messages.error(request, upload_refused(uploaded.name, error))
        return redirect(negotiation_url(request, draft))
    for line in signature_outcome(check):
        messages.info(request, line)
    messages.success(
        request,
        _("The signed agreement is attached; the engagement counts as signed by both parties."),
    )
    return redirect(negotiation_url(request, draft))
