"""What the preview page of a staged import shows, read from the file once and kept in the
(shared) cache until something it depends on changes: the terms (priority mapping), the
supplier's remembered columns, the engagement (its period) or the supplier's tickets (status
history rows of tickets imported before). A reload of the page, or the priority form, no longer
parses the file again; a file of more than ``inline_max_rows()`` rows is read by the worker
(``read_preview``) while the page says so and refreshes itself. The confirmation reads the file
once more to import it (in the request for a small file, in the import task for a large one)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from django.core.cache import cache
from django.db import transaction
from django_tasks import task

from vendorpact.common.import_runs import runs_inline
from vendorpact.common.tenancy import tenant_guarded
from vendorpact.core.import_batches import OutsidePeriod
from vendorpact.core.sla.imports import ExportFormatError
from vendorpact.sla.batches import earlier_import
from vendorpact.sla.importing import Preview, preview_import
from vendorpact.sla.models import ColumnMapping, ImportState, SlaImport, SlaTerms, Ticket

MAX_BAD_ROWS_KEPT = 1000  # the page lists the first 200; the count covers them all
KEPT_SECONDS = 24 * 3600
QUEUED_SECONDS = 600  # a reading queued this long ago and not done is queued again


@dataclass
class PreviewSummary:
    """The part of a ``Preview`` the page needs (no records)."""

    format: str = ""
    header: list[str] = field(default_factory=list)
    needs_mapping: bool = False
    sample: list[list[str]] = field(default_factory=list)
    unknown_priorities: list[str] = field(default_factory=list)
    rows: int = 0
    good_count: int = 0
    bad_count: int = 0
    bad_rows: list[dict] = field(default_factory=list)
    outside: OutsidePeriod = field(default_factory=OutsidePeriod)
    earlier: SlaImport | None = None  # looked up on every request (one query)

    @property
    def ready(self) -> bool:
        return not self.needs_mapping and not self.unknown_priorities

    @classmethod
    def of(cls, preview: Preview) -> PreviewSummary:
        return cls(
            format=preview.format,
            header=preview.header,
            needs_mapping=preview.needs_mapping,
            sample=preview.sample,
            unknown_priorities=preview.unknown_priorities,
            rows=preview.rows,
            good_count=preview.good_count,
            bad_count=len(preview.bad_rows),
            bad_rows=preview.bad_rows[:MAX_BAD_ROWS_KEPT],
            outside=preview.outside,
        )

    def to_dict(self) -> dict:
        data = asdict(self)
        data.pop("earlier")
        return data

    @classmethod
    def from_dict(cls, data: dict) -> PreviewSummary:
        outside = data.pop("outside")
        for name in ("before_dates", "after_dates"):
            outside[name] = tuple(outside[name])
        return cls(**data, outside=OutsidePeriod(**outside))


def _moment(value: dt.datetime | None) -> str:
    return value.isoformat() if value else "-"


def _inputs_key(sla_import: SlaImport) -> str:
    """Changes whenever something the preview depends on changes (four small queries)."""
    engagement = sla_import.engagement
    terms = SlaTerms.objects.filter(engagement_id=engagement.pk).values_list("updated_at")
    mapping = ColumnMapping.objects.filter(supplier_id=engagement.supplier_id)
    tickets = Ticket.objects.filter(supplier_id=engagement.supplier_id).count()
    return "|".join(
        [
            _moment(next(iter(terms), [None])[0]),
            _moment(next(iter(mapping.values_list("updated_at")), [None])[0]),
            _moment(engagement.updated_at),
            str(tickets),
        ]
    )


def _cache_key(sla_import: SlaImport) -> str:
    return f"vendorpact:sla-preview:{sla_import.pk}:{sla_import.sha256}:{_inputs_key(sla_import)}"


def _known(key: str, sla_import: SlaImport) -> PreviewSummary | None:
    data = cache.get(key)
    if data is None:
        return None
    if "error_code" in data:  # the task found the file unreadable
        raise ExportFormatError(data["error_code"], data["error_detail"])
    summary = PreviewSummary.from_dict(data)
    summary.earlier = earlier_import(sla_import)
    return summary


def _read(key: str, sla_import: SlaImport) -> PreviewSummary:
    try:
        summary = PreviewSummary.of(preview_import(sla_import))
    except ExportFormatError as error:
        problem = {"error_code": error.code, "error_detail": str(error.detail or "")}
        cache.set(key, problem, KEPT_SECONDS)
        raise
    cache.set(key, summary.to_dict(), KEPT_SECONDS)
    summary.earlier = earlier_import(sla_import)
    return summary


def preview_summary(sla_import: SlaImport) -> PreviewSummary:
    """The summary of a staged import, read from the file only when not known for the current
    inputs. ExportFormatError as ``preview_import``."""
    key = _cache_key(sla_import)
    return _known(key, sla_import) or _read(key, sla_import)


def known_summary(sla_import: SlaImport) -> PreviewSummary | None:
    """The summary if the file was read for the current inputs (never reads it)."""
    return _known(_cache_key(sla_import), sla_import)


def summary_or_queue(sla_import: SlaImport) -> PreviewSummary | None:
    """The summary when known or the file is small (read now); else None, the reading queued
    once (``read_preview``) while the page shows that the file is being read."""
    key = _cache_key(sla_import)
    known = _known(key, sla_import)
    if known is not None or runs_inline(sla_import.file_rows):
        return known or _read(key, sla_import)
    if cache.add(key + ":queued", True, QUEUED_SECONDS):
        import_id = sla_import.pk
        transaction.on_commit(lambda: read_preview.enqueue(import_id))
    return None


@task()
@tenant_guarded
def read_preview(import_id: int) -> str:
    """Read a large staged file for its preview page (run by `vendorpact worker`)."""
    staged = SlaImport.objects.unguarded("the task reads the import it was queued with")
    sla_import = staged.select_related("engagement").filter(pk=import_id).first()
    if sla_import is None or sla_import.state != ImportState.PREVIEW:
        return "gone"
    try:
        preview_summary(sla_import)
    except ExportFormatError as error:
        return error.code
    return "read"
