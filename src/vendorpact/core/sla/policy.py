"""SLA policy: calendar, per-priority targets, pause/vendor statuses, availability terms.

The JSON interchange format is documented in docs/sla-formats.md.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from vendorpact.core.numbers_input import PERCENT
from vendorpact.core.sla.calendar import BusinessCalendar

CLOCK_BUSINESS = "business"
CLOCK_CALENDAR = "calendar"
REOPEN_CONTINUE = "continue"
REOPEN_RESTART = "restart"
DEFAULT_RESOLVED_STATUSES = ("resolved", "closed", "solved", "done", "cancelled", "canceled")


class PolicyError(ValueError):
    """The policy definition is invalid; ``code`` says what, ``detail`` where."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@lru_cache(maxsize=4096)
def normalise_status(status: str) -> str:
    """Case- and whitespace-insensitive form used to compare statuses and priorities."""
    return " ".join(status.lower().split())


@dataclass(frozen=True)
class Target:
    seconds: float
    clock: str = CLOCK_BUSINESS

    @classmethod
    def from_dict(cls, data: Mapping, where: str) -> Target:
        clock = data.get("clock", CLOCK_BUSINESS)
        if clock not in (CLOCK_BUSINESS, CLOCK_CALENDAR):
            raise PolicyError("policy.clock_invalid", f"{where}: {clock!r}")
        if "minutes" in data:
            seconds = float(data["minutes"]) * 60
        elif "hours" in data:
            seconds = float(data["hours"]) * 3600
        else:
            raise PolicyError("policy.target_missing_minutes", where)
        if seconds < 0:
            raise PolicyError("policy.target_negative", where)
        if seconds == 0:
            raise PolicyError("policy.target_zero", where)
        return cls(seconds=seconds, clock=clock)

    def to_dict(self) -> dict:
        minutes = self.seconds / 60
        return {"minutes": int(minutes) if minutes.is_integer() else minutes, "clock": self.clock}


@dataclass(frozen=True)
class PriorityTargets:
    response: Target | None = None
    resolution: Target | None = None


@dataclass(frozen=True)
class CreditStep:
    below_percent: float
    credit_percent: float


def _check_percent(name: str, value) -> None:
    if value is not None and PERCENT.error(float(value)):
        raise PolicyError("policy.percent_out_of_range", f"{name}: {value}")


@dataclass(frozen=True)
class AvailabilityTerms:
    target_percent: float = 99.9
    exclude_planned: bool = True
    credits: tuple[CreditStep, ...] = ()
    credit_cap_percent: float | None = None
    monthly_fee_eur: float = 0.0

    @classmethod
    def from_dict(cls, data: Mapping) -> AvailabilityTerms:
        steps = tuple(
            CreditStep(float(s["below_percent"]), float(s["credit_percent"]))
            for s in data.get("credits") or ()
        )
        cap = data.get("credit_cap_percent")
        _check_percent("target_percent", data.get("target_percent", 99.9))
        _check_percent("credit_cap_percent", cap)
        for step in steps:
            _check_percent("below_percent", step.below_percent)
            _check_percent("credit_percent", step.credit_percent)
        return cls(
            target_percent=float(data.get("target_percent", 99.9)),
            exclude_planned=bool(data.get("exclude_planned", True)),
            credits=steps,
            credit_cap_percent=None if cap is None else float(cap),
            monthly_fee_eur=float(data.get("monthly_fee_eur", 0) or 0),
        )

    def to_dict(self) -> dict:
        return {
            "target_percent": self.target_percent,
            "exclude_planned": self.exclude_planned,
            "credits": [
                {"below_percent": s.below_percent, "credit_percent": s.credit_percent}
                for s in self.credits
            ],
            "credit_cap_percent": self.credit_cap_percent,
            "monthly_fee_eur": self.monthly_fee_eur,
        }


