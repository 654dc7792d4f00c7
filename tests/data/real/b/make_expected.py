# ruff: noqa: E501
"""Writes expected.json for batch b: what a careful reader finds in each real article (kept as code for brevity).

Written before the parser first ran on these files. Article places are the cities, islands and island
groups named in the prose (the project's ARTICLE_PLACE_KINDS); names met only in captions, teasers or
page furniture are optional. 'published' is the true publication day (from the text, the URL, or the
dispute's chronology when the text leaves it out, said in 'published_evidence'); where the day cannot be
known, 'published' is null and 'published_range' is the narrowest range the text supports. Background
history (1855, 1945, 1956) is optional unless the article reports it as news. URLs are in sources.tsv.
"""
import json
from pathlib import Path

HERE = Path(__file__).parent


def ev(date, type, places=(), people=(), what="", required=True, status=None):
    d = {"date": date, "type": type, "places": list(places), "people": list(people), "what": what}
    if status:
        d["status"] = status
    if not required:
        d["required"] = False
    return d


A = []


def art(file, outlet, headline, published, places, people, events, optional_places=(), optional_people=(),
        evidence="text", published_range=None, truncated=False):
    urls = dict(line.split("\t") for line in (HERE / "sources.tsv").read_text(encoding="utf-8").splitlines() if line)
    item = {"file": file, "url": urls[file], "outlet": outlet, "headline": headline, "published": published,
            "published_evidence": evidence, "places": sorted(places), "people": sorted(people),
            "optional_places": sorted(optional_places), "optional_people": sorted(optional_people),
            "events": events, "truncated": truncated}
    if published_range:
        item["published_range"] = list(published_range)
    A.append(item)


art("01_tass_2016_en.txt", "TASS", "Japan hopes to discuss peace treaty during Lavrov’s visit — government", "2016-04-13",
    ["Tokyo", "Moscow", "Kuril Islands", "Iturup", "Kunashir", "Shikotan", "Habomai"], ["Lavrov", "Kishida", "Suga"],
    [ev("2016-04-15", "meeting", ["Tokyo"], ["Lavrov", "Kishida"], "Lavrov to meet Kishida on Friday during his visit", status="planned"),
     ev("2016-04-13", "statement", ["Tokyo"], ["Suga"], "Suga tells a press conference in Tokyo"),
     ev("2016-04-12", "statement", [], ["Lavrov"], "Lavrov's interview on Tuesday"),
     ev("1956", "treaty", [], [], "Joint Declaration of 1956", required=False)],
    evidence="dateline April 13; the year from the chronology (Lavrov-Kishida talks in Tokyo, Friday 15 April 2016)")

art("02_sputnik_2016_en.txt", "Sputnik", "", "2016-04-12",
    ["Moscow", "Washington", "Kuril Islands", "Iturup", "Kunashir", "Shikotan", "Habomai"], ["Lavrov", "Abe", "Putin"],
    [ev("2016-04-12", "statement", [], ["Lavrov"], "Lavrov interview with Chinese, Japanese and Mongolian media"),
     ev("1956", "treaty", [], [], "joint declaration of 1956", required=False)],
    evidence="url")

art("03_nikkansports_2018_ja.txt", "Nikkan Sports", "", "2018-09-11",
    ["Vladivostok", "Moscow", "Osaka", "Kuril Islands"], ["Abe", "Putin", "Kawano"],
    [ev("2018-09-10", "meeting", ["Vladivostok"], ["Abe", "Putin"], "Abe and Putin meet in Vladivostok on the 10th"),
     ev("2018-10", "visit", ["Kuril Islands"], [], "Japanese survey team sent to the islands in early October", status="planned"),
     ev("2018-05", "meeting", ["Moscow"], ["Abe", "Putin"], "previous summit in Moscow in May"),
     ev("2019-06", "visit", ["Japan", "Osaka"], ["Putin"], "Putin to visit Japan for the G20 in Osaka next June", status="planned"),
     ev("2018-10", "visit", ["Russia"], ["Kawano"], "Chief of Staff Kawano visits Russia in October", status="planned"),
     ev("2018-10", "treaty", [], [], "Japan-Russia tax treaty takes effect in October", required=False)],
    evidence="url", truncated=True)

