"""People outside the table named again by surname alone, and interview pages.

English news introduces a person once by a full name ("Russian Ambassador Mikhail Galuzin", "Rahm
Emanuel, the US ambassador") and then writes the surname alone ("Galuzin said", "Emanuel recalled"),
or an honorific and the surname ("Mr Lukyanov"). An interview page opens by naming whom it
interviews; the interview is that person's statement on the story's day.
"""

from datetime import date

import pytest

from kurils.people import find_named_people, introduced_people, lone_surname_mentions
from tests.test_events_context import events_of

INTRO = "Dmitry Streltsov, a professor at MGIMO, met reporters in Tokyo."


def alone(text: str) -> list[str]:
    named = find_named_people(text)
    people = introduced_people(named)
    taken = [(m.start, m.end) for m in named]
    return [m.text for m in lone_surname_mentions(text, 0, len(text), people, taken)]


@pytest.mark.parametrize(
    "later, wanted",
    [
        ("Streltsov said the talks would go on.", ["Streltsov"]),
        ("On Monday Streltsov said the talks would go on.", ["Streltsov"]),  # a weekday before it
        ("Ambassador Streltsov said the talks would go on.", ["Streltsov"]),  # a title before it
        ("Anna Streltsov said the talks would go on.", []),  # another given name: someone else
        ("The Streltsov Prize was awarded.", []),  # the first word of a longer name
    ],
)
def test_a_surname_alone_refers_to_the_person_introduced(later, wanted):
    assert alone(INTRO + " " + later) == wanted


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin met Abe. Putin said the talks went well.",  # matched by the table anywhere
        "Theresa May spoke on Monday. In May the talks resumed.",  # a month is never a surname alone
    ],
)
def test_safe_table_surnames_and_month_names_are_not_introduced(text):
    assert alone(text) == []


def test_a_table_surname_unsafe_alone_is_safe_once_the_article_named_the_person():
    # "Kan" alone is not matched anywhere (a word in several languages), but after "Naoto Kan" it is him
    assert alone("Prime Minister Naoto Kan spoke. Kan told parliament the visit was regrettable.") == ["Kan"]
    assert alone("Kan told parliament the visit was regrettable.") == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("Mr Lukyanov said the talks had stalled.", ["Lukyanov"]),
        ("Thank you for coming, Mr. Galuzin.", ["Galuzin"]),
        ("Ms. Zakharova told reporters on Monday.", ["Zakharova"]),
        ("Mr. President, thank you.", []),  # a title, not a name
    ],
)
def test_an_honorific_and_one_capitalised_word_name_a_person(text, names):
    assert [m.person.surname for m in find_named_people(text)] == names


def test_an_event_sentence_that_names_the_surname_alone_has_its_person():
    body = ("On February 3, Russian Ambassador to Japan Mikhail Galuzin responded to criticism from his "
            "American counterpart Rahm Emanuel.\n\n"
            "Emanuel recalled that on January 31, the ambassadors met in Tokyo.")
    _text, events = events_of(body, date(2022, 2, 4))
    jan31 = [e for e in events if e.date == "2022-01-31"]
    assert jan31 and "Emanuel" in jan31[0].people


@pytest.mark.parametrize(
    "body, who",
    [
        ("The following is an interview with Russian Ambassador to Japan Mikhail Galuzin.\n\n"
         "Question: How do you see the relationship between the two countries?", "Galuzin"),
        ("— Mr. Galuzin, hello, thank you for coming for the interview. My first question is about "
         "the peace treaty.", "Galuzin"),
    ],
)
def test_an_interview_page_is_its_speakers_statement_on_the_storys_day(body, who):
    _text, events = events_of(body, date(2019, 2, 16))
    assert [(e.date, e.type, e.people) for e in events if e.type == "statement"] == [
        ("2019-02-16", "statement", (who,))
    ]


@pytest.mark.parametrize(
    "body",
    [
        # interviewed by: the journalist, who does not speak for the page
        "Interviewed by Keita Ikeda\n\nThe islands have been disputed since 1945 and talks go on.",
        # an interview with a time of its own: that day's, read by the sentence rules, not the story's
        "In an interview with NHK last month, Foreign Minister Toshimitsu Motegi spoke about the islands.",
        # two people named: whose interview it is is not said
        "Ambassador Mikhail Galuzin and Professor James Brown gave an interview on the islands.",
    ],
)
def test_no_interview_statement_without_one_interviewee_of_the_day(body):
    _text, events = events_of(body, date(2019, 2, 16))
    assert not [e for e in events if e.type == "statement" and e.date == "2019-02-16" and len(e.people) == 1]


@pytest.mark.parametrize(
    "second, kept",
    [
        ('"Abe must be bitterly disappointed," said James Brown, a professor at Temple University.', False),
        ("Fyodor Lukyanov, editor of Russia in Global Affairs, expressed bewilderment at the visit.", False),
        ("Analyst Dmitry Streltsov said the visit would anger Tokyo.", False),
        # people in office are news, even when they speak to journalists
        ("Kremlin spokesman Dmitry Peskov told journalists the visit was planned.", True),
        # a commentator quoted beside an official: the official's statement stays
        ("Peskov and Dmitry Streltsov, a professor at MGIMO, said the visit was planned.", True),
    ],
)
def test_a_statement_by_commentators_only_is_no_event(second, kept):
    lead = "Russian Prime Minister Dmitry Medvedev visited Kunashir on Tuesday."
    _text, events = events_of(lead + "\n\n" + second, date(2012, 7, 4))
    assert any(e.type == "statement" for e in events) == kept


def test_an_interview_reported_with_its_own_statement_adds_none():
    body = ("In an interview with the Financial Times, Russian President Vladimir Putin said on Monday "
            "that the islands were Russian.")
    _text, events = events_of(body, date(2019, 6, 20))
    assert [(e.date, e.type) for e in events if e.type == "statement"] == [("2019-06-17", "statement")]
