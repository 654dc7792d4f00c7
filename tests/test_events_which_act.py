"""Which act of a sentence gives its event (issue 13, session 17), probed with sentences written for each
kind: the saying dated by "said on Monday" with its complement after it (no "that"), a demand's content
(not something that happened), a statement dated on its own beside the talks of its day, the kind of
an act word in English and Russian, the status a Russian or Japanese verb gives, and a Russian or Japanese
protest with no time of its own at the act of the news day."""

from datetime import date

import pytest

from kurils.models import TimeValue
from tests.test_events_context import events_of

SAID_ON_A_DAY = [
    # a complement without "that" after the dated speech verb is what was said, whatever it names
    ("Foreign Minister Komura said on Monday the detention of four fishing schooners near the Southern "
     "Kuriles may hamper relations with Russia.", "2019-03-11"),
    ("Russia said on Monday it was abandoning talks with Japan aimed at signing a peace treaty.",
     "2019-03-11"),
    ("Lavrov said Tuesday the talks on a peace treaty were at a dead end.", "2019-03-12"),
]


@pytest.mark.parametrize("body, day", SAID_ON_A_DAY)
def test_a_dated_saying_is_the_statement_not_what_it_names(body, day):
    # (a military move named in the complement may be a second event of the day: ``military_told``)
    _, events = events_of(body, date(2019, 3, 14))
    said = [(e.date, e.type) for e in events if e.date == day and e.type != "military"]
    assert said == [(day, "statement")]


@pytest.mark.parametrize("body, day, kind", [
    # the act is the sentence's own main verb: it keeps its kind
    ("Russia deployed missiles on Iturup on Monday, the ministry said.", "2019-03-11", "military"),
    ("Putin said on Monday in Tokyo after talks with Abe that the treaty was possible.", "2019-03-11",
     "statement"),
])
def test_a_sentence_without_a_zero_complement_keeps_its_reading(body, day, kind):
    _, events = events_of(body, date(2019, 3, 14))
    assert (day, kind) in [(e.date, e.type) for e in events]


@pytest.mark.parametrize("body", [
    "In late January, Russia demanded that Japanese officials submit cards when visiting the islands.",
    "On Tuesday, the ministry urged that troops be withdrawn from the islands.",
])
def test_what_a_demand_asks_for_is_no_event_of_its_day(body):
    _, events = events_of(body, date(2019, 3, 14))
    assert {e.type for e in events} == {"statement"}


def test_a_dated_statement_is_a_row_beside_the_talks_of_its_day():
    body = ("Kono and Lavrov held talks in Tokyo on Friday.\n\n"
            "Kono said on Friday that relations were changing for the better.")
    _, events = events_of(body, date(2019, 6, 1))
    assert sorted((e.date, e.type) for e in events) == [("2019-05-31", "meeting"),
                                                        ("2019-05-31", "statement")]


def test_an_undated_statement_at_the_days_occasion_is_that_occasion():
    body = ("Abe said he wants a new era in relations.\n\n"
            "On Saturday, Abe took part in the Eastern Economic Forum in Vladivostok.")
    _, events = events_of(body, date(2016, 9, 3))
    assert [(e.type, e.date) for e in events] == [("forum", "2016-09-03")]


