"""The rough edges a new reader met (issue 14), each pinned by a test that failed before its fix."""

from __future__ import annotations

import json
import tomllib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from kurils.views import data, exports, geomap, legend, page, reader, select, session
from kurils.views.state import ViewState
from kurils.views.timeline import build_timeline, default_window, outlet_colour, outlet_colours

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")


def plain(text: str) -> str:
    return text.replace("*", "").replace("\\", "")


# --- "nan" for a missing value (pandas 3 string columns) ------------------------------------------
def test_a_missing_outlet_reads_unknown_never_nan():
    frame = pd.DataFrame(
        {
            "outlet": pd.array([None, "RT"], dtype="string"),
            "headline": pd.array([None, "x"], dtype="string"),
            "file": ["up.txt", "b.txt"],
            "published": [None, "2016-09-03"],
            "published_first": [None, None],
            "published_last": [None, None],
            "wire_source": [float("nan"), None],
        }
    )
    first = frame.iloc[0]
    assert reader.meta_lines(first) == ["unknown outlet · date unknown"]
    assert reader.headline_of(first) == "up.txt"
    assert "nan" not in " ".join(reader.meta_lines(frame.iloc[1]))


# --- the time axis with one event, and with a year chosen ----------------------------------------
@pytest.mark.parametrize("query", [{"outlet": "Sputnik", "type": "visit"}, {"place": "Vladivostok"}])
def test_one_event_gets_a_time_axis_of_months_not_hours(app, query):
    app.query_params.update(query)
    app.run()
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    first, last = (pd.Timestamp(v) for v in spec["layout"]["xaxis"]["range"])
    assert last - first >= pd.Timedelta(days=100)


def test_a_chosen_year_is_the_axis(seeds):
    assert default_window(seeds.merged, seeds.articles["published_first"], (2016, 2016)) == (
        pd.Timestamp(2016, 1, 1),
        pd.Timestamp(2017, 1, 1),
    )


# --- colours per outlet ----------------------------------------------------------------------------
def test_an_outlets_colour_does_not_change_when_another_outlet_arrives():
    before = outlet_colours(["RT", "TASS", "Sputnik", "Lesser Gazette"])
    after = outlet_colours(
        ["Big New Outlet", *[f"Outlet {i}" for i in range(20)], "RT", "TASS", "Sputnik", "Lesser Gazette"]
    )
    assert all(before[o] == after[o] for o in ("RT", "TASS", "Sputnik", "Lesser Gazette"))
    assert len({before["RT"], before["TASS"], before["Sputnik"]}) == 3  # the seeds' outlets differ
    assert outlet_colour("Lesser Gazette") == outlet_colour("Lesser Gazette")


# --- zoom: the time axis only, and kept across a pick ---------------------------------------------
def test_zoom_acts_on_time_only_and_a_pick_keeps_it(seeds):
    colours = outlet_colours(seeds.choices.outlets)
    plain_fig = build_timeline(seeds.merged, colours).spec["layout"]
    picked = build_timeline(seeds.merged, colours, highlighted=frozenset([seeds.merged.index[0]])).spec
    assert plain_fig["yaxis"]["fixedrange"] is True and plain_fig["xaxis"].get("fixedrange") is not True
    assert picked["layout"]["uirevision"] == plain_fig["uirevision"]


# --- the four islands on the map, Japan as an area --------------------------------------------------
def test_every_island_has_a_named_target_and_japan_is_no_city(seeds):
    places, _ = geomap.place_table(seeds.choices.places)
    dots, areas = geomap.map_points(places, geomap.place_counts(seeds.merged))
    assert {"Iturup", "Kunashir", "Shikotan", "Habomai"} <= set(dots["name"])
    assert "Japan" not in set(dots["name"]) and "Japan" in set(areas["name"])
    shikotan = dots[dots["name"] == "Shikotan"].iloc[0]
    assert "色丹島" in shikotan["other"] and "Шикотан" in shikotan["other"]
    assert (
        len(
            {
                tuple(o)
                for o in dots[dots["name"].isin(["Kunashir", "Shikotan", "Habomai", "Iturup"])]["offset"]
            }
        )
        == 4
    )  # the four names sit on four sides of their dots


