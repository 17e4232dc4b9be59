"""SLA tables laid out with runs of spaces instead of cell separators, as plain text and many
PDF text layers give them:

    Priorité                                        Prise en charge       Rétablissement
    Bloquante (portail ou commandes indisponibles)  1 heure               4 heures

Collapsing the spaces would glue the rows into one sentence and lose which time stands in
which column, so such a table is rewritten as rows of cells ("Bloquante (...) | 1 heure |
4 heures") before the lines are joined; a line that only goes on with the text of a cell above
("               picking mogelijk") is put back into that cell. Only a table whose header
names a priority column and a time column is rewritten.
"""

from __future__ import annotations

import re

GAP = re.compile(r"\S+(?: \S+)*")  # a cell: words separated by single spaces
PRIORITY_HEADER = re.compile(
    r"priorit|\bprio\b|severity|sévérité|\bernst|niveau|level|urgen|impact|catégor|categor",
    re.IGNORECASE,
)
TIME_HEADER = re.compile(
    r"respon|reacti|réaction|prise en charge|intervention|resol|résolution|rétabl|herstel|"
    r"oplos|restor|workaround|contournement|correction",
    re.IGNORECASE,
)
SLACK = 2  # a cell may start this many characters left of its header's column


def _cells(line: str) -> list[tuple[int, str]]:
    """(start column, text) of each cell: text separated by two or more spaces."""
    return [(m.start(), m.group(0)) for m in GAP.finditer(line.replace("\t", "    "))]


def _may_be_header(line: str) -> bool:
    """A cheap test first: a header has cells apart (two spaces or a tab) and names a priority."""
    return ("  " in line or "\t" in line) and PRIORITY_HEADER.search(line) is not None


def _is_header(cells: list[tuple[int, str]]) -> bool:
    texts = [text for _start, text in cells]
    return (
        len(cells) >= 3
        and bool(PRIORITY_HEADER.search(texts[0]))
        and sum(bool(TIME_HEADER.search(text)) for text in texts[1:]) >= 1
    )


def _column(starts: list[int], start: int) -> int:
    return max((j for j, column in enumerate(starts) if column <= start + SLACK), default=0)


def _place(starts: list[int], cells: list[tuple[int, str]], row: list[str]) -> None:
    for start, text in cells:
        j = _column(starts, start)
        row[j] = f"{row[j]} {text}".strip()


def aligned_rows(lines: list[str]) -> list[str]:
    """The raw lines of a page with each space-aligned SLA table rewritten as rows of cells."""
    out: list[str] = []
    position = 0
    while position < len(lines):
        line = lines[position]
        cells = _cells(line) if _may_be_header(line) else []
        if not _is_header(cells):
            out.append(lines[position])
            position += 1
            continue
        position = _table(lines, position, cells, out)
    return out


def _table(lines: list[str], position: int, header: list[tuple[int, str]], out: list[str]) -> int:
    """Rewrites the table whose header is at `position`; returns the line after it."""
    first = position
    starts = [start for start, _text in header]
    rows: list[list[str]] = [[text for _start, text in header]]
    position += 1
    while position < len(lines):
        cells = _cells(lines[position])
        if not cells:
            break
        goes_on = cells[0][0] > starts[0] + SLACK
        if goes_on and len(rows) > 1:
            _place(starts, cells, rows[-1])  # the rest of a cell of the row above
        elif not goes_on and len(cells) >= 2:
            row = [""] * len(starts)
            _place(starts, cells, row)
            rows.append(row)
        else:
            break
        position += 1
    if len(rows) < 2:
        out.append(lines[first])  # a header without rows: left as it is
        return first + 1
    out.extend(" | ".join(row) for row in rows)
    return position
