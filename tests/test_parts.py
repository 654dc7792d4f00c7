"""The local build streams its rows to disk in parts: its files equal the tables built in memory."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from kurils import store
from kurils.parts import tables_from_parts, write_from_parts
from kurils.tables import build, build_parts, to_csv_frame, write_tables
from kurils.views.data import _read_table

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("articles", "events", "merged")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A generated corpus of 80 articles plus the seeds."""
    folder = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, "-m", "bench.generate", "80", str(folder / "gen")], cwd=ROOT, check=True,
                   capture_output=True)
    for seed in (ROOT / "seeds").iterdir():
        (folder / seed.name).write_bytes(seed.read_bytes())
    return folder


@pytest.fixture(scope="module")
def in_memory(corpus):
    return build(corpus, jobs=1)


def _csv(frame: pd.DataFrame) -> bytes:
    buffer = io.StringIO()
    to_csv_frame(frame).to_csv(buffer, index=False)
    return buffer.getvalue().encode()


@pytest.mark.parametrize("part_articles", [1, 30, 10_000])
def test_parts_of_any_size_give_the_tables_built_in_memory(corpus, in_memory, tmp_path, part_articles):
    count = build_parts(corpus, tmp_path / "parts", jobs=2, part_articles=part_articles)
    assert (count == 1) == (part_articles >= len(in_memory.articles))  # a part is flushed per worker chunk
    parted = tables_from_parts(tmp_path / "parts", count)
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(parted, name), getattr(in_memory, name))


@pytest.mark.parametrize("merged_chunk", [3, 10_000])  # merged rows made a few events at a time, or a part
def test_the_build_commands_streamed_files_equal_the_tables_built_in_memory(corpus, in_memory, tmp_path,
                                                                            monkeypatch, merged_chunk):
    monkeypatch.setattr("kurils.tables.PART_ARTICLES", 25)  # several parts
    monkeypatch.setattr("kurils.parts.MERGED_CHUNK_EVENTS", merged_chunk)
    written = write_tables(corpus, tmp_path / "out")
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in written)  # no parts left behind
    manifest = store.read_manifest(out)
    for name in TABLES:
        expected = getattr(in_memory, name)
        pd.testing.assert_frame_equal(_read_table(out / f"{name}.parquet"), expected)
        assert (out / f"{name}.csv").read_bytes() == _csv(expected)
        assert manifest["rows"][name] == len(expected)
    assert manifest["corpus"] == store.corpus_fingerprint(in_memory.articles)


def test_an_empty_folder_streams_to_empty_tables_with_their_columns(tmp_path):
    (tmp_path / "empty").mkdir()
    write_tables(tmp_path / "empty", tmp_path / "out")
    in_memory = build(tmp_path / "empty")
    for name in TABLES:
        assert list(pd.read_parquet(tmp_path / "out" / f"{name}.parquet").columns) == list(
            getattr(in_memory, name).columns)


def test_parts_count_one_when_a_corpus_fits_one(corpus, tmp_path):
    assert build_parts(corpus, tmp_path / "parts", part_articles=10**6) == 1
    assert write_from_parts(tmp_path / "parts", 1, tmp_path / "out")[0].name == "articles.parquet"
