"""The timeline: each merged event on a time axis, in lanes by type or by outlet.

A day is a dot; a month, a year or a range is a bar with its dot at the middle (the dot is what
a click selects). Planned events are hollow, historical ones square. Colour is the outlet that
covered the event ("several outlets" when more than one did). Past ``WEBGL_FROM`` points the
traces switch to WebGL so a large archive stays responsive.
"""

from __future__ import annotations

from collections.abc import Sequence

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
OTHER_OUTLETS = "other outlets"
COLOURED_OUTLETS = len(PALETTE) - 4  # the commonest outlets get a colour of their own, the rest one grey
LONG_RANGE = pd.Timedelta(days=400)  # a bar longer than about a year is drawn thin and faint
LANE_HEIGHT = 24  # px per lane, so every lane keeps its label
SEVERAL_COLOUR = "#222222"
SYMBOLS = {"reported": "circle", "planned": "circle-open", "historical": "square"}
ONE_DAY = pd.Timedelta(days=1)


class FrozenFigure(go.Figure):
    """A figure built once and shown on many reruns. Streamlit calls ``to_dict()`` on every run,
    which deep-copies every array; this one makes its dict once (treat both as read-only)."""

    def to_dict(self) -> dict:
        made = self.__dict__.get("_made_dict")
        if made is None:
            made = super().to_dict()
            made["data"] = [_lists(trace) for trace in made.get("data", [])]
            self.__dict__["_made_dict"] = made
        return made


def _lists(value):
    """Text arrays as lists: plotly's JSON writer (orjson) takes lists of strings as they are, but
    falls back to a slow per-element pass over the whole figure for one object array."""
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    if isinstance(value, np.ndarray) and value.dtype == object:
        return value.tolist()
    return value


def outlet_colours(outlets: Sequence[str]) -> dict[str, str]:
    """A stable colour per outlet (commonest first, as the corpus lists them), black for several."""
    colours = {name: PALETTE[i] for i, name in enumerate(outlets[:COLOURED_OUTLETS])}
    colours[SEVERAL] = SEVERAL_COLOUR
    colours[OTHER_OUTLETS] = "#8d8d8d"
    colours["unknown outlet"] = "#bdbdbd"
    return colours


def colour_groups(outlets: pd.Series, coloured: Sequence[str]) -> list[str]:
    """Each event's colour: its outlet, 'several outlets', or 'other outlets' past the coloured ones."""
    keep = set(coloured[:COLOURED_OUTLETS])
    groups = []
    for names in outlets:
        if len(names) > 1:
            groups.append(SEVERAL)
        elif len(names) == 1:
            groups.append(names[0] if names[0] in keep else OTHER_OUTLETS)
        else:
            groups.append("unknown outlet")
    return groups


