"""The words and keys around the charts: the introduction, and a legend for every symbol.

Legends are drawn with inline SVG and CSS, never emoji (a machine without an emoji font shows
those as boxes). Colours come from the views that draw the symbols, so a key can't drift from
its chart. Everything here is our own fixed text: no article text goes into it.
"""

from __future__ import annotations

from kurils.geo import ISLANDS
from kurils.views.geomap import ISLAND_FILL, POINT, POINT_LIT
from kurils.views.timeline import SEVERAL_COLOUR

GREY = "#5f5f5f"

INTRO = """\
**The dispute in two sentences.** Four islands at the southern end of the Kuril chain, north-east
of Hokkaido, have been held by the Soviet Union and then Russia since August 1945 and are claimed by
Japan as its *Northern Territories*. The quarrel has kept the two countries from signing a peace
treaty to end the Second World War, and every visit, talk or military drill there makes news.

{islands}

**What this page does.** It reads news articles about the dispute and lays out the events they
report: on a **timeline** (when), a **map** (where) and in a **reader** that shows each article with
the sentence that states the event highlighted. Click an event, a place or an island, step through
the events with **Previous / Next** (or the ← → keys), or compare **which outlets covered what**.
Every view is a link you can share.
"""


def intro_markdown() -> str:
    """The foldable introduction: the dispute, the four islands by their three names, the page."""
    rows = ["| Island (Russian name, in English) | Japanese | Russian |", "|---|---|---|"]
    rows += [f"| {i.name} | {i.name_ja} | {i.name_ru} |" for i in ISLANDS]
    return INTRO.format(islands="\n".join(rows))


def _rgb(colour: list[int]) -> str:
    return f"rgb({colour[0]},{colour[1]},{colour[2]})"


def _svg(shape: str, width: int = 16) -> str:
    return (
        f'<svg width="{width}" height="12" viewBox="0 0 {width} 12" aria-hidden="true" '
        f'style="vertical-align:-1px">{shape}</svg>'
    )


def _items(title: str, items: list[tuple[str, str]], label: str) -> str:
    spans = " ".join(f'<span class="kr-key">{symbol} {text}</span>' for symbol, text in items)
    return (
        f'<div class="kr-legend" role="note" aria-label="{label}"><b>{title}</b> {spans}</div>'
    )


LEGEND_STYLE = """<style>
.kr-legend{font-size:.82rem;color:inherit;line-height:1.7;margin:.1rem 0 .4rem 0}
.kr-legend .kr-key{margin-right:.9em;white-space:nowrap}
@media (prefers-color-scheme: dark){.kr-legend svg [style*="5f5f5f"]{fill:#bdbdbd;stroke:#bdbdbd}}
</style>"""


def timeline_legend_html() -> str:
    """What the timeline's marks mean (the outlets' colours are in the chart's own legend)."""
    dot = f"fill:{GREY};stroke:#111;stroke-width:.5"
    items = [
        (_svg(f'<circle cx="8" cy="6" r="4.5" style="{dot}"/>'), "reported (on a day)"),
        (_svg(f'<circle cx="8" cy="6" r="4" style="fill:none;stroke:{GREY};stroke-width:2"/>'), "planned"),
        (_svg(f'<rect x="3.5" y="1.5" width="9" height="9" style="{dot}"/>'), "historical"),
        (
            _svg(f'<line x1="1" y1="6" x2="27" y2="6" style="stroke:{GREY};stroke-width:6;opacity:.45"/>'
                 f'<circle cx="14" cy="6" r="4" style="{dot}"/>', 28),
            "a month, a year or a range (dot at its middle)",
        ),
        (
            _svg(f'<circle cx="8" cy="6" r="5" style="fill:{GREY};stroke:#111;stroke-width:2"/>'),
            "large and outlined: selected",
        ),
        (_svg(f'<circle cx="8" cy="6" r="4.5" style="fill:{SEVERAL_COLOUR}"/>'), "several outlets"),
    ]
    return LEGEND_STYLE + _items("Key:", items, "timeline legend") + (
        '<div class="kr-legend">Colour is the outlet that reported the event. Lanes are the event '
        "types (or outlets). Drag to pan and use the wheel to zoom the time axis.</div>"
    )


def map_legend_html() -> str:
    """What the map's marks mean."""
    island = _rgb(ISLAND_FILL)
    items = [
        (
            _svg(f'<rect x="2" y="2" width="12" height="8" style="fill:{island};fill-opacity:.45;'
                 'stroke:rgb(120,20,15);stroke-width:1.5"/>'),
            "disputed island",
        ),
        (_svg(f'<circle cx="8" cy="6" r="3" style="fill:{_rgb(POINT)};stroke:#fff"/>'
              f'<circle cx="20" cy="6" r="5.5" style="fill:{_rgb(POINT)};stroke:#fff"/>', 28),
         "place (larger: more events)"),
        (_svg(f'<circle cx="8" cy="6" r="5" style="fill:{_rgb(POINT_LIT)}"/>'), "places of the selection"),
        (
            _svg('<defs><linearGradient id="kr-arc"><stop offset="0" stop-color="rgb(31,95,168)"/>'
                 '<stop offset="1" stop-color="rgb(179,38,30)"/></linearGradient></defs>'
                 '<path d="M1 10 Q14 -2 27 10" style="fill:none;stroke:url(#kr-arc);stroke-width:2"/>', 28),
            "a visit, from the visitor's capital (blue) to the place (red)",
        ),
        ('<b style="color:#5f5f5f">Japan</b>', "countries and seas are named, not dotted"),
    ]
    return LEGEND_STYLE + _items("Key:", items, "map legend")


def reader_legend_html() -> str:
    """The reader's marks, drawn with the same classes as the marks in the article."""
    return (
        '<div class="kr-legend" role="note" aria-label="reader legend">'
        '<span class="kr-key"><span class="kr-ev">evidence of the selected event</span></span> '
        '<span class="kr-key"><span class="kr-ev2">other events</span></span> '
        '<span class="kr-key"><span class="kr-place">places</span></span> '
        '<span class="kr-key"><span class="kr-person">people</span></span></div>'
    )
