"""A filter change read from the corpus's arrays (data.EventColumns, select.shown_rows, page.*):
the same events, order, counts and articles as filtering the whole tables with pandas."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from kurils.views import density, geomap, page, select
from kurils.views.data import Corpus, story_rows
from kurils.views.state import ViewState
from kurils.views.story import position, step, story_order

STATES = [
    ViewState(),
    ViewState(outlets=("TASS",)),
    ViewState(outlets=("Kyodo", "RT")),
    ViewState(years=(2016, 2019)),
    ViewState(types=("visit", "meeting")),
    ViewState(statuses=("planned",)),
    ViewState(places=("Iturup",)),
    ViewState(people=("Putin",)),
    ViewState(query="kunashir"),
    ViewState(outlets=("TASS",), years=(2018, 2022), types=("visit",)),
    ViewState(outlets=("nobody",)),
]


def _articles_reference(corpus: Corpus, state: ViewState, events: pd.DataFrame) -> list[str]:
    """The reader's articles as the pandas filter chose them before the arrays."""
    articles = corpus.articles
    keep = pd.Series(True, index=articles.index)
    if state.outlets:
        keep &= articles["outlet"].isin(state.outlets)
    if state.years is not None:
        first, last = pd.Timestamp(state.years[0], 1, 1), pd.Timestamp(state.years[1], 12, 31)
        keep &= (articles["t_last"] >= first) & (articles["t_first"] <= last)
    reported = {a for ids in events["article_ids"] for a in ids}
    if state.query:
        q = state.query.casefold()
        keep &= (articles["headline"].fillna("").str.casefold().str.contains(q, regex=False)
                 | articles["body"].fillna("").str.casefold().str.contains(q, regex=False)
                 | articles.index.isin(list(reported)))
    if any((state.types, state.statuses, state.places, state.people)):
        keep &= articles.index.isin(list(reported))
    frame = articles[keep].sort_values(["t_first", "outlet", "headline"], na_position="last", kind="stable")
    return list(frame.index)


@pytest.mark.parametrize("state", STATES, ids=repr)
def test_rows_give_the_events_and_the_story_of_the_pandas_filter(seeds, state):
    frame = select.filter_events(seeds, state)
    assert page.shown_count(seeds, state) == len(frame)
    assert sorted(seeds.merged.index[page.shown_rows(seeds, state)]) == sorted(frame.index)
    assert page.story(seeds, state) == story_order(frame)
    assert list(page.events_shown(seeds, state).index) == list(frame.index)


@pytest.mark.parametrize("state", STATES, ids=repr)
def test_rows_give_the_articles_of_the_pandas_filter(seeds, state):
    expected = _articles_reference(seeds, state, select.filter_events(seeds, state))
    assert list(page.articles_shown(seeds, state).index) == expected
    assert page.article_count(seeds, state) == len(expected)
    assert page.article_options(seeds, state) == expected[: len(page.article_options(seeds, state))]


@pytest.mark.parametrize("state", STATES, ids=repr)
def test_place_counts_and_outlets_from_the_index_equal_a_count_over_the_lists(seeds, state):
    frame = select.filter_events(seeds, state)
    assert page.place_counts(seeds, state) == geomap.place_counts(frame)
    mask = page.shown_mask(seeds, state)
    expected = Counter(o for names in frame["outlets"] for o in names)
    assert select.names_shown(seeds, "outlets", mask) == expected


def test_the_reader_lists_at_most_article_options(seeds, monkeypatch):
    monkeypatch.setattr(page, "ARTICLE_OPTIONS", 3)
    fresh = ViewState(years=(1990, 2030))
    options = page.article_options(seeds, fresh)
    assert len(options) == 3 < page.article_count(seeds, fresh)
    opened = page.articles_shown(seeds, fresh).index[-1]
    assert page.article_options(seeds, replace(fresh, article=opened))[0] == opened


def test_story_rows_sort_by_first_then_last_then_key_undated_last():
    first = np.array(["2020-01-02", "2020-01-01", "NaT", "2020-01-01", "2020-01-01"], dtype="datetime64[ns]")
    last = np.array(["2020-01-02", "2020-02-01", "NaT", "2020-01-05", "2020-01-05"], dtype="datetime64[ns]")
    keys = np.array(["a", "b", "c", "e", "d"], dtype=object)
    assert list(keys[story_rows(first, last, keys)]) == ["d", "e", "b", "a", "c"]


@pytest.mark.parametrize("lanes", ["type", "outlet"])
def test_counts_from_arrays_equal_the_frames_counts(seeds, lanes):
    merged = seeds.merged
    expected = density.lane_year_counts(merged, lanes)
    columns = seeds.columns
    types = columns.types if lanes == "type" else np.asarray(columns.types, dtype=object)
    outlets = merged["outlets"].to_numpy(dtype=object)
    got = density.span_counts(columns.first, columns.last, types, outlets, lanes).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected.reset_index(drop=True), check_dtype=False)


def test_routes_counted_with_integer_keys_equal_a_groupby():
    rng = np.random.default_rng(7)
    ends = rng.choice([130.5, 145.25, 146.0, 147.75], size=(600, 4))
    arcs = pd.DataFrame(ends, columns=["from_lon", "from_lat", "to_lon", "to_lat"])
    arcs["name"], arcs["key"] = "a visit", [f"k{i}" for i in range(len(arcs))]
    routes = density.route_counts(arcs, dense_from=10)
    grouped = arcs.groupby(["from_lon", "from_lat", "to_lon", "to_lat"], sort=True)
    expected = grouped.agg(count=("key", "size"), key=("key", "first")).reset_index()
    assert routes[["from_lon", "from_lat", "to_lon", "to_lat", "key", "count"]].values.tolist() == \
        expected[["from_lon", "from_lat", "to_lon", "to_lat", "key", "count"]].values.tolist()


def test_the_stepper_without_a_selection_starts_at_an_end():
    order = ["a", "b", "c"]
    assert (step(order, None, 1), step(order, None, -1), step(order, "b", 1), step(order, "x", -1)) == (
        "a", "c", "c", "c")
    assert position(order, None) == "3 events to step through" and position(order, "c") == "Event 3 of 3"


@pytest.mark.parametrize("state", STATES[:4], ids=repr)
def test_the_stepper_walks_the_story_as_it_walks_a_list(seeds, state):
    order, keys = page.story(seeds, state), story_order(select.filter_events(seeds, state))
    assert len(order) == len(keys) and list(order) == keys and order[1:3] == keys[1:3]
    for current in [None, "no such event", *keys]:
        assert position(order, current) == position(keys, current)
        for delta in (1, -1):
            assert step(order, current, delta) == step(keys, current, delta)
        assert (current in order) == (current in keys)
