"""The byte-level CSV reader and writer of the streaming path agree with the string path."""

import datetime as dt

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from vendorpact.core.sla.bytecolumns import ByteChunk, TextChunk, all_distinct, read_chunks
from vendorpact.core.sla.csvcolumns import read_columns
from vendorpact.core.sla.csvwrite import ByteCells, integral_seconds, join_rows
from vendorpact.core.sla.stream import _Parser

TIMESTAMPS = [
    "2026-03-02T09:00:00Z",
    "2026-03-02T09:00:00+01:00",
    "2026-03-29 03:30:00+02:00",
    "2026-03-02T09:00:00-0530",
    "2026-03-02T09:00:00",  # no zone: the policy zone
    "2026-03-02T09:00:00.250+01:00",  # fraction: per-value parser
    "02/03/2026 09:15",  # day first
    "2026-02-30T10:00:00Z",  # no such day
    "2026-03-02T09:00:00+01:00:30",  # too long for the vectorised parser
    "2026-13-02T09:00:00Z",  # no such month
    "",
]


def test_byte_chunk_timestamps_equal_the_string_parser(tmp_path):
    path = tmp_path / "t.csv"
    rows = "".join(f"T{i},{value},x\n" for i, value in enumerate(TIMESTAMPS))
    path.write_text("id,at,status\n" + rows, encoding="utf-8")
    _, chunks = read_chunks(path)
    (chunk,) = list(chunks)
    assert isinstance(chunk, ByteChunk)
    parse = _Parser("Europe/Brussels")
    epochs, ok = chunk.epochs(1, parse)
    expected, expected_ok = parse(list(TIMESTAMPS))
    assert ok.tolist() == expected_ok.tolist() == [True] * 7 + [False, True, False, True]
    assert np.array_equal(epochs, expected, equal_nan=True)
    assert epochs[0] == dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC).timestamp()


def test_quoted_crlf_or_non_ascii_chunks_read_like_csvcolumns(tmp_path):
    path = tmp_path / "t.csv"
    lines = ["T1,plain\n", 'T2,"Printer, 2de verdiep"\r\n', "T3,café\n", "T4,\n", "T5,last"]
    path.write_bytes(("\ufeffid,subject\n" + "".join(lines)).encode("utf-8"))
    header, chunks = read_chunks(path, chunk_bytes=10)
    chunks = list(chunks)
    assert header == ["id", "subject"]
    assert {type(chunk) for chunk in chunks} == {ByteChunk, TextChunk}
    _, expected = read_columns(path)
    expected = list(expected)
    assert [v for c in chunks for v in c.strings(1)] == [v for c in expected for v in c.columns[1]]
    assert [n for c in chunks for n in c.lines] == [n for c in expected for n in c.lines]


def test_rows_with_a_wrong_number_of_fields_leave_the_byte_path(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("id,a,b\nT1,x\nT2,y,z,extra\n", encoding="utf-8")
    _, chunks = read_chunks(path)
    (chunk,) = list(chunks)
    assert isinstance(chunk, TextChunk)


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.sampled_from(["In progress", "Waiting for customer", "Resolved", "x"]), min_size=1)
)
def test_categories_number_each_distinct_value(tmp_path_factory, statuses):
    path = tmp_path_factory.mktemp("c") / "t.csv"
    path.write_text("id,status\n" + "".join(f"T,{s}\n" for s in statuses), encoding="utf-8")
    _, chunks = read_chunks(path)
    (chunk,) = list(chunks)
    names, codes = chunk.categories(1)
    assert [names[code] for code in codes] == statuses
    assert len(set(names)) == len(names)


def test_categories_beyond_the_few_fall_back_to_a_sort(tmp_path):
    values = [f"status {i % 50}" for i in range(200)]
    path = tmp_path / "t.csv"
    path.write_text("id,status\n" + "".join(f"T,{v}\n" for v in values), encoding="utf-8")
    _, chunks = read_chunks(path)
    (chunk,) = list(chunks)
    names, codes = chunk.categories(1)
    assert [names[code] for code in codes] == values


def test_all_distinct_on_short_and_long_ids():
    short = np.array([b"T1", b"T2", b"T10"])
    long = np.array([b"ticket-000000000001", b"ticket-000000000002"])
    assert all_distinct(short)
    assert all_distinct(long)
    assert not all_distinct(np.array([b"T1", b"T2", b"T1"]))
    assert not all_distinct(np.concatenate([long, long[:1]]))


def test_byte_cells_write_the_same_text_as_str():
    seconds = np.array([0.0, 7.0, np.nan, 1234567890.0, 9.0, 10.0])
    ints = integral_seconds(seconds)
    ids = np.array([b"T1", b"T22", b"T333", b"T4", b"T5", b"T6"])
    flags = np.array([1, 2, 0, 1, 2, 2])
    text = join_rows(
        [
            ByteCells.from_strings(ids),
            ByteCells.from_integers(ints, np.isnan(seconds)),
            ByteCells.from_table(["", "false", "true"], flags),
        ]
    )
    expected = "".join(
        f"{i.decode()},{'' if np.isnan(s) else int(s)},{['', 'false', 'true'][f]}\n"
        for i, s, f in zip(ids, seconds, flags, strict=True)
    )
    assert text.decode() == expected


def test_fractional_or_negative_seconds_are_left_to_the_generic_writer():
    assert integral_seconds(np.array([1.0, 2.5])) is None
    assert integral_seconds(np.array([-1.0])) is None
    assert integral_seconds(np.array([1.0004, np.nan])).tolist() == [1, 0]


def test_categories_of_long_texts_are_found_per_value(tmp_path, monkeypatch):
    monkeypatch.setattr("vendorpact.core.sla.bytecolumns.WIDE_CELLS", 100)
    values = ["short", "a much longer status text " * 4, "short"]
    path = tmp_path / "t.csv"
    path.write_text("id,status\n" + "".join(f"T,{v}\n" for v in values), encoding="utf-8")
    _, chunks = read_chunks(path)
    (chunk,) = list(chunks)
    names, codes = chunk.categories(1)
    assert [names[code] for code in codes] == values
