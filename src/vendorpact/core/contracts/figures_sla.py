"""SLA figures that come in tables or grids: response and resolution times per priority from a
table with a priority column, and service credit steps ("5% below 99.5%", "en dessous de 99 % :
10 %") with their cap."""

from __future__ import annotations

import re

from vendorpact.core.contracts.anchors import AnchoredPattern
from vendorpact.core.contracts.numbers import (
    Duration,
    find_durations,
    find_money,
    find_percentages,
)
from vendorpact.core.contracts.priorities import LABEL_WORDS, NUMBERED_LABEL, label_rank
from vendorpact.core.contracts.priority_rows import BULLET_ROW, row_label
from vendorpact.core.contracts.service_durations import service_durations
from vendorpact.core.contracts.structure import TABLE_ROW, TIME_ROW, Structure, is_cell_row, quote
from vendorpact.core.contracts.tables import (
    cell_index,
    cell_spans,
    cells,
    header_shift,
    row_indices,
)


def cue(pattern: str) -> AnchoredPattern:
    return AnchoredPattern(pattern)


def candidates(
    structure: Structure, cue: AnchoredPattern, with_headings: bool = False
) -> list[int]:
    """Indices of the sentences where `cue` occurs, in document order."""
    found = {
        structure.sentence_at(start)
        for start in cue.match_starts(structure.blob, structure.vocabulary)
    }
    if with_headings:
        matching = {h for h in set(structure.headings) if h and cue.regex.search(h)}
        found |= {i for i, h in enumerate(structure.headings) if h in matching}
    return sorted(found)


def evidence_at(structure: Structure, index: int, around: int | None = None) -> dict:
    """The sentence a figure was read from; `around` is where the figure stands in it, so
    that a long sentence is quoted where the figure is."""
    sentence = structure.sentences[index]
    return {
        "page": sentence.page,
        "clause": sentence.clause,
        "text": quote(sentence, around=around),
    }


PRIORITY_COLUMN = re.compile(
    r"priorit|\bprio\b|severity|sévérité|ernst|niveau|level|catégor|categor|impact|urgen|classe|klasse|"
    r"criticit|gravité|"
    # rows named by the kind of failure: "Type d'incident | Prise en charge", "Storing | Reactie"
    r"type d'incident|type de panne|\bincident(?:type)?\b|\bstoring\b|\bpanne\b|"
    r"(?:issue|incident|problem) type"
)
RESPONSE_COLUMN = re.compile(
    r"respon|reacti|réaction|réponse|intervention|prise en charge|acknowledg|first contact|"
    r"prise en compte|tussenkomst|interventie|ter plaatse|sur site|on-site|aanvangstijd|"
    r"reage(?:ert|ren|er)\b"
)
RESOLUTION_COLUMN = re.compile(
    r"resol|résolution|restor|rétabl|herstel|oplos|fix|workaround|contournement|correction|"
    r"remise en service|repair|réparation"
)
MAX_HEADER_CHARS = 200
MAX_ROWS = 12
MAX_HOURS = 24 * 60


# a column of prices, not of times: "Tarif d'intervention", "Kost per interventie"
PRICE_COLUMN = re.compile(r"tarif|prix|price|prijs|kost|cost|€|eur\b|fee|vergoeding")


def _column_kind(cell: str) -> str | None:
    """What a header cell heads: "response", "resolution", "priority" or None."""
    if PRICE_COLUMN.search(cell):
        return None
    response, resolution = RESPONSE_COLUMN.search(cell), RESOLUTION_COLUMN.search(cell)
    if response and not resolution:
        return "response"
    if resolution and not response:
        return "resolution"
    if not (response or resolution) and PRIORITY_COLUMN.search(cell):
        return "priority"
    return None


def table_columns(header: str) -> list[str]:
    """The time columns of a table header in order ("response", "resolution"), or [] when
    the sentence is not the header of a table of service times per priority."""
    if len(header) > MAX_HEADER_CHARS:
        return []
    # a lead-in to rows per priority: "Response times:", "Archivio reageert op meldingen
    # binnen de volgende termijnen:"
    if not (PRIORITY_COLUMN.search(header) or header.rstrip().endswith(":")):
        return []
    if service_durations(header):
        return []
    header = " | ".join(cell for cell in cells(header) if not PRICE_COLUMN.search(cell))
    columns = []
    for kind, pattern in (("response", RESPONSE_COLUMN), ("resolution", RESOLUTION_COLUMN)):
        match = pattern.search(header)
        if match:
            columns.append((match.start(), kind))
    return [kind for _, kind in sorted(columns)]


