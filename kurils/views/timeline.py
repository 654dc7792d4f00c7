"""The timeline: each merged event on a time axis, in lanes by type or by outlet.

A day is a dot; a month, a year or a range is a bar with its dot at the middle (the dot is what
a click selects). Planned events are hollow, historical ones square. Colour is the outlet that
covered the event ("several outlets" when more than one did). Past ``WEBGL_FROM`` points the
traces switch to WebGL so a large archive stays responsive.
"""

from __future__ import annotations

import base64
import csv
import hashlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from kurils.views.state import EVENT_TYPES

WEBGL_FROM = 1000
PALETTE = (
    "#b3261e",
    "#1f5fa8",
    "#2e7d32",
    "#8e44ad",
    "#e67e22",
    "#00838f",
    "#6d4c41",
    "#c2185b",
    "#546e7a",
    "#9e9d24",
    "#3949ab",
    "#d84315",
)
SEVERAL = "several outlets"
UNKNOWN_OUTLET = "unknown outlet"
COLOUR_TABLE = Path(__file__).resolve().parent.parent / "data" / "outlet_colours.csv"
LEGEND_ENTRIES = 12  # the legend names the commonest colour groups; the others are drawn all the same
MIN_WINDOW = pd.Timedelta(days=120)  # the narrowest first view: a lone event gets months, not hours
LONG_RANGE = pd.Timedelta(days=400)  # a bar longer than about a year is drawn thin and faint
LANE_HEIGHT = 24  # px per lane, so every lane keeps its label
CONTEXT_LANE = "context"  # the chronology's lane (an option), below the event types
CONTEXT_COLOUR = "#8a8a8a"
SEVERAL_COLOUR = "#707070"  # a mid grey: 3:1 or more on the light and on the dark background
OUTLINE = "#777777"  # the dots' (and the selection's) outline, seen on both backgrounds
GRID = "rgba(128,128,128,0.2)"  # faint on white and on near-black alike (a light grey shone on dark)
SYMBOLS = {"reported": "circle", "planned": "circle-open", "historical": "square"}
ONE_DAY = pd.Timedelta(days=1)


class SpecFigure(go.Figure):
    """A figure given as its finished JSON-ready dict. Streamlit calls ``to_dict()`` on every run,
    and plotly's own Figure deep-copies every array on the way in and again on the way out (~0.5 s
    for 40,000 events); this one is built as a dict once and handed over as it is (read-only)."""

    def __init__(self, spec: dict) -> None:
        super().__init__()
        self.__dict__["_spec"] = spec

    def to_dict(self) -> dict:
        return self.__dict__["_spec"]

    def to_plotly_json(self) -> dict:
        return self.__dict__["_spec"]

    @property
    def spec(self) -> dict:
        return self.__dict__["_spec"]


def typed(values) -> dict:
    """A numeric array as plotly.js's typed array spec (base64 of its bytes): a 40,000-point
    column is ~5x smaller than its JSON list and is read without parsing numbers or dates."""
    array = np.ascontiguousarray(values)
    dtype = array.dtype.str[1:]
    if dtype not in TYPED or array.dtype.byteorder == ">":
        raise ValueError(f"plotly.js reads no typed array of {array.dtype}")
    return {"dtype": dtype, "bdata": base64.b64encode(array).decode("ascii")}


TYPED = frozenset({"f8", "f4", "i4", "i2", "u2", "i1", "u1"})  # plotly.js's little-endian typed arrays


def _ms(times: pd.Series) -> np.ndarray:
    """Datetimes as float milliseconds since 1970 (what a plotly date axis reads from numbers)."""
    return times.to_numpy(dtype="datetime64[ms]").astype("float64")


