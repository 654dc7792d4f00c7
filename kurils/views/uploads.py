"""A session's own articles: what it may upload, where they are parsed, and where they are kept.

- Limits per session, in files and MB (kurils.settings), stated in the uploader's label; a file
  over a limit is listed with its reason, the rest go on.
- Each upload is parsed in a worker process under its time budget (kurils.guard), never in the
  script thread, so a hostile file cannot pin the server: the health endpoint and other sessions
  keep answering, and a parse over budget becomes that file's failure line.
- The uploads' tables and the corpus with them live in the session's own state (a Ledger), not
  in a cache shared between sessions: one copy per session, released when the session ends.
- A batch file (JSON Lines, WARC, zip) is read item by item with a progress callback (the app draws
  ``st.progress``), its items parsed in the same workers, each under its own budget; it adds the
  articles about the dispute (relevance.py), as the app's folder does, and lists the items that
  failed, at most MAX_LISTED of them, with a count of the rest.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import pandas as pd

from kurils import guard as guarding
from kurils.inputs import BatchStats, is_batch, iter_batch
from kurils.models import Article
from kurils.pipeline import warm_up
from kurils.relevance import RELEVANT_LEVELS
from kurils.settings import (
    MAX_SESSION_UPLOAD_MB,
    MAX_SESSION_UPLOADS,
    MAX_UPLOAD_MB,
    UPLOAD_WORKER_IDLE_S,
    UPLOAD_WORKERS,
)
from kurils.tables import Tables, chunked, tables_from_articles

SUFFIXES = ["txt", "html", "htm", "jsonl", "ndjson", "gz", "warc", "zip"]
MAX_LISTED = 10  # failed items listed per batch upload; the rest are counted

Progress = Callable[[float, str], None]  # (fraction of the upload read, a line of text)
Outcome = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]  # ids added, failure lines, notes


class Upload(Protocol):
    """What the app's uploaded file offers (Streamlit's UploadedFile)."""

    file_id: str
    name: str
    size: int

    def getvalue(self) -> bytes: ...


@dataclass
class Ledger:
    """One session's uploads: each file's outcome, and the good ones' tables."""

    outcome: dict[str, Outcome] = field(default_factory=dict)  # by the upload's file_id
    articles: pd.DataFrame | None = None  # the uploads' article rows, in upload order
    events: pd.DataFrame | None = None
    taken_bytes: int = 0
    corpus_key: tuple = ()
    corpus: object = None  # the session's corpus with its uploads (views.data.Corpus)

    @property
    def accepted(self) -> int:
        return sum(1 for added, _, _ in self.outcome.values() if added)

    def tables(self) -> Tables:
        return Tables(self.articles, self.events, pd.DataFrame())


def label() -> str:
    return (
        f"Add your own articles (txt, html; or a batch: jsonl, warc, zip): up to {MAX_SESSION_UPLOADS} "
        f"files and {MAX_SESSION_UPLOAD_MB} MB per session, {MAX_UPLOAD_MB} MB a file"
    )


HELP = (
    "Parsed for this session only, each in a separate process with a time limit; nothing is stored, "
    "and they are forgotten when you close the page."
)


def refusal(ledger: Ledger, name: str, size: int) -> str | None:
    """Why this file is not taken (a limit), or None."""
    if size > MAX_UPLOAD_MB * 2**20:
        return f"{name}: larger than {MAX_UPLOAD_MB} MB"
    if ledger.accepted >= MAX_SESSION_UPLOADS:
        return f"{name}: this session already has {MAX_SESSION_UPLOADS} articles, the most it may add"
    if ledger.taken_bytes + size > MAX_SESSION_UPLOAD_MB * 2**20:
        return f"{name}: over the {MAX_SESSION_UPLOAD_MB} MB this session may upload"
    return None


def take(
    ledger: Ledger, files: Sequence[Upload], parse: Callable[[bytes, str], Article],
    progress: Progress | None = None, read_batch: Callable | None = None,
) -> tuple[tuple[str, ...], list[str], list[str]]:
    """Parse the files this session has not seen yet (each once): the ids of the good ones in upload
    order, a line per file or batch item that was not added, and a line per batch file."""
    read_batch = read_batch or read_batch_upload
    new = [f for f in files if f.file_id not in ledger.outcome]
    parsed: list[Article] = []
    for n, upload in enumerate(new):
        reason = refusal(ledger, upload.name, upload.size)
        if reason is not None:
            outcome: Outcome = ((), (reason,), ())
        elif is_batch(upload.name):
            batch = read_batch(upload.getvalue(), upload.name, progress)
            parsed += batch.articles
            outcome = (tuple(a.id for a in batch.articles), tuple(batch.failures), (batch.summary,))
        else:
            article = parse(upload.getvalue(), upload.name)
            if article.error and not article.paragraphs:
                outcome = ((), (f"{upload.name}: {article.error}",), ())
            else:
                parsed.append(article)
                outcome = ((article.id,), (), ())
        if outcome[0]:
            ledger.taken_bytes += upload.size
        ledger.outcome[upload.file_id] = outcome
        if progress is not None:
            progress((n + 1) / len(new), f"Parsed {upload.name}")
    if parsed:
        _add(ledger, parsed)
    outcomes = [ledger.outcome[f.file_id] for f in files]
    ids = tuple(dict.fromkeys(i for added, _, _ in outcomes for i in added))
    return ids, [f for _, failed, _ in outcomes for f in failed], [s for _, _, said in outcomes for s in said]


