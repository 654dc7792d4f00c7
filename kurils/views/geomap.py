"""The map: the islands as outlines, land for context, event places as points, arcs for visits.

It reads without basemap tiles (``map_provider=None`` over the committed land layer), so it works
offline; tiles are an opt-in extra. Place points are sized by how many shown events name them.
"""

from __future__ import annotations

import html
import itertools
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
from kurils.views import landimage
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
AREA_SIDES = ("below", "above", "right", "left")  # a country's name: under its point first
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
LABEL_HALO = [255, 255, 255, 230]  # drawn around every name: legible on land and sea
# On the dark theme the names are light on a dark halo: dark names in a white halo read as hollow
# letters there (a Chromium screenshot of real batch g).
DARK_NAMES = {"text": [236, 236, 236], "area": [190, 186, 178], "halo": [23, 22, 20, 230]}
POINT = [31, 95, 168, 200]
POINT_LIT = [230, 126, 34, 255]
# Strings in the deck are read by Streamlit as expressions (cf. radius_units): literal ones are quoted.
FONT_FAMILY = "'Source Sans Pro, Helvetica Neue, Arial, sans-serif'"  # deck's default: Monaco
# Every name on the map: a halo drawn by the text's own program (SDF), legible on land, sea and either
# theme. At 400 weight the SDF lost thin strokes at 12 px ("Soch", "V adivostok": an i's or an l's
# one-pixel stem drawn at a fifth of the text's contrast in Chromium); at 600 each stem is drawn.
NAME_STYLE = {
    "font_family": FONT_FAMILY,
    "font_weight": 600,
    "font_settings": {"sdf": True},
    "outline_width": 3,
    "outline_color": LABEL_HALO,
}
DOT = "\u25cf"  # a place's dot is this glyph (BLACK CIRCLE), drawn by the text layers' program
DOT_EM = 0.5  # the glyph's drawn width as a share of its font size (measured on a Chromium screenshot)
DOT_OUTLINE = 4  # the white ring round a dot (in the font atlas's pixels: 64 to the em)


_DECK_JSON: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
# The land and the islands as static pictures (Streamlit's `server.enableStaticServing` serves the
# app's static/ folder at app/static/): the browser fetches them once and caches them, instead of
# 615 KB of coastline inside the deck's JSON, and draws each as one rectangle (views/landimage.py).
LAND_URL = "app/static/land.png"  # pictures drawn from geo/'s GeoJSON by `kurils geo` (a test: equal)
ISLANDS_URL = "app/static/islands.png"
STATIC_DIR = GEO_DIR.parent / "static"
LAND_TINT = [140, 125, 90]  # at LAND_ALPHA over white: (226, 222, 214), the land of the PNG export
LAND_ALPHA = 0.25


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
    dark: bool = False,
) -> pdk.Deck:
    """The pydeck map; layer ids ``islands`` (lit islands only, in the app), ``places`` and ``labels``
    are the pickable ones. ``land`` is the land collection itself (drawn as polygons, with every
    island), or a URL (``LAND_URL``): the app's land and island pictures. ``dark``: names for the dark
    theme."""
    shown, areas = map_points(places, counts, lit_places)
    lit = shown[shown["lit"]]
    view = _fit(lit) if len(lit) else fit_view(shown)
    shown, areas = place_labels(shown, areas, view)
    name_style = {**NAME_STYLE, "outline_color": DARK_NAMES["halo"]} if dark else NAME_STYLE
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

    if isinstance(land, str):  # the app: pictures the browser fetches once (views/landimage.py)
        lit_features = [f for f in island_features if f["properties"].get("name") in lit_places]
        layers = [*land_pictures(), *island_polygons(lit_features)]  # lit islands only: after a pick
    else:  # the land itself (exports, offline): polygons
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
            *island_polygons(island_features),
        ]
    layers += [
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
            get_color=DARK_NAMES["text"] if dark else LABEL_TEXT,
            get_pixel_offset="offset",
            get_text_anchor="anchor",
            get_alignment_baseline="baseline",
            pickable=True,  # a name is a larger target than a dot where the islands crowd together
            **name_style,
        ),
        pdk.Layer(
            "TextLayer",
            id="areas",
            data=areas,
            get_position=["lon", "lat"],
            get_text="name",
            get_size=15,
            get_color=DARK_NAMES["area"] if dark else AREA_TEXT,
            get_pixel_offset="offset",  # where it is clear of every dot and name (place_labels)
            get_text_anchor="anchor",
            get_alignment_baseline="baseline",
            pickable=False,
            **name_style,  # the same font atlas as the places' names
        ),
    ]
    # Each kind of layer is a WebGL program, and where WebGL is drawn in software (headless Chromium,
    # machines without a GPU) compiling one cost ~1.5 s of the first frame: a layer with nothing to
    # draw is left out, and outlines, label boxes and dots are drawn without programs of their own
    # (pictures and text: two programs at first; polygons once an island is lit, arcs with visits).
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


