"""SLA figures that come in tables or grids: response and resolution times per priority from a
table with a priority column, and service credit steps ("5% below 99.5%", "en dessous de 99 % :
10 %") with their cap."""

from __future__ import annotations

import re

from vendorpact.core.contracts.anchors import AnchoredPattern
from vendorpact.core.contracts.numbers import find_durations, find_money, find_percentages
from vendorpact.core.contracts.structure import TABLE_ROW, TIME_ROW, Structure, quote


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
    r"priorit|severity|sévérité|ernst|niveau|level|catégor|categor|impact|urgen|classe|klasse"
)
RESPONSE_COLUMN = re.compile(
    r"respon|reacti|réaction|réponse|intervention|prise en charge|acknowledg|first contact"
)
RESOLUTION_COLUMN = re.compile(
    r"resol|résolution|restor|rétabl|herstel|oplos|fix|workaround|contournement|correction|"
    r"remise en service|repair|réparation"
)
MAX_HEADER_CHARS = 200
MAX_ROWS = 12
ROW_LABEL = re.compile(
    r"^\|?\s*(?:p\s*([1-5])\b|(?:prio\w*|severity|sévérité|sev|niveau|level|categor\w*|"
    r"catégorie|impact)\s*([1-5])\b|(critical|kritiek|urgent|high|hoog|medium|normaal|normal|"
    r"low|laag|bloquant|majeur|mineur|major|minor))",
    re.IGNORECASE,
)
WORD_RANK = {
    "critical": 1, "kritiek": 1, "urgent": 1, "bloquant": 1, "high": 2, "hoog": 2,
    "major": 2, "majeur": 2, "medium": 3, "normaal": 3, "normal": 3, "low": 4, "laag": 4,
    "minor": 4, "mineur": 4,
}  # fmt: skip


def table_columns(header: str) -> list[str]:
    """The time columns of a table header in order ("response", "resolution"), or [] when
    the sentence is not the header of a table of service times per priority."""
    if len(header) > MAX_HEADER_CHARS or not PRIORITY_COLUMN.search(header):
        return []
    if find_durations(header):
        return []
    columns = []
    for kind, pattern in (("response", RESPONSE_COLUMN), ("resolution", RESOLUTION_COLUMN)):
        match = pattern.search(header)
        if match:
            columns.append((match.start(), kind))
    return [kind for _, kind in sorted(columns)]


def row_priority(text: str) -> tuple[str, int] | None:
    """("P2", end of the label) for a table row that starts with a priority label."""
    match = ROW_LABEL.match(text)
    if not match:
        return None
    number = match.group(1) or match.group(2)
    rank = int(number) if number else WORD_RANK[match.group(3).lower()]
    return f"P{rank}", match.end()


HEADER_LABEL = re.compile(
    r"(?:\bp\s*([1-5])\b|\b(?:prio\w*|severity|sévérité|sev|niveau|level|categor\w*|"
    r"catégorie|impact)\s*([1-5])\b|\b(critical|kritiek|urgent|high|hoog|medium|normaal|normal|"
    r"low|laag|bloquant|majeur|mineur|major|minor)\b)"
)


def header_priorities(header: str) -> list[str]:
    """["P1", "P2", "P3"] for the header of a table with one column per priority."""
    if len(header) > MAX_HEADER_CHARS or find_durations(header):
        return []
    found = []
    for match in HEADER_LABEL.finditer(header):
        number = match.group(1) or match.group(2)
        found.append(f"P{int(number) if number else WORD_RANK[match.group(3)]}")
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
        label_end = TIME_ROW.match(texts[index]).end()
        is_resolution = RESOLUTION_COLUMN.search(texts[index][:label_end])
        target = resolutions if is_resolution else responses
        durations = [d for d in find_durations(texts[index][label_end:]) if d.hours <= 24 * 60]
        for priority, duration in zip(header_priorities(header), durations, strict=False):
            target.append((priority, duration, index))
        used.add(index)
    return responses, resolutions, used


def table_times(structure: Structure, texts: list[str]) -> tuple[list, list, set[int]]:
    """(response entries, resolution entries, sentence indices used) from every table of
    service times per priority: [(priority, duration, sentence index)]."""
    responses: list = []
    resolutions: list = []
    used: set[int] = set()
    sentences = structure.sentences
    for index in range(1, len(texts)):
        if index in used or not TABLE_ROW.match(sentences[index].text):
            continue
        columns = table_columns(texts[index - 1])
        if not columns:
            continue
        row = index
        while row < len(texts) and row - index < MAX_ROWS:
            label = row_priority(texts[row])
            if label is None:
                break
            priority, label_end = label
            durations = [d for d in find_durations(texts[row][label_end:]) if d.hours <= 24 * 60]
            for column, duration in zip(columns, durations, strict=False):
                target = responses if column == "response" else resolutions
                target.append((priority, duration, row))
            used.add(row)
            row += 1
    return responses, resolutions, used


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
        percents = [v for v, _, _ in find_percentages(text) if v < 90]
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


def _credit_grid(found: list[dict], structure: Structure, index: int) -> bool:
    """Credit steps and cap from the sentence, or from the table right after it (a header
    such as "Monthly availability | Service credit" followed by its rows)."""
    texts = [structure.lowered(index)]
    if index + 1 < len(structure.sentences) and not structure.sentences[index + 1].is_heading:
        texts.append(structure.lowered(index + 1))
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
    return True


def _add_credit(found: list[dict], entry: dict) -> None:
    key = (entry["kind"], entry["percent"], entry["amount"], entry.get("below_percent"))
    for known in found:
        if (known["kind"], known["percent"], known["amount"], known.get("below_percent")) == key:
            return
    if entry["kind"] == "cap" and any(c["kind"] == "cap" for c in found):
        return
    if len(found) < MAX_CREDITS:
        found.append(entry)
