"""Split page texts into sentences that know their page, clause number and section heading."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from vendorpact.core.contracts.aligned_tables import aligned_rows
from vendorpact.core.contracts.anchors import Vocabulary
from vendorpact.core.contracts.lines import (
    ABBREVIATIONS,
    ends_sentence,
    goes_on,
    is_running,
    join_lines,
    reads_as_sentence,
    running_lines,
    starts_lowercase,
    stops_mid_phrase,
)
from vendorpact.core.contracts.numbers import WRITTEN_NUMBERS, find_money
from vendorpact.core.contracts.priorities import LABEL_WORDS

MAX_SENTENCE_CHARS = 700

_KEYWORD_HEADING = re.compile(
    r"^(?:#+\s*)?(?:\*\*)?(artikel|article|art\.|section|sectie|clause|clausule|bijlage|annex|"
    r"annexe|appendix|schedule|exhibit|addendum|chapitre|hoofdstuk|titel|titre|part|deel)\s+"
    r"(\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,6}|[A-Z])(?:er|e)?\b\.?\s*(?:[-–—:.)]\s*)?(.{0,150})$",
    re.IGNORECASE,
)
_NUMBERED_LINE = re.compile(r"^(?:#+\s*)?(?:\*\*)?(\d{1,3}(?:\.\d{1,3}){0,3})(?:\.|\))?\s+(\S.*)$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.+)$")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"'(«“‘]?[A-Z0-9ÀÂÉÈÊÎÔÛÇ])")
# titles before a name ("Contactpersoon: dhr. Wim De Backer") and others a sentence part may
# end with; a single letter is an initial
_MORE_ABBREVIATIONS = (
    "artt", "nos", "mw", "mlle", "drs", "ir", "etc", "fig", "lid", "ed", "approx",
)  # fmt: skip
_ABBREVIATION_END = re.compile(
    rf"(?:\b(?:{'|'.join((*ABBREVIATIONS, *_MORE_ABBREVIATIONS))})|\b[A-Z])\.$",
    re.IGNORECASE,
)  # searched in the last characters of a part only
_CLAUSE_NUMBER = re.compile(r"\(?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[a-z])[.)]")  # "1." "2.3." "b)"
_DIGITS_IN_BRACKETS = re.compile(r"^\((\d{1,3})\)\s")
_BULLET = re.compile(r"^(?:[-•*–▪◦]|\(?[a-z0-9ivx]{1,4}\)|[a-z]\.)\s")
# A table row that starts with a priority label ("P1 – kritiek", "| Severity 2 |", "Priorité 3"):
# each row is a sentence of its own so that its times stay with its priority.
TABLE_ROW = re.compile(
    r"^\|?\s*(?:p[1-5]\b|(?:prio(?:riteit|rity|rité)?|severity|sévérité|sev|niveau|level|"
    r"category|categorie|catégorie|impact)\s*[1-5]\b|(?:" + LABEL_WORDS + r")\s*(?:\||[-–]\s|\d))",
    re.IGNORECASE,
)
# A row of a table with one column per priority: "Reactietijd | 1 uur | 4 uur | 1 werkdag".
TIME_ROW = re.compile(
    r"^\|?\s*(?:reactietijd|responstijd|hersteltijd|oplostijd|oplossingstijd|"
    r"response time|resolution time|restoration time|resolution target|time to respond|"
    r"time to resolve|délai d'intervention|délai de (?:rétablissement|résolution|correction)|"
    r"temps de (?:réponse|rétablissement|résolution))s?\b(?=\s*(?:\||:|\d|[a-z]+ \d))",
    re.IGNORECASE,
)
# The label of a signature block: "Voor de Klant", "For and on behalf of the Supplier", "Pour
# la Société", "For the Consultancy", "Signed for Roosters Cloud BV", "Voor akkoord".
PARTY_LABEL = (
    r"(?:(?:voor|namens|pour|for(?: and on behalf of)?|on behalf of|signed for)\s+"
    r"(?:de |het |le |la |l'|the )?(?:klant|opdrachtgever|afnemer|leverancier|opdrachtnemer|"
    r"dienstverlener|vennootschap|client|prestataire|fournisseur|société|customer|provider|"
    r"supplier|vendor|licensor|licensee|contractor|consultancy|consultant|agency|reseller|"
    r"integrator|company)\b|signed for\b|voor akkoord|bon pour accord|pour accord)"
)
SIGNATURE_LABEL = re.compile(r"^\|?\s*" + PARTY_LABEL, re.IGNORECASE)


@dataclass
class Sentence:
    text: str
    page: int
    clause: str
    heading: str
    is_heading: bool = False


@dataclass
class Structure:
    sentences: list[Sentence]
    blob: str  # lowercased sentences joined by "\n", for fast pattern search
    starts: list[int] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    cache: dict = field(default_factory=dict)  # per-document results shared by detectors
    # set before the first search: cue words are also looked up at the end of compounds
    dutch_compounds: bool = False

    def sentence_at(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    @cached_property
    def vocabulary(self) -> Vocabulary:
        return Vocabulary(self.blob, dutch_compounds=self.dutch_compounds)

    def lowered(self, index: int) -> str:
        """The lowercased text of sentence `index` as it appears in the blob."""
        end = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(self.blob)
        return self.blob[self.starts[index] : end]


_ANNEX_WORDS = {
    "bijlage", "annex", "annexe", "appendix", "schedule", "exhibit", "addendum",
}  # fmt: skip


def _heading_of(line: str) -> tuple[str, str, str | None] | None:
    """(clause number, heading text, annex name or None) when the line opens a clause."""
    match = _KEYWORD_HEADING.match(line)
    if match:
        word, number, rest = match.groups()
        rest = rest.strip(" *#")
        annex = f"{word.capitalize()} {number}" if word.lower() in _ANNEX_WORDS else None
        return (annex or number), f"{word} {number} {rest}".strip(), annex
    match = _NUMBERED_LINE.match(line)
    if match:
        number, rest = match.groups()
        if "." not in number and len(number) > 2:
            return None  # an amount or year, not a clause number
        if "." not in number and not rest[0].isupper() and line[len(number)] not in ".)":
            return None  # "1 200,00 €" or "33 44": the rest of a number, not a clause
        return number, rest.strip(" *#"), None
    return None


def _looks_like_title(line: str) -> bool:
    if len(line) > 90 or line.endswith((".", ",", ";")) or not line.isupper():
        return False  # isupper(): a cased letter and none in lower case, as a title needs
    letters = [c for c in line if c.isalpha()]
    # "TOTAL HTVA   10.990,00 EUR": a price line in capitals, not a title
    return len(letters) >= 4 and all(c.isupper() for c in letters) and not find_money(line)


# A line that is only a page number: "3", "- 3 -", "Page 3 of 12", "Pagina 3 van 12", "p. 3/12".
_PAGE_NUMBER = re.compile(
    r"^[-–—\[(]?\s*(?:(?:page|pagina|pag\.?|p\.|blz\.?|bladzijde|folio)\s*)?\d{1,4}"
    r"(?:\s*(?:/|of|van|sur|de|op)\s*\d{1,4})?\s*[-–—\])]?$",
    re.IGNORECASE,
)


def _kept_lines(lines: list[str], running: set[str]) -> list[str]:
    """The page's lines without running headers and footers, and without the blank lines and
    bare page numbers at the top and the bottom of the page."""
    if running:
        lines = [line for line in lines if not is_running(line, running)]
    start, end = 0, len(lines)
    while start < end and (not lines[start] or _PAGE_NUMBER.match(lines[start])):
        start += 1
    while end > start and (not lines[end - 1] or _PAGE_NUMBER.match(lines[end - 1])):
        end -= 1
    return lines[start:end]


def _opens_block(line: str) -> bool:
    """Whether the line starts something of its own: a clause, heading, list item or row."""
    if _heading_of(line) and not starts_lowercase(line):
        return True
    return bool(
        _MARKDOWN_HEADING.match(line)
        or _looks_like_title(line)
        or _BULLET.match(line)
        or TABLE_ROW.match(line)
        or TIME_ROW.match(line)
        or SIGNATURE_LABEL.match(line)
        or is_cell_row(line)
    )


def _continues(line: str) -> bool:
    """Whether the first line of a page reads as the rest of a phrase: "will coordinate …",
    "30 days after …", "«the Services» …"."""
    if starts_lowercase(line) or line[0].isdigit():
        return True
    return line[0] in "\"'«“‘" and len(line) > 1 and (line[1].islower() or line[1].isdigit())


def build_structure(pages: list[str]) -> Structure:
    builder = _Builder()
    page_lines = [
        [" ".join(raw.split()) for raw in aligned_rows(text.split("\n"))] for text in pages
    ]
    running = running_lines(page_lines)
    kept_pages = [_kept_lines(lines, running) for lines in page_lines]
    for page_number, lines in enumerate(kept_pages, start=1):
        builder.page = page_number
        longest = max(map(len, lines), default=0)
        builder.wide = max(40, int(0.75 * longest))
        for position, line in enumerate(lines):
            following = lines[position + 1] if position + 1 < len(lines) else ""
            builder.add_line(line, following)
        next_page = kept_pages[page_number] if page_number < len(kept_pages) else []
        if next_page and builder.runs_on(next_page[0]):
            builder.carry_over()
        else:
            builder.flush()
    return _index(builder.sentences)


class _Builder:
    """Collects lines into paragraphs and sentences, tracking the current clause and heading."""

    def __init__(self) -> None:
        self.sentences: list[Sentence] = []
        self.paragraph: list[str] = []
        self.page = 1
        self.clause = ""
        self.heading = ""
        self.annex: str | None = None
        self.wide = 10**6  # a line this long was probably wrapped by the page layout
        self.carried_page: int | None = None  # where a sentence carried over a page starts
        # the lines since the last blank line: how many, and the length of the longest
        self.block_lines = 0
        self.block_width = 0

    def flush(self) -> None:
        if self.paragraph:
            text = join_lines(self.paragraph)
            if self.carried_page is not None:
                first, *rest = _split_sentences(text)
                _add_paragraph(first, self.carried_page, self.clause, self.heading, self.sentences)
                text = " ".join(rest)
            _add_paragraph(text, self.page, self.clause, self.heading, self.sentences)
            self.paragraph = []
        self.carried_page = None

    def runs_on(self, next_line: str) -> bool:
        """Whether the paragraph left open at the end of a page goes on at the top of the next
        page: its last line does not end a sentence and is no table row, and the next page
        starts with the rest of the phrase (lowercase, a number, or after a line cut off on a
        word such as "the" or a comma), not with a clause, heading, list item or row."""
        if not self.paragraph or self.carried_page is not None:
            return False
        last = self.paragraph[-1]
        if ends_sentence(last, "") or last.endswith(("!", "?", ":", ";")):
            return False
        if any(_opens_row(line) or SIGNATURE_LABEL.match(line) for line in self.paragraph):
            return False
        if _opens_block(next_line):
            return False
        # not the width test of _cut_off: a page's last line is often its longest one
        return _continues(next_line) or goes_on(last, next_line)

    def carry_over(self) -> None:
        """Keep the page's unfinished sentence open for the next page; the sentences finished
        before it keep this page."""
        *finished, unfinished = _split_sentences(join_lines(self.paragraph))
        if finished:
            self.paragraph = [" ".join(finished)]
            self.flush()
        self.paragraph = [unfinished.strip()]
        self.carried_page = self.page

    def add_heading(self, line: str, heading: str) -> None:
        self.heading = heading
        self.sentences.append(Sentence(line[:300], self.page, self.clause, heading, True))

    def _cut_off(self, line: str) -> bool:
        """Whether the paragraph's last line was cut off by the page width or mid-phrase."""
        previous = self.paragraph[-1]
        if goes_on(previous, line):
            return True
        if previous.endswith((".", ":", ";", "!", "?")):
            return False
        return len(previous) >= self.wide or self._soft_wrapped(previous, line)

    def _soft_wrapped(self, previous: str, line: str) -> bool:
        """Whether the previous line was wrapped at the width of its text block, as plain-text
        e-mails wrap at 60-80 characters ("... We installeren" / "2 Microsoft 365-licenties
        ..."): it is as long as the block's longest line, and this line reads as the rest of a
        sentence (it ends one or is as long itself), not as a short heading ("2 Prijs")."""
        width = self.block_width
        if self.block_lines < 2 or len(previous) < max(40, 0.8 * width):
            return False
        return line.endswith((".", "!", "?", ";")) or len(line) >= 0.75 * width

    def _wrapped_into(self, line: str) -> bool:
        """Whether a line that reads as a row or a signature label ("prioriteit 1 ...", "voor
        de Klant ...") is the rest of a sentence wrapped on a word it cannot end on ("... voor
        storingen van"), not a row of its own: the paragraph holds no row itself. A label
        written in lowercase after a line that ends no sentence goes on too ("en zorgt zonder
        kosten" / "voor de Klant voor een volledige overdracht")."""
        if not self.paragraph:
            return False
        last = self.paragraph[-1]
        lowercase_label = starts_lowercase(line) and bool(SIGNATURE_LABEL.match(line))
        if not stops_mid_phrase(last) and not (lowercase_label and not ends_sentence(last, "")):
            return False
        return not any(_opens_row(row) or SIGNATURE_LABEL.match(row) for row in self.paragraph)

    def _digits_of_number_word(self, line: str) -> bool:
        """Whether the line starts with the digits of the number word the paragraph's last
        line ends with ("... au cours des douze" / "(12) derniers mois"): the rest of the
        phrase, not a list item "(12)"."""
        digits = _DIGITS_IN_BRACKETS.match(line)
        if not self.paragraph or digits is None:
            return False
        words = self.paragraph[-1].lower().split()
        return any(
            WRITTEN_NUMBERS.get(" ".join(words[-count:])) == int(digits.group(1))
            for count in (1, 2, 3)
        )

    def add_line(self, line: str, following: str = "") -> None:
        if not line:
            self.flush()
            self.block_lines = self.block_width = 0
            return
        self._add_text_line(line, following)
        self.block_lines += 1
        self.block_width = max(self.block_width, len(line))

    def _add_text_line(self, line: str, following: str) -> None:
        if (
            is_priced_row(line)
            or is_cell_row(line)
            or (is_priced_line(line) and not goes_on(line, following))
        ):
            # a table row is a sentence of its own: its cells stay with their columns and an
            # amount's evidence is its row
            self.flush()
            self.paragraph.append(line)
            self.flush()
            return
        opened = _heading_of(line) if line[0].isalnum() or line[0] in "#*" else None
        if opened and self.paragraph and self._cut_off(line):
            opened = None  # the previous line is cut off: this one goes on with it
        if opened:
            self.flush()
            clause, text, annex = opened
            if annex is not None and not self.sentences:
                annex = None  # "EXHIBIT 10.27" as the document's title, not an annex
                clause = ""
            if annex is not None or _KEYWORD_HEADING.match(line):
                self.annex = annex  # a new annex, or an article after the annexes
            elif self.annex:
                clause = f"{self.annex}, {clause}"  # "Bijlage 2, 3": clause 3 of annex 2
            self.clause = clause
            wrapped = len(line) >= self.wide and len(line.split()) > 6
            if not _KEYWORD_HEADING.match(line) and reads_as_sentence(text):
                wrapped = True  # "3.2 The account manager is Priya Nair" opens a clause
            if (
                len(text) <= 100
                and not text.endswith((".", ";", ","))
                and not goes_on(line, following)
                and not wrapped
            ):
                self.add_heading(line, text)
            else:
                self.paragraph.append(line)
                if ends_sentence(line, following):
                    self.flush()
            return
        markdown = _MARKDOWN_HEADING.match(line)
        if markdown or _looks_like_title(line):
            self.flush()
            self.add_heading(line, (markdown.group(1) if markdown else line).strip(" *#"))
            return
        if (_BULLET.match(line) and not self._digits_of_number_word(line)) or (
            (TABLE_ROW.match(line) or TIME_ROW.match(line) or SIGNATURE_LABEL.match(line))
            and not self._wrapped_into(line)
        ):
            self.flush()
        self.paragraph.append(line)
        if ends_sentence(line, following) and not _value_on_next_line(line, following):
            self.flush()


