"""The story stepper: the shown events in date order, one step at a time, the step in the link."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from kurils.views.story import focus_window, position, step, story_order

ROOT = Path(__file__).resolve().parent.parent


def frame(rows):
    return pd.DataFrame(
        {
            "t_first": [pd.Timestamp(a) if a else pd.NaT for a, _ in rows],
            "t_last": [pd.Timestamp(b) if b else pd.NaT for _, b in rows],
        },
        index=[f"k{i}" for i in range(len(rows))],
    )


def test_events_are_ordered_by_date_with_undated_last():
    events = frame(
        [
            ("2016-09-03", "2016-09-03"),
            (None, None),
            ("2015-01-01", "2015-12-31"),
            ("2015-01-01", "2015-01-01"),
        ]
    )
    assert story_order(events) == ["k3", "k2", "k0", "k1"]


@pytest.mark.parametrize(
    "current, delta, expected",
    [
        (None, 1, "a"),
        (None, -1, "c"),
        ("a", 1, "b"),
        ("b", -1, "a"),
        ("c", 1, "c"),
        ("a", -1, "a"),
        ("gone", 1, "a"),
    ],
)
def test_a_step_moves_one_event_and_stops_at_the_ends(current, delta, expected):
    assert step(["a", "b", "c"], current, delta) == expected


def test_position_and_an_empty_story():
    assert position(["a", "b", "c"], "b") == "Event 2 of 3" and step([], None, 1) is None
    assert position(["a"], None) == "1 event to step through"


def test_the_timeline_moves_to_an_event_outside_its_range():
    window = (pd.Timestamp(2015, 1, 1), pd.Timestamp(2017, 1, 1))
    assert focus_window(window, pd.Timestamp(2016, 3, 1), pd.Timestamp(2016, 3, 1)) == window
    moved = focus_window(window, pd.Timestamp(1956, 10, 19), pd.Timestamp(1956, 10, 19))
    assert moved[0] < pd.Timestamp(1956, 10, 19) < moved[1] and moved[1] - moved[0] == window[1] - window[0]


def test_next_and_previous_walk_the_filtered_events_and_the_step_is_in_the_link(monkeypatch, tmp_path):
    monkeypatch.delenv("KURILS_ARTICLES", raising=False)
    monkeypatch.setenv("KURILS_CACHE", str(tmp_path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params.update({"outlet": "TASS"})
    at.run()
    seen = []
    for _ in range(3):
        at.button(key="step_next").click().run()
        seen.append(at.query_params.get("event"))
    assert not at.exception and len(set(map(str, seen))) == 3
    assert any("Event 3 of" in c.value for c in at.caption)
    at.button(key="step_prev").click().run()
    assert at.query_params.get("event") == seen[1] and at.selectbox(key="article").value
