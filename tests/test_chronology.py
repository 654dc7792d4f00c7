"""The dispute's chronology: the table's rows, the names it finds, what they say of a publication
date, the day of a weekday-only event, and the context lane's frame. Every probe is a sentence
written for the rule it tests; no accuracy figure comes from these."""

import re
import typing
from datetime import date, timedelta

import pytest

from kurils import chronology, reference
from kurils.chronology import (
    chronology_frame,
    date_known_event,
    find_named_events,
    known_events,
    publication_bounds,
)
from kurils.clean import clean_text
from kurils.models import Event, EventType, Published, TimeValue
from kurils.published import infer_published

ROWS = reference.rows("chronology.csv")
_URL = re.compile(r"^https?://[\w.-]+\.[a-z]{2,}/\S*$")
_FORMATS = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}


# --------------------------------------------------------------------------- the table

def test_at_least_150_rows_from_shimoda_to_recent_years():
    events = known_events()
    assert len(events) >= 150
    assert events[0].first == date(1855, 2, 7) and "Shimoda" in events[0].title
    assert max(e.last for e in events).year >= 2024


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['date']} {r['title'][:30]}")
def test_row_has_a_source_a_known_type_and_dates_that_parse(row):
    assert _URL.match(row["source"]), row["source"]
    assert row["type"] in typing.get_args(EventType)
    assert row["title"] and row["kind"]
    pattern = _FORMATS[row["precision"]]
    assert re.fullmatch(pattern, row["date"])
    assert not row["end"] or re.fullmatch(pattern, row["end"])
    event = chronology._known_event(row)  # the dates are real days and run forwards
    assert event.first <= event.last


def test_no_row_repeats_and_names_are_not_shared_by_accident():
    keys = [(r["date"], r["end"], r["title"]) for r in ROWS]
    assert len(keys) == len(set(keys))
    # the same event told twice (other words, other source) makes "exactly one known event fits" fail
    same = [(r["date"], r["end"], r["type"], r["places"], r["people"]) for r in ROWS]
    assert len(same) == len(set(same))
    shared = {k: v for k, v in chronology._name_index()[0].items() if len(v) > 1}
    # a name two events really share ("summit in Singapore": Trump-Kim in June, Abe-Putin in November 2018)
    assert set(shared) <= {"singapore summit", "summit in singapore", "apec summit in lima", "lima apec",
                           "apec in lima", "apec meeting in lima"}


# --------------------------------------------------------------------------- names

@pytest.mark.parametrize(
    "sentence,name,first",
    [
        ("Abe hosted Putin at the summit in Nagato.", "summit in Nagato", date(2016, 12, 15)),
        ("the Nagato Summit ended without a deal", "Nagato Summit", date(2016, 12, 15)),
        ("the agreement reached in Singapore still stands", "agreement reached in Singapore",
         date(2018, 11, 14)),
        ("Putin spoke after the G20 in Osaka.", "G20 in Osaka", date(2019, 6, 28)),
        ("They met at the G-20 summit in Osaka.", "G-20 summit in Osaka", date(2019, 6, 28)),
        ("at the Eastern Economic Forum 2016 in Vladivostok", "Eastern Economic Forum 2016",
         date(2016, 9, 2)),
        ("under the 1956 Soviet–Japanese Joint Declaration", "1956 Soviet–Japanese Joint Declaration",
         date(1956, 10, 19)),
        ("the Treaty of Shimoda drew the first border", "Treaty of Shimoda", date(1855, 2, 7)),
        ("since the Tokyo Declaration of 1993", "Tokyo Declaration", date(1993, 10, 13)),
        ("the KRASNOYARSK SUMMIT", "KRASNOYARSK SUMMIT", date(1997, 11, 1)),
    ],
)
def test_finds_a_name_case_blind_with_its_event(sentence, name, first):
    found = [n for n in find_named_events(sentence) if not n.series]
    assert [n.text for n in found] == [name]
    assert found[0].events[0].first == first
    assert sentence[found[0].start:found[0].end] == name


@pytest.mark.parametrize(
    "sentence",
    ["the Nagato summitry", "a G20-style meeting", "Singaporeans summit in Nagatoville", "EEFs"],
)
def test_a_name_inside_a_longer_word_is_no_name(sentence):
    assert [n.text for n in find_named_events(sentence) if not n.series] == []