@lru_cache(maxsize=1)
def known_colours(path: Path = COLOUR_TABLE) -> dict[str, str]:
    """The colour of each outlet the coverage often cites (kurils/data/outlet_colours.csv)."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return {row["outlet"]: row["colour"] for row in csv.DictReader(handle) if row.get("colour")}
    except OSError:
        return {}


def outlet_colour(outlet: str) -> str:
    """An outlet's colour: from the table when it is known, else picked by a stable hash of its name,
    so an outlet keeps its colour whatever other outlets an upload brings."""
    known = known_colours().get(outlet)
    if known:
        return known
    digest = hashlib.blake2s(outlet.encode("utf-8", "surrogateescape"), digest_size=2).digest()
    return PALETTE[int.from_bytes(digest, "big") % len(PALETTE)]


def outlet_colours(outlets: Sequence[str]) -> dict[str, str]:
    """The colour of each outlet, of 'several outlets' and of 'unknown outlet'."""
    colours = {name: outlet_colour(name) for name in outlets}
    colours[SEVERAL] = SEVERAL_COLOUR
    colours[UNKNOWN_OUTLET] = "#9e9e9e"
    return colours


def colour_groups(outlets: pd.Series, coloured: Sequence[str] = ()) -> list[str]:
    """Each event's colour group: its outlet, 'several outlets', or 'unknown outlet'."""
    return [
        SEVERAL if len(names) > 1 else names[0] if len(names) == 1 else UNKNOWN_OUTLET for names in outlets
    ]


