"""The story stepper: the filtered events in date order, walked one at a time.

The step is the selected event, so it lives in the link (``event=``) like any pick. Stepping on
from no selection starts at the first event (or, backwards, at the last).
"""

from __future__ import annotations

import pandas as pd


def story_order(events: pd.DataFrame) -> list[str]:
    """Event keys by date (first day, then last day), undated events last, ties by key."""
    if events.empty:
        return []
    frame = pd.DataFrame(
        {
            "first": events["t_first"].to_numpy(),
            "last": events["t_last"].to_numpy(),
            "key": list(events.index),
        }
    )
    frame = frame.sort_values(["first", "last", "key"], na_position="last", kind="stable")
    return list(frame["key"])


def step(order: list[str], current: str | None, delta: int) -> str | None:
    """The event ``delta`` steps from ``current`` (clamped to the ends); None when there is none."""
    if not order:
        return None
    at = _index(order, current)
    if at is None:
        return order[0] if delta >= 0 else order[-1]
    return order[max(0, min(len(order) - 1, at + delta))]


def _index(order: list[str], current: str | None) -> int | None:
    """Where ``current`` is in ``order`` (one scan; none for no selection: comparing None with each
    of 400,000 keys took 0.08 s a rerun)."""
    if current is None:
        return None
    try:
        return order.index(current)
    except ValueError:
        return None


def position(order: list[str], current: str | None) -> str:
    """'Event 3 of 16', or how many events there are to step through."""
    at = _index(order, current)
    if at is not None:
        return f"Event {at + 1} of {len(order)}"
    return f"{len(order)} events to step through" if len(order) != 1 else "1 event to step through"


def focus_window(
    window: tuple[pd.Timestamp, pd.Timestamp] | None, first: pd.Timestamp, last: pd.Timestamp
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The timeline's range moved, at the same width, so that an event outside it is in the middle."""
    if window is None or pd.isna(first):
        return window
    last = first if pd.isna(last) else last
    if window[0] <= first and last <= window[1]:
        return window
    middle = first + (last - first) / 2
    half = (window[1] - window[0]) / 2
    return middle - half, middle + half
