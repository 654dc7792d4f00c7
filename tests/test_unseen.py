"""Rules found on articles written in the styles of outlets the seeds do not cover.

Short texts probe each rule; the written articles in tests/data/unseen/ run end to end
against what a careful reader finds there (tests/data/unseen/expected.json).
"""

from __future__ import annotations

from datetime import date as date_
from pathlib import Path

import pytest

from kurils.clean import clean_text
from kurils.outlets import detect_outlet
from kurils.published import infer_published

UNSEEN = Path(__file__).parent / "data" / "unseen"
BODY = ("Japan and Russia discussed the four disputed islands and a peace treaty at length, officials "
        "said, adding that economic cooperation would continue.\n")


def outlet_of(text: str):
    return detect_outlet(text, clean_text(text))


def headline_of(text: str):
    return clean_text(text).headline


def published_day(text: str):
    return infer_published(text, clean_text(text)).day


# ---------------------------------------------------------------- outlets

@pytest.mark.parametrize("first_line, outlet", [
    ("Putin arrives in Japan for talks on disputed islands | AP News", "AP"),
    ("Russia deploys air defense systems on Kuril Islands - Xinhua | English.news.cn", "Xinhua"),
    ("Japan and Russia agree to talks on islands | CGTN", "CGTN"),
])
def test_title_suffixes_and_site_addresses_in_them(first_line, outlet):
    assert outlet_of(f"{first_line}\n\n{BODY}")[0] == outlet
    assert headline_of(f"{first_line}\n\n{BODY}") == first_line.split(" | ")[0].split(" - Xinhua")[0]


def test_site_name_lines_of_the_japan_news_and_cgtn():
    top = "The Japan News by The Yomiuri Shimbun\nPolitics"
    assert outlet_of(f"{top}\n\nSuga vows to press on with talks\n\n{BODY}")[0] == "Yomiuri"
    assert outlet_of(f"CGTN\nWorld\n\nPutin and Kishida hold phone talks\n\n{BODY}")[0] == "CGTN"


def test_guardian_archive_note_is_its_house_style():
    text = (f"World\nPutin and Abe fail to make breakthrough on islands\nJustin McCurry in Tokyo\n"
            f"Fri 16 Dec 2016 09.31 GMT\nThis article is more than 7 years old\n\n{BODY}")
    assert outlet_of(text)[0] == "The Guardian"


# ---------------------------------------------------------------- headlines

@pytest.mark.parametrize("top", [
    "The Moscow Times\nIndependent News From Russia\nNews",
    "Interfax\nRussia & CIS General Newswire",
    "The Japan News by The Yomiuri Shimbun\nPolitics",
])
def test_site_taglines_and_section_labels_are_not_the_headline(top):
    text = f"{top}\n\nRussia Pulls Out of Peace Treaty Talks With Japan\n\nMarch 21, 2022\n\n{BODY}"
    assert headline_of(text) == "Russia Pulls Out of Peace Treaty Talks With Japan"


# ---------------------------------------------------------------- stamps

@pytest.mark.parametrize("stamp, iso", [
    ("November 14, 2018 / 9:12 AM / Updated 6 years ago", "2018-11-14"),
    ("Source: Xinhua| 2020-12-01 19:45:12|Editor: huaxia", "2020-12-01"),
    ("January 30, 2019 (Mainichi Japan)", "2019-01-30"),
])
def test_stamp_lines_with_ages_meta_fields_and_site_names(stamp, iso):
    assert published_day(f"Japan and Russia agree on talks\n{stamp}\n\n{BODY}") == iso


# ---------------------------------------------------------------- events

def kinds(body: str, published):
    from tests.test_events import events_of

    return {(e.date[:7] if e.time.precision == "range" else e.date, e.type)
            for e in events_of(body, published=published)}


def places_of(body: str, published):
    from tests.test_events import events_of

    return {e.type: e.places for e in events_of(body, published=published)}


