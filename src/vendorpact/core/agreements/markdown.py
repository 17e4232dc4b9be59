"""The agreement model as Markdown text (pure: no library needed)."""

from __future__ import annotations

from vendorpact.core.agreements import wording as w
from vendorpact.core.agreements.model import Agreement, Signatory, Table


def render_markdown(agreement: Agreement) -> str:
    lang = agreement.lang
    lines = [f"# {agreement.title}", "", f"*{agreement.notice}*", ""]
    for line in agreement.parties:
        lines += [line, ""]
    lines += [f"## {agreement.key_terms.headers[0]}", ""]
    lines += [f"- {line}" for line in key_term_lines(agreement)] + [""]
    for paragraph in agreement.preamble:
        lines += [paragraph, ""]
    for section in agreement.sections:
        lines += [f"## {section.title}", ""]
        for article in section.articles:
            lines += [f"### {w.ARTICLE[lang]} {article.number} – {article.title}", ""]
            for paragraph in article.paragraphs:
                lines += [paragraph, ""]
    for annex in agreement.annexes:
        lines += [f"## {w.ANNEX[lang]} {annex.number} – {annex.title}", ""]
        for paragraph in annex.paragraphs:
            lines += [paragraph, ""]
        if annex.table is not None:
            lines += _table(annex.table)
    lines += [agreement.signature_intro, ""]
    for signatory in agreement.signatories:
        for line in signature_lines(agreement, signatory):
            lines += [line, ""]
    return "\n".join(lines).rstrip() + "\n"


def signature_lines(agreement: Agreement, signatory: Signatory) -> list[str]:
    """The signature block of one party: company, then name, function, date and signature."""
    colon = w.COLON[agreement.lang]
    labels = agreement.signature_labels
    return [
        f"{signatory.label}{colon} {signatory.company}",
        f"{labels['name']}{colon} {signatory.name}",
        f"{labels['function']}{colon} {signatory.function}",
        f"{labels['date']}{colon}",
        f"{labels['signature']}{colon}",
    ]


def key_term_lines(agreement: Agreement) -> list[str]:
    """ "Label: value;" per key term, the last one ending with a full stop: a list that reads
    as one sentence per term."""
    rows = agreement.key_terms.rows
    return [
        f"{label}{w.COLON[agreement.lang]} {value}{'.' if index == len(rows) - 1 else ';'}"
        for index, (label, value) in enumerate(rows)
    ]


def _table(table: Table) -> list[str]:
    lines = ["| " + " | ".join(table.headers) + " |", "|" + "---|" * len(table.headers)]
    lines += ["| " + " | ".join(row) + " |" for row in table.rows]
    return lines + [""]
