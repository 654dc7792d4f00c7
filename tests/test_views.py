"""The views' pure logic: link <-> state, filters, selection links, timeline, map, reader, exports."""

from __future__ import annotations

import base64
import io
import json
import re
from collections import Counter
from dataclasses import replace
from datetime import date

import numpy as np
import pandas as pd
import pytest

from kurils.models import Article, Event, Paragraph, Published, TimeValue
from kurils.tables import tables_from_articles
from kurils.views import data, exports, geomap, reader, select, session
from kurils.views.data import corpus_from_articles
from kurils.views.legend import timeline_legend_html as legend_html
from kurils.views.state import Choices, ViewState, from_query, parse_years, to_query
from kurils.views.timeline import (
    WEBGL_FROM,
    build_timeline,
    colour_key,
    event_at,
    lane_names,
    outlet_colours,
)


def day(y, m, d):
    return TimeValue(date(y, m, d), date(y, m, d), "day")


def make_article(aid, outlet, text, events, published=None):
    paragraph = Paragraph(0, len(text), text)
    return Article(
        id=aid,
        file=f"{aid}.txt",
        text=text,
        outlet=outlet,
        headline=f"Headline {aid}",
        published=Published(published or day(2016, 9, 3)),
        paragraphs=(paragraph,),
        events=tuple(events),
        language="en",
    )


def make_event(kind, when, places=(), people=(), span=(0, 10), status="reported", title=None):
    return Event(title or f"{kind} event", kind, status, when, tuple(places), tuple(people), "evidence", span)


@pytest.fixture(scope="module")
def corpus():
    a_text = "Abe met Putin in Vladivostok on Saturday. Abe visited Sochi in May."
    b_text = "Putin and Abe talked in Vladivostok. Kishida spoke in Tokyo on Tuesday."
    c_text = "Medvedev flew to Kunashir on November 1, 2010."
    a = make_article(
        "aaaa",
        "RT",
        a_text,
        [
            make_event("meeting", day(2016, 9, 3), ["Vladivostok"], ["Abe", "Putin"], (0, 41)),
            make_event(
                "visit", TimeValue(date(2016, 5, 1), date(2016, 5, 31), "month"), ["Sochi"], ["Abe"], (42, 67)
            ),
        ],
    )
    b = make_article(
        "bbbb",
        "TASS",
        b_text,
        [
            make_event("meeting", day(2016, 9, 3), ["Vladivostok"], ["Putin", "Abe"], (0, 36)),
            make_event("statement", day(2016, 9, 6), ["Tokyo"], ["Kishida"], (37, 72), status="planned"),
        ],
    )
    c = make_article(
        "cccc",
        "Kyodo",
        c_text,
        [
            make_event("visit", day(2010, 11, 1), ["Kunashir"], ["Medvedev"], (0, 45), status="historical"),
        ],
        published=day(2019, 11, 1),
    )
    return corpus_from_articles([a, b, c])


# --- the link: query parameters <-> ViewState --------------------------------------------------
def test_every_parameter_round_trips(corpus):
    key = next(iter(corpus.choices.events))
    state = ViewState(
        outlets=("RT", "TASS"),
        years=(2015, 2016),
        types=("meeting",),
        statuses=("reported",),
        places=("Vladivostok",),
        people=("Abe",),
        query="summit",
        event=key,
        article="aaaa",
        lanes="outlet",
        context=True,
        view="coverage",
    )
    params = to_query(state)
    assert params["context"] == "1" and params["view"] == "coverage"
    assert params["outlet"] == ["RT", "TASS"] and params["year"] == "2015-2016"
    assert from_query(params, corpus.choices) == type(from_query(params, corpus.choices))(state, ())


def test_default_view_is_an_empty_query():
    assert to_query(ViewState()) == {}


def test_parameters_match_without_case_and_repeat_or_comma_join(corpus):
    parsed = from_query({"outlet": ["rt", "tass,kyodo"], "type": "Meeting"}, corpus.choices)
    assert parsed.state.outlets == ("RT", "TASS", "Kyodo") and parsed.state.types == ("meeting",)
    assert parsed.notices == ()


