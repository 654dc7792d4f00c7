"""Tables kept on disk as numbered Parquet parts, and streamed from them into the build's files.

Both engines parse a corpus into parts (``parts/articles/part-NNNNN.parquet`` and ``parts/events/…``):
the Dask engine's workers write one per partition, the local engine's parent one per few thousand
articles as its workers' rows arrive. The tables' files are then written from the parts: the merge
runs over the events' merge columns alone, and each table is streamed a part at a time, so the
memory of a build grows with the number of events, not with the corpus's bytes (bench/notes.md).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from kurils.merge import (
    MEMBER_COLUMNS,
    MERGED_COLUMNS,
    MERGED_SCHEMA,
    candidates_of,
    days_of,
    group_array,
    merged_chunks,
    merged_id_strings,
    widths_of,
)
from kurils.tables import Tables, tables_from_frames, to_csv_frame

KINDS = ("articles", "events")
MERGED_CHUNK_EVENTS = 10_000  # merged rows are made for this many events' positions at a time


def part_name(number: int) -> str:
    return f"part-{number:05d}.parquet"


def write_part(parts_dir, number: int, articles: pd.DataFrame, events: pd.DataFrame) -> None:
    """One part of each table, each written beside its place and renamed: there whole or not at all."""
    parts = Path(parts_dir)
    for kind, frame in zip(KINDS, (articles, events), strict=True):
        (parts / kind).mkdir(parents=True, exist_ok=True)
        partial = parts / kind / f".{part_name(number)}.tmp"
        frame.to_parquet(partial, index=False)
        partial.replace(parts / kind / part_name(number))


def read_parts(folder: Path, count: int, columns: list[str] | None = None, first: int = 0) -> pd.DataFrame:
    """Parts ``first`` .. ``first + count - 1`` in order as one frame, list cells as plain lists (as
    the in-memory build has them)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    tables = [pq.read_table(folder / part_name(n), columns=columns) for n in range(first, first + count)]
    return _frame(pa.concat_tables(tables, promote_options="permissive"))


def tables_from_parts(parts_dir, count: int) -> Tables:
    """The three tables in memory (for a corpus that fits; ``write_from_parts`` streams instead)."""
    parts = Path(parts_dir)
    return tables_from_frames(read_parts(parts / "articles", count), read_parts(parts / "events", count))


def _frame(table) -> pd.DataFrame:
    """An Arrow table as read_parts gives it: list cells as plain lists."""
    import pyarrow as pa

    frame = table.to_pandas()
    for field in table.schema:
        if pa.types.is_list(field.type) or pa.types.is_large_list(field.type):
            cells = table.column(field.name).to_pylist()
            frame[field.name] = pd.Series(cells, index=frame.index, dtype=object)
    return frame


class MemberRows:
    """The merge columns of a build's events, read from its parts as a merged chunk needs them: the
    events of multi-event groups held as Arrow (compact), every other event read with its part."""

    def __init__(self, folder: Path, count: int, groups: np.ndarray) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.files = [folder / part_name(n) for n in range(count)]
        rows = [pq.read_metadata(f).num_rows for f in self.files]
        self.starts = np.r_[0, np.cumsum(rows)]
        shared = np.bincount(groups, minlength=len(groups))[groups] > 1
        self.shared = np.flatnonzero(shared)
        held = []
        for n, f in enumerate(self.files):
            mask = pa.array(shared[self.starts[n] : self.starts[n + 1]])
            held.append(pq.read_table(f, columns=list(MEMBER_COLUMNS)).filter(mask))
        self.held = pa.concat_tables(held, promote_options="permissive") if held else None
        self._part: tuple[int, object] | None = None

    def _part_table(self, n: int):
        import pyarrow.parquet as pq

        if self._part is None or self._part[0] != n:
            self._part = (n, pq.read_table(self.files[n], columns=list(MEMBER_COLUMNS)))
        return self._part[1]

    def __call__(self, positions: np.ndarray) -> dict[str, list]:
        """The member columns of the events at ``positions`` (sorted), a list per column."""
        import pyarrow as pa

        in_held = np.isin(positions, self.shared)
        pieces, order = [], []
        if in_held.any():
            pieces.append(self.held.take(pa.array(np.searchsorted(self.shared, positions[in_held]))))
            order.append(positions[in_held])
        alone = positions[~in_held]
        part_of = np.searchsorted(self.starts, alone, side="right") - 1
        for n in np.unique(part_of).tolist():
            at = alone[part_of == n]
            pieces.append(self._part_table(n).take(pa.array(at - self.starts[n])))
            order.append(at)
        if not pieces:
            return {c: [] for c in MEMBER_COLUMNS}
        table = pa.concat_tables(pieces, promote_options="permissive")
        table = table.take(pa.array(np.argsort(np.concatenate(order), kind="stable")))
        frame = _frame(table)
        return {c: frame[c].tolist() for c in MEMBER_COLUMNS}


