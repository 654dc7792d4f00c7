"""Events: every event the careful reader lists in the seeds, and each rule probed with own sentences."""

from datetime import date

import pytest

from kurils.accuracy import date_matches, event_right
from kurils.events import extract_events
from kurils.models import Article, Paragraph, Published, TimeValue
from kurils.sentences import dateline, split_sentences


def make_article(body: str, published=date(2016, 9, 6), headline: str = "A headline about Japan and Russia"):
    text = headline + "\n\n" + body
    paragraphs, offset = [], len(headline) + 2
    for part in body.split("\n\n"):
        paragraphs.append(Paragraph(offset, offset + len(part), part))
        offset += len(part) + 2
    value = TimeValue(published, published, "day") if published else None
    return Article(
        id="t",
        file="t.txt",
        text=text,
        headline=headline,
        headline_span=(0, len(headline)),
        published=Published(value),
        paragraphs=tuple(paragraphs),
    )


def events_of(body: str, **kw):
    return extract_events(make_article(body, **kw))[2]


def one(body: str, **kw):
    events = events_of(body, **kw)
    assert len(events) == 1, [(e.date, e.type, e.evidence) for e in events]
    return events[0]


# --- the seeds ------------------------------------------------------------------------------------
def test_every_expected_seed_event_is_found_right(seed_articles, expected):
    for name, want in expected.items():
        article = seed_articles[name]
        for item in want["events"]:
            if not item.get("required", True):
                continue
            matches = [e for e in article.events if date_matches(e, item["date"])]
            assert matches, f"{name}: no event on {item['date']} ({item['what']})"
            assert any(event_right(e, item) for e in matches), (name, item, matches)
            status = item.get("status")
            if status:
                assert any(e.status == status for e in matches if event_right(e, item))


def test_at_most_one_extra_event_per_seed(seed_articles, expected):
    for name, want in expected.items():
        article = seed_articles[name]
        extra = [
            e for e in article.events if not any(date_matches(e, item["date"]) for item in want["events"])
        ]
        assert len(extra) <= 1, (name, [(e.date, e.type, e.evidence[:60]) for e in extra])


def test_seed_places_and_people(seed_articles, expected):
    for name, want in expected.items():
        article = seed_articles[name]
        optional = set(want.get("optional_places", []))
        assert set(want["places"]) <= set(article.places), name
        assert set(article.places) - set(want["places"]) - optional <= {"Moscow"}, name
        assert set(article.people) == set(want["people"]), name


def test_evidence_span_points_into_text(seed_articles):
    for article in seed_articles.values():
        for event in article.events:
            a, b = event.span
            assert article.text[a:b] == event.evidence


# --- types ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Foreign Minister Taro Kono met Sergey Lavrov in Moscow on Monday.", "meeting"),
        ("Abe and Putin held talks in Nagato on December 15.", "meeting"),
        ("Prime Minister Dmitry Medvedev visited Iturup on August 22.", "visit"),
        ("Medvedev flew to Kunashir on Sunday.", "visit"),
        ("Abe and Putin had a telephone conversation on Friday.", "call"),
        ("Abe took part in the Eastern Economic Forum in Vladivostok on September 2.", "forum"),
        ("Zakharova said on Wednesday that Moscow regretted the decision.", "statement"),
        ("The two countries signed a joint declaration in Moscow on October 19.", "treaty"),
        ("Japan imposed new sanctions on Russia on Tuesday.", "sanction"),
        ("Russia deployed Bastion missile systems on Iturup last week.", "military"),
        ("The Russian military held drills on Kunashir on Thursday.", "military"),
    ],
)
def test_trigger_types(sentence, kind):
    assert one(sentence).type == kind


def test_forum_beats_talks_held_during_it():
    event = one(
        "In September, Abe took part in the Eastern Economic Forum in Vladivostok, during which he "
        "held talks with Vladimir Putin."
    )
    assert (
        event.type == "forum" and event.places == ("Vladivostok",) and set(event.people) == {"Abe", "Putin"}
    )


def test_said_at_a_multilateral_summit_is_a_statement():
    event = one(
        "On November 16, during the G20 Antalya summit Kremlin spokesman Dmitry Peskov said that "
        "Abe could visit Russia before Putin's visit to Tokyo.",
        published=date(2016, 1, 26),
    )
    assert event.type == "statement" and event.places == ("Antalya",) and event.people == ("Peskov",)


