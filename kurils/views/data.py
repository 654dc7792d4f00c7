"""The corpus the app shows: the three tables with what the views need precomputed once.

Everything a rerun would otherwise recompute (datetime columns, stable event keys, a lowercase
search text per event, the filter choices) is done here once per corpus, so a filter change
only selects rows.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from kurils import store
from kurils.inputs import is_batch
from kurils.merge import MERGED_COLUMNS, merge_events
from kurils.models import Article
from kurils.pipeline import expand_paths, file_kind
from kurils.settings import LARGE_CORPUS_ARTICLES
from kurils.store import parser_version
from kurils.tables import Tables, build, tables_from_articles
from kurils.views.memo import Memo
from kurils.views.reader import article_labels
from kurils.views.search import alias_text
from kurils.views.state import Choices
from kurils.views.timeline import colour_groups

ARTICLES_ENV = "KURILS_ARTICLES"  # a folder of articles (and batch files) to show instead of seeds/
CACHE_ENV = "KURILS_CACHE"  # where built tables are kept between runs (default ~/.cache/kurils)
PARALLEL_FROM = 200  # files: below this, worker processes cost more than they save
PARALLEL_FROM_BATCH_BYTES = 4 * 2**20  # of batch files: about 200 articles of scraped text
TABLE_NAMES = ("articles", "events", "merged")


TEXT_COLUMNS = ("body", "text", "paragraphs", "headline_span")  # what only the reader needs, per article


class ArticleTexts:
    """The articles' text columns left in a build's Parquet file (a large corpus's text is most of
    its memory): one article's read when the reader opens it, and the search run over the file, both
    as filters Arrow pushes into the scan."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def _scan(self, columns: list[str], condition):
        import pyarrow.dataset as ds

        return ds.dataset(self.path, format="parquet").to_table(columns=columns, filter=condition)

    def row(self, article_id: str) -> dict:
        """The article's text columns (empty when the file has no such article)."""
        import pyarrow.dataset as ds

        rows = self._scan(list(TEXT_COLUMNS), ds.field("id") == str(article_id)).to_pylist()
        return rows[0] if rows else {}

    def search(self, query: str) -> frozenset[str]:
        """The ids of the articles whose body holds ``query`` (case-blind), found in the file."""
        import pyarrow.compute as pc
        import pyarrow.dataset as ds

        found = self._scan(["id"], pc.match_substring(ds.field("body"), query, ignore_case=True))
        return frozenset(found.column("id").to_pylist())


@dataclass(frozen=True)
class EventColumns:
    """What a filter change reads, as numpy arrays in the merged table's row order (and the articles'),
    with the sorts done once: a filter then gives row numbers (``select.shown_rows``) and nothing takes
    every column of 400,000 events (0.45 s at 100,000 articles) or sorts them again (0.75 s)."""

    keys: np.ndarray  # merged events' keys (object), row by row
    first: np.ndarray  # merged events' first and last day (datetime64, NaT when undated)
    last: np.ndarray
    types: pd.Categorical  # each event's type and status, as codes into their sorted names (a few
    statuses: pd.Categorical  # bytes an event, where a string per event would be ~60)
    story: np.ndarray  # merged rows in story order (first day, last day, key; undated last)
    source_starts: np.ndarray  # event i's articles are source_rows[source_starts[i]:source_starts[i+1]]
    source_rows: np.ndarray  # rows of corpus.articles
    article_ids: np.ndarray  # per article (object), in corpus.articles' order
    article_outlets: np.ndarray
    article_first: np.ndarray  # per article (datetime64)
    article_last: np.ndarray
    article_order: np.ndarray  # article rows in the reader's order (published, outlet, headline)


@dataclass(frozen=True)
class Corpus:
    articles: pd.DataFrame  # indexed by article id
    events: pd.DataFrame  # one row per event an article states
    merged: pd.DataFrame  # one row per real event, indexed by its stable key
    choices: Choices
    memo: Memo = field(default_factory=Memo, compare=False, repr=False)  # results derived from it
    texts: ArticleTexts | None = field(default=None, compare=False, repr=False)  # text left on disk
    lists: dict = field(default_factory=dict, compare=False, repr=False)  # see list_index
    columns: EventColumns | None = field(default=None, compare=False, repr=False)  # see event_columns

    @property
    def empty(self) -> bool:
        return self.merged.empty


