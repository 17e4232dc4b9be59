from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from ninja import Schema

from vendorpact.common.patch import PatchSchema, nullable_fields

Country = Literal["BE", "NL", "FR", "LU", "DE"]
KindT = Literal["project", "maintenance", "saas", "tm"]
AgreedHowT = Literal["verbal", "email", "signed_quote", "signed_one", "signed_both"]
GeneralTermsT = Literal["none", "ours", "supplier", "negotiated"]
StatusT = Literal["draft", "negotiating", "active", "ending", "ended"]
RenewalT = Literal["none", "tacit", "explicit"]
NoticeUnitT = Literal["days", "months"]
ChecklistStatusT = Literal["covered", "partial", "missing", "not_applicable"]


class OrganisationOut(Schema):
    slug: str
    name: str
    role: str


class OrganisationIn(Schema):
    name: str


class OrganisationPatch(PatchSchema):
    may_be_null = nullable_fields(OrganisationIn)
    name: str | None = None


class SupplierIn(Schema):
    name: str
    country: Country = "BE"
    vat_number: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    website: str = ""
    notes: str = ""


class SupplierPatch(PatchSchema):
    may_be_null = nullable_fields(SupplierIn)
    name: str | None = None
    country: Country | None = None
    vat_number: str | None = None
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    website: str | None = None
    notes: str | None = None


class SupplierOut(Schema):
    id: int
    name: str
    country: str
    vat_number: str
    street: str
    postal_code: str
    city: str
    website: str
    notes: str


class WarningOut(Schema):
    code: str
    message: str


class SupplierCreatedOut(SupplierOut):
    warnings: list[WarningOut]


class EngagementIn(Schema):
    supplier_id: int
    title: str
    kind: KindT = "project"
    agreed_how: AgreedHowT = "signed_both"
    general_terms: GeneralTermsT = "none"
    status: StatusT = "draft"
    description: str = ""
    start_date: date | None = None
    end_date: date | None = None
    duration_months: int | None = None
    renewal: RenewalT = "none"
    renewal_months: int | None = None
    notice_value: int | None = None
    notice_unit: NoticeUnitT = "months"
    contract_value: Decimal | None = None


class EngagementPatch(PatchSchema):
    may_be_null = nullable_fields(EngagementIn)
    title: str | None = None
    kind: KindT | None = None
    agreed_how: AgreedHowT | None = None
    general_terms: GeneralTermsT | None = None
    status: StatusT | None = None
    description: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    duration_months: int | None = None
    renewal: RenewalT | None = None
    renewal_months: int | None = None
    notice_value: int | None = None
    notice_unit: NoticeUnitT | None = None
    contract_value: Decimal | None = None


class AdviceOut(Schema):
    code: str
    severity: str
    message: str


class TermsAsOfOut(Schema):
    """Where the contract stands on `as_of` (see vendorpact.core.terms.terms_as_of)."""

    as_of: date
    current_term_end: date | None
    missed_notice_deadline: date | None
    earliest_end: date | None
    next_notice_deadline: date | None


class EngagementFieldsOut(Schema):
    id: int
    supplier_id: int
    title: str
    kind: str
    agreed_how: str
    general_terms: str
    status: str
    description: str
    start_date: date | None
    end_date: date | None
    duration_months: int | None
    renewal: str
    renewal_months: int | None
    notice_value: int | None
    notice_unit: str
    contract_value: Decimal | None


class EngagementOut(EngagementFieldsOut):
    current_term_end: date | None
    notice_deadline: date | None  # the next last day to give notice, as in terms_as_of
    terms_as_of: TermsAsOfOut


class EngagementDetailOut(EngagementOut):
    advice: list[AdviceOut]
    checklist_covered: int
    checklist_expected: int


class ChecklistItemOut(Schema):
    id: str
    area: str
    label: str
    expected: bool
    status: str | None
    note: str
    evidence: str
    evidence_page: int | None
    source: str | None
    version: int  # for If-Match on PUT; 0 while the item has no entry


class ChecklistItemIn(Schema):
    status: ChecklistStatusT
    note: str | None = None


class DocumentOut(Schema):
    id: int
    engagement_id: int
    kind: str
    original_name: str
    size: int
    sha256: str
    content_type: str
    uploaded_at: datetime
