"""Text folding for search: case- and accent-insensitive matching that the database can repeat.

`FOLD_MAP` maps each accented Latin letter (both cases, since SQLite's lower() only lowers ASCII)
to its plain lowercase form; the web layer builds the same folding as nested SQL REPLACE calls,
so a folded query matches a folded column on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import unicodedata

# Latin-1 letters and the few Latin Extended-A ones used in Dutch, French and German text.
_EXTRA = {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ø": "o", "Ø": "o"}
_ACCENTED = "".join(chr(code) for code in range(0xC0, 0x100)) + "ŠšŽžŸ"


def _plain(char: str) -> str | None:
    base = unicodedata.normalize("NFKD", char)[0]
    return base.lower() if base.isascii() and base.isalpha() else None


FOLD_MAP: dict[str, str] = {
    char: plain for char in _ACCENTED if (plain := _plain(char)) is not None and plain != char
} | _EXTRA


def fold_char(char: str) -> str:
    lowered = char.lower()
    return FOLD_MAP.get(lowered, lowered)


def fold(text: str) -> str:
    """Lowercase ASCII and plain letters for accented ones: "Élodie Œuvre" -> "elodie oeuvre"."""
    return "".join(fold_char(char) for char in text)


def normalise_query(text: str, max_length: int = 100) -> str:
    """The folded query with runs of white space collapsed; "" when nothing is left."""
    return fold(" ".join(text.split())[:max_length])


def snippet(text: str, folded_query: str, width: int = 60) -> str:
    """The part of `text` around the first match of `folded_query`, with "…" where cut; "" when
    the text does not contain it."""
    folded_chars = [fold_char(char) for char in text]
    folded = "".join(folded_chars)
    at = folded.find(folded_query)
    if not folded_query or at < 0:
        return ""
    # Map the position in the folded text back to the original (a letter may fold into two).
    start = end = None
    position = 0
    for index, part in enumerate(folded_chars):
        if start is None and position + len(part) > at:
            start = index
        position += len(part)
        if position >= at + len(folded_query):
            end = index + 1
            break
    begin = max(0, start - width)
    finish = min(len(text), end + width)
    excerpt = " ".join(text[begin:finish].split())
    return ("…" if begin > 0 else "") + excerpt + ("…" if finish < len(text) else "")


def analysis_text(result: dict) -> str:
    """The document's own words an analysis found: the title, then each evidence excerpt once,
    one per line (the generated questions are left out: every document would match them)."""
    parts = [result.get("title") or ""]
    for group in ("items", "risks"):
        for finding in result.get(group) or []:
            parts.extend(evidence.get("text") or "" for evidence in finding.get("evidence") or [])
    unique = dict.fromkeys(part.strip() for part in parts if part and part.strip())
    return "\n".join(unique)