def _value_on_next_line(line: str, following: str) -> bool:
    """A list item whose value wraps onto the next line: "- anomalie bloquante (logiciel
    inaccessible) :" / "2 heures ;" is one item, not a lead-in and a row."""
    return bool(
        _BULLET.match(line)
        and line.endswith(":")
        and following[:1].isdigit()
        and not _opens_block(following)
    )


def _opens_row(line: str) -> bool:
    return bool(TABLE_ROW.match(line) or TIME_ROW.match(line) or is_cell_row(line))


def is_priced_row(line: str) -> bool:
    """A table row ("Set-up | € 4.800 | eenmalig") that names an amount."""
    return " | " in line and bool(find_money(line))


# what may follow the amount of a price line: "excl.", "(excl. btw)", "HTVA", "incl. VAT"
_AFTER_PRICE = re.compile(
    r"\s*(?:\(?(?:excl|incl|exclusief|inclusief|excluding|including)\.?(?: (?:btw|vat|tva))?\)?|"
    r"htva|hors tva|tvac|ttc|ht)?\s*",
    re.IGNORECASE,
)


def is_priced_line(line: str) -> bool:
    """A key-value price line ("Analyse en ontwerp: 650 EUR", "Total: EUR 3,000 excl. VAT") that
    ends with its amount: a sentence of its own, like a priced table row, not glued to the next
    line of a price list."""
    if ": " not in line or len(line) > 160 or starts_lowercase(line):
        return False
    money = find_money(line)
    if not money:
        return False
    last = money[-1]
    return ": " in line[: last.start] and bool(_AFTER_PRICE.fullmatch(line[last.end :]))