def _add(ledger: Ledger, articles: list[Article]) -> None:
    new = tables_from_articles(articles)
    if ledger.articles is None:
        ledger.articles, ledger.events = new.articles, new.events
    else:
        ledger.articles = pd.concat([ledger.articles, new.articles], ignore_index=True)
        ledger.events = pd.concat([ledger.events, new.events], ignore_index=True)


def chosen(ledger: Ledger, ids: tuple[str, ...]) -> Tables:
    """The uploads' tables for the files the uploader holds now (one removed there goes here too)."""
    keep = set(ids)
    articles = ledger.articles[ledger.articles["id"].isin(keep)]
    events = ledger.events[ledger.events["article_id"].isin(keep)]
    return Tables(articles.reset_index(drop=True), events.reset_index(drop=True), pd.DataFrame())


def session_corpus(ledger: Ledger, base_key: tuple, ids: tuple[str, ...], make: Callable[[Tables], object]):
    """The session's corpus with these uploads: made once per (base, uploads) and kept in the
    ledger alone, so a session holds one such corpus and it goes with the session."""
    key = (base_key, ids)
    if ledger.corpus_key != key:
        ledger.corpus = None  # the old one is released before the new one is made
        ledger.corpus = make(chosen(ledger, ids))
        ledger.corpus_key = key
    return ledger.corpus


# --- the parse workers, shared by every session of this server -----------------------------------
_lock = threading.Lock()
_guards: dict[Callable, guarding.Guard] = {}


def upload_guard(work: Callable = guarding.parse_upload) -> guarding.Guard:
    """The server's upload workers: spawned (the server runs threads, so it never forks itself),
    warmed once, gone after idling, at most UPLOAD_WORKERS at a time."""
    with _lock:
        if work not in _guards:
            _guards[work] = guarding.Guard(
                work, UPLOAD_WORKERS, start="spawn", warm=warm_up, idle_exit=UPLOAD_WORKER_IDLE_S
            )
        return _guards[work]


WORK: Callable = guarding.parse_upload  # what the workers run (a test may put a slow parse here)


def parse_in_worker(data: bytes, name: str) -> Article:
    """One upload parsed in a worker under its time budget; an overrun is that file's error."""
    failed = guarding.failed_upload(data, name)
    return guarding.within_budget(upload_guard(WORK), (data, name), len(data), failed)


ITEM_WORK: Callable = guarding.parse_one_item  # a batch upload's items (a test may put a slow parse here)


def parse_items_in_worker(items: list) -> Iterable[Article]:
    """A batch upload's items parsed in the upload workers, each under its own time budget; an item
    over it is that item's error, and the rest of the batch goes on."""
    sizes = [guarding.item_size(item) for item in items]
    return guarding.each_within_budget(upload_guard(ITEM_WORK), items, sizes, guarding.failed_item)


# --- batch files ---------------------------------------------------------------------------------
@dataclass
class BatchUpload:
    articles: list[Article] = field(default_factory=list)  # the relevant ones, in input order
    failures: list[str] = field(default_factory=list)
    items: int = 0
    summary: str = ""


def read_batch_upload(
    data: bytes, name: str, on_progress: Progress | None = None,
    parse_items: Callable[[list], Iterable[Article]] = parse_items_in_worker,
) -> BatchUpload:
    """Parse every item of an uploaded batch file; the relevant articles and what to tell the user."""
    stream = io.BytesIO(data)
    stats = BatchStats()
    result = BatchUpload()
    failed = 0
    articles = (a for chunk in chunked(iter_batch(stream, name, stats)) for a in parse_items(chunk))
    for article in articles:
        result.items += 1
        if article.error and not article.paragraphs:
            failed += 1
            if len(result.failures) < MAX_LISTED:
                result.failures.append(f"{article.file}: {article.error}")
        elif article.relevance in RELEVANT_LEVELS:
            result.articles.append(article)
        if on_progress is not None:
            on_progress(min(1.0, stream.tell() / max(1, len(data))),
                        f"{name}: {result.items:,} items, {len(result.articles):,} relevant")
    if failed > MAX_LISTED:
        result.failures.append(f"{name}: and {failed - MAX_LISTED:,} more items that could not be read")
    skipped = f"; {stats.summary()}" if stats.skipped else ""
    result.summary = (f"{name}: {len(result.articles):,} of {result.items:,} items added (those about "
                      f"the dispute){skipped}")
    return result
