"""Counts for views too dense to draw item by item: the timeline per lane and year, the map's visits
per route.

At 100,000 articles a timeline of a dot per event is ~40,000 dots that overlap by the hundred: a spec
of tens of MB that the browser takes many seconds to draw, with nothing more to read in it than the
counts. Past ``TIMELINE_DENSE_FROM`` shown events (settings) the timeline shows how many events each
lane holds in each year; picking a count narrows the filters to that lane and year (``narrow_to``),
and once few enough events are shown they are drawn one by one, each reaching its article again.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from kurils.settings import MAP_ROUTES_FROM, TIMELINE_DENSE_FROM
from kurils.views.state import EVENT_TYPES, ViewState

BIN = "bin"  # the first customdata field of a count on the timeline (a dot's is its row number)
UNKNOWN_OUTLET = "unknown outlet"
BIN_COLUMNS = ["lane", "year", "count", "start_ms", "end_ms", "mid_ms"]


def midpoints(events: pd.DataFrame) -> pd.Series:
    """Each dated event's middle (where its dot would be drawn); undated events are left out."""
    dated = events[events["t_first"].notna()]
    return dated["t_first"] + (dated["t_last"].fillna(dated["t_first"]) - dated["t_first"]) / 2


def mid_years(first: np.ndarray, last: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which spans are dated (datetime64 arrays, NaT undated), and the year of each dated one's middle."""
    dated = ~np.isnat(first)
    start = first[dated].astype("datetime64[ns]").astype("int64")
    end = last[dated].astype("datetime64[ns]")
    end = np.where(np.isnat(end), start, end.astype("int64"))
    middle = (start + (end - start) // 2).astype("datetime64[ns]")
    return dated, middle.astype("datetime64[Y]").astype("int64") + 1970


def is_dense(events: pd.DataFrame, dense_from: int = TIMELINE_DENSE_FROM) -> bool:
    """Whether the timeline shows counts: more events than ``dense_from`` over more than one year
    (within one year there is nothing left to narrow by, so the dots are drawn)."""
    return is_dense_span(events["t_first"].to_numpy(), events["t_last"].to_numpy(), dense_from)


def is_dense_span(first: np.ndarray, last: np.ndarray, dense_from: int = TIMELINE_DENSE_FROM) -> bool:
    """``is_dense`` of the events whose first and last days are given (datetime64 arrays)."""
    if len(first) <= dense_from:
        return False
    return len(np.unique(mid_years(first, last)[1])) > 1


def _ms(times: pd.Series) -> np.ndarray:
    return times.to_numpy(dtype="datetime64[ms]").astype("float64")


def lane_year_counts(events: pd.DataFrame, lanes: str = "type") -> pd.DataFrame:
    """How many events each lane holds in each year (a year by its event's middle), with the year's
    span and middle in milliseconds (what a plotly date axis reads). Outlet lanes count an event
    once under each outlet that reported it, as the dots do."""
    return span_counts(events["t_first"].to_numpy(), events["t_last"].to_numpy(),
                       events["type"].to_numpy(dtype=object), events["outlets"].to_numpy(dtype=object), lanes)


def span_counts(first: np.ndarray, last: np.ndarray, types: np.ndarray | pd.Categorical, outlets: np.ndarray,
                lanes: str = "type") -> pd.DataFrame:
    """``lane_year_counts`` of events given as arrays (first and last day, type (names, or a
    Categorical: its codes are counted as they are), outlets list)."""
    dated, years = mid_years(first, last)
    if not len(years):
        return pd.DataFrame(columns=BIN_COLUMNS)
    if lanes == "outlet":  # an event once under each of its outlets
        names = [list(found) or [UNKNOWN_OUTLET] for found in outlets[dated]]
        years = np.repeat(years, [len(found) for found in names])
        lane_of = np.asarray([name for found in names for name in found], dtype=object)
    else:
        lane_of = types[dated]
    if isinstance(lane_of, pd.Categorical):  # integers, not strings, are counted
        codes, lane_names = lane_of.codes, lane_of.categories
    else:
        codes, lane_names = pd.factorize(lane_of, sort=True)
    known = codes >= 0  # an event without a lane is not counted (as groupby leaves out a missing key)
    codes, years = codes[known], years[known]
    if not len(years):
        return pd.DataFrame(columns=BIN_COLUMNS)
    span = years.max() - years.min() + 1
    pairs, count = np.unique(codes.astype("int64") * span + (years - years.min()), return_counts=True)
    counts = pd.DataFrame({"lane": np.asarray(lane_names, dtype=object)[pairs // span],
                           "year": (pairs % span + years.min()).astype("int64"),
                           "count": count.astype("int64")})
    first_days = (counts["year"].to_numpy() - 1970).astype("datetime64[Y]")  # each year's 1 January
    counts["start_ms"] = first_days.astype("datetime64[ms]").astype("float64")
    counts["end_ms"] = (first_days + 1).astype("datetime64[ms]").astype("float64")
    counts["mid_ms"] = (counts["start_ms"] + counts["end_ms"]) / 2
    return counts[BIN_COLUMNS]


def bin_data(lane: str, year: int) -> list:
    """What a count on the timeline carries (its ``customdata``): read back by ``bin_at``."""
    return [BIN, lane, int(year)]


def bin_at(data) -> tuple[str, int] | None:
    """The (lane, year) a picked point's ``customdata`` stands for, or None when it is not a count."""
    if not isinstance(data, (list, tuple)) or len(data) != 3 or data[0] != BIN:
        return None
    lane, year = data[1], data[2]
    if not isinstance(lane, str) or isinstance(year, bool) or not isinstance(year, (int, float)):
        return None
    if not float(year).is_integer():
        return None
    return lane, int(year)


def picked_bin(selection: Mapping | None) -> tuple[str, int] | None:
    """The (lane, year) of the first count picked on the timeline."""
    for point in (selection or {}).get("points") or []:
        found = bin_at(point.get("customdata")) if isinstance(point, Mapping) else None
        if found:
            return found
    return None


def narrow_to(state: ViewState, lane: str, year: int, outlets: tuple[str, ...] = ()) -> ViewState:
    """The filters after picking a count: that year, and that lane's type (type lanes) or outlet
    (outlet lanes, when the corpus has it); other filters stay, nothing is selected."""
    from dataclasses import replace

    narrowed = replace(state, years=(year, year), event=None)
    if state.lanes == "outlet":
        return replace(narrowed, outlets=(lane,)) if lane in outlets else narrowed
    return replace(narrowed, types=(lane,)) if lane in EVENT_TYPES else narrowed


ROUTE_COLUMNS = ["from_lon", "from_lat", "to_lon", "to_lat", "name", "key", "count"]


def route_counts(arcs: pd.DataFrame, dense_from: int = MAP_ROUTES_FROM) -> pd.DataFrame:
    """Visit arcs drawn once per route when there are more than ``dense_from``: the same route's arcs
    overlap exactly, so one arc with the number of visits says all they said. Below it, each visit
    keeps its own arc and its title (the arcs as they are)."""
    if len(arcs) <= dense_from:
        return arcs
    route = ["from_lon", "from_lat", "to_lon", "to_lat"]
    key = np.zeros(len(arcs), dtype="int64")
    for column in route:  # one integer per route, in the order of its coordinates
        codes, values = pd.factorize(arcs[column].to_numpy(dtype="float64"), sort=True)
        key = key * (len(values) + 1) + codes
    _, first, count = np.unique(key, return_index=True, return_counts=True)
    routes = arcs.iloc[first][route].reset_index(drop=True)
    routes["name"] = [f"{n:,} visits" for n in count.tolist()]
    routes["key"] = arcs["key"].to_numpy(dtype=object)[first]
    routes["count"] = count.astype("int64")
    return routes[ROUTE_COLUMNS]
