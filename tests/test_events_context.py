"""Events read across sentences: each rule probed with sentences written for it.

A sentence with no time of its own that goes on with the one before takes that sentence's day; an
unplaced event takes the place attached to its event word in a neighbouring sentence; a "when" or
"which" clause with a subject of its own keeps the main clause's people (and places) out. Every
carried reading keeps its evidence: the span covers the sentences it was read from. What stays
ambiguous stays unplaced or undated.
"""

from datetime import date

import pytest

from kurils.events import extract_events
from kurils.models import Article, Paragraph, Published, TimeValue


def events_of(body: str, published: date | TimeValue):
    """The events of a body under a one-line headline, published on a day (or in a given TimeValue)."""
    headline = "A headline about Japan and Russia"
    text = headline + "\n\n" + body
    paragraphs, offset = [], len(headline) + 2
    for part in body.split("\n\n"):
        paragraphs.append(Paragraph(offset, offset + len(part), part))
        offset += len(part) + 2
    article = Article(
        id="t",
        file="t.txt",
        text=text,
        headline=headline,
        headline_span=(0, len(headline)),
        published=Published(published if isinstance(published, TimeValue)
                            else TimeValue(published, published, "day")),
        paragraphs=tuple(paragraphs),
    )
    return text, extract_events(article)[2]


def only(events, kind):
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, [(e.date, e.type, e.places, e.people) for e in events]
    return found[0]


# -- a sentence that goes on with the one before takes its day --------------------------------------
CARRIED_TIME = [
    (  # "He" at the start: the person of the sentence before
        "Putin arrived in Japan on Thursday for a two-day visit.\n\n"
        "He met Abe in the city of Nagato for talks on the islands.",
        date(2016, 12, 16), "meeting", "2016-12-15", ("Nagato",), {"Putin", "Abe"},
    ),
    (  # "also", "the two leaders": the people named before
        "Abe and Putin on Thursday condemned the missile launch.\n\n"
        "Meeting in Vladivostok, the two leaders also agreed to expand joint projects on the islands.",
        date(2017, 9, 8), "meeting", "2017-09-07", ("Vladivostok",), {"Abe", "Putin"},
    ),
    (  # "There": the place and day of the sentence before
        "Putin landed in Tokyo on Friday, Japanese officials said.\n\n"
        "There he held talks with Kishida on the peace treaty.",
        date(2022, 1, 15), "meeting", "2022-01-14", (), {"Putin", "Kishida"},
    ),
]


@pytest.mark.parametrize("body, published, kind, day, places, people", CARRIED_TIME)
def test_a_sentence_that_goes_on_takes_the_day_before(body, published, kind, day, places, people):
    text, events = events_of(body, published)
    event = only(events, kind)
    assert event.date == day
    assert set(places) <= set(event.places) and people <= set(event.people)
    first, second = body.split("\n\n")
    # the evidence is both sentences: the day's and the event word's
    assert first in event.evidence and second in event.evidence
    assert text[event.span[0] : event.span[1]] == event.evidence


# -- "the same day", "the next day": the day of the sentence before ---------------------------------
NAMED_DAY = [
    ("Russian Prime Minister Medvedev visited Iturup on Monday.\n\n"
     "On the same day, Kishida said the visit was regrettable.", "statement", "2019-08-05", {"Kishida"}),
    ("Putin arrived in Tokyo on Thursday for a visit.\n\n"
     "The following day, he held talks with Abe.", "meeting", "2019-08-02", {"Putin", "Abe"}),
]


@pytest.mark.parametrize("body, kind, day, people", NAMED_DAY)
def test_the_same_or_next_day_is_the_day_of_the_sentence_before(body, kind, day, people):
    text, events = events_of(body, date(2019, 8, 7))
    event = only(events, kind)
    assert event.date == day and people <= set(event.people)
    assert text[event.span[0] : event.span[1]] == event.evidence and body.split("\n\n")[0] in event.evidence


def test_the_same_day_after_two_days_stays_undated():
    _text, events = events_of(
        "Japan protested to Russia on Monday and Tuesday.\n\n"
        "On the same day, Lavrov said the islands are Russian.",
        date(2019, 8, 7),
    )
    assert not any("Lavrov" in e.people for e in events)


NOT_CARRIED = [
    # no sign that the sentence goes on with the one before
    ("Putin arrived in Japan on Thursday.\n\nAbe met Lavrov in Tokyo to prepare the talks.",
     date(2016, 12, 16)),
    # two days before it: which one is not said
    ("Putin arrived in Japan on Thursday and left on Friday.\n\nHe met Abe in Nagato.", date(2016, 12, 17)),
    # looking ahead from a day already past
    ("Medvedev visited Iturup on Monday.\n\nHe will also meet Abe in Tokyo.", date(2019, 8, 6)),
    # a time of its own: the sentence is dated by it, not by the one before
    ("Putin arrived in Japan on Thursday.\n\nHe also met Abe in Lima in November.", date(2016, 12, 16)),
]