def land_pictures() -> list[pdk.Layer]:
    """The land and the four islands as two tinted pictures (one WebGL program for both). Land is a
    translucent brown: beige on the light theme's white, a dark brown on the dark theme's near-black,
    so it reads on either without knowing which the reader has."""
    return [
        pdk.Layer("BitmapLayer", id="land", image=f"'{LAND_URL}'", bounds=list(landimage.LAND_BOUNDS),
                  tint_color=LAND_TINT, opacity=deck_opacity(LAND_ALPHA), pickable=False),
        pdk.Layer("BitmapLayer", id="island_shapes", image=f"'{ISLANDS_URL}'",
                  bounds=list(landimage.ISLAND_BOUNDS), tint_color=ISLAND_FILL[:3],
                  opacity=deck_opacity(ISLAND_FILL[3] / 255), pickable=False),
    ]


def deck_opacity(alpha: float) -> float:
    """The layer opacity that draws at ``alpha``: deck.gl applies a layer's opacity gamma-corrected,
    as opacity ** (1 / 2.2) (measured on a Chromium screenshot: 0.25 drew at 0.53, 0.1 at 0.36)."""
    return round(alpha**2.2, 4)


def island_polygons(features: list[dict]) -> list[pdk.Layer]:
    """The islands as polygons (clickable, lit in their own colour); none when there are none."""
    if not features:
        return []
    return [
        pdk.Layer(
            "GeoJsonLayer",
            id="islands",
            data={"type": "FeatureCollection", "features": features},
            filled=True,
            stroked=False,  # an outline is one more WebGL program to compile
            get_fill_color="properties.fill",
            pickable=True,
            auto_highlight=True,
        )
    ]


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


def label_box(
    x: float, y: float, name: str, side: str, size: int = 12, gap: float = 12
) -> tuple[float, float, float, float]:
    """The box (x0, y0, x1, y1) in px a name drawn on ``side`` of a dot at (x, y), ``gap`` px from
    its centre, takes up, for a sans-serif of ``size`` px (about 0.58 em a character)."""
    anchor, baseline, (dx, dy) = side_at(side, gap)
    w, h = 0.58 * size * len(name), size + 2
    x, y = x + dx, y + dy
    x0 = {"start": x, "end": x - w}.get(anchor, x - w / 2)
    y0 = {"top": y, "bottom": y - h}.get(baseline, y - h / 2)
    return x0, y0, x0 + w, y0 + h


def side_at(side: str, gap: float) -> tuple[str, str, list[float]]:
    """A side's text anchor, baseline and pixel offset for a dot whose edge is ``gap`` - 4 px from its
    centre: a name beside it starts ``gap`` px out, one at a corner clear of the dot's square (SIDES
    are for the smallest dots; a large dot's name moves out with its edge instead of lying on it)."""
    anchor, baseline, (dx, dy) = SIDES[side]
    gap = max(gap, 12)
    out = gap if dx == 0 or dy == 0 else gap - 3
    return anchor, baseline, [math.copysign(out, dx) if dx else 0.0, math.copysign(out, dy) if dy else 0.0]


