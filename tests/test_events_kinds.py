"""Kinds of English and German event wording, probed with sentences written for each rule.

An exercise launched, held or conducted is a drill; so are manoeuvres; a boat seized, detained or
shot at (in any of English, Russian, Japanese) is a military incident, as the real batches annotate
it, where other seizures stay "other"; a document named by its year in any language, or signed
however long its name, is a treaty; a rally address and a demand are statements; documents that were
signed on a day are a treaty, and a treaty named by its place ("the Treaty of Shimoda") in a
sentence with no other event word is that treaty; "recognised X as ..." is a statement; a military
base that is visited is the visit's place, not a military act; German drills ("Militärmanöver",
"Übung") and a military presence are military; "the two leaders" are the two people last named
together.
"""

from datetime import date

import pytest

from kurils.gazetteer import find_places
from tests.test_events_context import events_of

TYPED = [
    ("The Russian army on Tuesday launched an exercise on Shikotan.", "2019-03-12", "military"),
    ("The navy held a large-scale exercise near Sakhalin on Monday.", "2019-03-11", "military"),
    ("Russia began manoeuvres on the disputed islands on Tuesday.", "2019-03-12", "military"),
    ("The surrender documents were signed on September 2, 1945, aboard a warship.", "1945-09-02", "treaty"),
    ("In 1855 the islands were divided by the Treaty of Shimoda.", "1855", "treaty"),
    ("1855 wurde die Inselgruppe im Vertrag von Shimoda aufgeteilt.", "1855", "treaty"),
    ("On March 31, Japan recognized the islands as its inherent territory.", "2022-03-31", "statement"),
    ("The defence minister visited the Misaki naval base on Wednesday.", "2019-03-13", "visit"),
    ("Kishi toured a military base in Hokkaido on Wednesday.", "2019-03-13", "visit"),
    ("Russland hat am Dienstag ein Militärmanöver auf den Kurilen begonnen.", "2019-03-12", "military"),
    ("Bereits im August 2021 hatte es Berichte gegeben, wonach Russland seine Militärpräsenz ausbaut.",
     "2021-08", "military"),
    ("Russian border guards detained two Japanese fishing boats off Shikotan on Tuesday.", "2019-03-12",
     "military"),
    ("A crab boat was fired on and towed to Kunashir on Tuesday.", "2019-03-12", "military"),
    ("Пограничники задержали японскую шхуну у Шикотана во вторник.", "2019-03-12", "military"),
    # the boats in the plural ("судов"), several words after the verb
    ("Во вторник пограничники задержали в районе южных Курил пять японских судов.", "2019-03-12", "military"),
    ("Пограничники во вторник задержали с целью досмотра 5 японских рыболовецких судов.", "2019-03-12",
     "military"),
    ("The talks rest on the agreement of 1956 between the two countries.", "1956", "treaty"),
    ("The joint declaration on ending the state of war and restoring diplomatic relations was signed "
     "in Moscow in October 1956.", "1956-10", "treaty"),
    ("Le Japon invoque un traité bilatéral de 1855 pour revendiquer les îles.", "1855", "treaty"),
    ("Japan beruft sich auf einen Handels- und Grenzvertrag von 1855.", "1855", "treaty"),
    ("On February 7, Prime Minister Abe attended the national rally in Tokyo.", "2019-02-07", "statement"),
    ("In late January, Russia demanded that the visitors fill in entry cards.", "2019-01", "statement"),
]


@pytest.mark.parametrize("body, day, kind", TYPED)
def test_the_kind_of_a_dated_clause(body, day, kind):
    _, events = events_of(body, date(2019, 3, 14) if not day.startswith("2022") else date(2022, 4, 2))
    assert [(e.date, e.type) for e in events if e.date == day] == [(day, kind)]


UNCHANGED = [
    # a treaty named as a topic does not retype the day's meeting or statement
    ("Putin and Abe met in Moscow on Tuesday to discuss the Treaty of Shimoda.", "2019-03-12", "meeting"),
    ("Lavrov said on Tuesday that the Treaty of Shimoda was void.", "2019-03-12", "statement"),
    # a military base visited by a defence chief is still military when it is deployed to
    ("Russia deployed missiles to a new base on Iturup on Tuesday.", "2019-03-12", "military"),
]


@pytest.mark.parametrize("body, day, kind", UNCHANGED)
def test_stronger_words_keep_their_kind(body, day, kind):
    _, events = events_of(body, date(2019, 3, 14))
    assert (day, kind) in [(e.date, e.type) for e in events]


def test_the_two_leaders_are_the_pair_named_before_whoever_else_is_named():
    body = ("Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe agreed to speed up "
            "talks.\n\nAt a meeting on Wednesday in Singapore, the two leaders affirmed the declaration, "
            "according to Putin's spokesman, Dmitry Peskov.")
    _, events = events_of(body, date(2018, 11, 15))
    meeting = [e for e in events if e.type == "meeting" and e.date == "2018-11-14"]
    assert meeting and {"Putin", "Abe"} <= set(meeting[0].people)


def test_two_leaders_with_no_pair_named_before_stay_unnamed():
    body = "At a meeting on Wednesday in Singapore, the two leaders affirmed the 1956 declaration."
    _, events = events_of(body, date(2018, 11, 15))
    assert all(not e.people for e in events)


