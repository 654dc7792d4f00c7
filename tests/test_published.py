"""Publication dates: stamps, datelines and inference, on texts written for the test and on the seeds."""

from __future__ import annotations

import pytest

from kurils.clean import clean_text
from kurils.published import infer_published

BODY = ("Relations with Russia were discussed at length by the ministers, who also talked about the "
        "economic cooperation plan and the four islands.\n")


def published(text: str):
    return infer_published(text, clean_text(text))


def summary(text: str):
    p = published(text)
    value = p.value
    return p.day, (value.range_iso() if value else None), (value.precision if value else None), p.inferred


# ---------------------------------------------------------------- printed stamps

@pytest.mark.parametrize("stamp, iso", [
    ("21 May, 2015 10:57", "2015-05-21"),
    ("Tue, 01/26/2016 - 11:55", "2016-01-26"),
    ("Published: 21:31, September 29, 2020", "2020-09-29"),
    ("date 2017-02-09", "2017-02-09"),
    ("September 29, 2020", "2020-09-29"),
    ("29.09.2020 12:00", "2020-09-29"),
    ("2016-12-15T05:30:00+09:00", "2016-12-15"),
    ("Dec 15, 2016 | 5:30 AM", "2016-12-15"),
    ("Thursday, 15 December 2016, 10:30 GMT", "2016-12-15"),
    ("2016/12/15 17:20 JST", "2016-12-15"),
    ("By Staff Writer | Kyodo News | Dec 15, 2016", "2016-12-15"),
    ("Veröffentlicht am 15. Dezember 2016, 10:30 Uhr", "2016-12-15"),
    ("Опубликовано: 15 декабря 2016 г., 10:30", "2016-12-15"),
    ("Publié le 15 décembre 2016 à 10h30", "2016-12-15"),
    ("PUBLISHED DEC 15, 2016, 9:05 PM SGT", "2016-12-15"),
    ("UPDATED 15 DECEMBER 2016", "2016-12-15"),
    ("On 12/15/16 at 9:14 AM EST", "2016-12-15"),
    ("15/12/16 09:14", "2016-12-15"),
    ("根室新聞 - 2016/12/15 19:30", "2016-12-15"),  # an outlet's name in a script without case
    ("15 декабря 201615 дек 2016", "2016-12-15"),  # an aggregator's day printed twice, run together
    ("Обновлено 15 дек 2016, 10:30", "2016-12-15"),
    ("Москва, 15 декабря 2016 г.", "2016-12-15"),  # a place or an outlet, a comma, the date
    ("РИА Новости, 15.12.2016", "2016-12-15"),
    ("December 15, 2016, The Kremlin, Moscow", "2016-12-15"),  # a government page's date line
    ("December 15, 2016, Nagato", "2016-12-15"),
    ("10:30 15.12.2016 Источник: ТАСС", "2016-12-15"),  # a clock, the date, a labelled source
    ("Posted on December 15, 2016 by admin", "2016-12-15"),  # a blog's byline names a handle
    ("2016年12月15日（木）", "2016-12-15"),  # a Japanese weekday in full-width brackets
])
def test_printed_stamp_formats(stamp, iso):
    for text in (f"{stamp}\n\nIslands talks go on\n\nTOKYO (Kyodo) - {BODY}",
                 f"Islands talks go on\n{stamp}\n\nTOKYO (Kyodo) - {BODY}"):
        p = published(text)
        assert p.day == iso, (text, p)
        assert p.inferred is False and p.value.precision == "day"
        assert "stamp" in p.evidence


def test_a_two_digit_year_date_that_could_be_either_order_is_not_guessed():
    assert published(f"Islands talks go on\nOn 3/4/16 at 9:14 AM EST\n\nTOKYO (Kyodo) - {BODY}").day is None


def test_a_capitalised_month_in_prose_is_no_stamp():
    text = f"Islands talks go on\n\nThe MAY 2016 summit, as officials called it, went well. {BODY}"
    assert published(text).inferred is True


