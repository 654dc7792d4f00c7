"""The build on Dask: the local engine's tables, parsed on a cluster's workers.

The input files are cut into partitions; each worker parses a partition and writes its articles and
events as one Parquet part each (``parts/articles/part-NNNNN.parquet``, ``parts/events/…``), so
the parsed rows never travel back through the scheduler. The driver then runs the merge over the
events' merge columns alone and streams the parts, one at a time and in partition order, into the
tables' files: it never holds the articles' text or the events' evidence, so its memory grows with
the number of events, not with the corpus's bytes. The files equal the local engine's
(tests/test_distributed.py). On a real cluster ``parts_dir`` must be on storage every worker can
write and the driver read (a shared file system).

Dask is an optional extra (requirements-dask.txt); nothing else in kurils imports this module.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from kurils.merge import MEMBER_COLUMNS, MERGED_COLUMNS, merge_events
from kurils.pipeline import expand_paths
from kurils.tables import Tables, frames_from_rows, rows_of_files, tables_from_frames, to_csv_frame

PARTITION_FILES = 256  # files a worker parses per task: large enough to amortise a task's overhead


def build_dask(folder, parts_dir, *, scheduler: str | None = None, workers: int = 2,
               partition_files: int = PARTITION_FILES, relevant_only: bool = False) -> int:
    """Parse ``folder`` on Dask (``scheduler``: an address, or None for a local cluster of ``workers``
    processes) into Parquet parts under ``parts_dir``; the number of partitions. ``relevant_only``
    keeps what the local build keeps with it (``tables.keep``)."""
    paths = [str(p) for p in expand_paths([folder])]
    partitions = [paths[i : i + partition_files] for i in range(0, len(paths), partition_files)]
    parts = Path(parts_dir)
    for kind in ("articles", "events"):
        (parts / kind).mkdir(parents=True, exist_ok=True)
    with _client(scheduler, workers) as client:
        futures = client.map(write_partition, partitions, [str(parts)] * len(partitions),
                             range(len(partitions)), relevant_only=relevant_only, pure=False)
        client.gather(futures)
    return len(partitions)


def tables_from_parts(parts_dir, count: int) -> Tables:
    """The three tables in memory (for a corpus that fits; ``write_from_parts`` streams instead)."""
    parts = Path(parts_dir)
    return tables_from_frames(read_parts(parts / "articles", count), read_parts(parts / "events", count))


def write_from_parts(parts_dir, count: int, out) -> list[Path]:
    """articles, events and merged as Parquet and CSV under ``out``, streamed part by part."""
    parts, out = Path(parts_dir), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    keys = read_parts(parts / "events", count, columns=list(MEMBER_COLUMNS))
    merged_ids, merged = merge_events(keys)
    merged_ids = merged_ids.tolist()
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
    if merged.empty:
        merged = pd.DataFrame(columns=MERGED_COLUMNS)
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


@contextlib.contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator:
    from dask.distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


def part_name(number: int) -> str:
    return f"part-{number:05d}.parquet"


def write_partition(paths: list[str], parts_dir: str, number: int,
                    relevant_only: bool = False) -> tuple[int, int]:
    """Parse one partition on a worker and write its two parts; (articles, events) counted."""
    articles, events = frames_from_rows(rows_of_files(paths, relevant_only))
    parts = Path(parts_dir)
    for kind, frame in (("articles", articles), ("events", events)):
        partial = parts / kind / f".{part_name(number)}.tmp"
        frame.to_parquet(partial, index=False)
        partial.replace(parts / kind / part_name(number))  # a part is there whole or not at all
    return len(articles), len(events)


def read_parts(folder: Path, count: int, columns: list[str] | None = None, first: int = 0) -> pd.DataFrame:
    """Parts ``first`` .. ``first + count - 1`` in order as one frame, list cells as plain lists (as
    the local engine has them)."""
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