@pytest.mark.parametrize(
    "params, fragment",
    [
        ({"year": "abc"}, "year='abc'"),
        ({"year": "1850"}, "outside the years"),
        ({"outlet": "Pravda"}, "outlet='Pravda'"),
        ({"type": "party"}, "type='party'"),
        ({"status": "rumoured"}, "status='rumoured'"),
        ({"place": "Atlantis"}, "place='Atlantis'"),
        ({"person": "Nobody"}, "person='Nobody'"),
        ({"event": "no-such-event"}, "event="),
        ({"article": "../../etc/passwd"}, "article="),
        ({"lanes": "colour"}, "lanes="),
        ({"context": "yes"}, "context="),
        ({"view": "../map"}, "view="),
    ],
)
def test_a_parameter_that_makes_no_sense_is_dropped_with_a_notice(corpus, params, fragment):
    parsed = from_query(params, corpus.choices)
    assert parsed.state == ViewState()
    assert len(parsed.notices) == 1 and fragment in parsed.notices[0]


def test_year_forms_and_clamping():
    assert parse_years("2016", (2010, 2019)) == (2016, 2016)
    assert parse_years("2017-2015", (2010, 2019)) == (2015, 2017)
    assert parse_years("2005-2012", (2010, 2019)) == (2010, 2012)
    assert isinstance(parse_years("20161", (2010, 2019)), str)


def test_a_huge_search_is_cut_with_a_notice(corpus):
    parsed = from_query({"q": "x" * 5000}, corpus.choices)
    assert len(parsed.state.query) == 200 and parsed.notices


# --- filters -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "state, expected",
    [
        (ViewState(), 4),  # the two Vladivostok meetings are one real event
        (ViewState(outlets=("TASS",)), 2),
        (ViewState(years=(2010, 2010)), 1),
        (ViewState(types=("visit",)), 2),
        (ViewState(statuses=("planned",)), 1),
        (ViewState(places=("Vladivostok",)), 1),
        (ViewState(people=("Medvedev",)), 1),
        (ViewState(query="kunashir"), 1),
        (ViewState(query="headline aaaa"), 2),  # a source's headline counts
    ],
)
def test_each_filter_narrows_the_events(corpus, state, expected):
    assert len(select.filter_events(corpus, state)) == expected


def test_merged_event_keeps_both_sources(corpus):
    meeting = corpus.merged[corpus.merged["type"] == "meeting"].iloc[0]
    assert set(meeting["article_ids"]) == {"aaaa", "bbbb"} and meeting["colour_group"] == "several outlets"


def test_articles_follow_outlet_and_event_filters(corpus):
    shown = select.filter_events(corpus, ViewState(people=("Medvedev",)))
    assert list(select.filter_articles(corpus, ViewState(people=("Medvedev",)), shown).index) == ["cccc"]
    assert list(select.filter_articles(corpus, ViewState(outlets=("RT",)), shown).index) == ["aaaa"]


# --- selection links -------------------------------------------------------------------------------
def test_picking_an_event_opens_a_source_from_a_filtered_outlet(corpus):
    key = corpus.merged[corpus.merged["type"] == "meeting"].index[0]
    assert select.select_event(corpus, ViewState(), key).article == "aaaa"
    state = select.select_event(corpus, ViewState(outlets=("TASS",)), key)
    assert state.event == key and state.article == "bbbb"


def test_picking_nothing_clears_the_selection(corpus):
    state = ViewState(event=next(iter(corpus.choices.events)), article="aaaa", outlets=("RT",))
    assert select.select_event(corpus, state, None) == ViewState(outlets=("RT",))


def test_picking_a_place_filters_and_picking_it_again_lifts_the_filter():
    state = select.select_place(ViewState(), "Kunashir")
    assert state.places == ("Kunashir",)
    assert select.select_place(state, "Kunashir").places == ()


def test_choosing_an_article_keeps_only_an_event_it_reports(corpus):
    key = corpus.merged[corpus.merged["type"] == "meeting"].index[0]
    assert select.select_article(corpus, ViewState(event=key), "bbbb").event == key
    assert select.select_article(corpus, ViewState(event=key), "cccc").event is None


def test_the_readers_event_list_and_picking_from_it_keeps_the_article(corpus):
    labels = select.article_events(corpus, "bbbb")
    assert [v.split(" · ")[1] for v in labels.values()] == ["meeting", "statement"]
    meeting = next(iter(labels))
    state = select.select_event_in_article(corpus, ViewState(article="bbbb"), meeting)
    assert state.event == meeting and state.article == "bbbb"  # not the other source, aaaa
    assert select.select_event_in_article(corpus, state, None).article == "bbbb"
    assert select.article_events(corpus, None) == {}


