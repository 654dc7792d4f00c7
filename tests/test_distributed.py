"""The Dask engine gives the local engine's tables and files (a LocalCluster of 2 worker processes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

pytest.importorskip("distributed")

from kurils import store  # noqa: E402
from kurils.distributed import build_dask, tables_from_parts, write_from_parts  # noqa: E402
from kurils.tables import build, write_tables  # noqa: E402
from kurils.views.data import _read_table  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("articles", "events", "merged")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A generated corpus of 120 articles plus the seeds (several partitions of uneven size)."""
    folder = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, "-m", "bench.generate", "120", str(folder / "gen")], cwd=ROOT, check=True,
                   capture_output=True)
    for seed in (ROOT / "seeds").iterdir():
        (folder / seed.name).write_bytes(seed.read_bytes())
    return folder


@pytest.fixture(scope="module")
def parts(corpus, tmp_path_factory) -> tuple[Path, int]:
    folder = tmp_path_factory.mktemp("parts")
    return folder, build_dask(corpus, folder, workers=2, partition_files=50)


def test_dask_tables_equal_the_local_engines(corpus, parts):
    local = build(corpus, jobs=1)
    dask = tables_from_parts(*parts)
    assert len(local.articles) == 125
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(dask, name), getattr(local, name))
    assert len(list((parts[0] / "articles").glob("part-*.parquet"))) == 3


def test_streamed_files_equal_the_local_builds(corpus, parts, tmp_path):
    local = tmp_path / "local"
    write_tables(corpus, local)
    streamed = write_from_parts(*parts, tmp_path / "dask")
    local_tables = [p.name for p in local.iterdir() if p.name != "manifest.json"]  # the local build's own
    assert sorted(p.name for p in streamed) == sorted(local_tables)
    for name in TABLES:
        pd.testing.assert_frame_equal(_read_table(tmp_path / "dask" / f"{name}.parquet"),
                                      _read_table(local / f"{name}.parquet"))
        assert (tmp_path / "dask" / f"{name}.csv").read_bytes() == (local / f"{name}.csv").read_bytes()


def test_build_command_with_the_dask_engine_writes_the_tables_and_parts(corpus, tmp_path):
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "kurils", "build", str(corpus), "--out", str(out),
                           "--engine", "dask", "--jobs", "2"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert len(pd.read_parquet(out / "articles.parquet")) == 125
    assert (out / "parts" / "events").is_dir()
    assert store.read_manifest(out)["rows"]["articles"] == 125  # the app takes it for built tables
    again = subprocess.run([sys.executable, "-m", "kurils", "build", str(corpus), "--out", str(out),
                            "--engine", "dask", "--jobs", "2"], cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr  # an earlier Dask build's folder is replaced whole


def test_dask_keeps_what_the_local_build_keeps_with_relevant_only(corpus, tmp_path):
    local = build(corpus, jobs=1, relevant_only=True)
    dask = tables_from_parts(tmp_path, build_dask(corpus, tmp_path, workers=2, partition_files=60,
                                                  relevant_only=True))
    pd.testing.assert_frame_equal(dask.articles, local.articles)
