"""A city as the subject of a statement or sanction ("Tokyo on Wednesday lodged a protest", "Moscow
withdrew from the talks") is its government acting there: the city is the event's place. A city
after a preposition ("talks with Moscow", "in Tokyo said") is not a subject."""

from datetime import date

import pytest

from tests.test_events_context import events_of


@pytest.mark.parametrize(
    "body, published, day, places",
    [
        ("Tokyo on Wednesday lodged a protest with Russia over the military exercises on the islands.",
         date(2014, 8, 14), "2014-08-13", ("Tokyo",)),
        ("In March 2022, Moscow withdrew from talks with Japan on a peace treaty.",
         date(2023, 2, 7), "2022-03", ("Moscow",)),
        ("Moscow on Monday rejected Japan's protest over the prime minister's visit.",
         date(2021, 7, 27), "2021-07-26", ("Moscow",)),
        # not a subject: the counterpart of a protest
        ("Japan on Wednesday lodged a protest with Moscow over the military exercises.",
         date(2014, 8, 14), "2014-08-13", ()),
    ],
)
def test_a_city_that_speaks_is_the_statements_place(body, published, day, places):
    _text, events = events_of(body, published)
    assert [(e.date, e.type, e.places) for e in events] == [(day, "statement", places)]
