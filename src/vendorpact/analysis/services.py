"""Run the contract analyser on uploaded documents and pre-fill the engagement checklist.

Small documents are analysed inside the upload request; larger ones are queued as a task that
`vendorpact worker` runs (`vendorpact manage run_analyses` picks up any left pending). An analysis
interrupted by a stopped worker is marked failed with that reason when a worker starts again,
never left running. A re-analysis never overwrites a checklist item the user set.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from vendorpact.analysis.models import Analysis, AnalysisState
from vendorpact.common.storage_files import local_copy
from vendorpact.common.tenancy import tenant_guarded
from vendorpact.common.versioning import StaleVersion, save_fields
from vendorpact.core.checklist import ITEMS_BY_ID
from vendorpact.core.contracts.analyse import analyse_file, result_to_dict
from vendorpact.core.contracts.errors import INTERNAL_ERROR, INTERRUPTED, DocumentError
from vendorpact.core.search_text import analysis_text
from vendorpact.engagements import services as engagement_services
from vendorpact.engagements.models import ChecklistEntry, Document, Engagement, EntrySource

log = logging.getLogger(__name__)
STATUS_RANK = {"covered": 3, "partial": 2, "missing": 1}
ANALYSABLE_KINDS = {"quote", "contract", "general_terms", "sla", "annex"}


def inline_limit() -> int:
    return settings.VENDORPACT_ANALYSE_INLINE_MAX_BYTES


@transaction.atomic
def request_analysis(*, org, actor, document: Document) -> Analysis:
    """Queue (or re-queue) the document's analysis and start it; returns the Analysis row."""
    analysis, _ = Analysis.objects.update_or_create(
        document=document,
        defaults={
            "organisation": org,
            "engagement": document.engagement,
            "state": AnalysisState.PENDING,
            "error_code": "",
            "error_detail": "",
            "started_at": None,
            "finished_at": None,
        },
    )
    if document.size <= inline_limit():
        transaction.on_commit(lambda: run_analysis(analysis.pk))
    else:
        transaction.on_commit(lambda: enqueue_analysis(analysis.pk))
    return analysis


def enqueue_analysis(analysis_id: int) -> None:
    analyse_document.enqueue(analysis_id)


# An analysis still running after this long was interrupted (the worker stopped or died).
INTERRUPTED_AFTER = timedelta(minutes=30)


@transaction.atomic
def fail_interrupted(older_than: timedelta = INTERRUPTED_AFTER) -> int:
    """Mark analyses left running by a stopped worker as failed; returns how many."""
    cutoff = timezone.now() - older_than
    return Analysis.objects.filter(state=AnalysisState.RUNNING, started_at__lte=cutoff).update(
        state=AnalysisState.FAILED,
        error_code=INTERRUPTED,
        error_detail="",
        finished_at=timezone.now(),
    )


def run_analysis(analysis_id: int) -> Analysis:
    """Analyse the document now; stores the result or the error, then updates the checklist."""
    queued = Analysis.objects.unguarded("the analysis runs for the row it was queued with")
    claimed = queued.filter(
        pk=analysis_id, state__in=[AnalysisState.PENDING, AnalysisState.FAILED]
    ).update(state=AnalysisState.RUNNING, started_at=timezone.now())
    analysis = queued.select_related("document", "engagement").get(pk=analysis_id)
    if not claimed:
        return analysis
    try:
        with local_copy(analysis.document.file) as path:
            result = analyse_file(path, kind=analysis.engagement.kind)
    except DocumentError as error:
        _finish(
            analysis,
            AnalysisState.FAILED,
            error_code=error.code,
            error_detail=str(error.detail)[:300],
        )
        return analysis
    except Exception as error:  # a bug in a detector must not leave the row running forever
        log.exception("analysis %s failed", analysis_id)
        _finish(
            analysis,
            AnalysisState.FAILED,
            error_code=INTERNAL_ERROR,
            error_detail=type(error).__name__,
        )
        return analysis
    data = result_to_dict(result)
    data["file"] = analysis.document.original_name
    _finish(analysis, AnalysisState.DONE, result=data, text=analysis_text(data))
    apply_to_checklist(analysis.engagement)
    return analysis


@task()
@tenant_guarded
def analyse_document(analysis_id: int) -> str:
    """The queued form of run_analysis, run by `vendorpact worker`; returns the final state."""
    return run_analysis(analysis_id).state


def _finish(analysis: Analysis, state: str, **fields) -> None:
    for name, value in fields.items():
        setattr(analysis, name, value)
    analysis.state = state
    analysis.finished_at = timezone.now()
    analysis.save()


def best_findings(engagement: Engagement) -> dict[str, dict]:
    """Per item, the strongest status over all analysed documents, with its evidence."""
    best: dict[str, dict] = {}
    for analysis in engagement.analyses.done().select_related("document"):
        for item in analysis.result["items"]:
            current = best.get(item["id"])
            if current is None or STATUS_RANK[item["status"]] > STATUS_RANK[current["status"]]:
                best[item["id"]] = {**item, "document": analysis.document}
    return best


@transaction.atomic
def apply_to_checklist(engagement: Engagement) -> int:
    """Pre-fill the checklist from the analyses; items set by a user stay as they are."""
    entries = {e.item_id: e for e in engagement.checklist_entries.select_for_update()}
    changed = 0
    for item_id, finding in best_findings(engagement).items():
        entry = entries.get(item_id)
        if entry is not None and entry.source == EntrySource.USER:
            continue
        expected = ITEMS_BY_ID[item_id].is_expected(engagement.kind)
        if finding["status"] == "missing" and not expected:
            continue
        evidence = finding["evidence"][0] if finding["evidence"] else {}
        values = {
            "status": finding["status"],
            "evidence": evidence.get("text", "")[:300],
            "evidence_page": evidence.get("page"),
            "evidence_clause": (evidence.get("clause") or "")[:60],
            "confidence": finding["confidence"],
            "document": finding["document"],
            "source": EntrySource.ANALYSER,
        }
        if entry is None:
            ChecklistEntry.objects.create(
                organisation_id=engagement.organisation_id,
                engagement=engagement,
                item_id=item_id,
                **values,
            )
        else:
            for name, value in values.items():
                setattr(entry, name, value)
            try:
                save_fields(entry, fields=values, expected_version=entry.version)
            except StaleVersion:
                continue  # a person set the item while the analysis ran: theirs stands
        changed += 1
    return changed


def run_pending(limit: int | None = None) -> int:
    """Analyse what is waiting (the cron-friendly path); returns how many were analysed."""
    fail_interrupted()
    pending = Analysis.objects.filter(state=AnalysisState.PENDING).values_list("pk", flat=True)
    done = 0
    for analysis_id in list(pending[:limit] if limit else pending):
        run_analysis(analysis_id)
        done += 1
    return done


def is_analysable(document: Document) -> bool:
    return document.kind in ANALYSABLE_KINDS


@dataclass(frozen=True)
class Upload:
    document: Document
    analysis: Analysis | None  # None: documents of this kind are not analysed


@transaction.atomic
def upload_and_analyse(*, org, actor, engagement: Engagement, uploaded, kind: str) -> Upload:
    """Store an uploaded document (UploadError when refused) and request the analysis of every
    document whose kind can be analysed."""
    document = engagement_services.upload_document(
        org=org, actor=actor, engagement=engagement, uploaded=uploaded, kind=kind
    )
    if not is_analysable(document):
        return Upload(document, None)
    return Upload(document, request_analysis(org=org, actor=actor, document=document))
