"""Articles, events and merged events as DataFrames, and their Parquet/CSV files.

The app, the geo layer and the benchmarks read these tables; their columns (ARTICLE_COLUMNS,
EVENT_COLUMNS and merge.MERGED_COLUMNS below) are the contract. Dates are ISO strings, lists are
Python lists (joined by "; " in CSV).
"""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from kurils import store
from kurils.gazetteer import release_index
from kurils.guard import Guard, each_within_budget, failed_file, file_size
from kurils.language import release_model
from kurils.merge import MERGED_COLUMNS, merge_events
from kurils.models import Article
from kurils.pipeline import expand_paths, parse_file, warm_up

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


def frames_from_rows(rows: list[tuple[dict, list[dict]]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The articles and events frames of some articles' rows, columns in the tables' order."""
    columns = RowColumns()
    columns.add(rows)
    return columns.frames()


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


def _rows_of_path(path: str) -> tuple[dict, list[dict]]:
    """One file parsed and flattened in a worker: plain rows pickle back faster than an Article."""
    article = parse_file(path)
    return article_row(article), event_rows(article)


def _failed_rows(name: str, error: str) -> tuple[dict, list[dict]]:
    """The rows of a file whose parse was stopped (over its time budget) or whose worker died."""
    return article_row(failed_file(name, error)), []


def build(folder, jobs: int = 1, *, release_gazetteer: bool = False) -> Tables:
    """Parse every article under ``folder`` (in ``jobs`` worker processes) into the three tables.

    ``release_gazetteer`` drops the GeoNames index once parsing is done, for a caller (the build
    command) that finds no more places; the app keeps it for its reader.

    Each article is parsed in a worker under its time budget (kurils.guard): one that overruns is
    stopped, gets its row with ``error``, and the rest go on. The parent loads the parser once and
    forks its workers from it (so they start warm and share those pages); a thread per job hands
    its worker chunks of files small enough to keep every core busy to the end, and the rows go
    into columns as the chunks come back, in input order.
    """
    paths = [str(p) for p in expand_paths([folder])]
    jobs = max(1, min(jobs or 1, len(paths) or 1, os.cpu_count() or 1))
    size = max(1, min(64, len(paths) // (jobs * 4)))
    chunks = [paths[i : i + size] for i in range(0, len(paths), size)]
    columns = RowColumns()
    warm_up()
    gc.freeze()  # the workers' collections then leave the parent's shared pages alone
    try:
        with Guard(_rows_of_path, jobs) as guard, ThreadPoolExecutor(jobs) as threads:
            def rows_of(chunk: list[str]) -> list[tuple[dict, list[dict]]]:
                sizes = [file_size(p) for p in chunk]
                return list(each_within_budget(guard, chunk, sizes, _failed_rows))

            for rows in threads.map(rows_of, chunks):
                columns.add(rows)
    finally:
        gc.unfreeze()
    release_model()  # every article is parsed: the tables, the merge and the files need memory more
    if release_gazetteer:
        release_index()
    frames = columns.frames()
    del columns  # the Python strings, now copied into the frames' columns
    return tables_from_frames(*frames)


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


def write_tables(folder, out, jobs: int = 1, geo_dir=None) -> list[Path]:
    """Write articles/events/merged as Parquet and CSV under ``out`` (and GeoJSON under geo_dir).

    ``out`` is checked before parsing starts (store.OutError), the files are written into a staging
    folder beside it with a manifest, and that folder replaces ``out`` whole (kurils.store)."""
    staging = store.stage(out)
    try:
        # the map's places come from this build's events table (not a second parse of the folder),
        # and placing them needs the gazetteer, so it is kept when the GeoJSON is written too
        tables = build(folder, jobs=jobs, release_gazetteer=geo_dir is None)
        names: list[str] = []
        for name, frame in tables._asdict().items():
            frame.to_parquet(staging / f"{name}.parquet", index=False)
            to_csv_frame(frame).to_csv(staging / f"{name}.csv", index=False)
            names += [f"{name}.parquet", f"{name}.csv"]
        store.commit(staging, out, tables)
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
            written += list(write_geo(geo_dir, events_from=tables.events))
    return written