@pytest.mark.parametrize("body, day, kind", [
    # a protest launched is the protest, not something launched
    ("Japan launched a strong protest to Russia on Wednesday.", "2019-03-13", "statement"),
    ("Russia launched a new frigate at Severodvinsk on Wednesday.", "2019-03-13", "other"),
    # Russian firing practice, manoeuvres and bombers are military moves
    ("Россия уведомила о предстоящих с 18 марта стрельбах у острова Кунашир.", "2019-03-18", "military"),
    ("Во вторник у Итурупа начались манёвры Тихоокеанского флота.", "2019-03-12", "military"),
    # people rallying in the street are a rally ('other'); what they rally against is its topic
    ("Protestors rallied outside the Russian embassy in Tokyo on Friday to voice their dissent against "
     "Russian occupation of the islands.", "2019-03-08", "other"),
    # a release, a handover and an envoy's return are 'other' (the batches' convention), in any language
    ("Russia released the five Japanese fishing boats on Tuesday.", "2019-03-12", "other"),
    ("Russian authorities said they would hand over the fisherman's body by Friday.", "2019-03-15", "other"),
    ("Japan's recalled ambassador will return to Moscow by Sunday noon, Kyodo said.", "2019-03-17", "other"),
    ("Во вторник Россия освободила пять японских шхун.", "2019-03-12", "other"),
    ("ロシア当局は12日、日本漁船5隻を釈放した。", "2019-03-12", "other"),
    # visa-free exchange trips and travel to the islands are visits (not agreements about them)
    ("4 марта я находился на Итурупе в рамках программы безвизового обмена.", "2019-03-04", "visit"),
    ("来月には航空機による往来も実現する見通しだ。", "2019-04", "visit"),
    ("В 1991 году были заключены соглашения о безвизовых обменах.", "1991", "treaty"),
    # an agreement named right after its year ("в 1991 году соглашениями") is that treaty
    ("Режим, установленный в 1991 году соглашениями о безвизовых обменах, отменён.", "1991", "treaty"),
    # a word inside a longer one of a stronger kind is that kind's: telephone talks are a call
    ("昨年10月、岸田首相はプーチン大統領と電話会談を行いました。", "2018-10", "call"),
    ("Во вторник состоялись телефонные переговоры Путина и Абэ.", "2019-03-12", "call"),
    # a Russian agreement named by its full date, however long its name, is that treaty
    ("Соглашение в форме обмена письмами между МИД СССР и МИД Японии о процедуре взаимных поездок от "
     "14 октября 1991 года остаётся в силе.", "1991-10-14", "treaty"),
])
def test_the_kind_of_the_act_word(body, day, kind):
    _, events = events_of(body, date(2019, 3, 14))
    assert (day, kind) in [(e.date, e.type) for e in events]


@pytest.mark.parametrize("body, published, status", [
    # a Russian or Japanese clause says by its verb that the act of the publication's day or month is to come
    ("В конце июня в Японии ожидается встреча Путина и Абэ.", date(2019, 6, 10), "planned"),
    ("安倍晋三首相は29日午後、モスクワでプーチン大統領と会談する。", date(2013, 4, 29), "planned"),
    ("安倍晋三首相は29日午後、モスクワでプーチン大統領と会談した。", date(2013, 4, 29), "reported"),
    ("В июне Путин и Абэ провели встречу в Осаке.", date(2019, 6, 30), "reported"),
])
def test_a_planned_act_of_the_news_day_or_month_is_planned(body, published, status):
    _, events = events_of(body, published)
    assert [e.status for e in events if e.type == "meeting"] == [status]


@pytest.mark.parametrize("body, published, day", [
    ("В пятницу премьер-министр Медведев прилетел на Итуруп.\n\n"
     "МИД Японии выразил протест в связи с приездом Медведева на остров.", date(2019, 8, 2), "2019-08-02"),
    # a publication known to the week: an act of its first day is still its news
    ("В пятницу премьер-министр Медведев прилетел на Итуруп.\n\n"
     "МИД Японии выразил протест в связи с приездом Медведева на остров.",
     TimeValue(date(2019, 8, 2), date(2019, 8, 8), "range"), "2019-08-02"),
    ("メドベージェフ首相は3日、国後島に上陸した。\n\n日本政府はメドベージェフ首相の国後島訪問に抗議した。",
     date(2012, 7, 3), "2012-07-03"),
])
def test_an_undated_russian_or_japanese_protest_of_the_news_day_act_is_that_days(body, published, day):
    _, events = events_of(body, published)
    assert sorted((e.date, e.type) for e in events) == [(day, "statement"), (day, "visit")]


def test_a_poll_released_is_no_release():
    _, events = events_of("Most Japanese expect no breakthrough, according to a poll released on Tuesday "
                          "by the Japanese government.", date(2019, 3, 14))
    assert "other" not in {e.type for e in events}
