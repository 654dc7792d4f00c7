"""The map: the islands as outlines, land for context, event places as points, arcs for visits.

It reads without basemap tiles (``map_provider=None`` over the committed land layer), so it works
offline; tiles are an opt-in extra. Place points are sized by how many shown events name them.
"""

from __future__ import annotations

import html
import json
import math
import weakref
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

from kurils.geo import ALWAYS_ON_MAP, ISLANDS
from kurils.views.text import plural

GEO_DIR = Path(__file__).resolve().parent.parent.parent / "geo"
DEFAULT_VIEW = {"latitude": 48.0, "longitude": 95.0, "zoom": 1.9}  # Moscow and Sochi to the islands
MAP_WIDTH = 470  # px: the narrowest width the first view is fitted to: the map column of a 1280 px
# window with the sidebar open is ~465 px (a Chromium screenshot); at 540 the easternmost name was cut
LABEL_ROOM = 70  # px kept free on the left and the right for names beside the outermost dots
AREA_KINDS = frozenset({"country", "region", "sea", "island_group"})  # named, never drawn as a dot
ISLAND_NAMES = tuple(i.name for i in ISLANDS)
# Where each island's label sits around its dot, so the four stay apart at every zoom.
LABEL_SIDES = {"Iturup": "above", "Kunashir": "left", "Shikotan": "right", "Habomai": "below"}
SIDES = {  # text anchor, baseline, pixel offset
    "above": ("middle", "bottom", [0, -12]),
    "below": ("middle", "top", [0, 12]),
    "left": ("end", "center", [-12, 0]),
    "right": ("start", "center", [12, 0]),
    "below-left": ("end", "top", [-6, 6]),
    "above-left": ("end", "bottom", [-6, -6]),
    "below-right": ("start", "top", [6, 6]),
    "above-right": ("start", "bottom", [6, -6]),
}
# Where a visit starts when the visitor's country is known.
CAPITALS = {
    "JP": "Tokyo",
    "RU": "Moscow",
    "US": "Washington",
    "CN": "Beijing",
    "KR": "Seoul",
    "GB": "London",
    "DE": "Berlin",
    "FR": "Paris",
    "UA": "Kyiv",
    "IN": "New Delhi",
    "KP": "Pyongyang",
}
ISLAND_FILL = [179, 38, 30, 150]
ISLAND_FILL_LIT = [179, 38, 30, 220]
LABEL_TEXT = [40, 40, 40]
AREA_TEXT = [85, 85, 85]
LABEL_HALO = [255, 255, 255, 230]  # drawn around every name: legible on land, sea and either theme
POINT = [31, 95, 168, 200]
POINT_LIT = [230, 126, 34, 255]
# Strings in the deck are read by Streamlit as expressions (cf. radius_units): literal ones are quoted.
FONT_FAMILY = "'Source Sans Pro, Helvetica Neue, Arial, sans-serif'"  # deck's default: Monaco
DOT = "\u25cf"  # a place's dot is this glyph (BLACK CIRCLE), drawn by the text layers' program
DOT_EM = 0.5  # the glyph's drawn width as a share of its font size (measured on a Chromium screenshot)
DOT_OUTLINE = 4  # the white ring round a dot (in the font atlas's pixels: 64 to the em)


_DECK_JSON: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
# The land layer as a static file (Streamlit's `server.enableStaticServing` serves the app's
# static/ folder at app/static/, gzipped on the way): the browser fetches it once and caches it,
# instead of 615 KB of coastline inside the deck's JSON on every rerun that changes the map.
LAND_URL = "app/static/land.geojson"
STATIC_LAND = GEO_DIR.parent / "static" / "land.geojson"  # a copy of geo/land.geojson (a test: equal)


class CompactDeck(pdk.Deck):
    """A Deck whose JSON has no indentation (pydeck indents by two spaces, which makes the JSON
    several times larger), made once per deck: Streamlit asks for it on every rerun that shows the
    map, and a deck is not changed once built."""

    def to_json(self) -> str:
        made = _DECK_JSON.get(self)
        if made is None:
            made = json.dumps(self, sort_keys=True, default=default_serialize, separators=(",", ":"))
            _DECK_JSON[self] = made
        return made


