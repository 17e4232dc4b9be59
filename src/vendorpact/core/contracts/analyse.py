"""Public entry points: analyse_file, analyse_text and result_to_dict (the stable JSON shape).

The JSON object (result_to_dict; `vendorpact check --format json`):

- file: the file name; language: "nl" | "en" | "fr"; kind: "project" | "maintenance" |
  "saas" | "tm" (inferred unless given); pages: number of pages (1 for text without pages).
- items: one entry per checklist item id, in checklist order:
  {id, status: "covered" | "partial" | "missing", expected: bool (expected for the kind),
  confidence: 0..1, evidence: [{page, clause, text (at most 300 characters)}]}.
- risks: only the raised risk flags: [{id, confidence, evidence}].
- figures: notice_period_days, contract_term_months, renewal_term_months, payment_term_days,
  warranty_days, availability_percent (each a number or null), availability_period
  ("month" | "quarter" | "year" | "week" | null), amounts [{amount, currency, kind: "total" |
  "one_off" | "recurring" | "rate" | "amount", purpose: "price" | "fee" | "rate" | "cap" |
  "penalty" | "credit" | "insurance" | "threshold" | "deposit" | "other", period, vat: "excl" |
  "incl" | null, evidence}],
  response_times and resolution_times [{priority: "P1".."P4" | null, hours, business_hours:
  true | false | null, value and unit as written ("minute" | "hour" | "day"), evidence}],
  liability_cap {amount, currency, months_of_fees, multiple, evidence} or null,
  service_credits [{percent, amount, kind: "step" | "cap" | "rule", evidence}] where a "step"
  also has below_percent (the service level under which it applies) and credit_percent, and
  a "cap" is the most the credits may add up to; and evidence {figure name: {page, clause,
  text}} for the single-number figures. Response and resolution times read from a table with
  a priority column take the priority from the row. Evidence quotes the sentence (or price table
  row) the figure was read from; recitals and passages about other agreements give no figures.
- questions: [{id (item or risk id), reason: "missing" | "partial" | "risk", text}] in the
  document's language (or the forced --lang).
- title: the document's own title (its first line when that reads as a title) or "".

A file that cannot be read raises DocumentError(code, filename, detail); the CLI turns it into
{file, error: code, message}.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from vendorpact.core.checklist import ITEMS_BY_ID, Kind
from vendorpact.core.contracts.clause_model import checklist_model, shipped_model
from vendorpact.core.contracts.detectors import Finding, detect_items, evaluate_risks
from vendorpact.core.contracts.detectors.partial import hedges
from vendorpact.core.contracts.detectors.thresholds import SETTLED_SCORE
from vendorpact.core.contracts.errors import DocumentError
from vendorpact.core.contracts.extraction import extract_file, split_pages
from vendorpact.core.contracts.figures import Figures, extract_figures
from vendorpact.core.contracts.kind import infer_kind
from vendorpact.core.contracts.language import LANGUAGES, detect_language
from vendorpact.core.contracts.learned import apply_clause_model
from vendorpact.core.contracts.questions import build_questions
from vendorpact.core.contracts.structure import Structure, build_structure
from vendorpact.core.contracts.title import document_title

KINDS = tuple(k.value for k in Kind)


@dataclass
class ItemResult:
    id: str
    status: str  # covered / partial / missing
    expected: bool
    confidence: float
    evidence: list[dict]
    # for the benchmark's thresholds (detectors/thresholds.py); not part of the JSON shape
    score: float = 0.0
    covered_score: float = 0.0


@dataclass
class RiskResult:
    id: str
    confidence: float
    evidence: list[dict]


@dataclass
class AnalysisResult:
    file: str
    language: str
    kind: str
    pages: int
    items: list[ItemResult]
    risks: list[RiskResult]
    figures: Figures
    questions: list[dict]
    section_languages: dict[str, str] = field(default_factory=dict)
    title: str = ""
    # for the benchmark's length bands (benchmarks/contracts_eval.py); not part of the JSON shape
    sentences: int = 0

    def item(self, item_id: str) -> ItemResult:
        return next(item for item in self.items if item.id == item_id)

    def risk_ids(self) -> list[str]:
        return [risk.id for risk in self.risks]


def analyse_file(
    path: str | Path, lang: str = "auto", kind: str = "auto", learned: bool = True
) -> AnalysisResult:
    """Analyse a PDF, DOCX, TXT/MD or HTML file. Raises DocumentError when it cannot be read."""
    document = extract_file(path)
    return analyse_text(
        document.pages, lang=lang, kind=kind, filename=document.filename, learned=learned
    )


def analyse_text(
    text_or_pages: str | list[str],
    lang: str = "auto",
    kind: str = "auto",
    filename: str = "",
    learned: bool = True,
) -> AnalysisResult:
    """Analyse text already extracted; a list is taken as one text per page. learned=False
    leaves out the learned models (learned.py: the CUAD clause classifiers and the checklist
    model): the rules alone, for the benchmarks' cross-validation."""
    _check_options(lang, kind)
    pages, structure, language = prepare(text_or_pages, lang, filename)
    if kind == "auto":
        title = filename + "\n" + structure.blob[:300]
        kind = infer_kind(structure.blob, title=title, vocabulary=structure.vocabulary)
    findings, figures = rule_findings(structure, language, learned)
    if learned:
        apply_clause_model(findings, structure, language, checklist_model())
    risks = evaluate_risks(structure, findings, figures)
    items = [_item_result(finding, kind) for finding in findings.values()]
    risk_results = [RiskResult(r.id, r.confidence, r.evidence) for r in risks]
    result = AnalysisResult(
        file=filename,
        language=language,
        kind=kind,
        pages=len(pages),
        items=items,
        risks=risk_results,
        figures=figures,
        questions=[],
        title=document_title(pages),
        sentences=len(structure.sentences),
    )
    result.section_languages = _section_languages(structure, language)
    result.questions = build_questions(
        [_item_dict(i) for i in items], [_risk_dict(r) for r in risk_results], language
    )
    return result