def test_published_beats_updated_in_either_order():
    pub, upd = "Published: 21:31, September 29, 2020", "Updated: 10:00, September 30, 2020"
    for top in (f"{pub}\n{upd}", f"{upd}\n{pub}", f"{upd} {pub}"):
        assert published(f"Islands talks go on\n{top}\n\n{BODY}").day == "2020-09-29", top


def test_stamp_beats_a_date_in_the_body():
    text = f"Islands talks\n3 Sep, 2016 17:23\n\nOn December 15, 2016 Putin will come. {BODY}"
    assert published(text).day == "2016-09-03"


def test_a_headline_with_a_date_is_not_a_stamp():
    text = f"Leaders meet on Dec 15, 2016 in Nagato\n\nThe leaders will meet and talk. {BODY}"
    assert published(text).value is None


# ---------------------------------------------------------------- datelines

def test_dateline_with_year_is_printed():
    text = f"Islands talks\n\nMOSCOW, January 22, 2018 (Reuters) - Lavrov said on Monday that {BODY}"
    p = published(text)
    assert (p.day, p.inferred) == ("2018-01-22", False)


# March 3 falls on: 2015 Tue, 2016 Thu, 2017 Fri, 2018 Sat, 2019 Sun, 2020 Tue, 2021 Wed, ..., 2025 Mon.
@pytest.mark.parametrize("weekday, iso", [
    ("Monday", "2025-03-03"),
    ("Tuesday", "2015-03-03"),
    ("Wednesday", "2021-03-03"),
    ("Thursday", "2016-03-03"),
    ("Friday", "2017-03-03"),
    ("Saturday", "2018-03-03"),
    ("Sunday", "2019-03-03"),
])
def test_yearless_dateline_weekday_fixes_the_year(weekday, iso):
    since = f"April {int(iso[:4]) - 2}"  # two March 3rds are possible; the weekday picks one
    text = (f"Islands talks go on\n\nTOKYO, March 3. /TASS/. The Japanese government wants talks, "
            f"a spokesman said on {weekday}. The joint plan was agreed in {since}.\n\n{BODY}")
    p = published(text)
    assert summary(text) == (iso, [iso, iso], "day", True)
    assert weekday in p.evidence and since in p.evidence


def test_yearless_dateline_past_year_moves_the_year():
    def text(since: str) -> str:
        return ("Islands talks go on\n\nTOKYO, March 3. /TASS/. The Japanese government wants talks, a "
                f"spokesman said on Tuesday. The joint plan was agreed in {since}.\n\n{BODY}")
    assert published(text("April 2014")).day == "2015-03-03"
    assert published(text("April 2019")).day == "2020-03-03"  # 2015 is before April 2019


def test_yearless_dateline_with_only_history_is_not_a_day():
    text = ("Islands talks\n\nTOKYO, March 3. /TASS/. The government said on Monday it stands by the "
            f"1956 Joint Declaration signed after the war.\n\n{BODY}")
    p = published(text)
    assert p.day is None and p.inferred is True and p.evidence


def test_yearless_dateline_future_date_and_weekday():
    text = ("Islands talks\n\nTOKYO, Dec 15 (Reuters) - Prime Minister Shinzo Abe said on Thursday he met "
            f"Putin. The plan agreed in May 2016 goes on.\n\n{BODY}")
    assert summary(text) == ("2016-12-15", ["2016-12-15", "2016-12-15"], "day", True)


def test_yearless_dateline_without_any_year_stays_open():
    text = f"Islands talks\n\nTOKYO, March 3. /TASS/. The government said on Friday it wants talks.\n\n{BODY}"
    p = published(text)
    assert p.value is None and p.inferred is True and "no year" in p.evidence


def test_years_after_known_event_fix_the_year():
    text = ("Islands talks\n\nTOKYO, October 19. /TASS/. Officials said on Wednesday that no treaty was "
            f"signed 60 years after the Joint Declaration.\n\n{BODY}")
    assert published(text).day == "2016-10-19"


