"""The build on Dask: the local engine's tables, parsed on a cluster's workers.

The input files are cut into partitions; each worker parses a partition and writes its articles and
events as one Parquet part each (``parts/articles/part-NNNNN.parquet``, ``parts/events/…``), so
the parsed rows never travel back through the scheduler. The driver then reads the parts in
partition order and runs the merge over all events, exactly as the local engine does, so the two
engines give equal tables (tests/test_distributed.py). On a real cluster ``parts_dir`` must be on
storage every worker can write and the driver read (a shared file system).

Dask is an optional extra (requirements-dask.txt); nothing else in kurils imports this module.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from kurils.pipeline import expand_paths
from kurils.tables import Tables, frames_from_rows, rows_of_files, tables_from_frames

PARTITION_FILES = 256  # files a worker parses per task: large enough to amortise a task's overhead


def build_dask(folder, parts_dir, *, scheduler: str | None = None, workers: int = 2,
               partition_files: int = PARTITION_FILES) -> Tables:
    """Parse ``folder`` on Dask (``scheduler``: an address, or None for a local cluster of ``workers``
    processes) into the three tables; the per-partition Parquet parts are left under ``parts_dir``."""
    paths = [str(p) for p in expand_paths([folder])]
    partitions = [paths[i : i + partition_files] for i in range(0, len(paths), partition_files)]
    parts = Path(parts_dir)
    for kind in ("articles", "events"):
        (parts / kind).mkdir(parents=True, exist_ok=True)
    with _client(scheduler, workers) as client:
        futures = client.map(write_partition, partitions, [str(parts)] * len(partitions),
                             range(len(partitions)), pure=False)
        client.gather(futures)
    articles = read_parts(parts / "articles", len(partitions))
    events = read_parts(parts / "events", len(partitions))
    return tables_from_frames(articles, events)


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


def write_partition(paths: list[str], parts_dir: str, number: int) -> tuple[int, int]:
    """Parse one partition on a worker and write its two parts; (articles, events) counted."""
    articles, events = frames_from_rows(rows_of_files(paths))
    parts = Path(parts_dir)
    for kind, frame in (("articles", articles), ("events", events)):
        partial = parts / kind / f".{part_name(number)}.tmp"
        frame.to_parquet(partial, index=False)
        partial.replace(parts / kind / part_name(number))  # a part is there whole or not at all
    return len(articles), len(events)


def read_parts(folder: Path, count: int) -> pd.DataFrame:
    """The parts in partition order as one frame, list cells as plain lists (as the local engine has)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    tables = [pq.read_table(folder / part_name(n)) for n in range(count)]
    table = pa.concat_tables(tables, promote_options="permissive")
    frame = table.to_pandas()
    for field in table.schema:
        if pa.types.is_list(field.type) or pa.types.is_large_list(field.type):
            cells = table.column(field.name).to_pylist()
            frame[field.name] = pd.Series(cells, index=frame.index, dtype=object)
    return frame
