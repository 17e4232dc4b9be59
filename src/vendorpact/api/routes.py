"""API endpoints; every one resolves the organisation from the URL through the user's membership."""

from dataclasses import fields
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from ninja import File, Form, Router, Status
from ninja.files import UploadedFile

from vendorpact.analysis.services import upload_and_analyse
from vendorpact.api.schemas import (
    ChecklistItemIn,
    ChecklistItemOut,
    DocumentOut,
    EngagementDetailOut,
    EngagementFieldsOut,
    EngagementIn,
    EngagementOut,
    EngagementPatch,
    OrganisationIn,
    OrganisationOut,
    OrganisationPatch,
    SupplierCreatedOut,
    SupplierIn,
    SupplierOut,
    SupplierPatch,
)
from vendorpact.common.api_errors import ERRORS, ErrorOut
from vendorpact.common.messages import text_for, vat_shared_text
from vendorpact.common.pagination import Converted, paginated
from vendorpact.common.versioning import etag, parse_version
from vendorpact.core.checklist import ITEMS, coverage
from vendorpact.engagements import services as engagement_services
from vendorpact.engagements.access import get_document_for_user, get_engagement_for_user
from vendorpact.engagements.models import DocumentKind, Engagement
from vendorpact.orgs import services as org_services
from vendorpact.orgs.access import get_membership_for_user, org_for_request, require_role
from vendorpact.orgs.models import Membership, Role
from vendorpact.suppliers import services as supplier_services
from vendorpact.suppliers.access import get_supplier_for_user
from vendorpact.suppliers.models import Supplier

router = Router()


@router.get("/orgs", response=list[OrganisationOut], tags=["organisations"])
@paginated
def list_organisations(request):
    return [
        {"slug": m.organisation.slug, "name": m.organisation.name, "role": m.role}
        for m in Membership.objects.for_user(request.auth).order_by("organisation__name", "pk")
    ]


@router.post("/orgs", response={201: OrganisationOut, 422: ErrorOut}, tags=["organisations"])
def create_organisation(request, payload: OrganisationIn):
    """Creates an organisation; the token's user becomes its owner."""
    try:
        org = org_services.create_organisation(name=payload.name, owner=request.auth)
    except org_services.MembershipError as error:
        return Status(422, {"detail": text_for(error.code)})
    return Status(201, {"slug": org.slug, "name": org.name, "role": Role.OWNER})


@router.patch("/orgs/{org_slug}", response={200: OrganisationOut, **ERRORS}, tags=["organisations"])
def rename_organisation(request, org_slug: str, payload: OrganisationPatch):
    """Renames the organisation (owners only); its slug stays the same."""
    membership = get_membership_for_user(request.auth, org_slug)
    require_role(membership, Role.OWNER)
    try:
        org = org_services.update_organisation(
            org=membership.organisation, actor=membership, data=payload.dict(exclude_unset=True)
        )
    except org_services.MembershipError as error:
        return Status(422, {"detail": text_for(error.code)})
    return {"slug": org.slug, "name": org.name, "role": membership.role}


# Suppliers ---------------------------------------------------------------------------------


@router.get(
    "/orgs/{org_slug}/suppliers", response={200: list[SupplierOut], **ERRORS}, tags=["suppliers"]
)
@paginated
def list_suppliers(request, org_slug: str, q: str = ""):
    org = org_for_request(request, org_slug)
    suppliers = Supplier.objects.for_user(request.auth, org).search(q).order_by("name", "pk")
    return suppliers.values(*SupplierOut.model_fields)  # plain values: no model objects


@router.post(
    "/orgs/{org_slug}/suppliers",
    response={201: SupplierCreatedOut, **ERRORS},
    tags=["suppliers"],
)
def create_supplier(request, org_slug: str, payload: SupplierIn):
    """Creates the supplier; `warnings` names other suppliers with the same VAT number."""
    org = org_for_request(request, org_slug, Role.MEMBER)
    supplier = supplier_services.create_supplier(org=org, actor=request.auth, data=payload.dict())
    same_vat = supplier_services.suppliers_with_same_vat(org=org, supplier=supplier)
    warnings = []
    if same_vat:
        warnings.append(
            {"code": "supplier.vat_shared", "message": vat_shared_text(supplier, same_vat)}
        )
    data = SupplierOut.from_orm(supplier).dict()
    return Status(201, {**data, "warnings": warnings})


@router.get(
    "/orgs/{org_slug}/suppliers/{supplier_id}",
    response={200: SupplierOut, **ERRORS},
    tags=["suppliers"],
)
def get_supplier(request, org_slug: str, supplier_id: int, response: HttpResponse):
    org = org_for_request(request, org_slug)
    supplier = get_supplier_for_user(request.auth, org, supplier_id)
    response["ETag"] = etag(supplier)
    return supplier


