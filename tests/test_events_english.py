"""English event types, probed with sentences written for each rule.

The time's own comma segment types its event when it holds an event word ("visited the islands in
2012, and Russia held exercises there in 2014"); reasons ("in retaliation against sanctions",
"after ... visited") are reference points; islands seized in the passive, nuclear tests and missile
launches are military; "asked X to ..." is a statement; "the agreement reached in Singapore" is the
meeting that reached it; "since taking office in 2012" dates the taking of office.
"""

from datetime import date

import pytest

from tests.test_events_context import events_of

TYPED = [
    (  # the time's own segment: the visit, however strong the exercises after the comma
        "Medvedev also visited the islands in 2012, and Russia held military exercises there in 2014.",
        date(2015, 8, 22), "2012", "visit",
    ),
    (
        "Medvedev also visited the islands in 2012, and Russia held military exercises there in 2014.",
        date(2015, 8, 22), "2014", "military",
    ),
    (  # a reason after the comma does not type the statement
        "The Foreign Ministry said Monday it will suspend the talks, in retaliation against the sanctions.",
        date(2022, 3, 22), "2022-03-21", "statement",
    ),
    (  # "in an apparent retaliation against": a reason, not the news
        "Moscow said on Monday it will end the talks in an apparent retaliation against the sanctions.",
        date(2022, 3, 22), "2022-03-21", "statement",
    ),
    (  # islands seized in the passive
        "The islands, Etorofu and Kunashiri among them, were seized by the Soviet Union in August 1945.",
        date(2016, 11, 22), "1945-08", "military",
    ),
    (
        "North Korea carried out its sixth nuclear test on Sunday.",
        date(2017, 9, 7), "2017-09-03", "military",
    ),
    (  # "asked X to ...": what was said
        "Putin on Friday asked the prime minister to pay attention to the islands.",
        date(2021, 7, 26), "2021-07-23", "statement",
    ),
    (  # "the agreement reached in Singapore": the meeting that reached it
        "Putin said he and Abe reaffirmed their agreement in Singapore in November on the 1956 declaration.",
        date(2019, 1, 23), "2018-11", "meeting",
    ),
    (
        "Since taking office for the second time in late 2012, he has courted Putin with projects.",
        date(2017, 9, 8), "2012", "other",
    ),
]


@pytest.mark.parametrize("body, published, day, kind", TYPED)
def test_the_event_type_of_a_dated_clause(body, published, day, kind):
    _text, events = events_of(body, published)
    on_day = [e for e in events if e.date is not None and e.date.startswith(day)]
    assert [e.type for e in on_day] == [kind], [(e.date, e.type) for e in events]


NOT_TYPED_BY_THE_NEXT_SEGMENT = [
    # the time's segment has no event word: the clause's strongest word still types it
    ("On Saturday, Abe called on Putin to boost ties, while talking to him at the economic forum.",
     date(2016, 9, 4), "2016-09-03", "forum"),
]


@pytest.mark.parametrize("body, published, day, kind", NOT_TYPED_BY_THE_NEXT_SEGMENT)
def test_a_time_alone_in_its_segment_takes_the_clause_type(body, published, day, kind):
    _text, events = events_of(body, published)
    assert [(e.date, e.type) for e in events] == [(day, kind)]