def test_said_during_a_meeting_is_the_meeting():
    event = one('"We want a treaty," Kono said on Monday in Moscow during a meeting with Sergey Lavrov.')
    assert event.type == "meeting" and event.places == ("Moscow",) and set(event.people) == {"Kono", "Lavrov"}


def test_topic_and_reference_are_not_the_event():
    event = one(
        "On January 19, Foreign Minister Fumio Kishida, speaking about the possibility of Abe's visit "
        "to Russia, noted that nothing had been finalized.",
        published=date(2016, 1, 26),
    )
    assert event.type == "statement" and event.people == ("Kishida",)


def test_negated_trigger_does_not_count():
    assert events_of("Japan and Russia did not sign a peace treaty in 2016.") == ()


# --- clauses and regions --------------------------------------------------------------------------
def test_that_complement_gives_its_own_event():
    events = events_of("Lavrov said on Tuesday that Putin will visit Japan on December 15.")
    kinds = {(e.type, e.date, e.status) for e in events}
    assert ("statement", "2016-09-06", "reported") in kinds
    assert ("visit", "2016-12-15", "planned") in kinds
    visit = next(e for e in events if e.type == "visit")
    assert visit.people == ("Putin",) and visit.places == ("Japan",)


def test_content_before_x_said_is_not_the_frame():
    event = one(
        "Japan will sign a peace treaty with Russia, Prime Minister Shinzo Abe told parliament on Monday.",
        published=date(2016, 9, 5),
    )
    assert event.type == "statement" and event.people == ("Abe",)


def test_time_before_a_quote_dates_the_quote():
    event = one(
        'On January 22, "a telephone conversation was held with Vladimir Putin," Abe added.',
        published=date(2016, 1, 26),
    )
    assert event.type == "call" and event.date == "2016-01-22" and set(event.people) == {"Abe", "Putin"}


def test_news_agency_attribution_is_not_a_speaker():
    event = one(
        "Abe said in his message to the Russia-Japan forum in Tokyo, TASS reported Thursday.",
        published=date(2015, 5, 21),
    )
    assert event.type == "forum" and event.places == ("Tokyo",) and event.date == "2015-05-21"


# --- status -------------------------------------------------------------------------------------------
def test_status_rules():
    assert one("Putin is expected to visit Tokyo on December 15.").status == "planned"
    assert one("Abe and Putin agreed to meet in Moscow in January.").status == "planned"
    assert one("Abe visited Sochi in May.").status == "reported"
    assert one("The Soviet Union and Japan signed a joint declaration in 1956.").status == "historical"


# --- people and places ------------------------------------------------------------------------------
def test_role_phrase_and_pronoun_resolve_to_named_people():
    events = events_of(
        "Japanese Prime Minister Shinzo Abe arrived in Vladivostok.\n\n"
        "On Saturday, the Japanese premier met the Russian leader, Vladimir Putin. "
        "On Sunday, he visited Sakhalin governor Oleg Kozhemyako in Yuzhno-Sakhalinsk.",
        published=date(2016, 9, 5),
    )
    meeting = next(e for e in events if e.type == "meeting")
    assert set(meeting.people) == {"Abe", "Putin"}
    visit = next(e for e in events if e.type == "visit")
    assert "Abe" in visit.people and visit.places == ("Yuzhno-Sakhalinsk",)


def test_island_aliases_become_canonical_places():
    body = (
        "Russian President Dmitry Medvedev visited Etorofu on Monday. He also flew to Kunashiri and Khabomai."
    )
    places, _people, events = extract_events(make_article(body, published=date(2010, 11, 2)))
    assert {"Iturup", "Kunashir", "Habomai"} <= set(places)
    assert events[0].places == ("Iturup",)


def test_countries_are_event_places_only_as_locations():
    event = one("Japan joined sanctions against North Korea on Monday.")
    assert event.places == ()
    assert one("Putin will travel to Japan on December 15.").places == ("Japan",)


def test_statement_without_place_takes_the_dateline_city():
    body = "TOKYO, September 5. /TASS/. Japan wants a treaty, Foreign Minister Fumio Kishida said Monday."
    event = one(body)
    assert event.places == ("Tokyo",) and event.type == "statement"


