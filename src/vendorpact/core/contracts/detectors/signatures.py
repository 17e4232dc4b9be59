"""Signatures: does the document show that both parties signed it (agreement.signed_both)?

The signature area is made of the blocks under a party label ("Voor de Klant", "For the
Supplier:", "Pour le Prestataire", "Voor akkoord") and of signature lines ("By: ____",
"Handtekening: ........"). In that area:

- a signature shown is "/s/ Name", "signed electronically by Name" or "Getekend te Gent op
  12/03/2027 door Name"; a signature line filled with a typed name ("By: Hilde Goossens")
  belongs to the area even without a party label above it ("ACCEPTED AND AGREED:");
- a signatory is a person named in a block ("Naam: Lotte Verhaegen", "Marie Lemaire,
  gérante"), not a company or a role. A typed name counts even next to an empty line: in a
  scanned, signed copy the handwriting (signature, often the date) is not in the text;
- a blank is a line to sign on ("____", ".....", "-----"), a field with nothing after it
  ("Handtekening:", "Name: Title:"), a placeholder ("(signature)", "{customer_name}"), or
  labels with only "Lu et approuvé" / "voor akkoord" under them.

Two signatures or signatories settle the item (covered): one per party as a rule, counted
without matching them to the labels, since a block is often labelled with a company name only
and columns run together in extracted text. Otherwise blanks, or one signatory only, leave it
partial (not signed by both: the checklist's "blank to fill in"), even
under a signing statement such as "IN WITNESS WHEREOF" or "Opgemaakt te Gent in tweevoud".
Without a signature area the rule's own finding stands (a signing statement alone is
covered). An e-mail acceptance has no signature area: the rule leaves it missing and risks.py
raises risk.unsigned (the checklist: "a quote accepted by e-mail").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vendorpact.core.contracts.detectors.common import CALENDAR_DATE
from vendorpact.core.contracts.detectors.engine import Finding
from vendorpact.core.contracts.detectors.thresholds import SETTLED_SCORE
from vendorpact.core.contracts.structure import (
    PARTY_LABEL,
    SIGNATURE_LABEL,
    Structure,
    is_cell_row,
    quote,
)

LABEL = re.compile(PARTY_LABEL, re.IGNORECASE)
# Words of a signature block that say what to fill in, not who signed.
FIELD_WORDS = (
    r"name|naam|nom|by|date|datum|title|titre|functie|fonction|qualité|signature|"
    r"handtekening|signé|signed|its|place|plaats|lieu"
)
FIELD = r"(?:" + FIELD_WORDS + r")"
# A person's name: two or more capitalised words ("Lotte Verhaegen", "Patrick C. Barry",
# "M. Julien Renard", "JOHN J. LOFQUIST", "Jan van den Broeck"), not a label or a field.
_WORD = r"[A-ZÀ-Ý](?:[a-zà-ÿ'’-]+|[A-ZÀ-Ý'’-]+|\.)"
_NAME_WORD = r"(?!(?i:(?:voor|for|pour|namens|on behalf|print|" + FIELD_WORDS + r")\b))" + _WORD
PERSON = (
    _NAME_WORD + r"(?:\s+(?:van der |van den |van |de |du |le |la |d')?" + _NAME_WORD + r")+"
)  # fmt: skip
PERSON_RE = re.compile(PERSON)
# Not a person: a company ("Acme Holding NV", "THE DEERSKIN COMPANIES, INC.") or a role
# ("Managing Director", "Directeur Général").
LEGAL_FORM = re.compile(
    r"\b(?:nv|bv|bvba|srl|sprl|sa|scrl|cv|commv|vzw|asbl|inc|ltd|llc|llp|plc|corp|"
    r"corporation|company|companies|gmbh|ag|limited|group|groep|groupe|holding)\b\.?",
    re.IGNORECASE,
)
ROLE = re.compile(
    r"\b(?:director|directeur|directrice|officer|president|manager|bestuurder|zaakvoerder|"
    r"gérante?|administrat\w*|partner|head|secretary|chief|général|vice|founder|owner|"
    r"eigenaar|ceo|cfo|cto|coo)\b",
    re.IGNORECASE,
)
# A field's value that is no signer: "Title: Managing Director", "Functie: zaakvoerder".
ROLE_FIELD = re.compile(
    r"\b(?:title|titre|functie|fonction|qualité|its)\s*:\s*[^:\n]{0,40}?(?=\s\w+\s*:|$)",
    re.IGNORECASE,
)
# A signature shown: "/s/", an electronic signature, "getekend te … op … door Name", and the
# editor's mark of a signature in a transcribed signed copy: "[signature]", "[getekend]",
# "(signé)", "(signed)" (a caption in round brackets, "(signature)", "(naam en handtekening)",
# is a field to fill in: BLANK).
EDITOR_MARK = re.compile(
    r"\[(?:signature|signed|signé|getekend|handtekening)\]|\((?:signed|signé|getekend)\)",
    re.IGNORECASE,
)
SIGNED_MARK = re.compile(
    r"/s/(?:\s*" + PERSON + r")?"
    r"|(?i:(?:electronically|digitally) signed by|signed (?:electronically|digitally) by"
    r"|(?:elektronisch|digitaal|met itsme) (?:ondertekend|getekend) door"
    r"|signé (?:électroniquement|numériquement|via itsme) par)\s*:?\s*" + PERSON
)
# "Getekend te Gent op 12/03/2027 door Jan Peeters en An Claes": each name is a signature.
SIGNED_BY = re.compile(
    r"(?i:\b(?:getekend|ondertekend|signed|signé)\s+(?:te|à|at|in)\s+[^\n]{1,60}?"
    r"\b(?:door|par|by))\s+(?=" + PERSON + r")"
)
DATE = re.compile(CALENDAR_DATE + r"|\b\d{4}[-.]\d{2}[-.]\d{2}\b")
# A line to sign on, a field left empty or a placeholder.
BLANK = re.compile(
    r"_{3,}|\.{5,}|…{2,}|(?<![-|])-{3,}(?![-|])|\{[a-z_]+\}"
    r"|\((?:[^)]{0,40}\b)?(?:signature|handtekening|naam|name|nom|date|datum|cachet|stempel|"
    r"stamp|paraaf)\b[^)]{0,60}\)"
    r"|\[(?:signature|handtekening|naam|name|nom)[^\]]{0,30}\]"
    r"|\b" + FIELD + r"\s*:\s*(?=$|" + FIELD + r"\b\s*:)"
    r"|\b" + FIELD + r"\s*\|\s*\|",  # an empty table cell: "Signature |  |"
    re.IGNORECASE,
)
# A line to sign on found outside a labelled block: "By: ______", "Handtekening: .......".
SIGNATURE_LINE = re.compile(
    r"\b(?:by|signature|signed|handtekening|signé|getekend)\s*:?\s*(?:_{3,}|-{3,}|\.{5,}|…{2,})"
    r"|\b(?:signature|handtekening|signé)\s*\|"  # a table row "Signature | … |"
)  # on lowercased text

# Words that, with the labels and fields, leave nothing to show who signed.
PENDING = re.compile(
    r"lu et approuvé|gelezen en goedgekeurd|read and approved|voor akkoord|bon pour accord|"
    r"pour accord|de klant|the customer|le client|la cliente?|du client|van de klant|"
    r"\b" + FIELD + r"\b|[\W\d_]+",
    re.IGNORECASE,
)
# A filled signature line: "By: Hilde Goossens" (a typed or conformed signature), "By Name" at
# the start of a line or after a column gap; not "Prepared by: …".
# Document-control fields name authors, not signatories: "Prepared By: …", "Approved By: …".
_NOT_AFTER = "".join(
    f"(?<!{word} )"
    for word in ("Prepared", "Approved", "Reviewed", "Written", "Created", "Checked", "Drafted")
)
BY_PERSON = re.compile(
    r"(?:\b" + _NOT_AFTER + r"(?:By|BY)\s*:|(?:^|\|\s*|\s{2,})(?:By|BY))\s*(?=" + PERSON + r")"
)
SIGNING_VERBS = ("signed", "signé", "tekend")
# Where a signature line or mark can be (on the lowercased blob): a cheap first pass.
QUICK_MARKS = (
    "/s/", "signat", "signed", "signé", "tekend", "tekening", "___", "---", ".....", "…", "by:"
)  # fmt: skip
TABLE_RULE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+")
MAX_BLOCK_SENTENCES = 6
MAX_FOLLOWING = 3
MAX_TABLE_ROWS = 6  # rows of a signature table on either side of its signature row
MAX_BLOCK_CHARS = 240
MAX_LINES_CHARS = 600  # a signature table (party, signature, name, title, date rows) in one


@dataclass
class SignatureArea:
    signatures: int = 0  # "/s/", electronic signatures, "getekend te … door Name"
    names: int = 0  # signatories named in the blocks
    blank: bool = False  # a line to sign on or an empty field
    indices: list[int] = field(default_factory=list)


def signature_area(structure: Structure) -> SignatureArea:
    """The signature blocks and lines of the document and what they show."""
    area = SignatureArea()
    indices = _area_indices(structure)
    if not indices:
        return area
    marks = names = edited = 0
    texts = []
    for index in indices:
        text = TABLE_RULE.sub(" ", structure.sentences[index].text)
        texts.append(text)
        names += _person_names(text)
        edited += len(EDITOR_MARK.findall(text))
        marks += len(SIGNED_MARK.findall(text))
        marks += sum(len(PERSON_RE.findall(text, m.end())) for m in SIGNED_BY.finditer(text))
        area.blank = area.blank or bool(BLANK.search(text))
    area.blank = area.blank or _only_labels(" ".join(texts))
    # an editor's mark often stands beside the name it signs: "Marc Wauters (signé)" is one
    area.names = max(names, edited)
    area.signatures = marks
    area.indices = indices
    return area


def _area_indices(structure: Structure) -> list[int]:
    """Sentences under a party label (the label's sentence and up to three short ones after
    it), signature lines and electronic signatures, in document order."""
    chosen: set[int] = set()
    sentences = structure.sentences
    candidates = _sentences_with(structure, QUICK_MARKS)
    labels = 0
    for index, sentence in enumerate(sentences):
        if sentence.is_heading or len(sentence.text) > MAX_LINES_CHARS:
            continue
        short = len(sentence.text) <= MAX_BLOCK_CHARS
        if short and SIGNATURE_LABEL.match(sentence.text) and labels < MAX_BLOCK_SENTENCES:
            labels += 1
            chosen.add(index)
            for following in range(index + 1, min(index + 1 + MAX_FOLLOWING, len(sentences))):
                body = sentences[following]
                if body.is_heading or len(body.text) > MAX_BLOCK_CHARS:
                    break
                chosen.add(following)
        elif index in candidates and _signs(structure, index):
            chosen.add(index)
    return sorted(chosen | _table_neighbours(sentences, chosen))


def _table_neighbours(sentences: list, chosen: set[int]) -> set[int]:
    """The other rows of a signature table: each table row is a sentence of its own, and the
    party, name, title and date rows sit next to the row with the signature line."""
    rows: set[int] = set()
    for index in chosen:
        if not is_cell_row(sentences[index].text):
            continue
        for step in (-1, 1):
            other = index + step
            while (
                0 <= other < len(sentences)
                and abs(other - index) <= MAX_TABLE_ROWS
                and is_cell_row(sentences[other].text)
                and len(sentences[other].text) <= MAX_BLOCK_CHARS
            ):
                rows.add(other)
                other += step
    return rows


def _sentences_with(structure: Structure, marks: tuple[str, ...]) -> set[int]:
    """Indices of the sentences that contain one of `marks` (str.find: fast)."""
    blob = structure.blob
    found: set[int] = set()
    for mark in marks:
        start = blob.find(mark)
        while start != -1:
            index = structure.sentence_at(start)
            found.add(index)
            next_sentence = index + 1
            if next_sentence >= len(structure.starts):
                break
            start = blob.find(mark, structure.starts[next_sentence])
    return found


def _signs(structure: Structure, index: int) -> bool:
    """A signature line, an electronic signature or a dated "getekend te … door …"."""
    lowered = structure.lowered(index)
    if "/s/" in lowered or SIGNATURE_LINE.search(lowered) or EDITOR_MARK.search(lowered):
        return True
    if "by" in lowered and BY_PERSON.search(structure.sentences[index].text):
        return True
    if not any(verb in lowered for verb in SIGNING_VERBS):
        return False
    text = structure.sentences[index].text
    if SIGNED_MARK.search(text):
        return True
    return bool(SIGNED_BY.search(text) and DATE.search(lowered))


def _person_names(text: str) -> int:
    """Names of people in a block: not labels, fields, roles or companies."""
    statement = SIGNED_BY.search(text)
    if statement is not None:  # its names are signatures already
        text = text[: statement.start()]
    text = ROLE_FIELD.sub(" ", LABEL.sub(" ", SIGNED_MARK.sub(" ", text)))
    names = 0
    for match in PERSON_RE.finditer(text):
        words, after = match.group(), text[match.end() : match.end() + 8].lstrip(" ,")
        if not (ROLE.search(words) or LEGAL_FORM.search(words) or LEGAL_FORM.match(after)):
            names += 1
    return names


def _only_labels(text: str) -> bool:
    """Block labels with nothing under them but "Lu et approuvé", "voor akkoord" or field
    names."""
    return bool(LABEL.search(text)) and not PENDING.sub("", LABEL.sub("", text)).strip()


def apply_signature_blocks(structure: Structure, finding: Finding) -> Finding:
    """Covered when two signatures are shown; partial when the area shows blanks or one
    signature only; otherwise the rule's finding (a signing statement, or nothing)."""
    area = signature_area(structure)
    if not area.indices:
        return finding
    evidence = [_evidence(structure, index) for index in area.indices[:2]]
    evidence += [e for e in finding.evidence if e not in evidence]
    shown = area.signatures + area.names
    if shown >= 2:
        confidence = max(finding.confidence, 0.8)
        return Finding(
            finding.id, "covered", confidence, evidence[:3], SETTLED_SCORE, SETTLED_SCORE
        )
    if area.blank or shown:  # blanks, or one signatory only
        return Finding(finding.id, "partial", 0.75, evidence[:3], SETTLED_SCORE, 0.0)
    return finding


def _evidence(structure: Structure, index: int) -> dict:
    sentence = structure.sentences[index]
    return {"page": sentence.page, "clause": sentence.clause, "text": quote(sentence)}
