"""The Dask engine gives the local engine's tables (a LocalCluster of 2 worker processes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

pytest.importorskip("distributed")

from kurils.distributed import build_dask  # noqa: E402
from kurils.tables import build  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A generated corpus of 120 articles plus the seeds (several partitions of uneven size)."""
    folder = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, "-m", "bench.generate", "120", str(folder / "gen")], cwd=ROOT, check=True,
                   capture_output=True)
    for seed in (ROOT / "seeds").iterdir():
        (folder / seed.name).write_bytes(seed.read_bytes())
    return folder


def test_dask_tables_equal_the_local_engines(corpus, tmp_path):
    local = build(corpus, jobs=1)
    dask = build_dask(corpus, tmp_path / "parts", workers=2, partition_files=50)
    assert len(local.articles) == 125
    for name in ("articles", "events", "merged"):
        pd.testing.assert_frame_equal(getattr(dask, name), getattr(local, name))
    assert len(list((tmp_path / "parts" / "articles").glob("part-*.parquet"))) == 3


def test_build_command_with_the_dask_engine_writes_the_tables_and_parts(corpus, tmp_path):
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "kurils", "build", str(corpus), "--out", str(out),
                           "--engine", "dask", "--jobs", "2"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert len(pd.read_parquet(out / "articles.parquet")) == 125
    assert (out / "parts" / "events").is_dir()
