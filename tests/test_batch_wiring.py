"""Batch files wherever a file or folder is accepted: extract, build (relevant by default, --all),
and the app's folder (KURILS_ARTICLES) with its fingerprint."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from kurils.cli import main
from kurils.pipeline import expand_paths
from kurils.views.data import folder_fingerprint, folder_tables

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
OTHER_NEWS = ("Paris weather\n\nIt will be sunny in Paris on Monday and rain is expected on Tuesday, the "
              "forecasters said on Sunday.\n")


@pytest.fixture
def batch_folder(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    lines = [json.dumps({"id": p.stem, "url": f"https://e.com/{p.stem}", "text": p.read_text("utf-8")})
             for p in seeds[:2]]
    lines += ["{broken", json.dumps({"id": "weather", "url": "https://e.com/w", "text": OTHER_NEWS})]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "plain.txt").write_bytes(seeds[2].read_bytes())
    return folder


def test_extract_a_jsonl_file_gives_every_item_with_its_input(batch_folder, capsys):
    assert main(["extract", str(batch_folder / "feed.jsonl")]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    feed = str(batch_folder / "feed.jsonl")
    assert [r["file"] for r in records] == [f"{feed}#{n}" for n in (1, 2, 3, 4)]
    ids = ["000_40981b631b3bfb78", "001_11e9c55dd5871c9d", None, "weather"]
    assert [r["source_id"] for r in records] == ids
    assert records[0]["url"] == "https://e.com/000_40981b631b3bfb78"
    assert [r["relevance"] for r in records] == ["high", "medium", "none", "none"]
    assert "not valid JSON" in records[2]["error"] and f"{feed}#3" in err


RELEVANT = {"feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#3", "plain.txt"}  # #3 is the broken line


@pytest.mark.parametrize(("flags", "kept"), [([], RELEVANT), (["--all"], RELEVANT | {"feed.jsonl#4"})],
                         ids=["relevant", "all"])
def test_build_keeps_relevant_articles_and_failed_inputs_unless_all(batch_folder, tmp_path, flags, kept):
    out = tmp_path / "out"
    assert main(["build", str(batch_folder), "--out", str(out), *flags]) == 0
    articles = pd.read_parquet(out / "articles.parquet")
    assert {Path(f).name for f in articles["file"]} == kept
    assert {"url", "source_id", "relevance", "relevance_reason"} <= set(articles.columns)


def test_the_app_folder_reads_batch_files_and_their_content_changes_the_key(batch_folder):
    assert [p.name for p in expand_paths([batch_folder])] == ["feed.jsonl", "plain.txt"]
    before = folder_fingerprint(expand_paths([batch_folder]))
    tables = folder_tables(batch_folder, before, files=2, use_cache=False)
    assert sorted(Path(f).name for f in tables.articles["file"]) == [
        "feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#3", "plain.txt"]
    with (batch_folder / "feed.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "more", "text": OTHER_NEWS}) + "\n")
    assert folder_fingerprint(expand_paths([batch_folder])) != before


def test_batch_bytes_counts_only_batch_files(batch_folder):
    from kurils.views.data import batch_bytes

    assert batch_bytes(batch_folder) == (batch_folder / "feed.jsonl").stat().st_size