def default_window(
    events: pd.DataFrame, published_first: pd.Series, years: tuple[int, int] | None = None
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The x range shown first: the chosen years, else the years of coverage (from a year before
    the first article), so a treaty of 1855 does not squash a decade of news; panning or zooming
    out reaches it. Never narrower than ``MIN_WINDOW``: one event shows its months, not its hours."""
    if years is not None:
        return pd.Timestamp(years[0], 1, 1), pd.Timestamp(years[1] + 1, 1, 1)
    if events.empty:
        return None
    first, last = events["t_first"].min(), (events["t_last"] + ONE_DAY).max()
    published = pd.to_datetime(published_first, errors="coerce").dropna()
    if len(published) and not pd.isna(last):
        first = max(first, min(pd.Timestamp(published.min().year - 1, 1, 1), last - MIN_WINDOW))
    if pd.isna(first) or pd.isna(last) or first >= last:
        return None
    pad = (last - first) * 0.03
    first, last = first - pad, last + pad
    if last - first < MIN_WINDOW:
        middle = first + (last - first) / 2
        first, last = middle - MIN_WINDOW / 2, middle + MIN_WINDOW / 2
    return first, last


def _rows(events: pd.DataFrame, lanes: str, colours: dict[str, str]) -> pd.DataFrame:
    """One row per point: per event (type lanes) or per event and outlet (outlet lanes), with the
    event's row in the corpus (what a dot carries) and its times in milliseconds."""
    columns = ["t_first", "t_last", "precision", "status", "colour_group", "type", "outlets"]
    frame = events[[c for c in columns if c in events]].copy()
    frame["row"] = events["row"].to_numpy() if "row" in events else np.arange(len(events))  # see build
    frame["hover"] = events["hover"].tolist() if "hover" in events else hover_parts(events)
    frame = frame[frame["t_first"].notna()]
    frame["first_ms"] = _ms(frame["t_first"])
    frame["end_ms"] = _ms(frame["t_last"] + ONE_DAY)
    frame["mid_ms"] = (frame["first_ms"] + _ms(frame["t_last"])) / 2
    if lanes == "outlet":
        frame = frame.explode("outlets")
        frame["lane"] = frame["outlets"].fillna(UNKNOWN_OUTLET)
        frame["colour_group"] = frame["lane"]
    else:
        frame["lane"] = frame["type"]
    return frame


HOVER = (  # the hover label: the constant words are written once per trace, not once per dot
    "<b>%{text}</b><br>%{customdata[1]}, STATUS)<br>places: %{customdata[2]}%{customdata[3]}"
    "<br>sources: %{customdata[4]} · articles: %{customdata[5]}<extra></extra>"
)


def hover_parts(frame: pd.DataFrame) -> list[tuple[str, list]]:
    """Each event's hover label as its escaped title and the fields ``HOVER`` fills in (date and
    precision, places, a people line when there are people, sources, number of articles)."""

    def one(title, date, precision, places, people, outlets, n) -> tuple[str, list]:
        sources = ", ".join(outlets) if len(outlets) else UNKNOWN_OUTLET
        return (
            _esc(title),
            [
                f"{_esc(date or '')} ({precision}",
                _esc(", ".join(places) or "no place named"),
                f"<br>people: {_esc(', '.join(people))}" if len(people) else "",
                _esc(sources),
                int(n),
            ],
        )

    outlets = "outlets_all" if "outlets_all" in frame else "outlets"
    columns = ("title", "date", "precision", "places", "people", outlets, "n_sources")
    return [one(*row) for row in zip(*(frame[c].tolist() for c in columns), strict=True)]


def _esc(text: str) -> str:
    """Plotly hover text is HTML-like: names come from tables, but escape them all the same."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def points_by_status(part: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    """A trace per status, so the marker symbol is one value, not one per point."""
    return [
        (status, part[part["status"] == status]) for status in SYMBOLS if (part["status"] == status).any()
    ] + [(status, rows) for status, rows in part[~part["status"].isin(list(SYMBOLS))].groupby("status")]


def _marker(colour: str, status: str, lit: np.ndarray | None) -> dict:
    """Marker style; with a selection, lit points are larger and outlined, the others faded."""
    marker = {
        "color": colour,
        "symbol": SYMBOLS.get(status, "circle"),
        "size": 9,
        "opacity": 0.9,
        "line": {"color": OUTLINE, "width": 0.5},
    }
    if lit is not None:
        marker["size"] = typed(np.where(lit, 14.0, 9.0).astype("float32"))
        marker["opacity"] = typed(np.where(lit, 1.0, 0.3).astype("float32"))
        marker["line"]["width"] = typed(np.where(lit, 2.5, 0.5).astype("float32"))
    return marker


def _bars(wide: pd.DataFrame, lane_y: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """x and y of one line trace drawing each distinct bar once (first, end, gap): events of the
    same lane and span share one bar, so 31,000 year-long bars of a large archive are ~6,000 to
    draw (software WebGL spent seconds on the stacked copies)."""
    y = wide["lane"].map(lane_y).to_numpy(dtype="float64")
    bars = np.unique(np.column_stack([wide["first_ms"].to_numpy(), wide["end_ms"].to_numpy(), y]), axis=0)
    xs = np.full(3 * len(bars), np.nan)
    ys = np.full(3 * len(bars), np.nan, dtype="float32")
    xs[0::3], xs[1::3] = bars[:, 0], bars[:, 1]
    ys[0::3] = ys[1::3] = bars[:, 2]
    return xs, ys


def build_timeline(
    events: pd.DataFrame,
    colours: dict[str, str],
    lanes: str = "type",
    highlighted: frozenset[str] = frozenset(),
    height: int = 250,  # lanes add to it (LANE_HEIGHT): the map below stays above a 900 px fold
    window: tuple[pd.Timestamp, pd.Timestamp] | None = None,
    context: pd.DataFrame | None = None,
) -> SpecFigure:
    """The timeline figure, built as plotly's JSON dict with numeric columns as typed arrays.

    A dot's ``customdata`` is its event's row: ``events["row"]`` (the corpus's row number, see
    ``data.prepare``) when the table has one, else its position in ``events``; ``event_at`` turns it
    back into the event key. Lanes are numbered (``lane_names`` lists them bottom to top) and times
    are milliseconds on a date axis: numbers travel as compact typed arrays, strings would not.
    ``context`` (the chronology's ``chronology_frame``) adds a bottom lane of the dispute's known
    events, for orientation: grey, hover only, never picked."""
    frame = _rows(events, lanes, colours)
    gl = len(frame) > WEBGL_FROM
    traces: list[dict] = []

    def add(trace: dict) -> None:
        traces.append({"type": "scattergl" if gl else "scatter", **trace})

    lanes_used = set(frame["lane"])
    order = [t for t in EVENT_TYPES if t in lanes_used] if lanes == "type" else sorted(lanes_used)
    names = list(reversed(order))  # bottom to top, the first type on top
    if context is not None and len(context):
        names.insert(0, CONTEXT_LANE)
    lane_y = {name: i for i, name in enumerate(names)}
    dim = bool(highlighted)
    event_rows = events["row"].to_numpy() if "row" in events else np.arange(len(events))
    lit_rows = list(event_rows[events.index.isin(list(highlighted))]) if dim else []

    counts = frame["colour_group"].value_counts()
    in_key = set(counts.index[:LEGEND_ENTRIES])
    key: list[list[str]] = []  # the colours' key, drawn under the chart (legend.timeline_legend_html)
    for group, part in frame.groupby("colour_group", sort=True):
        colour = colours.get(group) or outlet_colour(str(group))
        if group in in_key and lanes != "outlet":  # outlet lanes name the outlets already
            key.append([str(group), colour])
        ranged = part[part["precision"] != "day"]
        span = ranged["t_last"] - ranged["t_first"]
        for wide, width, opacity in (
            (ranged[span <= LONG_RANGE], 7, 0.45),
            (ranged[span > LONG_RANGE], 3, 0.25),
        ):
            if not len(wide):
                continue
            xs, ys = _bars(wide, lane_y)
            add(
                dict(
                    x=typed(xs),
                    y=typed(ys),
                    mode="lines",
                    line={"color": colour, "width": width},
                    opacity=opacity * (0.6 if dim else 1.0),
                    hoverinfo="skip",
                    showlegend=False,
                    legendgroup=str(group),
                )
            )
        for status, points in points_by_status(part):
            rows = points["row"].to_numpy(dtype="int64")
            hover = points["hover"].tolist()
            add(
                dict(
                    x=typed(points["mid_ms"].to_numpy(dtype="float64")),
                    y=typed(points["lane"].map(lane_y).to_numpy(dtype="int16")),
                    mode="markers",
                    name=str(group),
                    legendgroup=str(group),
                    showlegend=False,
                    customdata=[[r, *fields] for r, (_, fields) in zip(rows.tolist(), hover, strict=True)],
                    text=[title for title, _ in hover],
                    hovertemplate=HOVER.replace("STATUS", _esc(status)),
                    marker=_marker(colour, status, np.isin(rows, lit_rows) if dim else None),
                )
            )
    if context is not None and len(context):
        traces.extend(context_traces(context, lane_y[CONTEXT_LANE], "scattergl" if gl else "scatter"))
    layout = _layout(names, lanes, window, height)
    layout["meta"]["colours"] = key
    return SpecFigure({"data": traces, "layout": layout})


def colour_key(figure: SpecFigure) -> list[tuple[str, str]]:
    """The figure's colours and what each stands for (outlets, "several outlets"): plotly draws no
    legend of its own (its legend entries were a trace each, and a legend to lay out: time in the
    first view), the page shows this key in HTML instead."""
    return [(name, colour) for name, colour in figure.spec["layout"].get("meta", {}).get("colours", [])]


def _layout(names: list[str], lanes: str, window, height: int) -> dict:
    """The timeline's layout: a date axis, one numbered lane per name (bottom to top)."""
    xaxis = {"type": "date", "showgrid": True, "gridcolor": GRID}
    if window is not None:
        xaxis["range"] = [window[0].strftime("%Y-%m-%d"), window[1].strftime("%Y-%m-%d")]
    return dict(
        height=max(height, LANE_HEIGHT * len(names) + 80),  # 80: margins and the date axis
        showlegend=False,  # the colours' key is HTML under the chart (colour_key)
        margin={"l": 10, "r": 10, "t": 12, "b": 10},
        clickmode="event+select",
        dragmode="pan",
        hovermode="closest",
        uirevision=lanes,  # keep the user's zoom across reruns of the same lanes
        plot_bgcolor="rgba(0,0,0,0)",  # the page's own background, light or dark
        xaxis=xaxis,
        yaxis={
            "type": "linear",
            "tickmode": "array",
            "tickvals": list(range(len(names))),
            "ticktext": names,
            "range": [-0.5, len(names) - 0.5],
            "dtick": 1,
            "zeroline": False,
            "fixedrange": True,  # zoom and the wheel act on time only: the lanes keep their height
            "showgrid": True,
            "gridcolor": GRID,
            "title": {"text": ""},
        },
        meta={"lanes": names},
    )


COUNTS_HOVER = ("<b>%{text} events</b><br>%{customdata[1]}, %{customdata[2]}<br>click to show them"
                "<extra></extra>")


def build_counts(counts: pd.DataFrame, lanes: str = "type", height: int = 250,
                 window: tuple[pd.Timestamp, pd.Timestamp] | None = None) -> SpecFigure:
    """The timeline of a dense selection: a disc per lane and year, its area the number of events
    there (``density.lane_year_counts``); picking one narrows the filters (``density.narrow_to``)."""
    from kurils.views.density import bin_data

    used = set(counts["lane"])
    order = [t for t in EVENT_TYPES if t in used] if lanes == "type" else sorted(used)
    names = list(reversed(order))
    lane_y = {name: i for i, name in enumerate(names)}
    sizes = 6 + 24 * np.sqrt(counts["count"].to_numpy() / max(1, counts["count"].max()))
    trace = {
        "type": "scatter",
        "x": typed(counts["mid_ms"].to_numpy(dtype="float64")),
        "y": typed(counts["lane"].map(lane_y).to_numpy(dtype="int16")),
        "mode": "markers+text",
        "text": [f"{n:,}" for n in counts["count"]],
        "textposition": "middle center",
        "textfont": {"size": 9, "color": "#ffffff"},
        "customdata": [bin_data(*pair) for pair in zip(counts["lane"], counts["year"], strict=True)],
        "hovertemplate": COUNTS_HOVER,
        "marker": {"color": SEVERAL_COLOUR, "opacity": 0.75, "size": typed(sizes.astype("float32"))},
        "showlegend": False,
    }
    layout = _layout(names, lanes, window, height)
    layout["showlegend"] = False
    return SpecFigure({"data": [trace], "layout": layout})


def context_traces(context: pd.DataFrame, y: int, kind: str) -> list[dict]:
    """The context lane: each chronology event a hollow grey diamond at its middle (a bar for a
    range), its title on hover; no customdata, so a click on it selects nothing."""
    first = context["date_first"].astype("datetime64[ms]").astype("int64").to_numpy(dtype="float64")
    last = context["date_last"].astype("datetime64[ms]").astype("int64").to_numpy(dtype="float64")
    ranged = np.flatnonzero(last > first)
    xs = np.full(len(ranged) * 3, np.nan)
    xs[0::3], xs[1::3] = first[ranged], last[ranged]
    ys = np.full(len(ranged) * 3, np.nan)
    ys[0::3] = ys[1::3] = y
    when = [
        f"{a:%Y-%m-%d}" if a == b else f"{a:%Y-%m-%d} – {b:%Y-%m-%d}"
        for a, b in zip(context["date_first"], context["date_last"], strict=True)
    ]
    text = [f"{_esc(str(title))}<br>{day}" for title, day in zip(context["title"], when, strict=True)]
    return [
        {"type": kind, "x": typed(xs), "y": typed(ys), "mode": "lines", "hoverinfo": "skip",
         "line": {"color": CONTEXT_COLOUR, "width": 5}, "opacity": 0.35, "showlegend": False},
        {"type": kind, "x": typed((first + last) / 2), "y": typed(np.full(len(first), y, dtype="int16")),
         "mode": "markers", "name": CONTEXT_LANE, "showlegend": False, "text": text,
         "hovertemplate": "%{text}<extra>context</extra>",
         "marker": {"color": CONTEXT_COLOUR, "symbol": "diamond-open", "size": 8}},
    ]


def lane_names(figure: SpecFigure) -> list[str]:
    """The lanes of a timeline, bottom to top (a dot's y is its lane's index here)."""
    return list(figure.spec["layout"]["meta"]["lanes"])


def event_at(data, keys: Sequence[str]) -> str | None:
    """The event key a dot's ``customdata`` stands for: its first field, a row number into ``keys``."""
    if isinstance(data, (list, tuple)):
        data = data[0] if data else None
    if isinstance(data, (int, float)) and not isinstance(data, bool) and float(data).is_integer():
        row = int(data)
        return keys[row] if 0 <= row < len(keys) else None
    return None
