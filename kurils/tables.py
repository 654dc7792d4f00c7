"""Articles, events and merged events as DataFrames, and their Parquet/CSV files.

The app, the geo layer and the benchmarks read these tables; their columns (ARTICLE_COLUMNS,
EVENT_COLUMNS and merge.MERGED_COLUMNS below) are the contract. Dates are ISO strings, lists are
Python lists (joined by "; " in CSV).
"""

from __future__ import annotations

import gc
import json
import os
import shutil
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, ThreadPoolExecutor
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from kurils import store
from kurils.gazetteer import release_index
from kurils.guard import Guard, each_within_budget, failed_item, item_size
from kurils.inputs import BatchStats, Item
from kurils.language import release_model
from kurils.merge import MERGED_COLUMNS, merge_events
from kurils.models import Article
from kurils.pipeline import input_items, parse_item, warm_up
from kurils.progress import Progress
from kurils.relevance import RELEVANT_LEVELS
from kurils.settings import CHUNK_BYTES, CHUNK_ITEMS, PART_ARTICLES

ARTICLE_COLUMNS = [
    "id",
    "file",
    "outlet",
    "wire_source",
    "headline",
    "published",
    "published_first",
    "published_last",
    "published_precision",
    "published_inferred",
    "published_evidence",
    "language",
    "body",
    "text",
    "paragraphs",
    "headline_span",
    "places",
    "people",
    "n_events",
    "error",
    "url",
    "source_id",
    "relevance",
    "relevance_reason",
]
EVENT_COLUMNS = [
    "event_id",
    "article_id",
    "outlet",
    "title",
    "type",
    "status",
    "date",
    "date_first",
    "date_last",
    "precision",
    "places",
    "people",
    "evidence",
    "span_start",
    "span_end",
    "merged_id",
]
CSV_LIST_SEPARATOR = "; "


class Tables(NamedTuple):
    articles: pd.DataFrame
    events: pd.DataFrame
    merged: pd.DataFrame


def article_row(article: Article) -> dict:
    value = article.published.value
    return {
        "id": article.id,
        "file": article.file,
        "outlet": article.outlet,
        "wire_source": article.wire_source,
        "headline": article.headline,
        "published": value.iso() if value and value.precision == "day" else None,
        "published_first": value.first.isoformat() if value else None,
        "published_last": value.last.isoformat() if value else None,
        "published_precision": value.precision if value else None,
        "published_inferred": bool(article.published.inferred),
        "published_evidence": article.published.evidence,
        "language": article.language,
        "body": article.body,
        "text": article.text,
        "paragraphs": [[p.start, p.end] for p in article.paragraphs],
        "headline_span": list(article.headline_span) if article.headline_span else None,
        "places": list(article.places),
        "people": list(article.people),
        "n_events": len(article.events),
        "error": article.error,
        "url": article.source.url if article.source else None,
        "source_id": article.source.source_id if article.source else None,
        "relevance": article.relevance,
        "relevance_reason": article.relevance_reason,
    }


def event_rows(article: Article) -> list[dict]:
    rows = []
    for n, event in enumerate(article.events):
        time = event.time
        rows.append(
            {
                "event_id": f"{article.id}:{n}",
                "article_id": article.id,
                "outlet": article.outlet,
                "title": event.title,
                "type": event.type,
                "status": event.status,
                "date": time.iso() if time else None,
                "date_first": time.first.isoformat() if time else None,
                "date_last": time.last.isoformat() if time else None,
                "precision": time.precision if time else None,
                "places": list(event.places),
                "people": list(event.people),
                "evidence": event.evidence,
                "span_start": int(event.span[0]),
                "span_end": int(event.span[1]),
                "merged_id": None,
            }
        )
    return rows


def tables_from_articles(articles: Iterable[Article]) -> Tables:
    """The three tables of already parsed articles."""
    return tables_from_rows((article_row(a), event_rows(a)) for a in articles)


def tables_from_rows(rows: Iterable[tuple[dict, list[dict]]]) -> Tables:
    """The three tables from each article's (article row, event rows); a list passed in is emptied
    once its rows are in the frames, so a large build does not hold them twice."""
    rows = rows if isinstance(rows, list) else list(rows)
    frames = frames_from_rows(rows)
    rows.clear()
    return tables_from_frames(*frames)


