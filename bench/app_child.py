"""Times an app under streamlit.testing.v1.AppTest in a fresh process; prints one JSON object.

Usage: python -m bench.app_child APP_PY   (KURILS_ARTICLES set by the caller; one app per process)

Measured, in this order:
- cold: the first run in a fresh process with Streamlit's caches empty (the caller chooses
  KURILS_CACHE, the app's on-disk cache: empty for a cold build, filled for a restart);
- warm: a new AppTest session in the same process, so the content-keyed cache is hit;
- rerun: the same session run again with nothing changed;
- filter: the outlet multiselect (key ``outlet``) set to one outlet, else the year slider (key
  ``year``) narrowed to its first year, and rerun;
- rerun_bytes: the serialised size of the elements that run drew (``sent_bytes``).
The minimal app (a title and a dataframe) gives the same numbers as the baseline; its "filter"
is a plain rerun because it has no widgets.
"""
from __future__ import annotations

import json
import os
import resource
import sys
import time


def _timed(at) -> float:
    return _timed_cpu(at)[0]


def _timed_cpu(at) -> tuple[float, float]:
    """Wall seconds of a run, and the CPU seconds the process spent in it (all its threads: the
    script runs on its own). On a machine shared with other jobs, the CPU time is what the run
    itself costs; the wall time adds the waiting for a core."""
    cpu = os.times()
    t0 = time.perf_counter()
    at.run()
    wall = time.perf_counter() - t0
    after = os.times()
    return wall, (after.user - cpu.user) + (after.system - cpu.system)


def _problem(at) -> str | None:
    if len(at.exception):
        return "exception: " + str(at.exception[0].value)[:160]
    return None


def _elements(at, kind: str) -> int:
    try:
        return len(at.get(kind))
    except Exception:  # noqa: BLE001 - an element type this Streamlit does not know is simply absent
        return 0


def _change_filter(at, nth: int = 0) -> str | None:
    """Narrow a filter (to the ``nth`` outlet); returns what was changed, or None when the app has
    neither widget."""
    try:
        outlet = at.multiselect(key="outlet")
    except KeyError:
        outlet = None
    if outlet is not None and outlet.options:
        picked = outlet.options[min(nth, len(outlet.options) - 1)]
        outlet.set_value([picked])
        return f"outlet={picked}"
    try:
        year = at.slider(key="year")
    except KeyError:
        year = None
    if year is not None:
        value = year.value
        if isinstance(value, (tuple, list)) and len(value) == 2:
            year.set_value((value[0], value[0]))
        else:
            year.set_value(year.min)
        return f"year={year.value}"
    return None


def sent_bytes(at) -> int:
    """The serialised size of every element the last run drew (what a rerun sends to the browser,
    before the websocket's compression): the element protos under the main area and the sidebar."""
    total = 0
    todo = [at.main, at.sidebar]
    while todo:
        node = todo.pop()
        children = getattr(node, "children", None)
        if children:
            todo.extend(children.values())
        elif getattr(node, "proto", None) is not None:
            total += node.proto.ByteSize()
    return total


def measure(path: str, timeout: float = 600) -> dict:
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    st.cache_data.clear()
    st.cache_resource.clear()
    out: dict = {}
    at = AppTest.from_file(path, default_timeout=timeout)
    out["cold"], out["cold_cpu"] = _timed_cpu(at)
    out["cold_maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # the first view's peak
    out["error"] = _problem(at)
    at = AppTest.from_file(path, default_timeout=timeout)
    out["warm"] = _timed(at)
    out["error"] = out["error"] or _problem(at)
    out["rerun"], out["rerun_cpu"] = _timed_cpu(at)
    out["plotly_charts"] = _elements(at, "plotly_chart")
    out["maps"] = _elements(at, "deck_gl_json_chart")
    changed = _change_filter(at)
    out["filter_widget"] = changed
    out["filter"], out["filter_cpu"] = _timed_cpu(at)
    out["error"] = out["error"] or _problem(at)
    out["rerun_bytes"] = sent_bytes(at)
    # two more filter changes, each to a state no run has computed: the best of the three is the
    # figure least disturbed by other jobs (each is listed)
    changes = [(changed, out["filter"], out["filter_cpu"])]
    for nth in (1, 2):
        widget = _change_filter(at, nth)
        wall, cpu = _timed_cpu(at)
        changes.append((widget, wall, cpu))
    out["filter_changes"] = changes
    out["filter_best"] = min(wall for _, wall, _ in changes)
    out["filter_cpu_best"] = min(cpu for _, _, cpu in changes)
    out["rerun_bytes_max"] = max(out["rerun_bytes"], sent_bytes(at))
    if _search(at, "kunashir"):  # the first search makes the corpus's search text (views.data.search_text)
        out["search"], out["search_cpu"] = _timed_cpu(at)
    return out


def _search(at, query: str) -> bool:
    """Type a query into the app's search box (key ``q``); False when it has none."""
    try:
        box = at.text_input(key="q")
    except KeyError:
        return False
    box.set_value(query)
    return True


def main() -> None:
    print(json.dumps(measure(os.path.abspath(sys.argv[1]))))


if __name__ == "__main__":
    main()