@lru_cache(maxsize=2)
def load_geo(geo_dir: Path = GEO_DIR) -> tuple[dict, dict]:
    """The islands (polygons of kurils.geojson) and the land layer, parsed once per process (treat
    them as read-only); empty collections when a file is missing or broken."""
    empty = {"type": "FeatureCollection", "features": []}
    try:
        kurils = json.loads((geo_dir / "kurils.geojson").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        kurils = empty
    try:
        land = json.loads((geo_dir / "land.geojson").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        land = empty
    islands = {
        "type": "FeatureCollection",
        "features": [
            f
            for f in kurils.get("features", [])
            if f.get("properties", {}).get("kind") == "island"
            and f.get("geometry", {}).get("type") != "Point"
        ],
    }
    return islands, land


def place_table(names: Iterable[str]) -> tuple[pd.DataFrame, list[str]]:
    """Coordinates of each place name from the gazetteer; names without a point are listed apart."""
    from kurils.gazetteer import lookup

    rows, unplaced = [], []
    for name in dict.fromkeys(names):
        place = lookup(name)
        if place is None or place.lat is None or place.lon is None or (place.lat, place.lon) == (0, 0):
            unplaced.append(name)
            continue
        rows.append(
            {
                "name": name,
                "kind": place.kind,
                "country": place.country or "",
                "lon": float(place.lon),
                "lat": float(place.lat),
                "other_names": other_names(name),
            }
        )
    return pd.DataFrame(rows, columns=["name", "kind", "country", "lon", "lat", "other_names"]), unplaced


def other_names(name: str) -> str:
    """A disputed island's Japanese and Russian names ('' for any other place), for its hover."""
    island = next((i for i in ISLANDS if i.name == name), None)
    return f"{island.name_ja} · {island.name_ru}" if island else ""


def person_country(surname: str) -> str | None:
    """The country an official of this coverage serves (from the people table), if known."""
    from kurils.people import lookup_person

    person = lookup_person(surname)
    return person.country if person else None


def place_counts(events: pd.DataFrame) -> Counter:
    return Counter(name for places in events["places"] for name in places)


def visit_arcs(
    events: pd.DataFrame, places: pd.DataFrame, country_of: Callable[[str], str | None] | None = None
) -> pd.DataFrame:
    """Visits as arcs from the visitor's capital to the place visited."""
    country_of = lru_cache(maxsize=None)(country_of or person_country)
    where = dict(zip(places["name"], zip(places["lon"], places["lat"], strict=True), strict=True))
    rows = []
    visits = events.loc[events["type"] == "visit", ["title", "date", "places", "people", "key"]]
    for row in visits.itertuples():  # only the columns read: 2.3x faster than every column's tuples
        country = next((c for c in map(country_of, row.people) if c in CAPITALS), None)
        if country is None:
            continue
        origin = CAPITALS[country]
        for target in row.places:
            if target == origin or target not in where or origin not in where:
                continue
            (from_lon, from_lat), (to_lon, to_lat) = where[origin], where[target]
            rows.append(
                {
                    "from_lon": from_lon,
                    "from_lat": from_lat,
                    "to_lon": to_lon,
                    "to_lat": to_lat,
                    "name": html.escape(f"{row.title} ({row.date})"),
                    "key": row.key,
                }
            )
    return pd.DataFrame(rows, columns=["from_lon", "from_lat", "to_lon", "to_lat", "name", "key"])


def build_deck(
    islands: dict,
    land: dict | str,
    places: pd.DataFrame,
    counts: Counter,
    arcs: pd.DataFrame,
    lit_places: frozenset[str] = frozenset(),
    tiles: bool = False,
    height: int = 330,
) -> pdk.Deck:
    """The pydeck map; layer ids ``islands``, ``places`` and ``labels`` are the pickable ones.
    ``land`` is the land collection itself, or the URL the browser fetches it from (``LAND_URL``)."""
    shown, areas = map_points(places, counts, lit_places)
    lit = shown[shown["lit"]]
    view = _fit(lit) if len(lit) else fit_view(shown)
    shown = place_labels(shown, areas, view)
    island_features = []
    for feature in islands.get("features", []):
        props = dict(feature.get("properties", {}))
        name = props.get("name", "")
        props["fill"] = ISLAND_FILL_LIT if name in lit_places else ISLAND_FILL
        props["events"] = int(counts.get(name, 0))
        props["label"] = html.escape(str(name))
        props["other"] = f" ({html.escape(other_names(str(name)))})"
        props["events_text"] = plural(int(counts.get(name, 0)), "event")
        island_features.append({**feature, "properties": props})

    layers = [
        pdk.Layer(
            "GeoJsonLayer",
            id="land",
            data=land,
            filled=True,
            stroked=False,  # its 26,000 coastline segments took ~2 s to draw in software WebGL
            get_fill_color=[228, 224, 214],
            pickable=False,
        ),
        pdk.Layer(
            "GeoJsonLayer",
            id="islands",
            data={"type": "FeatureCollection", "features": island_features},
            filled=True,
            stroked=False,  # an outline is one more WebGL program to compile (below)
            get_fill_color="properties.fill",
            pickable=True,
            auto_highlight=True,
        ),
        pdk.Layer(
            "ArcLayer",
            id="arcs",
            data=arcs,
            get_source_position=["from_lon", "from_lat"],
            get_target_position=["to_lon", "to_lat"],
            get_source_color=[31, 95, 168, 160],
            get_target_color=[179, 38, 30, 200],
            get_width=2,
            get_height=0.25,
            pickable=True,
        ),
        pdk.Layer(  # a dot is a glyph: drawn by the labels' own program (one WebGL program fewer)
            "TextLayer",
            id="places",
            data=shown,
            get_position=["lon", "lat"],
            get_text="glyph",
            get_size="dot_size",
            get_color="colour",
            font_family="'sans-serif'",  # its own font atlas: one shared with the names lost their glyphs
            font_settings={"sdf": True},
            outline_width=DOT_OUTLINE,  # the white ring a dot had
            outline_color=[255, 255, 255, 255],
            character_set="'auto'",  # its one glyph
            pickable=True,
            auto_highlight=True,
        ),
        pdk.Layer(
            "TextLayer",
            id="labels",
            data=shown,
            get_position=["lon", "lat"],
            get_text="name",
            get_size=12,
            get_color=LABEL_TEXT,
            get_pixel_offset="offset",
            get_text_anchor="anchor",
            get_alignment_baseline="baseline",
            font_family=FONT_FAMILY,
            font_settings={"sdf": True},  # a halo drawn by the text's own program, legible on both themes
            outline_width=3,
            outline_color=LABEL_HALO,
            pickable=True,  # a name is a larger target than a dot where the islands crowd together
        ),
        pdk.Layer(
            "TextLayer",
            id="areas",
            data=areas,
            get_position=["lon", "lat"],
            get_text="name",
            get_size=15,
            get_color=AREA_TEXT,
            font_weight=600,
            # under its point: a country's point is often beside its capital, whose name is above
            get_text_anchor="'middle'",
            get_alignment_baseline="'top'",
            get_pixel_offset=[0, 10],
            font_family=FONT_FAMILY,
            font_settings={"sdf": True},
            outline_width=3,
            outline_color=LABEL_HALO,
            pickable=False,
        ),
    ]
    # Each kind of layer is a WebGL program, and where WebGL is drawn in software (headless Chromium,
    # machines without a GPU) compiling one cost ~1.5 s of the first frame: a layer with nothing to
    # draw is left out, and outlines, label boxes and dots are drawn without programs of their own
    # (polygons and text: two programs, three with arcs).
    layers = [layer for layer in layers if layer.id != "arcs" or len(arcs)]
    tooltip = {"html": "<b>{label}</b>{other}<br/>{events_text}", "style": {"fontSize": "12px"}}
    # Without tiles, pydeck's own "no style" value is kept: Streamlit draws no basemap for it, whereas
    # map_style=None asks Streamlit for its theme's Carto basemap, fetched from the internet (offline,
    # the map waited ~10 s for that request to fail before it appeared).
    kwargs = {"map_provider": "carto", "map_style": "light"} if tiles else {"map_provider": None}
    deck = CompactDeck(
        layers=layers, initial_view_state=pdk.ViewState(**view), tooltip=tooltip, height=height, **kwargs
    )
    return deck


def map_points(
    places: pd.DataFrame, counts: Counter, lit_places: frozenset[str] = frozenset()
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The places drawn as dots (each with its size, colour and label side) and the areas drawn as
    names only. Countries, regions and seas are areas ("Japan" is no city near Nagoya); the four
    islands always have a dot, so each can be clicked and is named at every zoom."""
    is_area = places["kind"].isin(list(AREA_KINDS))
    wanted = places["name"].map(
        lambda n: counts.get(n, 0) > 0 or n in ALWAYS_ON_MAP or n in ISLAND_NAMES or n in lit_places
    )
    shown = places[wanted & ~is_area]
    areas = places[is_area & places["name"].map(lambda n: counts.get(n, 0) > 0 or n in lit_places)]
    shown = shown.assign(
        events=shown["name"].map(lambda n: int(counts.get(n, 0))),
        label=shown["name"].map(html.escape),
        other=shown["other_names"].map(lambda o: f" ({html.escape(o)})" if o else ""),
        events_text=shown["name"].map(lambda n: plural(int(counts.get(n, 0)), "event")),
        lit=shown["name"].isin(lit_places),
    )
    sides = [SIDES[LABEL_SIDES.get(n, "above")] for n in shown["name"]]
    shown = shown.assign(
        radius=(6 + 3 * shown["events"].clip(upper=100) ** 0.5 + 4 * shown["lit"]).round(1),
        colour=[POINT_LIT if lit else POINT for lit in shown["lit"]],
        anchor=[side[0] for side in sides],
        baseline=[side[1] for side in sides],
        offset=[side[2] for side in sides],
    )
    shown = shown.assign(glyph=DOT, dot_size=(2 * shown["radius"] / DOT_EM).round(1))  # its font size, px
    return shown.reset_index(drop=True), areas[["name", "lon", "lat"]].reset_index(drop=True)


def label_box(x: float, y: float, name: str, side: str, size: int = 12) -> tuple[float, float, float, float]:
    """The box (x0, y0, x1, y1) in px a name drawn on ``side`` of a dot at (x, y) takes up, for a
    sans-serif of ``size`` px (about 0.58 em a character)."""
    anchor, baseline, (dx, dy) = SIDES[side]
    w, h = 0.58 * size * len(name), size + 2
    x, y = x + dx, y + dy
    x0 = {"start": x, "end": x - w}.get(anchor, x - w / 2)
    y0 = {"top": y, "bottom": y - h}.get(baseline, y - h / 2)
    return x0, y0, x0 + w, y0 + h


def place_labels(shown: pd.DataFrame, areas: pd.DataFrame, view: dict) -> pd.DataFrame:
    """Each dot's name on a side where, in this view, it overlaps no name placed before it: the
    islands' fixed sides first, then the places with most events; a name that fits nowhere keeps
    its first choice. Countries' names (under their point) count as placed."""
    world = 512 * 2 ** view["zoom"]
    cx, cy = _mercator_x(view["longitude"]), _mercator_y(view["latitude"])

    def px(lon: float, lat: float) -> tuple[float, float]:
        return (_mercator_x(lon) - cx) * world, (_mercator_y(lat) - cy) * world

    taken = []
    for area in areas.itertuples():
        x, y = px(area.lon, area.lat)
        taken.append(label_box(x, y + 10, area.name, "below", 15))
    sides = {}
    order = sorted(shown.itertuples(), key=lambda r: (r.name not in LABEL_SIDES, -r.events, r.name))
    for row in order:
        x, y = px(row.lon, row.lat)
        wanted = [LABEL_SIDES[row.name]] if row.name in LABEL_SIDES else list(SIDES)
        boxes = [(side, label_box(x, y, row.name, side)) for side in wanted]
        side, box = next(((s, b) for s, b in boxes if not any(_overlap(b, t) for t in taken)), boxes[0])
        sides[row.name] = side
        taken.append(box)
    chosen = [SIDES[sides[name]] for name in shown["name"]]
    return shown.assign(
        anchor=[c[0] for c in chosen], baseline=[c[1] for c in chosen], offset=[c[2] for c in chosen]
    )


def _overlap(a: tuple, b: tuple) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def fit_view(points: pd.DataFrame, width: int = MAP_WIDTH, height: int = 330) -> dict:
    """A view that takes in every point (Moscow and Sochi as well as the islands) and the names
    beside them, in a map of at least ``width`` x ``height`` pixels; the default view when there are
    none."""
    if points.empty:
        return dict(DEFAULT_VIEW)
    west, east = float(points["lon"].min()), float(points["lon"].max())
    south, north = float(points["lat"].min()), float(points["lat"].max())
    x0, x1 = _mercator_x(west), _mercator_x(east)
    y0, y1 = _mercator_y(north), _mercator_y(south)
    span_x, span_y = max(x1 - x0, 1e-6), max(y1 - y0, 1e-6)  # in units of the world's width
    zoom = math.log2(min((width - 2 * LABEL_ROOM) / (512 * span_x), height * 0.75 / (512 * span_y)))
    latitude = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * (y0 + y1) / 2))))
    return {"latitude": latitude, "longitude": (west + east) / 2, "zoom": round(max(0.5, min(zoom, 4.5)), 2)}


def _mercator_x(lon: float) -> float:
    return (lon + 180) / 360


def _mercator_y(lat: float) -> float:
    phi = math.radians(max(-85.0, min(85.0, lat)))
    return (1 - math.log(math.tan(math.pi / 4 + phi / 2)) / math.pi) / 2


def _fit(points: pd.DataFrame) -> dict:
    """A view that holds the lit places (the default view when they are close to it)."""
    lon_span = float(points["lon"].max() - points["lon"].min())
    lat_span = float(points["lat"].max() - points["lat"].min())
    span = max(lon_span, lat_span, 4.0)
    zoom = max(1.0, min(4.5, 7.5 - span**0.5 * 0.9))
    return {"latitude": float(points["lat"].mean()), "longitude": float(points["lon"].mean()), "zoom": zoom}