@pytest.mark.parametrize("body, published, want", [
    # an institution's dated report of an undated deployment is the deployment
    ("Russia has deployed S-300V4 air defense systems on the Kuril Islands for combat duty, the Eastern "
     "Military District said Tuesday.", date_(2020, 12, 1), ("2020-12-01", "military")),
    ("The Eastern Military District said on Saturday that the drills on the islands involved 3,000 troops.",
     date_(2022, 3, 26), ("2022-03-26", "military")),
    # a person's remark stays a statement
    ("Defense Minister Sergei Shoigu said on Saturday that the drills on the islands were a success.",
     date_(2022, 3, 26), ("2022-03-26", "statement")),
    # quitting talks is no meeting; the announcement is the event
    ("On March 21, Russia's Foreign Ministry announced it was quitting talks on a peace treaty.",
     date_(2022, 3, 26), ("2022-03-21", "statement")),
    # sanctions that are the cause ("over X's sanctions") are not the event
    ("Russia said Monday it was withdrawing from peace treaty negotiations with Japan over Tokyo's "
     "sanctions.",
     date_(2022, 3, 21), ("2022-03-21", "statement")),
    # a vote is an 'other' event, not the visit it came after
    ("Russians approved the changes in a nationwide vote that ended on Wednesday.",
     date_(2020, 7, 3), ("2020-07-01", "other")),
    ("The visit came after Russian voters approved constitutional amendments earlier this month.",
     date_(2020, 7, 26), ("2020-07", "other")),
    # "the talks began on Thursday": the definite noun's own date, not a later clause's arrival
    ("The talks began on Thursday at a resort in Nagato, where Putin arrived almost three hours late.",
     date_(2016, 12, 16), ("2016-12-15", "meeting")),
    # a treaty signed, named at length
    ("The day honours the Treaty of Commerce, Navigation and Delimitation between Japan and Russia, "
     "which was signed in 1855.", date_(2021, 2, 8), ("1855", "treaty")),
    ("He returned to Kunashir in 2012.", date_(2019, 8, 2), ("2012", "visit")),
    ("Putin was expected to come to Japan for the Group of 20 summit in Osaka in June.", date_(2018, 11, 14),
     ("2019-06", "visit")),
    ("Protesters gathered outside the Japanese embassy in Moscow on Sunday.", date_(2019, 1, 22),
     ("2019-01-20", "other")),
])
def test_event_rules_from_unseen_outlets(body, published, want):
    assert want in kinds(body, published)


def test_a_purpose_infinitive_after_a_past_verb_is_not_a_plan():
    got = kinds("Former residents flew to Kunashiri and Etorofu islands on Sept. 23 to visit the graves.",
                date_(2017, 9, 24))
    assert ("2017-09-23", "visit") in got


def test_the_invaded_country_is_the_place_of_the_invasion():
    got = places_of("Japan joined Western sanctions on Moscow after Russian troops invaded Ukraine on "
                    "February 24.", date_(2022, 3, 26))
    assert "Ukraine" in got["military"]


def test_a_proposal_at_a_forum_is_the_forum():
    got = kinds("Putin in September surprised Abe by proposing at a forum in Vladivostok that they sign a "
                "peace treaty without preconditions.", date_(2018, 11, 14))
    assert ("2018-09", "forum") in got


def test_a_hyphenated_declaration_name_is_the_declaration():
    got = kinds("\"We agreed to speed up talks on the basis of the 1956 Japan-Soviet Joint Declaration,\" "
                "Abe said.", date_(2018, 11, 14))
    assert ("1956", "meeting") not in got


# ---------------------------------------------------------------- places and clean text

def test_german_names_of_the_islands_and_cities():
    from kurils.gazetteer import find_places

    text = "Putin traf Abe in Tokio. Moskau hatte Schikotan und die Kurilen-Inseln im Blick."
    assert {m.place.name for m in find_places(text, 0, len(text))} >= {"Tokyo", "Moscow", "Shikotan",
                                                                         "Kuril Islands"}


def test_hokkaido_departure_towns_are_places():
    from kurils.gazetteer import find_places

    text = "The plane left Nakashibetsu airport for the islands."
    assert "Nakashibetsu" in {m.place.name for m in find_places(text, 0, len(text))}


def test_xinhua_enditem_marker_is_not_body_text():
    text = ("Russia deploys air defense systems\n\nThe dispute has prevented Moscow and Tokyo from signing a "
            "peace treaty to formally end World War II. Enditem\n")
    body = clean_text(text).paragraphs
    assert body[-1].text.endswith("World War II.")


