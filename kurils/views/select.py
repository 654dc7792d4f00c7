"""Filtering and the links between views, as pure functions of the corpus and a ViewState.

The timeline, the map and the reader each turn a user's pick into a new ViewState here, and each
asks here what to highlight; the Streamlit file only passes values in and out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from kurils.views.data import Corpus, search_text
from kurils.views.search import query_variants
from kurils.views.state import ViewState
from kurils.views.timeline import event_at


@dataclass(frozen=True)
class Highlight:
    """What the current selection lights up in each view."""

    events: frozenset[str] = frozenset()  # event keys
    places: frozenset[str] = frozenset()
    article: str | None = None
    spans: tuple[tuple[int, int], ...] = ()  # evidence of the selected event in the open article
    other_spans: tuple[tuple[int, int], ...] = ()  # evidence of the article's other events


def _overlaps(corpus: Corpus, column: str, wanted: tuple[str, ...]) -> np.ndarray:
    """Which merged events' ``column`` lists hold one of ``wanted``: from the corpus's index of the
    list column when it has one (data.list_index), else by looking at each list."""
    index = corpus.lists.get(column)
    if index is None:
        want = set(wanted)
        return corpus.merged[column].map(lambda items: bool(want.intersection(items))).to_numpy(dtype=bool)
    keep = np.zeros(len(corpus.merged), dtype=bool)
    for name in wanted:
        rows = index.get(name)
        if rows is not None:  # (an empty tuple would index the whole array)
            keep[rows] = True
    return keep


def _in_years(first: np.ndarray, last: np.ndarray, years: tuple[int, int]) -> np.ndarray:
    """Whether each span overlaps the years (an undated one does not)."""
    since = np.datetime64(f"{years[0]:04d}-01-01", "ns")
    until = np.datetime64(f"{years[1]:04d}-12-31", "ns")
    return (last >= since) & (first <= until)


def shown_mask(corpus: Corpus, state: ViewState) -> np.ndarray:
    """Which merged events (by row) the filters let through (the selection does not filter)."""
    merged, columns = corpus.merged, corpus.columns
    keep = np.ones(len(merged), dtype=bool)
    if state.outlets:
        keep &= _overlaps(corpus, "outlets", state.outlets)
    if state.years is not None:
        keep &= _in_years(columns.first, columns.last, state.years)
    if state.types:
        keep &= columns.types.isin(list(state.types))
    if state.statuses:
        keep &= columns.statuses.isin(list(state.statuses))
    if state.places:
        keep &= _overlaps(corpus, "places", state.places)
    if state.people:
        keep &= _overlaps(corpus, "people", state.people)
    if state.query:
        found, text = np.zeros(len(merged), dtype=bool), search_text(corpus)
        for variant in query_variants(state.query):
            found |= text.str.contains(variant, regex=False).to_numpy(dtype=bool)
        keep &= found
    return keep


def shown_rows(corpus: Corpus, state: ViewState) -> np.ndarray:
    """The rows of the merged events the filters let through, in story order (see story.story_order)."""
    story = corpus.columns.story
    return story[shown_mask(corpus, state)[story]]


def filter_events(corpus: Corpus, state: ViewState) -> pd.DataFrame:
    """The merged events the filters let through, in the merged table's order."""
    return corpus.merged[shown_mask(corpus, state)]


def source_rows(corpus: Corpus, rows: np.ndarray) -> np.ndarray:
    """The article rows (of corpus.articles) reporting the merged events of ``rows``, each once."""
    columns = corpus.columns
    wanted = np.zeros(len(columns.keys), dtype=bool)
    wanted[rows] = True
    found = columns.source_rows[np.repeat(wanted, np.diff(columns.source_starts))]
    return np.unique(found[found >= 0])


def names_shown(corpus: Corpus, column: str, mask: np.ndarray) -> Counter:
    """How often each name of a merged list column (outlets, places, people) occurs in the events
    of ``mask``: from the column's index (data.list_index) when the corpus has one."""
    index = corpus.lists.get(column)
    if index is None:
        return Counter(name for names in corpus.merged[column][mask] for name in names)
    counts = {name: int(np.count_nonzero(mask[rows])) for name, rows in index.items()}
    return Counter({name: n for name, n in counts.items() if n})


def article_rows(corpus: Corpus, state: ViewState, event_rows: np.ndarray) -> np.ndarray:
    """Rows of the reader's articles, in its order: those matching outlet, year and search, or
    reporting a shown event (``event_rows``, merged rows)."""
    articles, columns = corpus.articles, corpus.columns
    keep = np.ones(len(articles), dtype=bool)
    if state.outlets:
        keep &= np.isin(columns.article_outlets, list(state.outlets))
    if state.years is not None:
        keep &= _in_years(columns.article_first, columns.article_last, state.years)
    if state.query:  # its words, or an event it reports matched (by another spelling of a name)
        q = state.query.casefold()
        matched = np.zeros(len(articles), dtype=bool)
        matched[source_rows(corpus, event_rows)] = True
        matched |= articles["headline"].fillna("").str.casefold().str.contains(q, regex=False).to_numpy(bool)
        if "body" in articles:
            matched |= articles["body"].fillna("").str.casefold().str.contains(q, regex=False).to_numpy(bool)
        if corpus.texts is not None:  # the text left on disk is searched there
            matched |= articles.index.isin(list(corpus.texts.search(state.query)))
        keep &= matched
    if any((state.types, state.statuses, state.places, state.people)):  # only those reporting a shown event
        reporting = np.zeros(len(articles), dtype=bool)
        reporting[source_rows(corpus, event_rows)] = True
        keep &= reporting
    order = columns.article_order
    return order[keep[order]]


