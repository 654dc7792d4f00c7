"""The timeline's optional context lane (issue 13 item 3): the chronology's known events in a grey
bottom lane, off by default, switched by a toggle kept in the link (``context=1``)."""

from __future__ import annotations

import json

from kurils.chronology import chronology_frame
from kurils.views import page
from kurils.views.state import ViewState
from kurils.views.timeline import CONTEXT_LANE, build_timeline, event_at, lane_names, outlet_colours


def test_the_lane_is_off_by_default_and_below_the_event_types_when_on(seeds):
    colours = outlet_colours(seeds.choices.outlets)
    plain = build_timeline(seeds.merged, colours)
    lane = build_timeline(seeds.merged, colours, context=chronology_frame())
    assert CONTEXT_LANE not in lane_names(plain)
    assert lane_names(lane) == [CONTEXT_LANE, *lane_names(plain)]  # bottom to top: the lowest lane
    assert lane.spec["layout"]["height"] >= plain.spec["layout"]["height"]


def test_each_chronology_event_is_a_hover_dot_that_picks_nothing(seeds):
    context = chronology_frame()
    spec = json.loads(json.dumps(build_timeline(seeds.merged, {}, context=context).spec))
    dots = [t for t in spec["data"] if t.get("name") == CONTEXT_LANE]
    assert len(dots) == 1 and len(dots[0]["text"]) == len(context)
    assert "customdata" not in dots[0] and event_at(None, list(seeds.merged.index)) is None
    assert any("Treaty of Shimoda" in text and "1855-02-07" in text for text in dots[0]["text"])
    assert all("<script" not in text for text in dots[0]["text"])


def test_the_page_draws_the_lane_only_when_the_state_asks(seeds):
    off, _ = page.timeline(seeds, ViewState())
    on, _ = page.timeline(seeds, ViewState(context=True))
    assert CONTEXT_LANE not in lane_names(off) and lane_names(on)[0] == CONTEXT_LANE


def test_the_toggle_and_the_view_choice_are_in_the_link(app):
    app.run()
    assert app.toggle(key="context").value is False
    app.toggle(key="context").set_value(True).run()
    assert not app.exception and app.query_params.get("context") == "1"
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    assert CONTEXT_LANE in spec["layout"]["meta"]["lanes"]
    app.session_state["view"] = "table"
    app.run()
    assert not app.exception and app.query_params.get("view") == "table"