def test_undated_clauses_give_no_event():
    assert events_of("Abe met Putin in Vladivostok. The talks were friendly.") == ()


def test_page_furniture_is_ignored():
    article = make_article("Abe met Putin in Vladivostok on Friday.", published=date(2016, 9, 3))
    article.text += "\n\nREAD MORE: Lavrov to visit Tokyo on Monday"
    places, people, events = extract_events(article)
    assert "Lavrov" not in people and len(events) == 1


def test_same_event_twice_in_one_article_is_one_row():
    events = events_of(
        "Putin is expected to visit Japan on December 15. "
        "The announcement of Putin's visit to Japan on December 15 was welcomed."
    )
    assert len([e for e in events if e.type == "visit"]) == 1


# --- sentences ---------------------------------------------------------------------------------------
def test_sentence_splitter_survives_abbreviations_and_quotes():
    text = (
        'Mr. Abe met U.S. President Obama on Dec. 15 in Washington. "We agreed," he said. '
        '"Talks will go on." Vladimir V. Putin left.'
    )
    parts = [s.text for s in split_sentences(text)]
    assert parts == [
        "Mr. Abe met U.S. President Obama on Dec. 15 in Washington.",
        '"We agreed," he said.',
        '"Talks will go on."',
        "Vladimir V. Putin left.",
    ]


def test_dateline_is_not_a_sentence():
    text = "TOKYO, January 22. /TASS/. Abe spoke. He left."
    assert dateline(text, 0, len(text))[2] == "TOKYO"
    assert [s.text for s in split_sentences(text)] == ["Abe spoke.", "He left."]
    text = "MOSCOW (Sputnik) – Lavrov spoke."
    assert [s.text for s in split_sentences(text)] == ["Lavrov spoke."]


@pytest.mark.parametrize(
    "opening",
    [
        "MOSCOW, March 12, 2019. ",
        "MOSCOW, March 12 2019 - ",
        "TOKYO, 12 March 2019. ",
        "TOKYO, Dec. 15, 2016 (Kyodo) -",
    ],
)
def test_a_dateline_with_its_year_is_no_sentence_and_no_event(opening):
    text = opening + " Lavrov met Kono in Moscow on Tuesday to discuss a peace treaty."
    assert [s.text for s in split_sentences(text)] == [
        "Lavrov met Kono in Moscow on Tuesday to discuss a peace treaty."
    ]
    assert [e.type for e in events_of(text, published=date(2019, 3, 12))] == ["meeting"]


def test_a_sentence_starting_with_a_place_and_a_date_in_prose_is_kept():
    text = "Moscow, on March 12, 2019, hosted the talks. Nothing else."
    assert split_sentences(text)[0].text.startswith("Moscow, on March 12")


# --- rules added for coverage beyond the seeds ---------------------------------------------------------
def test_a_reference_with_its_own_date_is_the_event():
    event = one(
        "The deployment comes weeks before Putin is due to visit Japan on December 15.",
        published=date(2016, 11, 22),
    )
    assert (event.type, event.status, event.places) == ("visit", "planned", ("Japan",))


def test_an_event_named_again_is_not_the_clause_event():
    assert one("Kishida called the visit regrettable on Monday.").type == "statement"


def test_talks_on_the_sidelines_of_a_multilateral_forum_are_a_meeting():
    event = one(
        "Abe and Putin held talks on the sidelines of the APEC forum in Da Nang on Friday.",
        published=date(2017, 11, 10),
    )
    assert event.type == "meeting" and event.places == ("Da Nang",)


def test_protest_over_drills_is_a_statement():
    event = one(
        "Japan lodged a protest on Wednesday over military drills on Kunashir.", published=date(2019, 8, 14)
    )
    assert event.type == "statement"


def test_the_two_leaders_are_the_last_named_pair():
    events = events_of(
        "Abe met Putin in Moscow in January. The two leaders agreed to meet again in Osaka in June.",
        published=date(2019, 2, 1),
    )
    planned = next(e for e in events if e.status == "planned")
    assert (
        set(planned.people) == {"Abe", "Putin"} and planned.places == ("Osaka",) and planned.date == "2019-06"
    )


