"""Accuracy: the scoring rules, the command's table on the seeds, and the real set's batches."""

import json
from datetime import date
from pathlib import Path

import pytest

from kurils.accuracy import (
    Report,
    SetScore,
    combined,
    date_matches,
    evaluate_real,
    event_right,
    expected_range,
    main,
    real_batches,
)
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


def _batch(root: Path, name: str, url: str) -> None:
    """One seed article as a real-set batch, annotated as the seeds are, with a URL."""
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    wanted = json.loads((Path(__file__).parent / "data" / "expected.json").read_text(encoding="utf-8"))
    item = dict(wanted["articles"][0], url=url)
    (root / name).mkdir()
    (root / name / item["file"]).write_bytes((seeds / item["file"]).read_bytes())
    (root / name / "expected.json").write_text(json.dumps({"articles": [item]}), encoding="utf-8")


def test_every_batch_with_an_expected_file_is_scored_on_its_own(tmp_path):
    _batch(tmp_path, "b", "https://www.rt.com/news/one/")
    _batch(tmp_path, "a", "https://www.rt.com/news/two/")
    (tmp_path / "notes").mkdir()
    assert [p.name for p in real_batches(tmp_path)] == ["a", "b"]
    reports = evaluate_real(tmp_path)
    assert list(reports) == ["a", "b"] and all(r.articles == 1 for r in reports.values())
    whole = combined(list(reports.values()))
    assert whole.articles == 2 and whole.found.total == sum(r.found.total for r in reports.values())
    assert whole.places.tp == 2 * reports["a"].places.tp


def test_combined_of_nothing_is_empty():
    assert combined([]) == Report()


def test_a_batch_folder_scores_against_its_own_expected_file(tmp_path, capsys):
    _batch(tmp_path, "a", "https://www.rt.com/news/one/")
    assert main(str(tmp_path / "a")) == 0
    assert capsys.readouterr().out.startswith("outlet")


def test_why_sorts_each_miss_by_its_kind():
    from kurils.accuracy import format_why, score_article, why_not_right
    from kurils.models import Article

    visit = event(date(2016, 12, 15), date(2016, 12, 15), "day", "visit", ("Nagato",), ("Putin",))
    assert why_not_right(None, {"type": "visit"}) == "missed"
    assert why_not_right(visit, {"type": "meeting"}) == "wrong type"
    assert why_not_right(visit, {"type": "visit", "people": ["Abe"]}) == "no place or person"
    assert why_not_right(visit, {"type": "visit", "people": ["Putin"]}) is None

    article = Article(id="t", file="t.txt", events=(visit, event(date(2016, 1, 1), date(2016, 1, 1), "day")))
    wanted = {"file": "t.txt", "events": [
        {"date": "2016-12-15", "type": "meeting", "people": ["Putin"], "what": "talks"},
        {"date": "2016-12-16", "type": "meeting", "what": "Tokyo"},
    ]}
    report = Report()
    score_article(report, article, wanted)
    assert [kind for kind, _ in report.why] == ["wrong type", "missed", "extra"]
    text = format_why(report)
    assert "wrong type (1):" in text and "-> got 2016-12-15 visit [Nagato, Putin]" in text
    assert "extra (1):" in text and "no place or person (0):" in text



_RANGE_ONLY = {"published": None, "published_range": ["2019-08-02", "2019-08-03"]}


@pytest.mark.parametrize(
    "value,wanted,right",
    [
        (None, _RANGE_ONLY, False),  # no date counted as right here before
        (None, {"published": None}, True),  # the reader found no date either
        (("2019-08-02", "2019-08-02", "day"), _RANGE_ONLY, True),
        (("2019-08-01", "2019-08-02", "range"), _RANGE_ONLY, False),
        (("2019-08-02", "2019-08-03", "range"), _RANGE_ONLY, True),
        (("2019-08-02", "2019-08-02", "day"), {"published": "2019-08-02"}, True),
        (("2019-08-01", "2019-08-03", "range"), {"published": "2019-08-02"}, False),
        (None, {"published": "2019-08-02"}, False),
    ],
)
def test_a_publication_date_is_right_only_where_the_reader_agrees(value, wanted, right):
    from kurils.accuracy import published_right

    if value is not None:
        value = TimeValue(date.fromisoformat(value[0]), date.fromisoformat(value[1]), value[2])
    assert published_right(value, wanted) is right
