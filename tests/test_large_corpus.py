"""Large corpora in the app: dense timelines as counts, a count's pick narrowing the filters, the
articles' text left in a build's Parquet file, and the list filters read from an index."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kurils.views import coverage, density, select
from kurils.views.data import (
    TEXT_COLUMNS,
    article_record,
    folder_tables,
    large_build,
    prepare,
    texts_of,
)
from kurils.views.state import ViewState
from kurils.views.timeline import build_counts, event_at

ROOT = Path(__file__).resolve().parent.parent


def _events(rows: list[tuple[str, str, str, list[str]]]) -> pd.DataFrame:
    """Merged events as the views hold them: (type, first day, last day, outlets)."""
    return pd.DataFrame(
        {
            "type": [r[0] for r in rows],
            "t_first": pd.to_datetime([r[1] for r in rows]),
            "t_last": pd.to_datetime([r[2] for r in rows]),
            "outlets": [r[3] for r in rows],
        },
        index=[f"e{i}" for i in range(len(rows))],
    )


EVENTS = _events([
    ("visit", "2019-03-01", "2019-03-01", ["TASS"]),
    ("visit", "2019-11-01", "2019-11-30", ["TASS", "Kyodo"]),
    ("meeting", "2019-12-31", "2020-01-02", []),  # its middle is in 2020
    ("meeting", "2021-06-01", "2021-06-01", ["Kyodo"]),
    ("meeting", None, None, ["Kyodo"]),  # undated: on no lane
])


def test_counts_per_type_lane_and_year():
    counts = density.lane_year_counts(EVENTS, "type")
    assert list(zip(counts["lane"], counts["year"], counts["count"], strict=True)) == [
        ("meeting", 2020, 1), ("meeting", 2021, 1), ("visit", 2019, 2)]
    first = counts.iloc[-1]
    assert pd.Timestamp(first["start_ms"], unit="ms") == pd.Timestamp("2019-01-01")
    assert pd.Timestamp(first["end_ms"], unit="ms") == pd.Timestamp("2020-01-01")


def test_outlet_lanes_count_an_event_under_each_outlet_and_unknown_when_none():
    counts = density.lane_year_counts(EVENTS, "outlet")
    assert dict(zip(zip(counts["lane"], counts["year"], strict=True), counts["count"], strict=True)) == {
        ("Kyodo", 2019): 1, ("Kyodo", 2021): 1, ("TASS", 2019): 2, (density.UNKNOWN_OUTLET, 2020): 1}


@pytest.mark.parametrize("dense_from, expected", [(10, False), (2, True), (4, True), (5, False)])
def test_a_timeline_is_dense_past_the_threshold_and_over_more_than_one_year(dense_from, expected):
    assert density.is_dense(EVENTS, dense_from) is expected


def test_one_year_is_never_dense_however_many_events():
    one_year = _events([("visit", "2019-01-01", "2019-12-31", ["TASS"])] * 50)
    assert not density.is_dense(one_year, 10)


@pytest.mark.parametrize("data, expected", [
    (["bin", "visit", 2019], ("visit", 2019)),
    (["bin", "visit", 2019.0], ("visit", 2019)),
    ([3, "x", 1], None),  # a dot
    (["bin", "visit"], None),
    (["bin", 3, 2019], None),
    (["bin", "visit", True], None),
    (["bin", "visit", 2019.5], None),
    ("bin", None),
    (None, None),
])
def test_a_counts_pick_is_read_defensively(data, expected):
    assert density.bin_at(data) == expected
    assert density.picked_bin({"points": [{"customdata": data}]}) == expected


def test_the_counts_figure_carries_what_a_pick_reads_back_and_no_event_row():
    counts = density.lane_year_counts(EVENTS, "type")
    spec = build_counts(counts).spec
    data = spec["data"][0]["customdata"]
    assert [density.bin_at(d) for d in data] == list(zip(counts["lane"], counts["year"], strict=True))
    assert all(event_at(d, ["a", "b", "c"]) is None for d in data)  # never mistaken for a dot
    assert spec["layout"]["meta"]["lanes"] == ["visit", "meeting"]  # bottom to top, the first type on top


@pytest.mark.parametrize("lanes, lane, expected", [
    ("type", "visit", {"years": (2019, 2019), "types": ("visit",), "outlets": ("RT",)}),
    ("outlet", "TASS", {"years": (2019, 2019), "types": (), "outlets": ("TASS",)}),
    ("outlet", density.UNKNOWN_OUTLET, {"years": (2019, 2019), "types": (), "outlets": ("RT",)}),
])
def test_picking_a_count_narrows_to_its_year_and_lane(lanes, lane, expected):
    state = ViewState(outlets=("RT",), lanes=lanes, event="e1")
    if lanes == "outlet":
        state = replace(state, outlets=("RT",))
    narrowed = density.narrow_to(state, lane, 2019, outlets=("RT", "TASS"))
    assert {k: getattr(narrowed, k) for k in expected} == expected
    assert narrowed.event is None


def test_routes_are_counted_once_past_the_threshold():
    arcs = pd.DataFrame({"from_lon": [1.0, 1.0, 2.0], "from_lat": [0.0, 0.0, 0.0], "to_lon": [5.0, 5.0, 5.0],
                         "to_lat": [0.0, 0.0, 0.0], "name": ["a", "b", "c"], "key": ["k1", "k2", "k3"]})
    assert density.route_counts(arcs, dense_from=10) is arcs
    routes = density.route_counts(arcs, dense_from=2)
    assert list(routes["count"]) == [2, 1] and list(routes["name"]) == ["2 visits", "1 visits"]


# --- a build folder read by the app -----------------------------------------------------------
@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("built") / "tables"
    command = [sys.executable, "-m", "kurils", "build", str(ROOT / "seeds"), "--out", str(out)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    return out


@pytest.fixture(scope="module")
def whole(built):
    return prepare(folder_tables(built, "x", 1, use_cache=False))


@pytest.fixture(scope="module")
def lean(built):
    """The same build read as a large one: the articles' text left in the file."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("kurils.views.data.LARGE_CORPUS_ARTICLES", 1)
        assert large_build(built)
        return prepare(folder_tables(built, "x", 1, use_cache=False), texts=texts_of(built))