def test_chart_selections_are_read_defensively():
    keys = pd.Index(["k0", "k1", "k2"])
    assert select.timeline_pick({"points": [{"customdata": [1, "2016-09-03 (day"]}]}, keys) == "k1"
    assert select.timeline_pick({"points": [{"customdata": 2, "x": 1}]}, keys) == "k2"
    assert select.timeline_pick({"points": [{"customdata": "k2"}]}, keys) is None  # not a row
    assert select.timeline_pick({"points": [{}, "junk"]}, keys) is None
    assert select.timeline_pick(None, keys) is None
    assert select.map_pick({"objects": {"places": [{"name": "Tokyo"}]}}) == "Tokyo"
    assert select.map_pick({"objects": {"islands": [{"properties": {"name": "Iturup"}}]}}) == "Iturup"
    assert select.map_pick({"objects": {"land": [{"x": 1}]}}) is None


def test_highlight_of_an_event_and_of_an_article(corpus):
    key = corpus.merged[corpus.merged["type"] == "meeting"].index[0]
    lit = select.highlight(corpus, ViewState(event=key, article="aaaa"))
    assert lit.events == {key} and lit.places == {"Vladivostok"} and lit.spans == ((0, 41),)
    assert lit.other_spans == ((42, 67),)
    alone = select.highlight(corpus, ViewState(article="aaaa"))
    assert len(alone.events) == 2 and alone.places == {"Vladivostok", "Sochi"}


# --- session glue ----------------------------------------------------------------------------------
def test_session_round_trip_and_sanitising(corpus):
    state = ViewState(outlets=("RT",), years=(2016, 2016), query="abe", lanes="outlet")
    store: dict = {}
    session.write_state(store, state, corpus.choices)
    assert session.read_state(store, corpus.choices) == state
    store["outlet"] = ["RT", "Gone"]
    store["year"] = (1900, 2100)
    store["article"] = "missing"
    session.sanitize(store, corpus.choices)
    assert store["outlet"] == ["RT"] and store["year"] == corpus.choices.years and store["article"] is None


# --- timeline ------------------------------------------------------------------------------------
def values(array) -> list:
    """A trace array of the figure's dict: a list, or plotly's typed array {dtype, bdata}."""
    if isinstance(array, dict) and "bdata" in array:
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=np.dtype(array["dtype"])).tolist()
    return array if isinstance(array, list) else [array]


def rows_of(trace: dict) -> list[int]:
    """The event rows a marker trace's dots carry (the first field of each dot's customdata)."""
    return [data[0] for data in trace["customdata"]]


def dots(fig) -> list[dict]:
    return [t for t in fig.to_dict()["data"] if t["mode"] == "markers" and "customdata" in t]


def hover_labels(fig) -> dict[int, str]:
    """Each dot's hover label as plotly.js fills its trace's template, by event row."""

    def fill(template: str, text: str, data: list) -> str:
        label = template.replace("<extra></extra>", "").replace("%{text}", text)
        return re.sub(r"%\{customdata\[(\d+)\]\}", lambda m: str(data[int(m.group(1))]), label)

    return {
        data[0]: fill(trace["hovertemplate"], text, data)
        for trace in dots(fig)
        for text, data in zip(trace["text"], trace["customdata"], strict=True)
    }


