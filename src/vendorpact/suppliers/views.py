from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from vendorpact.common.deletion import deletion_counts
from vendorpact.common.messages import vat_shared_text
from vendorpact.common.paging import page_of, query_without_page
from vendorpact.common.versioning import StaleVersion, changed_values, refuse_stale_form
from vendorpact.orgs.access import get_object_for_user, org_view
from vendorpact.orgs.models import Role
from vendorpact.suppliers import services
from vendorpact.suppliers.access import get_supplier_for_user
from vendorpact.suppliers.forms import ContactForm, SupplierForm
from vendorpact.suppliers.models import Contact, Supplier

SORTS = {
    "name": "name",
    "-name": "-name",
    "city": "city",
    "-city": "-city",
    "engagements": "engagement_count",
    "-engagements": "-engagement_count",
}


@org_view()
def supplier_list(request):
    query = request.GET.get("q", "").strip()
    sort = request.GET.get("sort", "name")
    suppliers = (
        Supplier.objects.for_user(request.user, request.org)
        .search(query)
        .with_engagement_counts()
        .order_by(SORTS.get(sort, "name"), "pk")
    )
    page = page_of(request, suppliers)
    context = {
        "suppliers": page,
        "page": page,
        "page_query": query_without_page(request),
        "query": query,
        "sort": sort,
    }
    return render(request, "suppliers/list.html", context)


@org_view()
def supplier_detail(request, pk):
    supplier = get_supplier_for_user(request.user, request.org, pk)
    return render(
        request,
        "suppliers/detail.html",
        {
            "supplier": supplier,
            "contacts": supplier.contacts.all(),
            "engagements": supplier.engagements.all(),
            "contact_form": ContactForm(),
        },
    )


@org_view(Role.MEMBER)
def supplier_create(request):
    form = SupplierForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        supplier = services.create_supplier(
            org=request.org, actor=request.user, data=form.cleaned_data
        )
        messages.success(request, _("Supplier “%(name)s” added.") % {"name": supplier.name})
        same_vat = services.suppliers_with_same_vat(org=request.org, supplier=supplier)
        if same_vat:
            messages.warning(request, vat_shared_text(supplier, same_vat))
        return redirect("supplier_detail", request.org.slug, supplier.pk)
    return render(request, "suppliers/form.html", {"form": form})


@org_view(Role.MEMBER)
def supplier_edit(request, pk):
    supplier = get_supplier_for_user(request.user, request.org, pk)
    form = SupplierForm(request.POST or None, instance=supplier)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_supplier(
                org=request.org,
                actor=request.user,
                supplier=supplier,
                data=changed_values(form),
                expected_version=form.cleaned_data["version"],
            )
        except StaleVersion as stale:
            refuse_stale_form(form, stale)
        else:
            messages.success(request, _("Supplier saved."))
            return redirect("supplier_detail", request.org.slug, supplier.pk)
    return render(request, "suppliers/form.html", {"form": form, "supplier": supplier})


@org_view(Role.MANAGER)
def supplier_delete(request, pk):
    supplier = get_supplier_for_user(request.user, request.org, pk)
    if request.method == "POST":
        services.delete_supplier(org=request.org, actor=request.user, supplier=supplier)
        messages.success(request, _("Supplier “%(name)s” deleted.") % {"name": supplier.name})
        return redirect("supplier_list", request.org.slug)
    return render(
        request,
        "suppliers/confirm_delete.html",
        {"supplier": supplier, "deletion_counts": deletion_counts(supplier)},
    )


@org_view(Role.MEMBER)
@require_POST
def contact_add(request, pk):
    supplier = get_supplier_for_user(request.user, request.org, pk)
    form = ContactForm(request.POST)
    if form.is_valid():
        services.add_contact(
            org=request.org, actor=request.user, supplier=supplier, data=form.cleaned_data
        )
        messages.success(request, _("Contact added."))
    else:
        messages.error(
            request,
            _("The contact was not added: %(errors)s")
            % {"errors": "; ".join(e for errs in form.errors.values() for e in errs)},
        )
    return redirect("supplier_detail", request.org.slug, supplier.pk)


@org_view(Role.MANAGER)  # deleting is for managers and up (README, roles)
@require_POST
def contact_delete(request, pk):
    contact = get_object_for_user(Contact.objects.all(), request.user, request.org, pk)
    supplier_pk = contact.supplier_id
    services.delete_contact(org=request.org, actor=request.user, contact=contact)
    messages.success(request, _("Contact removed."))
    return redirect("supplier_detail", request.org.slug, supplier_pk)