def article_record(corpus: Corpus, article_id: str) -> pd.Series:
    """An article's whole row for the reader: its text from the file when the corpus left it there."""
    row = corpus.articles.loc[article_id]
    if corpus.texts is None or all(isinstance(row.get(c), str) for c in ("text", "body")):
        return row  # an uploaded article, or a corpus held whole
    extra = corpus.texts.row(article_id)
    return pd.concat([row.drop([c for c in TEXT_COLUMNS if c in row.index]), pd.Series(extra, dtype=object)])


def large_build(folder: str | Path) -> bool:
    """Whether the folder holds a build of more than LARGE_CORPUS_ARTICLES articles (its manifest says)."""
    try:
        manifest = json.loads((Path(folder) / store.MANIFEST).read_text(encoding="utf-8"))
        return int(manifest["rows"]["articles"]) > LARGE_CORPUS_ARTICLES
    except (OSError, ValueError, KeyError, TypeError):
        return False


def texts_of(folder: str | Path) -> ArticleTexts | None:
    """Where the reader finds a large build's article text (None: the tables hold it)."""
    return ArticleTexts(Path(folder) / "articles.parquet") if large_build(folder) else None


def articles_folder(root: Path) -> Path:
    """The folder the app reads: ``$KURILS_ARTICLES`` when set, else the seeds beside the app."""
    configured = os.environ.get(ARTICLES_ENV, "").strip()
    return Path(configured) if configured else root / "seeds"


def folder_fingerprint(paths: Iterable[Path]) -> str:
    """A digest of the files' names and bytes (batch files included, read in blocks so that a
    multi-GB WARC costs no memory): the cache key of the built tables."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(str(path.name).encode("utf-8", "surrogateescape"))
        try:
            with open(path, "rb") as handle:
                digest.update(hashlib.file_digest(handle, "sha256").digest())
        except OSError:
            digest.update(b"<unreadable>")
    return digest.hexdigest()[:20]


def cache_dir() -> Path:
    configured = os.environ.get(CACHE_ENV, "").strip()
    return Path(configured) if configured else Path.home() / ".cache" / "kurils"


def _read_table(path: Path, skip: Sequence[str] = (), arrow_lists: bool = False) -> pd.DataFrame:
    """A cached table with its list cells as plain lists (pandas gives them as arrays), converted
    by Arrow: 10,000 articles' tables in 0.7 s instead of 2.1 s cell by cell in Python. The list
    columns are read once, by Arrow alone (pandas' arrays of them were thrown away: half the read of
    425,640 merged events). Columns named in ``skip`` are left in the file. ``arrow_lists`` keeps the
    list cells in Arrow (a cell read is still a list): for a table read a few rows at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pq.read_schema(path)
    columns = [f.name for f in schema if f.name not in skip]
    lists = {f.name for f in schema
             if f.name in columns and (pa.types.is_list(f.type) or pa.types.is_large_list(f.type))}
    frame = pd.read_parquet(path, columns=[c for c in columns if c not in lists])
    if lists:
        table = pq.read_table(path, columns=[c for c in columns if c in lists])
        for name in table.column_names:
            cells = table.column(name)
            frame[name] = (pd.Series(pd.arrays.ArrowExtensionArray(cells), index=frame.index) if arrow_lists
                           else pd.Series(cells.to_pylist(), index=frame.index, dtype=object))
        frame = frame[columns]  # the file's column order
    return frame


def read_cached(fingerprint: str, root: Path | None = None) -> Tables | None:
    """The tables built earlier for this exact content, or None (a damaged or mixed cache is ignored)."""
    folder = (root or cache_dir()) / f"{fingerprint}-{parser_version()}"
    try:
        return store.read_tables(folder, read=_read_table)
    except (store.MixedTables, ImportError, KeyError):
        return None


def write_cached(fingerprint: str, tables: Tables, root: Path | None = None) -> None:
    """Keep the tables for the next start (whole, with a manifest, see kurils.store); a cache that
    can't be written only costs time."""
    folder = (root or cache_dir()) / f"{fingerprint}-{parser_version()}"
    try:
        staging = store.stage(folder)
    except store.OutError:
        return
    try:
        for name in TABLE_NAMES:
            getattr(tables, name).to_parquet(staging / f"{name}.parquet", index=False)
        store.commit(staging, folder)
    except (OSError, ValueError, ImportError):
        pass
    finally:
        store.discard(staging)