def default_window(
    events: pd.DataFrame, published_first: pd.Series
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The x range shown first: the years of coverage (from a year before the first article), so a
    treaty of 1855 does not squash a decade of news; panning or zooming out reaches it."""
    if events.empty:
        return None
    first, last = events["t_first"].min(), (events["t_last"] + ONE_DAY).max()
    published = pd.to_datetime(published_first, errors="coerce").dropna()
    if len(published):
        first = max(first, pd.Timestamp(published.min().year - 1, 1, 1))
    if pd.isna(first) or pd.isna(last) or first >= last:
        return None
    pad = (last - first) * 0.03
    return first - pad, last + pad


def _rows(events: pd.DataFrame, lanes: str, colours: dict[str, str]) -> pd.DataFrame:
    """One row per point: per event (type lanes) or per event and outlet (outlet lanes)."""
    frame = events.copy()
    frame["mid"] = frame["t_first"] + (frame["t_last"] - frame["t_first"]) / 2
    if lanes == "outlet":
        frame = frame.explode("outlets")
        frame["lane"] = frame["outlets"].fillna("unknown outlet")
        frame["colour_group"] = frame["lane"].where(frame["lane"].isin(list(colours)), OTHER_OUTLETS)
    else:
        frame["lane"] = frame["type"]
    return frame[frame["t_first"].notna()]


def hover_texts(frame: pd.DataFrame) -> list[str]:
    """Hover text per event (title, date, places, people, sources), escaped; the corpus keeps it."""

    def one(title, date, precision, status, places, people, outlets, n) -> str:
        places = ", ".join(places) or "no place named"
        people = ", ".join(people)
        sources = ", ".join(outlets) if len(outlets) else "unknown outlet"
        lines = [
            f"<b>{_esc(title)}</b>",
            f"{_esc(date or '')} ({precision}, {status})",
            f"places: {_esc(places)}",
        ]
        if people:
            lines.append(f"people: {_esc(people)}")
        lines.append(f"sources: {_esc(sources)} · {n} article{'s' if n != 1 else ''}")
        return "<br>".join(lines)

    outlets = "outlets_all" if "outlets_all" in frame else "outlets"
    columns = ("title", "date", "precision", "status", "places", "people", outlets, "n_sources")
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
        "line": {"color": "#111111", "width": 0.5},
    }
    if lit is not None:
        marker["size"] = np.where(lit, 14.0, 9.0)
        marker["opacity"] = np.where(lit, 1.0, 0.3)
        marker["line"]["width"] = np.where(lit, 2.5, 0.5)
    return marker


def build_timeline(
    events: pd.DataFrame,
    colours: dict[str, str],
    lanes: str = "type",
    highlighted: frozenset[str] = frozenset(),
    height: int = 290,
    window: tuple[pd.Timestamp, pd.Timestamp] | None = None,
) -> go.Figure:
    """The timeline figure; ``customdata`` of every dot is the event key the app selects by.

    Text columns go in as lists, not object arrays: plotly copies and serialises lists of strings
    several times faster (orjson takes them as they are)."""
    frame = _rows(events.assign(outlets_all=events["outlets"]), lanes, colours)
    gl = len(frame) > WEBGL_FROM
    traces: list[dict] = []  # made into the figure at the end, in one go

    def add(trace: dict) -> None:
        traces.append({"type": "scattergl" if gl else "scatter", **trace})

    lanes_used = set(frame["lane"])
    order = [t for t in EVENT_TYPES if t in lanes_used] if lanes == "type" else sorted(lanes_used)
    dim = bool(highlighted)

    for group, part in frame.groupby("colour_group", sort=True):
        colour = colours.get(group, "#9e9e9e")
        add(  # the legend entry: a filled dot, whatever the group's first status is
            dict(
                x=[None],
                y=[None],
                mode="markers",
                name=str(group),
                legendgroup=str(group),
                marker={"color": colour, "symbol": "circle", "size": 9},
                hoverinfo="skip",
            )
        )
        ranged = part[part["precision"] != "day"]
        span = ranged["t_last"] - ranged["t_first"]
        for wide, width, opacity in (
            (ranged[span <= LONG_RANGE], 7, 0.45),
            (ranged[span > LONG_RANGE], 3, 0.25),
        ):
            if not len(wide):
                continue
            xs = np.empty(3 * len(wide), dtype=object)  # first, last, gap: one bar per event
            ys = np.empty(3 * len(wide), dtype=object)
            xs[0::3] = wide["t_first"].dt.strftime("%Y-%m-%d").to_numpy()
            xs[1::3] = (wide["t_last"] + ONE_DAY).dt.strftime("%Y-%m-%d").to_numpy()
            ys[0::3] = ys[1::3] = wide["lane"].to_numpy()
            add(
                dict(
                    x=xs,
                    y=ys,
                    mode="lines",
                    line={"color": colour, "width": width},
                    opacity=opacity * (0.6 if dim else 1.0),
                    hoverinfo="skip",
                    showlegend=False,
                    legendgroup=str(group),
                )
            )
        for status, points in points_by_status(part):
            add(
                dict(
                    x=points["mid"].to_numpy(),
                    y=points["lane"].to_numpy(dtype=object),
                    mode="markers",
                    name=str(group),
                    legendgroup=str(group),
                    showlegend=False,
                    customdata=points["key"].to_numpy(dtype=object),
                    hovertext=np.asarray(
                        points["hover"].tolist() if "hover" in points else hover_texts(points), dtype=object
                    ),
                    hoverinfo="text",
                    marker=_marker(
                        colour, status, points["key"].isin(highlighted).to_numpy() if dim else None
                    ),
                )
            )
    # A large figure skips plotly's per-element validation (~1 s for 37,000 events); small ones, as
    # in the tests, are validated, and both are built by the same lines.
    fig = FrozenFigure(data=traces, _validate=not gl)
    by_outlet = lanes == "outlet"
    xaxis = {"type": "date", "showgrid": True, "gridcolor": "#eeeeee"}
    if window is not None:
        xaxis["range"] = [window[0].strftime("%Y-%m-%d"), window[1].strftime("%Y-%m-%d")]
    fig.update_layout(
        height=max(height, LANE_HEIGHT * len(order) + 90),
        showlegend=not by_outlet,  # outlet lanes name the outlets already
        margin={"l": 10, "r": 10, "t": 28, "b": 10},
        clickmode="event+select",
        dragmode="pan",
        hovermode="closest",
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0, "title": None},
        uirevision=lanes,  # keep the user's zoom across reruns of the same lanes
        plot_bgcolor="#ffffff",
        xaxis=xaxis,
        yaxis={
            "type": "category",
            "categoryorder": "array",
            "categoryarray": list(reversed(order)),
            "dtick": 1,
            "showgrid": True,
            "gridcolor": "#f3f3f3",
            "title": None,
        },
    )
    return fig