# ---------------------------------------------------------------- no date at all

def test_article_with_no_date():
    text = f"Islands talks\n\nThe islands are beautiful and people live there and fish.\n\n{BODY}"
    p = published(text)
    assert p.value is None and p.day is None and p.inferred is True and p.evidence


def test_undated_range_from_weekday_future_and_past():
    text = ("Islands talks\n\nTOKYO (Sputnik) - Tokyo wants talks, the minister said Friday, "
            "60 years after the re-establishment of diplomatic relations.\n\n"
            "Putin is expected to visit Japan on December 15. "
            f"In September, Abe took part in a forum in Vladivostok.\n\n{BODY}")
    assert summary(text) == (None, ["2016-09-02", "2016-12-09"], "range", True)


def test_empty_and_odd_input_never_crash():
    for text in ("", "\n\n", "2016", "Dec 45, 2016", "31.02.2016 12:00\n\nText."):
        p = published(text)
        assert p.inferred in (True, False)


# ---------------------------------------------------------------- the seeds

def test_seed_publication_dates(expected, seed_articles):
    for name, want in expected.items():
        got = seed_articles[name].published
        assert got.value is not None, name
        assert got.value.range_iso() == want["published_range"], name
        assert got.inferred == want["published_inferred"], name
        if want["published_range"][0] == want["published_range"][1]:
            assert got.day == want["published"], name
        else:  # the text alone cannot pin the day: precision 'range', no single day
            assert got.day is None and got.value.precision == "range", name
        if got.inferred:
            assert got.evidence and "\n" not in got.evidence


def test_updated_hours_ago_stamp_line():
    text = f"Islands talks go on\n\nJune 16, 2017 / 5:30 PM / Updated 2 hours ago\n\nTOKYO (Reuters) - {BODY}"
    assert published(text).day == "2017-06-16"


def test_past_date_on_the_dateline_day_is_an_earlier_year():
    text = ("Islands talks\n\nTOKYO, March 8. /TASS/. The minister said the ministers met on 8 March 2014 "
            f"and agreed to talk again.\n\n{BODY}")
    assert published(text).day == "2015-03-08"


def test_month_conventions_only_within_a_fixed_year():
    # the year is not fixed: "in February" ahead may be next year's, so it must not narrow the range
    text = ("Islands talks\n\nTOKYO (Sputnik) - The minister is expected to visit Moscow in February, "
            "officials said. On 9 August 2020, the ministers met in Tokyo, and Prime Minister "
            f"Yoshihide Suga spoke.\n\n{BODY}")
    # (Suga was prime minister from September 2020 to October 2021: terms count to the month; Motegi,
    # used here before, is foreign minister again since October 2025, so his title no longer bounds)
    assert summary(text) == (None, ["2020-09-01", "2021-10-31"], "range", True)


def test_full_date_opening_the_first_paragraph():
    text = f"Islands talks\n\nDecember 15, 2016 — Leaders met in Nagato and talked. {BODY}"
    assert (published(text).day, published(text).inferred) == ("2016-12-15", False)


def test_yearless_stamp_line_is_placed_like_a_dateline():
    text = (f"Islands talks\nDec 15, 10:30\n\nTOKYO (Kyodo) - Abe said on Thursday the plan agreed in "
            f"May 2016 goes on. {BODY}")
    p = published(text)
    assert (p.day, p.inferred) == ("2016-12-15", True) and p.evidence.startswith("stamp")


def test_a_lower_bound_alone_gives_no_range():
    text = f"Islands talks\n\nThe ministers met in Tokyo on 29 June 2018 and talked. {BODY}"
    p = published(text)
    assert p.value is None and p.inferred is True