@pytest.mark.parametrize(
    "text, place",
    [
        ("Medvedev met Aso in L’Aquila, Italy, on the sidelines of the G8.", "L'Aquila"),
        ("Abe met Putin at the APEC summit in Bali in October 2013.", "Bali"),
        ("Kishi visited the base in Chitose on Wednesday.", "Chitose"),
        ("Leaders gathered at the G8 summit in Heiligendamm.", "Heiligendamm"),
        ("The G20 summit in Los Cabos opened on Monday.", "Los Cabos"),
        ("Ferries leave Kholmsk for Wakkanai.", "Kholmsk"),
        ("安倍総理はミラノでプーチン大統領と会談した。", "Milan"),
    ],
)
def test_summit_hosts_and_regional_cities_are_in_the_gazetteer(text, place):
    assert place in {m.place.name for m in find_places(text, 0, len(text))}


@pytest.mark.parametrize(
    "body, day",
    [
        ("Lavrov urged Japan on Monday to sign the peace treaty.", "2018-11-12"),
        ("Putin on Monday called on Abe in front of an audience to sign a peace treaty.", "2018-11-12"),
        ("On Monday, Putin proposed to sign a peace treaty without preconditions.", "2018-11-12"),
        ("Abe said on Monday he remains committed to signing a peace treaty.", "2018-11-12"),
    ],
)
def test_what_is_asked_or_proposed_is_the_topic_of_a_statement(body, day):
    _, events = events_of(body, date(2018, 11, 15))
    assert [(e.date, e.type) for e in events if e.date == day] == [(day, "statement")]


def test_a_treaty_signed_on_the_day_is_still_a_treaty():
    _, events = events_of("Abe and Putin signed a treaty on Monday.", date(2018, 11, 15))
    assert [(e.date, e.type) for e in events] == [("2018-11-12", "treaty")]


@pytest.mark.parametrize(
    "body",
    [
        "Despite negotiations since the collapse of the Soviet Union in 1991 the dispute is unresolved.",
        "Abe has met Putin often since the start of his term in 2012.",
    ],
)
def test_a_since_phrase_between_an_event_word_and_a_time_keeps_the_time(body):
    _, events = events_of(body, date(2018, 11, 15))
    assert [e for e in events if e.type in ("meeting", "visit")] == []


def test_an_event_word_after_since_is_still_dated():
    body = "Medvedev visited Kunashir in 2010, the first visit since 1991."
    _, events = events_of(body, date(2018, 11, 15))
    assert ("2010", "visit") in [(e.date, e.type) for e in events]


@pytest.mark.parametrize(
    "body, who",
    [
        ("The head of a fishermen's union, Ichiro Sato, says his group sent a letter to Moscow this month.",
         "Sato"),
        ("A veteran diplomat, Kenji Mori, said her ministry filed a protest on Monday.", "Mori"),
    ],
)
def test_a_named_speaker_in_apposition_is_the_party_of_his_or_her_own(body, who):
    _, events = events_of(body, date(2018, 11, 15))
    assert events and all(who in e.people for e in events)


@pytest.mark.parametrize(
    "text, place",
    [
        ("The G20 summit in the UK capital opens in April.", "London"),
        ("Talks in the Russian capital ended without progress.", "Moscow"),
        ("Last year's APEC summit in the Peruvian capital", "Lima"),
    ],
)
def test_a_countrys_capital_named_by_its_adjective_is_that_city(text, place):
    assert place in {m.place.name for m in find_places(text, 0, len(text))}


@pytest.mark.parametrize(
    "body, day, kind",
    [  # a forum that opens the sentence is the setting of what is said there
        ("At an international forum in Vladivostok in September, Putin proposed a peace treaty to Abe.",
         "2018-09", "statement"),
        ("During a forum in Tokyo on Monday, Lavrov said the talks went well.", "2018-11-12", "statement"),
        # a forum attended, or one a statement is sent to, stays the forum
        ("Abe attended the Eastern Economic Forum in Vladivostok in September.", "2018-09", "forum"),
        ("The minister said in a message to the forum in Tokyo on Monday that ties would grow.",
         "2018-11-12", "forum"),
        # a declaration named by its month and year is the document signed then
        ("The Joint Declaration of October 1956 called for two islands to be handed over.",
         "1956-10", "treaty"),
        ("The Japan-Soviet Joint Declaration in October 1956 called for a peace treaty.",
         "1956-10", "treaty"),
    ],
)
def test_a_fronted_forum_and_a_dated_declaration(body, day, kind):
    _, events = events_of(body, date(2018, 11, 15))
    assert (day, kind) in [(e.date, e.type) for e in events]


@pytest.mark.parametrize(
    "body, day",
    [
        ("Foreign Minister Aso will call in Russia's acting ambassador later on Wednesday.", "2010-11-03"),
        ("Japan recalled its ambassador to Moscow on Tuesday.", "2010-11-02"),
    ],
)
def test_calling_in_or_recalling_an_ambassador_is_a_statement(body, day):
    _, events = events_of(body, date(2010, 11, 3))
    assert [(e.date, e.type) for e in events] == [(day, "statement")]
