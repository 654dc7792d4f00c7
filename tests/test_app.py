"""The app under streamlit.testing.v1.AppTest: filters, the link, linked selection, bad input.

A chart's key cannot be written through session_state (Streamlit forbids it for selection
charts), so a faked pick sends the chart's selection as its widget state, the same message the
browser sends when a point is clicked; the app's on_select callbacks then run as they do live.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")


def header(at) -> str:
    return at.caption[0].value


def dot_rows(at) -> list[int]:
    """What the timeline's dots carry (their customdata): each event's row in the app's corpus."""
    charts = at.get("plotly_chart")
    if not charts:
        return []
    spec = json.loads(charts[0].proto.spec)
    return [
        row
        for trace in spec["data"]
        if trace.get("mode") == "markers" and "customdata" in trace
        for row in (data[0] for data in trace["customdata"])
    ]


def shown_keys(at, keys) -> list[str]:
    """The event keys drawn on the timeline (the app's corpus of the seeds orders them as ``keys``)."""
    return [keys[row] for row in dot_rows(at)]


def values(array) -> list:
    """A trace array from the chart's JSON spec: a list, or plotly's typed array {dtype, bdata}."""
    if isinstance(array, dict) and "bdata" in array:
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=np.dtype(array["dtype"])).tolist()
    return array if isinstance(array, list) else [array]


def deck_spec(at) -> dict:
    return json.loads(at.get("deck_gl_json_chart")[0].proto.json)


def send_selection(at, element, selection: dict) -> None:
    """Rerun with ``selection`` as the chart's widget value, as a click in the browser does."""
    states = at._tree.get_widget_states()
    state = states.widgets.add()
    state.id = element.proto.id
    state.string_value = json.dumps({"selection": selection})
    at._run(states)


def pick_on_timeline(at, key: str, keys) -> None:
    """A click on the event's dot: the browser sends the dot's customdata, the event's row."""
    chart = at.get("plotly_chart")[0]
    send_selection(
        at,
        chart,
        {
            "points": [{"customdata": keys.get_loc(key), "curve_number": 0, "point_number": 0}],
            "point_indices": [0],
            "box": [],
            "lasso": [],
        },
    )


def pick_on_map(at, layer: str, obj: dict) -> None:
    send_selection(at, at.get("deck_gl_json_chart")[0], {"indices": {layer: [0]}, "objects": {layer: [obj]}})


def param(at, name: str) -> list[str]:
    """A query parameter's values as a list, however AppTest holds it."""
    value = at.query_params.get(name)
    return [] if value is None else [value] if isinstance(value, str) else list(value)


def reader_html(at) -> str:
    return "\n".join(h.proto.body for h in at.get("html") if "kr-body" in h.proto.body)


def test_app_runs_and_shows_the_three_views(app, seeds):
    app.run()
    assert not app.exception
    assert "16 of 16 events" in header(app).replace("*", "") or f"{len(seeds.merged)} of" in header(app)
    assert sorted(shown_keys(app, seeds.merged.index)) == sorted(seeds.merged.index)
    layers = {layer["id"] for layer in deck_spec(app)["layers"]}
    assert {"land", "island_shapes", "places"} <= layers and "arcs" not in layers  # arcs wait for a pick
    assert app.selectbox(key="article") is not None and app.query_params == {}
    app.multiselect(key="type").set_value(["visit"]).run()
    assert "arcs" in {layer["id"] for layer in deck_spec(app)["layers"]}  # a filter brings the visits' arcs


@pytest.mark.parametrize(
    "key, value, param",
    [
        ("outlet", ["TASS"], "outlet"),
        ("year", (2016, 2016), "year"),
        ("type", ["statement"], "type"),
        ("status", ["planned"], "status"),
        ("place", ["Tokyo"], "place"),
        ("person", ["Kishida"], "person"),
        ("q", "Vladivostok", "q"),
    ],
)
def test_each_filter_changes_what_is_shown_and_the_link(app, seeds, key, value, param):
    app.run()
    before = shown_keys(app, seeds.merged.index)
    widget = (
        app.text_input(key=key)
        if key == "q"
        else (app.slider(key=key) if key == "year" else app.multiselect(key=key))
    )
    widget.set_value(value).run()
    assert not app.exception
    after = shown_keys(app, seeds.merged.index)
    assert 0 < len(after) < len(before)
    assert param in app.query_params


def test_a_link_restores_filters_and_selection(app, seeds):
    call = seeds.merged[seeds.merged["type"] == "call"].iloc[0]
    article = call["article_ids"][0]
    app.query_params.update(
        {"outlet": ["TASS"], "year": "2016", "event": call["key"], "article": article, "lanes": "outlet"}
    )
    app.run()
    assert not app.exception
    assert app.multiselect(key="outlet").value == ["TASS"] and app.slider(key="year").value == (2016, 2016)
    assert app.session_state["lanes"] == "outlet" and app.selectbox(key="article").value == article
    assert seeds.articles.at[article, "headline"] in [s.value.replace("\\", "") for s in app.subheader]
    html = reader_html(app)
    start, end = (
        int(v)
        for v in seeds.events.loc[
            seeds.events["merged_id"] == call["merged_id"], ["span_start", "span_end"]
        ].iloc[0]
    )
    assert 'id="kr-evidence"' in html and "telephone" in html
    assert param(app, "event") == [call["key"]] and param(app, "outlet") == ["TASS"]
    assert end > start


