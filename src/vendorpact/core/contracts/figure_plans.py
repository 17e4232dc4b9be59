"""Service levels from a table with one column per plan ("| | Bronze | Silver | Gold |"): the
committed value is the one of the plan the document names ("Formule: Silver", "Gekozen pakket:
Gold"). When no plan is named and the plans' values differ, no value is the committed one.

Works on rows of cells (structure.is_cell_row), each a sentence of its own."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vendorpact.core.contracts.figure_roles import MEASURED
from vendorpact.core.contracts.figures_sla import (
    RESOLUTION_COLUMN,
    RESPONSE_COLUMN,
    label_priority,
)
from vendorpact.core.contracts.numbers import find_percentages
from vendorpact.core.contracts.service_durations import service_durations
from vendorpact.core.contracts.structure import Structure, is_cell_row
from vendorpact.core.contracts.tables import (
    MAX_ROWS_ABOVE,
    aligned_header,
    cell_index,
    cells,
    row_indices,
    rows_above,
)

# "Formule: Silver", "Gekozen pakket: Gold", "| Plan | Premium |", "Offre choisie : Gold": the
# key and its separator; the plan's name is what follows, when it is a column of a plan table
PLAN_KEY = re.compile(
    r"(?:^|[|(]\s*|\b)(?:(?:gekozen|chosen|selected|ordered|besteld\w*)\s+)?(?:formule|formula|"
    r"plan|pakket|package|bundel|bundle|service ?level|serviceniveau|supportniveau|support ?level|"
    r"niveau de (?:service|support)|offre|edition|editie|édition|tier|sla[- ](?:level|niveau))"
    r"(?:\s+(?:choisie?|gekozen|selected|chosen|retenue?))?\s*[:|]\s*"
)
# "De Klant kiest voor het pakket Silver", "Customer subscribes to the Gold plan", "le Client
# opte pour la formule Silver": a plan chosen in a sentence (a mere mention is no choice)
PLAN_CHOSEN = re.compile(
    r"\b(?:kiest voor|koos voor|opteert voor|heeft gekozen voor|bestelt|subscribes? to|"
    r"(?:has )?(?:ordered|selected|chosen|opted for)|opte pour|a choisi|choisit|souscrit (?:à|a))"
    r"\s+(?:het |de |the |la |le |l'|une? |an? )?(?:(?:formule|pakket|plan|package|offre|tier|"
    r"editie|edition|service level)\s+)?"
)
VALUE_CHARS = 40
AVAILABILITY_LABEL = re.compile(r"availab|uptime|beschikbaar|disponibilit")
NAME_NOISE = re.compile(r"\b(?:plan|pakket|package|formule|formula|offre|tier|sla)\b")
MIN_AVAILABILITY = 90


@dataclass(frozen=True)
class PlanValue:
    value: float
    index: int  # the sentence (row) it stands in
    offset: int  # where it stands in the row


def plan_values(texts: list[str]) -> list[str]:
    """What follows each plan key or choice of the document ("silver servicetabel"), in
    order of the sentences."""
    values = []
    for text in texts:
        keys = PLAN_KEY.finditer(text) if ":" in text or "|" in text else ()
        for match in (*keys, *PLAN_CHOSEN.finditer(text)):
            values.append(text[match.end() : match.end() + VALUE_CHARS])
    return values


def _plan_values_once(structure: Structure, texts: list[str]) -> list[str]:
    """plan_values, looked up only for a document with a row a plan could fill, once."""
    if "plan_values" not in structure.cache:
        structure.cache["plan_values"] = plan_values(texts)
    return structure.cache["plan_values"]


def _chosen(values: list[str], columns: list[str]) -> str | None:
    """The first plan column a plan key's value starts with."""
    for value in values:
        for name in columns[1:]:
            if re.match(re.escape(name) + r"(?!\w)", _plain(value)):
                return name
    return None


def _plain(name: str) -> str:
    return " ".join(NAME_NOISE.sub(" ", name).split())


def plan_columns(header_cells: list[str]) -> list[str] | None:
    """The plain names of a header row's cells ("", "bronze", "silver", "gold") when the
    cells after the first name two or more plans: short, without numbers; else None."""
    names = [_plain(cell) for cell in header_cells[1:]]
    if len(names) < 2 or any(not n or len(n) > 25 or re.search(r"\d", n) for n in names):
        return None
    return [_plain(header_cells[0])] + names