art("04_japanonline_2016_ja.txt", "Japan Online", "", "2016-12-20",
    ["Nagato", "Kuril Islands"], ["Abe", "Putin"],
    [ev("2016-12-15", "meeting", ["Nagato"], ["Abe", "Putin"], "Abe and Putin meet at a hot-spring inn in Nagato on the 15th")],
    evidence="url slug 2016-12-20 (the text was written on 15 December 2016)")

art("05_regnum_2023_ru.txt", "Regnum", "", "2023-07-04",
    ["Iturup", "Kunashir", "Shikotan", "Habomai", "Kuril Islands", "Tokyo"], ["Zakharova", "Trutnev"],
    [ev("2023-07-04", "statement", ["Iturup"], ["Zakharova"], "Zakharova writes on Telegram on 4 July"),
     ev("2023-04", "statement", [], [], "Japan publishes its Diplomatic Bluebook in April")],
    evidence="text '4 июля' and '2023 год'")

art("06_lenta_2019_ru.txt", "Lenta.ru", "", "2019-08-07",
    ["Kuril Islands", "Iturup", "Kunashir", "Shikotan", "Habomai", "Moscow", "Tokyo"], ["Suga", "Kozuki", "Morgulov"],
    [ev("2019-08-07", "statement", [], ["Suga"], "Suga says Tokyo does not accept the protest"),
     ev("2019-08-06", "statement", [], ["Kozuki", "Morgulov"], "Morgulov hands ambassador Kozuki a protest note on 6 August")],
    evidence="url")

art("07_ntv_2015_ru.txt", "NTV", "", "2015-09-21",
    ["Moscow", "Kuril Islands"], ["Lavrov", "Kishida"],
    [ev("2015-09-21", "statement", [], ["Lavrov"], "Lavrov says on Monday the Southern Kurils are not the subject of talks"),
     ev("2015-09-21", "visit", ["Moscow"], ["Kishida"], "Kishida arrives in Moscow today")],
    evidence="chronology (Kishida in Moscow, Monday 21 September 2015); the text gives only 'в понедельник' and 'сегодня'")

art("08_vesti_2019_ru.txt", "Vesti", "Курилы – территория России: в Москве обсудили мирный договор с Японией", "2019-01-14",
    ["Moscow", "Kuril Islands"], ["Lavrov", "Kono"],
    [ev("2019-01-14", "meeting", ["Moscow"], ["Lavrov", "Kono"], "first round of peace-treaty talks between Lavrov and Kono in Moscow"),
     ev("2019-01-14", "statement", [], ["Lavrov"], "Lavrov says sovereignty is not discussed", required=False)],
    evidence="chronology (first Lavrov-Kono round, 14 January 2019); the text is undated", truncated=True)

art("09_gazeta_2021_ru.txt", "Gazeta.ru", "В японском МИД заявили, что Кисида и Путин продолжат диалог по мирному договору", "2021-10-15",
    ["Kuril Islands", "Tokyo"], ["Putin", "Kishida", "Motegi", "Grigorenko", "Khusnullin"],
    [ev("2021-10-15", "statement", [], ["Motegi"], "Motegi says the leaders confirmed they will continue the talks"),
     ev("2021-10-07", "call", [], ["Putin", "Kishida"], "Putin-Kishida phone call (undated in the text)", required=False),
     ev("2019-11", "meeting", ["Nagoya"], ["Lavrov", "Motegi"], "photo caption: Lavrov and Motegi in Nagoya, November 2019", required=False)],
    optional_places=["Nagoya"], optional_people=["Lavrov"], evidence="url", truncated=True)

art("10_japannews-jiji_2023_en.txt", "Yomiuri", "", "2023-01-31",
    ["Tokyo", "Moscow", "Kuril Islands"], ["Matsuno"],
    [ev("2023-01-31", "statement", ["Tokyo"], ["Matsuno"], "Matsuno tells a news conference in Tokyo on Tuesday"),
     ev("1986", "treaty", [], [], "1986 Tokyo-Moscow agreement on grave visits")],
    optional_people=["Hagerty"], evidence="text '21:24 JST, January 31, 2023'", truncated=True)