def place_labels(shown: pd.DataFrame, areas: pd.DataFrame, view: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Each name on a side of its point where, in this view, it overlaps no dot and no name placed
    before it. The islands first (each on its own side or a corner beside it, so the four stay apart
    at every zoom), then countries (areas: under, over or beside their point), then the places with
    most events. A dot's name that fits nowhere keeps its first choice; a country's is left out
    ("Japan" lay on Tokyo's dot)."""
    world = 512 * 2 ** view["zoom"]
    cx, cy = _mercator_x(view["longitude"]), _mercator_y(view["latitude"])

    def px(lon: float, lat: float) -> tuple[float, float]:
        return (_mercator_x(lon) - cx) * world, (_mercator_y(lat) - cy) * world

    dots, island_dots = {}, {}  # the islands' dots overlap each other when zoomed out
    for row in shown.itertuples():  # every dot is an obstacle to the other names
        x, y = px(row.lon, row.lat)
        box = (x - row.radius, y - row.radius, x + row.radius, y + row.radius)
        (island_dots if row.name in LABEL_SIDES else dots)[row.name] = box
    islands = [r for r in shown.itertuples() if r.name in LABEL_SIDES]
    others = sorted((r for r in shown.itertuples() if r.name not in LABEL_SIDES),
                    key=lambda r: (-r.events, r.name))
    sides, taken = island_sides(islands, px, dots, island_dots)
    area_sides = {}
    for row, is_area in [*((a, True) for a in areas.itertuples()), *((r, False) for r in others)]:
        x, y = px(row.lon, row.lat)
        wanted = AREA_SIDES if is_area else list(SIDES)
        gap, size = (10, 15) if is_area else (row.radius + 4, 12)
        boxes = [(side, label_box(x, y, row.name, side, size, gap)) for side in wanted]
        near = taken + [b for n, b in dots.items() if n != row.name]
        everything = near + list(island_dots.values())
        fit = next(((s, b) for s, b in boxes if not any(_overlap(b, t) for t in everything)), None)
        if is_area:
            if fit:
                area_sides[row.Index] = side_at(fit[0], gap)
                taken.append(fit[1])
            continue
        fit = fit or next(((s, b) for s, b in boxes if not any(_overlap(b, t) for t in near)), boxes[0])
        sides[row.name] = side_at(fit[0], gap)
        taken.append(fit[1])
    chosen = [sides[name] for name in shown["name"]]
    placed = areas.loc[list(area_sides)]
    return (
        shown.assign(anchor=[c[0] for c in chosen], baseline=[c[1] for c in chosen],
                     offset=[c[2] for c in chosen]),
        placed.assign(anchor=[c[0] for c in area_sides.values()],
                      baseline=[c[1] for c in area_sides.values()],
                      offset=[c[2] for c in area_sides.values()]).reset_index(drop=True),
    )


def island_sides(islands: list, px: Callable, dots: dict, island_dots: dict) -> tuple[dict, list]:
    """The four islands' names: each on its own side of its dot or a corner beside it, the
    combination with fewest overlaps (with the other places' dots, the other islands' dots, and each
    other: in that order of weight), the islands' own sides winning ties. Their sides and boxes."""
    options = []
    for row in islands:
        x, y = px(row.lon, row.lat)
        gap = row.radius + 4
        first = LABEL_SIDES[row.name]
        sides = [first, *(s for s in SIDES if first in s and s != first)]
        options.append([(row.name, side, gap, label_box(x, y, row.name, side, gap=gap)) for side in sides])

    def cost(choice: tuple) -> tuple[int, int, int, int]:
        on_dots = sum(_overlap(b, d) for _, _, _, b in choice for d in dots.values())
        on_islands = sum(_overlap(b, d) for name, _, _, b in choice
                         for n, d in island_dots.items() if n != name)
        on_names = sum(_overlap(a[3], b[3]) for i, a in enumerate(choice) for b in choice[i + 1 :])
        moved = sum(side != LABEL_SIDES[name] for name, side, _, _ in choice)
        return on_dots, on_names, on_islands, moved

    best = min(itertools.product(*options), key=cost) if options else ()
    return {name: side_at(side, gap) for name, side, gap, _ in best}, [b for *_, b in best]


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