def folder_problem(folder: Path) -> str | None:
    """Why the configured articles folder cannot be shown (naming the setting), or None."""
    configured = os.environ.get(ARTICLES_ENV, "").strip()
    if not configured:
        return None
    try:
        mode = folder.stat().st_mode
    except FileNotFoundError:
        return (f"{ARTICLES_ENV} is set to {configured}, which does not exist: set it to a folder of "
                "articles, or unset it to show the seed articles.")
    except OSError as exc:
        return f"{ARTICLES_ENV} is set to {configured}, which cannot be read: {exc.strerror or exc}."
    if not stat.S_ISDIR(mode):
        return (f"{ARTICLES_ENV} is set to {configured}, which is {file_kind(mode)}, not a folder: set it "
                "to a folder of articles (or of tables written by `python3 -m kurils build`).")
    return None


def folder_inputs(folder: str | Path) -> list[Path]:
    """What the folder's tables come from: a build's manifest (it vouches for the tables beside it),
    else the article files under it."""
    manifest = Path(folder) / store.MANIFEST
    return [manifest] if manifest.is_file() else list(expand_paths([folder]))


def batch_bytes(folder: str | Path) -> int:
    """The size of the batch files (JSON Lines, WARC, zip) in the folder: one such file may hold
    thousands of articles, so the file count alone does not tell a large corpus."""
    total = 0
    for path in expand_paths([folder]):
        if is_batch(path.name):
            try:
                total += path.stat().st_size
            except OSError:
                pass
    return total


def folder_tables(folder: str | Path, fingerprint: str, files: int, use_cache: bool = True) -> Tables:
    """The folder's three tables: a build's tables when the folder holds one (store.MixedTables if
    they do not belong together), from the cache when this content was built before, else built
    (with worker processes for a large folder) and cached."""
    if (Path(folder) / store.MANIFEST).is_file():  # a large build's article text stays in its file
        large = large_build(folder)  # and its events' lists in Arrow: the views read a few events at a time

        def read(path: Path) -> pd.DataFrame:
            if path.name == "articles.parquet":
                return _read_table(path, TEXT_COLUMNS if large else ())
            return _read_table(path, arrow_lists=large and path.name == "events.parquet")

        return store.read_tables(folder, read=read)
    if use_cache:
        cached = read_cached(fingerprint)
        if cached is not None:
            return cached
    large = files >= PARALLEL_FROM or batch_bytes(folder) >= PARALLEL_FROM_BATCH_BYTES
    jobs = min(os.cpu_count() or 1, 4) if large else 1
    tables = build(folder, jobs=jobs, relevant_only=True)  # a crawl's other pages are not shown
    tables = relative_files(tables, folder)
    if use_cache:
        write_cached(fingerprint, tables)
    return tables


def relative_path(file: object, folder: str | Path) -> object:
    """A file's path relative to the corpus folder (as the exports and the reader show it); a path
    outside it keeps only its name, so no server path is ever shown or exported."""
    if not isinstance(file, str) or not file:
        return file
    path = Path(file)
    if not path.is_absolute():
        return path.as_posix()
    try:
        return path.relative_to(Path(folder).resolve()).as_posix()
    except ValueError:
        try:
            return path.relative_to(Path(folder).absolute()).as_posix()
        except ValueError:
            return path.name


def relative_files(tables: Tables, folder: str | Path) -> Tables:
    """The tables with each article's ``file`` relative to ``folder`` (before they are cached: a
    cache shared by two folders of the same content then holds no path of either)."""
    articles = tables.articles.copy()
    articles["file"] = [relative_path(f, folder) for f in articles["file"].tolist()]
    return Tables(articles, tables.events, tables.merged)


def combine(base: Tables, extra: Tables) -> Tables:
    """Both sets of articles, with events merged across them (an upload may report a known event)."""
    if extra.articles.empty:
        return base
    articles = pd.concat([base.articles, extra.articles], ignore_index=True).drop_duplicates("id")
    events = pd.concat([base.events, extra.events], ignore_index=True).drop_duplicates("event_id")
    events = events[events["article_id"].isin(set(articles["id"]))].reset_index(drop=True)
    merged_ids, merged = merge_events(events)
    events["merged_id"] = merged_ids.to_numpy() if len(events) else events["merged_id"]
    if events.empty:
        merged = pd.DataFrame(columns=MERGED_COLUMNS)
    return Tables(articles, events, merged)