@dataclass
class SlaPolicy:
    calendar: BusinessCalendar
    priorities: dict[str, PriorityTargets]
    pause_statuses: frozenset[str] = frozenset()
    vendor_statuses: frozenset[str] = frozenset()
    resolved_statuses: frozenset[str] = frozenset(DEFAULT_RESOLVED_STATUSES)
    reopen: str = REOPEN_CONTINUE
    priority_map: dict[str, str] = field(default_factory=dict)
    availability: AvailabilityTerms | None = None

    def __post_init__(self) -> None:
        if self.reopen not in (REOPEN_CONTINUE, REOPEN_RESTART):
            raise PolicyError("policy.reopen_invalid", repr(self.reopen))
        self.pause_statuses = frozenset(normalise_status(s) for s in self.pause_statuses)
        self.vendor_statuses = frozenset(normalise_status(s) for s in self.vendor_statuses)
        self.resolved_statuses = frozenset(normalise_status(s) for s in self.resolved_statuses)
        self._lookup = {normalise_status(p): p for p in self.priorities}
        for source, target in self.priority_map.items():
            if target not in self.priorities:
                raise PolicyError("policy.priority_map_unknown_target", f"{source} -> {target}")
            self._lookup[normalise_status(source)] = target

    def resolve_priority(self, value: str) -> str | None:
        """Map a helpdesk priority value onto the contract's priority key (None if unknown)."""
        return self._lookup.get(normalise_status(value))

    def clock_for(self, target: Target | None) -> BusinessCalendar | None:
        if target is None:
            return None
        if target.clock == CLOCK_CALENDAR:
            return _continuous_clock(self.calendar.timezone)
        return self.calendar

    @classmethod
    def from_dict(cls, data: Mapping) -> SlaPolicy:
        priorities_data = data.get("priorities") or {}
        if not priorities_data:
            raise PolicyError("policy.no_priorities")
        priorities = {}
        for name, spec in priorities_data.items():
            response = spec.get("response")
            resolution = spec.get("resolution")
            priorities[name] = PriorityTargets(
                response=Target.from_dict(response, f"{name}.response") if response else None,
                resolution=Target.from_dict(resolution, f"{name}.resolution")
                if resolution
                else None,
            )
        availability = data.get("availability")
        return cls(
            calendar=BusinessCalendar.from_dict(data),
            priorities=priorities,
            pause_statuses=frozenset(data.get("pause_statuses") or ()),
            vendor_statuses=frozenset(data.get("vendor_wait_statuses") or ()),
            resolved_statuses=frozenset(data.get("resolved_statuses") or DEFAULT_RESOLVED_STATUSES),
            reopen=data.get("reopen", REOPEN_CONTINUE),
            priority_map=dict(data.get("priority_map") or {}),
            availability=AvailabilityTerms.from_dict(availability) if availability else None,
        )

    def to_dict(self) -> dict:
        data = self.calendar.to_dict()
        data["pause_statuses"] = sorted(self.pause_statuses)
        data["vendor_wait_statuses"] = sorted(self.vendor_statuses)
        data["resolved_statuses"] = sorted(self.resolved_statuses)
        data["reopen"] = self.reopen
        data["priorities"] = {
            name: {
                key: getattr(targets, key).to_dict()
                for key in ("response", "resolution")
                if getattr(targets, key) is not None
            }
            for name, targets in self.priorities.items()
        }
        data["priority_map"] = dict(self.priority_map)
        if self.availability is not None:
            data["availability"] = self.availability.to_dict()
        return data

    @classmethod
    def load(cls, path: str | Path) -> SlaPolicy:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise PolicyError("policy.invalid_json", f"{path}: {exc}") from exc
        return cls.from_dict(data)

    def save(self, path: str | Path) -> None:
        text = json.dumps(self.to_dict(), indent=2, ensure_ascii=False)
        Path(path).write_text(text + "\n", encoding="utf-8")


_CONTINUOUS: dict[str, BusinessCalendar] = {}


def _continuous_clock(timezone: str) -> BusinessCalendar:
    if timezone not in _CONTINUOUS:
        _CONTINUOUS[timezone] = BusinessCalendar.twenty_four_seven(timezone)
    return _CONTINUOUS[timezone]
