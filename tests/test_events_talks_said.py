"""English: a dated statement made after talks, or saying the speaker held them, dates the talks too.

"Abe said on Wednesday after talks with Putin that ...", "Putin has said that he discussed the treaty
with Abe" (in a story of the day): a meeting of the speaker and the partner named with the talks, on
the statement's day; not when the talks have a time of their own, nor when no partner is named.
"""

from datetime import date

import pytest

from tests.test_events_context import events_of


@pytest.mark.parametrize(
    "body, published, wanted",
    [
        ("Japanese Prime Minister Shinzo Abe said on Wednesday after talks with Russian President "
         "Vladimir Putin that he shared the desire to end the dispute.",
         date(2018, 11, 15), ("2018-11-14", {"Abe", "Putin"})),
        ("Foreign Minister Taro Kono told reporters on Friday following his meeting with Sergei Lavrov "
         "that relations were improving.",
         date(2019, 6, 1), ("2019-05-31", {"Kono", "Lavrov"})),
        ("VLADIVOSTOK, September 7. Russian President Vladimir Putin said on Thursday that he had "
         "discussed the peace treaty and joint activity on the islands with Japanese Prime Minister "
         "Shinzo Abe.",
         date(2017, 9, 7), ("2017-09-07", {"Putin", "Abe"})),
        # a joint press conference with the partner
        ("President Vladimir Putin said on Friday at a joint press conference with Prime Minister Shinzo "
         "Abe in Tokyo that the dispute needs to end.",
         date(2016, 12, 17), ("2016-12-16", {"Putin", "Abe"})),
        # "the leaders": the two heads in office, both named in the article
        ("Russian President Vladimir Putin and Prime Minister Shinzo Abe met in Singapore.\n\n"
         "Kremlin spokesman Dmitry Peskov told reporters on Wednesday after the meeting of the leaders "
         "that the talks went well.",
         date(2018, 11, 15), ("2018-11-14", {"Peskov", "Putin", "Abe"})),
        # the partner the speaker was last named with, from the sentence before
        ("Prime Minister Shinzo Abe hosted President Vladimir Putin at a hot spring resort.\n\n"
         '"We had in-depth discussions on a peace treaty," Abe told reporters on Thursday.',
         date(2016, 12, 16), ("2016-12-15", {"Abe", "Putin"})),
    ],
)
def test_the_talks_a_dated_statement_follows_are_that_days(body, published, wanted):
    _text, events = events_of(body, published)
    meetings = [(e.date, set(e.people)) for e in events if e.type == "meeting"]
    assert meetings == [wanted]
    assert any(e.type == "statement" and e.date == wanted[0] for e in events)


@pytest.mark.parametrize(
    "body, published",
    [
        # the talks have a time of their own: that time dates them, not the statement's
        ("Abe said on Wednesday that he had discussed the treaty with Putin in November in Lima.",
         date(2018, 11, 15)),
        # no partner named with the talks
        ("Abe told reporters on Wednesday after the talks that progress had been made.",
         date(2018, 11, 15)),
    ],
)
def test_talks_with_their_own_time_or_no_partner_are_not_the_statements_day(body, published):
    _text, events = events_of(body, published)
    assert not any(e.type == "meeting" and e.date == "2018-11-14" for e in events)


@pytest.mark.parametrize(
    "body, wanted",
    [
        # a press statement's "these talks ... were": the talks of the publication day
        ("President of Russia Vladimir Putin: Good afternoon.\n\nThese talks with Prime Minister of "
         "Japan Shinzo Abe were constructive in nature.", [("2017-04-27", {"Putin", "Abe"})]),
        ("Prime Minister Shinzo Abe: I am glad that our meeting is taking place in this city.",
         [("2017-04-27", {"Abe"})]),
        # talks planned, agreed or long stalled are not the day's
        ("The meeting was agreed during a phone call between the two ministers.", []),
        ("The talks were stalled for decades by the dispute.", []),
        ("The talks were to resume in Tokyo.", []),
    ],
)
def test_talks_named_as_just_held_are_the_days(body, wanted):
    _text, events = events_of(body, date(2017, 4, 27))
    assert [(e.date, set(e.people)) for e in events if e.type == "meeting"] == wanted