@pytest.mark.parametrize(
    ("text", "url", "day", "why"),
    [
        # the scraper's date field dates a text that prints none
        (" date 2021-07-26 Russian premier visits disputed island\nThe Russian prime minister visited Iturup "
         "on Monday, prompting a protest from Tokyo.\nJapan lodged a protest, officials said.\n", None,
         "2021-07-26", "the page's date field"),
        # a printed stamp in the head beats it (the field may be an update)
        (" date 2022-06-24 Russia halts treaty talks with Japan\nMarch 21, 2022 7:38 pm\nRussia has "
         "withdrawn from peace treaty talks, the ministry said.\nTokyo called it unacceptable.\n", None,
         "2022-03-21", "printed stamp"),
        # the date in the address beats it
        (" date 2022-06-24 Russia halts treaty talks with Japan\nRussia has withdrawn from peace treaty "
         "talks with Japan, the ministry said.\nTokyo called the move unacceptable.\n",
         "https://www.example.com/news/2022/03/21/russia-japan/", "2022-03-21", "the date in the address"),
    ],
)
def test_a_scrapers_date_field_is_evidence_below_the_page_and_the_address(text, url, day, why):
    from kurils.clean import clean_text
    from kurils.models import Source
    from kurils.published import infer_published

    found = infer_published(text, clean_text(text), None, Source(url=url))
    assert found.day == day and found.evidence.startswith(why)


def test_a_japanese_wire_dateline_in_brackets_is_a_dateline():
    from kurils.clean import clean_text
    from kurils.published import published_from_text

    text = ("【12月15日 AFP】ロシアのプーチン大統領は15日、山口県長門市で安倍晋三首相と会談した。\n\n"
            "両首脳は北方領土での共同経済活動について協議した。2016年の訪日は11年ぶりとなる。\n")
    found = published_from_text(text, clean_text(text))
    assert found.evidence.startswith("dateline 'December 15'")


@pytest.mark.parametrize("plan", ["who is due to meet with his Japanese counterpart",
                                  "who will meet with his Japanese counterpart",
                                  "who is expected to hold talks with his Japanese counterpart"])
def test_a_planned_weekday_does_not_fix_the_reports_weekday(plan):
    from kurils.clean import clean_text
    from kurils.published import published_from_text

    text = ("Japan hopes for progress at foreign ministers' talks\n\n"
            f"TOKYO, April 13. /TASS/. Tokyo expects to discuss a peace treaty with Sergey Lavrov {plan} "
            "Fumio Kishida on Friday, Chief Cabinet Secretary Yoshihide Suga told reporters.\n\n"
            "The two ministers last met in Moscow, officials said.\n")
    found = published_from_text(text, clean_text(text))
    assert "fixes the weekday" not in found.evidence


@pytest.mark.parametrize("head", [
    "北方領土 返還大会アピール 2016.12.15 18:31更新 「北方領土の日」の15日、政府は東京で大会を開いた。",
    "Islands talks go on 2016/12/15 17:20 Leaders met in Nagato on Thursday and talked for hours.",
    "北方領土 2016年12月15日 10時30分 両首脳は長門市で会談した。",
    "Путин и Абэ провели переговоры 15.12.2016 12:30 Лидеры встретились в Нагато в четверг.",
    "Путин и Абэ провели переговоры 15 декабря 2016, 12:30 Лидеры встретились в Нагато в четверг.",
])
def test_a_date_with_a_clock_time_is_a_stamp_even_run_into_the_lead(head):
    text = f"{head}\n\n{BODY}"
    p = published(text)
    assert (p.day, p.inferred) == ("2016-12-15", False) and "stamp" in p.evidence


def test_a_long_caseless_run_beside_a_date_is_a_sentence_not_a_stamp():
    text = f"両首脳は山口県長門市の温泉旅館で会談した - 2016/12/15\n\n{BODY}"
    assert "stamp" not in (published(text).evidence or "")


def test_a_russian_dateline_closed_by_the_agencys_name():
    from kurils.published import published_from_text

    text = ("Захарова ответила Токио\n\nЮЖНО-САХАЛИНСК, 14 октября, ФедералПресс. Заявления премьера "
            "Японии вызвали ответ МИД России.\n\nОб этом заявила Мария Захарова.\n")
    found = published_from_text(text, clean_text(text))
    assert found.evidence.startswith("dateline 'October 14'")


