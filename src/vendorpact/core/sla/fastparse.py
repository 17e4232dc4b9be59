"""Vectorised ISO 8601 parsing for the streaming CSV path.

``YYYY-MM-DDTHH:MM:SS`` (``T`` or space) followed by ``Z``, ``±HH:MM`` or ``±HHMM`` is decoded
with byte arithmetic on a numpy array; every other non-empty value (fractions of seconds, no
zone, day-first dates) is left for the caller's per-value parser.
"""

from __future__ import annotations

import numpy as np

WIDTH = 26  # "YYYY-MM-DDTHH:MM:SS+HH:MM" is 25 characters; longer values are not decoded
_DIGITS = (0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18)
_SEPARATORS = ((4, "-"), (7, "-"), (13, ":"), (16, ":"))
_MONTH_DAYS = np.array([0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


def _days_from_civil(year, month, day):
    """Days since 1970-01-01 of a proleptic Gregorian date (vectorised, H. Hinnant's method)."""
    year = year - (month <= 2)
    era = np.floor_divide(year, 400)
    year_of_era = year - era * 400
    shifted_month = np.where(month > 2, month - 3, month + 9)
    day_of_year = (153 * shifted_month + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


class _Columns:
    """Character positions of a fixed-width byte matrix, converted on demand."""

    def __init__(self, raw: np.ndarray, lengths: np.ndarray | None = None) -> None:
        self.rows = np.ascontiguousarray(raw.T)  # one contiguous row per character position
        self.width = raw.shape[1]
        self.count = raw.shape[0]
        self.lengths = lengths

    def digit(self, position: int) -> np.ndarray:
        # int32 is wide enough for every field, even when the bytes are not digits
        return np.subtract(self.rows[position], ord("0"), dtype=np.int32)

    def number(self, *positions):
        value = self.digit(positions[0])
        for position in positions[1:]:
            value = value * 10 + self.digit(position)
        return value

    def all_digits(self, positions) -> np.ndarray:
        ok = np.ones(self.count, dtype=bool)
        for position in positions:
            ok &= (self.rows[position] - np.uint8(ord("0"))) < 10  # uint8 wraps below "0"
        return ok

    def is_char(self, position: int, char: str) -> np.ndarray:
        return self.rows[position] == ord(char)

    def is_end(self, position: int) -> np.ndarray:
        if self.lengths is not None:
            return self.lengths <= position
        if position >= self.width:
            return np.ones(self.count, dtype=bool)
        return self.rows[position] == 0


def _offsets(cols: _Columns):
    """UTC offset in seconds of each value, and whether the zone suffix has a known shape."""
    zulu = cols.is_char(19, "Z") & cols.is_end(20)
    if cols.lengths is not None and not np.any(cols.lengths > 20):  # only "Z" can decode
        return np.zeros(cols.count, dtype=np.int32), zulu
    minus = cols.is_char(19, "-")
    signed = cols.is_char(19, "+") | minus
    colon = signed & cols.is_char(22, ":") & cols.is_end(25) & cols.all_digits((20, 21, 23, 24))
    compact = signed & cols.is_end(24) & cols.all_digits((20, 21, 22, 23))
    minutes = np.where(colon, cols.number(23, 24), cols.number(22, 23))
    offset = (cols.number(20, 21) * 3600 + minutes * 60) * np.where(minus, -1, 1)
    return np.where(zulu, 0, offset), zulu | colon | compact


def iso_to_epoch(values: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(epochs, decoded) for a column of strings; empty values give NaN and count as decoded."""
    count = len(values)
    if count == 0:
        return np.empty(0), np.empty(0, dtype=bool)
    try:
        raw_bytes = np.array(values, dtype=f"S{WIDTH + 1}")
    except UnicodeEncodeError:
        return np.full(count, np.nan), np.array([v == "" for v in values])
    return iso_bytes_to_epoch(raw_bytes.view(np.uint8).reshape(count, WIDTH + 1))


def iso_bytes_to_epoch(
    raw: np.ndarray, lengths: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Same as ``iso_to_epoch`` for a (count, WIDTH + 1) uint8 matrix of NUL-padded values.

    With ``lengths`` (each value's length), the bytes after a value may be anything but a
    digit or one of ``-:T Z+`` right after its end (a CSV separator): they are never read as
    part of the value, because every accepted shape ends with a check on the length.
    """
    cols = _Columns(raw, lengths)
    empty = cols.is_end(0)
    shape_ok = cols.all_digits(_DIGITS) & cols.is_end(WIDTH)
    for position, char in _SEPARATORS:
        shape_ok &= cols.is_char(position, char)
    shape_ok &= cols.is_char(10, "T") | cols.is_char(10, " ")
    year, month, day = cols.number(0, 1, 2, 3), cols.number(5, 6), cols.number(8, 9)
    hour, minute, second = cols.number(11, 12), cols.number(14, 15), cols.number(17, 18)
    valid_month = (month >= 1) & (month <= 12)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    month_days = _MONTH_DAYS[np.where(valid_month, month, 0)] - ((month == 2) & ~leap)
    shape_ok &= valid_month & (day >= 1) & (day <= month_days)
    shape_ok &= (hour <= 23) & (minute <= 59) & (second <= 59)
    offset, zone_ok = _offsets(cols)
    decoded = shape_ok & zone_ok
    days = _days_from_civil(year, month, day)
    seconds = hour * 3600 + minute * 60 + second - offset
    epochs = (days.astype(np.int64) * 86400 + seconds).astype(np.float64)
    epochs[~decoded] = np.nan
    return epochs, decoded | empty
