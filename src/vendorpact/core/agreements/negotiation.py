"""Negotiating an agreement article by article (pure): stable article keys, negotiated wording
applied to a generated agreement, and a readable diff between two versions."""

from __future__ import annotations

import dataclasses
import difflib
import re
from dataclasses import dataclass

from vendorpact.core.agreements.model import Agreement

PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True)
class ArticleText:
    key: str  # "<checklist item id>#<n>": stable while the terms settle the same items
    number: int
    title: str
    text: str  # paragraphs separated by a blank line


def article_texts(agreement: Agreement) -> list[ArticleText]:
    """Every article of the agreement with its key, in document order."""
    seen: dict[str, int] = {}
    texts = []
    for article in agreement.articles():
        item_id = article.item_ids[0] if article.item_ids else "article"
        seen[item_id] = seen.get(item_id, 0) + 1
        key = f"{item_id}#{seen[item_id]}"
        texts.append(ArticleText(key, article.number, article.title, join(article.paragraphs)))
    return texts


def join(paragraphs: list[str]) -> str:
    return PARAGRAPH_BREAK.join(paragraphs)


def split(text: str) -> list[str]:
    """Paragraphs of a wording typed in a text box (blank lines separate paragraphs)."""
    normalised = text.replace("\r\n", "\n").strip()
    return [p.strip() for p in re.split(r"\n\s*\n", normalised) if p.strip()]


def normalise(text: str) -> str:
    return join(split(text))


def with_wording(agreement: Agreement, wording: dict[str, str]) -> Agreement:
    """The agreement with the negotiated wording of the articles named in `wording`."""
    keys = {t.number: t.key for t in article_texts(agreement)}
    sections = []
    for section in agreement.sections:
        articles = []
        for article in section.articles:
            text = wording.get(keys[article.number])
            if text is not None:
                article = dataclasses.replace(article, paragraphs=split(text))
            articles.append(article)
        sections.append(dataclasses.replace(section, articles=articles))
    return dataclasses.replace(agreement, sections=sections)


# ---- diff between versions ------------------------------------------------------------------

ADDED, REMOVED, CHANGED, UNCHANGED = "added", "removed", "changed", "unchanged"


@dataclass(frozen=True)
class WordChange:
    op: str  # "same" | "added" | "removed"
    text: str


@dataclass(frozen=True)
class ArticleDiff:
    key: str
    change: str  # added | removed | changed | unchanged
    old: ArticleText | None
    new: ArticleText | None
    words: tuple[WordChange, ...]


def word_changes(old: str, new: str) -> tuple[WordChange, ...]:
    """Word-level differences between two wordings (spaces and line breaks are tokens too, so
    joining the texts of one side gives that side's wording back)."""
    old_words = re.findall(r"\s+|\S+", old)
    new_words = re.findall(r"\s+|\S+", new)
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    changes = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            changes.append(WordChange("same", "".join(old_words[a1:a2])))
            continue
        if a2 > a1:
            changes.append(WordChange("removed", "".join(old_words[a1:a2])))
        if b2 > b1:
            changes.append(WordChange("added", "".join(new_words[b1:b2])))
    return tuple(changes)


def diff_versions(old: list[ArticleText], new: list[ArticleText]) -> list[ArticleDiff]:
    """Per article: added, removed, changed (with word changes) or unchanged. New order first,
    removed articles after the article that preceded them in the old version."""
    old_by_key = {t.key: t for t in old}
    new_keys = {t.key for t in new}
    diffs = []
    for article in new:
        before = old_by_key.get(article.key)
        if before is None:
            diffs.append(ArticleDiff(article.key, ADDED, None, article, ()))
        elif normalise(before.text) == normalise(article.text) and before.title == article.title:
            diffs.append(ArticleDiff(article.key, UNCHANGED, before, article, ()))
        else:
            words = word_changes(before.text, article.text)
            diffs.append(ArticleDiff(article.key, CHANGED, before, article, words))
    for index, article in enumerate(old):
        if article.key in new_keys:
            continue
        removed = ArticleDiff(article.key, REMOVED, article, None, ())
        previous = [t.key for t in old[:index] if t.key in new_keys]
        at = _position_after(diffs, previous[-1]) if previous else 0
        diffs.insert(at, removed)
    return diffs


def _position_after(diffs: list[ArticleDiff], key: str) -> int:
    for index, diff in enumerate(diffs):
        if diff.key == key:
            return index + 1
    return len(diffs)


def can_finalise(statuses: list[str]) -> bool:
    """Finalising needs at least one article and every article agreed."""
    return bool(statuses) and all(status == "agreed" for status in statuses)