@pytest.mark.parametrize(("url", "day"), [
    ("https://news.example.jp/hl?a=20170726-00010001-doshin-hok", "2017-07-26"),
    ("https://news.example.jp/2017/07/26/islands.html", "2017-07-26"),
    # the address's day is another day, or its weekday is not the stamp's (2018-07-26 is a Thursday)
    ("https://news.example.jp/hl?a=20170727-00010001-doshin-hok", None),
    ("https://news.example.jp/hl?a=20180726-00010001-doshin-hok", None),
])
def test_a_yearless_japanese_stamp_takes_the_year_of_the_address(url, day):
    from kurils.models import Source

    text = ("北方墓参が始まる\n\n7/26(水) 7:03配信\n\n北海道新聞\n\n"
            "【根室】元島民らが古里の墓地を訪ねる北方墓参が本年度も26日から始まる。\n\n"
            "ビザなし訪問は今年もトラブルが続いている。\n")
    found = infer_published(text, clean_text(text), None, Source(url=url))
    assert found.day == day
    if day:
        assert found.inferred is False and "the year from the address" in found.evidence


@pytest.mark.parametrize(("count", "inside", "outside"), [
    ("over 70 years", "2018-11-14", None),  # at least 2015: the weekday and the summit place it
    ("70 years", None, "2018-11-14"),  # exactly 70 years: 2015
])
def test_a_hedged_count_of_years_bounds_the_year(count, inside, outside):
    text = (f"Abe and Putin agree to speed up talks\n\nAbe said the issue had lingered for {count} since "
            "the end of the war. He met Putin in Singapore on Wednesday.\n\nPrime Minister Shinzo Abe spoke "
            "to reporters after the meeting in Singapore on Wednesday.\n")
    value = published(text).value
    if inside:
        assert value is not None and value.first.isoformat() <= inside <= value.last.isoformat()
    if outside:
        assert value is None or not value.first.isoformat() <= outside <= value.last.isoformat()


def test_an_office_recalled_with_when_he_was_does_not_bound_the_date():
    text = ("Medvedev visits disputed island\n\nRussian Prime Minister Dmitry Medvedev on Friday made his "
            "first visit since 2015 to the disputed islands.\n\nIn November 2010, when he was president, "
            "Medvedev visited Kunashiri. He visited it again in July 2012.\n")
    value = published(text).value
    assert value is not None and value.first.year >= 2015 and value.last.isoformat() >= "2019-08-02"


@pytest.mark.parametrize(("lead", "day"), [
    # Dec 16 was a Friday in 2011 and 2016; Abe's second term (from 2012) leaves 2016
    ("Prime Minister Shinzo Abe and President Vladimir Putin held talks on Friday (Dec 16) in Tokyo.",
     "2016-12-16"),
    ("Prime Minister Shinzo Abe met President Vladimir Putin in Tokyo Friday, Dec. 16, for a second day.",
     "2016-12-16"),
])
def test_a_weekday_with_its_day_in_the_lead_places_the_report(lead, day):
    text = (f"Leaders meet again\n\nTOKYO (Reuters) - {lead} The talks that began in 2014 went on.\n\n"
            "The two leaders agreed to keep talking, officials said.\n")
    value = published(text).value
    assert value is not None and value.first.isoformat() <= day <= value.last.isoformat()
    assert (value.last - value.first).days <= 6


def test_a_planned_weekday_with_its_day_does_not_place_the_report():
    text = ("Leaders to meet\n\nTOKYO (Reuters) - Prime Minister Shinzo Abe will meet President Vladimir "
            "Putin on Friday (Dec 16) in Tokyo, officials said. The talks began in 2014.\n\n"
            "More talks are planned.\n")
    value = published(text).value
    assert value is None or (value.last - value.first).days > 6


