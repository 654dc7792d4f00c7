"""Uploads: a JSON Lines, WARC or zip upload adds its relevant articles, lists its bad items and
reports its progress as it reads; per-session limits stated in the uploader, one copy of a
session's uploads (released with the session), and a hostile upload parsed in a worker where it
cannot hold up another session."""

from __future__ import annotations

import gc
import io
import json
import threading
import time
import tracemalloc
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import kurils.guard as guard_module
from kurils.pipeline import parse_bytes, parse_paths, warm_up
from kurils.settings import MAX_SESSION_UPLOAD_MB, MAX_SESSION_UPLOADS, MAX_UPLOAD_MB
from kurils.tables import tables_from_articles
from kurils.views import uploads
from kurils.views.data import combine, prepare
from kurils.views.uploads import MAX_LISTED, read_batch_upload

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
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


@dataclass
class FakeUpload:
    file_id: str
    name: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)

    def getvalue(self) -> bytes:
        return self.data


def distinct_article(i: int, paragraphs: int = 8) -> bytes:
    """A seed article with i-numbered paragraphs appended: 30 of them are 30 different articles."""
    body = SEED_TEXTS[i % len(SEED_TEXTS)]
    rest = body.split("\n\n", 1)[-1][:1500]
    return (body + "".join(f"\n\nUpdate {i}.{k}: {rest}" for k in range(paragraphs))).encode()


def test_the_label_states_the_limits():
    text = uploads.label()
    assert f"{MAX_SESSION_UPLOADS} files" in text and f"{MAX_SESSION_UPLOAD_MB} MB per session" in text
    assert f"{MAX_UPLOAD_MB} MB a file" in text


@pytest.mark.parametrize(
    "accepted, taken_mb, size_mb, expected",
    [
        (0, 0, 0.01, None),
        (0, 0, MAX_UPLOAD_MB + 1, "larger than"),
        (MAX_SESSION_UPLOADS, 0, 0.01, "the most it may add"),
        (1, MAX_SESSION_UPLOAD_MB - 0.005, 0.01, f"over the {MAX_SESSION_UPLOAD_MB} MB"),
    ],
)
def test_a_file_over_a_limit_is_refused_with_its_reason(accepted, taken_mb, size_mb, expected):
    ledger = uploads.Ledger(outcome={f"f{i}": ((f"a{i}",), (), ()) for i in range(accepted)},
                            taken_bytes=int(taken_mb * 2**20))
    reason = uploads.refusal(ledger, "x.txt", int(size_mb * 2**20))
    assert (reason is None) if expected is None else (reason.startswith("x.txt: ") and expected in reason)


def test_each_file_is_parsed_once_and_failures_are_listed_in_order():
    calls: list[str] = []

    def parse(data, name):
        calls.append(name)
        return parse_bytes(data, file=name)

    ledger = uploads.Ledger()
    files = [FakeUpload("1", "a.txt", distinct_article(0, 1)), FakeUpload("2", "empty.txt", b""),
             FakeUpload("3", "b.txt", distinct_article(1, 1))]
    ids, failures, notes = uploads.take(ledger, files, parse)
    assert len(ids) == 2 and notes == [] and failures == ["empty.txt: empty file"]
    assert uploads.take(ledger, files, parse) == (ids, failures, [])
    assert calls == ["a.txt", "empty.txt", "b.txt"]
    assert list(uploads.chosen(ledger, ids[1:]).articles["file"]) == ["b.txt"]


def test_one_corpus_per_session_made_once_per_set_of_uploads():
    made = []
    ledger = uploads.Ledger()

    def make(extra):
        made.append(len(extra.articles))
        return object()

    files = [FakeUpload(str(i), f"{i}.txt", distinct_article(i, 1)) for i in range(3)]
    uploads.take(ledger, files, parse_bytes)
    ids = tuple(ledger.articles["id"])
    first = uploads.session_corpus(ledger, ("base",), ids, make)
    assert uploads.session_corpus(ledger, ("base",), ids, make) is first
    uploads.session_corpus(ledger, ("base",), ids[:2], make)
    assert made == [3, 2] and ledger.corpus is not first


def test_30_uploads_cost_under_3x_their_bytes_and_are_released_with_the_session():
    """What the server keeps for a session's uploads (its ledger and corpus) against the bytes
    uploaded, parsing in a worker as the app does (the parser's own caches stay there); the
    uploaded files themselves are Streamlit's."""
    base = tables_from_articles(parse_paths([ROOT / "seeds"]))
    warm_up()
    files = [FakeUpload(str(i), f"up{i:02d}.txt", distinct_article(i)) for i in range(30)]
    uploaded = sum(f.size for f in files)
    worker = guard_module.Guard(guard_module.parse_upload)

    def parse(data, name):
        return guard_module.within_budget(worker, (data, name), len(data), str)

    def session(files):
        ledger = uploads.Ledger()
        ids, _failures, _notes = uploads.take(ledger, files, parse)
        uploads.session_corpus(ledger, ("seeds",), ids, lambda extra: prepare(combine(base, extra)))

    session([FakeUpload("w", "warm.txt", distinct_article(99, 1))])  # loads what any first session loads
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        ledger = uploads.Ledger()
        ids, failures, _notes = uploads.take(ledger, files, parse)
        corpus = uploads.session_corpus(ledger, ("seeds",), ids, lambda extra: prepare(combine(base, extra)))
        assert len(ids) == 30 and not failures and len(corpus.articles) == 35
        del corpus
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
        del ledger  # the session ends: Streamlit drops its session state
        gc.collect()
        left = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
        worker.close()
    assert grown < 3 * uploaded, f"{grown / 2**10:.0f} KB kept for {uploaded / 2**10:.0f} KB uploaded"
    assert left < 0.1 * uploaded, f"{left / 2**10:.0f} KB left after the session"