def test_he_in_reported_content_is_the_speaker():
    event = one(
        "Foreign Minister Taro Kono said that he would meet Lavrov again in February.",
        published=date(2019, 1, 14),
    )
    assert set(event.people) == {"Kono", "Lavrov"} and event.status == "planned"


def test_following_looks_back():
    events = events_of(
        "They agreed to resume the flights next year, following the first such trip in September.",
        published=date(2017, 11, 10),
    )
    assert "2017-09" in {e.date for e in events}


def test_a_dated_declaration_keeps_its_own_date_and_not_the_clause_people():
    events = events_of(
        "Abe and Putin agreed in Singapore in November to speed up talks on the basis of the 1956 "
        "declaration.",
        published=date(2018, 11, 20),
    )
    by_type = {e.type: e for e in events}
    assert by_type["meeting"].date == "2018-11" and by_type["meeting"].places == ("Singapore",)
    assert (
        by_type["treaty"].date == "1956" and by_type["treaty"].people == () and by_type["treaty"].places == ()
    )
    assert by_type["treaty"].status == "historical"


def test_same_day_past_event_is_reported_not_planned():
    event = one(
        "Abe and Putin met Saturday in Osaka and agreed to continue negotiations.",
        published=date(2019, 6, 29),
    )
    assert event.status == "reported" and event.date == "2019-06-29"


def test_suspending_talks_is_not_a_meeting_and_retaliation_is_a_reference():
    event = one(
        "Russia said Monday it was suspending peace treaty negotiations in response to Tokyo's sanctions.",
        published=date(2022, 3, 22),
    )
    assert event.type == "statement" and event.places == ()


def test_the_time_of_a_subordinate_clause_dates_that_clause():
    event = one(
        "Japan joined the sanctions after Russia invaded Ukraine on February 24.", published=date(2022, 3, 1)
    )
    assert event.type == "military" and event.date == "2022-02-24"


def test_taking_office_is_an_other_event():
    event = one(
        "Suga, who took office on September 16, has pledged to continue Abe's diplomacy.",
        published=date(2020, 10, 8),
    )
    assert event.type == "other" and event.date == "2020-09-16"


def test_an_agreement_reached_dates_a_meeting():
    event = one(
        "The trip was made under an agreement reached between Abe and Putin in April.",
        published=date(2017, 9, 23),
    )
    assert event.type == "meeting" and set(event.people) == {"Abe", "Putin"}


def test_two_events_in_one_sentence_keep_their_own_people():
    events = events_of(
        "Prime Minister Mikhail Mishustin arrived on Iturup on Monday, the first such visit since "
        "Dmitry Medvedev's trip in 2019.",
        published=date(2021, 7, 26),
    )
    by_date = {e.date: e for e in events}
    assert by_date["2021-07-26"].people == ("Mishustin",) and by_date["2021-07-26"].places == ("Iturup",)
    assert by_date["2019"].people == ("Medvedev",) and by_date["2019"].status == "historical"


def test_about_a_duration_is_not_a_topic():
    event = one(
        "The leaders held talks for about three hours in Nagato on Thursday.", published=date(2016, 12, 16)
    )
    assert event.places == ("Nagato",)


def test_title_case_dateline_with_source_places_a_statement():
    event = one(
        "Moscow, January 14 (RIA Novosti) - Foreign Minister Sergei Lavrov said on Monday that Japan must "
        "accept the results of the war.",
        published=date(2019, 1, 14),
    )
    assert event.places == ("Moscow",) and event.evidence.startswith("Foreign Minister")


def test_a_named_treaty_signed_in_a_year():
    event = one("The Treaty of Shimoda, signed in 1855, drew the border between Iturup and Urup.")
    assert (event.type, event.date, event.status, event.places) == ("treaty", "1855", "historical", ())


def test_a_topic_that_holds_the_time_is_the_event():
    event = one(
        "Inada expressed concern about the deployment of missiles on Etorofu and Kunashiri last year.",
        published=date(2017, 3, 20),
    )
    assert event.type == "military" and set(event.places) == {"Iturup", "Kunashir"} and event.date == "2016"


