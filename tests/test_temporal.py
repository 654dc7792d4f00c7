"""Temporal expressions: every rule probed with sentences written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from kurils.models import TimeValue
from kurils.temporal import calendar_parts, find_times, guess_tense, known_event_year

TUE = TimeValue(date(2016, 10, 18), date(2016, 10, 18), "day")  # a Tuesday
JAN22 = TimeValue(date(2018, 1, 22), date(2018, 1, 22), "day")  # a Monday


def one(sentence: str, anchor: TimeValue | None = TUE, tense: str | None = None):
    found = find_times(sentence, anchor, tense=tense)
    assert len(found) == 1, found
    m = found[0]
    assert sentence[m.start:m.end] == m.text
    return m


def val(sentence: str, anchor: TimeValue | None = TUE, tense: str | None = None):
    v = one(sentence, anchor, tense).value
    return None if v is None else (v.first.isoformat(), v.last.isoformat(), v.precision)


def day(iso: str, precision: str = "day"):
    return (iso, iso, precision)


# ---------------------------------------------------------------- full dates in every common format

@pytest.mark.parametrize("sentence", [
    "They met on December 15, 2016 in Nagato.",
    "They met on 15 December 2016 in Nagato.",
    "They met on Dec. 15, 2016 in Nagato.",
    "They met on Dec 15 2016 in Nagato.",
    "They met on 2016-12-15 in Nagato.",
    "They met on 15.12.2016 in Nagato.",
    "They met on 12/15/2016 in Nagato.",
    "They met on 2016/12/15 in Nagato.",
    "They met on the 15th of December, 2016 in Nagato.",
    "12月 15, 2016 19:12",  # "F j, Y" with a Japanese month name (a site's ja locale)
])
def test_full_dates_need_no_anchor(sentence):
    m = one(sentence, anchor=None)
    assert m.kind == "date"
    assert (m.value.first, m.value.last, m.value.precision) == (date(2016, 12, 15),) * 2 + ("day",)


def test_impossible_date_stays_unresolved():
    assert val("It happened on 31.02.2016 somewhere.", anchor=None) is None


# ---------------------------------------------------------------- month and day without a year

def test_month_day_future_cue_looks_ahead():
    assert val("Putin is expected to visit Japan on December 15.") == day("2016-12-15")
    assert val("Putin is expected to visit Japan on October 1.") == day("2017-10-01")


def test_month_day_past_cue_looks_back():
    assert val("The ministers met in Moscow on December 15.") == day("2015-12-15")
    assert val("The ministers met in Moscow on October 18.") == day("2016-10-18")


def test_month_day_caller_hint_and_nearest_without_hint():
    assert val("Talks in Moscow on January 22", tense="future") == day("2017-01-22")
    assert val("Talks in Moscow on January 22", tense="past") == day("2016-01-22")
    assert val("Talks in Moscow on November 2") == day("2016-11-02")  # nearest
    assert val("Talks in Moscow on September 30") == day("2016-09-30")


def test_local_clause_beats_sentence_hint():
    s = "Kishida said on Monday that Putin will come to Tokyo on December 15."
    found = {m.text: m.value.first for m in find_times(s, TUE, tense="future")}
    assert found == {"Monday": date(2016, 10, 17), "December 15": date(2016, 12, 15)}


def test_month_day_without_anchor_is_unresolved():
    assert val("They met on January 22.", anchor=None) is None


# ---------------------------------------------------------------- a month alone

def test_month_alone_by_tense():
    assert val("Abe visited Sochi in May.") == ("2016-05-01", "2016-05-31", "month")
    assert val("Abe will visit Sochi in May.") == ("2017-05-01", "2017-05-31", "month")
    assert val("Abe visited Sochi in October.") == ("2016-10-01", "2016-10-31", "month")


def test_month_alone_last_next_this():
    assert val("last September the residents flew in", JAN22) == ("2017-09-01", "2017-09-30", "month")
    assert val("last September the residents flew in") == ("2016-09-01", "2016-09-30", "month")
    assert val("last October the residents flew in") == ("2015-10-01", "2015-10-31", "month")
    assert val("talks are due next September") == ("2017-09-01", "2017-09-30", "month")
    assert val("talks this December") == ("2016-12-01", "2016-12-31", "month")
    assert one("last September the residents flew in").direction == "past"
    assert one("talks are due next September").direction == "future"


def test_month_names_that_are_not_months():
    assert find_times("Theresa May met Abe. May I ask? March on.", TUE) == []


def test_late_early_mid_month():
    assert val("The talks took place in late February.") == ("2016-02-21", "2016-02-29", "month")
    assert val("The talks will take place in early March.") == ("2017-03-01", "2017-03-10", "month")
    assert val("It was held in mid-July.") == ("2016-07-11", "2016-07-20", "month")


def test_month_year():
    assert val("the plan proposed in May 2016", None) == ("2016-05-01", "2016-05-31", "month")
    assert val("in late September 2017", None) == ("2017-09-21", "2017-09-30", "month")


# ---------------------------------------------------------------- a year alone

def test_year_alone():
    assert val("trade peaked in 2014", None) == ("2014-01-01", "2014-12-31", "year")
    assert one("relations since 1956", None).direction == "past"
    assert val("the visit, postponed from 2014", None) == ("2014-01-01", "2014-12-31", "year")
    assert val("by the end of 2018 the plan", None) == ("2018-09-01", "2018-12-31", "year")


def test_numbers_that_are_not_years():
    assert find_times("Trade fell 2014% and 1,2015 units; Resolution 2094 passed.", None) == []


# ---------------------------------------------------------------- weekdays

def test_weekday_said_looks_back_and_may_be_today():
    assert val("Kishida said Tuesday.") == day("2016-10-18")
    assert val("Kishida said on Monday.") == day("2016-10-17")
    assert val("Kishida said on Wednesday.") == day("2016-10-12")
    assert val("Tuesday's talks were useful.") == day("2016-10-18")


def test_weekday_future():
    assert val("The ministers will meet on Friday.") == day("2016-10-21")
    assert val("They meet next Monday.") == day("2016-10-24")
    assert val("They met last Tuesday.") == day("2016-10-11")


# ---------------------------------------------------------------- relative units and deictic words

@pytest.mark.parametrize("sentence, expected", [
    # a week inside one month is dated to that month (as a reader writes it), its days kept as bounds
    ("It rose last week.", ("2016-10-10", "2016-10-16", "month")),
    ("It will rise next week.", ("2016-10-24", "2016-10-30", "month")),
    ("It rose earlier this week.", ("2016-10-17", "2016-10-18", "month")),
    ("It rose last month.", ("2016-09-01", "2016-09-30", "month")),
    ("It will rise next month.", ("2016-11-01", "2016-11-30", "month")),
    ("It rose this month.", ("2016-10-01", "2016-10-31", "month")),
    ("It rose last year.", ("2015-01-01", "2015-12-31", "year")),
    ("It will rise next year.", ("2017-01-01", "2017-12-31", "year")),
    ("It will rise by the end of the year.", ("2016-09-01", "2016-12-31", "year")),
    ("He spoke yesterday.", day("2016-10-17")),
    ("He speaks today.", day("2016-10-18")),
    ("He speaks tomorrow.", day("2016-10-19")),
    ("He had spoken the day before.", day("2016-10-17")),
    ("It happened three years ago.", ("2013-01-01", "2013-12-31", "year")),
    ("It happened 10 days ago.", day("2016-10-08")),
    # a weekend is its Saturday and Sunday (dated to the month they lie in)
    ("The leaders will meet this weekend.", ("2016-10-22", "2016-10-23", "month")),
    ("They met last weekend.", ("2016-10-15", "2016-10-16", "month")),
    ("They will meet next weekend.", ("2016-10-29", "2016-10-30", "month")),
    ("They met over the weekend.", ("2016-10-15", "2016-10-16", "month")),
    ("They will meet at the weekend.", ("2016-10-22", "2016-10-23", "month")),
])
def test_relative(sentence, expected):
    assert val(sentence) == expected


def test_russia_today_is_not_a_date():
    assert find_times("the channel Russia Today reported", TUE) == []


# ---------------------------------------------------------------- ranges

@pytest.mark.parametrize("sentence, expected", [
    ("The forum was held September 8-10.", ("2016-09-08", "2016-09-10", "range")),
    ("The forum was held 8-10 September.", ("2016-09-08", "2016-09-10", "range")),
    ("The forum ran from May 5 to 7.", ("2016-05-05", "2016-05-07", "range")),
    ("The forum will run from May 5 to 7.", ("2017-05-05", "2017-05-07", "range")),
    ("The forum ran from 2-3 September 2015.", ("2015-09-02", "2015-09-03", "range")),
    ("Trade grew between 2015 and 2017.", ("2015-01-01", "2017-12-31", "range")),
    ("Trade grew in 2015-2017.", ("2015-01-01", "2017-12-31", "range")),
    ("It was quiet in the 1990s.", ("1990-01-01", "1999-12-31", "range")),
])
def test_ranges(sentence, expected):
    assert val(sentence) == expected


# ---------------------------------------------------------------- known events, offsets, anniversaries

def test_years_after_known_event():
    s = "They had not signed a treaty 60 years after the re-establishment of diplomatic relations."
    assert val(s, None) == ("2016-01-01", "2016-12-31", "year")
    assert val("70 years after the end of World War II", None)[0] == "2015-01-01"
    assert val("ten years after the Tokyo Declaration", None)[0] == "2003-01-01"
    assert val("fifteen years since the Irkutsk Statement", None)[0] == "2016-01-01"
    assert val("a treaty 161 years after the Treaty of Shimoda", None)[0] == "2016-01-01"


def test_years_earlier_counts_from_the_mention_before():
    found = find_times("The 2016 summit was a success; 61 years earlier the war ended.", None)
    assert [m.value.first.year for m in found] == [2016, 1955]


def test_years_after_unknown_event_stays_unresolved():
    assert val("Ten years after the meeting nothing changed.", None) is None


def test_anniversary():
    assert val("the 60th anniversary of the 1956 declaration", None) == ("2016-01-01", "2016-12-31", "year")
    found = find_times("the 60th anniversary of the Joint Declaration", None)
    assert found[0].value.first.year == 2016 and found[0].value.precision == "year"
    assert find_times("the sixtieth anniversary of the Joint Declaration", None)[0].value.first.year == 2016
    assert find_times("its tenth anniversary of something", None)[0].value is None
    assert known_event_year(" the Soviet-Japanese Joint Declaration") == 1956


# ---------------------------------------------------------------- a range anchor and no anchor

RANGE = TimeValue(date(2016, 9, 6), date(2016, 12, 13), "range")


def test_range_anchor_inherits_uncertainty():
    assert val("Kishida said Tuesday.", RANGE) == ("2016-09-06", "2016-12-13", "range")
    assert val("It rose last year.", RANGE) == ("2015-01-01", "2015-12-31", "year")
    assert val("Abe visited Sochi in May.", RANGE) == ("2016-05-01", "2016-05-31", "month")
    assert val("It rose last month.", RANGE) == ("2016-08-01", "2016-11-30", "range")
    assert val("Putin is expected to visit on December 15.", RANGE) == day("2016-12-15")


def test_relative_without_anchor_stays_none():
    for s in ("He said Tuesday.", "It rose last month.", "He spoke yesterday.", "in September"):
        assert all(m.value is None for m in find_times(s, None)), s


# ---------------------------------------------------------------- tense and helpers

@pytest.mark.parametrize("sentence, tense", [
    ("Putin will visit Japan.", "future"),
    ("Putin is expected to visit Japan.", "future"),
    ("Abe and Putin agreed to meet in Japan.", "future"),
    ("The summit is scheduled for December.", "future"),
    ("Tokyo plans to hold talks.", "future"),
    ("Kishida said Tokyo wants talks.", "past"),
    ("The ministers met in Moscow.", "past"),
    ("Talks in Moscow.", None),
])
def test_guess_tense(sentence, tense):
    assert guess_tense(sentence) == tense


def test_calendar_parts_and_span_offsets():
    assert calendar_parts("Dec. 15") == (12, 15, None)
    assert calendar_parts("next Monday") == (None, None, 0)
    text = "xx He came on Monday. Then, on December 15, 2016 he left."
    found = find_times(text, TUE, start=3, end=21)
    assert [m.text for m in found] == ["Monday"] and text[found[0].start:found[0].end] == "Monday"


def test_nearest_cue_may_follow_the_mention():
    assert val("He said the talks in May were useful.") == ("2016-05-01", "2016-05-31", "month")
    assert val("He said the talks in May will be useful.") == ("2017-05-01", "2017-05-31", "month")
    s = "On May 5, Abe met Putin in Sochi, where they agreed to hold more talks."
    assert find_times(s, TUE)[0].value.first == date(2016, 5, 5)
    s = "Putin is expected to visit Japan on December 15 and stressed the date."
    assert val(s, TimeValue(date(2016, 12, 20), date(2016, 12, 20), "day")) == day("2017-12-15")


def test_counts_are_not_years():
    found = [m.text for m in find_times("about 2020 km away, 2000 troops, but in 2014 people left", None)]
    assert found == ["2014"]


# ---------------------------------------------------------------- a month of a named year, seasons

@pytest.mark.parametrize("sentence, want", [
    ("Abe visited Vladivostok in September last year.", ("2015-09-01", "2015-09-30", "month")),
    ("The plant opens in March next year.", ("2017-03-01", "2017-03-31", "month")),
    ("The ministers met in February of this year.", ("2016-02-01", "2016-02-29", "month")),
])
def test_a_month_of_last_next_or_this_year(sentence, want):
    assert val(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Flights for former residents will be organised this summer.", ("2016-06-01", "2016-08-31", "year")),
    ("Putin is due to visit Japan in the autumn.", ("2016-09-01", "2016-11-30", "year")),
    ("Talks stalled last spring.", ("2016-03-01", "2016-05-31", "year")),
    ("A summit is planned for next summer.", ("2017-06-01", "2017-08-31", "year")),
    ("Troops arrived in the spring of 2014.", ("2014-03-01", "2014-05-31", "year")),
    ("The drills ended last winter.", ("2015-12-01", "2016-02-29", "range")),
])
def test_seasons_are_dated_to_their_year(sentence, want):
    assert val(sentence) == want


def test_the_fall_of_something_is_no_season():
    assert find_times("The fall of the Soviet Union changed the talks.", TUE) == []


def test_a_participle_after_the_time_is_no_past_verb_but_a_verb_right_after_it_is():
    thu = TimeValue(date(2016, 12, 15), date(2016, 12, 15), "day")
    assert val("Talks will move to Tokyo on Friday for a session focused on trade.", thu) == day("2016-12-16")
    assert val("The talks on Friday ended without a deal.", thu) == day("2016-12-09")
    assert val("On Friday, Abe visited Moscow.", thu) == day("2016-12-09")


def test_a_week_across_two_months_stays_a_range():
    at = TimeValue(date(2016, 11, 2), date(2016, 11, 2), "day")
    assert val("It rose last week.", at) == ("2016-10-24", "2016-10-30", "month")
    assert val("It rose earlier this week.", at) == ("2016-10-31", "2016-11-02", "range")


def test_an_ongoing_present_progressive_does_not_look_ahead():
    assert val("Tensions are rising over the drills on the islands in September.") == (
        "2016-09-01", "2016-09-30", "month")


def test_plans_for_a_month_and_a_present_progressive_look_ahead():
    at = TimeValue(date(2019, 6, 29), date(2019, 6, 29), "day")  # a Saturday
    assert val("The leaders confirmed plans for pilot tours to the islands in October.", at) == (
        "2019-10-01", "2019-10-31", "month")
    thu = TimeValue(date(2016, 12, 15), date(2016, 12, 15), "day")
    text = ("The leaders are meeting at a hot-spring resort in Nagato, the prime minister's home "
            "constituency in Yamaguchi prefecture, before moving to Tokyo on Friday for talks focused "
            "on trade.")
    got = find_times(text, thu, tense=guess_tense(text))
    assert [m.value.first for m in got] == [date(2016, 12, 16)]


@pytest.mark.parametrize("sentence, want", [
    ("Встреча прошла 26 июля 2016 года в Москве.", day("2016-07-26")),
    ("Встреча прошла 15 сентября в Москве.", day("2016-09-15")),
    ("КУРИЛЬСК, 26 сен — РИА Новости.", day("2016-09-26")),
    ("Переговоры прошли в мае 2015 года.", ("2015-05-01", "2015-05-31", "month")),
    ("Переговоры прошли в сентябре.", ("2016-09-01", "2016-09-30", "month")),
    ("Министр прибыл в среду.", day("2016-10-19")),
])
def test_russian_dates_months_and_weekdays(sentence, want):
    assert val(sentence) == want