@router.patch(
    "/orgs/{org_slug}/suppliers/{supplier_id}",
    response={200: SupplierOut, **ERRORS, 412: ErrorOut},
    tags=["suppliers"],
)
def update_supplier(
    request, org_slug: str, supplier_id: int, payload: SupplierPatch, response: HttpResponse
):
    """Changes only the fields sent. With `If-Match: "<version>"` (the ETag of a GET) the change
    is refused with 412 when the supplier was saved since that version."""
    org = org_for_request(request, org_slug, Role.MEMBER)
    supplier = get_supplier_for_user(request.auth, org, supplier_id)
    supplier_services.update_supplier(
        org=org,
        actor=request.auth,
        supplier=supplier,
        data=payload.dict(exclude_unset=True),
        expected_version=parse_version(request.headers.get("If-Match")),
    )
    response["ETag"] = etag(supplier)
    return supplier


@router.delete(
    "/orgs/{org_slug}/suppliers/{supplier_id}", response={204: None, **ERRORS}, tags=["suppliers"]
)
def delete_supplier(request, org_slug: str, supplier_id: int):
    org = org_for_request(request, org_slug, Role.MANAGER)
    supplier = get_supplier_for_user(request.auth, org, supplier_id)
    supplier_services.delete_supplier(org=org, actor=request.auth, supplier=supplier)
    return Status(204, None)


# Engagements -------------------------------------------------------------------------------


def _engagement_data(org, request, payload: dict) -> dict:
    if "supplier_id" in payload:
        payload["supplier"] = get_supplier_for_user(request.auth, org, payload.pop("supplier_id"))
    return payload


def as_of_from_query(value: str) -> date:
    """The `?as_of=YYYY-MM-DD` of a request, today when absent; ValidationError (422) else."""
    if not value:
        return timezone.localdate()
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise ValidationError(f"as_of: expected a date as YYYY-MM-DD, got “{value}”.") from None


def _engagement_out(engagement: Engagement, as_of: date) -> dict:
    """The engagement's fields and standing as plain values: the response schema validates
    them once (validating each row twice made a page of 100 engagements twice as slow)."""
    standing = engagement.terms_on(as_of)
    data = {name: getattr(engagement, name) for name in EngagementFieldsOut.model_fields}
    data.update(
        current_term_end=standing.current_term_end,
        notice_deadline=standing.next_notice_deadline,
        terms_as_of={field.name: getattr(standing, field.name) for field in fields(standing)},
    )
    return data


def _engagement_detail(engagement: Engagement, as_of: date) -> dict:
    advice = engagement_services.advice_for(engagement, as_of)
    cover = coverage(engagement.kind, engagement_services.checklist_statuses(engagement))
    data = _engagement_out(engagement, as_of)
    data.update(
        advice=[
            {"code": a.code, "severity": a.severity, "message": text_for(a.code, **a.params)}
            for a in advice
        ],
        checklist_covered=cover.covered,
        checklist_expected=cover.expected,
    )
    return data


@router.get(
    "/orgs/{org_slug}/engagements",
    response={200: list[EngagementOut], **ERRORS},
    tags=["engagements"],
)
@paginated
def list_engagements(request, org_slug: str, status: str = "", as_of: str = ""):
    org = org_for_request(request, org_slug)
    day = as_of_from_query(as_of)
    engagements = Engagement.objects.for_user(request.auth, org).order_by("-created_at", "-pk")
    if status:
        engagements = engagements.filter(status=status)
    return Converted(engagements, lambda engagement: _engagement_out(engagement, day))


@router.post(
    "/orgs/{org_slug}/engagements",
    response={201: EngagementDetailOut, **ERRORS},
    tags=["engagements"],
)
def create_engagement(request, org_slug: str, payload: EngagementIn, as_of: str = ""):
    org = org_for_request(request, org_slug, Role.MEMBER)
    day = as_of_from_query(as_of)
    data = _engagement_data(org, request, payload.dict())
    engagement = engagement_services.create_engagement(org=org, actor=request.auth, data=data)
    return Status(201, _engagement_detail(engagement, day))


@router.get(
    "/orgs/{org_slug}/engagements/{engagement_id}",
    response={200: EngagementDetailOut, **ERRORS},
    tags=["engagements"],
)
def get_engagement(
    request, org_slug: str, engagement_id: int, response: HttpResponse, as_of: str = ""
):
    org = org_for_request(request, org_slug)
    day = as_of_from_query(as_of)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    response["ETag"] = etag(engagement)
    return _engagement_detail(engagement, day)


@router.patch(
    "/orgs/{org_slug}/engagements/{engagement_id}",
    response={200: EngagementDetailOut, **ERRORS, 412: ErrorOut},
    tags=["engagements"],
)
def update_engagement(
    request,
    org_slug: str,
    engagement_id: int,
    payload: EngagementPatch,
    response: HttpResponse,
    as_of: str = "",
):
    """Changes only the fields sent. With `If-Match: "<version>"` (the ETag of a GET) the change
    is refused with 412 when the engagement was saved since that version."""
    org = org_for_request(request, org_slug, Role.MEMBER)
    day = as_of_from_query(as_of)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    data = _engagement_data(org, request, payload.dict(exclude_unset=True))
    engagement_services.update_engagement(
        org=org,
        actor=request.auth,
        engagement=engagement,
        data=data,
        expected_version=parse_version(request.headers.get("If-Match")),
    )
    response["ETag"] = etag(engagement)
    return _engagement_detail(engagement, day)