HEADER_LABEL = re.compile(r"\b(?:" + NUMBERED_LABEL + r")|\b(" + LABEL_WORDS + r")(?!\w)")


def label_priority(text: str) -> str | None:
    """The first priority a cell names anywhere in it ("Incident bloquant", "Niveau 2")."""
    match = HEADER_LABEL.search(text)
    if match is None:
        return None
    return label_rank(match)


def header_priorities(header: str) -> list[str]:
    """["P1", "P2", "P3"] for the header of a table with one column per priority."""
    if len(header) > MAX_HEADER_CHARS or find_durations(header):
        return []
    found = [label_rank(match) for match in HEADER_LABEL.finditer(header)]
    return found if len(found) >= 2 and len(set(found)) == len(found) else []


def transposed_times(structure: Structure, texts: list[str]) -> tuple[list, list, set[int]]:
    """Tables with one column per priority and one row per kind of time."""
    responses: list = []
    resolutions: list = []
    used: set[int] = set()
    for index in range(1, len(texts)):
        if not TIME_ROW.match(structure.sentences[index].text):
            continue
        earlier = range(index - 1, max(-1, index - 3), -1)
        header = next((texts[i] for i in earlier if header_priorities(texts[i])), None)
        if header is None:
            continue
        text = texts[index]
        label_end = TIME_ROW.match(text).end()
        is_resolution = RESOLUTION_COLUMN.search(text[:label_end])
        target = resolutions if is_resolution else responses
        durations = [d for d in service_durations(text) if d.start >= label_end]
        durations = [d for d in durations if d.hours <= MAX_HOURS]
        shift = _shift(header, text)
        if shift is not None:
            by_cell = [label_priority(cell) for cell in cells(header)]
            for duration in _first_per_cell(text, durations):
                column = cell_index(text, duration.start) + shift
                if 0 <= column < len(by_cell) and by_cell[column]:
                    target.append((by_cell[column], duration, index))
        else:
            for priority, duration in zip(header_priorities(header), durations, strict=False):
                target.append((priority, duration, index))
        used.add(index)
    return responses, resolutions, used


def _shift(header: str, row: str) -> int | None:
    """How a row's cell index maps onto its header's when both are rows of cells of one
    table (see tables.header_shift); None otherwise."""
    if not (is_cell_row(header) and is_cell_row(row)):
        return None
    return header_shift(header, row)


def _first_per_cell(text: str, durations: list[Duration]) -> list[Duration]:
    seen: set[int] = set()
    first = []
    for duration in durations:
        column = cell_index(text, duration.start)
        if column not in seen:
            seen.add(column)
            first.append(duration)
    return first


# "Reactietijd (werkuren)", "Délai d'intervention (en heures ouvrées)", "Response (hours)":
# the header gives the unit of the bare numbers in its column
HEADER_UNIT = re.compile(r"\((?:in |en )?([a-zéû ]{1,20})\)|\b(?:in|en) ([a-zéû]+(?: ouvr\w+)?)$")
BARE_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?")


def _header_unit(cell: str) -> str | None:
    match = HEADER_UNIT.search(cell)
    if match is None:
        return None
    unit = (match.group(1) or match.group(2)).strip()
    durations = find_durations(f"1 {unit}")
    return unit if durations and durations[0].end == len(f"1 {unit}") else None


def _bare_numbers(text: str, units: list[str | None], shift: int) -> list[Duration]:
    """Durations from cells that hold only a number, in a column whose header gives the unit."""
    found = []
    for column, (start, end) in enumerate(cell_spans(text)):
        header_column = column + shift
        if not 0 <= header_column < len(units) or units[header_column] is None:
            continue
        cell = text[start:end]
        number = BARE_NUMBER.fullmatch(cell.strip())
        if number is None:
            continue
        read = find_durations(f"{number.group(0)} {units[header_column]}")
        if read:
            offset = start + cell.index(number.group(0))
            duration = read[0]
            found.append(
                Duration(duration.value, duration.unit, duration.business, offset, offset + 1)
            )
    return found