def slow_parse(item):
    """The upload workers' work in the next test: an upload named slow* never finishes."""
    data, name = item
    if name.startswith("slow"):
        time.sleep(600)
    return guard_module.parse_upload(item)


def _first_view_seconds() -> float:
    at = AppTest.from_file(APP, default_timeout=120)
    start = time.perf_counter()
    at.run()
    assert not at.exception
    return time.perf_counter() - start


def test_a_hostile_upload_is_stopped_and_does_not_hold_up_another_sessions_first_view(monkeypatch, tmp_path):
    monkeypatch.setenv("KURILS_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("KURILS_ARTICLES", raising=False)
    monkeypatch.setattr(uploads, "WORK", slow_parse)  # picked up by the spawned workers by name
    monkeypatch.setattr(guard_module, "PARSE_SECONDS_FLOOR", 8.0)
    _first_view_seconds()  # the folder's corpus is built and cached once, as on a live server
    alone = min(_first_view_seconds() for _ in range(2))
    hostile = AppTest.from_file(APP, default_timeout=300)
    hostile.run()
    uploader = hostile.file_uploader(key="uploads")
    uploader.set_value([("slow.txt", distinct_article(0, 1), "text/plain"),
                        ("fine.txt", distinct_article(1, 1), "text/plain")])
    thread = threading.Thread(target=uploader.run)
    thread.start()
    time.sleep(2)  # the hostile parse is under way in its worker
    during = _first_view_seconds()
    thread.join(300)
    assert during < alone + 2, f"a new session's first view took {during:.1f} s (alone {alone:.1f} s)"
    failures = [w.value.replace("\\", "") for w in hostile.warning]
    assert any("slow.txt: parse stopped after 8 s" in f for f in failures), failures
    assert "fine.txt" not in " ".join(failures)


@pytest.mark.parametrize(
    "setting, expected",
    [
        ("missing", "KURILS_ARTICLES is set to {path}, which does not exist"),
        ("a_file.txt", "KURILS_ARTICLES is set to {path}, which is a file, not a folder"),
        ("/dev/null", "KURILS_ARTICLES is set to {path}, which is a device, not a folder"),
    ],
)
def test_a_bad_articles_setting_is_named_not_a_phantom_corpus(monkeypatch, tmp_path, setting, expected):
    (tmp_path / "a_file.txt").write_text("x")
    path = setting if setting.startswith("/") else str(tmp_path / setting)
    monkeypatch.setenv("KURILS_ARTICLES", path)
    monkeypatch.setenv("KURILS_CACHE", str(tmp_path / "cache"))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    errors = [e.value.replace("\\", "") for e in at.error]
    assert any(expected.format(path=path) in e for e in errors), errors
    assert not at.caption  # no "1 of 1 articles"


def test_a_build_folder_with_mixed_tables_is_refused_by_the_app(monkeypatch, tmp_path):
    import shutil

    from kurils.tables import write_tables

    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(sorted((ROOT / "seeds").glob("*.txt"))[0], one)
    write_tables(ROOT / "seeds", tmp_path / "built")
    write_tables(one, tmp_path / "other")
    shutil.copy(tmp_path / "other" / "events.parquet", tmp_path / "built" / "events.parquet")
    monkeypatch.setenv("KURILS_ARTICLES", str(tmp_path / "built"))
    monkeypatch.setenv("KURILS_CACHE", str(tmp_path / "cache"))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    errors = [e.value.replace("\\", "") for e in at.error]
    assert any("events.parquet" in e and "do not belong together" in e for e in errors), errors


def slow_item(item):
    """The upload workers' work for batch items in the next test: an item with id slow* never finishes."""
    if item.source is not None and (item.source.source_id or "").startswith("slow"):
        time.sleep(600)
    return guard_module.parse_one_item(item)


def test_a_hostile_item_of_a_batch_upload_is_stopped_and_the_rest_go_on(monkeypatch):
    import json

    monkeypatch.setattr(uploads, "ITEM_WORK", slow_item)  # picked up by the spawned workers by name
    monkeypatch.setattr(guard_module, "PARSE_SECONDS_FLOOR", 8.0)
    lines = [{"id": f"{kind}-{n}", "url": f"https://tass.com/world/{n}",
              "text": distinct_article(n, 1).decode()} for n, kind in enumerate(["fine", "slow", "fine"])]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    batch = read_batch_upload(data, "feed.jsonl")
    assert batch.items == 3
    assert any("feed.jsonl#2: parse stopped after 8 s" in f for f in batch.failures), batch.failures
    assert [a.source.source_id for a in batch.articles] == ["fine-0", "fine-2"]