def availability_by_plan(structure: Structure, texts: list[str]) -> PlanValue | None:
    """The availability of the named plan from a row of a plan table."""
    values = None
    for index in row_indices(structure):
        text = texts[index]
        if not (is_cell_row(text) and AVAILABILITY_LABEL.search(cells(text)[0])):
            continue
        values = _plan_values_once(structure, texts) if values is None else values
        if not values:
            return None
        header = _plan_header_above(structure, texts, index, values)
        if header is None:
            continue
        columns, name = header
        for value, start, _end in find_percentages(text):
            column = cell_index(text, start)
            if 0 < column < len(columns) and columns[column] == name and value >= MIN_AVAILABILITY:
                return PlanValue(value, index, start)
    return None


def _plan_header_above(structure: Structure, texts: list[str], index: int, values: list[str]):
    """(plan columns, one per cell of row `index`, and the named plan among them) of the
    table above the row whose header has a column for the plan a plan key names."""
    position = index - 1
    while position >= 0 and index - position <= MAX_ROWS_ABOVE:
        text = texts[position]
        if structure.sentences[position].is_heading or not is_cell_row(text):
            return None
        header_cells = aligned_header(text, texts[index])
        columns = plan_columns(header_cells) if header_cells else None
        name = _chosen(values, columns) if columns else None
        if name is not None:
            return columns, name
        position -= 1
    return None


def availability_by_column(structure: Structure, texts: list[str]) -> PlanValue | None:
    """The committed availability from a table with an availability column ("| Service |
    Committed availability | Measured 2025 |"): the value of the first row in a column whose
    header names availability and not a measured level."""
    for index in row_indices(structure):
        text = texts[index]
        levels = [(v, s) for v, s, _e in find_percentages(text) if v >= MIN_AVAILABILITY]
        if not levels or not is_cell_row(text):
            continue
        header = _header_above(structure, texts, index)
        for value, start in levels if header else ():
            column = cell_index(text, start)
            label = header[column] if 0 <= column < len(header) else ""
            if AVAILABILITY_LABEL.search(label) and not MEASURED.search(label):
                return PlanValue(value, index, start)
    return None


def _header_above(structure: Structure, texts: list[str], index: int) -> list[str] | None:
    """The cells (aligned with row `index`) of the nearest row above without a percentage:
    the header of its table."""
    for _position, text in rows_above(structure, texts, index):
        if not find_percentages(text):
            return aligned_header(text, texts[index])
    return None


def is_plan_row(text: str) -> bool:
    """A row that states a different availability per plan ("| Beschikbaarheid | 99,0 % |
    99,5 % | 99,9 % |"): no single value of it is committed unless the plan is named."""
    if not is_cell_row(text):
        return False
    row_cells = cells(text)
    if not row_cells or re.search(r"\d", row_cells[0]):
        return False
    by_cell = {
        cell_index(text, start): value
        for value, start, _end in find_percentages(text)
        if value >= MIN_AVAILABILITY
    }
    return len(by_cell) >= 2 and len(set(by_cell.values())) >= 2


def times_by_plan(structure: Structure, texts: list[str]) -> tuple[list, list]:
    """(response entries, resolution entries) of the named plan from rows such as
    "| Reactietijd P1 | 8 uur | 4 uur | 1 uur |": [(priority, duration, sentence index)]."""
    responses: list = []
    resolutions: list = []
    values = None
    for index in row_indices(structure):
        text = texts[index]
        label = _time_row_label(text)
        if label is None:
            continue
        values = _plan_values_once(structure, texts) if values is None else values
        if not values:
            break
        kind, priority = label
        header = _plan_header_above(structure, texts, index, values)
        if header is None:
            continue
        columns, name = header
        for duration in service_durations(text):
            column = cell_index(text, duration.start)
            if 0 < column < len(columns) and columns[column] == name:
                target = responses if kind == "response" else resolutions
                target.append((priority, duration, index))
                break
    return responses, resolutions


def _time_row_label(text: str) -> tuple[str, str | None] | None:
    """("response" or "resolution", priority) for a row labelled with a kind of time."""
    if not is_cell_row(text):
        return None
    label = cells(text)[0]
    response, resolution = RESPONSE_COLUMN.search(label), RESOLUTION_COLUMN.search(label)
    if bool(response) == bool(resolution):
        return None
    return ("response" if response else "resolution"), label_priority(label)


def is_plan_time_row(text: str) -> bool:
    """A row that states a different time per plan: no single one of them is committed
    unless the plan is named."""
    if _time_row_label(text) is None:
        return False
    by_cell = {cell_index(text, d.start): d.hours for d in service_durations(text)}
    by_cell.pop(0, None)
    return len(by_cell) >= 2 and len(set(by_cell.values())) >= 2