def test_a_large_build_leaves_the_text_in_its_file_and_the_reader_gets_it_back(whole, lean):
    assert not set(TEXT_COLUMNS) & set(lean.articles.columns)
    for article in whole.articles.index:
        full, fetched = article_record(whole, article), article_record(lean, article)
        for column in ("body", "text", "headline", "outlet"):
            assert fetched[column] == full[column]
        assert [list(p) for p in fetched["paragraphs"]] == [list(p) for p in full["paragraphs"]]


def test_a_small_build_keeps_its_text_in_memory(built):
    assert not large_build(built) and texts_of(built) is None


@pytest.mark.parametrize("query", ["Kunashir", "kunashir", "peace treaty", "no such words here"])
def test_search_over_the_file_finds_what_search_in_memory_finds(whole, lean, query):
    state = ViewState(query=query)
    found = select.filter_articles(whole, state, select.filter_events(whole, state))
    lean_found = select.filter_articles(lean, state, select.filter_events(lean, state))
    assert list(lean_found.index) == list(found.index)


def test_list_filters_from_the_index_equal_a_scan_of_every_list(whole):
    scanned = replace(whole, lists={})
    merged = whole.merged
    names = {c: sorted({n for ns in merged[c] for n in ns}) for c in ("outlets", "places", "people")}
    states = [ViewState(outlets=tuple(names["outlets"][:1])), ViewState(places=tuple(names["places"][:2])),
              ViewState(people=tuple(names["people"][-1:])), ViewState(outlets=("nobody",))]
    for state in states:
        assert list(select.filter_events(whole, state).index) == list(
            select.filter_events(scanned, state).index)
    assert all(isinstance(v, np.ndarray) for v in whole.lists["outlets"].values())


def test_a_large_builds_events_give_the_same_highlight_evidence_and_search(whole, lean):
    assert isinstance(lean.events["places"].dtype, pd.ArrowDtype)  # its lists stay in Arrow
    for article in whole.articles.index:
        key = next(iter(select.article_events(whole, article)), None)
        assert select.article_events(lean, article) == select.article_events(whole, article)
        for event in (None, key):
            state = ViewState(article=article, event=event)
            assert select.highlight(lean, state) == select.highlight(whole, state)
        assert coverage.evidence_by_outlet(lean, key) == coverage.evidence_by_outlet(whole, key)
    state = ViewState(query="kunashir")
    assert list(select.filter_events(lean, state).index) == list(select.filter_events(whole, state).index)
