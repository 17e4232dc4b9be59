"""Render an analysis (the dict of result_to_dict) as terminal text, Markdown or printable HTML."""

from __future__ import annotations

from html import escape

from vendorpact.core.checklist import AREAS_BY_ID, ITEMS_BY_ID, RISKS_BY_ID
from vendorpact.core.money import format_eur

WORDS = {
    "en": {
        "report": "Contract analysis", "language": "Language", "kind": "Engagement kind",
        "pages": "Pages", "covered": "covered", "partial": "partial", "missing": "missing",
        "not_expected": "not expected", "risks": "Risk flags", "figures": "Key figures",
        "questions": "Questions to ask the supplier", "no_risks": "No risk flags raised.",
        "page": "p.", "clause": "art.", "summary": "Summary", "none": "none",
    },
    "nl": {
        "report": "Contractanalyse", "language": "Taal", "kind": "Soort opdracht",
        "pages": "Pagina's", "covered": "geregeld", "partial": "vaag", "missing": "ontbreekt",
        "not_expected": "niet verwacht", "risks": "Risico's", "figures": "Kerncijfers",
        "questions": "Vragen aan de leverancier", "no_risks": "Geen risico's gevonden.",
        "page": "p.", "clause": "art.", "summary": "Samenvatting", "none": "geen",
    },
    "fr": {
        "report": "Analyse du contrat", "language": "Langue", "kind": "Type de mission",
        "pages": "Pages", "covered": "réglé", "partial": "vague", "missing": "manquant",
        "not_expected": "non attendu", "risks": "Risques", "figures": "Chiffres clés",
        "questions": "Questions à poser au fournisseur", "no_risks": "Aucun risque détecté.",
        "page": "p.", "clause": "art.", "summary": "Résumé", "none": "aucun",
    },
}  # fmt: skip
FIGURE_LABELS = {
    "notice_period_days": ("Notice period (days)", "Opzegtermijn (dagen)", "Préavis (jours)"),
    "contract_term_months": ("Contract term (months)", "Looptijd (maanden)", "Durée (mois)"),
    "renewal_term_months": (
        "Renewal term (months)", "Verlengingstermijn (maanden)", "Reconduction (mois)"),
    "payment_term_days": ("Payment term (days)", "Betalingstermijn (dagen)",
                          "Délai de paiement (jours)"),
    "warranty_days": ("Warranty (days)", "Garantie (dagen)", "Garantie (jours)"),
    "availability_percent": ("Availability (%)", "Beschikbaarheid (%)", "Disponibilité (%)"),
}  # fmt: skip
STATUS_MARK = {"covered": "✔", "partial": "~", "missing": "✘"}


def report_language(result: dict, lang: str | None = None) -> str:
    chosen = lang or result.get("language") or "en"
    return chosen if chosen in WORDS else "en"


def _words(lang: str) -> dict[str, str]:
    return WORDS[lang]


def _figure_label(key: str, lang: str) -> str:
    labels = FIGURE_LABELS[key]
    return labels[("en", "nl", "fr").index(lang)]


def _where(evidence: dict, lang: str) -> str:
    words = _words(lang)
    parts = [f"{words['page']} {evidence['page']}"]
    clause = evidence.get("clause")
    if clause:
        parts.append(clause if clause[0].isalpha() else f"{words['clause']} {clause}")
    return ", ".join(parts)


def _status_word(item: dict, lang: str) -> str:
    words = _words(lang)
    if item["status"] == "missing" and not item["expected"]:
        return words["not_expected"]
    return words[item["status"]]


def _counts(result: dict) -> dict[str, int]:
    counts = {"covered": 0, "partial": 0, "missing": 0}
    for item in result["items"]:
        if item["expected"] or item["status"] != "missing":
            counts[item["status"]] += 1
    return counts


