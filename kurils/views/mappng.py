"""A picture (PNG) of the map as the page draws it, for the Downloads: the same deck (its land,
islands, visits, places, names and first view), drawn server-side with Pillow.

The browser's WebGL canvas cannot be read back once drawn (deck.gl keeps no drawing buffer), so the
picture is made from the deck's own JSON instead: what the reader sees before panning. Twice the
page's pixel density, so it prints sharply.
"""

from __future__ import annotations

import io
import json
import math

from PIL import Image, ImageDraw, ImageFont

from kurils.views.landimage import outer_rings

SCALE = 2  # pixels of the picture per pixel of the page's map
BACKGROUND = (255, 255, 255)
LAND = (228, 224, 214)
ISLANDS = (179, 38, 30, 150)
ANCHORS = {  # deck's text anchor and baseline -> Pillow's two-letter anchor
    ("middle", "bottom"): "md", ("middle", "top"): "ma", ("end", "center"): "rm",
    ("start", "center"): "lm", ("middle", "center"): "mm", ("end", "top"): "ra", ("end", "bottom"): "rd",
    ("start", "top"): "la", ("start", "bottom"): "ld",
}


def map_png(deck_json: str, land: dict, islands: dict | None = None, width: int = 540,
            height: int = 330) -> bytes:
    """The PNG of a deck (``CompactDeck.to_json()``) with this land collection and these islands (the
    app's deck draws them as a picture, and as polygons only where lit)."""
    spec = json.loads(deck_json)
    view = spec["initialViewState"]
    size = (width * SCALE, height * SCALE)
    world = 512 * 2 ** view["zoom"] * SCALE
    cx, cy = _mercator(view["longitude"], view["latitude"])

    def at(lon: float, lat: float) -> tuple[float, float]:
        x, y = _mercator(lon, lat)
        return (x - cx) * world + size[0] / 2, (y - cy) * world + size[1] / 2

    image = Image.new("RGB", size, BACKGROUND)
    layers = {layer["id"]: layer for layer in spec["layers"]}
    _polygons(image, land.get("features", []), at, lambda _: LAND)
    _polygons(image, (islands or {}).get("features", []), at, lambda _: ISLANDS)
    lit = layers.get("islands", {}).get("data", {})
    _polygons(image, lit.get("features", []) if isinstance(lit, dict) else [], at,
              lambda feature: tuple(feature["properties"].get("fill", ISLANDS)))
    draw = ImageDraw.Draw(image)
    for arc in layers.get("arcs", {}).get("data", []) or []:
        draw.line(_arc(at(arc["from_lon"], arc["from_lat"]), at(arc["to_lon"], arc["to_lat"])),
                  fill=(120, 90, 140), width=2 * SCALE)
    places = layers.get("places", {}).get("data", []) or []
    for place in places:
        x, y = at(place["lon"], place["lat"])
        r = float(place.get("radius", 6)) * SCALE
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(place["colour"][:3]), outline=(255, 255, 255))
    font = ImageFont.load_default(size=12 * SCALE)
    for place in places:
        x, y = at(place["lon"], place["lat"])
        dx, dy = place.get("offset", (0, -12))
        anchor = ANCHORS.get((place.get("anchor"), place.get("baseline")), "md")
        draw.text((x + dx * SCALE, y + dy * SCALE), str(place["name"]), font=font, anchor=anchor,
                  fill=(40, 40, 40), stroke_width=2 * SCALE, stroke_fill=(255, 255, 255))
    bold = ImageFont.load_default(size=15 * SCALE)
    for area in layers.get("areas", {}).get("data", []) or []:
        x, y = at(area["lon"], area["lat"])
        dx, dy = area.get("offset", (0, 10))
        anchor = ANCHORS.get((area.get("anchor"), area.get("baseline")), "ma")
        draw.text((x + dx * SCALE, y + dy * SCALE), str(area["name"]), font=bold, anchor=anchor,
                  fill=(85, 85, 85), stroke_width=2 * SCALE, stroke_fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _mercator(lon: float, lat: float) -> tuple[float, float]:
    phi = math.radians(max(-85.0, min(85.0, lat)))
    return (lon + 180) / 360, (1 - math.log(math.tan(math.pi / 4 + phi / 2)) / math.pi) / 2


def _polygons(image: Image.Image, features: list, at, colour_of) -> None:
    """Fill each feature's rings in its colour (RGBA colours blended over what is drawn)."""
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for feature in features:
        colour = colour_of(feature)
        for ring in outer_rings(feature.get("geometry") or {}):
            points = [at(lon, lat) for lon, lat, *_ in ring]
            if len(points) >= 3:
                draw.polygon(points, fill=colour if len(colour) == 4 else (*colour, 255))
    image.paste(overlay, (0, 0), overlay)


def _arc(start: tuple[float, float], end: tuple[float, float], steps: int = 24) -> list[tuple[float, float]]:
    """A visit's arc as the map bows it: a quadratic curve lifted by a quarter of its length."""
    (x0, y0), (x1, y1) = start, end
    lift = math.hypot(x1 - x0, y1 - y0) / 4
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2 - lift
    points = []
    for t in (i / steps for i in range(steps + 1)):
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
        points.append((a * x0 + b * mx + c * x1, a * y0 + b * my + c * y1))
    return points