def table_times(structure: Structure, texts: list[str]) -> tuple[list, list, set[int]]:
    """(response entries, resolution entries, sentence indices used) from every table of
    service times per priority: [(priority, duration, sentence index)]."""
    responses: list = []
    resolutions: list = []
    used: set[int] = set()
    sentences = structure.sentences
    row_sentences = set(row_indices(structure))
    for index in range(1, len(texts)):
        row_text = sentences[index].text
        if index in used or not (
            index in row_sentences or TABLE_ROW.match(row_text) or BULLET_ROW.match(row_text)
        ):
            continue
        columns = table_columns(texts[index - 1])
        if not columns:
            continue
        if _shift(texts[index - 1], texts[index]) is not None:
            rows = _cell_rows(structure, texts, index)
        else:
            rows = _labelled_rows(structure, texts, index, columns)
        for column, priority, duration, row in rows:
            target = responses if column == "response" else resolutions
            target.append((priority, duration, row))
            used.add(row)
    return responses, resolutions, used


def _labelled_rows(structure: Structure, texts: list[str], index: int, columns: list[str]):
    """Rows that start with a priority label, their times in the header's column order."""
    row = index
    while row < len(texts) and row - index < MAX_ROWS:
        raw = structure.sentences[row].text
        priority, label_end = row_label(raw, texts[row])
        if priority is None and (row == index or not BULLET_ROW.match(raw)):
            break  # a list goes on with an item of no priority ("- autres demandes : 3 jours")
        durations = [
            d for d in service_durations(texts[row]) if d.end > label_end and d.hours <= MAX_HOURS
        ]
        for column, duration in zip(columns, durations, strict=False):
            yield column, priority, duration, row
        row += 1


def _cell_rows(structure: Structure, texts: list[str], index: int):
    """Rows of cells under a header of cells: each time is read in its own column, so an
    empty or "n/a" cell leaves its priority without that time."""
    header = texts[index - 1]
    kinds = [_column_kind(cell) for cell in cells(header)]
    units = [_header_unit(cell) for cell in cells(header)]
    label_column = kinds.index("priority") if "priority" in kinds else 0
    row = index
    while row < len(texts) and row - index < MAX_ROWS:
        text = texts[row]
        shift = _shift(header, text)
        if structure.sentences[row].is_heading or shift is None:
            break
        row_cells = cells(text)
        label_at = label_column - shift
        label = row_cells[label_at] if 0 <= label_at < len(row_cells) else ""
        priority = label_priority(label) or _bare_rank(label, kinds, label_column)
        durations = service_durations(text) + _bare_numbers(text, units, shift)
        durations = [d for d in durations if d.hours <= MAX_HOURS]
        for duration in _first_per_cell(text, durations):
            column = cell_index(text, duration.start) + shift
            if 0 <= column < len(kinds) and kinds[column] in ("response", "resolution"):
                yield kinds[column], priority, duration, row
        row += 1


def _bare_rank(label: str, kinds: list[str | None], label_column: int) -> str | None:
    """P2 for a bare "2" in a column headed as the priority ("Prioriteit | ... | 1 | ...")."""
    if kinds[label_column] == "priority" and re.fullmatch(r"[1-5]", label.strip()):
        return f"P{label.strip()}"
    return None


# --- service credits ---------------------------------------------------------------------

BELOW = re.compile(
    r"(?:below|under|less than|lower than|falls? (?:short of|below)|onder|minder dan|lager dan|"
    r"beneden|inférieure?s? (?:à|au)|en dessous de|en deçà de|moins de|<)\s*(?:the )?$"
)
AT_LEAST = re.compile(
    r"(?:at least|above|or more|or higher|minstens|ten minste|vanaf|au moins|supérieure? ou "
    r"égale? (?:à|au)|>=|≥|from)\s*$"
)
CAP_BEFORE = re.compile(
    r"(?:maximum|max\.?|cap(?:ped)?|exceed|plafonn\w*|up to|ten hoogste|maximaal|tot maximaal|"
    r"au plus|limited to|beperkt tot|limitée? à|n'excéd\w*|total)[^%\d]{0,40}$"
)


def credit_steps(text: str) -> tuple[list[tuple[float, float]], float | None]:
    """([(below percent, credit percent)], cap percent) from one sentence or table."""
    tokens = []
    for value, start, _end in find_percentages(text):
        before = text[max(0, start - 45) : start]
        if BELOW.search(before):
            tokens.append(("threshold", value))
        elif AT_LEAST.search(before):
            continue  # the lower bound of a band, not a threshold of its own
        elif CAP_BEFORE.search(before) and value < 90:
            tokens.append(("cap", value))
        elif value >= 90:
            tokens.append(("threshold", value))
        else:
            tokens.append(("credit", value))
    cap = next((value for kind, value in tokens if kind == "cap"), None)
    ordered = [token for token in tokens if token[0] != "cap"]
    steps: list[tuple[float, float]] = []
    if not ordered:
        return steps, cap
    threshold_first = ordered[0][0] == "threshold"
    waiting: float | None = None
    for kind, value in ordered:
        if threshold_first:
            if kind == "threshold":
                waiting = value
            elif waiting is not None:
                steps.append((waiting, value))
                waiting = None
        elif kind == "credit":
            waiting = value
        elif waiting is not None:
            steps.append((value, waiting))
            waiting = None
    return steps, cap


