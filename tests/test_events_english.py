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
    (  # the segment's talks it goes on to are the visit's purpose, not the day's event
        "Mr Putin arrived in Nagato, Mr Abe's hometown, on Thursday for the first leg of the summit.",
        date(2016, 12, 16), "2016-12-15", "visit",
    ),
    (  # a closing attribution reports the sentence's news: the deployment
        "Russia has deployed an air defence system in the Kuril islands, which Japan claims, for combat "
        "duty for the first time, the Zvezda TV channel said on Tuesday.",
        date(2020, 12, 2), "2020-12-01", "military",
    ),
    (  # a setting (an APEC summit) does not type its segment: the meeting does
        "Abe and Putin last met in Lima, Peru, on the sidelines of an Asia-Pacific summit in November.",
        date(2016, 12, 1), "2016-11", "meeting",
    ),
    (  # a reason after the comma does not type the statement
        "The Foreign Ministry said Monday it will suspend the talks, in retaliation against the sanctions.",
        date(2022, 3, 22), "2022-03-21", "statement",
    ),
    (  # "in an apparent retaliation against": a reason, not the news
        "Moscow said on Monday it will end the talks in an apparent retaliation against the sanctions.",
        date(2022, 3, 22), "2022-03-21", "statement",
    ),
    (  # the dated protest, not the drills another verb ("announced that") reports
        "The protest was made on Friday after the Russian military announced that it had held exercises "
        "on the Kuril Islands.",
        date(2022, 3, 26), "2022-03-25", "statement",
    ),
    (  # an institution's dated report of undated drills is the drills
        "Russia has held drills on the Kuril Islands, the Eastern Military District said on Friday.",
        date(2022, 3, 26), "2022-03-25", "military",
    ),
    (  # "a declaration signed in 1956": the signing
        "According to a joint declaration signed in 1956, the Soviet Union agreed to return two islands.",
        date(2021, 7, 27), "1956", "treaty",
    ),
    (  # a document named by a year long past is its signing
        "A 1986 Tokyo-Moscow agreement allowing visits to family graves remains effective.",
        date(2023, 3, 1), "1986", "treaty",
    ),
    (  # islands seized in the passive
        "The islands, Etorofu and Kunashiri among them, were seized by the Soviet Union in August 1945.",
        date(2016, 11, 22), "1945-08", "military",
    ),
    (
        "North Korea carried out its sixth nuclear test on Sunday.",
        date(2017, 9, 7), "2017-09-03", "military",
    ),
    (
        "Russia said it would hold target practice from Tuesday in the sea off Kunashiri Island.",
        date(2022, 2, 7), "2022-02-08", "military",
    ),
    (
        "Hayashi on Saturday telephoned the Russian ambassador over the visit to the islands.",
        date(2015, 8, 23), "2015-08-22", "call",
    ),
    (  # "asked X to ...": what was said
        "Putin on Friday asked the prime minister to pay attention to the islands.",
        date(2021, 7, 26), "2021-07-23", "statement",
    ),
    (  # "the agreement reached in Singapore": the meeting that reached it
        "Putin said he and Abe reaffirmed their agreement in Singapore in November on the 1956 declaration.",
        date(2019, 1, 23), "2018-11", "meeting",
    ),
    (  # "on Tuesday, with the two countries locked in ...": the participle after the comma is no verb of
        # the time's clause, "will hold" is
        "The leaders will hold summit talks in Moscow on Tuesday, with the two countries locked in a row.",
        date(2019, 1, 20), "2019-01-22", "meeting",
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


ACTORS = [
    (  # a dated reference phrase is an event of its own: its own place, not the summit's people
        "For Mr Putin, the summit in Nagato city marks his first visit to a G7 country since Russia "
        "annexed Crimea in 2014.",
        date(2016, 12, 15), "2014", "military", ("Crimea",), (),
    ),
    (  # "is due to meet" is a plan, not a reason: its people stay
        "Officials expect talks with Foreign Minister Sergey Lavrov, who is due to meet his counterpart "
        "Fumio Kishida on April 15.",
        date(2016, 4, 12), "2016-04-15", "meeting", (), ("Lavrov", "Kishida"),
    ),
    (  # "Russia's prime minister" without "the": the one who held the office that year
        "Russia's prime minister on Monday visited the Kuril Islands.\n\n"
        "Prime Minister Mikhail Mishustin said the islands would get a free economic zone.",
        date(2021, 7, 27), "2021-07-26", "visit", ("Kuril Islands",), ("Mishustin",),
    ),
    (  # "the leaders of Russia and Japan": the two heads in office that day, both named in the article
        "The leaders of Russia and Japan on Tuesday fell short of agreement over the islands.\n\n"
        "Putin told Abe the islands were not for sale.",
        date(2019, 1, 23), "2019-01-22", "meeting", (), ("Putin", "Abe"),
    ),
    (  # the same phrase with a head the article does not name: no one is guessed
        "The leaders of Russia and Japan on Tuesday fell short of agreement over the islands.",
        date(2019, 1, 23), "2019-01-22", "meeting", (), (),
    ),
    (  # "Japan's top diplomat": the foreign minister the article names
        "Foreign Minister Fumio Kishida arrived in Moscow.\n\n"
        "Japan's top diplomat on Saturday met Sergey Lavrov for talks.",
        date(2015, 9, 22), "2015-09-19", "meeting", (), ("Kishida", "Lavrov"),
    ),
]


@pytest.mark.parametrize("body, published, day, kind, places, people", ACTORS)
def test_the_actors_and_places_of_a_dated_clause(body, published, day, kind, places, people):
    _text, events = events_of(body, published)
    # (a statement quoted on its own that day is a row of its own: tests/test_events_news_day.py)
    on_day = [e for e in events if e.date == day and (e.type == kind or e.type != "statement")]
    assert [(e.type, e.places, set(e.people)) for e in on_day] == [(kind, places, set(people))], [
        (e.date, e.type, e.places, e.people) for e in events
    ]


NO_EVENT_OF_ITS_OWN = [
    # a count's time: "for the third time this year", "as of Tuesday"
    ("Abe and Putin met for the third time this year in Vladivostok.", date(2017, 9, 8), "2017"),
    ("As of Tuesday, a total of 24,488 people have joined the visa-free visits to the islands.",
     date(2022, 9, 7), "2022-09-06"),
    # a habit: what happens every year is no event of one
    ("The visits to the islands are usually held between May and October.", date(2020, 4, 4), "2020"),
    ("The visits to the islands are usually held multiple times between May and October.",
     date(2020, 4, 4), "2020-10"),
    # an original plan: what was scheduled and called off did not happen then
    ("The visits were originally scheduled for June, but were called off due to bad weather.",
     date(2017, 9, 1), "2017-06"),
    ("Originally, the amendments were planned to be put to a vote in late April but it was put off.",
     date(2020, 6, 1), "2020-04"),
    # a year in a name: "Vostok 2022" is the exercise, dated by its own days
    ("Russia held drills on Etorofu as part of its Vostok 2022 exercise.", date(2022, 9, 3), "2022"),
    # a recent document named by its year names the talks that reached it, not a signing that year
    ("Talks were based on the 2018 Singapore agreement.", date(2019, 1, 23), "2018"),
    # a meeting at home is no talks: "at a government meeting Thursday"
    ("Medvedev indicated at a government meeting Thursday that he plans to inspect the islands.",
     date(2015, 8, 1), "2015-07-30"),
    # "his first visit since 2015": Friday's visit, not one in 2015
    ("Medvedev on Friday made his first visit since 2015 to one of the islands.", date(2019, 8, 3), "2015"),
]


@pytest.mark.parametrize("body, published, day", NO_EVENT_OF_ITS_OWN)
def test_a_count_habit_or_span_time_dates_no_event(body, published, day):
    _text, events = events_of(body, published)
    assert not [e for e in events if e.date is not None and e.date.startswith(day)], [
        (e.date, e.type) for e in events
    ]


def test_the_first_visit_since_is_dated_by_its_own_day():
    _text, events = events_of(
        "Medvedev on Friday made his first visit since 2015 to one of the islands.", date(2019, 8, 3)
    )
    assert [(e.date, e.type) for e in events] == [("2019-08-02", "visit")]


@pytest.mark.parametrize(
    "body, published, day, kind",
    [
        ("Medvedev visited the islands in 2012 as prime minister.", date(2015, 8, 22), "2012", "visit"),
        ("Russia deployed missiles on the islands in 2016, Japan said.", date(2017, 1, 5), "2016",
         "military"),
        ("Medvedev said at a cabinet meeting on Tuesday that the islands need roads.",
         date(2015, 8, 1), "2015-07-28", "statement"),
    ],
)
def test_a_plain_time_still_dates_its_event(body, published, day, kind):
    _text, events = events_of(body, published)
    assert [(e.date, e.type) for e in events] == [(day, kind)]


def test_the_first_time_today_is_an_event():
    _text, events = events_of("Medvedev visited the islands for the first time on Monday.", date(2010, 11, 2))
    assert [(e.date, e.type) for e in events] == [("2010-11-01", "visit")]


def test_a_when_clause_after_a_time_is_a_second_event_with_its_own_place():
    body = (
        "Security talks were halted after Russia annexed Ukraine's Crimea region in 2014, when the "
        "United States and other Western nations imposed sanctions on Moscow."
    )
    _text, events = events_of(body, date(2016, 12, 15))
    # "halted after": the negation ends at "after"; "Ukraine's Crimea": the region, not its country
    assert [(e.date, e.type, e.places) for e in events] == [
        ("2014", "military", ("Crimea",)), ("2014", "sanction", ())
    ]


def test_a_when_clause_of_the_same_kind_adds_nothing():
    body = "Medvedev visited Kunashiri in 2010, when he became the first Russian leader to visit the islands."
    _text, events = events_of(body, date(2015, 8, 22))
    assert [(e.date, e.type) for e in events] == [("2010", "visit")]


def test_a_fronted_setting_is_not_reported_content():
    # "In a speech to the forum yesterday, Mr Abe stressed ...": the speaker is the forum event's person
    body = (
        "In a speech given to the plenary session of the economic forum yesterday, Mr Abe stressed the "
        "need to apply pressure on North Korea."
    )
    _text, events = events_of(body, date(2017, 9, 8))
    assert [(e.date, e.type, e.people) for e in events] == [("2017-09-07", "forum", ("Abe",))]


STOPPED_AND_PREDICATES = [
    # a side that stops, withdraws from or suspends talks or visits announces it: a statement
    ("Russia's Foreign Ministry said on Monday it withdraws from the peace treaty talks with Japan.",
     date(2022, 3, 22), "2022-03-21", "statement"),
    ("Russia on Monday halted peace treaty talks with Japan and ended visa-free visits.",
     date(2022, 3, 22), "2022-03-21", "statement"),
    ("The government on Monday has unilaterally scrapped a series of agreements on the visits.",
     date(2022, 9, 6), "2022-09-05", "statement"),
    # what is stopped in the passive is no event of its own: the report of it is
    ("Visa-free visits to the islands are to be postponed this year, government sources said Saturday.",
     date(2020, 4, 5), "2020-04-04", "statement"),
    # a reason's discounted word ("retaliated against sanctions") weighs less than the stopping
    ("In March, the government retaliated against the sanctions by unilaterally suspending the visits.",
     date(2022, 9, 6), "2022-03", "statement"),
    # the verb right after a time that follows its subject types the event, not the nouns it governs
    ("Abe and Putin on Thursday condemned the latest nuclear test by North Korea.",
     date(2017, 9, 8), "2017-09-07", "statement"),
    ("Medvedev on Tuesday slammed Kishida after he said Japan remains committed to signing a treaty.",
     date(2024, 1, 31), "2024-01-30", "statement"),
    # ... but a plain verb of saying reports the news that follows it
    ("Russia on Tuesday said it has deployed missiles on the islands.",
     date(2020, 12, 2), "2020-12-01", "military"),
    # a time at the start of its sentence has no subject before it
    ("On Monday talks between the ministers resumed in Moscow.", date(2019, 1, 15), "2019-01-14", "meeting"),
    # a patrol boat that fires on a vessel: a military act, not an "other" event
    ("A fisherman died after a Russian patrol boat fired on a fishing boat on Wednesday, officials said.",
     date(2006, 8, 17), "2006-08-16", "military"),
    ("A Russian patrol boat opened fire on a Japanese vessel Wednesday, killing a fisherman.",
     date(2006, 8, 17), "2006-08-16", "military"),
    # a journey's purpose ("to hold a summit ... and to attend a forum") is dated by the journey
    ("Abe left for Russia on Thursday to hold a summit with Putin and to attend an economic forum.",
     date(2018, 5, 25), "2018-05-24", "visit"),
    # ... unless the purpose has its own time
    ("Abe will travel to Vladivostok to attend the economic forum on September 5.",
     date(2019, 8, 20), "2019-09-05", "forum"),
]


@pytest.mark.parametrize("body, published, day, kind", STOPPED_AND_PREDICATES)
def test_stopping_and_the_predicate_after_a_time_type_the_event(body, published, day, kind):
    _text, events = events_of(body, published)
    on_day = [e for e in events if e.date is not None and e.date.startswith(day)]
    assert [e.type for e in on_day] == [kind], [(e.date, e.type) for e in events]


def test_a_postponement_from_a_year_keeps_the_plan():
    _text, events = events_of("The summit was postponed from 2014 because of the crisis.", date(2019, 9, 10))
    assert [(e.date, e.type) for e in events] == [("2014", "meeting")]


@pytest.mark.parametrize(
    "lead, kind",
    [
        # an office speaking in the lead: news of the publication day
        ("Russia has withdrawn from talks with Japan on a peace treaty over sanctions imposed by Tokyo, "
         "Moscow's Foreign Ministry said.", "statement"),
        # no speaker at all: no statement is guessed
        ("Russia has withdrawn from talks with Japan on a peace treaty over sanctions by Tokyo.", None),
    ],
)
def test_an_office_speaking_in_the_lead_is_news_of_the_day(lead, kind):
    _text, events = events_of(lead, date(2022, 3, 21))
    assert [e.type for e in events if e.date == "2022-03-21"] == ([kind] if kind else [])


def test_a_journey_for_a_country_is_placed_there():
    _text, events = events_of("Abe left for Russia on Thursday to attend a forum.", date(2018, 5, 25))
    assert [(e.type, e.places) for e in events] == [("visit", ("Russia",))]


ACT_AND_REACTION = [
    # a protest of the day after a named visit: the protest and the visit, each with its own actors
    ("Japan lodged a protest with Russia on Tuesday after Russian Premier Dmitry Medvedev visited "
     "Kunashiri Island.", date(2012, 7, 3), "2012-07-03",
     [("statement", (), ()), ("visit", ("Kunashir",), ("Medvedev",))]),
    ("Japan will soon protest to Russia over Prime Minister Mikhail Mishustin's visit to Iturup, a top "
     "government spokesman said on Monday.", date(2021, 7, 26), "2021-07-26",
     [("statement", (), ()), ("visit", ("Iturup",), ("Mishustin",))]),
    # an act without a named actor stays folded into the reaction
    ("Japan protested on Friday after Russia deployed missiles on Iturup.", date(2019, 8, 2), "2019-08-02",
     [("statement", (), ())]),
    # an older reaction: its act may have been days before it, so it is not dated by it
    ("Japan protested on Monday after Medvedev visited Kunashiri.", date(2010, 11, 10), "2010-11",
     [("statement", (), ("Medvedev",))]),
]


@pytest.mark.parametrize("body, published, day, wanted", ACT_AND_REACTION)
def test_a_reaction_of_the_day_and_its_act_are_two_events(body, published, day, wanted):
    _text, events = events_of(body, published)
    got = [(e.type, e.places, e.people) for e in events if e.date.startswith(day)]
    assert got == wanted


def test_an_act_the_article_dates_itself_is_not_put_on_the_reaction_day():
    body = (
        "Japan on Monday protested the visit by Medvedev to Kunashiri.\n\n"
        "Medvedev visited Kunashiri on Sunday."
    )
    _text, events = events_of(body, date(2010, 11, 2))
    assert [(e.date, e.type, e.people) for e in events] == [
        ("2010-11-01", "statement", ()), ("2010-10-31", "visit", ("Medvedev",))
    ]


@pytest.mark.parametrize(
    "second, published, wanted",
    [
        # an undated protest against the act the article dated to its day: that day's reaction
        ("Japan lodged a strong protest against Medvedev's visit to Etorofu.", date(2019, 8, 2),
         [("2019-08-02", "visit"), ("2019-08-02", "statement")]),
        # a protest against something else is not dated by the visit
        ("Japan lodged a strong protest against Putin's remarks.", date(2019, 8, 2),
         [("2019-08-02", "visit")]),
        # nor when the act is older than the article's news
        ("Japan lodged a strong protest against Medvedev's visit to Etorofu.", date(2019, 8, 20),
         [("2019-08-16", "visit")]),
    ],
)
def test_an_undated_reaction_takes_the_day_of_its_act(second, published, wanted):
    body = "Prime Minister Dmitry Medvedev on Friday visited Iturup.\n\n" + second
    _text, events = events_of(body, published)
    assert [(e.date, e.type) for e in events] == wanted


def test_a_which_clause_going_straight_to_its_verb_is_about_its_antecedent():
    body = (
        "Abe and Putin met for the third time this year, at a time of heightened tensions over North "
        "Korea, which conducted its sixth nuclear test on Sunday."
    )
    _text, events = events_of(body, date(2017, 9, 8))
    test = [e for e in events if e.date == "2017-09-03"]
    assert [(e.type, e.places, e.people) for e in test] == [("military", ("North Korea",), ())]


def test_a_which_clause_with_a_subject_of_its_own_keeps_it():
    body = "Japan claims the Kuril Islands, which Medvedev visited on Friday."
    _text, events = events_of(body, date(2019, 8, 3))
    assert [(e.type, e.people) for e in events] == [("visit", ("Medvedev",))]


def test_a_goal_is_a_topic_not_the_event_of_its_clause():
    # "will work towards signing a peace treaty": the visit next year, not a signing
    body = "Abe said he will be visiting Russia early next year and will work towards signing a peace treaty."
    _text, events = events_of(body, date(2018, 11, 14))
    assert [(e.date, e.type) for e in events] == [("2019", "visit")]


@pytest.mark.parametrize(
    "body, wanted",
    [
        # what is asked for is the request's topic, a quoted phrase inside it too
        ('On Friday, Putin asked the prime minister to "pay special attention" to the islands during his '
         "trip to the Far East.", [("2021-07-23", "statement")]),
        ("On Friday, Putin called on the prime minister to “pay special attention” to the islands during "
         "his trip.", [("2021-07-23", "statement")]),
        # a request with a time of its own inside it: the request, and what it asks for at that time
        ("Putin on Friday asked Mishustin to visit the islands in August.",
         [("2021-07-23", "statement"), ("2021-08", "visit")]),
        ("Putin asked Mishustin to visit the islands in August.", [("2021-08", "visit")]),
    ],
)
def test_a_request_is_a_statement_about_what_it_asks_for(body, wanted):
    _text, events = events_of(body, date(2021, 7, 26))
    assert [(e.date, e.type) for e in events] == wanted


def test_a_missile_that_flew_over_a_country_is_placed_there():
    body = "North Korea launched a ballistic missile that flew over northern Japan on Aug 29."
    _text, events = events_of(body, date(2017, 9, 8))
    assert [(e.date, e.type, e.places) for e in events] == [("2017-08-29", "military", ("Japan",))]


@pytest.mark.parametrize(
    "body, places",
    [
        # "there": the one island or city named before it in the sentence
        ("Medvedev visited Iturup in 2012, and Russia held military exercises there in 2014.", ("Iturup",)),
        # two candidates: it stays unplaced
        ("Medvedev visited Iturup and Kunashir in 2012, and Russia held drills there in 2014.", ()),
        # "the islands" of the article's one island group
        ("Medvedev visited the Kuril Islands last week.\n\nMedvedev also visited the islands in 2012, and "
         "Russia held military exercises there in 2014.", ("Kuril Islands",)),
        # "there were": no place word
        ("Medvedev visited Iturup in 2012, and there were military drills in 2014.", ()),
    ],
)
def test_there_is_the_place_named_before_it(body, places):
    _text, events = events_of(body, date(2015, 8, 23))
    assert [e.places for e in events if e.date == "2014"] == [places]


@pytest.mark.parametrize(
    "lead, wanted",
    [
        # the lead's own act joined to its verb of saying: the act and the statement, news of the day
        ("Russian Prime Minister Mikhail Mishustin visited the disputed Kuril Islands and said authorities "
         "wanted a free economic zone there.",
         [("visit", ("Kuril Islands",), ("Mishustin",)), ("statement", (), ("Mishustin",))]),
        # an act named as a reference point is no act of the lead
        ("After his visit to the Kuril Islands, Prime Minister Mikhail Mishustin said authorities wanted "
         "a free economic zone.", [("statement", (), ("Mishustin",))]),
    ],
)
def test_a_leads_act_and_its_statement_are_two_events(lead, wanted):
    _text, events = events_of(lead, date(2021, 7, 26))
    assert [(e.type, e.places, e.people) for e in events if e.date == "2021-07-26"] == wanted


@pytest.mark.parametrize(
    "body, published, day, kind",
    [
        # "said in March his country would deploy ...": the saying is March's event, the deployment its
        # content (no "that")
        ("Shoigu said in March his country would deploy missile systems on the islands.",
         date(2016, 11, 23), "2016-03", "statement"),
        # a stopped event word several commas away in the passive
        ("Annual visa-free visits to Russian-held, Japanese-claimed islands off Hokkaido are to be "
         "postponed, government sources said Saturday.", date(2020, 4, 5), "2020-04-04", "statement"),
        # ... but not across a clause of its own
        ("Putin visited the islands on Saturday, and the talks were postponed.",
         date(2020, 4, 5), "2020-04-04", "visit"),
    ],
)
def test_complements_without_that_and_passive_stops(body, published, day, kind):
    _text, events = events_of(body, published)
    assert [e.type for e in events if e.date == day] == [kind], [(e.date, e.type) for e in events]


def test_since_doing_dates_the_doing_by_the_main_subject():
    body = "Japanese Prime Minister Abe has visited Russia on several occasions since taking office in 2012."
    _text, events = events_of(body, date(2016, 12, 15))
    assert [(e.date, e.type, e.people) for e in events] == [("2012", "other", ("Abe",))]


def test_a_flight_near_islands_outside_the_dispute_is_placed_there():
    body = "A Russian anti-submarine helicopter flew near the Senkaku Islands on Tuesday."
    _text, events = events_of(body, date(2016, 11, 23))
    wanted = [("2016-11-22", "military", ("Senkaku Islands",))]
    assert [(e.date, e.type, e.places) for e in events] == wanted


def test_upon_an_arrival_is_the_act_a_reaction_of_the_day_follows():
    body = (
        "Upon Medvedev's arrival on the islands, Foreign Minister Seiji Maehara on Monday summoned the "
        "Russian ambassador in Tokyo to lodge a protest against the visit."
    )
    _text, events = events_of(body, date(2010, 11, 2))
    assert [(e.type, e.people) for e in events] == [("statement", ("Maehara",)), ("visit", ("Medvedev",))]


def test_a_bare_event_takes_the_actors_of_a_sentence_that_refers_to_it_after_the_fact():
    body = (
        "Japan and Russia agreed to improve defense exchanges at their first two-plus-two meeting on "
        "Saturday.\n\nForeign Minister Fumio Kishida said at a joint press conference after the meeting "
        "that cooperation would grow."
    )
    _text, events = events_of(body, date(2013, 11, 2))
    # (and the statement, quoted on its own, is that day's too: tests/test_events_news_day.py)
    assert [(e.type, e.people) for e in events if e.date == "2013-11-02"] == [
        ("meeting", ("Kishida",)), ("statement", ("Kishida",))
    ]


@pytest.mark.parametrize(
    "body, wanted",
    [
        # what is described or maintained is the judgement's topic: the statement, and the act of the day
        ("Prime Minister Naoto Kan on Monday described a visit by President Dmitry Medvedev to the Kuril "
         "Islands – an island chain seized by Soviet troops in 1945 – as \"very regrettable\".",
         [("statement", ("Kan",)), ("visit", ("Medvedev",))]),
        ("Monday, Foreign Minister Sergei Lavrov maintained Mr. Medvedev's visit to the Kuril Islands was "
         "his right.", [("statement", ("Lavrov",)), ("visit", ("Medvedev",))]),
    ],
)
def test_a_judgement_is_a_statement_about_its_topic(body, wanted):
    _text, events = events_of(body, date(2010, 11, 2))
    assert [(e.type, e.people) for e in events if e.date == "2010-11-01"] == wanted


def test_rows_alike_in_every_field_but_the_evidence_are_one_event():
    from kurils.events import distinct_rows
    from kurils.models import Event, TimeValue

    day = TimeValue(date(2016, 12, 15), date(2016, 12, 15), "day")
    caption = Event("Putin-Abe talks, Nagato", "meeting", "reported", day, ("Nagato",), ("Putin", "Abe"),
                    "Putin is greeted by Abe in Nagato.", (0, 10))
    lead = Event("Putin-Abe talks, Nagato", "meeting", "reported", day, ("Nagato",), ("Abe", "Putin"),
                 "The leaders held talks in Nagato on Thursday.", (20, 40))
    other = Event("Putin-Abe talks, Tokyo", "meeting", "reported", day, ("Tokyo",), ("Putin", "Abe"),
                  "They held talks in Tokyo.", (50, 60))
    assert distinct_rows([caption, lead, other]) == (caption, other)


def test_a_which_clause_without_an_event_word_dates_its_antecedent():
    body = (
        "Moscow said on Monday it was suspending talks with Japan because of Tokyo's sanctions over "
        "Russia's invasion of Ukraine, which began on February 24."
    )
    _text, events = events_of(body, date(2022, 3, 22))
    # (what Moscow said is the complement after "said on Monday": the speaking capital is the statement's)
    assert [(e.date, e.type, e.places) for e in events] == [
        ("2022-03-21", "statement", ("Moscow",)), ("2022-02-24", "military", ("Ukraine",))
    ]


def test_a_habitual_protest_is_not_dated_by_the_days_act():
    body = (
        "Prime Minister Dmitry Medvedev on Friday visited Iturup.\n\n"
        "Japan, which claims the islands, has repeatedly protested against visits by Russian officials."
    )
    _text, events = events_of(body, date(2019, 8, 2))
    assert [(e.date, e.type) for e in events] == [("2019-08-02", "visit")]


@pytest.mark.parametrize(
    "body, published, day, places",
    [
        ("Russian Defense Minister Sergei Shoigu said on Wednesday that a division of Bastion coastal "
         "defense missile systems had been deployed to Paramushir.", date(2023, 3, 23), "2023-03-22",
         ("Paramushir",)),
        ("Interfax said on Thursday that Russian troops had practiced moving their vehicles on Matua "
         "island.", date(2024, 8, 2), "2024-08-01", ("Matua",)),
    ],
)
def test_a_dated_report_of_a_military_move_is_the_move_too(body, published, day, places):
    _text, events = events_of(body, published)
    assert [(e.date, e.type, e.places) for e in events if e.type == "military"] == [(day, "military", places)]
    assert any(e.type == "statement" and e.date == day for e in events)