art("11_japannews_2022_en.txt", "Yomiuri", "", "2022-09-06",
    ["Kuril Islands"], ["Matsuno", "Hayashi"],
    [ev("2022-09-05", "statement", [], [], "Russian decree on Monday scraps the visa-free agreements"),
     ev("1991-10", "treaty", [], [], "October 1991 agreement on visa-free exchanges", required=False),
     ev("1999-09", "treaty", [], [], "September 1999 verbal note on open visitation", required=False),
     ev("2022-03", "statement", [], [], "Russia suspends the exchanges and halts peace-treaty talks in March"),
     ev("2022-09-06", "statement", [], ["Matsuno"], "Matsuno on Tuesday morning: 'extremely unjust'"),
     ev("2022-09-06", "statement", [], ["Hayashi"], "Hayashi at a press conference that morning"),
     ev("2020", "other", [], [], "programs suspended since 2020", required=False)],
    optional_places=[], evidence="text '13:49 JST, September 6, 2022'", truncated=True)

art("12_japannews-jiji_2022_en.txt", "Yomiuri", "Japan suspends visits to Russian-held isles", "2022-04-27",
    ["Tokyo", "Moscow"], [],
    [ev("2022-04-26", "statement", ["Tokyo"], [], "Japanese government says on Tuesday it suspends the visa-free program"),
     ev("2022-03", "statement", [], [], "Russia announced a suspension last month"),
     ev("2020", "other", [], [], "no exchanges since fiscal 2020", required=False)],
    optional_places=["Kuril Islands"], evidence="url")

art("13_japantoday-kyodo_2020_en.txt", "Japan Today", "Visa-free visit for Russian-held disputed isles delayed amid pandemic", "2020-04-04",
    ["Tokyo", "Moscow", "Kuril Islands"], [],
    [ev("2020-04-04", "statement", [], [], "government sources say on Saturday the visits are postponed"),
     ev("1945", "military", [], [], "Soviet Union seized the islands in 1945", required=False)],
    evidence="text 'said Saturday' and page date", truncated=True)

art("14_regnum_2019_ru.txt", "Regnum", "", None,
    ["Kuril Islands"], ["Putin", "Abe", "Lavrov", "Kono"],
    [ev("2019-06", "meeting", ["Japan"], ["Putin", "Abe"], "next Putin-Abe meeting expected in Japan in late June", status="planned"),
     ev("2019-05", "meeting", [], ["Lavrov", "Kono"], "Lavrov meets Kono in early May"),
     ev("2019-05-20", "meeting", [], [], "first session of the joint working group set for 20 May", status="planned"),
     ev("2019", "meeting", [], [], "summit talks early in the year", required=False)],
    evidence="text: after the early-May Lavrov-Kono meeting, before 20 May 2019",
    published_range=["2019-05-10", "2019-05-19"], truncated=True)

art("15_vesti_2019_ru.txt", "Vesti", "", None,
    ["Moscow", "Sochi"], ["Putin", "Abe"],
    [ev("2019-01-22", "meeting", ["Moscow"], ["Putin", "Abe"], "Putin and Abe meet in Moscow on 22 January for the 25th time")],
    evidence="text '22 января' (year from the chronology: 25th Putin-Abe meeting); the day of publication is not given",
    published_range=["2019-01-22", "2019-01-31"], truncated=True)

art("16_rt_2017_ru.txt", "RT", "", None,
    ["Kunashir", "Iturup", "Shikotan", "Habomai", "Kuril Islands", "Yuzhno-Sakhalinsk"], ["Abe", "Putin", "Hasegawa"],
    [ev("2017-04", "visit", ["Moscow"], ["Abe"], "Abe's visit to the Russian capital in April 2017"),
     ev("2017-06-18", "visit", ["Kunashir", "Iturup"], [], "first charter flight from Japan to Kunashir and Iturup on 18 June", status="planned"),
     ev("2016-12", "visit", ["Japan"], ["Putin"], "Putin's visit to Japan in December 2016"),
     ev("2017-05", "meeting", ["Yuzhno-Sakhalinsk"], ["Hasegawa"], "talks in Yuzhno-Sakhalinsk at the end of May")],
    evidence="text: after late May 2017, before the 18 June flight",
    published_range=["2017-05-21", "2017-06-17"], truncated=True)