def is_cell_row(line: str) -> bool:
    """A row of a table written with cell separators ("| Prioriteit | Reactietijd |", as
    DOCX and HTML tables are extracted): a sentence of its own, never glued to the next row."""
    return " | " in line or (line.startswith("|") and line.count("|") >= 3)


def _split_sentences(text: str) -> list[str]:
    """Split at sentence ends, but not after abbreviations such as "nr.", "art." or "e.g."."""
    parts: list[str] = []
    for part in _SENTENCE_END.split(text):
        if parts and _CLAUSE_NUMBER.fullmatch(parts[-1]):
            parts[-1] = part  # "1. De servicedesk …": the number is the sentence's clause
        elif parts and _ABBREVIATION_END.search(parts[-1][-9:]):
            parts[-1] = f"{parts[-1]} {part}"
        else:
            parts.append(part)
    return parts


def _add_paragraph(text: str, page: int, clause: str, heading: str, out: list[Sentence]) -> None:
    for part in _split_sentences(text):
        part = part.strip()
        while len(part) > MAX_SENTENCE_CHARS:
            cut = part.rfind(" ", MAX_SENTENCE_CHARS // 2, MAX_SENTENCE_CHARS)
            cut = cut if cut > 0 else MAX_SENTENCE_CHARS
            out.append(Sentence(part[:cut], page, clause, heading))
            part = part[cut:].strip()
        if part:
            out.append(Sentence(part, page, clause, heading))


def _index(sentences: list[Sentence]) -> Structure:
    starts: list[int] = []
    offset = 0
    texts: list[str] = []
    for sentence in sentences:
        lowered = sentence.text.lower().replace("\n", " ")
        starts.append(offset)
        texts.append(lowered)
        offset += len(lowered) + 1
    blob = "\n".join(texts)
    headings = [s.heading.lower() for s in sentences]
    return Structure(sentences=sentences, blob=blob, starts=starts, headings=headings)


def quote(sentence: Sentence, limit: int = 300, around: int | None = None) -> str:
    """The sentence, shortened to `limit` characters; with `around` (a position in the
    sentence, such as where a figure stands) the part of the sentence that holds it."""
    text = " ".join(sentence.text.split())
    if len(text) <= limit:
        return text
    start = 0
    if around is not None and around > limit - 60:
        start = min(around - limit // 2, len(text) - limit + 2)
        start = text.find(" ", start) + 1 or start
    end = start + limit - (3 if start else 1)
    if end >= len(text):
        return "…" + text[start:]
    cut = text.rfind(" ", start, end)
    body = text[start : cut if cut > start else end]
    return ("…" if start else "") + body + "…"