def test_a_series_name_is_every_session():
    (eef,) = find_named_events("the Eastern Economic Forum")
    assert eef.series and len(eef.events) == 10  # 2015-2025, none in 2020
    assert {e.first.year for e in eef.events} == {2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025}


# --------------------------------------------------------------------------- publication bounds

def _bounds(sentence):
    return publication_bounds(sentence, [(0, len(sentence))])


@pytest.mark.parametrize(
    "sentence,lo,hi,role",
    [
        # a cue of recency: a window around the event
        # "last week": the week after (from Sunday the 18th: three days on, as writers loosely say it)
        ("Abe met Putin at the summit in Nagato last week.", date(2016, 12, 18), date(2016, 12, 25),
         "chronology"),
        # the Singapore summit of Wednesday 14 November 2018, called "last week" on Saturday the 17th
        ("Abe and Putin agreed at their meeting in Singapore last week.", date(2018, 11, 17),
         date(2018, 11, 25), "chronology"),
        ("Putin will host the Eastern Economic Forum 2016 next week.", date(2016, 8, 22), date(2016, 8, 28),
         "chronology"),
        ("Last month's G20 in Osaka produced no deal.", date(2019, 7, 1), date(2019, 7, 31), "chronology"),
        ("Yesterday's summit in Nagato was the first in Japan in 11 years.", date(2016, 12, 16),
         date(2016, 12, 17), "chronology"),
        ("the recent summit in Nagato", date(2016, 12, 15), date(2017, 3, 18), "chronology"),
        # a place in apposition between the name and its cue
        ("Abe greeted Putin at the start of their summit in Nagato, Yamaguchi, yesterday.",
         date(2016, 12, 16), date(2016, 12, 17), "chronology"),
        ("Abe and Putin held talks in Nagato on Thursday.", date(2016, 12, 15), date(2016, 12, 21),
         "chronology"),
        # a name in the past: a lower bound
        ("Talks resumed after the G20 in Osaka.", date(2019, 6, 28), None, "past"),
        ("Tokyo still relies on the agreement reached in Singapore.", date(2018, 11, 14), None, "past"),
        ("Nothing has moved since the Nagato summit.", date(2016, 12, 15), None, "past"),
        ("The two leaders agreed at the Krasnoyarsk summit to aim for a treaty.", date(1997, 11, 1), None,
         "past"),
        # still ahead: an upper bound
        ("Ahead of the summit in Nagato, officials lowered expectations.", None, date(2016, 12, 16),
         "future"),
        ("Abe will meet Putin at the G20 in Osaka.", None, date(2019, 6, 29), "future"),
    ],
)
def test_a_named_event_bounds_the_publication(sentence, lo, hi, role):
    (bound,) = _bounds(sentence)
    assert (bound.lo, bound.hi, bound.role) == (lo, hi, role)
    assert bound.why.startswith("'") and "(" in bound.why


@pytest.mark.parametrize(
    "sentence",
    [
        "The G20 is a forum of major economies.",  # a series without a word of when
        "The Eastern Economic Forum is held in Vladivostok.",
        "Abe wants a summit like the one in Nagato.",  # no name at all
        "the summit in Nagato",  # a name with nothing to say when the text stands
    ],
)
def test_no_bound_without_a_word_of_when(sentence):
    assert _bounds(sentence) == []


@pytest.mark.parametrize(
    "sentence,inside,outside",
    [
        ("Abe flew to Vladivostok for the Eastern Economic Forum this week.",
         [date(2016, 9, 1), date(2019, 9, 4), date(2024, 9, 8)], [date(2020, 9, 2), date(2016, 10, 1)]),
        ("Abe spoke at last week’s Eastern Economic Forum.", [date(2016, 9, 7)], [date(2016, 9, 2)]),
        ("Putin will attend the G20 summit next week.", [date(2019, 6, 20)], [date(2019, 6, 28)]),
    ],
)
def test_a_series_with_a_cue_is_any_one_of_its_sessions(sentence, inside, outside):
    (bound,) = _bounds(sentence)
    assert bound.role == "chronology" and bound.test is not None
    assert all(bound.lo <= d <= bound.hi and bound.test(d) for d in inside)
    assert not any(bound.lo <= d <= bound.hi and bound.test(d) for d in outside)


def test_a_name_two_events_share_bounds_by_both():
    (bound,) = _bounds("Trade talks resumed after the Singapore summit.")
    assert bound.lo == date(2018, 6, 12)  # the earlier of Trump-Kim (June) and Abe-Putin (November)