art("17_ng_2017_ru.txt", "Nezavisimaya Gazeta", "", "2017-11-01",
    ["Kuril Islands", "Kunashir", "Iturup", "Shikotan"], ["Shcherbina", "Hasegawa"],
    [ev("2017-06", "visit", ["Kuril Islands"], [], "first Japanese business mission at the end of June"),
     ev("2017-10-30", "visit", ["Kuril Islands"], [], "second mission leaves for home on Monday"),
     ev("2019", "other", [], [], "projects expected to start in 2019", required=False)],
    optional_people=["Kozhemyako"], evidence="url", truncated=True)

art("18_japantimes-kyodo_2016_en.txt", "The Japan Times", "", "2016-11-22",
    ["Iturup", "Kunashir", "Shikotan", "Habomai", "Kuril Islands", "Buenos Aires", "Kaliningrad"], ["Shoigu", "Abe", "Putin"],
    [ev("2016-11", "military", ["Iturup", "Kunashir"], [], "Bastion and Bal missile systems deployed, reported recently"),
     ev("2016-03", "statement", [], ["Shoigu"], "Shoigu said in March missiles would be deployed"),
     ev("2016-11-21", "statement", ["Buenos Aires"], ["Abe"], "Abe speaks in Buenos Aires on Monday"),
     ev("2016-11-20", "statement", [], ["Putin"], "Putin pours cold water a day earlier"),
     ev("2016-11-22", "military", ["Senkaku Islands"], [], "Russian helicopter flies near the Senkakus on Tuesday"),
     ev("2016-11-21", "military", ["Kaliningrad"], [], "similar deployment in Kaliningrad, reports said Monday", required=False),
     ev("1945-08", "military", [], [], "islands seized in August 1945", required=False)],
    optional_places=["Senkaku Islands", "Kuba", "Taisho"], evidence="url", truncated=True)

art("19_economicjp_2015_ja.txt", "Economic News", "", None,
    ["Kunashir", "Iturup", "Kuril Islands"], ["Suga", "Sokolov", "Medvedev", "Kishida", "Putin", "Morgulov"],
    [ev("2015-09-07", "statement", [], ["Suga"], "Suga criticises the visit at his press conference on the 7th"),
     ev("2015-08", "visit", ["Iturup"], ["Medvedev"], "Medvedev visits Etorofu in August"),
     ev("2015-09", "visit", ["Kunashir"], ["Sokolov"], "Transport Minister Sokolov visits Kunashiri", required=False)],
    evidence="text '7日' (month and year from the chronology: after Medvedev's August 2015 visit)",
    published_range=["2015-09-07", "2015-09-08"])

art("20_afpbb_2019_ja.txt", "AFP", "", "2019-01-15",
    ["Kuril Islands"], ["Lavrov", "Kono"],
    [ev("2019-01-14", "meeting", [], ["Lavrov", "Kono"], "Lavrov and Kono meet on the 14th"),
     ev("2019-01-14", "statement", [], ["Lavrov"], "Lavrov's press conference after the talks", required=False)],
    evidence="text '1月15日' (year from the chronology: Lavrov-Kono talks, 14 January 2019)")

art("21_asahi_2015_ja.txt", "Asahi Shimbun", "", "2015-09-02",
    ["Iturup", "Kunashir", "Kuril Islands"], ["Medvedev"],
    [ev("2015-08", "visit", ["Iturup"], ["Medvedev"], "Medvedev visits Etorofu in late August"),
     ev("2015-08", "visit", ["Iturup", "Kunashir"], [], "visa-free exchange visit to Etorofu and Kunashiri at the same time")],
    evidence="url", truncated=True)

art("22_asahi_2019_ja.txt", "Asahi Shimbun", "", "2019-02-08",
    ["Nemuro", "Kuril Islands"], [],
    [ev("2019-02-07", "statement", [], [], "national rally on Northern Territories Day drops 'illegally occupied' from its appeal")],
    evidence="url", truncated=True)

art("23_mainichi_2018_ja.txt", "Mainichi", "択捉ビザなし訪問 ロシア化、元島民に焦り 進む開発、住民は自信 /北海道", "2018-06-17",
    ["Iturup", "Kuril Islands"], [],
    [ev("2018-05", "meeting", [], [], "Japan-Russia summit in May agrees on a private survey mission"),
     ev("2018", "visit", ["Kuril Islands"], [], "survey mission this summer", required=False, status="planned")],
    evidence="url", truncated=True)

