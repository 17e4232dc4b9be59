"""Write CSV rows from numpy columns without a Python string per cell.

Each column becomes a byte matrix (one row per record) with a mask of the bytes that belong to
the cell; the rows are laid side by side with the separators and the masked bytes are taken in
row order, which gives the CSV text of the whole chunk in one step. Cells must need no quoting.
"""

from __future__ import annotations

import numpy as np

MAX_DIGITS = 18  # integers up to 10**18 - 1; larger ones are left to the caller


class ByteCells:
    """A column of CSV cells: bytes (rows, width) and which of them are written."""

    def __init__(self, data: np.ndarray, keep: np.ndarray) -> None:
        self.data = data
        self.keep = keep

    @classmethod
    def from_strings(cls, values: np.ndarray) -> ByteCells:
        """From a numpy bytes array (``S`` dtype; values hold no NUL byte)."""
        width = max(values.dtype.itemsize, 1)
        data = np.ascontiguousarray(values, dtype=f"S{width}").view(np.uint8)
        data = data.reshape(values.shape[0], width)
        return cls(data, data != 0)

    @classmethod
    def from_table(cls, table: list[str], codes: np.ndarray) -> ByteCells:
        """Cell ``table[code]`` for each code (a few distinct texts such as flags)."""
        return cls.from_strings(np.array([text.encode() for text in table], dtype="S")[codes])

    @classmethod
    def from_integers(cls, values: np.ndarray, missing: np.ndarray) -> ByteCells:
        """Decimal digits of non-negative integers below 10**18; empty where ``missing``."""
        values = np.where(missing, 0, values).astype(np.int64)
        top = int(values.max(initial=0))
        width = max(len(str(top)), 1)
        digits = np.empty((values.shape[0], width), dtype=np.uint8)
        rest = values.astype(np.int32) if top < 2**31 else values.copy()  # int32 divides faster
        for position in range(width - 1, -1, -1):  # right-aligned, least significant last
            rest, digit = np.divmod(rest, 10)
            digits[:, position] = digit
        digits += ord("0")
        powers = 10 ** np.arange(1, width, dtype=np.int64)
        length = 1 + np.searchsorted(powers, values, side="right")
        length[missing] = 0
        keep = np.arange(width)[::-1] < length[:, None]
        return cls(digits, keep)


def integral_seconds(values: np.ndarray) -> np.ndarray | None:
    """Rounded (3 decimals) seconds as int64 when every known value is a whole, non-negative
    number below 10**18; otherwise None."""
    missing = np.isnan(values)
    rounded = np.round(values, 3)
    known = rounded[~missing]
    if not np.array_equal(known, np.floor(known)):
        return None
    if known.size and (known.min() < 0 or known.max() >= 10.0**MAX_DIGITS):
        return None
    return np.where(missing, 0, rounded).astype(np.int64)


def join_rows(columns: list[ByteCells]) -> bytes:
    """CSV text (comma-separated, newline after each row) of equally long columns."""
    count = columns[0].data.shape[0]
    widths = [column.data.shape[1] + 1 for column in columns]
    data = np.empty((count, sum(widths)), dtype=np.uint8)
    keep = np.empty((count, sum(widths)), dtype=bool)
    position = 0
    for index, column in enumerate(columns):
        end = position + widths[index] - 1
        data[:, position:end] = column.data
        keep[:, position:end] = column.keep
        data[:, end] = ord("\n") if index == len(columns) - 1 else ord(",")
        keep[:, end] = True
        position = end + 1
    return data[keep].tobytes()
