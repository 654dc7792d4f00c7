"""Tables: the column contract, build/write_tables, and merging the same event across articles."""

from datetime import date

import pandas as pd

from kurils.merge import merge_events
from kurils.models import Article, Event, Paragraph, Published, TimeValue
from kurils.tables import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    MERGED_COLUMNS,
    build,
    tables_from_articles,
    write_tables,
)


def day(y, m, d):
    return TimeValue(date(y, m, d), date(y, m, d), "day")


def event(kind="meeting", time=None, places=("Tokyo",), people=("Abe",), title="Abe talks"):
    return Event(
        title, kind, "reported", time or day(2016, 12, 15), tuple(places), tuple(people), "x", (0, 1)
    )


def article(aid, events, outlet="TASS"):
    return Article(
        id=aid,
        file=f"{aid}.txt",
        text="x" * 10,
        outlet=outlet,
        headline="h",
        headline_span=(0, 1),
        published=Published(day(2016, 12, 16)),
        paragraphs=(Paragraph(0, 1, "x"),),
        events=tuple(events),
    )


def test_schema_of_the_three_tables():
    tables = tables_from_articles([article("a", [event()]), article("b", [])])
    assert list(tables.articles.columns) == ARTICLE_COLUMNS
    assert list(tables.events.columns) == EVENT_COLUMNS
    assert list(tables.merged.columns) == MERGED_COLUMNS
    row = tables.events.iloc[0]
    assert row["event_id"] == "a:0" and row["date"] == "2016-12-15" and row["places"] == ["Tokyo"]
    assert tables.articles.iloc[0]["published"] == "2016-12-16"
    assert tables.articles.iloc[0]["paragraphs"] == [[0, 1]]


def test_empty_input_gives_empty_tables_with_columns():
    tables = tables_from_articles([])
    assert tables.events.empty and list(tables.merged.columns) == MERGED_COLUMNS


def test_same_event_in_two_articles_is_merged():
    a = article("a", [event(places=("Nagato",), people=("Abe", "Putin"))], outlet="TASS")
    b = article("b", [event(places=(), people=("Putin",), title="Putin talks")], outlet="Kyodo")
    c = article("c", [event(kind="visit")], outlet="RT")  # another type: not merged
    tables = tables_from_articles([a, b, c])
    assert tables.events["merged_id"].nunique() == 2
    merged = tables.merged.sort_values("n_sources", ascending=False).iloc[0]
    assert merged["n_sources"] == 2 and merged["outlets"] == ["TASS", "Kyodo"]
    assert set(merged["people"]) == {"Abe", "Putin"}


def test_merge_needs_overlapping_dates_and_a_shared_name():
    events = pd.DataFrame(
        [
            {
                "event_id": "a:0",
                "article_id": "a",
                "outlet": "X",
                "title": "t",
                "type": "meeting",
                "status": "reported",
                "date": "2016-12-15",
                "date_first": "2016-12-15",
                "date_last": "2016-12-15",
                "precision": "day",
                "places": ["Tokyo"],
                "people": ["Abe"],
            },
            {
                "event_id": "b:0",
                "article_id": "b",
                "outlet": "Y",
                "title": "t",
                "type": "meeting",
                "status": "reported",
                "date": "2016-12-16",
                "date_first": "2016-12-16",
                "date_last": "2016-12-16",
                "precision": "day",
                "places": ["Tokyo"],
                "people": ["Abe"],
            },
            {
                "event_id": "c:0",
                "article_id": "c",
                "outlet": "Y",
                "title": "t",
                "type": "meeting",
                "status": "reported",
                "date": "2016-12",
                "date_first": "2016-12-01",
                "date_last": "2016-12-31",
                "precision": "month",
                "places": ["Moscow"],
                "people": ["Lavrov"],
            },
            {
                "event_id": "d:0",
                "article_id": "d",
                "outlet": "Z",
                "title": "t",
                "type": "meeting",
                "status": "reported",
                "date": "2016-12",
                "date_first": "2016-12-01",
                "date_last": "2016-12-31",
                "precision": "month",
                "places": [],
                "people": ["Abe"],
            },
            {
                "event_id": "e:0",
                "article_id": "e",
                "outlet": "Z",
                "title": "t",
                "type": "meeting",
                "status": "reported",
                "date": "2016",
                "date_first": "2016-01-01",
                "date_last": "2016-12-31",
                "precision": "year",
                "places": ["Tokyo"],
                "people": ["Abe"],
            },
        ]
    )
    ids, merged = merge_events(events)
    ids = list(ids)
    assert ids[0] != ids[1]  # different days
    assert ids[2] not in (ids[0], ids[1], ids[3])  # nothing shared
    assert ids[3] not in (ids[0], ids[1])  # the month contains two different days: ambiguous
    assert ids[4] not in ids[:4]  # a year is too coarse to match
    assert len(merged) == len(set(ids))
    ids, _ = merge_events(events.drop(index=1).reset_index(drop=True))
    assert ids[0] == ids[2]  # with one day left, "in December" is that day's event


def test_build_and_write_tables(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Abe and Putin meet in Tokyo\n\nTOKYO, December 15. /TASS/. Japanese Prime Minister Shinzo Abe "
        "met Russian President Vladimir Putin in Tokyo on Thursday, the two leaders said.\n",
        encoding="utf-8",
    )
    (folder / "bad.txt").write_bytes(b"")
    tables = build(folder)
    assert len(tables.articles) == 2
    assert tables.articles["error"].notna().sum() >= 1
    written = write_tables(folder, tmp_path / "out")
    names = sorted(p.name for p in written)
    assert names == sorted(
        [f"{t}.{ext}" for t in ("articles", "events", "merged") for ext in ("parquet", "csv")]
        + ["manifest.json"]
    )
    back = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert list(back.columns) == ARTICLE_COLUMNS
    csv = pd.read_csv(tmp_path / "out" / "articles.csv")
    assert len(csv) == 2


def test_build_releases_the_language_model_and_parses_again_after(tmp_path):
    """After a build drops py3langid's model, a later parse loads it again and still tells languages."""
    from kurils.pipeline import parse_bytes
    from kurils.tables import build

    (tmp_path / "a.txt").write_text("Kurils\n\nPrime Minister Shinzo Abe met President Vladimir Putin in "
                                    "Moscow on Monday to discuss the islands and a peace treaty.\n")
    first = build(tmp_path)
    again = parse_bytes(b"Kurils\n\nThe two leaders met in Tokyo on Monday and agreed to keep talking "
                        b"about the islands and the peace treaty.\n", "b.txt")
    assert first.articles["language"].tolist() == ["en"]
    assert again.language == "en"
