from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vendorpact.common.deletion import deletion_counts
from vendorpact.common.messages import text_for
from vendorpact.core.vat import VatError
from vendorpact.orgs import services
from vendorpact.orgs.access import (
    get_membership_of_org,
    org_view,
    require_role,
)
from vendorpact.orgs.account_services import open_invitations
from vendorpact.orgs.forms import (
    DeleteOrganisationForm,
    InviteForm,
    NewOrganisationForm,
    OrganisationForm,
    RoleForm,
)
from vendorpact.orgs.models import Membership, Organisation, Role


@org_view()
def member_list(request):
    members = request.org.memberships.select_related("user").order_by("user__username")
    return render(
        request,
        "orgs/members.html",
        {
            "members": members,
            "invite_form": InviteForm(),
            "roles": Role.choices,
            "invitations": open_invitations(request.org, timezone.now())
            if request.membership.can_manage_members
            else [],
        },
    )


@org_view(Role.OWNER)
@require_POST
def member_role(request, pk):
    membership = get_membership_of_org(request.user, request.org, pk)
    form = RoleForm(request.POST)
    if form.is_valid():
        try:
            services.change_role(
                org=request.org,
                actor=request.membership,
                membership=membership,
                role=form.cleaned_data["role"],
            )
            messages.success(request, _("Role changed."))
        except services.MembershipError as error:
            messages.error(request, text_for(error.code))
    return redirect("member_list", request.org.slug)


@org_view(Role.OWNER)
@require_POST
def member_remove(request, pk):
    membership = get_membership_of_org(request.user, request.org, pk)
    try:
        services.remove_member(org=request.org, actor=request.membership, membership=membership)
        messages.success(request, _("Member removed."))
    except services.MembershipError as error:
        messages.error(request, text_for(error.code))
    return redirect("member_list", request.org.slug)


@org_view()
def organisation_settings(request):
    """Everyone sees the organisation's details; managers and owners change them."""
    form = _organisation_form(request.membership, instance=request.org)
    if request.method == "POST":
        require_role(request.membership, Role.MANAGER)
        form = _organisation_form(
            request.membership, request.POST, instance=Organisation.objects.get(pk=request.org.pk)
        )
        if form.is_valid():
            try:
                services.update_organisation(
                    org=request.org, actor=request.membership, data=form.cleaned_data
                )
            except VatError as error:
                form.add_error("vat_number", text_for(error.code, country=error.country))
            else:
                messages.success(request, _("Organisation details saved."))
                return redirect("organisation_settings", request.org.slug)
    return render(request, "orgs/settings.html", {"form": form})


def _organisation_form(membership: Membership, *args, **kwargs) -> OrganisationForm:
    """Managers change the address and VAT number; only owners rename the organisation."""
    form = OrganisationForm(*args, **kwargs)
    if not membership.can_manage_members:
        form.fields["name"].disabled = True
    return form


@login_required
def organisation_create(request):
    """Any signed-in user creates an organisation and becomes its owner."""
    form = NewOrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            org = services.create_organisation(name=form.cleaned_data["name"], owner=request.user)
        except services.MembershipError as error:
            form.add_error("name", text_for(error.code))
        else:
            messages.success(request, _("Organisation %(name)s created.") % {"name": org.name})
            return redirect("dashboard", org.slug)
    return render(request, "orgs/new.html", {"form": form})


@org_view(Role.OWNER)
def organisation_delete(request):
    """Delete the organisation with everything of it, after typing its name."""
    form = DeleteOrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.delete_organisation(
                org=request.org,
                actor=request.membership,
                typed_name=form.cleaned_data["typed_name"],
            )
        except services.MembershipError as error:
            form.add_error("typed_name", text_for(error.code))
        else:
            messages.success(
                request, _("Organisation %(name)s deleted.") % {"name": request.org.name}
            )
            return redirect("home")
    context = {"form": form, "deletion_counts": deletion_counts(request.org)}
    return render(request, "orgs/delete.html", context)