art("24_mainichi_2016_ja.txt", "Mainichi", "露、経済協力と切り離す姿勢 記者ビザなし交流", "2016-07-28",
    ["Vladivostok", "Kunashir", "Shikotan", "Kuril Islands", "Nemuro"], ["Abe", "Putin"],
    [ev("2016-09", "meeting", ["Vladivostok"], ["Abe", "Putin"], "Abe to meet Putin in Vladivostok in September", status="planned"),
     ev("2016", "visit", ["Japan"], ["Putin"], "Putin's visit to Japan within the year sought", status="planned"),
     ev("2016-07-21", "visit", ["Kunashir", "Shikotan"], [], "visa-free exchange visit to Kunashiri and Shikotan on the 21st-25th"),
     ev("2016-07-22", "other", ["Kunashir"], [], "photo caption dated 22 July 2016", required=False)],
    optional_places=["Furukamappu"], evidence="url", truncated=True)

art("25_japantimes_2019_en.txt", "The Japan Times", "Not 'partners': Shinzo Abe and Vladimir Putin on collision course over islands at summit talks in Moscow", "2019-01-20",
    ["Moscow", "Tokyo", "Kuril Islands", "Singapore"], ["Abe", "Putin", "Ushakov", "Kono", "Lavrov"],
    [ev("2019-01-22", "meeting", ["Moscow"], ["Abe", "Putin"], "summit talks in Moscow on Tuesday", status="planned"),
     ev("2019-01", "statement", [], ["Abe"], "Abe's New Year's address"),
     ev("2018-11", "meeting", ["Singapore"], ["Putin", "Abe"], "agreements reached in Singapore in November"),
     ev("2019-01-14", "meeting", [], ["Kono", "Lavrov"], "foreign ministers' talks on Monday"),
     ev("2019-01", "statement", [], [], "Russia summons the Japanese ambassador", required=False)],
    evidence="url", truncated=True)

art("26_rbc_2021_ru.txt", "RBC", "Посол России ответил на протест Токио из-за поездки Мишустина на Курилы", "2021-07-26",
    ["Tokyo", "Iturup", "Kuril Islands"], ["Mishustin", "Galuzin", "Kato"],
    [ev("2021-07-26", "visit", ["Iturup"], ["Mishustin"], "Mishustin visits Iturup today, 26 July"),
     ev("2021-07-26", "statement", [], ["Galuzin"], "ambassador Galuzin calls the protest unacceptable"),
     ev("2021-07-26", "statement", [], ["Kato"], "Kato calls the visit regrettable", required=False)],
    evidence="text '26 июля'; year from the URL's hex timestamp", truncated=True)

art("27_vz_2021_ru.txt", "Vzglyad", "Эксперты оценили перспективы создания свободной таможенной зоны на Курилах", "2021-07-26",
    ["Kuril Islands", "Tokyo"], ["Mishustin", "Kistanov"],
    [ev("2021-07-26", "statement", ["Kuril Islands"], ["Mishustin"], "Mishustin proposes a free customs zone"),
     ev("2021-07-26", "statement", [], ["Kistanov"], "Kistanov tells VZGLYAD Tokyo will reject it", required=False)],
    evidence="text '26 июля 2021'", truncated=True)

art("28_rbc_2021_ru.txt", "RBC", "МИД Японии выразил протест из-за визита членов кабмина России на Курилы", "2021-10-15",
    ["Tokyo", "Moscow", "Iturup", "Kunashir", "Shikotan", "Habomai", "Kuril Islands"], ["Motegi", "Khusnullin", "Grigorenko"],
    [ev("2021-10-15", "statement", [], ["Motegi"], "Motegi protests the deputy prime ministers' trip"),
     ev("2021-10", "visit", ["Iturup"], ["Khusnullin", "Grigorenko"], "Khusnullin and Grigorenko visit Iturup"),
     ev("2021-10-13", "statement", [], [], "Sakhalin government announces the trip on 13 October", required=False),
     ev("1945", "other", [], [], "Kurils pass to the USSR in 1945", required=False)],
    optional_people=["Kishida"], evidence="URL's hex timestamp (2021-10-15)", truncated=True)

