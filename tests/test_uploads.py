"""Batch uploads: a JSON Lines, WARC or zip upload adds its relevant articles, lists its bad items,
and reports its progress as it reads."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kurils.views.uploads import MAX_LISTED, read_batch_upload

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
WEATHER = "Paris weather\n\nIt will be sunny in Paris on Monday and rain on Tuesday, the forecasters said.\n"


def jsonl(records) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


@pytest.mark.parametrize(("name", "added"), [("feed.jsonl", 2), ("newsplease.jsonl.gz", 2),
                                             ("crawl.warc.gz", 5), ("articles.zip", 2)])
def test_each_example_batch_adds_its_articles_with_progress(name, added):
    seen = []
    batch = read_batch_upload((EXAMPLES / name).read_bytes(), name, lambda *shown: seen.append(shown))
    assert len(batch.articles) == added and not batch.failures
    assert seen and seen[-1][0] <= 1.0 and all(a <= b for (a, _), (b, _) in zip(seen, seen[1:], strict=False))
    assert f"{added} items" in seen[-1][1] and f"{added} of {added} items added" in batch.summary


def test_only_relevant_articles_are_added_and_bad_items_listed_with_a_count_of_the_rest():
    records = [{"id": "s", "text": SEED_TEXTS[0]}, {"id": "w", "text": WEATHER}]
    data = jsonl(records) + b"{broken\n" * (MAX_LISTED + 3)
    batch = read_batch_upload(data, "feed.jsonl")
    assert [a.source.source_id for a in batch.articles] == ["s"]
    assert len(batch.failures) == MAX_LISTED + 1 and "3 more items" in batch.failures[-1]
    assert all("not valid JSON" in f for f in batch.failures[:-1])
    assert batch.summary.startswith("feed.jsonl: 1 of 15 items added")


def test_a_broken_zip_upload_is_one_failure():
    batch = read_batch_upload(b"PK\x03\x04 not really", "a.zip")
    assert not batch.articles and "not a readable zip" in batch.failures[0]


def test_the_app_takes_a_batch_upload(monkeypatch, tmp_path):
    monkeypatch.setenv("KURILS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("KURILS_ARTICLES", str(tmp_path / "empty"))
    (tmp_path / "empty").mkdir()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", SEED_TEXTS[2])
        archive.writestr("b.txt", "")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.file_uploader(key="uploads").set_value([("batch.zip", buffer.getvalue(), "application/zip")]).run()
    assert not at.exception
    captions = [c.value.replace("\\", "") for c in at.caption]  # shown through md_escape
    warnings = [w.value.replace("\\", "") for w in at.warning]
    assert "batch.zip: 1 of 2 items added (those about the dispute)" in captions
    assert "Not added: batch.zip#2: empty file" in warnings
    assert len(at.selectbox(key="article").options) == 1