@pytest.mark.parametrize("layer", ["labels", "places"])
@pytest.mark.parametrize("island", ["Shikotan", "Habomai", "Kunashir"])
def test_a_click_on_an_island_name_or_dot_filters_to_it(app, layer, island):
    app.run()
    at_map = app.get("deck_gl_json_chart")[0]
    states = app._tree.get_widget_states()
    state = states.widgets.add()
    state.id = at_map.proto.id
    state.string_value = json.dumps(
        {"selection": {"indices": {layer: [0]}, "objects": {layer: [{"name": island}]}}}
    )
    app._run(states)
    assert not app.exception
    assert app.multiselect(key="place").value == [island]


def test_the_first_map_view_takes_in_moscow_sochi_and_the_islands(seeds):
    places, _ = geomap.place_table(seeds.choices.places)
    dots, _ = geomap.map_points(places, Counter())
    view = geomap.fit_view(dots)
    world = 512 * 2 ** view["zoom"]
    west = (37.6 - view["longitude"]) / 360 * world
    east = (148.0 - view["longitude"]) / 360 * world
    assert -geomap.MAP_WIDTH / 2 < west and east < geomap.MAP_WIDTH / 2


def _first_view(seeds) -> tuple[dict, Callable]:
    """The app's first deck (its layers by id) and a function from lon/lat to px from its centre."""
    places, _ = geomap.place_table(seeds.choices.places)
    deck = geomap.build_deck({}, geomap.LAND_URL, places, geomap.place_counts(seeds.merged), pd.DataFrame())
    spec = json.loads(deck.to_json())
    view = {k: spec["initialViewState"][k] for k in ("longitude", "latitude", "zoom")}
    world = 512 * 2 ** view["zoom"]

    def px(lon, lat):
        return ((geomap._mercator_x(lon) - geomap._mercator_x(view["longitude"])) * world,
                (geomap._mercator_y(lat) - geomap._mercator_y(view["latitude"])) * world)

    return {layer["id"]: layer for layer in spec["layers"]}, px


def _label_boxes(seeds) -> dict[str, tuple[float, float, float, float]]:
    """Each name's box (x0, y0, x1, y1) in px from the map's centre in its first view, 12 px text
    at ~7 px a character (areas: 15 px, ~9 px a character), placed as the deck's layers say."""
    layers, px = _first_view(seeds)
    boxes = {}
    for layer, (char, h) in (("places", (7, 14)), ("areas", (9, 18))):
        for row in pd.DataFrame(layers[layer]["data"]).itertuples():
            x, y = px(row.lon, row.lat)
            x, y, w = x + row.offset[0], y + row.offset[1], char * len(row.name)
            x0 = {"start": x, "end": x - w}.get(row.anchor, x - w / 2)
            y0 = {"top": y, "bottom": y - h}.get(row.baseline, y - h / 2)
            boxes[row.name] = (x0, y0, x0 + w, y0 + h)
    return boxes


def test_no_name_lies_on_a_dot_in_the_first_view(seeds):
    """'Japan' was drawn on Tokyo's dot, and a large dot covered the start of its own name: names
    keep clear of every dot (a dot's drawn radius: the deck's own figure)."""
    layers, px = _first_view(seeds)
    dots = pd.DataFrame(layers["places"]["data"])
    clashes = []
    for name, (x0, y0, x1, y1) in _label_boxes(seeds).items():
        for dot in dots.itertuples():
            x, y = px(dot.lon, dot.lat)
            r = dot.radius - 1  # a pixel of antialiased edge may touch
            if x0 < x + r and x - r < x1 and y0 < y + r and y - r < y1:
                clashes.append((name, dot.name))
    islands = set(geomap.LABEL_SIDES)  # zoomed out, the four islands' dots overlap one another
    assert [(name, dot) for name, dot in clashes if not {name, dot} <= islands] == []


def test_no_name_is_cut_at_the_maps_edge(seeds):
    """Shikotan's name, right of the easternmost dots, ran off the map's edge."""
    for name, (x0, _, x1, _) in _label_boxes(seeds).items():
        assert -geomap.MAP_WIDTH / 2 <= x0 and x1 <= geomap.MAP_WIDTH / 2, name