def test_a_proposal_is_said_on_its_day_and_its_content_is_apart():
    events = events_of(
        "Putin on Wednesday proposed to Abe that the two countries sign a peace treaty by the end "
        "of the year.",
        published=date(2018, 9, 12),
    )
    assert {(e.type, e.date) for e in events} == {("statement", "2018-09-12"), ("treaty", "2018")}


def test_a_foreign_official_is_not_placed_at_the_dateline():
    events = events_of(
        "VLADIVOSTOK, Russia (AP) — Chief Cabinet Secretary Yoshihide Suga said Thursday that "
        "Tokyo's position remains unchanged.",
        published=date(2018, 9, 12),
    )
    assert events[0].type == "statement" and events[0].places == ()


def test_a_media_report_alone_is_not_an_event():
    assert (
        events_of(
            "Japan's Nikkei reported last week that the two sides were close to a deal.",
            published=date(2016, 12, 15),
        )
        == ()
    )


def test_an_undated_lead_statement_is_news_of_the_publication_day():
    events = events_of(
        "Japanese Foreign Minister Taro Kono said the talks with Russia were constructive.\n\n"
        "Talks will continue.",
        published=date(2018, 3, 21),
    )
    assert [(e.type, e.date, e.people) for e in events] == [("statement", "2018-03-21", ("Kono",))]


def test_past_the_lead_only_a_past_tense_statement_gets_the_publication_day():
    # (the English rule of tests/test_events_news_day.py: "Kono said" is news of the day, "Kono has
    # said" or "Kono says" is not)
    said = events_of(
        "The islands are administered by Russia.\n\nKono said the talks were constructive.",
        published=date(2018, 3, 21),
    )
    assert [(e.type, e.date, e.people) for e in said] == [("statement", "2018-03-21", ("Kono",))]
    for verb in ("has said", "says"):
        events = events_of(
            f"The islands are administered by Russia.\n\nKono {verb} the talks were constructive.",
            published=date(2018, 3, 21),
        )
        assert events == ()


def test_a_statement_made_at_a_dated_occasion_is_that_occasion():
    events = events_of(
        "Abe said he wants a new era in relations.\n\n"
        "On Saturday, Abe took part in the Eastern Economic Forum in Vladivostok.",
        published=date(2016, 9, 3),
    )
    assert [(e.type, e.date) for e in events] == [("forum", "2016-09-03")]


def test_attribution_places_are_not_event_places():
    event = one(
        "According to officials in Sapporo, in February a delegation inspected the harbour on Shikotan.",
        published=date(2016, 3, 15),
    )
    assert event.type == "visit" and event.places == ("Shikotan",)


def test_two_visits_in_one_month_with_nothing_shared_stay_two():
    events = events_of(
        "Suga is expected to visit Moscow next month. Next month a delegation will also visit Shikotan.",
        published=date(2021, 10, 9),
    )
    assert len(events) == 2


