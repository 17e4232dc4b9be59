import datetime as dt
import os
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

BRUSSELS = ZoneInfo("Europe/Brussels")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
OFFICE_HOURS = {day: [["08:30", "12:00"], ["13:00", "17:30"]] for day in WEEKDAYS}


def shared_data_dir() -> Path:
    override = os.environ.get("VENDORPACT_SHARED_DIR")
    if override:
        return Path(override) / "data"
    return Path(__file__).resolve().parents[3].parent / "shared" / "data"


def shared_file(*parts: str) -> Path:
    path = shared_data_dir().joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


def brussels(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=BRUSSELS)


POLICY_DICT = {
    "timezone": "Europe/Brussels",
    "hours": {day: [["08:30", "12:00"], ["13:00", "17:30"]] for day in WEEKDAYS},
    "holidays": {"country": "BE", "subdivision": None},
    "closed_dates": ["2026-12-24"],
    "pause_statuses": ["Waiting for customer"],
    "vendor_wait_statuses": ["Waiting for vendor"],
    "priorities": {
        "P1": {
            "response": {"minutes": 60, "clock": "business"},
            "resolution": {"minutes": 480, "clock": "business"},
        },
        "P2": {
            "response": {"minutes": 240, "clock": "business"},
            "resolution": {"minutes": 1440, "clock": "business"},
        },
        "P3": {
            "response": {"minutes": 480, "clock": "calendar"},
            "resolution": {"minutes": 4800, "clock": "calendar"},
        },
    },
    "priority_map": {"Highest": "P1", "High": "P1", "Medium": "P2", "Low": "P3"},
    "availability": {
        "target_percent": 99.9,
        "exclude_planned": True,
        "credits": [
            {"below_percent": 99.9, "credit_percent": 5},
            {"below_percent": 99.5, "credit_percent": 10},
            {"below_percent": 99.0, "credit_percent": 25},
        ],
        "credit_cap_percent": 30,
        "monthly_fee_eur": 1200,
    },
}