@pytest.mark.parametrize(("caption", "inside"), [
    ("Officials met reporters in Tokyo, Aug. 16, 2006.", True),  # a Wednesday: the lead's day
    ("Officials met reporters in Tokyo, Aug. 17, 2006.", False),  # a Thursday: another day
])
def test_a_full_date_on_the_leads_weekday_places_the_report_that_week(caption, inside):
    text = (f"Russia fires on Japanese fishing boat\n\n{caption}\n\nA Russian patrol boat opened fire on a "
            "Japanese vessel in disputed waters Wednesday, Japanese Foreign Minister Taro Aso said.\n\n"
            "Tokyo protested.\n")
    value = published(text).value
    assert value is not None
    assert ((value.last - value.first).days <= 6) is inside
    assert value.first.isoformat() <= "2006-08-16" <= value.last.isoformat() or not inside


@pytest.mark.parametrize(("text", "day", "range_"), [
    # Kishida took office in October 2021: a yearless October dateline is that October
    ("Kishida vows talks\n\nTOKYO, October 14 (Reuters) - Japan's new Prime Minister Fumio Kishida said the "
     "islands dispute must be resolved.\n\nHe spoke to reporters.\n", "2021-10-14", None),
    # Abe was new twice (2006, 2012): bounded, not placed
    ("Abe vows talks\n\nTOKYO, December 28 (Reuters) - Japan's new Prime Minister Shinzo Abe said the "
     "islands dispute must be resolved.\n\nHe spoke.\n", None, ["2006-12-28", "2012-12-28"]),
    # not new: four years of Kishida's term stay open
    ("Kishida vows talks\n\nTOKYO, October 14 (Reuters) - Japan's Prime Minister Fumio Kishida said the "
     "islands dispute must be resolved.\n\nHe spoke to reporters.\n", None, ["2021-10-14", "2024-10-14"]),
])
def test_an_office_holder_called_new_places_the_text_early_in_the_term(text, day, range_):
    p = published(text)
    assert p.day == day
    if range_:
        assert p.value.range_iso() == range_


# ---------------------------------------------------------------- lead dates

@pytest.mark.parametrize(("text", "day"), [
    # a government page opens its lead with the day of what it reports (Japanese era years)
    ("北方領土の集い\n\n平成23年2月7日、総理は都内で開催された大会に出席しました。\n大会では返還を求める決意を表明しました。",
     "2011-02-07"),
    ("Prime Minister's activities\n\nOn February 7, 2011, the Prime Minister attended the national rally "
     "in Tokyo calling for the return of the islands.\nHe spoke of the talks with Russia.", "2011-02-07"),
])
def test_a_full_date_opening_the_lead_sentence_dates_the_page(text, day):
    p = published(text)
    assert (p.day, p.inferred) == (day, False) and p.evidence.startswith("lead date")


def test_a_history_that_opens_with_a_date_is_not_dated_by_it():
    text = ("The war's last days\n\nOn August 9, 1945, the Soviet Union declared war on Japan and soon "
            "took the islands.\nIn 2016 Prime Minister Shinzo Abe met President Vladimir Putin in Nagato.")
    assert published(text).day != "1945-08-09"


@pytest.mark.parametrize(("text", "day"), [
    # "…, написала 4 июля официальный представитель": the statement's day, the year from a past date
    ("Остров наш\n\nОстров принадлежит России, написала 4 июля официальный представитель МИД.\n\n"
     "В апреле Токио опубликовали доклад за 2023 год.", "2023-07-04"),
    ("Islands row\n\nThe islands are Russia's, the ministry said on July 4 in a statement.\n\n"
     "In April Tokyo published its report for 2023, which named the islands.", "2023-07-04"),
])
def test_a_lead_that_names_the_day_of_the_statement_is_placed_like_a_dateline(text, day):
    p = published(text)
    assert (p.day, p.inferred) == (day, True) and p.evidence.startswith("lead date")


