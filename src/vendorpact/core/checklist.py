"""The agreement checklist: one definition used by the analyser, the web app, API and reports."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from vendorpact.core import checklist_data

LANGUAGES = ("nl", "en", "fr")


class Kind(StrEnum):
    PROJECT = "project"
    MAINTENANCE = "maintenance"
    SAAS = "saas"
    TM = "tm"


class Status(StrEnum):
    COVERED = "covered"
    PARTIAL = "partial"
    MISSING = "missing"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class Item:
    id: str
    area: str
    expected_for: frozenset[str]
    labels: dict[str, str]
    help: dict[str, str]

    def label(self, lang: str) -> str:
        return _localised(self.labels, lang)

    def help_text(self, lang: str) -> str:
        return _localised(self.help, lang)

    def is_expected(self, kind: str) -> bool:
        return kind in self.expected_for


@dataclass(frozen=True)
class Risk:
    id: str
    labels: dict[str, str]

    def label(self, lang: str) -> str:
        return _localised(self.labels, lang)


@dataclass(frozen=True)
class Area:
    id: str
    labels: dict[str, str]

    def label(self, lang: str) -> str:
        return _localised(self.labels, lang)


def _localised(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang) or texts["en"]


ITEMS: tuple[Item, ...] = tuple(
    Item(
        id=item_id,
        area=item_id.split(".", 1)[0],
        expected_for=frozenset(kinds),
        labels=labels,
        help=help_texts,
    )
    for item_id, kinds, labels, help_texts in checklist_data.ITEMS
)
ITEMS_BY_ID: dict[str, Item] = {item.id: item for item in ITEMS}
ITEM_IDS: tuple[str, ...] = tuple(ITEMS_BY_ID)

AREAS: tuple[Area, ...] = tuple(Area(id=k, labels=v) for k, v in checklist_data.AREAS.items())
AREAS_BY_ID: dict[str, Area] = {area.id: area for area in AREAS}

RISKS: tuple[Risk, ...] = tuple(Risk(id=r, labels=labels) for r, labels in checklist_data.RISKS)
RISKS_BY_ID: dict[str, Risk] = {risk.id: risk for risk in RISKS}
RISK_IDS: tuple[str, ...] = tuple(RISKS_BY_ID)


# The expected items of each kind, selected once (lists, dashboards and reports ask per row).
EXPECTED_ITEMS: dict[str, tuple[Item, ...]] = {
    kind.value: tuple(item for item in ITEMS if item.is_expected(kind.value)) for kind in Kind
}

EXPECTED_IDS: dict[str, frozenset[str]] = {
    kind: frozenset(item.id for item in items) for kind, items in EXPECTED_ITEMS.items()
}


def expected_items(kind: str) -> tuple[Item, ...]:
    """The items a document or engagement of this kind is expected to settle."""
    try:
        return EXPECTED_ITEMS[kind]
    except (KeyError, TypeError):
        raise ValueError(f"unknown engagement kind: {kind!r}") from None


def items_by_area() -> list[tuple[Area, list[Item]]]:
    return [(area, [i for i in ITEMS if i.area == area.id]) for area in AREAS]


@dataclass(frozen=True)
class Coverage:
    covered: int
    partial: int
    expected: int

    @property
    def percent(self) -> int:
        return round(100 * self.covered / self.expected) if self.expected else 100


def coverage(kind: str, statuses: dict[str, str]) -> Coverage:
    """How many of the items expected for `kind` are covered (not applicable counts as settled)."""
    expected = expected_items(kind)
    settled = {Status.COVERED, Status.NOT_APPLICABLE}
    return Coverage(
        covered=sum(1 for item in expected if statuses.get(item.id) in settled),
        partial=sum(1 for item in expected if statuses.get(item.id) == Status.PARTIAL),
        expected=len(expected),
    )
