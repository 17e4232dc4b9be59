"""Helpers of the language crawl: visit every page of the demo organisation reachable from the
dashboard, keep each page's visible text, and find English message ids and foreign formats."""

from __future__ import annotations

import re
from collections import Counter, deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from babel.messages.pofile import read_po
from django.apps import apps
from django.urls import resolve
from django.utils import translation

import vendorpact
from vendorpact.sla.messages import IMPORT_FORMATS

SOURCE = Path(vendorpact.__file__).parent
SKIPPED_TAGS = {"script", "style"}
# Elements without an end tag: they never close a translate="no" region.
VOID_TAGS = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
NAMING_ATTRIBUTES = ("aria-label", "placeholder", "title", "alt")
# Links to files, not pages: downloads are checked by their own tests (names, letters).
FILE_LINK = re.compile(
    r"(\.(pdf|docx|md|csv|ics|xlsx|zip|json)$|/pdf/$|/export/$|/documents/\d+/$)"
)
PLACEHOLDER = re.compile(r"%(\(\w+\))?[sdfr]|\{\w*\}")


class VisibleText(HTMLParser):
    """Text nodes and the attributes people read or hear (aria-label, placeholder, title).

    Content marked `translate="no"` (HTML's own mark for text that must stay as it is: a
    supplier's ticket status, values recorded in the audit trail, an agreement's wording in the
    agreement's language) is left out: it is data, not the interface."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.links: list[str] = []
        self._skipping = 0
        self._verbatim: list[list] = []  # [tag, open elements of that tag] per translate="no"

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in VOID_TAGS:
            for region in self._verbatim:
                region[1] += region[0] == tag
            if attrs.get("translate") == "no":
                self._verbatim.append([tag, 1])
        if tag in SKIPPED_TAGS:
            self._skipping += 1
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        for name in NAMING_ATTRIBUTES:
            if attrs.get(name):
                self.chunks.append(" ".join(attrs[name].split()))
        if tag == "input" and attrs.get("type") in {"submit", "button"} and attrs.get("value"):
            self.chunks.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag in SKIPPED_TAGS and self._skipping:
            self._skipping -= 1
        for region in self._verbatim:
            region[1] -= region[0] == tag
        self._verbatim = [region for region in self._verbatim if region[1] > 0]

    def handle_data(self, data):
        text = " ".join(data.split())
        if text and not self._skipping and not self._verbatim:
            self.chunks.append(text)


def read_page(html: str) -> VisibleText:
    parser = VisibleText()
    parser.feed(html)
    return parser


def crawl(client, start: str, inside: str, per_view: int = 3) -> dict[str, str]:
    """url -> HTML of the pages under `inside` reachable by links from `start` (GET only; one
    visit per path, the query of the first link kept; at most `per_view` pages of one view, e.g.
    three of the 150 ticket pages). Raises on a server error."""
    pages: dict[str, str] = {}
    seen_paths = {urlsplit(start).path}
    per_view_count: Counter = Counter()
    queue = deque([start])
    while queue:
        url = queue.popleft()
        response = client.get(url)
        assert response.status_code < 500, f"{url}: {response.status_code}"
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        pages[url] = html
        for href in read_page(html).links:
            path = urlsplit(href).path
            if urlsplit(href).netloc or not path.startswith(inside) or FILE_LINK.search(path):
                continue
            if path in seen_paths:
                continue
            seen_paths.add(path)
            view = resolve(path).view_name
            if per_view_count[view] < per_view:
                per_view_count[view] += 1
                queue.append(href.split("#")[0])
    return pages


def project_msgids() -> set[str]:
    """Every singular and plural msgid of the project's catalogs without a placeholder (those
    show as whole texts on a page)."""
    found = set()
    for po in sorted(SOURCE.glob("**/locale/*/LC_MESSAGES/django.po")):
        with po.open("rb") as handle:
            catalog = read_po(handle)
        for message in catalog:
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            found |= {msgid for msgid in ids if msgid and not PLACEHOLDER.search(msgid)}
    return found


def translated_msgids(language: str) -> dict[str, str]:
    """msgid -> the text Django shows for it in `language`, for the msgids whose text there is
    not the English one (as the merged catalogs answer at run time)."""
    with translation.override(language):
        shown = {msgid: translation.gettext(msgid) for msgid in project_msgids()}
    return {msgid: text for msgid, text in shown.items() if text != msgid}


def english_texts(chunks: list[str], msgids: dict[str, str]) -> set[str]:
    """Texts that are, as a whole, an English message id (a trailing colon aside) and not also
    the translation of another message (French "Analyser" translates "Analyse")."""
    translations = set(msgids.values())
    return {
        chunk
        for chunk in chunks
        if chunk.rstrip(": ").strip() in msgids and chunk.rstrip(": ").strip() not in translations
    }


def raw_codes(language: str) -> set[str]:
    """Stored choice values (kinds, statuses, formats...) whose label reads differently: shown
    as such, a code leaked into the page instead of its label."""
    codes = set()
    with translation.override(language):
        for model in apps.get_models():
            for field in model._meta.get_fields():
                for value, label in getattr(field, "flatchoices", None) or ():
                    if isinstance(value, str) and value and str(label).lower() != value.lower():
                        codes.add(value)
    return codes | set(IMPORT_FORMATS)


PARTS = re.compile(r" · |, | \+ | / ")


def codes_in(chunks: list[str], codes: set[str]) -> set[str]:
    """Codes shown as a whole text or as one part of "NL · maintenance"-like texts."""
    return {
        part.rstrip(": ")
        for chunk in chunks
        for part in PARTS.split(chunk)
        if part.rstrip(": ") in codes
    }


ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
ENGLISH_MONTH = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}\b"
)
AMOUNT = re.compile(r"-?€ ?\d[\d.,]*\d|\d[\d.,]* ?€")
AMOUNT_FORMAT = {
    "nl": re.compile(r"-?€ \d{1,3}(\.\d{3})*,\d{2}"),
    "fr": re.compile(r"-?€ \d{1,3}(\.\d{3})*,\d{2}"),
    "en": re.compile(r"-?€\d{1,3}(,\d{3})*\.\d{2}"),
}


COMPACT_BELGIAN_VAT = re.compile(r"\bBE ?[01]\d{9}\b")


def foreign_formats(chunks: list[str], language: str, typed: set[str] = frozenset()) -> set[str]:
    """Dates not written dd/mm/yyyy, amounts not in the language's euro format and Belgian VAT
    numbers not written BE 0403.170.701; texts quoted from documents (“...”) and texts people
    typed (`typed`) are theirs, not the app's."""
    text = "\n".join(c for c in chunks if not c.startswith("“") and c not in typed)
    wrong = set(ISO_DATE.findall(text)) | set(COMPACT_BELGIAN_VAT.findall(text))
    wrong |= {match.group(0) for match in ENGLISH_MONTH.finditer(text)}
    wrong |= {
        amount
        for amount in (match.group(0) for match in AMOUNT.finditer(text))
        if not AMOUNT_FORMAT[language].fullmatch(amount)
    }
    return wrong