@pytest.mark.parametrize("body, published", NOT_CARRIED)
def test_no_day_is_carried_without_a_sign_or_with_two_days(body, published):
    _text, events = events_of(body, published)
    first = body.split("\n\n")[0]
    carried = [e for e in events if e.type == "meeting" and first in e.evidence]
    assert carried == []


def test_the_same_kind_again_is_not_given_the_day():
    """ "visited Etorofu on Monday. He also flew to Kunashiri": the second trip's day is not said."""
    _text, events = events_of(
        "Medvedev visited Etorofu on Monday.\n\nHe also flew to Kunashiri and Khabomai.", date(2010, 11, 2)
    )
    assert only(events, "visit").places == ("Iturup",)


# -- the place attached to the event word in a neighbouring sentence ---------------------------------
CARRIED_PLACE = [
    (  # the next sentence names the drills again, with their islands
        "The Russian military held drills on two of the disputed islands on Saturday, the defence "
        "ministry said. The drills on the islands known as Iturup and Kunashir drew a protest from Tokyo.",
        "military", ("Iturup", "Kunashir"),
    ),
    (  # the sentence before named the exercises with their island; this one says "the exercises"
        "Russia announced exercises off Shikotan, its navy said. "
        "The exercises began on Saturday, the ministry said.",
        "military", ("Shikotan",),
    ),
]


@pytest.mark.parametrize("body, kind, places", CARRIED_PLACE)
def test_an_unplaced_event_takes_the_place_of_its_word_named_again(body, kind, places):
    text, events = events_of(body, date(2022, 9, 4))
    event = only(events, kind)
    assert event.places == places
    assert "Tokyo" not in event.places  # another word's place in that sentence is not the event's
    assert text[event.span[0] : event.span[1]] == event.evidence
    assert event.evidence.count(".") >= 2  # both sentences are its evidence


NOT_PLACED = [
    # the neighbour dates an event of its own: its island is that event's
    "Russia held drills on the disputed islands on Saturday, the ministry said. "
    "The drills on Iturup in 2016 were smaller.",
    # two neighbours name two different places: ambiguous, so unplaced
    "The exercises near Iturup were the largest yet. Russia held exercises on Saturday, the ministry "
    "said. The exercises off Kunashir drew a protest.",
    # neither mention is definite ("the drills"): two different drills, perhaps
    "Russia held drills on Saturday, the ministry said. Japan holds drills near Nemuro every year.",
]


@pytest.mark.parametrize("body", NOT_PLACED)
def test_ambiguous_neighbours_leave_the_event_unplaced(body):
    _text, events = events_of(body, date(2022, 9, 4))
    saturday = [e for e in events if e.date == "2022-09-03"]
    assert saturday and all(e.places == () for e in saturday)


# -- "when" and "which" clauses with subjects of their own --------------------------------------------
OWN_CLAUSE = [
    (  # the main clause's subject is not the visitor
        "Japanese Prime Minister Naoto Kan, under fire at home, got a fresh headache when Russian "
        "President Dmitry Medvedev on Monday visited Kunashir.",
        date(2010, 11, 2), "visit", {"Medvedev"}, ("Kunashir",),
    ),
    (  # the main clause's speaker and city are not the visit's; the antecedent is its place
        "Lavrov spoke to reporters in Moscow about the Kuril Islands, which Medvedev visited on Friday.",
        date(2019, 8, 3), "visit", {"Medvedev"}, ("Kuril Islands",),
    ),
]


@pytest.mark.parametrize("body, published, kind, people, places", OWN_CLAUSE)
def test_a_clause_with_its_own_subject_keeps_the_main_clause_out(body, published, kind, people, places):
    _text, events = events_of(body, published)
    event = only(events, kind)
    assert set(event.people) == people
    assert event.places == places


WITHOUT_OWN_SUBJECT = [
    # "when he ...": the pronoun is the main clause's subject, who stays
    ("Medvedev visited Kunashir on Monday, when he also toured a power station.", {"Medvedev"}),
    # a "which" clause without a named subject of its own changes nothing
    ("Lavrov spoke in Moscow about the Kuril Islands, which were visited on Friday by a delegation.",
     {"Lavrov"}),
]


@pytest.mark.parametrize("body, people", WITHOUT_OWN_SUBJECT)
def test_a_clause_without_a_named_subject_keeps_the_sentence_people(body, people):
    _text, events = events_of(body, date(2019, 8, 3))
    assert people <= set(only(events, "visit").people)