def test_the_same_event_named_twice_is_one_bound():
    text = "Talks resumed after the G20 in Osaka. Since the G20 in Osaka, little has changed."
    assert len(_bounds(text)) == 1


# --------------------------------------------------------------------------- in published.py

def _published(text):
    return infer_published(text, clean_text(text))


def test_an_undated_article_is_placed_by_the_summit_it_reports():
    text = (
        "Putin and Abe meet in Nagato\n\n"
        "Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe held talks in Nagato on "
        "Thursday, the summit in Nagato both sides had prepared for months.\n\n"
        "The leaders agreed to start consultations on joint economic activities on the islands."
    )
    published = _published(text)
    assert published.inferred
    assert published.value == TimeValue(date(2016, 12, 15), date(2016, 12, 15), "day")
    assert "Nagato summit, 2016-12-15 to 2016-12-16" in published.evidence


def test_a_forum_next_week_after_a_summit_narrows_to_one_week():
    text = (
        "Putin to meet Abe again\n\n"
        "Japanese Prime Minister Shinzo Abe will travel to Vladivostok for the Eastern Economic Forum next "
        "week, officials said.\n\n"
        "The two leaders last met after the G20 in Osaka, where they discussed the islands."
    )
    value = _published(text).value
    assert value is not None
    assert date(2019, 8, 26) <= value.first <= value.last <= date(2019, 9, 1)


def test_a_stamp_still_wins_over_the_chronology():
    text = ("Abe and Putin meet\n\nPublished: 3 March 2017\n\n"
            "Abe and Putin met at the summit in Nagato last week, officials said.")
    published = _published(text)
    assert not published.inferred and published.value.first == date(2017, 3, 3)


def test_a_contradicting_name_is_dropped_not_allowed_to_empty_the_answer():
    text = (
        "Kishida on the islands\n\n"
        "Prime Minister Fumio Kishida said on Monday that the summit in Nagato last week showed the way.\n\n"
        "Japan lodged a protest after Russia announced drills in March 2022, and talks are planned for "
        "December 2023."
    )
    published = _published(text)  # Kishida was premier from 2021: "Nagato last week" (2016) cannot hold
    assert published.value is not None and published.value.first.year >= 2022


# --------------------------------------------------------------------------- an event on a weekday

def _event(evidence, type_="meeting", places=("Nagato",), people=("Abe", "Putin"), time=None):
    return Event("talks", type_, "reported", time, places, people, evidence, (0, len(evidence)))


@pytest.mark.parametrize(
    "evidence,published,expected",
    [
        # the sentence names the event: its day on that weekday
        ("Abe and Putin met at the summit in Nagato on Thursday.", None, date(2016, 12, 15)),
        ("Putin said on Friday, at the summit in Nagato, that talks would go on.", None, date(2016, 12, 16)),
        ("Abe and Putin met in Singapore on Wednesday, agreeing to speed up talks.",
         Published(TimeValue(date(2018, 11, 15), date(2018, 11, 16), "range"), True), date(2018, 11, 14)),
        # no such weekday during the event, or two weekdays: nothing
        ("Abe and Putin met at the summit in Nagato on Monday.", None, None),
        ("Abe met Putin at the summit in Nagato on Thursday and again on Friday.", None, None),
        # no name and no publication range: a lone match on the weekday proves little
        ("Abe and Putin met in Nagato on Thursday.", None, None),
    ],
)
def test_a_weekday_names_the_day_of_a_known_event(evidence, published, expected):
    places = ("Singapore",) if "Singapore" in evidence else ("Nagato",)
    got = date_known_event(_event(evidence, places=places), published)
    assert (got.first if got else None) == expected


def test_a_planned_event_keeps_its_own_date():
    # "agreed on Friday to hold a summit in Nagato": Friday is when they agreed, not the summit's day
    event = Event("talks", "meeting", "planned", None, ("Nagato",), ("Abe", "Putin"),
                  "Abe and Putin on Friday agreed to hold a summit in Nagato.", (0, 10))
    assert date_known_event(event) is None