def test_clicking_a_timeline_point_opens_its_article_at_the_evidence(app, seeds):
    app.run()
    forum = seeds.merged[(seeds.merged["type"] == "forum") & (seeds.merged["n_sources"] == 1)].iloc[0]
    pick_on_timeline(app, forum["key"], seeds.merged.index)
    assert not app.exception
    assert app.selectbox(key="article").value == forum["article_ids"][0]
    assert param(app, "event") == [forum["key"]]
    assert param(app, "article") == [forum["article_ids"][0]]
    assert 'class="kr-ev"' in reader_html(app)
    lit = [p["name"] for p in deck_spec(app)["layers"][3]["data"] if p["lit"]]
    assert set(lit) == set(forum["places"]) - {"Japan"} or set(lit) <= set(forum["places"])


def test_clicking_an_island_filters_the_timeline_to_its_events(app, seeds):
    app.run()
    pick_on_map(app, "islands", {"type": "Feature", "properties": {"name": "Iturup"}})
    assert not app.exception
    assert app.multiselect(key="place").value == ["Iturup"]
    expected = seeds.merged[seeds.merged["places"].map(lambda p: "Iturup" in p)].index
    assert sorted(shown_keys(app, seeds.merged.index)) == sorted(expected) and len(expected) >= 1
    assert param(app, "place") == ["Iturup"]


def test_choosing_an_article_lights_its_events_one_can_be_picked_and_clear_resets(app, seeds):
    app.run()
    article = seeds.articles[seeds.articles["n_events"] >= 3].index[0]
    app.selectbox(key="article").set_value(article).run()
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    big = set()
    for trace in (t for t in spec["data"] if t.get("mode") == "markers" and t.get("customdata")):
        rows = [data[0] for data in trace["customdata"]]
        sizes = values(trace["marker"]["size"]) * (len(rows) if np.isscalar(trace["marker"]["size"]) else 1)
        big |= {seeds.merged.index[r] for r, size in zip(rows, sizes, strict=True) if size > 9}
    ours = {
        k for k, ids in zip(seeds.merged.index, seeds.merged["article_ids"], strict=True) if article in ids
    }
    assert big == ours
    picker = app.selectbox(key="article_event")
    assert len(picker.options) == len(ours) and picker.value is None
    key = sorted(ours)[0]
    picker.set_value(key).run()  # picking one of the article's events keeps the article open
    assert param(app, "event") == [key] and app.selectbox(key="article").value == article
    assert 'class="kr-ev"' in reader_html(app)
    app.button(key="clear").click().run()
    assert app.selectbox(key="article").value is None and "article" not in app.query_params


def test_bad_link_parameters_give_a_notice_and_the_app_goes_on(app):
    app.query_params.update({"year": "abc", "outlet": ["Pravda", "RT"], "event": "<script>", "type": "party"})
    app.run()
    assert not app.exception
    notices = [c.value.replace("\\", "") for c in app.caption if "Link parameter" in c.value]
    assert len(notices) == 4 and any("year='abc'" in n for n in notices)
    assert app.multiselect(key="outlet").value == ["RT"]
    app.run()  # another run of the same view keeps the notices
    assert len([c for c in app.caption if "Link parameter" in c.value]) == 4
    app.multiselect(key="outlet").set_value(["TASS"]).run()  # a changed view drops them
    assert not [c for c in app.caption if "Link parameter" in c.value]


HOSTILE = (
    "Hostile [test](javascript:alert(1)) page <img src=x onerror=alert(1)>\n\n"
    "TOKYO, May 3, 2016. Prime Minister Shinzo Abe met Russian President Vladimir Putin in Sochi on Friday, "
    "<script>alert('pwned')</script> officials said.\n\n"
    "The two leaders discussed the Kuril Islands and agreed to meet again in Vladivostok in September.\n"
)


def test_a_hostile_article_renders_escaped(monkeypatch, tmp_path):
    (tmp_path / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    monkeypatch.setenv("KURILS_ARTICLES", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    article = at.selectbox(key="article").options[0]
    at.selectbox(key="article").set_value(at.selectbox(key="article").options[0]).run()
    assert not at.exception and article
    html = reader_html(at)
    assert "<script>" not in html and "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in html
    headline = at.subheader[0].value
    assert "\\[test\\]\\(javascript" in headline and "\\<img" in headline  # text, not a link or a tag
    assert all("<img" not in h.proto.body for h in at.get("html"))


def test_uploads_add_articles_and_failures_are_listed(app):
    app.run()
    total = len(dot_rows(app))
    good = (
        "MOSCOW, March 12, 2019. Russian Foreign Minister Sergei Lavrov met Japanese Foreign Minister "
        "Taro Kono in Moscow on Tuesday to discuss a peace treaty.\n\nThe talks covered the Kuril Islands.\n"
    )
    app.file_uploader(key="uploads").set_value(
        [
            ("lavrov.txt", good.encode(), "text/plain"),
            ("noise.txt", bytes(range(256)) * 40, "text/plain"),
            ("empty.txt", b"", "text/plain"),
        ]
    ).run()
    assert not app.exception
    assert len(dot_rows(app)) > total
    failures = [w.value.replace("\\", "") for w in app.warning]
    assert any("noise.txt" in f for f in failures) and any("empty.txt" in f for f in failures)
    assert "Lavrov" in app.multiselect(key="person").options


def test_an_empty_folder_still_gives_a_page(monkeypatch, tmp_path):
    monkeypatch.setenv("KURILS_ARTICLES", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    assert any("No event matches" in i.value for i in at.info)
    assert at.get("deck_gl_json_chart")  # the islands are on the map all the same