def prepare(
    text_or_pages: str | list[str], lang: str = "auto", filename: str = ""
) -> tuple[list[str], Structure, str]:
    """The pages, their structure and the document's language (detected unless given)."""
    pages = split_pages(text_or_pages) if isinstance(text_or_pages, str) else list(text_or_pages)
    if not any(page.strip() for page in pages):
        raise DocumentError("document.empty", filename or "<text>", "no text")
    structure = build_structure(pages)
    language = detect_language(structure.blob) if lang == "auto" else lang
    structure.dutch_compounds = language == "nl"
    return pages, structure, language


def rule_findings(
    structure: Structure, language: str, learned: bool = True
) -> tuple[dict[str, Finding], Figures]:
    """The items as the rules find them (for English, with the CUAD clause classifiers when
    `learned`) and the figures: everything before the checklist model, which only adds to it
    and learned from it (scripts/train_checklist_model.py)."""
    findings = detect_items(structure)
    if learned:  # the CUAD classifiers apply to the languages their file names (English)
        apply_clause_model(findings, structure, language, shipped_model())
    figures = extract_figures(structure)
    _settle_from_tables(findings, figures)
    return findings, figures


SECTION_MIN_CHARS = 400
SECTION_SAMPLE_CHARS = 1500  # enough words to tell nl, en and fr apart


def _section_languages(structure, document_language: str) -> dict[str, str]:
    """Sections (by heading) written in another language than the document, e.g. an English
    annex to a Dutch contract."""
    texts: dict[str, list[str]] = {}
    for sentence, lowered in zip(structure.sentences, structure.blob.split("\n"), strict=False):
        texts.setdefault(sentence.heading, []).append(lowered)
    different = {}
    for heading, parts in texts.items():
        text = " ".join(parts)[:SECTION_SAMPLE_CHARS]
        if heading and len(text) >= SECTION_MIN_CHARS:
            language = detect_language(text)
            if language != document_language:
                different[heading] = language
    return different


TABLE_ITEMS = {
    "response": "maintenance.response_time",
    "resolution": "maintenance.resolution_time",
}


def _settle_from_tables(findings: dict[str, Finding], figures: Figures) -> None:
    """A table of times per priority settles the response or resolution time even when no
    sentence names the topic next to a number (the header names it, the rows give it)."""
    for column, item_id in TABLE_ITEMS.items():
        proof = figures.table_evidence.get(column)
        finding = findings[item_id]
        if proof and finding.status != "covered" and not _hedged(finding):
            evidence = proof + [e for e in finding.evidence if e not in proof]
            confidence = max(finding.confidence, 0.8)
            findings[item_id] = Finding(
                item_id, "covered", confidence, evidence[:3], SETTLED_SCORE, SETTLED_SCORE
            )


def _hedged(finding: Finding) -> bool:
    """Whether a partial finding's own sentence hedges the commitment (best efforts, a
    disclaimer, open wording): a table of times does not undo that, while it does give the
    content a mere cross-reference lacked."""
    if finding.status != "partial" or not finding.evidence:
        return False
    return hedges(str(finding.evidence[0].get("text", "")).lower())


def _check_options(lang: str, kind: str) -> None:
    if lang != "auto" and lang not in LANGUAGES:
        raise ValueError(f"unknown language: {lang!r}")
    if kind != "auto" and kind not in KINDS:
        raise ValueError(f"unknown engagement kind: {kind!r}")


def _item_result(finding: Finding, kind: str) -> ItemResult:
    return ItemResult(
        id=finding.id,
        status=finding.status,
        expected=ITEMS_BY_ID[finding.id].is_expected(kind),
        confidence=finding.confidence,
        evidence=finding.evidence,
        score=finding.score,
        covered_score=finding.covered_score,
    )


def _item_dict(item: ItemResult) -> dict:
    return {
        "id": item.id,
        "status": item.status,
        "expected": item.expected,
        "confidence": item.confidence,
        "evidence": item.evidence,
    }


def _risk_dict(risk: RiskResult) -> dict:
    return {"id": risk.id, "confidence": risk.confidence, "evidence": risk.evidence}


def result_to_dict(result: AnalysisResult) -> dict:
    """The stable JSON object: file, language, kind, pages, items, risks, figures, questions,
    title."""
    return {
        "file": result.file,
        "language": result.language,
        "kind": result.kind,
        "pages": result.pages,
        "items": [_item_dict(item) for item in result.items],
        "risks": [_risk_dict(risk) for risk in result.risks],
        "figures": result.figures.as_dict(),
        "questions": result.questions,
        "title": result.title,
    }
