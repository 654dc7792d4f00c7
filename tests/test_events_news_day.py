"""English statements past the lead with no time of their own: news of the story's day.

A wire report names its day once (the lead, or the dateline) and then quotes the people of the day
('"It is regrettable," Abe told reporters.'). Such a statement, in the past tense, by a person named
in its frame, is news of the day the story named last when that is the publication day or just
before it, else of the publication day; not when its frame says it was said before ("has said",
"earlier", "last year"), not when it names no one, and not in a story dated only to a month.
"""

from datetime import date

import pytest

from kurils.models import TimeValue
from tests.test_events_context import events_of

LEAD = "President Vladimir Putin arrived in Tokyo on Thursday for talks with Prime Minister Shinzo Abe."


@pytest.mark.parametrize(
    "second, wanted",
    [
        # a quote, then its speaker: the story's day (Thursday), not the paper's (Friday)
        ('"We had in-depth discussions on a peace treaty," Mr Abe told reporters.',
         ("2016-12-15", "Abe")),
        # the speaker first; a year inside the quote dates what is quoted, not the saying
        ('Kremlin spokesman Dmitry Peskov said that "the 1956 declaration remains the basis".',
         ("2016-12-15", "Peskov")),
        ('"It is truly regrettable that 71 years after the war no treaty has been signed," said Abe.',
         ("2016-12-15", "Abe")),
    ],
)
def test_a_quoted_statement_is_news_of_the_storys_day(second, wanted):
    _text, events = events_of(LEAD + "\n\n" + second, date(2016, 12, 16))
    statements = [(e.date, e.people[0]) for e in events if e.type == "statement"]
    assert statements == [wanted]


@pytest.mark.parametrize(
    "second",
    [
        "Abe has said he wants to solve the dispute within his tenure.",  # present perfect
        "Abe said last year that the talks would take time.",  # a time of its own, in the frame
        "Abe earlier told parliament that Japan would not give up its claim.",  # said before
        "The two sides are expected to sign economic deals.",  # no one named, no speech
        "Analysts say the talks are unlikely to bring a breakthrough.",  # present, no one named
    ],
)
def test_a_statement_said_before_or_by_no_one_is_not_the_days(second):
    _text, events = events_of(LEAD + "\n\n" + second, date(2016, 12, 16))
    assert [e for e in events if e.type == "statement" and e.date.startswith("2016-12")] == []


def test_without_a_recent_story_day_the_statement_is_the_publication_days():
    body = ("Japan and Russia have disputed the islands since the end of World War II.\n\n"
            '"Russia\'s further armament of the islands is not acceptable," said Matsuno.')
    _text, events = events_of(body, date(2022, 2, 7))
    assert [(e.date, e.type, e.people) for e in events] == [("2022-02-07", "statement", ("Matsuno",))]


def test_a_story_dated_only_to_a_month_dates_no_quote():
    body = ("Japan and Russia have disputed the islands since the end of World War II.\n\n"
            '"Russia\'s further armament of the islands is not acceptable," said Matsuno.')
    month = TimeValue(date(2022, 2, 1), date(2022, 2, 28), "month")
    assert [e for e in events_of(body, month)[1] if e.type == "statement"] == []