FIGURE_WORDS = {
    "en": {
        "response": "Response time", "resolution": "Resolution time", True: "business hours",
        False: "calendar hours", None: "hours", "cap": "Liability cap",
        "months": "months of fees", "times": "x the fees", "paid": "the fees paid",
        "recurring": "recurring", "one_off": "one-off", "rate": "rate", "total": "total",
        "amount": "amount", "per": "per", "credit": "Service credit",
    },
    "nl": {
        "response": "Reactietijd", "resolution": "Hersteltijd", True: "werkuren",
        False: "kalenderuren", None: "uur", "cap": "Aansprakelijkheidsplafond",
        "months": "maanden vergoeding", "times": "x de vergoeding",
        "paid": "de betaalde vergoeding", "recurring": "terugkerend", "one_off": "eenmalig",
        "rate": "tarief", "total": "totaal", "amount": "bedrag", "per": "per",
        "credit": "Servicecredit",
    },
    "fr": {
        "response": "Délai d'intervention", "resolution": "Délai de rétablissement",
        True: "heures ouvrées", False: "heures calendaires", None: "heures",
        "cap": "Plafond de responsabilité", "months": "mois de redevances",
        "times": "x les redevances", "paid": "les montants payés", "recurring": "récurrent",
        "one_off": "unique", "rate": "tarif", "total": "total", "amount": "montant",
        "per": "par", "credit": "Pénalité / crédit de service",
    },
}  # fmt: skip
# Times written in days are shown in days: "1 werkdag" is not 24 working hours.
DAY_WORDS = {
    "en": {True: "business days", False: "calendar days", None: "days", "below": "below",
           "max": "at most"},
    "nl": {True: "werkdagen", False: "kalenderdagen", None: "dagen", "below": "onder",
           "max": "maximaal"},
    "fr": {True: "jours ouvrés", False: "jours calendaires", None: "jours",
           "below": "en dessous de", "max": "au plus"},
}  # fmt: skip


def _time_text(entry: dict, lang: str) -> str:
    if entry.get("unit") == "day" and entry.get("value") is not None:
        return f"{entry['value']:g} {DAY_WORDS[lang][entry['business_hours']]}"
    return f"{entry['hours']:g} {FIGURE_WORDS[lang][entry['business_hours']]}"


def _percent(value: float, lang: str) -> str:
    """99.5% in English, 99,5% in Dutch and French."""
    text = f"{value:g}%"
    return text if lang == "en" else text.replace(".", ",")


def _credit_text(credit: dict, lang: str) -> str:
    words = DAY_WORDS[lang]
    value = _percent(credit["percent"], lang) if credit.get("percent") is not None else ""
    if credit.get("kind") == "step" and credit.get("below_percent") is not None:
        return f"{value} ({words['below']} {_percent(credit['below_percent'], lang)})"
    if credit.get("kind") == "cap":
        return f"{words['max']} {value}"
    return value


def _money(currency: str, amount: float, lang: str) -> str:
    """`€ 5.000,00` in Dutch and French, `€5,000.00` in English; other currencies by code."""
    if currency == "EUR":
        return format_eur(amount, lang)
    number = f"{amount:,.2f}"
    if lang != "en":
        number = number.replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{currency} {number}"


def _figure_lines(result: dict, lang: str) -> list[str]:
    figures = result["figures"]
    words = FIGURE_WORDS[lang]
    lines = []
    for key in FIGURE_LABELS:
        if figures.get(key) is not None:
            lines.append(f"{_figure_label(key, lang)}: {figures[key]}")
    for name, label in (("response_times", "response"), ("resolution_times", "resolution")):
        for entry in figures.get(name, [])[:4]:
            priority = f" {entry['priority']}" if entry["priority"] else ""
            lines.append(f"{words[label]}{priority}: {_time_text(entry, lang)}")
    cap = figures.get("liability_cap")
    if cap:
        details = [_money(cap["currency"], cap["amount"], lang) if cap.get("amount") else ""]
        if cap.get("months_of_fees"):
            details.append(f"{cap['months_of_fees']:g} {words['months']}")
        if cap.get("multiple"):
            details.append(f"{cap['multiple']}{words['times']}")
        lines.append(f"{words['cap']}: " + (", ".join(d for d in details if d) or words["paid"]))
    for credit in figures.get("service_credits", [])[:5]:
        lines.append(f"{words['credit']}: {_credit_text(credit, lang)}".rstrip(": "))
    for amount in figures.get("amounts", [])[:8]:
        period = f", {words['per']} {amount['period']}" if amount.get("period") else ""
        lines.append(
            f"{_money(amount['currency'], amount['amount'], lang)} "
            f"({words[amount['kind']]}{period})"
        )
    return lines


