"""A document's own title: the first line of its first page, when that line reads as one."""

from __future__ import annotations

import re

MAX_TITLE_CHARS = 120
_MARKUP = re.compile(r"^[#*\s]+|[*\s]+$")
_CLAUSE_START = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?\s|(?:artikel|article|art\.|section|clause|chapitre|"
    r"hoofdstuk)\s+\d)",
    re.IGNORECASE,
)


def document_title(pages: list[str]) -> str:
    """The first non-empty line of the document when it looks like a title (short, no clause
    number, not ending like a sentence); "" otherwise."""
    for page in pages:
        for line in page.splitlines():
            text = " ".join(_MARKUP.sub("", line).split())
            if text:
                return text if _reads_as_title(text) else ""
    return ""


def _reads_as_title(text: str) -> bool:
    return (
        len(text) <= MAX_TITLE_CHARS
        and sum(ch.isalpha() for ch in text) >= 3
        and not _CLAUSE_START.match(text)
        and text[-1] not in ".,;:"
    )
