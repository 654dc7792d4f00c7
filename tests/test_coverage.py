"""Coverage side by side and the table of events: who reported what, first, and in which words."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs

import pytest
from streamlit.testing.v1 import AppTest

from kurils.pipeline import parse_paths
from kurils.views import coverage
from kurils.views.data import corpus_from_articles
from kurils.views.select import filter_events
from kurils.views.state import ViewState

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seeds():
    return corpus_from_articles(parse_paths([ROOT / "seeds"]))


def test_each_event_names_its_outlets_and_the_earliest_report(seeds):
    table = coverage.coverage_table(seeds, seeds.merged)
    assert list(table.columns[:5]) == ["date", "type", "event", "earliest report", "outlets"]
    assert set(table.columns[5:]) == {"RT", "TASS", "Sputnik"} and len(table) == len(seeds.merged)
    shared = table[table["outlets"] == 2].iloc[0]
    assert shared["RT"] == "first" and shared["Sputnik"] == "yes" and shared["TASS"] == ""
    assert shared["earliest report"] == "RT, 2016-09-03"


def test_a_filtered_outlet_keeps_only_its_column(seeds):
    shown = filter_events(seeds, ViewState(outlets=("Sputnik",)))
    table = coverage.coverage_table(seeds, shown, ("Sputnik",))
    assert list(table.columns[5:]) == ["Sputnik"] and len(table) == len(shown)


def test_each_outlets_sentence_side_by_side(seeds):
    key = coverage.coverage_table(seeds, seeds.merged).query("outlets == 2").index[0]
    sources = coverage.evidence_by_outlet(seeds, key)
    assert [s["outlet"] for s in sources] == ["RT", "Sputnik"]
    assert all("Vladivostok" in s["evidence"] for s in sources)
    assert coverage.evidence_by_outlet(seeds, None) == []


def test_the_table_links_each_event_to_the_reader_keeping_the_filters(seeds):
    state = ViewState(outlets=("TASS",))
    table = coverage.events_table(seeds, filter_events(seeds, state), state)
    link = parse_qs(table["read"].iloc[0][1:])
    assert link["outlet"] == ["TASS"] and link["event"] == [table.index[0]] and link["article"]
    assert list(table["date"]) == sorted(table["date"])  # date order (these are all dated)


def test_picking_a_row_opens_the_event_in_the_reader(monkeypatch, tmp_path):
    monkeypatch.delenv("KURILS_ARTICLES", raising=False)
    monkeypatch.setenv("KURILS_CACHE", str(tmp_path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.session_state["view"] = "coverage"
    at.run()
    frame = at.dataframe[0]
    states = at._tree.get_widget_states()
    state = states.widgets.add()
    state.id = frame.proto.id
    import json

    state.string_value = json.dumps({"selection": {"rows": [3], "columns": []}})
    at._run(states)
    assert not at.exception and at.query_params.get("event") and at.selectbox(key="article").value
