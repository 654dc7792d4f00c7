"""Undated texts placed by the clues they state: a weekday with its day in any language, the lead's
yearless day, ambassadors' terms, a known meeting the lead reports, a page's date widget, and Japanese
periods read as one range. Sentences written for the test (no accuracy figure comes from them)."""

from __future__ import annotations

from datetime import date

import pytest

from kurils.chronology import lead_bounds, visit_bounds
from kurils.clean import clean_text
from kurils.models import TimeValue
from kurils.published import infer_published
from kurils.temporal import find_times

FILLER = ("The two countries have argued over the islands since the end of the Second World War, and no "
          "peace treaty has been signed.\n")


def published(text: str):
    p = infer_published(text, clean_text(text))
    return tuple(p.value.range_iso()) if p.value else None


@pytest.mark.parametrize("stamp, iso", [
    ("Wednesday, November 23 2016 21:14 EET", "2016-11-23"),
    ("23 November 2016, 09:14 AEST", "2016-11-23"),
])
def test_a_time_zone_is_part_of_a_stamp(stamp, iso):
    text = f"{stamp}\nJapan answers Russia's missile plans\nTokyo will take measures, he said.\n" + FILLER
    assert published(text) == (iso, iso)


@pytest.mark.parametrize("lead, wanted", [
    # Kono was foreign minister 2017-2019: 31 May fell on a Friday only in 2019 within that term
    ("Министр иностранных дел России Сергей Лавров заявил об этом журналистам в пятницу, 31 мая, по итогам "
     "переговоров с главой МИД Японии Таро Коно.", ("2019-05-31", "2019-06-06")),
    # (an English lead's "said on Friday, May 31" is the lead's date: the day itself)
    ("Foreign Minister Taro Kono spoke to reporters on Friday, May 31, after the talks in Moscow.",
     ("2019-05-31", "2019-05-31")),
])
def test_a_weekday_with_its_day_chooses_the_year_within_a_term(lead, wanted):
    assert published(lead + "\n" + FILLER) == wanted


def test_the_leads_yearless_day_is_the_news_within_a_month():
    # Kato was chief cabinet secretary September 2020 - October 2021: the only 28 May in that term is 2021's
    text = ("A Japanese fishing boat has been seized by Russian border guards off Hokkaido on 28 May.\n"
            "Japan's chief cabinet secretary Katsunobu Kato protested at a press conference.\n" + FILLER)
    assert published(text) == ("2021-05-28", "2021-06-28")


def test_a_yearless_lead_day_with_several_years_open_does_not_choose_one():
    # Abe's second term holds a 28 May every year 2013-2020: no single year is chosen
    text = ("A Japanese fishing boat has been seized by Russian border guards off Hokkaido on 28 May.\n"
            "Japanese Prime Minister Shinzo Abe called the seizure regrettable.\n" + FILLER)
    first, last = published(text)
    assert first[:4] != last[:4]


@pytest.mark.parametrize("text, wanted", [
    ("MOSCOW, October 13. /TASS/. Russian ambassador to Tokyo, Mikhail Galuzin, said on Thursday that the "
     "islands are Russian.\n" + FILLER, ("2022-10-13", "2022-10-13")),
])
def test_an_ambassadors_term_bounds_the_year(text, wanted):
    assert published(text) == wanted


def test_an_acting_ambassador_holds_no_term():
    text = ("Acting Ambassador of Russia, Mikhail Galuzin, met Japanese officials after the shooting on "
            "Aug. 16, 2006.\nJapanese Foreign Minister Taro Aso demanded an apology.\n" + FILLER)
    value = published(text)
    assert value is None or value[0] < "2008-01-01"


def test_a_lead_reporting_one_known_meeting_dates_the_text():
    lead = ("The Minister of defense of Japan Tomomi Inada protested against the deployment, she said at a "
            "bilateral meeting in Tokyo with defense Minister Sergei Shoigu.\n")
    (bound,) = lead_bounds(lead + FILLER, [(0, len(lead)), (len(lead), len(lead) + len(FILLER))], [])
    assert (bound.lo, bound.hi) == (date(2017, 3, 20), date(2017, 4, 19))


def test_a_meeting_in_a_later_years_text_is_background():
    lead = ("The Minister of defense of Japan Tomomi Inada protested against the deployment, she said at a "
            "bilateral meeting in Tokyo with defense Minister Sergei Shoigu.\n")
    later = "In 2019 the ministers met again.\n"
    text = lead + later
    assert lead_bounds(text, [(0, len(lead)), (len(lead), len(text))], []) == []


def test_a_date_widget_line_is_not_a_later_year():
    text = ("| 14 April 2024, Sunday |\n\nRussian Prime Minister Mikhail Mishustin visited Iturup, a top "
            "Japan government spokesman said on Monday.\n" + FILLER)
    (bound,) = visit_bounds(text, ["Mishustin"], ["Iturup", "Kuril Islands"])
    assert bound.lo == date(2021, 7, 26)


ANCHOR = TimeValue(date(2025, 8, 5), date(2025, 8, 5), "day")


@pytest.mark.parametrize("sentence, first, last", [
    ("ロシア軍は今月1日から9月1日まで北方領土周辺で演習を行う", "2025-08-01", "2025-09-01"),
    ("7月26日~7月28日 国後島", "2025-07-26", "2025-07-28"),
    ("8日〜12月1日に射撃訓練", "2025-11-08", "2025-12-01"),
])
def test_a_japanese_period_is_one_range(sentence, first, last):
    (m,) = find_times(sentence, ANCHOR)
    assert (m.kind, m.value.first.isoformat(), m.value.last.isoformat()) == ("range", first, last)


def test_a_japanese_period_without_an_anchor_has_no_value():
    assert all(m.value is None for m in find_times("7日から10日まで国後島を訪問", None))


def test_the_leads_weekday_chooses_among_known_meetings_of_the_same_people_and_place():
    # Kishida and Lavrov met in Moscow twice (2015-09-21, a Monday; 2016-12-03, a Saturday)
    lead = ("Japanese Foreign Minister Fumio Kishida met on Monday with Russian Foreign Minister Sergei "
            "Lavrov, "
            "during a four-day trip that started in Moscow.\n")
    (bound,) = lead_bounds(lead + FILLER, [(0, len(lead)), (len(lead), len(lead) + len(FILLER))], [])
    assert bound.lo == date(2015, 9, 21)


def test_a_term_still_running_is_bounded_by_today(monkeypatch):
    # Mishustin has been prime minister since 2020: a Thursday 2 September up to December 2026 is 2021's only
    monkeypatch.setattr("kurils.published._today", lambda: date(2026, 12, 4))
    text = ("Headline here\nMOSCOW, Sept 2 (Reuters) - Russian Prime Minister Mikhail Mishustin said on "
            "Thursday "
            "the islands are Russian.\n" + FILLER)
    assert published(text) == ("2021-09-02", "2021-09-02")
    monkeypatch.setattr("kurils.published._today", lambda: date(2028, 1, 1))  # 2027's is a Thursday too
    assert published(text) is None
