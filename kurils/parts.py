"""Tables kept on disk as numbered Parquet parts, and streamed from them into the build's files.

Both engines parse a corpus into parts (``parts/articles/part-NNNNN.parquet`` and ``parts/events/…``):
the Dask engine's workers write one per partition, the local engine's parent one per few thousand
articles as its workers' rows arrive. The tables' files are then written from the parts: the merge
runs over the events' merge columns alone, and each table is streamed a part at a time, so the
memory of a build grows with the number of events, not with the corpus's bytes (bench/notes.md).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from kurils.merge import MEMBER_COLUMNS, MERGED_COLUMNS, merge_events
from kurils.tables import Tables, tables_from_frames, to_csv_frame

KINDS = ("articles", "events")


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
    table = pa.concat_tables(tables, promote_options="permissive")
    frame = table.to_pandas()
    for field in table.schema:
        if pa.types.is_list(field.type) or pa.types.is_large_list(field.type):
            cells = table.column(field.name).to_pylist()
            frame[field.name] = pd.Series(cells, index=frame.index, dtype=object)
    return frame


def tables_from_parts(parts_dir, count: int) -> Tables:
    """The three tables in memory (for a corpus that fits; ``write_from_parts`` streams instead)."""
    parts = Path(parts_dir)
    return tables_from_frames(read_parts(parts / "articles", count), read_parts(parts / "events", count))


def write_from_parts(parts_dir, count: int, out) -> list[Path]:
    """articles, events and merged as Parquet and CSV under ``out``, streamed part by part."""
    parts, out = Path(parts_dir), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    keys = read_parts(parts / "events", count, columns=list(MEMBER_COLUMNS)) if count else None
    if keys is None or keys.empty:
        merged_ids, merged = [], pd.DataFrame(columns=MERGED_COLUMNS)
    else:
        ids, merged = merge_events(keys)
        merged_ids = ids.tolist()
    del keys
    written = _stream(parts / "articles", count, out / "articles", _article_types)
    taken = 0

    def with_merged_id(events: pd.DataFrame) -> pd.DataFrame:
        nonlocal taken
        events = _event_types(events)
        events["merged_id"] = pd.Series(merged_ids[taken : taken + len(events)], index=events.index,
                                        dtype=object)
        taken += len(events)
        return events

    written += _stream(parts / "events", count, out / "events", with_merged_id)
    merged["n_sources"] = merged["n_sources"].astype("int64")
    merged.to_parquet(out / "merged.parquet", index=False)
    to_csv_frame(merged).to_csv(out / "merged.csv", index=False)
    return written + [out / "merged.parquet", out / "merged.csv"]


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
