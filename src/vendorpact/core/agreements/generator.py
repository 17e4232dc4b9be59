"""Terms + chosen options + language -> an agreement model (cover, articles per area, annexes,
signature block). Missing required values come back as problems, never as blanks."""

from __future__ import annotations

import string
from dataclasses import dataclass, field

from vendorpact.core.agreements import wording as w
from vendorpact.core.agreements.annexes import build_annexes, key_terms
from vendorpact.core.agreements.library import clause_paragraphs, clauses_for
from vendorpact.core.agreements.model import (
    KINDS,
    MODES,
    Agreement,
    Article,
    Problem,
    Section,
    Signatory,
    Terms,
    localised,
)
from vendorpact.core.agreements.options import OPTIONS_BY_ID
from vendorpact.core.agreements.values import PLACEHOLDER_FIELDS, placeholder_values
from vendorpact.core.checklist import AREAS, ITEM_IDS, expected_items

LANGS = ("nl", "en", "fr")


@dataclass
class Draft:
    agreement: Agreement | None
    problems: list[Problem] = field(default_factory=list)


def items_to_settle(kind: str, mode: str, item_ids: list[str] | None) -> list[str]:
    """Every expected item for a full agreement; the given items for an addendum (checklist
    order)."""
    if mode == "full":
        return [item.id for item in expected_items(kind)]
    wanted = set(item_ids or ())
    return [item_id for item_id in ITEM_IDS if item_id in wanted]


def generate(
    terms: Terms, lang: str, mode: str = "full", item_ids: list[str] | None = None
) -> Draft:
    problems = _check_request(terms, lang, mode, item_ids)
    if problems:
        return Draft(None, problems)
    settles = [i for i in items_to_settle(terms.kind, mode, item_ids) if clauses_for(i, terms.kind)]
    values = placeholder_values(terms, lang)
    sections = []
    number = 0
    for area in AREAS:
        articles = []
        for item_id in (i for i in settles if i.split(".")[0] == area.id):
            for clause in clauses_for(item_id, terms.kind):
                number += 1
                paragraphs = _fill(clause, lang, terms, values, problems, item_id)
                articles.append(Article(number, clause["title"][lang], paragraphs, (item_id,)))
        if articles:
            sections.append(Section(area.id, area.label(lang), articles))
    problems += _missing_needs(terms, settles)
    problems += _inconsistent(terms, settles)
    if problems:
        return Draft(None, _unique(problems))
    agreement = Agreement(
        lang=lang,
        mode=mode,
        kind=terms.kind,
        title=_title(terms, lang, mode),
        notice=w.NOTICE[lang],
        parties=_parties(terms, lang),
        key_terms=key_terms(terms, lang, values, settles),
        preamble=[w.ADDENDUM_PREAMBLE[lang]] if mode == "addendum" else [],
        sections=sections,
        annexes=build_annexes(terms, lang, values, settles),
        signature_intro=w.SIGNATURE_INTRO[lang],
        signatories=_signatories(terms, lang),
        signature_labels=w.SIGNATURE_LABELS[lang],
        settles=tuple(settles),
    )
    return Draft(agreement, [])


def _check_request(terms: Terms, lang: str, mode: str, item_ids) -> list[Problem]:
    problems = []
    if terms.kind not in KINDS:
        return [Problem("kind", f"must be one of {', '.join(KINDS)}")]
    for option_id, value in terms.options.items():
        option = OPTIONS_BY_ID.get(option_id)
        if option is None:
            problems.append(Problem(f"options.{option_id}", "is not a known option"))
        elif value not in option.values():
            allowed = ", ".join(option.values())
            problems.append(Problem(f"options.{option_id}", f"must be one of {allowed}"))
    if lang not in LANGS:
        problems.append(Problem("lang", f"must be one of {', '.join(LANGS)}"))
    if mode not in MODES:
        problems.append(Problem("mode", f"must be one of {', '.join(MODES)}"))
    if mode == "addendum":
        if not item_ids:
            problems.append(Problem("items", "an addendum needs the item ids it settles"))
        for item_id in item_ids or ():
            if item_id not in ITEM_IDS:
                problems.append(Problem("items", f"unknown checklist item {item_id!r}"))
            elif not clauses_for(item_id, terms.kind):
                problems.append(
                    Problem("items", f"{item_id} has no clause for kind {terms.kind!r}")
                )
    return problems


