"""The words and keys around the charts: the introduction, and a legend for every symbol.

Legends are drawn with inline SVG and CSS, never emoji (a machine without an emoji font shows
those as boxes). Colours come from the views that draw the symbols, so a key can't drift from
its chart. Everything here is our own fixed text: no article text goes into it.
"""

from __future__ import annotations

import html

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


def _items(title: str, items: list[tuple[str, str]], label: str) -> str:
    spans = " ".join(f'<span class="kr-key">{symbol} {text}</span>' for symbol, text in items)
    return f'<div class="kr-legend" role="note" aria-label="{label}"><b>{title}</b> {spans}</div>'


def _mark(kind: str) -> str:
    """A legend symbol: an empty span drawn by the CSS below (st.html keeps no inline SVG)."""
    return f'<span class="kr-sym kr-s-{kind}" aria-hidden="true"></span>'


def _rgb(colour: list[int], alpha: float = 1.0) -> str:
    return f"rgba({colour[0]},{colour[1]},{colour[2]},{alpha})"


LEGEND_STYLE = f"""<style>
.kr-legend{{font-size:.82rem;color:inherit;line-height:1.5;margin:0}}
.kr-legend .kr-key{{margin-right:.9em;white-space:nowrap}}
.kr-sym{{display:inline-block;vertical-align:-1px;box-sizing:border-box}}
.kr-s-dot{{width:10px;height:10px;border-radius:50%;background:{GREY};border:1px solid #111}}
.kr-s-hollow{{width:10px;height:10px;border-radius:50%;border:2px solid {GREY}}}
.kr-s-square{{width:10px;height:10px;background:{GREY};border:1px solid #111}}
.kr-s-bar{{width:26px;height:6px;background:rgba(95,95,95,.45);vertical-align:1px}}
.kr-s-big{{width:13px;height:13px;border-radius:50%;background:{GREY};border:2.5px solid #111}}
.kr-s-chip{{width:10px;height:10px;border-radius:50%}}
.kr-s-several{{width:10px;height:10px;border-radius:50%;background:{SEVERAL_COLOUR}}}
.kr-s-island{{width:14px;height:10px;background:{_rgb(ISLAND_FILL, .45)};border:1.5px solid rgb(120,20,15)}}
.kr-s-place{{width:12px;height:12px;border-radius:50%;background:{_rgb(POINT)};border:1px solid #fff}}
.kr-s-lit{{width:12px;height:12px;border-radius:50%;background:{_rgb(POINT_LIT)}}}
.kr-s-arc{{width:26px;height:3px;background:linear-gradient(90deg,rgb(31,95,168),rgb(179,38,30));vertical-align:3px}}
.kr-area{{color:#5f5f5f;font-weight:600}}
@media (prefers-color-scheme: dark){{
.kr-s-dot,.kr-s-square,.kr-s-big{{border-color:#ddd}}.kr-area{{color:#b5b5b5}}
}}
</style>"""


def timeline_legend_html(colours: list[tuple[str, str]] = ()) -> str:
    """What the timeline's marks mean, and its colours (``timeline.colour_key``: the outlets, or
    several; plotly draws no legend of its own)."""
    chips = [(f'<span class="kr-sym kr-s-chip" style="background:{html.escape(colour)}" aria-hidden="true">'
              "</span>", html.escape(name)) for name, colour in colours]
    key = _items("Colour, the outlet that reported it:", chips, "timeline colours") if chips else ""
    items = [
        (_mark("dot"), "reported (on a day)"),
        (_mark("hollow"), "planned"),
        (_mark("square"), "historical"),
        (_mark("bar"), "a month, year or range"),
        (_mark("big"), "selected"),
        (_mark("several"), "several outlets"),
        ("", "· drag to pan, wheel to zoom time"),
    ]
    # two or three short lines: the map under the timeline stays above the fold
    return LEGEND_STYLE + key + _items("Key:", items, "timeline legend")


def map_legend_html() -> str:
    """What the map's marks mean."""
    items = [
        (_mark("island"), "disputed island"),
        (_mark("place"), "place (larger: more events)"),
        (_mark("lit"), "places of the selection"),
        (_mark("arc"), "a visit, from the visitor's capital (blue) to the place (red)"),
        ('<span class="kr-area">Japan</span>', "countries and seas are named, not dotted"),
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
