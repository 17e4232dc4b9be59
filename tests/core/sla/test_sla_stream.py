import datetime as dt
import tempfile
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.sla.sla_helpers import POLICY_DICT
from vendorpact.core.sla.csvcolumns import read_columns
from vendorpact.core.sla.fastparse import iso_to_epoch
from vendorpact.core.sla.policy import SlaPolicy
from vendorpact.core.sla.stream import EventTable, iter_generic_chunks

offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)
moments = st.datetimes(
    min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 12, 31), timezones=offsets
).map(lambda moment: moment.replace(microsecond=0))


@settings(max_examples=300, deadline=None)
@given(st.lists(moments, min_size=1, max_size=20), st.sampled_from(["T", " "]))
def test_vectorised_iso_parsing_equals_fromisoformat(values, separator):
    texts = [m.isoformat(sep=separator).replace("+00:00", "Z") for m in values]
    epochs, decoded = iso_to_epoch(texts)
    assert decoded.all()
    assert epochs.tolist() == [m.timestamp() for m in values]


def test_values_the_fast_parser_does_not_decode_are_flagged():
    texts = ["2026-02-30T10:00:00Z", "2026-03-02 09:15", "02/03/2026 09:15", ""]
    epochs, decoded = iso_to_epoch(texts)
    assert decoded.tolist() == [False, False, False, True]
    assert np.isnan(epochs).all()


def test_quoted_and_crlf_csv_is_read_through_the_csv_module(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b'id,subject\r\n1,"Printer, 2de verdiep"\r\n2,Scherm\r\n')
    header, chunks = read_columns(path)
    (chunk,) = list(chunks)
    assert header == ["id", "subject"]
    assert chunk.columns == [["1", "2"], ["Printer, 2de verdiep", "Scherm"]]
    assert list(chunk.lines) == [2, 3]


def test_small_chunks_keep_line_numbers(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("id,x\n" + "".join(f"{i},v\n" for i in range(100)), encoding="utf-8")
    _, chunks = read_columns(path, chunk_bytes=64)
    lines = [line for chunk in chunks for line in chunk.lines]
    assert lines == list(range(2, 102))


def test_unsorted_events_are_grouped_per_ticket_in_time_order(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text(
        "id,at,status\n"
        "B,2026-03-02T10:00:00+01:00,Waiting for customer\n"
        "A,2026-03-02T11:00:00+01:00,Resolved\n"
        "B,2026-03-02T09:00:00+01:00,In progress\n"
        "A,2026-03-02 09:30,In progress\n",
        encoding="utf-8",
    )
    table = EventTable.from_csv(path, SlaPolicy.from_dict(POLICY_DICT))
    offsets, at, _state = table.gather(["A", "C", "B"])
    assert offsets.tolist() == [0, 2, 2, 4]
    assert at[0] == dt.datetime(2026, 3, 2, 8, 30, tzinfo=dt.UTC).timestamp()
    assert list(at) == sorted(at[:2]) + sorted(at[2:])


def test_streamed_chunks_match_the_rows_and_report_bad_ones(tmp_path):
    path = tmp_path / "tickets.csv"
    rows = [f"T{i},P2,2026-03-02T09:00:00+01:00,2026-03-02T09:30:00+01:00," for i in range(30)]
    rows[7] = "T7,P2,2026-03-02T09:00:00+01:00,2026-03-0X,"
    path.write_text("id,priority,created,first_response,resolved\n" + "\n".join(rows) + "\n")
    errors = []
    chunks = list(iter_generic_chunks(SlaPolicy.from_dict(POLICY_DICT), path, errors=errors,
                                      chunk_bytes=256))  # fmt: skip
    ids = [ticket_id for chunk in chunks for ticket_id in chunk.ids]
    assert len(chunks) > 1
    assert ids == [f"T{i}" for i in range(30) if i != 7]
    assert [(e.line, e.code, e.field) for e in errors] == [
        (9, "row.date_invalid", "first_response")
    ]
    assert all((chunk.result.response_seconds == 1800).all() for chunk in chunks)


event_rows = st.lists(
    st.tuples(st.sampled_from(["A", "B", "C", "D"]), st.integers(0, 50), st.booleans()),
    max_size=40,
)


@settings(max_examples=100, deadline=None)
@given(event_rows, st.sampled_from([40, 120, 1 << 20]))
def test_event_table_groups_like_a_plain_dictionary(rows, chunk_bytes):
    policy = SlaPolicy.from_dict(POLICY_DICT)
    base = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC).timestamp()
    lines = [
        f"{ticket},{dt.datetime.fromtimestamp(base + minute * 60, dt.UTC).isoformat()},"
        f"{'Waiting for customer' if paused else 'In progress'}"
        for ticket, minute, paused in rows
    ]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "events.csv"
        path.write_text("id,at,status\n" + "".join(line + "\n" for line in lines))
        table = EventTable.from_csv(path, policy, chunk_bytes=chunk_bytes)
    expected = {}
    for ticket, minute, paused in rows:  # stable: simultaneous events keep the file order
        expected.setdefault(ticket, []).append((base + minute * 60, 1 if paused else 0))
    for ids in (list(table.ordered_ids), ["D", "A", "X", "C", "B"]):  # file order, then not
        offsets, at, state = table.gather(ids)
        for i, ticket in enumerate(ids):
            window = slice(offsets[i], offsets[i + 1])
            got = list(zip(at[window].tolist(), state[window].tolist(), strict=True))
            assert got == sorted(expected.get(ticket, []), key=lambda event: event[0])