art("29_urdupoint-sputnik_2021_en.txt", "UrduPoint", "Russia's Mishustin Says Possibility Of Free Customs Regime In Kurils Under Discussion", "2021-07-26",
    ["Kurilsk", "Iturup", "Kunashir", "Shikotan", "Habomai", "Kuril Islands"], ["Mishustin", "Kato"],
    [ev("2021-07-26", "visit", ["Iturup"], ["Mishustin"], "Mishustin arrives on Iturup on Monday"),
     ev("2021-07-26", "statement", ["Iturup"], ["Mishustin"], "Mishustin speaks to Kuril fishing enterprises"),
     ev("2021-07-26", "statement", [], ["Kato"], "Kato says Japan will protest")],
    evidence="text '26th July, 2021'")

art("30_newizv_2010_ru.txt", "Novye Izvestia", "Приезд Медведева на Курилы ранил японцев (ФОТО + ВИДЕО)", "2010-11-01",
    ["Kunashir", "Kuril Islands", "Tokyo"], ["Medvedev", "Kan", "Maehara", "Bely"],
    [ev("2010-11-01", "visit", ["Kunashir"], ["Medvedev"], "Medvedev arrives on Kunashir on Monday"),
     ev("2010-11-01", "statement", [], ["Kan"], "Kan calls the visit regrettable"),
     ev("2010-11-01", "statement", [], ["Maehara"], "Maehara says the visit hurts Japanese feelings"),
     ev("2010-11-01", "meeting", ["Tokyo"], ["Maehara", "Bely"], "Maehara summons ambassador Bely")],
    evidence="text '1 ноября 2010'", truncated=True)

art("31_nippon-jiji_2022_en.txt", "Nippon.com", "", "2022-03-22",
    ["Tokyo", "Moscow", "Kuril Islands"], [],
    [ev("2022-03-21", "statement", [], [], "Russian Foreign Ministry halts peace-treaty talks on Monday"),
     ev("2022-03-22", "statement", ["Moscow"], [], "Japanese embassy official calls it regrettable", required=False)],
    evidence="text 'Tokyo, March 22'")

art("32_sputnik_2022_en.txt", "Sputnik", "Russia Refuses to Discuss Peace Treaty With Japan, Foreign Ministry Says", "2022-03-21",
    ["Moscow", "Kuril Islands", "Iturup", "Kunashir", "Shikotan", "Habomai"], [],
    [ev("2022-03-21", "statement", [], [], "Russian Foreign Ministry refuses to continue peace-treaty talks on Monday"),
     ev("1855", "treaty", [], [], "1855 treaty on trade and borders", required=False),
     ev("2018", "meeting", [], [], "Japan and Russia agree in 2018 to speed up talks", required=False)],
    evidence="text '21.03.2022'", truncated=True)

art("33_japantoday-kyodo_2022_en.txt", "Japan Today", "", "2022-03-21",
    ["Moscow", "Tokyo", "Kunashir", "Iturup", "Shikotan", "Habomai"], ["Putin", "Abe"],
    [ev("2022-03-21", "statement", [], [], "Russian Foreign Ministry says Monday it suspends peace-treaty talks"),
     ev("2018", "meeting", [], ["Abe", "Putin"], "2018 Abe-Putin summit reaffirms the 1956 basis"),
     ev("1956", "treaty", [], [], "1956 joint declaration", required=False),
     ev("1945-08", "military", [], [], "islands seized after the surrender in August 1945", required=False)],
    evidence="page date and 'said Monday'", truncated=True)

art("34_regnum_2023_ru.txt", "Regnum", "Захарова: любые протесты Токио по Курилам станут вмешательством в дела РФ", "2023-08-02",
    ["Moscow", "Tokyo", "Kuril Islands"], ["Zakharova", "Kishida"],
    [ev("2023-08-02", "statement", ["Moscow"], ["Zakharova"], "Zakharova at a briefing on 2 August"),
     ev("1945-08-09", "military", [], [], "USSR enters the war against Japan on 9 August 1945", required=False)],
    evidence="text '2 августа, 2023'", truncated=True)

art("35_newizv_2018_ru.txt", "Novye Izvestia", "", "2018-11-14",
    ["Singapore", "Moscow", "Tokyo"], ["Putin", "Abe", "Peskov"],
    [ev("2018-11-14", "meeting", ["Singapore"], ["Putin", "Abe"], "Putin and Abe meet in Singapore"),
     ev("2019", "visit", ["Russia"], ["Abe"], "Abe to visit Russia early in 2019", status="planned"),
     ev("2018-11-14", "statement", [], ["Peskov"], "Peskov on the agreement", required=False),
     ev("1956", "treaty", [], [], "1956 declaration", required=False)],
    evidence="text '14 ноября 2018'", truncated=True)