def test_a_session_of_a_recurring_event_is_known_by_its_name_only():
    # Kan spoke in Tokyo on a Monday: 7 February 2011, the Northern Territories Day rally, was one too
    window = Published(TimeValue(date(2010, 6, 7), date(2011, 9, 26), "range"), True)
    event = _event("Prime Minister Naoto Kan said in Tokyo on Monday the visit was regrettable.",
                   type_="statement", places=("Tokyo",), people=("Kan",))
    assert date_known_event(event, window) is None


def test_an_unrelated_meeting_on_the_weekday_keeps_no_date():
    window = Published(TimeValue(date(2016, 12, 10), date(2016, 12, 20), "range"), True)
    event = _event("Lavrov met Wang Yi in Beijing on Thursday.", places=("Beijing",), people=("Lavrov",))
    assert date_known_event(event, window) is None


def test_date_known_events_only_fills_undated_or_range_events():
    dated = _event("Abe and Putin met at the summit in Nagato on Thursday.",
                   time=TimeValue(date(2016, 12, 15), date(2016, 12, 15), "day"))
    undated = _event("Abe and Putin met at the summit in Nagato on Friday.")
    out = chronology.date_known_events([dated, undated])
    assert out[0] is dated
    assert out[1].time == TimeValue(date(2016, 12, 16), date(2016, 12, 16), "day")


# --------------------------------------------------------------------------- the context lane

def test_chronology_frame_for_the_context_lane():
    frame = chronology_frame()
    assert list(frame.columns[:4]) == ["date_first", "date_last", "precision", "type"]
    assert {"title", "places", "people", "source", "kind"} <= set(frame.columns)
    assert len(frame) == len(known_events())
    assert str(frame["date_first"].dtype).startswith("datetime64")
    assert (frame["date_first"] <= frame["date_last"]).all()
    assert set(frame["precision"]) <= {"day", "month", "year", "range"}
    nagato = frame[frame["title"].str.startswith("Nagato summit")].iloc[0]
    assert nagato["places"] == "Nagato, Tokyo" and nagato["precision"] == "range"


# ------------------------------------------------------------- an article reporting a known event

@pytest.mark.parametrize(
    "evidence,type_,places,people,window",
    [
        ("Mishustin arrived on the island of Iturup on Monday.", "visit", ("Iturup",), ("Mishustin",),
         (date(2021, 7, 26), date(2021, 8, 1))),
        ("Medvedev visited Kunashir on Tuesday, drawing a protest from Tokyo.", "visit", ("Kunashir",),
         ("Medvedev",), (date(2012, 7, 3), date(2012, 7, 9))),
        # a report that names only the island chain: of Medvedev's visits to the islands, one was a Monday
        ("Medvedev toured the Kuril Islands on Monday, angering Tokyo.", "visit", ("Kuril Islands",),
         ("Medvedev",), (date(2010, 11, 1), date(2010, 11, 7))),
    ],
)
def test_a_reported_known_event_dates_the_article(evidence, type_, places, people, window):
    (bound,) = chronology.reported_bounds([_event(evidence, type_, places, people)])
    assert (bound.lo, bound.hi, bound.role) == (*window, "chronology")
    assert "reports" in bound.why


@pytest.mark.parametrize(
    "evidence,type_,places,people,status",
    [
        # Medvedev visited Kunashir on a Monday (2010) and a Tuesday (2012): a Sunday fits neither
        ("Medvedev visited Kunashir on Sunday.", "visit", ("Kunashir",), ("Medvedev",), "reported"),
        # the chain on a Thursday: none of his island visits
        ("Medvedev visited the Kuril Islands on Thursday.", "visit", ("Kuril Islands",), ("Medvedev",),
         "reported"),
        # a plan, not a report
        ("Mishustin will visit Iturup on Monday.", "visit", ("Iturup",), ("Mishustin",), "planned"),
        # no known event of that kind there
        ("Lavrov met Wang Yi in Beijing on Monday.", "meeting", ("Beijing",), ("Lavrov",), "reported"),
        # a weekday for each of two things
        ("Mishustin landed on Iturup on Monday and left on Tuesday.", "visit", ("Iturup",), ("Mishustin",),
         "reported"),
    ],
)
def test_no_bound_unless_one_known_event_fits_on_the_weekday(evidence, type_, places, people, status):
    event = Event("x", type_, status, None, places, people, evidence, (0, 1))
    assert chronology.reported_bounds([event]) == []


