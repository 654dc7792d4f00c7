"""Accuracy: the scoring rules, and the command's table on the seeds."""

from datetime import date

from kurils.accuracy import SetScore, date_matches, event_right, expected_range, main
from kurils.models import Event, TimeValue


def event(first, last, precision, kind="meeting", places=(), people=()):
    return Event("t", kind, "reported", TimeValue(first, last, precision), places, people, "e", (0, 1))


def test_expected_range_by_precision():
    assert expected_range("2016-12-15") == (date(2016, 12, 15), date(2016, 12, 15))
    assert expected_range("2016-02") == (date(2016, 2, 1), date(2016, 2, 29))
    assert expected_range("2014") == (date(2014, 1, 1), date(2014, 12, 31))


def test_date_must_match_at_the_stated_precision():
    day = event(date(2016, 12, 15), date(2016, 12, 15), "day")
    assert date_matches(day, "2016-12-15") and not date_matches(day, "2016-12")
    span = event(date(2016, 9, 6), date(2016, 12, 13), "range")
    assert date_matches(span, "2016-10-18") and not date_matches(span, "2017-01-01")


def test_event_right_needs_type_and_a_shared_name():
    e = event(date(2016, 5, 6), date(2016, 5, 6), "day", "visit", ("Sochi",), ("Abe",))
    assert event_right(e, {"type": "visit", "places": ["Sochi"], "people": []})
    assert event_right(e, {"type": "visit", "places": [], "people": []})
    assert not event_right(e, {"type": "meeting", "places": ["Sochi"], "people": ["Abe"]})
    assert not event_right(e, {"type": "visit", "places": ["Moscow"], "people": ["Putin"]})


def test_optional_names_are_not_penalised():
    score = SetScore()
    score.add({"Tokyo", "Moscow"}, {"Tokyo"}, optional={"Moscow"})
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)
    score.add({"Kyoto"}, {"Tokyo"})
    assert score.precision == 0.5 and score.recall == 0.5


def test_markdown_table_on_the_seeds(capsys):
    assert main("seeds", None, markdown=True) == 0
    out = capsys.readouterr().out
    assert out.startswith("| Field | Score | Detail |")
    for field in ("outlet", "published", "places", "people", "events found", "events right", "event type"):
        assert f"| {field} |" in out


def test_missing_expected_file_is_a_clear_message(tmp_path, capsys):
    assert main("seeds", tmp_path / "nope.json") == 1
    assert "cannot read" in capsys.readouterr().out
