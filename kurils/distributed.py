"""The build on Dask: the local engine's tables, parsed on a cluster's workers.

The input files are cut into partitions; each worker parses a partition and writes its articles and
events as one Parquet part each (``parts/articles/part-NNNNN.parquet``, ``parts/events/…``), so
the parsed rows never travel back through the scheduler. The driver then writes the tables' files
from the parts as the local engine does (kurils.parts: the merge over the events' merge columns
alone, each table streamed a part at a time). The files equal the local engine's
(tests/test_distributed.py). On a real cluster ``parts_dir`` must be on storage every worker can
write and the driver read (a shared file system).

Dask is an optional extra (requirements-dask.txt); nothing else in kurils imports this module.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from kurils.parts import read_parts, tables_from_parts, write_from_parts, write_part  # noqa: F401 (this engine's API)
from kurils.pipeline import expand_paths
from kurils.tables import frames_from_rows, rows_of_files

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


def write_partition(paths: list[str], parts_dir: str, number: int,
                    relevant_only: bool = False) -> tuple[int, int]:
    """Parse one partition on a worker and write its two parts; (articles, events) counted."""
    from kurils.titles import SiteSegments

    # a title segment repeated across a site's pages in this partition is its name, as in the local build
    articles, events = frames_from_rows(rows_of_files(paths, relevant_only), SiteSegments())
    write_part(parts_dir, number, articles, events)
    return len(articles), len(events)