def test_no_two_names_overlap_in_the_first_view(seeds):
    """Tokyo's name sat under Habomai's, Vladivostok's over Kunashir's: names go where there is room."""
    boxes = list(_label_boxes(seeds).items())
    for i, (name, a) in enumerate(boxes):
        for other, b in boxes[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (name, other)


def test_a_countrys_name_keeps_clear_of_its_capitals(seeds):
    """'Japan' was drawn over Tokyo's name and dot: a country's name sits under its point."""
    boxes = _label_boxes(seeds)
    jx0, jy0, jx1, jy1 = boxes["Japan"]
    tx0, ty0, tx1, ty1 = boxes["Tokyo"]
    assert jx1 <= tx0 or tx1 <= jx0 or jy1 <= ty0 or ty1 <= jy0


# --- exports hold paths relative to the corpus -------------------------------------------------------
def test_the_articles_download_holds_no_server_path(tmp_path):
    folder = tmp_path / "corpus" / "sub"
    folder.mkdir(parents=True)
    for seed in sorted((ROOT / "seeds").iterdir())[:2]:
        (folder / seed.name).write_bytes(seed.read_bytes())
    tables = data.folder_tables(tmp_path / "corpus", "fp", 2, use_cache=False)
    lines = exports.articles_jsonl(tables.articles).decode().splitlines()
    files = [json.loads(line)["file"] for line in lines]
    assert files and all(f.startswith("sub/") for f in files) and str(tmp_path) not in "".join(lines)
    assert data.relative_path("/elsewhere/server/a.txt", tmp_path) == "a.txt"


# --- words: plurals, one year, the outlets a filter asks for -----------------------------------------
def test_the_caption_says_one_event_one_year_and_only_the_filtered_outlet(seeds):
    one = page.summary(seeds, ViewState(outlets=("Sputnik",), types=("visit",)))
    assert (
        "1 of 16 events" in plain(one)
        and "1 of 5 articles" in plain(one)
        and "1 outlet (Sputnik)" in plain(one)
    )
    assert "year 2016" in plain(one) and "2016–2016" not in one
    sputnik = plain(page.summary(seeds, ViewState(outlets=("Sputnik",))))
    assert "1 outlet (Sputnik)" in sputnik and "RT" not in sputnik


def test_the_caption_names_a_few_outlets_and_counts_the_rest():
    """A real batch of six outlets ran the caption to three lines, the first cut off under the
    toolbar: it names three and counts the rest."""
    from dataclasses import replace

    from kurils.pipeline import parse_paths

    names = ["AP", "Bahrain News Agency", "Jiji Press", "Kyodo", "Reuters"]
    articles = [replace(a, outlet=names[i]) for i, a in enumerate(parse_paths([ROOT / "seeds"]))]
    caption = plain(page.summary(data.corpus_from_articles(articles), ViewState()))
    assert "5 outlets (AP, Bahrain News Agency, Jiji Press and 2 more)" in caption, caption


@pytest.mark.parametrize(
    ("earlier", "said"),
    [(1, "1 earlier event (history the articles recall) lies left of this view: drag or zoom out to "
         "see it"),
     (15, "15 earlier events (history the articles recall) lie left of this view: drag or zoom out to "
          "see them")],
)
def test_the_note_under_the_timeline_counts_in_words(earlier, said):
    """'1 earlier events ... lie left' on a real batch."""
    assert page.earlier_note(earlier).startswith(said)


@pytest.mark.parametrize(
    "file", ["tests/data/real/g/25_24hoursworlds_2022.txt", "C:\\corpus\\25_24hoursworlds_2022.txt"]
)
def test_an_article_without_a_headline_is_named_by_its_file_not_its_folders(file):
    article = pd.Series({"headline": None, "file": file, "outlet": None, "published": None,
                         "published_first": None})
    assert reader.headline_of(article) == "25_24hoursworlds_2022.txt"
    label = reader.article_labels(pd.DataFrame([article], index=["a1"], dtype=object))["a1"]
    assert label == "undated · unknown outlet · 25_24hoursworlds_2022.txt"


# --- search over every spelling of a place or a person ----------------------------------------------
@pytest.mark.parametrize(
    "query, place",
    [
        ("Etorofu", "Iturup"),
        ("Kunashiri", "Kunashir"),
        ("Northern Territories", "Kunashir"),
        ("Южные Курилы", "Iturup"),
        ("択捉", "Iturup"),
        ("Итуруп", "Iturup"),
        ("Путин", None),
    ],
)
def test_search_finds_a_place_or_person_by_any_of_its_names(seeds, query, place):
    found = select.filter_events(seeds, ViewState(query=query))
    assert len(found) >= 1
    if place:
        assert all(place in places for places in found["places"])


# --- the reader ------------------------------------------------------------------------------------
def test_the_reader_legend_has_no_emoji_and_the_headline_sits_above_the_scrolling_body(app, seeds):
    forum = seeds.merged[seeds.merged["type"] == "forum"].iloc[0]
    app.query_params.update({"event": forum["key"], "article": forum["article_ids"][0]})
    app.run()
    texts = [c.value for c in app.caption] + [h.proto.body for h in app.get("html")]
    assert not any(
        ord(ch) > 0x2FFF and not 0x3000 <= ord(ch) <= 0x9FFF
        for t in texts
        for ch in t
        if 0x1F000 <= ord(ch) <= 0x1FAFF
    )
    assert any('class="kr-ev"' in h.proto.body and "kr-legend" in h.proto.body for h in app.get("html"))
    reader_box = next(b for b in _descendants(app.main) if getattr(b, "key", None) == "reader")
    inside = list(_descendants(reader_box))
    body = next(b for b in inside if getattr(b, "key", None) == "reader_body")
    assert any(b.type == "subheader" for b in inside)
    assert not any(b.type == "subheader" for b in _descendants(body))


def _descendants(block):
    for child in getattr(block, "children", {}).values():
        yield child
        yield from _descendants(child)


def test_legends_name_every_symbol():
    timeline = legend.timeline_legend_html()
    for words in ("planned", "historical", "range", "selected", "several outlets"):
        assert words in timeline
    geo = legend.map_legend_html()
    for words in ("disputed island", "more events", "selection", "visit"):
        assert words in geo
    assert all(i in legend.intro_markdown() for i in ("Etorofu", "Кунашир", "Shikotan", "Хабомаи"))


# --- Back: the link decides again when the URL moved -----------------------------------------------
def test_a_url_the_page_did_not_write_decides_the_view():
    state: dict = {}
    assert session.link_moved(state, {})  # a new session
    session.remember_link(state, {"outlet": ["TASS"], "event": "k"})
    assert not session.link_moved(state, {"outlet": ["TASS"], "event": ["k"]})
    assert session.link_moved(state, {"outlet": ["TASS"]})  # Back to before the pick


def test_back_to_an_earlier_link_restores_that_view(app, seeds):
    app.run()
    app.multiselect(key="outlet").set_value(["TASS"]).run()
    assert app.query_params.get("outlet") in (["TASS"], "TASS")
    app.query_params.clear()  # what Back to the landing URL sends with its rerun
    app.run()
    assert app.multiselect(key="outlet").value == []


# --- upload failures next to the uploader ----------------------------------------------------------
def test_upload_failures_are_said_under_the_uploader(app):
    app.run()
    app.file_uploader(key="uploads").set_value([("empty.txt", b"", "text/plain")]).run()
    sidebar = list(_descendants(app.sidebar))
    warning_at = next(i for i, c in enumerate(sidebar) if c.type == "warning")
    header_at = next(i for i, c in enumerate(sidebar) if c.type == "header" and c.value == "Filters")
    assert warning_at < header_at


# --- no developer menu for readers -----------------------------------------------------------------
def test_readers_get_no_deploy_button_or_developer_menu():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["toolbarMode"] == "viewer"


# --- pictures of the map and the timeline ---------------------------------------------------------
def test_the_map_picture_draws_the_decks_land_places_and_names(seeds):
    import io

    from PIL import Image

    from kurils.views import mappng

    deck = page.deck(seeds, ViewState(), tiles=False)
    png = mappng.map_png(deck.to_json(), geomap.load_geo()[1])
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and image.size == (2 * 540, 2 * 330)
    colours = {colour for _, colour in image.getcolors(maxcolors=1 << 20)}
    assert mappng.LAND in colours and tuple(geomap.POINT[:3]) in colours  # land and the place dots
    assert (40, 40, 40) in colours  # the names


def test_the_timelines_camera_button_saves_a_png(app):
    app.run()
    config = json.loads(app.get("plotly_chart")[0].proto.config)
    assert config["toImageButtonOptions"]["format"] == "png"
    buttons = [b for b in app.get("download_button") if b.proto.label == "Map (PNG)"]
    assert buttons and not app.exception