def _groups_of_parts(folder: Path, count: int) -> np.ndarray:
    """The merge's groups (kurils.merge) over every event of the parts, from the five columns that
    decide them, read with dictionaries (few distinct types and dates)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = ["type", "date_first", "date_last", "places", "people"]
    tables = [pq.read_table(folder / part_name(n), columns=columns,
                            read_dictionary=["type", "date_first", "date_last"]) for n in range(count)]
    table = pa.concat_tables(tables, promote_options="permissive")
    del tables
    if table.num_rows == 0:
        return np.zeros(0, np.int64), np.zeros(0)
    decoded = {c: table.column(c).cast(pa.string()) if c == "type" else table.column(c) for c in columns}
    first, last = (_dates(table.column(c)) for c in ("date_first", "date_last"))
    return group_array(table.num_rows, candidates_of(decoded, first, last)), widths_of(first, last)


def _dates(column) -> np.ndarray:
    return days_of(pd.Series(column.to_pandas()))


def write_from_parts(parts_dir, count: int, out) -> list[Path]:
    """articles, events and merged as Parquet and CSV under ``out``, streamed part by part.

    The merge holds its groups as integers and the merge columns of the events that share a group
    (Arrow); every merged row alone and every event row is made with its part (bench/notes.md)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    parts, out = Path(parts_dir), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    events_dir = parts / "events"
    # the groups first, in a process not yet grown by a part's text (freed memory stays with it)
    if count:
        groups, widths = _groups_of_parts(events_dir, count)
    else:
        groups, widths = np.zeros(0, np.int64), np.zeros(0)
    pa.default_memory_pool().release_unused()
    written = _stream(parts / "articles", count, out / "articles", _article_types)
    taken = 0

    def with_merged_id(events: pd.DataFrame) -> pd.DataFrame:
        nonlocal taken
        events = _event_types(events)
        events["merged_id"] = pd.Series(merged_id_strings(groups[taken : taken + len(events)]),
                                        index=events.index, dtype=object)
        taken += len(events)
        return events

    written += _stream(events_dir, count, out / "events", with_merged_id)
    parquet, csv = out / "merged.parquet", out / "merged.csv"
    if len(groups) == 0:
        merged = pd.DataFrame(columns=MERGED_COLUMNS)
        merged.to_parquet(parquet, index=False)
        to_csv_frame(merged).to_csv(csv, index=False)
        return written + [parquet, csv]
    rows = MemberRows(events_dir, count, groups)
    writer = None
    try:
        bounds = sorted({*rows.starts.tolist(), *range(0, len(groups), MERGED_CHUNK_EVENTS)})
        for merged in merged_chunks(groups, widths, rows, bounds):
            if merged.empty:
                continue  # a chunk whose events all joined rows of earlier chunks adds none
            merged["n_sources"] = merged["n_sources"].astype("int64")
            first = writer is None
            if first:  # pandas' own metadata (dtypes to read back), as to_parquet writes it
                meta = pa.Table.from_pandas(merged, preserve_index=False).schema.metadata
                schema = MERGED_SCHEMA.with_metadata(meta)
                writer = pq.ParquetWriter(parquet, schema)
            writer.write_table(pa.Table.from_pandas(merged, schema=schema, preserve_index=False))
            to_csv_frame(merged).to_csv(csv, index=False, header=first, mode="w" if first else "a")
    finally:
        if writer is not None:
            writer.close()
    return written + [parquet, csv]


def _article_types(frame: pd.DataFrame) -> pd.DataFrame:
    frame["n_events"] = frame["n_events"].astype("int64")
    return frame


def _event_types(frame: pd.DataFrame) -> pd.DataFrame:
    for column in ("span_start", "span_end"):
        frame[column] = frame[column].astype("int64")
    return frame


def _stream(folder: Path, count: int, stem: Path, fix) -> list[Path]:
    """One table's parts into ``stem``.parquet and ``stem``.csv, a part at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    files = [folder / part_name(n) for n in range(count)]
    frames = (fix(read_parts(folder, 1, first=n)) for n in range(count))
    parquet, csv = stem.with_suffix(".parquet"), stem.with_suffix(".csv")
    schema = None
    writer = None
    try:
        for n, frame in enumerate(frames):
            table = pa.Table.from_pandas(frame, preserve_index=False)
            if schema is None:
                schema = pa.unify_schemas([table.schema, *map(pq.read_schema, files)],
                                          promote_options="permissive")
                schema = pa.schema([schema.field(name) for name in table.schema.names])
                writer = pq.ParquetWriter(parquet, schema)
            writer.write_table(table.cast(schema))
            to_csv_frame(frame).to_csv(csv, index=False, header=n == 0, mode="w" if n == 0 else "a")
    finally:
        if writer is not None:
            writer.close()
    return [parquet, csv]
