"""The map's land and the four islands as pictures (PNG in Web Mercator), drawn once by ``kurils geo``
from geo/*.geojson and served from static/.

A deck BitmapLayer draws a picture as one textured rectangle; the GeoJsonLayer it replaces had the
browser tessellate 26,000 coastline vertices and compile a polygon program, which in software WebGL
(headless Chromium, machines without a GPU) was most of the map's first frame (bench/notes.md).
The pictures are white where there is land and transparent elsewhere: the page tints them, so one
picture serves every colour and theme. The islands have a sharper picture of their own, so they keep
their shape when the reader zooms in on them.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable

from PIL import Image, ImageDraw

LAND_BOUNDS = (-180.0, -56.0, 180.0, 84.0)  # west, south, east, north: all of GSHHG's land but Antarctica
LAND_WIDTH = 2048  # px for the world's width: about the world's width on screen in the default view
ISLAND_BOUNDS = (145.2, 43.2, 149.1, 45.7)  # the four islands with a margin
ISLAND_WIDTH = 512  # px for 3.9 degrees: sharp to about zoom 7
SUPERSAMPLE = 4  # drawn this many times larger, then scaled down: smooth coastlines


def mercator_y(lat: float) -> float:
    """Web Mercator's y of a latitude, as a share of the world's height (0 at the top)."""
    phi = math.radians(max(-85.05113, min(85.05113, lat)))
    return (1 - math.log(math.tan(math.pi / 4 + phi / 2)) / math.pi) / 2


def picture_size(bounds: tuple[float, float, float, float], width: int) -> tuple[int, int]:
    west, south, east, north = bounds
    share = (east - west) / 360
    return width, max(1, round(width * (mercator_y(south) - mercator_y(north)) / share))


def render(features: Iterable[dict], bounds: tuple[float, float, float, float], width: int) -> Image.Image:
    """White land (opaque) on nothing (transparent), in Web Mercator between ``bounds``, as an
    ``LA`` image ``width`` pixels wide. Holes (lakes) are not drawn at this scale."""
    west, _, east, north = bounds
    out_w, out_h = picture_size(bounds, width)
    big_w, big_h = out_w * SUPERSAMPLE, out_h * SUPERSAMPLE
    x_scale = big_w / ((east - west) / 360)
    top = mercator_y(north)
    y_scale = big_h / (mercator_y(bounds[1]) - top)
    mask = Image.new("L", (big_w, big_h), 0)
    draw = ImageDraw.Draw(mask)
    for feature in features:
        for ring in outer_rings(feature.get("geometry") or {}):
            points = [((lon - west) / 360 * x_scale, (mercator_y(lat) - top) * y_scale)
                      for lon, lat, *_ in ring]
            if len(points) >= 3:
                draw.polygon(points, fill=255)
    alpha = mask.resize((out_w, out_h), Image.Resampling.BOX)
    return Image.merge("LA", (Image.new("L", (out_w, out_h), 255), alpha))


def outer_rings(geometry: dict) -> list[list]:
    """The outer rings of a Polygon or MultiPolygon (holes are lakes: not drawn at this scale)."""
    if geometry.get("type") == "Polygon":
        return geometry["coordinates"][:1]
    if geometry.get("type") == "MultiPolygon":
        return [polygon[0] for polygon in geometry["coordinates"] if polygon]
    return []


def png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def pictures(land: dict, islands: dict) -> dict[str, bytes]:
    """The two PNGs the app serves, by file name: land.png and islands.png."""
    island_features = [
        f for f in islands.get("features", [])
        if f.get("properties", {}).get("kind") == "island" and f.get("geometry", {}).get("type") != "Point"
    ]
    return {
        "land.png": png_bytes(render(land.get("features", []), LAND_BOUNDS, LAND_WIDTH)),
        "islands.png": png_bytes(render(island_features, ISLAND_BOUNDS, ISLAND_WIDTH)),
    }