# --- a wider sample of news sentences, one type each (written for these tests) -------------------------
TYPE_SAMPLE = [
    ("Putin and Abe held a summit in Nagato on December 15.", "meeting"),
    (
        "Japan's Foreign Ministry summoned the Russian ambassador on Tuesday to protest the deployment.",
        "statement",
    ),
    ("Russia conducted military exercises on Iturup and Kunashir in March.", "military"),
    ("Abe will travel to Vladivostok next month to attend the Eastern Economic Forum.", "forum"),
    ("The two foreign ministers will hold talks in Moscow on Monday.", "meeting"),
    ("Medvedev made a trip to Kunashir on November 1, 2010.", "visit"),
    ("Abe and Putin spoke by telephone on Friday.", "call"),
    ("Putin and Abe talked on the phone on Friday.", "call"),
    ("Russia and Japan signed 68 documents on economic cooperation on December 16.", "treaty"),
    ("The US imposed new sanctions on Russia on Thursday.", "sanction"),
    ("Russia deployed fighter jets to Iturup in August.", "military"),
    ("Japanese tourists visited Kunashir and Iturup for the first time in October.", "visit"),
    ("Putin told reporters on Monday that Russia was ready for dialogue.", "statement"),
    ("Peskov said on Tuesday that no date had been set for the visit.", "statement"),
    ("The Kremlin announced on Wednesday that Putin will visit Japan in December.", "statement"),
    ("A Russian delegation led by Trutnev arrived in Tokyo on Sunday.", "visit"),
    ("Lavrov and Kono met in Buenos Aires on Saturday on the sidelines of the G20.", "meeting"),
    ("Japan protested on Friday after Russian bombers flew near its airspace.", "statement"),
    ("Kishida is scheduled to visit Russia in late April.", "visit"),
    ("The summit was postponed from 2014 because of the Ukraine crisis.", "meeting"),
    ("In 2018, Russia built barracks for troops on Matua island.", "military"),
    ("Abe addressed the Eastern Economic Forum in Vladivostok on September 12.", "forum"),
    ("On Monday, Japan and Russia held consultations on joint economic activities in Moscow.", "meeting"),
    ("Suga attended a ceremony in Nemuro on February 7 to mark Northern Territories Day.", "other"),
    ("Japan and Russia agreed on Thursday to launch joint projects on the islands.", "meeting"),
    ("The plane carrying former residents landed on Iturup on Saturday.", "visit"),
    ("Zakharova accused Tokyo on Thursday of revising the results of World War II.", "statement"),
    (
        "Russia held a referendum on constitutional amendments in July 2020 banning the handover of "
        "territory.",
        "other",
    ),
    ("Abe met Putin for the 25th time in Vladivostok on September 5.", "meeting"),
    ("Moscow and Tokyo resumed 2+2 talks in March after a three-year hiatus.", "meeting"),
    ("Tokyo lodged a strong protest with Moscow on Monday over the visit.", "statement"),
    (
        "Russian Defence Minister Shoigu said in February that new divisions would be deployed on the "
        "islands this year.",
        "statement",
    ),
    (
        "Japan's defense ministry said on Friday that two Russian bombers had flown over the Sea of Japan.",
        "statement",
    ),
    ("A Japanese fishing boat was seized by the Russian border guards off Kunashir on Sunday.", "military"),
    (
        "Japan and Russia held the first round of talks on joint economic activity in Tokyo in March 2017.",
        "meeting",
    ),
    ("Putin received Kono at the Kremlin on Monday.", "meeting"),
    ("The Japanese business mission toured Shikotan in June.", "visit"),
    ("On July 3, Prime Minister Mishustin flew to Iturup.", "visit"),
    ("Abe's visit to Moscow on May 26 was his 21st meeting with Putin.", "visit"),
    ('Lavrov is expected to visit Tokyo on March 20 for "2+2" talks.', "visit"),
    ("The Eastern Economic Forum will be held in Vladivostok on September 4-6.", "forum"),
    ("Kono and Lavrov had a phone conversation on Tuesday.", "call"),
    ("Japan joined G7 sanctions against Moscow in March 2014.", "sanction"),
    ("Russia launched drills in the Kuril Islands on Tuesday involving 3,000 troops.", "military"),
]


@pytest.mark.parametrize("sentence, kind", TYPE_SAMPLE)
def test_type_of_a_wider_sample(sentence, kind):
    events = events_of(sentence, published=date(2019, 9, 10))
    assert events and events[0].type == kind, [(e.type, e.date) for e in events]


def test_trigger_scan_on_lowercased_text_finds_what_the_case_blind_scan_finds():
    from kurils.events import find_triggers

    text = (
        "PUTIN MET Abe at the EEF Forum. The Treaty of San Francisco, which was Signed in 1951, "
        "was RATIFIED. Lavrov Said the S-400 DEPLOYMENT and Sanctions were Received Warmly. "
        "Moscow Froze the Bank's Assets; the Press Conference was held after a Phone Call."
    )
    for sentence in split_sentences(text):
        assert find_triggers(text, sentence, text.lower()) == find_triggers(text, sentence)


@pytest.mark.parametrize("noun", ["a breakthrough", "progress", "a compromise"])
def test_what_a_meeting_may_bring_progress_on_is_its_topic(noun):
    event = one(
        "One researcher said a summit in October was unlikely to produce "
        f"{noun} on missile deployment."
    )
    assert (event.type, event.date, event.status) == ("meeting", "2016-10", "planned")


def test_a_stance_on_the_deployment_does_not_hide_the_deployment_itself():
    event = one(
        "Russia deployed coastal missile systems on Iturup on Monday, hardening its stance on the dispute."
    )
    assert event.type == "military"