SERVICE_CREDIT = cue(
    r"service credits?|servicecredit|credit|penalt|pénalit|boete|korting|remise|refund|"
    r"terugbetaling|avoir"
)
SERVICE_LEVEL_CONTEXT = re.compile(
    r"availab|uptime|downtime|beschikbaar|disponibilit|respon|reactie|resolution|hersteltijd|"
    r"service level|sla|niveau de service|intervention|fee|vergoeding|redevance"
)


def service_credits(found: list[dict], structure: Structure, texts: list[str]) -> None:
    """Compensation rules for missed service levels: credit steps ("5% below 99.5%") with
    their cap when the text gives a grid, else the percentage or amount per breach."""
    for index in candidates(structure, SERVICE_CREDIT, with_headings=True):
        text = texts[index]
        if not SERVICE_LEVEL_CONTEXT.search(text) or re.search(r"credit (?:card|report)", text):
            continue
        if _credit_grid(found, structure, index):
            continue
        percents = [
            v for v, start, _ in find_percentages(text) if v < 90 and not _is_cap(text, start)
        ]
        money = find_money(text)
        if not percents and not money:
            continue
        _add_credit(
            found,
            {
                "percent": percents[0] if percents else None,
                "amount": money[0].amount if money else None,
                "kind": "rule",
                "evidence": evidence_at(structure, index),
            },
        )
        if len(found) >= MAX_CREDITS:
            return


MAX_CREDITS = 10


def _is_cap(text: str, start: int) -> bool:
    """Whether the percentage at `start` is the cap of the credits ("capped at 30%")."""
    return bool(CAP_BEFORE.search(text[max(0, start - 45) : start]))


def _credit_grid(found: list[dict], structure: Structure, index: int) -> bool:
    """Credit steps and cap from the sentence, or from the table right after it (a header
    such as "Monthly availability | Service credit" followed by its rows)."""
    texts = [structure.lowered(index)]
    if index + 1 < len(structure.sentences) and not structure.sentences[index + 1].is_heading:
        texts.append(_following_rows(structure, index + 1))
    steps, cap = credit_steps(texts[0])
    used = index
    if not steps and cap is None and len(texts) > 1:
        steps, cap = credit_steps(texts[1])
        used = index + 1
        if not steps:
            return False
    if not steps and cap is None:
        return False
    evidence = evidence_at(structure, used)
    for below, credit in steps:
        _add_credit(
            found,
            {
                "percent": credit,
                "amount": None,
                "kind": "step",
                "below_percent": below,
                "credit_percent": credit,
                "evidence": evidence,
            },
        )
    if cap is not None:
        _add_credit(
            found,
            {"percent": cap, "amount": None, "kind": "cap", "evidence": evidence},
        )
    # a cap without steps in the sentence itself caps the credit that sentence states
    # ("a credit of 10% of the monthly fee, capped at 30%"): that rule is read as well
    return bool(steps) or used != index


def _following_rows(structure: Structure, index: int) -> str:
    """Sentence `index`, and when it is a table row, the rows of the table that follow it
    (each row is a sentence of its own): a credit grid is read as one text."""
    parts = [structure.lowered(index)]
    row = index + 1
    while (
        is_cell_row(parts[0])
        and row < len(structure.sentences)
        and row - index < MAX_ROWS
        and not structure.sentences[row].is_heading
        and is_cell_row(structure.lowered(row))
    ):
        parts.append(structure.lowered(row))
        row += 1
    return " ".join(parts)


def _add_credit(found: list[dict], entry: dict) -> None:
    key = (entry["kind"], entry["percent"], entry["amount"], entry.get("below_percent"))
    for known in found:
        if (known["kind"], known["percent"], known["amount"], known.get("below_percent")) == key:
            return
    if entry["kind"] == "cap" and any(c["kind"] == "cap" for c in found):
        return
    if len(found) < MAX_CREDITS:
        found.append(entry)