def test_timeline_dots_carry_event_keys_and_ranges_are_bars(corpus):
    fig = build_timeline(corpus.merged, outlet_colours(corpus.choices.outlets))
    traces = fig.to_dict()["data"]
    keys = {event_at(row, corpus.merged.index) for t in dots(fig) for row in rows_of(t)}
    assert all("customdata" in t or t["mode"] == "lines" for t in traces)  # no legend-only traces
    key = colour_key(fig)  # plotly draws no legend: the colours are named under the chart
    assert {name for name, _ in key} == {"RT", "TASS", "Kyodo", "several outlets"}
    assert fig.to_dict()["layout"]["showlegend"] is False
    html = legend_html(key)
    assert all(f"background:{colour}" in html and f"</span> {name}</span>" in html for name, colour in key)
    assert keys == set(corpus.merged.index)
    bars = [t for t in traces if t["mode"] == "lines"]
    assert len(bars) == 1 and bars[0]["hoverinfo"] == "skip"  # only the month-long Sochi visit is a bar
    start, end = values(bars[0]["x"])[:2]  # milliseconds on the date axis: the bar spans its month
    assert pd.Timestamp(start, unit="ms").day == 1 and 28 <= (end - start) / 86_400_000 <= 31
    symbols = {t["marker"]["symbol"] for t in dots(fig)}
    assert {"circle", "circle-open", "square"} <= symbols  # reported, planned, historical
    # a dot is drawn at the middle of its event's span, in its type's lane
    sochi = corpus.merged[corpus.merged["precision"] != "day"].iloc[0]
    trace = next(t for t in dots(fig) if sochi["row"] in rows_of(t))
    at = rows_of(trace).index(sochi["row"])
    assert lane_names(fig)[values(trace["y"])[at]] == sochi["type"]
    assert sochi["t_first"] < pd.Timestamp(values(trace["x"])[at], unit="ms") < sochi["t_last"]


def test_a_pick_is_the_key_of_the_dots_row_or_the_key_itself():
    keys = pd.Index(["k0", "k1"])
    assert event_at(1, keys) == "k1" and event_at(1.0, keys) == "k1" and event_at([0, "x"], keys) == "k0"
    assert event_at(2, keys) is None and event_at(-1, keys) is None and event_at(True, keys) is None
    assert select.timeline_pick({"points": [{"customdata": 1}]}, keys) == "k1"


def test_timeline_lanes_by_outlet_repeat_a_shared_event(corpus):
    fig = build_timeline(corpus.merged, outlet_colours(corpus.choices.outlets), lanes="outlet")
    lanes = [lane_names(fig)[y] for t in dots(fig) for y in values(t["y"])]
    assert sorted(set(lanes)) == ["Kyodo", "RT", "TASS"] and len(lanes) == 5


