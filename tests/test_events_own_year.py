"""Background dates that are no events: a past act dated only by the story's own year, and days that
come back every year.

"The first in 2019 - has embarked", "held talks four times this year alone", "the 2012 National Rally"
in a story of that year: the story's own acts have their day or month; a count or a name with the
year in it does not date one. Across the real batches a-g, such year-wide events of the story's year
were 18 extra to 3 listed, and each listed one was to come ("later this year"), which stays.
"""

from datetime import date

import pytest

from kurils.models import TimeValue
from tests.test_events_context import events_of

LEAD = "Russian Prime Minister Dmitry Medvedev visited Kunashir on Tuesday."


@pytest.mark.parametrize(
    "second",
    [
        "The two leaders have met 24 times so far and already held talks four times this year alone.",
        "A group of Japanese citizens - the first in 2019 - has embarked on a visa-free trip to Kunashir.",
    ],
)
def test_a_past_act_of_the_storys_year_is_background(second):
    _text, events = events_of(LEAD + "\n\n" + second, date(2019, 5, 10))
    assert [e.date for e in events if e.date == "2019"] == []


def test_an_act_to_come_this_year_stays():
    second = "The two leaders are also scheduled to hold talks later this year in Argentina."
    _text, events = events_of(LEAD + "\n\n" + second, date(2018, 5, 10))
    assert [(e.date, e.type) for e in events if e.date == "2018"] == [("2018", "meeting")]


def test_another_years_act_stays():
    second = "Putin visited Japan in 2016, and the two leaders met in Nagato."
    _text, events = events_of(LEAD + "\n\n" + second, date(2019, 5, 10))
    assert "2016" in [e.date for e in events]


def test_a_story_dated_only_to_a_range_keeps_its_years_events():
    second = "The two leaders have met four times this year."
    published = TimeValue(date(2019, 1, 1), date(2019, 12, 31), "range")
    _text, events = events_of(LEAD + "\n\n" + second, published)
    assert "2019" in [e.date for e in events]


@pytest.mark.parametrize(
    "second, kept",
    [
        ("It is celebrated annually on February 7, the anniversary of the Treaty of Shimoda.", False),
        ("Emanuel recalled that on January 31, Japan celebrates the Day of the Northern Territories.", False),
        # an act on such a day keeps its event
        ("The National Rally is held every year in Tokyo on February 7, and Kishida spoke at it.", True),
    ],
)
def test_a_day_that_comes_back_every_year_is_no_event(second, kept):
    _text, events = events_of(LEAD + "\n\n" + second, date(2023, 2, 8))
    assert any(e.evidence.startswith(second[:20]) for e in events) == kept


def test_an_act_earlier_this_year_stays():
    second = "The Defense Ministry said earlier this year that it planned to station new weapons there."
    _text, events = events_of(LEAD + "\n\n" + second, date(2016, 11, 22))
    assert "2016" in [e.date for e in events]