def test_a_planned_day_in_the_lead_is_no_lead_date():
    text = ("Talks\n\nThe minister will travel to Tokyo on July 4 for talks on the islands.\n\n"
            "In April Tokyo published its report for 2023.")
    assert "lead date" not in (published(text).evidence or "")


def test_a_one_sentence_paragraph_site_has_a_longer_lead():
    # the weekday of the second one-sentence paragraph still belongs to the lead
    text = ("Sep. 6 (EUROPA PRESS) –\n"
            "Russian authorities have canceled an agreement with Japan that allowed former residents of the "
            "islands to visit them without visas.\n"
            "Russia published on Monday an official document signed by Prime Minister Mikhail Mishustin.\n"
            "Japanese Prime Minister Fumio Kishida called the decision unacceptable.\n")
    assert published(text).day == "2022-09-06"


def test_a_reporting_verb_a_few_words_before_the_day_still_names_the_statements_day():
    text = ("Курилы\n\nЯпония не сможет уйти от этой реальности, заявили в МИД РФ 19 апреля.\n\n"
            "В ведомстве отреагировали на упоминание островов в японской «Синей книге по дипломатии» "
            "за 2023 год.")
    p = published(text)
    assert (p.day, p.inferred) == ("2023-04-19", True)


@pytest.mark.parametrize(("text", "year"), [
    ("Япония и Курилы\n\n165 лет назад, 7 февраля 1855 года было заключено первое соглашение наших стран.",
     2020),
    ("Shimoda\n\nExactly 165 years ago, on February 7, 1855, the two countries signed their first treaty.",
     2020),
])
def test_years_ago_beside_the_year_it_counts_from_gives_the_year(text, year):
    value = published(text).value
    assert value is not None and value.first.year == value.last.year == year


def test_a_hedged_years_ago_gives_no_year():
    text = "Shimoda\n\nMore than 165 years ago, on February 7, 1855, the two countries signed a treaty."
    value = published(text).value
    assert value is None or value.first.year != value.last.year


@pytest.mark.parametrize(("text", "day"), [
    ("Foreign Minister's statement at a news conference following talks with the Foreign Minister "
     "of Japan, Moscow, January 14, 2019\n\nLadies and gentlemen,\n\nWe have concluded lengthy talks "
     "today.", "2019-01-14"),
    ("日露外相会談（2019年1月14日）\n\n本日、モスクワで外相会談が行われました。", "2019-01-14"),
])
def test_a_day_closing_the_title_dates_the_page(text, day):
    p = published(text)
    assert (p.day, p.inferred) == (day, False) and p.evidence.startswith("headline date")


def test_a_title_naming_a_historic_day_is_not_the_pages_date():
    text = ("Remembering the treaty, February 7, 1855\n\nIn 2016 Prime Minister Shinzo Abe recalled the "
            "treaty in a speech to the Diet.")
    assert published(text).day != "1855-02-07"


# ---------------------------------------------------------------- Japanese office-holders

def test_a_japanese_officials_title_gives_the_year_of_a_yearless_lead_date():
    text = ("北方領土返還要求全国大会\n\n2月7日、東京都千代田区で全国大会が開催されました。\n"
            "今年の大会には菅直人首相ら政府の代表者が出席しました。")
    p = published(text)
    assert (p.day, p.inferred) == ("2011-02-07", True) and "菅直人首相" in p.evidence


@pytest.mark.parametrize("recalled", [
    "首相の公式訪ロは小泉純一郎首相以来10年ぶり。",  # "since PM Koizumi"
    "2005年、小泉純一郎首相がプーチン大統領と会談した。",  # a line that names its year
])
def test_a_japanese_office_of_the_past_gives_no_bound(recalled):
    text = f"日ロ首脳会談\n\n安倍晋三首相はモスクワでプーチン大統領と会談する。\n{recalled}"
    value = published(text).value
    assert value is None or value.last.year >= 2019