def test_parse_dates_an_undated_article_by_the_known_event_it_reports():
    # Kato's term (2020-2021) gives a range; the visit on a Monday, known, gives the day
    from kurils import parse_bytes

    text = ("Russian PM visits disputed island\n\n"
            "Russian Prime Minister Mikhail Mishustin arrived on the island of Iturup on Monday, "
            "the first stop of his tour of the Far East.\n\n"
            "Japan lodged a protest over the visit, Chief Cabinet Secretary Katsunobu Kato said.")
    article = parse_bytes(text.encode(), "probe.txt")
    assert article.published.value == TimeValue(date(2021, 7, 26), date(2021, 7, 26), "day")
    assert "reports Mishustin visits Iturup, 2021-07-26" in article.published.evidence
    visit = next(e for e in article.events if e.type == "visit")
    assert visit.time == TimeValue(date(2021, 7, 26), date(2021, 7, 26), "day")


def test_every_known_event_on_a_kuril_island_also_names_the_chain():
    islands = {"Iturup", "Kunashir", "Shikotan", "Habomai", "Matua", "Paramushir", "Urup", "Simushir"}
    for event in chronology.known_events():
        if event.type in ("visit", "military") and islands & set(event.places):
            assert "Kuril Islands" in event.places, event.title


# ------------------------------------------------------------- a yearless dateline and the people it names

@pytest.mark.parametrize(
    "month,day,people,expected",
    [
        # Kono and Lavrov opened the talks in Moscow on 2019-01-14: a dateline the day after
        (1, 15, ("Kono", "Lavrov", "Abe"), date(2019, 1, 15)),
        # Kishida and Lavrov met in Tokyo on 2016-04-15: a dateline two days before (the meeting ahead)
        (4, 13, ("Kishida", "Lavrov", "Suga"), date(2016, 4, 13)),
        # Abe and Putin met in Vladivostok within a week of 7 September in 2016, 2017, 2018 and 2019, but
        # on that day only in 2017 (the forum of 6-7 September)
        (9, 7, ("Abe", "Putin"), date(2017, 9, 7)),
    ],
)
def test_a_yearless_dateline_takes_the_year_of_its_peoples_known_meeting(month, day, people, expected):
    (bound,) = chronology.dateline_bounds(month, day, people, "dateline")
    assert (bound.lo, bound.hi, bound.role) == (expected, expected, "chronology")
    assert "whose people the text names" in bound.why


@pytest.mark.parametrize(
    "month,day,people",
    [
        (1, 15, ("Lavrov",)),  # one person is not a meeting
        (3, 1, ("Kono", "Lavrov")),  # no meeting of theirs within a week of 1 March
        (9, 6, ("Abe", "Putin")),  # they met in Vladivostok in early September of 2016, 2017 and 2019
    ],
)
def test_no_year_for_a_dateline_without_one_known_meeting_of_its_people(month, day, people):
    assert chronology.dateline_bounds(month, day, people, "dateline") == []


@pytest.mark.parametrize("where, expected", [
    ("SINGAPORE, ", date(2018, 11, 15)),  # Abe met Putin there on 14 November 2018
    ("LIMA, ", date(2016, 11, 15)),  # ... and in Lima on 19 November 2016
])
def test_the_dateline_city_picks_one_of_several_meetings_of_its_people(where, expected):
    # Abe and Putin met within a week of 15 November in 2014, 2016, 2017 and 2018: the city says which
    assert chronology.dateline_bounds(11, 15, ("Abe", "Putin"), "dateline") == []
    (bound,) = chronology.dateline_bounds(11, 15, ("Abe", "Putin"), "dateline", where)
    assert (bound.lo, bound.hi, bound.role) == (expected, expected, "chronology")
    assert "filed from the city of" in bound.why


def test_a_dateline_city_no_meeting_was_held_in_leaves_the_year_open():
    assert chronology.dateline_bounds(11, 15, ("Abe", "Putin"), "dateline", "TOKYO, ") == []


def test_parse_gives_a_yearless_wire_dateline_the_year_of_the_meeting_it_reports():
    from kurils import parse_bytes

    text = ("【1月15日 AFP】ロシアのセルゲイ・ラブロフ外相は14日、日本の河野太郎外相との会談後に記者会見し、"
            "平和条約交渉について述べた。\n\n両外相は北方領土問題について協議した。\n")
    article = parse_bytes(text.encode(), "probe.txt")
    assert article.published.day == "2019-01-15"
    assert "within a week of Kono and Lavrov" in article.published.evidence