def event_key(event_ids: Sequence[str]) -> str:
    """A merged event's key for links: its first source event, which is derived from content."""
    return min(event_ids) if len(event_ids) else ""


def _years(first: pd.Series, last: pd.Series) -> tuple[int, int] | None:
    firsts = pd.to_datetime(first, errors="coerce").dropna()
    lasts = pd.to_datetime(last, errors="coerce").dropna()
    if firsts.empty or lasts.empty:
        return None
    return int(firsts.min().year), int(lasts.max().year)


def _flat_names(lists: Iterable) -> tuple[np.ndarray, np.ndarray]:
    """Each name of a list column with the row it is in (cells that are not lists hold none): two
    flat arrays, so counting and indexing names are numpy work, not a dict update per name."""
    if isinstance(lists, pd.Series):
        lists = lists.tolist()  # (iterating an Arrow-backed column converts cell by cell)
    cells = [names if isinstance(names, (list, tuple, np.ndarray)) else () for names in lists]
    lengths = np.fromiter(map(len, cells), dtype="int64", count=len(cells))
    names = np.fromiter((name for names in cells for name in names), dtype=object, count=int(lengths.sum()))
    return np.repeat(np.arange(len(cells), dtype="int64"), lengths), names


def _names(lists: Iterable) -> tuple[str, ...]:
    """The names in a list column (non-empty strings), most frequent first, then by name."""
    _, names = _flat_names(lists)
    names = names[[isinstance(n, str) and n != "" for n in names]] if len(names) else names
    if not len(names):
        return ()
    codes, uniques = pd.factorize(names)
    counts = np.bincount(codes)
    order = sorted(range(len(uniques)), key=lambda i: (-counts[i], uniques[i]))
    return tuple(uniques[i] for i in order)


LIST_FILTERS = ("outlets", "places", "people")  # the merged events' list columns the filters read


def list_index(lists: Iterable) -> dict[str, np.ndarray]:
    """For each name in a list column, the rows whose list holds it: a filter on names is then a
    union of a few arrays, not a scan of every row's list. Only strings are names (a filter chooses
    among the corpus's names, which are strings)."""
    rows, names = _flat_names(lists)
    named = np.fromiter((isinstance(n, str) for n in names), dtype=bool, count=len(names))
    rows, names = rows[named], names[named]
    if not len(names):
        return {}
    codes, uniques = pd.factorize(names, use_na_sentinel=False)
    order = np.argsort(codes, kind="stable")  # rows stay ascending within a name
    bounds = np.searchsorted(codes[order], np.arange(len(uniques) + 1))
    grouped = rows[order]
    return {name: grouped[bounds[i]:bounds[i + 1]] for i, name in enumerate(uniques)}


def story_rows(first: np.ndarray, last: np.ndarray, keys: Sequence[str]) -> np.ndarray:
    """Rows by first day, then last day, then key, undated last (``story.story_order``'s order)."""
    key_rank = np.empty(len(keys), dtype="int64")
    key_rank[np.argsort(np.asarray(keys, dtype=object), kind="stable")] = np.arange(len(keys))
    return np.lexsort((key_rank, last, first)).astype("int64")  # numpy sorts NaT last


def _datetimes(series: pd.Series) -> np.ndarray:
    return series.to_numpy(dtype="datetime64[ns]")


def event_columns(articles: pd.DataFrame, merged: pd.DataFrame) -> EventColumns:
    """The arrays a filter change reads (see EventColumns), made once per corpus."""
    first, last = _datetimes(merged["t_first"]), _datetimes(merged["t_last"])
    sources = [ids if isinstance(ids, (list, tuple, np.ndarray)) else () for ids in merged["article_ids"]]
    lengths = np.fromiter((len(ids) for ids in sources), dtype="int64", count=len(sources))
    flat = [a for ids in sources for a in ids]
    rows = articles.index.get_indexer(pd.Index(flat, dtype=object)) if flat else np.zeros(0, dtype="int64")
    order = pd.DataFrame({"t": articles["t_first"].to_numpy(), "o": articles["outlet"].to_numpy(dtype=object),
                          "h": articles["headline"].to_numpy(dtype=object)})
    order = order.sort_values(["t", "o", "h"], na_position="last", kind="stable").index.to_numpy()
    keys = merged.index.to_numpy(dtype=object)
    return EventColumns(
        keys=keys,
        first=first,
        last=last,
        types=pd.Categorical(merged["type"].to_numpy(dtype=object)),
        statuses=pd.Categorical(merged["status"].to_numpy(dtype=object)),
        story=story_rows(first, last, keys),
        source_starts=np.concatenate([[0], np.cumsum(lengths)]).astype("int64"),
        source_rows=np.asarray(rows, dtype="int64"),
        article_ids=articles.index.to_numpy(dtype=object),
        article_outlets=articles["outlet"].to_numpy(dtype=object),
        article_first=_datetimes(articles["t_first"]),
        article_last=_datetimes(articles["t_last"]),
        article_order=order.astype("int64"),
    )