# -- a wrong place is worse than none ------------------------------------------------------------------
NO_VENUE = [
    # a dateline's city is where the story was filed
    ("MOSCOW (AP) — Russia's prime minister on Monday visited Pacific islands claimed by Japan.", "Moscow"),
    # a capital standing for the government that claims the islands
    ("Russia held drills on Saturday on islands claimed by Tokyo, Japanese media said.", "Tokyo"),
]


@pytest.mark.parametrize("body, city", NO_VENUE)
def test_a_city_that_is_no_venue_is_not_the_event_place(body, city):
    _text, events = events_of(body, date(2021, 7, 27))
    assert events and all(city not in e.places for e in events)


# -- a bare event takes the people and place of the sentence that goes on with it --------------------
CARRIED_ACTORS = [
    (  # the lead says what was agreed; the next sentence, with no time, who met where
        "Japan and Russia agreed today to restart stalled negotiations on the islands.\n\n"
        "After meeting the Russian President, Vladimir Putin, in Moscow, Japan's Prime Minister, Shinzo "
        "Abe, said the two leaders had instructed their ministers to speed up talks.",
        "meeting", {"Abe", "Putin"}, ("Moscow",),
    ),
]


@pytest.mark.parametrize("body, kind, people, places", CARRIED_ACTORS)
def test_a_bare_event_takes_the_actors_of_the_sentence_that_goes_on(body, kind, people, places):
    text, events = events_of(body, date(2013, 4, 29))
    event = only(events, kind)
    assert set(event.people) == people and event.places == places
    assert text[event.span[0] : event.span[1]] == event.evidence and body.split("\n\n")[1] in event.evidence


NOT_CARRIED_ACTORS = [
    # the next sentence has a time of its own: its people are its own event's
    "Japan and Russia agreed today to restart stalled negotiations on the islands.\n\n"
    "Abe met Putin in Moscow in 2003 for talks.",
    # the word comes again only inside a quote
    "Japan and Russia agreed today to restart stalled negotiations on the islands.\n\n"
    'Abe said: "We will hold talks in Moscow."',
]


@pytest.mark.parametrize("body", NOT_CARRIED_ACTORS)
def test_a_bare_event_stays_bare_when_the_next_sentence_is_not_its(body):
    _text, events = events_of(body, date(2013, 4, 29))
    today = [e for e in events if e.date == "2013-04-29" and e.type == "meeting"]
    assert today and all(not e.people and not e.places for e in today)


def test_their_talks_are_the_talks_of_the_two_named_before():
    _text, events = events_of(
        "Abe and Putin agreed Friday to start consultations on joint economic activities.\n\n"
        "The agreement was reached during their talks in Tokyo, following a meeting in Nagato on Thursday.",
        date(2016, 12, 16),
    )
    thursday = [e for e in events if e.date == "2016-12-15"]
    assert thursday and {"Abe", "Putin"} <= set(thursday[0].people)


@pytest.mark.parametrize(
    "body, port",
    [
        ("In February, a Japanese fishing boat was also detained in the Sea of Japan. The Nisshin Maru-68 "
         "vessel, which was poaching crab, was taken to the port of Nakhodka.", "Nakhodka"),
        ("A fishing boat has been seized by Russian authorities in waters off Hokkaido on 28 May. The boat, "
         "which had 14 sailors on board, was taken to Korsakov in Sakhalin.", "Korsakov"),
    ],
)
def test_an_unplaced_seizure_takes_the_port_the_boat_was_taken_to(body, port):
    _text, events = events_of(body, date(2021, 6, 1))
    assert [e.places for e in events if e.type == "military"] == [(port,)]


def test_a_placed_seizure_keeps_its_own_place():
    body = ("Russian border guards seized a Japanese boat off Kunashiri on Sunday. The boat was taken to "
            "Yuzhno-Kurilsk.")
    _text, events = events_of(body, date(2007, 1, 22))
    assert [e.places for e in events if e.type == "military"] == [("Kunashir",)]


def test_meetings_listed_after_one_verb_are_each_an_event_at_its_place():
    body = ("Vladimir Putin and Shinzo Abe met repeatedly last year. They met in Moscow, for official talks; "
            "in Singapore, at the summit in November; and, finally, in Buenos Aires on the sidelines of "
            "the G20 on December 1st.")
    _text, events = events_of(body, date(2019, 2, 16))
    listed = {(e.date, e.places) for e in events if e.type == "meeting"}
    assert ("2018-12-01", ("Buenos Aires",)) in listed
    assert any(d == "2018-11" for d, _p in listed)


def test_a_list_item_with_two_times_is_not_read_as_one_act():
    body = ("Vladimir Putin and Shinzo Abe met in Moscow in January; in Osaka in June and in "
            "Vladivostok in September.")
    _text, events = events_of(body, date(2019, 12, 1))
    assert not [e for e in events if e.places == ("Osaka",) and e.date == "2019-09"]