# --------------------------------------------------------------------------- the lead's own event

def _lead(text: str):
    cleaned = clean_text(text)
    return infer_published(text, cleaned)


@pytest.mark.parametrize(("text", "inside"), [
    # the people and the place of one known meeting, and its weekday, in the lead
    ("Leaders agree\n\nJapanese Prime Minister Shinzo Abe said on Wednesday after talks with "
     "Russian President Vladimir Putin that the two would speed up the talks.\n\n"
     "Abe spoke after his meeting with Putin in Singapore, as quoted by Kyodo.", date(2018, 11, 14)),
    # a known incident named by its victim, on the lead's weekday
    ("Boat fired on\n\nA Russian patrol boat opened fire on a Japanese vessel Wednesday, "
     "killing a fisherman.\n\nThe man, identified as Mitsuhiro Morita, was killed by a warning shot.",
     date(2006, 8, 16)),
])
def test_a_lead_reporting_a_known_event_on_its_weekday_dates_the_article(text, inside):
    value = _lead(text).value
    assert value is not None and value.first <= inside <= value.last <= inside + timedelta(days=6)


@pytest.mark.parametrize("text", [
    # Abe and Putin met in Vladivostok again and again: the place does not tell which
    "Leaders agree\n\nPrime Minister Shinzo Abe said on Thursday after talks with President "
    "Vladimir Putin in Vladivostok that the talks go on.",
    # a meeting still ahead on the weekday: a plan, not a report
    "Leaders to meet\n\nPrime Minister Shinzo Abe will meet President Vladimir Putin on Wednesday "
    "in Singapore.",
    # the known event on the weekday, but the text goes on to a later year: a later day's weekday
    "Anniversary\n\nAbe said on Wednesday that his talks with Putin in Singapore in 2018 still "
    "matter, and in 2020 he resigned.",
    # the place of a summit the leaders only agreed to hold
    "Summit set\n\nPrime Minister Shinzo Abe and President Vladimir Putin on Friday agreed to hold "
    "a summit in Nagato in December.",
    # a known event as the background of the news, not the news
    "Old rift\n\nThe minister said in a video on Thursday that after the collapse of the Soviet "
    "Union the islands stayed Russian.",
])
def test_no_lead_window_when_the_lead_does_not_single_out_the_event(text):
    value = _lead(text).value
    assert value is None or (value.last - value.first).days > 31


# --------------------------------------------------------------------------- a leader's visit to the islands

@pytest.mark.parametrize(("lead", "people", "places", "inside", "outside"), [
    # the lead's weekday is the visit's: the week after it
    ("Russia's president visited the island of Kunashiri on Monday, triggering protests.", ("Medvedev",),
     ("Kunashir", "Kuril Islands"), date(2010, 11, 3), date(2012, 8, 10)),
    # Russian, the weekday in Russian
    ("Ранее в пятницу премьер-министр России прилетел на Курилы.", ("Medvedev",), ("Kuril Islands",),
     date(2019, 8, 5), date(2015, 8, 25)),
    # a reaction on another weekday: a month after each visit of the person there
    ("Japan's envoy returned to Moscow on Sunday after the visit by Russia's president to Kunashiri.",
     ("Medvedev",), ("Kunashir",), date(2010, 11, 28), date(2011, 2, 7)),
])
def test_a_lead_reporting_an_island_visit_dates_it_while_news(lead, people, places, inside, outside):
    bounds = chronology.visit_bounds(lead, people, places)
    assert len(bounds) == 1
    bound = bounds[0]
    fits = [d for d in (inside, outside)
            if bound.lo <= d <= bound.hi and (bound.test is None or bound.test(d))]
    assert fits == [inside]


@pytest.mark.parametrize(("lead", "people", "places"), [
    ("Medvedev said the islands were Russian.", ("Medvedev",), ("Kunashir",)),  # no visit in the lead
    ("Trutnev visited Iturup on Monday.", ("Trutnev",), ("Iturup",)),  # no known visit of his
    ("Medvedev's visit to Kunashir in 2010 is recalled in 2023 by the new envoy.", ("Medvedev",),
     ("Kunashir",)),  # the text goes on to a later year
])
def test_no_visit_bound_without_a_known_visit_as_the_news(lead, people, places):
    assert chronology.visit_bounds(lead, people, places) == []