def render_text(result: dict, lang: str | None = None) -> str:
    lang = report_language(result, lang)
    words = _words(lang)
    counts = _counts(result)
    out = [
        f"{words['report']}: {result['file']}",
        f"{words['language']}: {result['language']}  {words['kind']}: {result['kind']}  "
        f"{words['pages']}: {result['pages']}",
        f"{words['summary']}: {counts['covered']} {words['covered']}, {counts['partial']} "
        f"{words['partial']}, {counts['missing']} {words['missing']}",
        "",
    ]
    area = None
    for item in result["items"]:
        definition = ITEMS_BY_ID[item["id"]]
        if definition.area != area:
            area = definition.area
            out.append(AREAS_BY_ID[area].label(lang).upper())
        mark = (
            STATUS_MARK[item["status"]] if item["expected"] or item["status"] != "missing" else "·"
        )
        line = f"  {mark} {definition.label(lang)} [{_status_word(item, lang)}]"
        if item["evidence"]:
            evidence = item["evidence"][0]
            line += f"\n      {_where(evidence, lang)}: {_clip(evidence['text'], 140)}"
        out.append(line)
    out += ["", words["risks"].upper()]
    if not result["risks"]:
        out.append("  " + words["no_risks"])
    for risk in result["risks"]:
        out.append(f"  ! {RISKS_BY_ID[risk['id']].label(lang)}")
        if risk["evidence"]:
            evidence = risk["evidence"][0]
            out.append(f"      {_where(evidence, lang)}: {_clip(evidence['text'], 140)}")
    out += ["", words["figures"].upper()]
    out += ["  " + line for line in _figure_lines(result, lang)] or ["  " + words["none"]]
    out += ["", words["questions"].upper()]
    out += [f"  {n}. {q['text']}" for n, q in enumerate(result["questions"], start=1)]
    return "\n".join(out) + "\n"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_markdown(result: dict, lang: str | None = None) -> str:
    lang = report_language(result, lang)
    words = _words(lang)
    counts = _counts(result)
    out = [
        f"# {words['report']}: {result['file']}",
        "",
        f"- {words['language']}: {result['language']}",
        f"- {words['kind']}: {result['kind']}",
        f"- {words['pages']}: {result['pages']}",
        f"- {words['summary']}: {counts['covered']} {words['covered']}, {counts['partial']} "
        f"{words['partial']}, {counts['missing']} {words['missing']}",
    ]
    area = None
    for item in result["items"]:
        definition = ITEMS_BY_ID[item["id"]]
        if definition.area != area:
            area = definition.area
            out += ["", f"## {AREAS_BY_ID[area].label(lang)}", ""]
        line = f"- **{definition.label(lang)}**: {_status_word(item, lang)}"
        if item["evidence"]:
            evidence = item["evidence"][0]
            line += f" ({_where(evidence, lang)}) — “{_md(evidence['text'])}”"
        out.append(line)
    out += ["", f"## {words['risks']}", ""]
    out += [
        f"- **{RISKS_BY_ID[r['id']].label(lang)}**"
        + (f" ({_where(r['evidence'][0], lang)}) — “{_md(r['evidence'][0]['text'])}”"
           if r["evidence"] else "")
        for r in result["risks"]
    ] or [words["no_risks"]]  # fmt: skip
    out += ["", f"## {words['figures']}", ""]
    out += [f"- {line}" for line in _figure_lines(result, lang)] or [words["none"]]
    out += ["", f"## {words['questions']}", ""]
    out += [f"{n}. {q['text']}" for n, q in enumerate(result["questions"], start=1)]
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return text.replace("*", "\\*").replace("_", "\\_").replace("\n", " ")


CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:60rem;
margin:2rem auto;padding:0 1rem;color:#1d2733;line-height:1.45}
h1{font-size:1.5rem}h2{font-size:1.15rem;border-bottom:1px solid #ccd;padding-bottom:.2rem;
margin-top:1.6rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e3e6ea;padding:.35rem;
vertical-align:top;text-align:left}
.covered{color:#17663a}.partial{color:#9a5b00}.missing{color:#a4161a}.not_expected{color:#6b7280}
blockquote{margin:.2rem 0 0;color:#444;font-size:.9rem}
.where{color:#6b7280;font-size:.85rem}
.report+.report{break-before:page;margin-top:3rem}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
"""


def render_html(result: dict, lang: str | None = None) -> str:
    """A self-contained printable HTML page (no external assets)."""
    return render_html_document([result], lang)


def render_html_document(results: list[dict], lang: str | None = None) -> str:
    """One printable HTML page for several reports, each starting on a new printed page."""
    first_lang = report_language(results[0], lang) if results else "en"
    words = _words(first_lang)
    title = results[0]["file"] if len(results) == 1 else f"{len(results)}"
    head = (
        f'<!DOCTYPE html><html lang="{first_lang}"><head><meta charset="utf-8">'
        f"<title>{escape(words['report'])}: {escape(title)}</title><style>{CSS}</style></head>"
        "<body>"
    )
    bodies = [_html_report(result, report_language(result, lang)) for result in results]
    return head + "\n".join(bodies) + "</body></html>\n"


def _html_report(result: dict, lang: str) -> str:
    words = _words(lang)
    counts = _counts(result)
    parts = [
        '<section class="report">',
        f"<h1>{escape(words['report'])}: {escape(result['file'])}</h1>",
        f"<p>{escape(words['language'])}: {escape(result['language'])} · "
        f"{escape(words['kind'])}: {escape(result['kind'])} · {escape(words['pages'])}: "
        f"{result['pages']}<br>{escape(words['summary'])}: {counts['covered']} "
        f"{escape(words['covered'])}, {counts['partial']} {escape(words['partial'])}, "
        f"{counts['missing']} {escape(words['missing'])}</p>",
    ]
    area = None
    for item in result["items"]:
        definition = ITEMS_BY_ID[item["id"]]
        if definition.area != area:
            if area is not None:
                parts.append("</table>")
            area = definition.area
            parts.append(f"<h2>{escape(AREAS_BY_ID[area].label(lang))}</h2><table>")
        css = (
            "not_expected"
            if item["status"] == "missing" and not item["expected"]
            else (item["status"])
        )
        cell = escape(definition.label(lang))
        if item["evidence"]:
            evidence = item["evidence"][0]
            cell += (
                f'<blockquote>“{escape(evidence["text"])}” <span class="where">'
                f"{escape(_where(evidence, lang))}</span></blockquote>"
            )
        parts.append(
            f'<tr><td>{cell}</td><td class="{css}">{escape(_status_word(item, lang))}</td></tr>'
        )
    parts.append("</table>")
    parts.append(f"<h2>{escape(words['risks'])}</h2><ul>")
    for risk in result["risks"]:
        text = escape(RISKS_BY_ID[risk["id"]].label(lang))
        if risk["evidence"]:
            text += f"<blockquote>“{escape(risk['evidence'][0]['text'])}”</blockquote>"
        parts.append(f"<li>{text}</li>")
    if not result["risks"]:
        parts.append(f"<li>{escape(words['no_risks'])}</li>")
    parts.append(f"</ul><h2>{escape(words['figures'])}</h2><ul>")
    parts += [f"<li>{escape(line)}</li>" for line in _figure_lines(result, lang)]
    parts.append(f"</ul><h2>{escape(words['questions'])}</h2><ol>")
    parts += [f"<li>{escape(q['text'])}</li>" for q in result["questions"]]
    parts.append("</ol></section>")
    return "\n".join(parts)


RENDERERS = {"text": render_text, "md": render_markdown, "html": render_html}