def search_text(corpus: Corpus) -> pd.Series:
    """Each merged event's lowercase search text (title, every name of its places and people, its
    outlets, evidence sentences and headlines), made on the first search rather than at the start:
    at 100,000 articles it is the longest step of preparing the corpus and most views never need it."""
    return corpus.memo.get("search_text", None, lambda: _search_text(corpus))


def _search_text(corpus: Corpus) -> pd.Series:
    merged, events = corpus.merged, corpus.events
    evidence: dict = {}  # the merged event's evidence sentences, in table order
    for merged_id, text in zip(events["merged_id"].tolist(), events["evidence"].tolist(), strict=True):
        evidence.setdefault(merged_id, []).append(str(text))
    headlines = corpus.articles["headline"].fillna("").to_dict()
    columns = ("title", "places", "people", "outlets", "merged_id", "article_ids")
    return pd.Series([  # plain lists, not itertuples: 37,000 events in 0.3 s instead of 1.4 s
        " ".join(
            [
                str(title),
                alias_text(places, people),
                " ".join(outlets),
                " ".join(evidence.get(merged_id, ())),
                " ".join(headlines.get(a, "") for a in article_ids),
            ]
        ).casefold()
        for title, places, people, outlets, merged_id, article_ids in zip(
            *(merged[c].tolist() for c in columns), strict=True
        )
    ], index=merged.index, dtype=object)


def prepare(tables: Tables, texts: ArticleTexts | None = None) -> Corpus:
    """Index the tables for the views and collect the filter choices; ``texts`` is where the
    articles' text is read when the tables left it on disk (``folder_tables``)."""
    articles = tables.articles.copy()
    articles = articles.drop_duplicates("id").set_index("id", drop=False)
    events = tables.events.copy()
    merged = tables.merged.copy()

    for frame, first, last in (
        (merged, "date_first", "date_last"),
        (articles, "published_first", "published_last"),
    ):
        frame["t_first"] = pd.to_datetime(frame[first], errors="coerce")
        frame["t_last"] = pd.to_datetime(frame[last], errors="coerce")

    merged["key"] = [event_key(ids) for ids in merged["event_ids"]]
    merged = merged.set_index("key", drop=False)
    merged["row"] = np.arange(len(merged), dtype="int64")  # what a timeline dot carries (see timeline)
    articles["label"] = article_labels(articles)
    merged["colour_group"] = None  # set below, once the outlets are ranked

    outlets = _names([[o] for o in articles["outlet"].dropna().tolist()] + merged["outlets"].tolist())
    merged["colour_group"] = colour_groups(merged["outlets"], outlets)
    year_bounds = [
        b
        for b in (
            _years(merged["date_first"], merged["date_last"]),
            _years(articles["published_first"], articles["published_last"]),
        )
        if b
    ]
    years = (min(b[0] for b in year_bounds), max(b[1] for b in year_bounds)) if year_bounds else None
    from kurils.geo import ALWAYS_ON_MAP, ISLANDS

    places = tuple(dict.fromkeys(_names(merged["places"]) + tuple(i.name for i in ISLANDS) + ALWAYS_ON_MAP))
    choices = Choices(
        outlets=outlets,
        years=years,
        places=places,
        people=_names(merged["people"]),
        events=frozenset(merged.index),
        articles=frozenset(articles.index),
    )
    lists = {column: list_index(merged[column]) for column in LIST_FILTERS}
    return Corpus(articles, events, merged, choices, texts=texts, lists=lists,
                  columns=event_columns(articles, merged))


def corpus_from_articles(articles: Sequence[Article]) -> Corpus:
    return prepare(tables_from_articles(articles))
