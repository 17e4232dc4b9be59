"""No detector may carry wording that only one labelled document uses.

A literal phrase of four or more words in a rule that occurs in exactly one labelled document
(and not in general use elsewhere in the shared data) is that document's evidence copied into the
rule: it inflates the development figures and does not generalise. The phrases are read from the
detector modules' string literals: each regex is expanded into the literal runs its alternatives
can spell (optional parts both ways; character classes, wildcards and open repeats break a run).
"""

import ast
import json
import os
import re
from functools import cache
from pathlib import Path
from re import _constants as sre_constants
from re import _parser as sre_parser

import pytest

import vendorpact.core.contracts.detectors as detectors_package

REPO = Path(__file__).resolve().parents[3]
CONTRACTS = Path(os.environ.get("VENDORPACT_SHARED_DIR", REPO.parent / "shared")) / "data"
CONTRACTS = CONTRACTS / "contracts"
DETECTORS = Path(detectors_package.__file__).parent
MIN_WORDS = 4
# A phrase found in at least this many unlabelled documents of the shared data is ordinary
# contract language, not one document's wording (the ARBIT and Inforezo families each have two
# sibling texts, so two is not enough).
GENERAL_USE_DOCUMENTS = 3
BREAK = "\x00"
MAX_VARIANTS = 4000
# Ordinary phrases that read as one document's wording only because the shared corpus has few
# Dutch and French texts (or by chance); each with the reason it is general.
GENERAL_PHRASES = {
    "on behalf of client": "signature label: (for|on behalf of) x (client|customer|...)",
    "nader overeen te komen": "standard Dutch for 'to be agreed later' (vague wording)",
    "se réserve le droit": "standard French for 'reserves the right'",
    "return to the client": "ordinary English; the rule goes on with data/materials/files",
    "no longer have access to": "ordinary English; the rule goes on with data/software/system",
    ") day after delivery": "a period counted from delivery: 'thirty (30) days after delivery'",
    "the date of installation": "a period counted from an event: 'from the date of delivery, "
    "shipment, installation'",
    "binnen een periode van": "standard Dutch for 'within a period of' (a window counted from "
    "delivery)",
    "belongs to the client": "ordinary English; the rule starts from what is delivered "
    "(developments, scripts, reports)",
}


def _expand(items: list) -> set[str]:
    variants = {""}
    for op, av in items:
        variants = {v + s for v in variants for s in _expand_item(op, av)}
        if len(variants) > MAX_VARIANTS:
            variants = set(sorted(variants)[:MAX_VARIANTS])
    return variants


def _is_space(items: list) -> bool:
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is sre_constants.LITERAL:
        return av == ord(" ")
    return op is sre_constants.IN and (sre_constants.CATEGORY, sre_constants.CATEGORY_SPACE) in av


def _expand_item(op, av) -> set[str]:
    if op is sre_constants.AT:
        return {""}
    if op is sre_constants.LITERAL:
        return {chr(av)}
    if op is sre_constants.SUBPATTERN:
        return _expand(list(av[3]))
    if op is sre_constants.BRANCH:
        return set().union(*(_expand(list(branch)) for branch in av[1]))
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, high, inner = av[0], av[1], list(av[2])
        if _is_space(inner):
            return {" "} if low else {"", " "}
        if high == 1:
            return _expand(inner) | ({""} if low == 0 else set())
        return {BREAK}
    if op is sre_constants.IN:
        if _is_space([(op, av)]):
            return {" "}
        literals = [chr(a) for o, a in av if o is sre_constants.LITERAL]
        if len(literals) == len(av) and len(literals) <= 4:
            return set(literals)
    return {BREAK}


def literal_runs(pattern: str) -> set[str]:
    """The literal phrases of MIN_WORDS or more words a pattern can spell."""
    try:
        parsed = sre_parser.parse(pattern)
    except re.error:
        return set()
    runs = set()
    for variant in _expand(list(parsed)):
        for run in variant.split(BREAK):
            words = run.split()
            if len(words) >= MIN_WORDS:
                runs.add(" ".join(words))
    return runs


def detector_literals() -> dict[str, set[str]]:
    """Per detector module, the literal phrases of its string constants."""
    found = {}
    for module in sorted(DETECTORS.glob("*.py")):
        phrases = set()
        for node in ast.walk(ast.parse(module.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                phrases |= literal_runs(node.value)
        found[module.name] = phrases
    return found


def _normalised(path: Path) -> str:
    return " ".join(path.read_text(errors="replace").lower().split())


@cache
def labelled_texts() -> dict[str, str]:
    texts = {}
    for label_path in sorted((CONTRACTS / "labelled").glob("*.json")):
        name = json.loads(label_path.read_text())["file"]
        for folder in (CONTRACTS / "cuad" / "txt", CONTRACTS / "other"):
            if (folder / name).exists():
                texts[name] = _normalised(folder / name)
    return texts


@cache
def unlabelled_texts() -> list[str]:
    labelled = set(labelled_texts())
    paths = [
        *(CONTRACTS / "cuad" / "txt").glob("*.txt"),
        *(CONTRACTS / "other").glob("*.txt"),
        *(CONTRACTS / "other").glob("*.md"),
    ]
    return [_normalised(p) for p in sorted(paths) if p.name not in labelled]


def in_general_use(phrase: str) -> bool:
    count = 0
    for text in unlabelled_texts():
        count += phrase in text
        if count >= GENERAL_USE_DOCUMENTS:
            return True
    return False


needs_data = pytest.mark.skipif(
    not (CONTRACTS / "labelled").is_dir(), reason="shared contract data not found"
)


def test_literal_runs_expand_optional_words_and_alternatives():
    runs = literal_runs(r"(?:continue|renew) (?:on a )?year to year")
    assert runs == {
        "continue on a year to year",
        "renew on a year to year",
        "continue year to year",
        "renew year to year",
    }


def test_literal_runs_break_at_wildcards():
    assert literal_runs(r"return to the[^.]{0,20}client all products") == set()


@needs_data
def test_no_detector_phrase_is_one_labelled_documents_wording():
    texts = labelled_texts()
    offending = []
    for module, phrases in detector_literals().items():
        for phrase in sorted(phrases):
            if phrase in GENERAL_PHRASES:
                continue
            documents = [name for name, text in texts.items() if phrase in text]
            if len(documents) == 1 and not in_general_use(phrase):
                offending.append(f"{module}: {phrase!r} only in {documents[0]}")
    assert offending == []