def test_a_planned_island_visit_gives_no_window():
    lead = ("Japan has urged Russian Prime Minister Dmitry Medvedev not to visit disputed islands, the "
            "minister said Friday, calling the planned trip unacceptable.")
    assert chronology.visit_bounds(lead, ("Medvedev",), ("Kuril Islands",)) == []


@pytest.mark.parametrize(("day", "people", "places", "inside"), [
    (29, ("Abe", "Putin"), ("Moscow",), date(2013, 4, 29)),  # not the Osaka meeting of 2019-06-29
])
def test_a_day_of_the_month_finds_the_one_known_event_of_its_people_and_place(day, people, places, inside):
    bounds = chronology.day_of_month_bounds(day, people, places, "the lead's '29日'")
    assert len(bounds) == 1 and bounds[0].lo <= inside <= bounds[0].hi
    assert (bounds[0].hi - bounds[0].lo).days <= 16


def test_no_day_of_month_bound_when_several_events_fit():
    assert chronology.day_of_month_bounds(29, ("Abe", "Putin"), ("Moscow", "Osaka"), "x") == []


@pytest.mark.parametrize("lead", [
    "Medvedev visited Iturup last year, and Tokyo still protests, the minister said on Monday.",
    "Медведев в прошлом году посетил Итуруп, напомнил министр.",
])
def test_a_recalled_island_visit_gives_no_window(lead):
    assert chronology.visit_bounds(lead, ("Medvedev",), ("Iturup",)) == []


# ------------------------------------------------------------- a recurring event named in Japanese

def test_japanese_names_are_found_without_spaces():
    text = "政府は2月7日を「北方領土の日」と定め、毎年「北方領土返還要求全国大会」を開いている。"
    found = chronology.find_named_events(text)
    assert [n.text for n in found] == ["北方領土の日", "北方領土返還要求全国大会"]
    assert all(n.series for n in found)


def test_a_series_named_in_the_lead_with_its_day_of_month_gives_its_sessions():
    text = "「北方領土返還要求全国大会」が7日昼、都内で開かれた。首相があいさつした。\n"
    (bound,) = chronology.series_day_bounds(text, 7, "the lead's '7日'")
    assert bound.test is not None and bound.test(date(2010, 2, 7)) and bound.test(date(2010, 2, 14))
    assert not bound.test(date(2010, 2, 15)) and not bound.test(date(2010, 3, 7))


def test_a_series_whose_sessions_fall_on_no_such_day_gives_nothing():
    text = "「北方領土返還要求全国大会」が8日昼、都内で開かれた。\n"
    assert chronology.series_day_bounds(text, 8, "the lead's '8日'") == []


def test_parse_places_a_national_rally_by_its_day_and_the_prime_ministers_term():
    from kurils import parse_bytes

    text = ("北方領土返還の実現を目指す「北方領土返還要求全国大会」が7日昼、東京都千代田区で開かれた。\n\n"
            "鳩山由紀夫首相はあいさつで、祖父の一郎氏が首相当時に日ソ共同宣言に調印した点に言及した。\n")
    article = parse_bytes(text.encode(), "probe.txt")
    assert article.published.value is not None
    assert article.published.value.range_iso() == ["2010-02-07", "2010-02-14"]


def test_a_visit_sentence_naming_its_island_keeps_only_the_visits_there():
    lead = ("Russian Prime Minister Dmitry Medvedev has angered Japan by paying another visit to the "
            "disputed islands. Mr Medvedev landed on Kunashir, Russia's government said. Iturup and "
            "Shikotan lie further east.")
    (bound,) = chronology.visit_bounds(lead, ("Medvedev",), ("Kunashir", "Iturup", "Shikotan"))
    # his visits to Kunashir (2010, 2012), not those to Iturup (2015, 2019)
    assert bound.lo == date(2010, 11, 1) and bound.hi < date(2013, 1, 1)


def test_a_statements_weekday_is_not_the_named_events_own_day():
    # the weekday dates Suga's press conference, held the day after the vote of 25 June - 1 July 2020 ended
    text = ("Japan keeps its position\n\nTOKYO, July 2. /TASS/. Japan's government refrains from commenting "
            "on the voting on constitutional amendments in Russia, Chief Cabinet Secretary Yoshihide Suga "
            "told reporters at a regular press conference on Thursday.\n\nThe islands remain in dispute.\n")
    assert infer_published(text, clean_text(text)).day == "2020-07-02"