# ---------------------------------------------------------------- end to end

def test_written_articles_of_other_outlets_end_to_end():
    from kurils.accuracy import evaluate

    report = evaluate(UNSEEN, UNSEEN / "expected.json")
    assert report.articles == 49
    assert report.outlet.share >= 0.95 and report.headline.share >= 0.95
    assert report.published.share >= 0.8  # three HTML pages lose their stamp in the reader; Jiji 2011|2016
    assert report.places.f1 >= 0.95 and report.people.f1 >= 0.95
    assert report.found.share >= 0.9 and report.right.share >= 0.8 and report.type.share >= 0.85


def test_third_written_batch_end_to_end(tmp_path):
    """v01-v12 were annotated before the parser first ran on them (first score: headline 58%, events
    found 80%, right 62%, type 84%)."""
    import json

    from kurils.accuracy import evaluate

    expected = json.loads((UNSEEN / "expected.json").read_text(encoding="utf-8"))
    expected["articles"] = [a for a in expected["articles"] if a["file"].startswith("v")]
    (tmp_path / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    report = evaluate(UNSEEN, tmp_path / "expected.json")
    assert report.articles == 12
    assert report.outlet.share >= 0.95 and report.headline.share >= 0.95 and report.published.share >= 0.95
    assert report.places.f1 >= 0.95 and report.people.f1 >= 0.95
    assert report.found.share >= 0.9 and report.right.share >= 0.8 and report.type.share >= 0.85


def test_fifth_written_batch_end_to_end(tmp_path):
    """x01-x08 were annotated before the parser first ran on them (first score: headline 75%, published
    75%, events found 97%, right 66%, type 86%)."""
    import json

    from kurils.accuracy import evaluate

    expected = json.loads((UNSEEN / "expected.json").read_text(encoding="utf-8"))
    expected["articles"] = [a for a in expected["articles"] if a["file"].startswith("x")]
    (tmp_path / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    report = evaluate(UNSEEN, tmp_path / "expected.json")
    assert report.articles == 8
    assert report.outlet.share == 1 and report.headline.share == 1 and report.published.share == 1
    assert report.places.f1 >= 0.95 and report.people.f1 >= 0.95
    assert report.found.share >= 0.9 and report.right.share >= 0.65 and report.type.share >= 0.85


def test_earlier_and_later_this_month_or_year_are_dated_to_the_month_or_year():
    from kurils.models import TimeValue
    from kurils.temporal import find_times

    anchor = TimeValue(date_(2020, 7, 26), date_(2020, 7, 26), "day")
    got = {m.text: m.value for m in find_times("It happened earlier this month and will again later this "
                                               "year.", anchor)}
    assert got["earlier this month"] == TimeValue(date_(2020, 7, 1), date_(2020, 7, 31), "month")
    assert got["later this year"] == TimeValue(date_(2020, 1, 1), date_(2020, 12, 31), "year")


def test_returned_to_office_is_no_visit():
    got = kinds("It was their 23rd meeting since Abe returned to office in 2012.", date_(2018, 11, 14))
    assert ("2012", "visit") not in got


def test_freezing_visa_free_trips_is_no_visit_and_a_cause_is_no_military_report():
    got = kinds("On March 21, the ministry announced it was freezing visa-free trips to the islands.",
                date_(2022, 3, 26))
    assert ("2022-03-21", "visit") not in got
    got = kinds("Russia's Foreign Ministry said on Monday that it was halting the talks in response to "
                "Japanese sanctions over the invasion of Ukraine.", date_(2022, 3, 22))
    assert ("2022-03-21", "statement") in got and ("2022-03-21", "military") not in got


@pytest.mark.parametrize("body, published, absent", [
    ("Abe has met Putin 27 times since 2012.", date_(2020, 7, 3), ("2012", "meeting")),
    ("Exchange visits have been held since 1992.", date_(2017, 9, 24), ("1992", "visit")),
    ("He said Japan would continue talks based on the 2018 Singapore agreement.", date_(2021, 2, 8),
     ("2018", "meeting")),
    ("Putin arrived in Japan on Thursday, as Abe seeks progress on a dispute that has kept the two "
     "countries from signing a peace treaty.", date_(2016, 12, 15), ("2016-12-15", "treaty")),
])
def test_span_starts_named_documents_and_prevented_signings_date_no_event(body, published, absent):
    assert absent not in kinds(body, published)


def test_first_since_still_implies_the_earlier_occurrence():
    got = kinds("Mishustin arrived on Iturup on Sunday, the first such visit since 2019.", date_(2020, 7, 26))
    assert ("2019", "visit") in got


def test_freezing_assets_is_a_sanction():
    got = kinds("Japan earlier this month froze the assets of several Russian oligarchs.", date_(2022, 3, 21))
    assert ("2022-03", "sanction") in got


def test_a_press_service_reporting_an_arrival_reports_the_visit():
    got = kinds("Prime Minister Dmitry Medvedev has arrived on Iturup, one of the Kuril Islands, the "
                "government's press service said on Friday.", date_(2019, 8, 2))
    assert ("2019-08-02", "visit") in got and ("2019-08-02", "statement") not in got


def test_a_lead_meeting_without_a_place_is_at_the_dateline_city():
    from tests.test_events import extract_events, make_article

    body = ("MOSCOW (AP) — The foreign ministers of Japan and Russia on Friday failed to narrow their "
            "differences over the islands, but agreed to keep talking ahead of a summit in June.")
    events = extract_events(make_article(body, published=date_(2019, 5, 10)))[2]
    by_date = {e.date: e for e in events}
    assert by_date["2019-05-10"].places == ("Moscow",)
    assert "Moscow" not in by_date["2019-06"].places


def test_japan_times_section_header_and_staff_writer_line():
    text = (f"NATIONAL / POLITICS & DIPLOMACY\nRussian border guards hold Japanese fishing boat\n"
            f"BY TOMOHIRO OSAKI\nSTAFF WRITER\nMay 28, 2021\n\n{BODY}")
    assert outlet_of(text)[0] == "The Japan Times"


def test_a_time_that_loses_its_trigger_takes_the_next_free_one_of_the_same_type():
    got = kinds("Japan announced sanctions against Russian banks in late February and earlier this month "
                "froze the assets of several Russian oligarchs.", date_(2022, 3, 21))
    assert {("2022-02", "sanction"), ("2022-03", "sanction")} <= got


def test_office_terms_to_the_month_rule_out_the_years_between_two_terms():
    text = ("Abe, Putin agree on joint activities\n\nTokyo, Dec. 16 (Jiji Press)--Japanese Prime Minister "
            "Shinzo Abe and Russian President Vladimir Putin agreed Friday to start consultations on the "
            "islands.\n")
    # Dec 16 was a Friday in 2011 too, when Abe was out of office
    assert published_day(text) == "2016-12-16"


def test_a_bare_month_takes_no_far_year_from_an_earlier_sentence():
    got = kinds("It is Putin's first official visit to Japan since November 2005. The two leaders last met "
                "in Lima on the sidelines of the APEC summit in November.", date_(2016, 12, 15))
    assert ("2016-11", "meeting") in got and ("2005-11", "meeting") not in got


@pytest.mark.parametrize("body, published, want", [
    # a document named, then its signing in a participle
    ("The declaration, signed by Japan and the Soviet Union in 1956, promised two islands.",
     date_(2018, 11, 15), ("1956", "treaty")),
    # an annexation is a military move
    ("Russia annexed Crimea in March.", date_(2014, 8, 13), ("2014-03", "military")),
    # tours and missions to a place are visits
    ("The leaders confirmed plans for pilot tours by tourists to Iturup in October.", date_(2019, 6, 29),
     ("2019-10", "visit")),
    # a government decree and a suspension are announcements
    ("The Russian government published a decree on Monday ending the exchanges.", date_(2022, 9, 6),
     ("2022-09-05", "statement")),
    ("Moscow had already suspended the visa-free program in March, after Japan joined Western sanctions.",
     date_(2022, 9, 6), ("2022-03", "statement")),
    # a protest about an agreement that allowed visits is no visit
    ("Japan lodged a protest with Russia on Tuesday after Moscow terminated agreements allowing former "
     "residents to visit their homes without visas.", date_(2022, 9, 6), ("2022-09-06", "statement")),
])
def test_documents_annexations_tours_decrees_and_protests(body, published, want):
    assert want in kinds(body, published)


def test_years_that_name_agreements_date_no_event():
    got = kinds("The decree ends the 1991 and 1999 agreements on visa-free exchanges.", date_(2022, 9, 6))
    assert not {k for k in got if k[0] in ("1991", "1999")}


@pytest.mark.parametrize("body, want", [
    ("Abe and Putin on Thursday agreed to send a joint mission to the disputed islands next month to "
     "look into projects.", {("2017-04-27", "meeting"), ("2017-05", "visit")}),
    ("Abe and Putin agreed on Saturday to meet again in Vladivostok in September.",
     {("2017-04-22", "meeting"), ("2017-09", "meeting")}),
    ("The ministers on Friday agreed to hold the next round of talks in Tokyo next month.",
     {("2017-04-21", "meeting"), ("2017-05", "meeting")}),
])
def test_the_day_of_an_agreement_and_the_later_date_of_what_was_agreed(body, want):
    assert want <= kinds(body, date_(2017, 4, 27))


def test_a_capital_standing_for_its_government_is_no_venue():
    from tests.test_events import extract_events, make_article

    body = ("TOKYO — Japan and Russia held their first meeting of foreign and defense ministers on Saturday, "
            "as the prime minister seeks warmer ties with Moscow.")
    events = extract_events(make_article(body, published=date_(2013, 11, 2)))[2]
    assert [e.places for e in events if e.type == "meeting"] == [("Tokyo",)]


# ---------------------------------------------------------------- names in other orders and scripts

@pytest.mark.parametrize("sentence, surname", [
    ("Lü Xiang, a research fellow at the academy, said the move was a mistake.", "Lü"),
    ("Wang Wenbin said on Tuesday that China was watching.", "Wang"),
    ("Kim Eun-jung, a researcher in Seoul, said the talks would go on.", "Kim"),
    ("Dmitry Streltsov, a professor in Moscow, said the talks would go on.", "Streltsov"),
    ("Lee Smith, an analyst in London, said the talks would go on.", "Smith"),
])
def test_chinese_and_korean_names_put_the_family_name_first(sentence, surname):
    from kurils.people import find_people

    assert [m.person.surname for m in find_people(sentence)] == [surname]


def test_russian_names_and_places_in_their_cases():
    from kurils.gazetteer import find_places
    from kurils.people import find_people

    text = ("Мишустин прибыл на Итуруп, встреча Путина с Абэ прошла в Курильске, разговор с Лавровым "
            "шёл о Курилах, Захаровой ответили.")
    want = ["Mishustin", "Putin", "Abe", "Lavrov", "Zakharova"]
    assert [m.person.surname for m in find_people(text)] == want
    assert [m.place.name for m in find_places(text)] == ["Iturup", "Kurilsk", "Kuril Islands"]


def test_a_russian_visit_on_a_russian_weekday():
    body = ("КУРИЛЬСК, 26 июл — РИА Новости. Премьер-министр Михаил Мишустин, прибывший в понедельник с "
            "рабочим визитом на остров Итуруп, предложил создать особую зону. В 2019 году Итуруп посещал "
            "Дмитрий Медведев.")
    assert {("2021-07-26", "visit"), ("2019", "visit")} <= kinds(body, date_(2021, 7, 26))


def test_a_session_that_is_held_is_a_meeting():
    got = kinds("The first session is expected to be held in Tokyo later this year.", date_(2013, 4, 30))
    assert ("2013", "meeting") in got
    assert ("2022-03-22", "meeting") not in kinds(
        "Kishida on Tuesday protested the decision at a parliamentary session in Tokyo.", date_(2022, 3, 22))


def test_the_islands_of_a_military_move_are_the_island_group_the_article_names():
    from tests.test_events import extract_events, make_article

    body = ("Russia has held military drills on the Kuril Islands, which Japan claims. The Eastern Military "
            "District said on Saturday that the drills on the islands involved 3,000 troops.")
    events = extract_events(make_article(body, published=date_(2022, 3, 26)))[2]
    assert [e.places for e in events if e.date == "2022-03-26"] == [("Kuril Islands",)]


def test_arriving_for_talks_with_someone_starts_the_talks():
    got = kinds("Russian President Vladimir Putin arrived in Japan on Thursday for a two-day summit with "
                "Prime Minister Shinzo Abe.", date_(2016, 12, 15))
    assert {("2016-12-15", "visit"), ("2016-12-15", "meeting")} <= got
    assert ("2016-12-15", "meeting") not in kinds("Putin arrived in Japan on Thursday for a state visit.",
                                                  date_(2016, 12, 15))


@pytest.mark.parametrize("text, outlet", [
    (f"Russia holds drills on the Kurils | Radio Free Asia\n\n{BODY}", "Radio Free Asia"),
    (f"The Korea Herald\nWorld\n\nMoon and Putin hold talks in Osaka\n\n{BODY}", "The Korea Herald"),
    (f"Japan protests the drills - The Korea Times\n\n{BODY}", "The Korea Times"),
    (f"Abe meets Putin in Moscow\n\n{BODY}\nCopyright © 2019 The Sankei Shimbun. All rights reserved.\n",
     "Sankei Shimbun"),
])
def test_more_asian_and_russian_outlets_by_their_own_furniture(text, outlet):
    assert outlet_of(text)[0] == outlet


@pytest.mark.parametrize("body", [
    "In an interview with Japanese media published on Tuesday, Putin said Russia had \"no territorial "
    "problem\" with Japan.",
    "Russia has no territorial problem with Japan, Putin said in an interview published on Tuesday.",
])
def test_a_fronted_phrase_before_x_said_is_the_frame_not_reported_content(body):
    from tests.test_events import events_of

    got = [(e.date, e.type, e.people) for e in events_of(body, published=date_(2016, 12, 15))]
    assert ("2016-12-13", "statement", ("Putin",)) in got


def test_a_trigger_far_before_the_time_gives_way_to_the_one_right_after_it():
    from tests.test_events import extract_events, make_article

    body = ("The leaders are meeting at a hot-spring resort in Nagato, the prime minister's home "
            "constituency in Yamaguchi prefecture, before moving to Tokyo on Friday for talks on economic "
            "cooperation.")
    events = extract_events(make_article(body, published=date_(2016, 12, 15)))[2]
    assert [(e.date, e.type, e.places) for e in events] == [("2016-12-16", "meeting", ("Tokyo",))]


def test_a_visit_for_a_forum_is_the_visit_and_the_forum():
    got = kinds("Abe visited Vladivostok in September last year for an economic forum hosted by Putin.",
                date_(2019, 6, 29))
    assert {("2018-09", "visit"), ("2018-09", "forum")} <= got
    got = kinds("Putin proposed at a forum in Vladivostok in September that they sign a treaty.",
                date_(2018, 11, 14))
    assert ("2018-09", "visit") not in got


def test_german_weekdays_talks_and_a_declaration():
    body = ("Beide Seiten vereinbarten am Freitag in Tokio jedoch Gespräche über gemeinsame Projekte. Die "
            "Gespräche hatten am Donnerstag in Nagato begonnen. In einer gemeinsamen Erklärung von 1956 "
            "hatte Moskau die Rückgabe zweier Inseln in Aussicht gestellt.")
    got = kinds(body, date_(2016, 12, 16))
    assert {("2016-12-16", "meeting"), ("2016-12-15", "meeting"), ("1956", "treaty")} <= got


@pytest.mark.parametrize("body", [
    "The Soviet Union seized the islands, which it calls the Southern Kurils, in August 1945.",
    "Soviet forces occupied the four islands in 1945.",
    "The islands were captured by the Red Army in 1945, and the seizure of the territory still rankles.",
])
def test_taking_the_islands_is_a_military_event(body):
    assert ("1945", "military") in {(d[:4], t) for d, t in kinds(body, date_(2013, 4, 29))}


def test_a_seized_boat_is_a_military_incident():
    """The real batches' convention (c, d, f): boats seized, detained or shot at by border guards."""
    got = kinds("Russian border guards seized a Japanese fishing boat off Kunashir on Tuesday.",
                date_(2019, 1, 17))
    assert ("2019-01-15", "military") in got