def filter_articles(corpus: Corpus, state: ViewState, events: pd.DataFrame) -> pd.DataFrame:
    """Articles for the reader: those matching outlet, year and search, or reporting a shown event
    (of ``events``), by publication date, outlet and headline."""
    rows = corpus.merged.index.get_indexer(events.index)
    return corpus.articles.iloc[article_rows(corpus, state, rows[rows >= 0])]


def article_for_event(corpus: Corpus, key: str, state: ViewState) -> str | None:
    """The article to open for an event: a source from a filtered outlet when there is one."""
    if key not in corpus.merged.index:
        return None
    sources = list(corpus.merged.at[key, "article_ids"])
    if state.outlets:
        preferred = [a for a in sources if corpus.articles.at[a, "outlet"] in state.outlets]
        sources = preferred or sources
    return sources[0] if sources else None


def select_event(corpus: Corpus, state: ViewState, key: str | None) -> ViewState:
    """Picking an event (on the timeline): it is selected and its article opens in the reader."""
    if not key or key not in corpus.merged.index:
        return state.cleared()
    return replace(state, event=key, article=article_for_event(corpus, key, state))


def select_event_in_article(corpus: Corpus, state: ViewState, key: str | None) -> ViewState:
    """Picking one of the open article's events (in the reader): the article stays open."""
    if not key or key not in corpus.merged.index:
        return replace(state, event=None)
    if state.article not in corpus.merged.at[key, "article_ids"]:
        return select_event(corpus, state, key)
    return replace(state, event=key)


def article_events(corpus: Corpus, article: str | None) -> dict[str, str]:
    """The open article's events as {key: 'date · type · title'}, in the order the article tells them."""
    if article is None or article not in corpus.articles.index:
        return {}
    rows = corpus.events[corpus.events["article_id"] == article].sort_values("span_start")
    by_merged = dict(zip(corpus.merged["merged_id"], corpus.merged.index, strict=True))
    labels: dict[str, str] = {}
    for row in rows.itertuples():
        key = by_merged.get(row.merged_id)
        if key is not None and key not in labels:
            labels[key] = f"{row.date or 'undated'} · {row.type} · {row.title}"
    return labels


def select_place(state: ViewState, place: str | None) -> ViewState:
    """Picking an island or a city (on the map): the timeline shows that place's events."""
    if not place:
        return state
    if state.places == (place,):
        return replace(state, places=())  # picking the filtered place again lifts the filter
    return replace(state, places=(place,), event=None)


def select_article(corpus: Corpus, state: ViewState, article: str | None) -> ViewState:
    """Choosing an article (in the reader): keeps the event only if this article reports it."""
    if article is None or article not in corpus.articles.index:
        return replace(state, article=None, event=None)
    event = state.event
    if event is not None and article not in corpus.merged.at[event, "article_ids"]:
        event = None
    return replace(state, article=article, event=event)


def timeline_pick(selection: Mapping | None, keys: Sequence[str]) -> str | None:
    """The event key of the first point picked on the timeline: its ``customdata`` starts with the
    event's row in ``keys`` (the corpus's merged index)."""
    points = (selection or {}).get("points") or []
    for point in points:
        data = point.get("customdata") if isinstance(point, Mapping) else None
        key = event_at(data, keys)
        if key:
            return key
    return None


def map_pick(selection: Mapping | None) -> str | None:
    """The place name of the object picked on the map (a place point or an island outline)."""
    objects = (selection or {}).get("objects") or {}
    for layer in ("places", "labels", "islands"):
        for obj in objects.get(layer) or []:
            if not isinstance(obj, Mapping):
                continue
            name = obj.get("name") or (obj.get("properties") or {}).get("name")
            if isinstance(name, str) and name:
                return name
    return None


def highlight(corpus: Corpus, state: ViewState) -> Highlight:
    """What the selection lights up: the event and its places, or the open article's events."""
    events: set[str] = set()
    places: set[str] = set()
    spans: list[tuple[int, int]] = []
    other: list[tuple[int, int]] = []
    merged = corpus.merged
    if state.event and state.event in merged.index:
        events.add(state.event)
        places.update(merged.at[state.event, "places"])
    if state.article and state.article in corpus.articles.index:
        rows = corpus.events[corpus.events["article_id"] == state.article]
        selected_merged = merged.at[state.event, "merged_id"] if state.event in merged.index else None
        by_merged = dict(zip(merged["merged_id"], merged.index, strict=True))
        for row in rows.itertuples():
            span = (int(row.span_start), int(row.span_end))
            if row.merged_id == selected_merged:
                spans.append(span)
            else:
                other.append(span)
                if state.event is None:  # an article alone lights up all its events
                    key = by_merged.get(row.merged_id)
                    if key is not None:
                        events.add(key)
                        places.update(row.places)
    return Highlight(frozenset(events), frozenset(places), state.article, tuple(spans), tuple(other))