def _fill(clause, lang, terms, values, problems, item_id) -> list[str]:
    paragraphs = []
    for template in clause_paragraphs(clause, lang, terms.options):
        for name in _placeholders(template):
            if values.get(name) in (None, ""):
                problems.append(_missing_placeholder(name, terms, item_id))
        paragraphs.append(template.format_map(_Safe(values)))
    return paragraphs


def _missing_placeholder(name: str, terms: Terms, item_id: str) -> Problem:
    field_name = PLACEHOLDER_FIELDS.get(name, name)
    if field_name == "liability_base":
        field_name = {"project": "project_price", "tm": "budget_cap"}.get(terms.kind, "monthly_fee")
    return Problem(field_name, f"required for {item_id}")


def _placeholders(template: str) -> list[str]:
    return [name for _text, name, _spec, _conv in string.Formatter().parse(template) if name]


class _Safe(dict):
    """format_map source that leaves unknown names visible (they are reported as problems)."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _missing_needs(terms: Terms, settles: list[str]) -> list[Problem]:
    problems = []
    for item_id in settles:
        for clause in clauses_for(item_id, terms.kind):
            for path in clause["needs"]:
                if _empty(_lookup(terms, path)):
                    problems.append(Problem(path, f"required for {item_id}"))
    return problems


def _inconsistent(terms: Terms, settles: list[str]) -> list[Problem]:
    """Values that are each valid but do not fit together."""
    shares = [m.payment_percent for m in terms.milestones if m.payment_percent is not None]
    if "budget.project_cost" in settles and shares and sum(shares) != 100:
        total = format(sum(shares).normalize(), "f")
        return [Problem("milestones", f"payment shares add up to {total} %, not 100 %")]
    return []


def _lookup(terms: Terms, path: str):
    value = terms
    for part in path.split("."):
        value = getattr(value, part, None)
        if value is None:
            return None
    return value


def _empty(value) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _unique(problems: list[Problem]) -> list[Problem]:
    seen: dict[tuple[str, str], Problem] = {}
    for problem in problems:
        seen.setdefault((problem.field, problem.reason), problem)
    return list(seen.values())


def _title(terms: Terms, lang: str, mode: str) -> str:
    if mode == "addendum":
        return w.ADDENDUM_TITLE[lang]
    return localised(terms.title, lang) or w.TITLES[terms.kind][lang]


def _parties(terms: Terms, lang: str) -> list[str]:
    between, client_alias, conjunction, supplier_alias = w.PARTIES[lang]
    lines = [between]
    for party, alias in ((terms.client, client_alias), (terms.supplier, supplier_alias)):
        details = [party.name]
        if party.vat:
            details.append(f"{w.VAT[lang]} {party.vat}")
        if party.address:
            details.append(party.address)
        if party.representative:
            function = localised(party.function, lang)
            who = f"{party.representative} ({function})" if function else party.representative
            details.append(f"{w.REPRESENTED[lang]} {who}")
        lines.append(", ".join(details) + f", {alias}")
        if alias == client_alias:
            lines.append(conjunction)
    return lines


def _signatories(terms: Terms, lang: str) -> list[Signatory]:
    client_label, supplier_label = w.SIGN_FOR[lang]
    return [
        Signatory(
            client_label,
            terms.client.name,
            terms.client.representative,
            localised(terms.client.function, lang),
        ),
        Signatory(
            supplier_label,
            terms.supplier.name,
            terms.supplier.representative,
            localised(terms.supplier.function, lang),
        ),
    ]