@router.delete(
    "/orgs/{org_slug}/engagements/{engagement_id}",
    response={204: None, **ERRORS},
    tags=["engagements"],
)
def delete_engagement(request, org_slug: str, engagement_id: int):
    org = org_for_request(request, org_slug, Role.MANAGER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    engagement_services.delete_engagement(org=org, actor=request.auth, engagement=engagement)
    return Status(204, None)


# Checklist ---------------------------------------------------------------------------------


def _checklist_item(item, engagement, entry, lang) -> dict:
    return {
        "id": item.id,
        "area": item.area,
        "label": item.label(lang),
        "expected": item.is_expected(engagement.kind),
        "status": entry.status if entry else None,
        "note": entry.note if entry else "",
        "evidence": entry.evidence if entry else "",
        "evidence_page": entry.evidence_page if entry else None,
        "source": entry.source if entry else None,
        "version": entry.version if entry else 0,
    }


@router.get(
    "/orgs/{org_slug}/engagements/{engagement_id}/checklist",
    response={200: list[ChecklistItemOut], **ERRORS},
    tags=["checklist"],
)
@paginated
def get_checklist(request, org_slug: str, engagement_id: int):
    org = org_for_request(request, org_slug)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    entries = {e.item_id: e for e in engagement.checklist_entries.all()}
    lang = (get_language() or "nl")[:2]
    return [_checklist_item(item, engagement, entries.get(item.id), lang) for item in ITEMS]


@router.put(
    "/orgs/{org_slug}/engagements/{engagement_id}/checklist/{item_id}",
    response={200: ChecklistItemOut, **ERRORS, 412: ErrorOut},
    tags=["checklist"],
)
def set_checklist_item(
    request,
    org_slug: str,
    engagement_id: int,
    item_id: str,
    payload: ChecklistItemIn,
    response: HttpResponse,
):
    """Sets the item; with `If-Match: "<version>"` (the ETag of an earlier PUT; "0": the item
    had no entry yet) refused with 412 when someone set it since."""
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    try:
        entry = engagement_services.set_checklist_entry(
            org=org,
            actor=request.auth,
            engagement=engagement,
            item_id=item_id,
            status=payload.status,
            note=payload.note,
            expected_version=parse_version(request.headers.get("If-Match")),
        )
    except ValueError as error:
        raise ValidationError(f"Unknown checklist item: {item_id}") from error
    response["ETag"] = etag(entry)
    lang = (get_language() or "nl")[:2]
    return _checklist_item(entry.item, engagement, entry, lang)


# Documents ---------------------------------------------------------------------------------


@router.get(
    "/orgs/{org_slug}/engagements/{engagement_id}/documents",
    response={200: list[DocumentOut], **ERRORS},
    tags=["documents"],
)
@paginated
def list_documents(request, org_slug: str, engagement_id: int):
    org = org_for_request(request, org_slug)
    return get_engagement_for_user(request.auth, org, engagement_id).documents.order_by(
        "-uploaded_at", "-pk"
    )


@router.post(
    "/orgs/{org_slug}/engagements/{engagement_id}/documents",
    response={201: DocumentOut, **ERRORS},
    tags=["documents"],
)
def upload_document(
    request,
    org_slug: str,
    engagement_id: int,
    file: File[UploadedFile],
    kind: Form[str] = DocumentKind.CONTRACT,
):
    org = org_for_request(request, org_slug, Role.MEMBER)
    engagement = get_engagement_for_user(request.auth, org, engagement_id)
    if kind not in DocumentKind.values:
        raise ValidationError(f"kind must be one of {', '.join(DocumentKind.values)}")
    upload = upload_and_analyse(
        org=org, actor=request.auth, engagement=engagement, uploaded=file, kind=kind
    )
    return Status(201, upload.document)


@router.get(
    "/orgs/{org_slug}/documents/{document_id}",
    response={200: DocumentOut, **ERRORS},
    tags=["documents"],
)
def get_document(request, org_slug: str, document_id: int):
    org = org_for_request(request, org_slug)
    return get_document_for_user(request.auth, org, document_id)


@router.get(
    "/orgs/{org_slug}/documents/{document_id}/download",
    tags=["documents"],
    response={200: None, **ERRORS},
)
def download_document(request, org_slug: str, document_id: int):
    org = org_for_request(request, org_slug)
    document = get_document_for_user(request.auth, org, document_id)
    return FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=document.original_name,
        content_type=document.content_type,
    )


@router.delete(
    "/orgs/{org_slug}/documents/{document_id}", response={204: None, **ERRORS}, tags=["documents"]
)
def delete_document(request, org_slug: str, document_id: int):
    org = org_for_request(request, org_slug, Role.MANAGER)
    document = get_document_for_user(request.auth, org, document_id)
    engagement_services.delete_document(org=org, actor=request.auth, document=document)
    return Status(204, None)
