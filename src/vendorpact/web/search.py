"""Search from the header: suppliers, engagements, documents (name and analysed text), concerns
and requests of one organisation, case- and accent-insensitive on SQLite and PostgreSQL.

Each kind is one filtered query on a folded concatenation of its text fields (the folding of
``core.search_text`` repeated in SQL), limited to LIMIT_PER_KIND rows, plus one count.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Model, QuerySet
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from vendorpact.concerns.models import Concern
from vendorpact.core.search_text import normalise_query, snippet
from vendorpact.engagements.models import Document, Engagement
from vendorpact.supplier_requests.models import SupplierRequest
from vendorpact.suppliers.models import Supplier
from vendorpact.web.fold_sql import folded

LIMIT_PER_KIND = 10
MIN_QUERY_LENGTH = 2


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    model: type[Model]
    fields: tuple[str, ...]
    related: tuple[str, ...] = ()


KINDS = (
    Kind("suppliers", _("Suppliers"), Supplier, ("name", "vat_number", "city", "notes")),
    Kind("engagements", _("Engagements"), Engagement, ("title", "description"), ("supplier",)),
    Kind(
        "documents",
        _("Documents"),
        Document,
        ("original_name", "analysis__text"),
        ("engagement", "analysis"),
    ),
    Kind("concerns", _("Concerns"), Concern, ("title", "impact", "raised_with"), ("engagement",)),
    Kind(
        "requests",
        _("Requests"),
        SupplierRequest,
        ("subject", "what_happened", "system", "business_impact", "reference"),
        ("engagement",),
    ),
)


@dataclass
class Hit:
    title: str
    context: str
    snippet: str
    url: str


@dataclass
class Group:
    key: str
    label: str
    count: int
    hits: list[Hit] = field(default_factory=list)

    @property
    def more(self) -> int:
        return self.count - len(self.hits)


def matching(kind: Kind, org, query: str) -> QuerySet:
    """Rows of `kind` in `org` whose folded text contains the folded `query`."""
    return (
        kind.model.objects.filter(organisation=org)
        .annotate(search_folded=folded(*kind.fields))
        .filter(search_folded__contains=query)
        .select_related(*kind.related)
    )


def _value(row, name: str) -> str:
    for part in name.split("__"):
        row = getattr(row, part, None)
        if row is None:
            return ""
    return str(row)


def _hit(kind: Kind, row, org_slug: str, query: str) -> Hit:
    text = next((found for name in kind.fields if (found := snippet(_value(row, name), query))), "")
    if kind.key == "suppliers":
        return Hit(row.name, row.city, text, reverse("supplier_detail", args=[org_slug, row.pk]))
    if kind.key == "engagements":
        url = reverse("engagement_detail", args=[org_slug, row.pk])
        return Hit(row.title, row.supplier.name, text, url)
    if kind.key == "documents":
        url = reverse("document_download", args=[org_slug, row.pk])
        return Hit(row.original_name, row.engagement.title, text, url)
    if kind.key == "concerns":
        url = reverse("concern_detail", args=[org_slug, row.pk])
        return Hit(row.title, row.engagement.title, text, url)
    url = reverse("supplier_request_detail", args=[org_slug, row.pk])
    return Hit(str(row), row.engagement.title, text, url)


def search(org, raw_query: str, limit: int = LIMIT_PER_KIND) -> tuple[str, list[Group]]:
    """The normalised query and, per kind with matches, up to `limit` hits and the count."""
    query = normalise_query(raw_query)
    if len(query) < MIN_QUERY_LENGTH:
        return query, []
    groups = []
    for kind in KINDS:
        rows = matching(kind, org, query)
        count = rows.count()
        if count:
            hits = [_hit(kind, row, org.slug, query) for row in rows[:limit]]
            groups.append(Group(kind.key, str(kind.label), count, hits))
    return query, groups
