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
SEVERAL_COLOUR = "#222222"
SYMBOLS = {"reported": "circle", "planned": "circle-open", "historical": "square"}
ONE_DAY = pd.Timedelta(days=1)


def outlet_colours(outlets: Sequence[str]) -> dict[str, str]:
    """A stable colour per outlet (by the corpus's outlet order), black for several outlets."""
    colours = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(outlets)}
    colours[SEVERAL] = SEVERAL_COLOUR
    colours["unknown outlet"] = "#9e9e9e"
    return colours


def _rows(events: pd.DataFrame, lanes: str) -> pd.DataFrame:
    """One row per point: per event (type lanes) or per event and outlet (outlet lanes)."""
    frame = events.copy()
    frame["mid"] = frame["t_first"] + (frame["t_last"] - frame["t_first"]) / 2
    if lanes == "outlet":
        frame = frame.explode("outlets")
        frame["lane"] = frame["outlets"].fillna("unknown outlet")
        frame["colour_group"] = frame["lane"]
    else:
        frame["lane"] = frame["type"]
    return frame[frame["t_first"].notna()]


def hover_texts(frame: pd.DataFrame) -> list[str]:
    """Hover text per event (title, date, places, people, sources), escaped; the corpus keeps it."""

    def one(row) -> str:
        places = ", ".join(row.places) or "no place named"
        people = ", ".join(row.people)
        outlets = getattr(row, "outlets_all", row.outlets)
        sources = ", ".join(outlets) if len(outlets) else "unknown outlet"
        n = row.n_sources
        lines = [
            f"<b>{_esc(row.title)}</b>",
            f"{_esc(row.date or '')} ({row.precision}, {row.status})",
            f"places: {_esc(places)}",
        ]
        if people:
            lines.append(f"people: {_esc(people)}")
        lines.append(f"sources: {_esc(sources)} · {n} article{'s' if n != 1 else ''}")
        return "<br>".join(lines)

    return [one(row) for row in frame.itertuples()]


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
) -> go.Figure:
    """The timeline figure; ``customdata`` of every dot is the event key the app selects by."""
    frame = _rows(events.assign(outlets_all=events["outlets"]), lanes)
    gl = len(frame) > WEBGL_FROM
    scatter = go.Scattergl if gl else go.Scatter
    fig = go.Figure()
    if lanes == "type":
        order = [t for t in EVENT_TYPES if t in set(frame["lane"])]
    else:
        order = sorted(set(frame["lane"]))
    dim = bool(highlighted)

    for group, part in frame.groupby("colour_group", sort=True):
        colour = colours.get(group, "#9e9e9e")
        wide = part[part["precision"] != "day"]
        if len(wide):
            xs = np.empty(3 * len(wide), dtype=object)  # first, last, gap: one bar per event
            ys = np.empty(3 * len(wide), dtype=object)
            xs[0::3] = wide["t_first"].dt.strftime("%Y-%m-%d").to_numpy()
            xs[1::3] = (wide["t_last"] + ONE_DAY).dt.strftime("%Y-%m-%d").to_numpy()
            ys[0::3] = ys[1::3] = wide["lane"].to_numpy()
            fig.add_trace(
                scatter(
                    x=xs,
                    y=ys,
                    mode="lines",
                    line={"color": colour, "width": 7},
                    opacity=0.25 if dim else 0.45,
                    hoverinfo="skip",
                    showlegend=False,
                    legendgroup=str(group),
                )
            )
        for n, (status, points) in enumerate(points_by_status(part)):
            fig.add_trace(
                scatter(
                    x=points["mid"].to_numpy(),
                    y=points["lane"].to_numpy(dtype=object),
                    mode="markers",
                    name=str(group),
                    legendgroup=str(group),
                    showlegend=n == 0,
                    customdata=points["key"].to_numpy(dtype=object),
                    hovertext=(
                        points["hover"] if "hover" in points else pd.Series(hover_texts(points))
                    ).to_numpy(dtype=object),
                    hoverinfo="text",
                    marker=_marker(
                        colour, status, points["key"].isin(highlighted).to_numpy() if dim else None
                    ),
                )
            )
    fig.update_layout(
        height=height,
        margin={"l": 10, "r": 10, "t": 28, "b": 10},
        clickmode="event+select",
        dragmode="pan",
        hovermode="closest",
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0, "title": None},
        uirevision=lanes,  # keep the user's zoom across reruns of the same lanes
        plot_bgcolor="#ffffff",
        xaxis={"type": "date", "showgrid": True, "gridcolor": "#eeeeee"},
        yaxis={
            "type": "category",
            "categoryorder": "array",
            "categoryarray": list(reversed(order)),
            "showgrid": True,
            "gridcolor": "#f3f3f3",
            "title": None,
        },
    )
    return fig