art("36_newsru_2018_ru.txt", "News.ru", "", None,
    ["Singapore"], ["Putin", "Abe"],
    [ev("2018-11-15", "statement", [], ["Putin"], "Putin says after the Singapore visit Russia is ready to work with Japan"),
     ev("2018-11-14", "meeting", ["Singapore"], ["Putin", "Abe"], "Putin and Abe agree to step up talks (undated here)", required=False),
     ev("1956", "treaty", [], [], "1956 declaration", required=False)],
    evidence="chronology (Putin's press conference at the end of the Singapore visit, 15 November 2018); the text is undated",
    published_range=["2018-11-15", "2018-11-16"])

art("37_vesti_2019_ru.txt", "Vesti", "Путин и Абэ говорили более трех часов", "2019-01-22",
    [], ["Putin", "Abe"],
    [ev("2019-01-22", "meeting", [], ["Putin", "Abe"], "Putin-Abe talks lasting over three hours")],
    evidence="chronology (Putin-Abe talks in Moscow, 22 January 2019); the text is undated")

art("38_jiji_2022_ja.txt", "Jiji Press", "日ロ関係、一層不透明に 政府、ビザなし交流破棄に抗議", "2022-09-07",
    ["Kuril Islands"], ["Kishida"],
    [ev("2022-09-06", "statement", [], [], "Japanese government protests on the 6th"),
     ev("2022-09-06", "statement", [], ["Kishida"], "Kishida: 'extremely unjust'"),
     ev("2022-03", "statement", [], [], "Russia announced the halt in March"),
     ev("2020", "other", [], [], "exchanges not held since fiscal 2020", required=False)],
    evidence="text '2022年09月07日'")

art("39_sputnik_2022_ja.txt", "Sputnik", "", "2022-09-06",
    ["Kunashir", "Iturup", "Kuril Islands"], ["Mishustin", "Matsuno", "Hayashi", "Kishida", "Suzuki"],
    [ev("2022-09-05", "statement", [], ["Mishustin"], "Mishustin's order to scrap the agreement is published on the 5th"),
     ev("2022-09-06", "statement", [], ["Matsuno"], "Matsuno protests again on the 6th"),
     ev("2022-09-06", "statement", [], ["Hayashi"], "Hayashi calls it extremely unjust", required=False),
     ev("2022-03", "statement", [], [], "Russian Foreign Ministry refuses peace-treaty talks in March"),
     ev("2022-06", "meeting", [], ["Kishida", "Suzuki"], "Kishida meets Hokkaido governor Suzuki in June")],
    evidence="url")

art("40_vz_2012_ru.txt", "Vzglyad", "Япония отреагировала на поездку Медведева на Курилы", "2012-07-03",
    ["Kunashir", "Tokyo", "Moscow", "Kuril Islands"],
    ["Medvedev", "Afanasyev", "Gemba", "Golodets", "Ishayev", "Govorun", "Khoroshavin"],
    [ev("2012-07-03", "visit", ["Kunashir"], ["Medvedev"], "Medvedev arrives on Kunashir on Tuesday"),
     ev("2012-07-03", "statement", [], ["Gemba"], "Gemba calls the trip cold water on relations"),
     ev("2012-07-03", "meeting", ["Tokyo"], ["Afanasyev"], "ambassador Afanasyev summoned to the Japanese foreign ministry", required=False),
     ev("2012-07-02", "visit", ["Russian Far East"], ["Medvedev"], "Medvedev's working trip to the Far East on 2-5 July", required=False)],
    evidence="text '3 июля 2012'", truncated=True)

ABOUT = ("Batch b of the real set: 40 Russian- and Japanese-outlet articles (18 Russian, 10 Japanese, 12 English, "
         "wire copies and reposts among them) from stored public pages, verbatim as given (cut where the store cut "
         "them: 'truncated'). Annotated before the parser first ran on them; never edited to fit its output. "
         "Schema as tests/data/expected.json, plus url, published_evidence and truncated.")

if __name__ == "__main__":
    (HERE / "expected.json").write_text(
        json.dumps({"about": ABOUT, "articles": A}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