def frames_from_rows(rows: list[tuple[dict, list[dict]]], segments=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The articles and events frames of some articles' rows, columns in the tables' order; with
    ``segments`` (``titles.SiteSegments``), headlines cut of a name their site's other pages repeat."""
    columns = RowColumns()
    columns.add(rows)
    return (columns.without_site_names(segments) if segments is not None else columns).frames()


class RowColumns:
    """Articles' rows gathered column by column: a list per column costs a pointer a cell, where a
    dict per row costs ~1 kB, and the frames infer each column's type from all its values at once."""

    def __init__(self) -> None:
        self.articles: dict[str, list] = {c: [] for c in ARTICLE_COLUMNS}
        self.events: dict[str, list] = {c: [] for c in EVENT_COLUMNS}

    def add(self, rows: list[tuple[dict, list[dict]]]) -> None:
        for column, values in self.articles.items():
            values.extend(row[column] for row, _ in rows)
        for column, values in self.events.items():
            values.extend(event[column] for _, events in rows for event in events)

    def without_site_names(self, segments) -> RowColumns:
        """The headlines cut of a segment the site's other pages repeat (``titles.SiteSegments``): the
        part's pages are compared, and ``segments`` remembers what earlier parts showed."""
        urls, headlines, spans = (self.articles[c] for c in ("url", "headline", "headline_span"))
        for url, headline in zip(urls, headlines, strict=True):
            segments.observe(url, headline)
        for index, (url, headline, span) in enumerate(zip(urls, headlines, spans, strict=True)):
            cut, moved = segments.strip(url, headline, tuple(span) if span else None)
            if cut != headline:
                headlines[index], spans[index] = cut, list(moved) if moved else None
        return self

    def frames(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        articles = pd.DataFrame(self.articles, columns=ARTICLE_COLUMNS)
        return articles, pd.DataFrame(self.events, columns=EVENT_COLUMNS)


def tables_from_frames(frame: pd.DataFrame, events: pd.DataFrame) -> Tables:
    """The three tables from the articles and events frames: column types, then the merge."""
    events["span_start"] = events["span_start"].astype("int64")
    events["span_end"] = events["span_end"].astype("int64")
    frame["n_events"] = frame["n_events"].astype("int64")
    merged_ids, merged = merge_events(events)
    events["merged_id"] = merged_ids.to_numpy() if len(events) else events["merged_id"]
    if not len(events):
        merged = pd.DataFrame(columns=MERGED_COLUMNS)
    merged["n_sources"] = merged["n_sources"].astype("int64")
    return Tables(frame, events, merged)


Rows = list[tuple[dict, list[dict]]]  # each article's row and its events' rows


def rows_of_files(paths: list[str], relevant_only: bool = False) -> Rows:
    """The articles of these input files (batch files give each of their items) a build keeps, as
    rows, parsed in this process (a Dask worker's; the local engine's time budget is not applied)."""
    kept = (_rows_of_item(item, relevant_only) for item in input_items(paths))
    return [rows for rows, _ in kept if rows is not None]


Kept = tuple[tuple[dict, list[dict]] | None, bool]  # an item's rows (None: not kept), and its relevance


def _rows_of_item(item: Item, relevant_only: bool = False) -> Kept:
    """One item parsed and flattened in a worker (plain rows pickle back faster than an Article):
    its rows when the build keeps it, and whether it is about the dispute."""
    article = parse_item(item)
    rows = (article_row(article), event_rows(article)) if keep(article, relevant_only) else None
    return rows, article.relevance in RELEVANT_LEVELS


def _stopped(item: Item, error: str) -> Kept:
    """An item whose parse was stopped (over its time budget) or whose worker died: its row, with
    the error, is kept like any input that could not be read."""
    return (article_row(failed_item(item, error)), []), False


def _rows_of_chunk(guard: Guard, items: list[Item]) -> tuple[Rows, int, int]:
    """A chunk's items parsed by one worker under their budgets: the rows kept, the items parsed
    and how many of them were relevant."""
    kept = list(each_within_budget(guard, items, [item_size(i) for i in items], _stopped))
    return [rows for rows, _ in kept if rows is not None], len(items), sum(relevant for _, relevant in kept)


def keep(article: Article, relevant_only: bool) -> bool:
    """Whether a build keeps an article: every one, or the relevant ones and the inputs that could
    not be read at all (so a broken line or file is still reported in the table)."""
    if not relevant_only or article.relevance in RELEVANT_LEVELS:
        return True
    return bool(article.error) and not article.text


def chunked(items: Iterable[Item], size: int = CHUNK_ITEMS,
            max_bytes: int = CHUNK_BYTES) -> Iterator[list[Item]]:
    """Items in lists of at most ``size`` items and about ``max_bytes`` of data, pulled lazily."""
    chunk: list[Item] = []
    held = 0
    for item in items:
        chunk.append(item)
        held += len(item.data or b"")
        if len(chunk) >= size or held >= max_bytes:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk


def ordered_map(pool: Executor, fn, chunks: Iterator, in_flight: int) -> Iterator:
    """``pool.map`` in input order, but at most ``in_flight`` chunks submitted at a time: the
    stream is read only as fast as the workers parse it, whatever its length."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append(pool.submit(fn, chunk))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def build(folder, jobs: int = 1, *, release_gazetteer: bool = False, relevant_only: bool = False,
          progress: Progress | None = None, stats: BatchStats | None = None) -> Tables:
    """Parse every article under ``folder`` (a folder, a file or a batch file; in ``jobs`` worker
    processes) into the three tables.

    ``relevant_only`` keeps the articles about the dispute (relevance.py) and the inputs that could
    not be read; the build command and the app ask for it, the library default keeps every one.
    ``release_gazetteer`` drops the GeoNames index once parsing is done, for a caller (the build
    command) that finds no more places; the app keeps it for its reader.

    Items are pulled from the inputs as the workers need them (a few chunks in flight), so a
    multi-GB WARC or a million-line JSON Lines file is never held whole. Each item is parsed in a
    worker under its time budget (kurils.guard): one that overruns is stopped, keeps its row with
    ``error``, and the rest go on. The parent loads the parser once and forks its workers from it
    (so they start warm and share those pages); a thread per job hands its worker a chunk at a time
    and the workers return plain rows.
    """
    from kurils.titles import SiteSegments

    columns = RowColumns()  # each chunk's rows go into columns as they arrive: no pile of row dicts
    with parsed_rows(folder, jobs, relevant_only, stats) as chunks:
        for rows, parsed, relevant in chunks:
            _take(columns, rows, parsed, relevant, progress)
    _release(release_gazetteer)
    frames = columns.without_site_names(SiteSegments()).frames()
    del columns  # the Python strings, now copied into the frames' columns
    return tables_from_frames(*frames)


def build_parts(folder, parts_dir, jobs: int = 1, *, release_gazetteer: bool = False,
                relevant_only: bool = False, part_articles: int = PART_ARTICLES,
                progress: Progress | None = None, stats: BatchStats | None = None) -> int:
    """``build``'s articles and events written as Parquet parts of about ``part_articles`` articles
    under ``parts_dir`` (kurils.parts) as the workers' rows arrive, so the parent never holds more
    than one part's rows, whatever the corpus's size; the number of parts (at least one)."""
    from kurils.parts import write_part
    from kurils.titles import SiteSegments

    columns, held, count = RowColumns(), 0, 0
    segments = SiteSegments()  # a title segment repeated across a site's pages is its name
    with parsed_rows(folder, jobs, relevant_only, stats) as chunks:
        for rows, parsed, relevant in chunks:
            held += len(rows)
            _take(columns, rows, parsed, relevant, progress)
            if held >= part_articles:
                write_part(parts_dir, count, *columns.without_site_names(segments).frames())
                columns, held, count = RowColumns(), 0, count + 1
    _release(release_gazetteer)
    if held or not count:
        write_part(parts_dir, count, *columns.without_site_names(segments).frames())
        count += 1
    return count


@contextmanager
def parsed_rows(folder, jobs: int, relevant_only: bool, stats: BatchStats | None) -> Iterator[Iterator]:
    """The items under ``folder`` parsed in ``jobs`` workers: (rows kept, items parsed, relevant
    items) per chunk, in input order (see ``build``)."""
    chunks = chunked(input_items([folder], stats))
    jobs = max(1, min(jobs or 1, os.cpu_count() or 1))
    warm_up()
    gc.freeze()  # the workers' collections then leave the parent's shared pages alone
    try:
        with Guard(partial(_rows_of_item, relevant_only=relevant_only), jobs) as guard, \
                ThreadPoolExecutor(jobs) as threads:
            yield ordered_map(threads, partial(_rows_of_chunk, guard), chunks, in_flight=jobs * 3)
    finally:
        gc.unfreeze()


def _release(gazetteer: bool) -> None:
    """Every article is parsed: the tables, the merge and the files need the memory more."""
    release_model()
    if gazetteer:
        release_index()


def _take(columns: RowColumns, rows: list, parsed: int, relevant: int, progress: Progress | None) -> None:
    columns.add(rows)
    if progress is not None:
        progress.update(parsed, relevant)


def _csv_cell(value):
    if isinstance(value, (list, tuple)):
        for v in value:
            if isinstance(v, (list, tuple, dict)):
                return json.dumps(value, ensure_ascii=False)
        return CSV_LIST_SEPARATOR.join(map(str, value))
    return value


def to_csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Lists as "a; b" (nested ones as JSON), everything else as it is."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object:
            out[column] = out[column].map(_csv_cell)
    return out


def _write_tables_dask(folder, out, jobs: int, geo_dir, scheduler: str | None,
                       relevant_only: bool) -> list[Path]:
    """The Dask engine's build, staged and committed with a manifest like the local one's (without
    the manifest the app would not take the folder for built tables); the parts stay in ``out/parts``."""
    from kurils.distributed import build_dask, read_parts, write_from_parts

    staging = store.stage(out)
    try:
        parts = staging / "parts"
        count = build_dask(folder, parts, scheduler=scheduler, workers=max(1, jobs),
                           relevant_only=relevant_only)
        names = [p.name for p in write_from_parts(parts, count, staging)]
        places = read_parts(parts / "events", count, columns=["event_id", "places"]) if geo_dir else None
        store.commit(staging, out)
    finally:
        store.discard(staging)
    out = Path(out)
    written = [out / name for name in names] + [out / store.MANIFEST]
    if geo_dir is not None:
        from kurils.geo import write_geo

        written += list(write_geo(geo_dir, events_from=places))
    return written


def write_tables(folder, out, jobs: int = 1, geo_dir=None, engine: str = "local",
                 scheduler: str | None = None, *, relevant_only: bool = False,
                 progress: Progress | None = None, stats: BatchStats | None = None) -> list[Path]:
    """Write articles/events/merged as Parquet and CSV under ``out`` (and GeoJSON under geo_dir).

    The local engine checks ``out`` before parsing starts (store.OutError), writes the files into a
    staging folder beside it with a manifest, and puts that folder in its place (kurils.store).

    ``engine="dask"`` parses on Dask workers (``jobs`` local ones, or the cluster at ``scheduler``),
    which also leave their per-partition Parquet parts under ``out/parts`` (``progress`` and ``stats``
    are the local engine's); both commit the folder with its manifest, so the app reads either."""
    if engine == "dask":
        return _write_tables_dask(folder, out, jobs, geo_dir, scheduler, relevant_only)
    staging = store.stage(out)  # --out checked before parsing starts (store.OutError)
    try:
        # the rows go to disk in parts as they are parsed and the files are streamed from them
        # (kurils.parts), so memory stays flat however large the corpus; the map's places come from
        # this build's events (not a second parse), and placing them needs the gazetteer
        from kurils.parts import read_parts, write_from_parts

        parts = staging / "parts"
        count = build_parts(folder, parts, jobs=jobs, release_gazetteer=geo_dir is None,
                            relevant_only=relevant_only, progress=progress, stats=stats)
        names = [p.name for p in write_from_parts(parts, count, staging)]
        places = read_parts(parts / "events", count, columns=["event_id", "places"]) if geo_dir else None
        shutil.rmtree(parts)
        store.commit(staging, out)  # the folder replaces --out whole, with its manifest
    finally:
        store.discard(staging)  # gone already once committed; a failed build leaves nothing behind
    out = Path(out)
    written = [out / name for name in names] + [out / store.MANIFEST]
    if geo_dir is not None:
        try:
            from kurils.geo import write_geo
        except ImportError:
            write_geo = None
        if write_geo is not None:
            written += list(write_geo(geo_dir, events_from=places))
    return written