def test_timeline_switches_to_webgl_for_large_tables(corpus):
    many = pd.concat([corpus.merged] * (WEBGL_FROM // len(corpus.merged) + 1))
    fig = build_timeline(many, outlet_colours(corpus.choices.outlets))
    assert all(t["type"] == "scattergl" for t in fig.to_dict()["data"])


def test_timeline_draws_a_bar_shared_by_many_events_once(corpus):
    many = pd.concat([corpus.merged] * 50)
    bars = [
        t
        for t in build_timeline(many, outlet_colours(corpus.choices.outlets)).to_dict()["data"]
        if t["mode"] == "lines"
    ]
    assert len(values(bars[0]["x"])) == 3  # first, end, gap: the Sochi visit's bar, once
    assert sum(len(values(t["x"])) for t in dots(build_timeline(many, outlet_colours([])))) == 50 * len(
        corpus.merged
    )  # every event keeps its own dot


def test_timeline_hover_is_escaped(corpus):
    hostile = corpus.merged.assign(title="<img src=x onerror=alert(1)>")
    fig = build_timeline(hostile, outlet_colours(corpus.choices.outlets))
    text = " ".join(hover_labels(fig).values())
    assert "<img" not in text and "&lt;img" in text


def test_timeline_hover_names_the_event_its_places_people_and_sources(corpus):
    fig = build_timeline(corpus.merged, outlet_colours(corpus.choices.outlets))
    labels = hover_labels(fig)
    assert len(labels) == len(corpus.merged)
    for _, event in corpus.merged.iterrows():
        label = labels[event["row"]]
        date_line = f"{event['date']} ({event['precision']}, {event['status']})"
        assert label.startswith(f"<b>{event['title']}</b><br>{date_line}<br>places: ")
        assert "places: " in label and "sources: " in label and "%{" not in label
        assert ("<br>people: " in label) == bool(len(event["people"]))


def test_timeline_figure_is_valid_plotly_json(corpus):
    import plotly.graph_objects as go
    import plotly.io as pio

    fig = build_timeline(
        corpus.merged, outlet_colours(corpus.choices.outlets), highlighted=frozenset(corpus.merged.index[:1])
    )
    spec = json.loads(pio.to_json(fig, validate=False))
    go.Figure(spec)  # plotly's validator accepts every property (typed arrays included)


# --- map -----------------------------------------------------------------------------------------
def test_deck_reads_offline_with_islands_land_places_and_arcs(corpus):
    islands, land = geomap.load_geo()
    places, unplaced = geomap.place_table(corpus.choices.places)
    arcs = geomap.visit_arcs(corpus.merged, places, {"Abe": "JP", "Medvedev": "RU"}.get)
    assert {(a, b) for a, b in zip(arcs["from_lon"].round(), arcs["to_lon"].round(), strict=True)} == {
        (140, 40),
        (38, 146),
    }  # Tokyo -> Sochi, Moscow -> Kunashir
    deck = geomap.build_deck(
        islands, land, places, geomap.place_counts(corpus.merged), arcs, frozenset({"Sochi"})
    )
    spec = json.loads(deck.to_json())
    assert spec.get("mapProvider") is None  # no basemap tiles unless asked
    # and a style Streamlit keeps: with none at all it fetches its theme's Carto basemap from the internet
    assert spec.get("mapStyle") and "http" not in spec["mapStyle"]
    layers = {layer["id"]: layer for layer in spec["layers"]}
    assert {"land", "islands", "arcs", "places"} <= set(layers)
    assert layers["places"]["@@type"] == layers["labels"]["@@type"] == "TextLayer"  # one program for both
    assert {p["glyph"] for p in layers["places"]["data"]} == {geomap.DOT}
    assert all(p["dot_size"] * geomap.DOT_EM == pytest.approx(2 * p["radius"], abs=0.1)
               for p in layers["places"]["data"])
    assert len(layers["islands"]["data"]["features"]) == 4 and len(layers["land"]["data"]["features"]) > 100
    assert len(deck.to_json()) > 500_000  # a deck given the land itself (offline exports) carries it
    lit = [p for p in layers["places"]["data"] if p["lit"]]
    assert [p["name"] for p in lit] == ["Sochi"]
    assert abs(spec["initialViewState"]["longitude"] - 39.7) < 1  # the view goes to the lit place


def test_app_deck_draws_land_and_islands_as_pictures_fetched_once(corpus):
    """The app's deck names two pictures Streamlit serves (static/): the browser fetches and caches
    them and draws each as one rectangle, where 26,000 coastline vertices were tessellated and drawn
    by a polygon program of their own; the islands are polygons only where lit (after a pick)."""
    from kurils.views import page

    spec = json.loads(page.deck(corpus, ViewState(), tiles=False).to_json())
    layers = {layer["id"]: layer for layer in spec["layers"]}
    assert layers["land"]["@@type"] == layers["island_shapes"]["@@type"] == "BitmapLayer"
    assert layers["land"]["image"] == geomap.LAND_URL == "app/static/land.png"
    assert layers["island_shapes"]["image"] == geomap.ISLANDS_URL
    for url in (geomap.LAND_URL, geomap.ISLANDS_URL):
        assert (geomap.STATIC_DIR / url.rsplit("/", 1)[1]).is_file()
    assert "islands" not in layers and len(json.dumps(spec)) < 15_000
    types = {layer["@@type"] for layer in spec["layers"]}
    assert types == {"BitmapLayer", "TextLayer"}  # two WebGL programs for the first frame
    lit = json.loads(page.deck(corpus, ViewState(places=("Kunashir",)), tiles=False).to_json())
    polygons = next((layer for layer in lit["layers"] if layer["id"] == "islands"), None)
    names = [f["properties"]["name"] for f in polygons["data"]["features"]] if polygons else []
    assert names in ([], ["Kunashir"])  # a filter lights nothing; a lit island is a polygon
    config = (geomap.GEO_DIR.parent / ".streamlit" / "config.toml").read_text()
    assert "enableStaticServing = true" in config


def test_the_map_pictures_are_drawn_from_the_committed_geojson():
    from PIL import Image

    from kurils.views import landimage

    islands, land = geomap.load_geo(geomap.GEO_DIR)
    kurils = json.loads((geomap.GEO_DIR / "kurils.geojson").read_text(encoding="utf-8"))
    assert islands["features"]
    for name, png in landimage.pictures(land, kurils).items():
        kept = Image.open(geomap.STATIC_DIR / name)
        made = Image.open(io.BytesIO(png))
        assert made.size == kept.size and made.tobytes() == kept.tobytes(), name


@pytest.mark.parametrize(("background", "dark"), [((255, 255, 255), False), ((23, 22, 20), True)])
def test_land_reads_on_either_theme(background, dark):
    """One translucent land colour: beige on the light theme's white, a dark brown on the dark
    theme's near-black (a fixed beige glared there), distinct from the sea in both."""
    tint = geomap.LAND_TINT
    drawn = [round(b + (t - b) * geomap.LAND_ALPHA) for b, t in zip(background, tint, strict=True)]
    grey = sum(drawn) / 3
    assert (grey < 80) if dark else (grey > 200)
    assert 12 <= abs(grey - sum(background) / 3) <= 45
    assert abs(geomap.deck_opacity(geomap.LAND_ALPHA) ** (1 / 2.2) - geomap.LAND_ALPHA) < 0.01


def test_visitors_country_comes_from_the_people_table():
    assert geomap.person_country("Abe") == "JP" and geomap.person_country("Medvedev") == "RU"
    assert geomap.person_country("Nobody") is None


def test_unknown_place_is_listed_and_never_put_at_zero():
    places, unplaced = geomap.place_table(["Tokyo", "Xyzzyville", "Null Island"])
    assert list(places["name"]) == ["Tokyo"] and "Xyzzyville" in unplaced
    assert not ((places["lon"] == 0) & (places["lat"] == 0)).any()


# --- reader --------------------------------------------------------------------------------------
def test_reader_escapes_article_text_and_marks_by_offsets():
    text = "<script>alert('x')</script> Abe met Putin in Tokyo on Monday. More text."
    article = pd.Series({"text": text, "paragraphs": [[0, len(text)]], "published_first": "2016-01-01"})
    start = text.index("Abe")
    end = text.index(". More") + 1
    out = reader.article_html(article, spans=[(start, end)])
    assert "<script>" not in out and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in out
    assert 'class="kr-ev"' in out and 'class="kr-place"' in out and 'class="kr-person"' in out
    plain = out.split('<div class="kr-body">')[1]
    for tag in ("<span", "</span>", "<p>", "</p>", "</div>"):
        plain = plain.replace(tag, "")
    assert "Tokyo" in plain


def test_reader_meta_says_when_a_date_was_inferred():
    row = pd.Series(
        {
            "outlet": "TASS",
            "published": "2018-01-22",
            "published_precision": "day",
            "published_inferred": True,
            "published_evidence": "the weekday fixes the year",
        }
    )
    lines = reader.meta_lines(row)
    assert lines[0] == "TASS · 2018-01-22" and "weekday" in lines[1]


# --- exports -------------------------------------------------------------------------------------
def test_exports(corpus):
    csv = exports.events_csv(corpus.merged).decode()
    assert csv.splitlines()[0].startswith("key,title,type") and len(csv.splitlines()) == 5
    places, _ = geomap.place_table(corpus.choices.places)
    collection = json.loads(exports.places_geojson(places, Counter({"Tokyo": 2})))
    assert [f["properties"]["name"] for f in collection["features"]] == ["Tokyo"]
    lines = exports.articles_jsonl(corpus.articles).decode().splitlines()
    assert len(lines) == 3 and json.loads(lines[0])["outlet"] in {"RT", "TASS", "Kyodo"}


def test_choices_include_the_islands_and_meeting_cities_even_without_events():
    empty = corpus_from_articles([])
    assert {"Iturup", "Habomai", "Moscow"} <= set(empty.choices.places) and empty.choices.years is None
    assert isinstance(empty.choices, Choices) and empty.empty


def test_every_year_stays_every_year_when_the_corpus_widens(corpus):
    store: dict = {}
    session.write_state(store, ViewState(), corpus.choices)
    wider = Choices(years=(corpus.choices.years[0], corpus.choices.years[1] + 3))
    session.sanitize(store, wider)
    assert store["year"] == wider.years and session.read_state(store, wider).years is None
    narrow: dict = {}
    session.write_state(narrow, ViewState(years=(2016, 2016)), corpus.choices)
    session.sanitize(narrow, wider)
    assert narrow["year"] == (2016, 2016)


def test_markdown_in_untrusted_text_is_escaped():
    out = reader.md_escape("Click [here](javascript:alert(1)) **now** <b>x</b> $5")
    for raw in ("[here]", "](", "**", "<b>", " $5"):
        assert raw not in out
    assert out.replace("\\", "") == "Click [here](javascript:alert(1)) **now** <b>x</b> $5"


def test_tables_cache_round_trip_keeps_lists_and_is_keyed_by_parser(tmp_path, corpus):
    articles = [
        make_article(
            "dddd",
            "RT",
            "Abe met Putin in Sochi.",
            [make_event("meeting", day(2016, 5, 6), ["Sochi"], ["Abe", "Putin"], (0, 23))],
        )
    ]
    tables = tables_from_articles(articles)
    assert data.read_cached("fp", tmp_path) is None
    data.write_cached("fp", tables, tmp_path)
    back = data.read_cached("fp", tmp_path)
    assert back.events.at[0, "places"] == ["Sochi"] and back.articles.at[0, "paragraphs"] == [[0, 23]]
    assert back.merged.at[0, "article_ids"] == ["dddd"]
    assert [p.name for p in tmp_path.iterdir()] == [f"fp-{data.parser_version()}"]
    (tmp_path / f"fp-{data.parser_version()}" / "events.parquet").write_bytes(b"not parquet")
    assert data.read_cached("fp", tmp_path) is None  # a damaged cache is rebuilt, not trusted


def test_an_upload_reporting_a_known_event_merges_with_it(corpus):
    base = tables_from_articles(
        [
            make_article(
                "aaaa",
                "RT",
                "Abe met Putin in Vladivostok on Saturday.",
                [make_event("meeting", day(2016, 9, 3), ["Vladivostok"], ["Abe", "Putin"], (0, 41))],
            )
        ]
    )
    upload = tables_from_articles(
        [
            make_article(
                "eeee",
                "Reuters",
                "Putin and Abe met in Vladivostok.",
                [make_event("meeting", day(2016, 9, 3), ["Vladivostok"], ["Putin"], (0, 33))],
            )
        ]
    )
    both = data.combine(base, upload)
    assert len(both.articles) == 2 and len(both.merged) == 1
    assert both.merged.at[0, "outlets"] == ["RT", "Reuters"] and both.merged.at[0, "n_sources"] == 2
    assert data.combine(base, tables_from_articles([])) is base


def test_first_view_spans_the_coverage_years_not_old_history(corpus):
    from kurils.views.timeline import default_window

    window = default_window(corpus.merged, corpus.articles["published_first"])
    assert pd.Timestamp(2014, 12, 1) < window[0] < pd.Timestamp(2015, 1, 1)  # the 2010 visit is history
    assert window[1].year == 2016
    fig = build_timeline(corpus.merged, outlet_colours(corpus.choices.outlets), window=window)
    assert fig.to_dict()["layout"]["xaxis"]["range"][0].startswith("2014-12")


def test_outlet_lanes_drop_the_legend_and_grow_with_the_lanes(corpus):
    fig = build_timeline(corpus.merged, outlet_colours(corpus.choices.outlets), lanes="outlet")
    layout = fig.to_dict()["layout"]
    assert layout["showlegend"] is False and layout["yaxis"]["dtick"] == 1
    assert colour_key(fig) == []  # the lanes name the outlets already
    assert layout["height"] >= 24 * len(lane_names(fig))


def test_article_labels_fall_back_on_range_file_and_unknown_outlet():
    frame = pd.DataFrame(
        {
            "published": ["2016-09-03", None, None],
            "published_first": ["2016-09-03", "2016-09-06", None],
            "outlet": ["RT", None, "TASS"],
            "headline": ["Abe in Vladivostok", None, None],
            "file": ["a.txt", "b.txt", None],
        },
        index=["a", "b", "c"],
    )
    assert reader.article_labels(frame).to_dict() == {
        "a": "2016-09-03 · RT · Abe in Vladivostok",
        "b": "2016-09-06 · unknown outlet · b.txt",
        "c": "undated · TASS · c",
    }


# --- what a rerun reuses -------------------------------------------------------------------------
def test_a_rerun_with_the_same_view_reuses_every_piece(corpus):
    from kurils.views import page

    fresh = data.prepare(tables_from_articles([]))  # an unrelated corpus keeps its own memory
    state = ViewState(outlets=("RT", "TASS"))
    figure, _ = page.timeline(corpus, state)
    deck = page.deck(corpus, state, tiles=False)
    assert page.timeline(corpus, state)[0] is figure and page.deck(corpus, state, False) is deck
    assert figure.to_dict() is figure.to_dict() and deck.to_json() is deck.to_json()  # made once
    assert page.events_shown(fresh, state).empty

    picked = next(iter(page.events_shown(corpus, state).index))
    selected = replace(state, event=picked)  # a selection: same rows, new markers and map
    assert page.events_shown(corpus, selected) is page.events_shown(corpus, state)
    assert page.timeline(corpus, selected)[0] is not figure
    assert page.highlight(corpus, selected) == select.highlight(corpus, selected)

    narrower = replace(state, outlets=("RT",))  # a filter change: what the filters decide is new
    shown = page.events_shown(corpus, narrower)
    assert list(shown.index) == list(select.filter_events(corpus, narrower).index)
    assert page.summary(corpus, narrower).startswith(f"**{len(shown)}** of")


def test_the_maps_arcs_are_the_shown_events_visits(corpus):
    from kurils.views import page

    places, _ = page.places(corpus)
    for state in (ViewState(), ViewState(outlets=("Kyodo",)), ViewState(types=("meeting",))):
        expected = geomap.visit_arcs(page.events_shown(corpus, state), places)
        pd.testing.assert_frame_equal(page.arcs(corpus, state), expected, check_dtype=False)


def test_memo_keeps_the_latest_values_of_each_kind():
    from kurils.views.memo import Memo

    memo, calls = Memo(per_kind=2), []

    def compute(key):
        calls.append(key)
        return [key]

    for key in (1, 2, 1, 3, 1, 2):
        memo.get("kind", key, lambda key=key: compute(key))
    assert calls == [1, 2, 3, 2]  # 1 stayed (used again), 2 was the least recent when 3 came
    assert memo.get("other", 1, lambda: "x") == "x" and len(memo) == 3


@pytest.mark.parametrize(
    "state, wanted",
    [
        (ViewState(), False),  # the first view: no arc program to compile
        (ViewState(lanes="outlet", context=True, view="table"), False),  # how it is drawn, not what
        (ViewState(event="e1"), True),
        (ViewState(article="a1"), True),
        (ViewState(types=("visit",)), True),
        (ViewState(years=(2016, 2016)), True),
    ],
)
def test_visit_arcs_wait_for_a_pick_or_a_filter(state, wanted):
    from kurils.views import page

    assert page.arcs_wanted(state) is wanted


@pytest.mark.parametrize("shown, prompt", [
    (1, "Choose one of 1 article…"),
    (500, "Choose one of 500 articles…"),
    (10_000, "Choose one of the first 500 of 10,000 articles (filters narrow the list)…"),
])
def test_the_readers_list_says_when_it_is_capped(shown, prompt):
    from kurils.views import page

    assert page.article_prompt(shown) == prompt


def test_the_readers_list_is_capped_but_keeps_the_open_article(corpus, monkeypatch):
    """Each rerun sends the list: 10,000 labels were 775 KB of a rerun at 10,000 articles."""
    from kurils.views import page

    monkeypatch.setattr(page, "ARTICLE_OPTIONS", 2)
    every = list(page.articles_shown(corpus, ViewState()).index)
    assert page.article_options(corpus, ViewState()) == every[:2]
    assert page.article_options(corpus, ViewState(article=every[-1])) == [every[-1], *every[:2]]


@pytest.mark.parametrize("dark", [False, True])
def test_map_names_are_drawn_for_the_readers_theme(dark):
    """Dark names in a white halo read as hollow letters on the dark theme: there they are light on
    a dark halo; the light theme keeps dark names on white."""
    places = pd.DataFrame([{"name": "Tokyo", "kind": "city", "country": "JP", "lon": 139.7, "lat": 35.7,
                            "other_names": ""}])
    spec = json.loads(geomap.build_deck({}, geomap.LAND_URL, places, Counter({"Tokyo": 1}), pd.DataFrame(),
                                        dark=dark).to_json())
    labels = next(layer for layer in spec["layers"] if layer["id"] == "labels")
    text, halo = sum(labels["getColor"][:3]) / 3, sum(labels["outlineColor"][:3]) / 3
    assert (text > 200 and halo < 40) if dark else (text < 60 and halo > 240)