def test_a_japanese_topic_then_the_day_opens_a_lead_date():
    text = ("日露首脳会談\n\n安倍総理は12月16日、総理大臣官邸でプーチン大統領と首脳会談を行いました。\n"
            "会談後に共同記者会見を行いました。")
    p = published(text)
    assert p.evidence.startswith("lead date 'December 16'")


@pytest.mark.parametrize(("text", "day"), [
    ("日ロ首脳会談\n\n安倍晋三首相は29日午後、モスクワでプーチン大統領と会談する。", 29),
    ("Talks\n\nThe two leaders will meet on the 29th in Moscow, officials said.", 29),
    ("Курилы\n\nЛидеры встретятся 29-го в Москве.", 29),
])
def test_the_day_of_the_month_alone_in_the_lead(text, day):
    from kurils.published import lead_day_of_month

    assert lead_day_of_month(text, clean_text(text))[0] == day


def test_a_scrapers_date_field_may_give_the_month_only():
    text = (" date 2022-04 Der Territorialstreit um die Kurilen hat sich verschärft.\n"
            "Moskau plant offenbar, die Inseln vollständig zu erschließen.\n")
    value = published(text).value
    assert (value.iso(), value.precision) == ("2022-04", "month")


def test_a_month_closing_the_title_dates_the_page_to_the_month():
    text = "日露首脳会談 (イタリア・ミラノ・平成26年10月)\n\n安倍総理はミラノでプーチン大統領と会談しました。"
    value = published(text).value
    assert (value.iso(), value.precision) == ("2014-10", "month")


@pytest.mark.parametrize(("head", "day"), [
    ("16/12/15 18:49:40 0 BE:1920358278-PLT(12556)", "2016-12-15"),  # a Japanese board's post: year first
    ("名無しさん 16/12/15(木) 18:49:40.12 ID:abc", "2016-12-15"),
])
def test_a_japanese_board_stamp_puts_the_year_first(head, day):
    text = f"{head}\n元島民らが古里の墓地を訪ねる北方墓参について首相は15日、会談で述べた。\n"
    assert published(text).day == day


def test_a_board_stamp_is_not_read_in_a_text_that_is_not_japanese():
    text = "16/12/15 18:49:40\nThe ministers talked about the four islands on Thursday.\n"
    assert published(text).day != "2016-12-15"


@pytest.mark.parametrize(("url", "day"), [
    ("https://board.example.jp/test/read.cgi/newsplus/1481795380/", "2016-12-15"),  # 09:49 UTC, 18:49 JST
    ("https://mirror.example.jp/r/poverty/1481835600", "2016-12-16"),  # 21:00 UTC is the next day in Japan
    ("https://news.example.jp/articles/1481795380/photo", None),  # not the address's last segment
    ("https://news.example.jp/1481795380", None),  # no board before it
])
def test_a_japanese_boards_thread_key_is_the_day_the_thread_opened(url, day):
    from kurils.models import Source

    text = "プーチン大統領が来日、安倍首相と山口県長門市で会談した。北方領土での共同経済活動について協議。\n"
    found = infer_published(text, clean_text(text), None, Source(url=url))
    assert found.day == day
    if day:
        assert "thread's key" in found.evidence


def test_a_thread_key_outside_the_texts_own_bounds_is_not_taken():
    from kurils.models import Source

    text = "安倍首相はプーチン大統領と会談した。\n"  # Abe's terms: 2006-2007, 2012-2020
    found = infer_published(text, clean_text(text), None, Source(url="https://b.example.jp/newsplus/1700000000"))
    assert "thread's key" not in (found.evidence or "")


def test_a_thread_key_is_not_read_from_a_text_that_is_not_japanese():
    from kurils.models import Source

    text = "Putin met Abe in Nagato to talk about the four islands.\n"
    found = infer_published(text, clean_text(text), None,
                            Source(url="https://board.example.com/newsplus/1481795380"))
    assert "thread's key" not in (found.evidence or "")
