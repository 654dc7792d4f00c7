"""What the page shows for a ViewState, each piece derived once per corpus and per the inputs it reads.

The app calls these instead of the views' builders directly: a rerun that changes nothing reuses
every piece, picking an event rebuilds only the timeline markers, the map and the reader, and a
filter change rebuilds what depends on the filters (see ``memo``). The builders stay pure.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import numpy as np
import pandas as pd

from kurils.chronology import chronology_frame
from kurils.settings import ARTICLE_OPTIONS, TABLE_ROWS
from kurils.views import density, geomap, select
from kurils.views.data import Corpus
from kurils.views.state import ViewState
from kurils.views.story import KeyOrder, focus_window
from kurils.views.text import noun, plural, year_span
from kurils.views.timeline import SpecFigure, build_counts, build_timeline, default_window, outlet_colours

MAX_LISTED_OUTLETS = 3  # the caption names this many outlets, then says how many more (at 8 the
# caption ran to three lines and its first was cut off under the toolbar: a real batch of 6 outlets)


def filters_of(state: ViewState) -> ViewState:
    """The part of the state that decides which events and articles are shown."""
    return replace(state, event=None, article=None, lanes="type", context=False, view=None)


def shown_rows(corpus: Corpus, state: ViewState) -> np.ndarray:
    """The shown events' rows in the merged table, in story order: what a filter change computes
    (the pieces below read the corpus's arrays at these rows, not a copy of the table)."""
    filters = filters_of(state)
    return corpus.memo.get("rows", filters, lambda: select.shown_rows(corpus, filters))


def shown_mask(corpus: Corpus, state: ViewState) -> np.ndarray:
    """Whether each merged event (by row) is shown."""

    def make() -> np.ndarray:
        mask = np.zeros(len(corpus.merged), dtype=bool)
        mask[shown_rows(corpus, state)] = True
        return mask

    return corpus.memo.get("mask", filters_of(state), make)


def shown_count(corpus: Corpus, state: ViewState) -> int:
    return len(shown_rows(corpus, state))


def events_shown(corpus: Corpus, state: ViewState) -> pd.DataFrame:
    """The shown events' rows of the merged table, in its order (for the exports; a filter change
    reads ``shown_rows`` instead)."""
    return corpus.memo.get("events", filters_of(state),
                           lambda: corpus.merged.iloc[np.sort(shown_rows(corpus, state))])


def article_rows(corpus: Corpus, state: ViewState) -> np.ndarray:
    """The reader's articles as rows of corpus.articles, in its order (select.article_rows)."""
    filters = filters_of(state)
    return corpus.memo.get(
        "article_rows", filters, lambda: select.article_rows(corpus, filters, shown_rows(corpus, filters))
    )


def article_count(corpus: Corpus, state: ViewState) -> int:
    return len(article_rows(corpus, state))


def articles_shown(corpus: Corpus, state: ViewState) -> pd.DataFrame:
    return corpus.memo.get("articles", filters_of(state),
                           lambda: corpus.articles.iloc[article_rows(corpus, state)])


def highlight(corpus: Corpus, state: ViewState) -> select.Highlight:
    return corpus.memo.get("highlight", (state.event, state.article), lambda: select.highlight(corpus, state))


def summary(corpus: Corpus, state: ViewState) -> str:
    """The caption over the views: how many events, articles and outlets are shown, and the years."""

    def make() -> str:
        rows, articles = shown_rows(corpus, state), article_rows(corpus, state)
        outlets = sorted(select.names_shown(corpus, "outlets", shown_mask(corpus, state)))
        if state.outlets:  # an event shared with another outlet does not bring that outlet in
            outlets = [o for o in outlets if o in state.outlets]
        firsts, lasts = corpus.columns.first[rows], corpus.columns.last[rows]
        firsts, lasts = firsts[~np.isnat(firsts)], lasts[~np.isnat(lasts)]
        if len(firsts) and len(lasts):
            first, last = pd.Timestamp(firsts.min()).year, pd.Timestamp(lasts.max()).year
            when = f"{noun(2 if first != last else 1, 'year')} **{year_span(first, last)}**"
        else:
            when = "no dates"
        listed = ", ".join(outlets[:MAX_LISTED_OUTLETS]) or "none"
        if len(outlets) > MAX_LISTED_OUTLETS:
            listed += f" and {len(outlets) - MAX_LISTED_OUTLETS:,} more"
        return (
            f"**{len(rows):,}** of {plural(len(corpus.merged), 'event')} · "
            f"**{len(articles):,}** of {plural(len(corpus.articles), 'article')} · "
            f"**{len(outlets):,}** {noun(len(outlets), 'outlet')} ({listed}) · {when}"
        )

    return corpus.memo.get("summary", filters_of(state), make)


def timeline(
    corpus: Corpus, state: ViewState, picked_here: bool = False, generation: int = 0
) -> tuple[SpecFigure, int] | None:
    """The timeline figure and how many events lie left of its first view (None: nothing shown).

    Streamlit draws a plotly chart afresh, at its first range, whenever its figure changes. So when
    the event was picked on the timeline itself (``picked_here``), the figure is left as it was:
    plotly already marks the picked dot as selected, and the reader's zoom stays. ``generation``
    gives a new figure (and a fresh chart) when the selection is cleared."""
    lit = frozenset() if picked_here else highlight(corpus, state).events
    rows, columns = shown_rows(corpus, state), corpus.columns
    if not len(rows):
        return None
    first, last = columns.first[rows], columns.last[rows]
    first_window = corpus.memo.get(
        "window",
        filters_of(state),
        lambda: default_window(pd.DataFrame({"t_first": first, "t_last": last}), corpus.articles["t_first"],
                               state.years),
    )
    window = first_window
    picked = corpus.merged.index.get_indexer([state.event])[0] if state.event else -1
    if picked >= 0 and shown_mask(corpus, state)[picked]:  # the selected event is in view, wherever it lies
        window = focus_window(window, pd.Timestamp(columns.first[picked]), pd.Timestamp(columns.last[picked]))

    def make():
        if density.is_dense_span(first, last):  # counts per lane and year; a pick narrows to one of them
            by_outlet = state.lanes == "outlet"
            outlets = corpus.merged["outlets"].to_numpy(dtype=object)[rows] if by_outlet else None
            counts = density.span_counts(first, last, columns.types[rows], outlets, state.lanes)
            figure = build_counts(counts, state.lanes, window=window)
        else:
            shown = corpus.merged.iloc[np.sort(rows)]
            context = corpus.memo.get("context", None, chronology_frame) if state.context else None
            figure = build_timeline(shown, outlet_colours(corpus.choices.outlets), state.lanes, lit,
                                    window=window, context=context)
        if generation:
            layout = figure.spec["layout"]
            layout = {**layout, "meta": {**layout["meta"], "generation": generation}}
            figure = SpecFigure({**figure.spec, "layout": layout})
        earlier = int((last < window[0].to_datetime64()).sum()) if window and state.years is None else 0
        return figure, earlier

    key = (filters_of(state), state.lanes, state.context, lit, generation, window)
    return corpus.memo.get("timeline", key, make)


def places(corpus: Corpus) -> tuple[pd.DataFrame, list[str]]:
    """Coordinates of the corpus's places, and the names that have none."""
    return corpus.memo.get("places", None, lambda: geomap.place_table(corpus.choices.places))


def place_counts(corpus: Corpus, state: ViewState) -> Counter:
    return corpus.memo.get("counts", filters_of(state),
                           lambda: select.names_shown(corpus, "places", shown_mask(corpus, state)))


def arcs(corpus: Corpus, state: ViewState) -> pd.DataFrame:
    """Visit arcs of the shown events (all of the corpus's arcs are drawn once, then selected)."""

    def make() -> pd.DataFrame:
        every = corpus.memo.get("all_arcs", None, lambda: geomap.visit_arcs(corpus.merged, places(corpus)[0]))
        rows = corpus.memo.get("arc_rows", None, lambda: corpus.merged.index.get_indexer(every["key"]))
        shown = every[(rows >= 0) & shown_mask(corpus, state)[rows]].reset_index(drop=True)
        return density.route_counts(shown)

    return corpus.memo.get("arcs", filters_of(state), make)


def arcs_wanted(state: ViewState) -> bool:
    """Whether the map draws visit arcs: once the reader has picked or filtered something. The
    first, untouched view leaves them out: the arc layer's WebGL program is compiled in software
    on machines without a GPU (~1.5 s of the first frame in headless Chromium, bench/notes.md)."""
    return bool(state.event or state.article) or filters_of(state) != ViewState()


def deck(corpus: Corpus, state: ViewState, tiles: bool, dark: bool = False) -> geomap.CompactDeck:
    lit = highlight(corpus, state).places
    with_arcs = arcs_wanted(state)

    def make() -> geomap.CompactDeck:
        islands, _ = geomap.load_geo()
        counts = place_counts(corpus, state)
        shown_arcs = arcs(corpus, state) if with_arcs else pd.DataFrame()  # none: no layer
        built = geomap.build_deck(
            islands, geomap.LAND_URL, places(corpus)[0], counts, shown_arcs, lit, tiles=tiles, dark=dark
        )
        built.to_json()  # serialised once here, not on each rerun that shows it
        return built

    return corpus.memo.get("deck", (filters_of(state), lit, tiles, with_arcs, dark), make)


def article_labels(corpus: Corpus) -> dict[str, str]:
    return corpus.memo.get("labels", None, lambda: corpus.articles["label"].to_dict())


def article_options(corpus: Corpus, state: ViewState) -> list[str]:
    """The reader's choices: the first ARTICLE_OPTIONS shown articles (the filters narrow them: a list
    of 100,000 labels is MBs sent on every rerun), and the open one even when the filters hide it."""
    options = corpus.memo.get("options", filters_of(state), lambda: corpus.columns.article_ids[
        article_rows(corpus, state)[:ARTICLE_OPTIONS]].tolist())
    if state.article and state.article not in options:
        return [state.article, *options]
    return options


def earlier_note(earlier: int) -> str:
    """Under the timeline: how many events lie left of its first view."""
    return (f"{plural(earlier, 'earlier event')} (history the articles recall) "
            f"{'lies' if earlier == 1 else 'lie'} left of this view: drag or zoom out to see "
            f"{'it' if earlier == 1 else 'them'}, or set the years.")


def article_prompt(shown: int) -> str:
    """The reader's list's placeholder: how many articles it offers, and why not all when capped."""
    if shown <= ARTICLE_OPTIONS:
        return f"Choose one of {plural(shown, 'article')}…"
    return f"Choose one of the first {ARTICLE_OPTIONS:,} of {shown:,} articles (filters narrow the list)…"


def article_events(corpus: Corpus, article: str | None) -> dict[str, str]:
    return corpus.memo.get("article_events", article, lambda: select.article_events(corpus, article))


def story(corpus: Corpus, state: ViewState) -> KeyOrder:
    """The shown events' keys in date order, for the stepper."""
    def row_of(key: str) -> int:
        return int(corpus.merged.index.get_indexer([key])[0])

    return corpus.memo.get("story", filters_of(state),
                           lambda: KeyOrder(corpus.columns.keys, shown_rows(corpus, state), row_of))


def coverage(corpus: Corpus, state: ViewState) -> pd.DataFrame:
    """The shown events against the outlets (see ``coverage.coverage_table``)."""
    from kurils.views.coverage import coverage_table

    return corpus.memo.get(
        "coverage",
        filters_of(state),
        lambda: coverage_table(corpus, tabled(corpus, state), state.outlets),
    )


def tabled(corpus: Corpus, state: ViewState) -> pd.DataFrame:
    """The shown events the tables list: the first TABLE_ROWS in date order (a table of 100,000
    rows is tens of MB sent on every rerun; the filters narrow it)."""
    return corpus.merged.iloc[shown_rows(corpus, state)[:TABLE_ROWS]]


def events_table(corpus: Corpus, state: ViewState) -> pd.DataFrame:
    """The shown events as a table with links to the reader (see ``coverage.events_table``)."""
    from kurils.views.coverage import events_table as table

    return corpus.memo.get(
        "table", filters_of(state), lambda: table(corpus, tabled(corpus, state), state)
    )
