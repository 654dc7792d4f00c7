# ruff: noqa: E501
"""Writes expected.json: what a careful reader finds in each written article (kept as code for brevity)."""
import json
from pathlib import Path


def ev(date, type, places=(), people=(), what="", required=True):
    d = {"date": date, "type": type, "places": list(places), "people": list(people), "what": what}
    if not required:
        d["required"] = False
    return d

A = []
def art(file, outlet, headline, published, places, people, events, optional_places=(), optional_people=()):
    A.append({"file": file, "outlet": outlet, "headline": headline, "published": published,
              "places": sorted(places), "people": sorted(people), "optional_places": list(optional_places),
              "optional_people": list(optional_people), "events": events})

art("u01_reuters_2018.txt", "Reuters",
    "Japan's Abe, Russia's Putin agree to speed up peace talks on basis of 1956 declaration", "2018-11-14",
    ["Singapore", "Moscow", "Shikotan", "Habomai", "Kuril Islands", "Osaka", "Vladivostok", "Tokyo"], ["Abe", "Putin"],
    [ev("2018-11-14", "meeting", ["Singapore"], ["Abe", "Putin"], "Abe and Putin meet in Singapore"),
     ev("1956", "treaty", [], [], "1956 Joint Declaration signed"),
     ev("2019", "visit", ["Russia"], ["Abe"], "Abe to visit Russia early next year"),
     ev("2019-06", "visit", ["Japan", "Osaka"], ["Putin"], "Putin expected in Japan for the G20 summit in Osaka"),
     ev("2018-09", "forum", ["Vladivostok"], ["Putin"], "Putin proposes a treaty at a forum in Vladivostok"),
     ev("2012", "other", [], ["Abe"], "Abe returned to office", required=False)])
art("u02_ap_2016.html", "AP", "Putin arrives in Japan for talks on disputed islands", "2016-12-15",
    ["Nagato", "Tokyo", "Lima", "Kuril Islands"], ["Putin", "Abe"],
    [ev("2016-12-15", "visit", ["Japan", "Nagato"], ["Putin"], "Putin arrives in Japan"),
     ev("2016-12-15", "meeting", ["Nagato"], ["Abe", "Putin"], "talks in Nagato"),
     ev("2016-12-16", "meeting", ["Tokyo"], ["Abe", "Putin"], "second day of talks in Tokyo (planned)"),
     ev("2016-12-13", "statement", [], ["Putin"], "Putin interview published Tuesday"),
     ev("2016-11", "meeting", ["Lima"], ["Abe", "Putin"], "Abe and Putin met in Lima")])
art("u03_japantimes_afp_2019.txt", "The Japan Times",
    "Japan protests as Russian Prime Minister Medvedev visits disputed island", "2019-08-02",
    ["Tokyo", "Moscow", "Iturup", "Kunashir", "Singapore"], ["Medvedev", "Suga", "Abe", "Putin"],
    [ev("2019-08-02", "visit", ["Iturup"], ["Medvedev"], "Medvedev visits Iturup"),
     ev("2019-08-02", "statement", ["Tokyo"], ["Suga"], "Suga calls the visit regrettable", required=False),
     ev("2010", "visit", ["Kunashir"], ["Medvedev"], "Medvedev on Kunashir in 2010"),
     ev("2012", "visit", ["Kunashir"], ["Medvedev"], "Medvedev on Kunashir in 2012"),
     ev("2015", "visit", ["Iturup"], ["Medvedev"], "Medvedev on Iturup in 2015"),
     ev("2018-11", "meeting", ["Singapore"], ["Abe", "Putin"], "Singapore agreement"),
     ev("1956", "treaty", [], [], "the 1956 declaration talks are based on", required=False)])
art("u04_kyodo_2020.txt", "Kyodo", "Russian PM visits disputed isle off Hokkaido, Japan protests", "2020-07-26",
    ["Iturup", "Kuril Islands", "Tokyo"], ["Mishustin", "Medvedev", "Motegi"],
    [ev("2020-07-26", "visit", ["Iturup"], ["Mishustin"], "Mishustin visits Etorofu"),
     ev("2020-07-26", "statement", ["Tokyo"], ["Motegi"], "Motegi protest statement", required=False),
     ev("2019-08", "visit", ["Iturup"], ["Medvedev"], "Medvedev on the island last August"),
     ev("2020-07", "other", [], [], "voters approve constitutional amendments"),
     ev("1945-08", "other", [], [], "Japan's surrender", required=False)])
art("u05_nhkworld_2022.txt", "NHK World", "Kishida: Russia's move to suspend peace talks 'extremely unfair'", "2022-03-22",
    ["Kuril Islands"], ["Kishida", "Hayashi", "Galuzin", "Putin"],
    [ev("2022-03-21", "statement", [], [], "Russian Foreign Ministry halts peace talks"),
     ev("2022-03-22", "statement", [], ["Kishida"], "Kishida tells a Lower House committee")])
art("u06_moscowtimes_2022.txt", "The Moscow Times", "Russia Pulls Out of Peace Treaty Talks With Japan Over Sanctions", "2022-03-21",
    ["Kuril Islands", "Moscow", "Tokyo", "Washington"], ["Zakharova"],
    [ev("2022-03-21", "statement", [], [], "Russia withdraws from peace treaty talks"),
     ev("2022-02", "sanction", [], [], "Japan announces sanctions in late February"),
     ev("2022-03", "sanction", [], [], "Japan freezes oligarchs' assets earlier this month"),
     ev("2022-03", "statement", [], ["Zakharova"], "Zakharova accuses Japan last week", required=False),
     ev("1945", "military", [], [], "Soviet troops seize the islands", required=False)])
art("u07_interfax_2016.txt", "Interfax", "Bal and Bastion missile systems deployed on Iturup and Kunashir", "2016-11-22",
    ["Iturup", "Kunashir", "Kuril Islands", "Moscow", "Tokyo"], ["Suga", "Putin", "Abe"],
    [ev("2016-11-22", "military", ["Iturup", "Kunashir"], [], "missile systems on combat duty"),
     ev("2016-11-22", "statement", ["Tokyo"], ["Suga"], "Suga says Tokyo will look into it", required=False),
     ev("2016-12-15", "visit", ["Japan"], ["Putin"], "Putin due to visit Japan Dec 15-16"),
     ev("2016", "statement", [], [], "Defense Ministry plans", required=False)])
art("u08_xinhua_2020.txt", "Xinhua", "Russia deploys S-300V4 air defense systems on Kuril Islands", "2020-12-01",
    ["Moscow", "Kuril Islands", "Iturup", "Kunashir", "Tokyo"], [],
    [ev("2020-12-01", "military", ["Kuril Islands"], [], "S-300V4 deployed")])
art("u09_cgtn_2021.txt", "CGTN", "Putin, Kishida hold first phone talks, vow to continue dialogue on peace treaty", "2021-10-07",
    ["Tokyo", "Kuril Islands"], ["Putin", "Kishida"],
    [ev("2021-10-07", "call", [], ["Putin", "Kishida"], "first phone talks"),
     ev("2021-10-04", "other", [], ["Kishida"], "Kishida took office on Monday"),
     ev("2021-09", "statement", ["Kuril Islands"], ["Putin"], "Putin proposes a tax-free zone")])
art("u10_bbc_2015.txt", "BBC", "Japan anger as Russian PM Medvedev visits disputed island", "2015-08-22",
    ["Iturup", "Moscow", "Kuril Islands", "Kunashir", "Tokyo"], ["Medvedev", "Kishida", "Putin"],
    [ev("2015-08-22", "visit", ["Iturup"], ["Medvedev"], "Medvedev visits Iturup"),
     ev("2015-08-22", "statement", [], ["Kishida"], "Kishida: extremely regrettable", required=False),
     ev("2015-08", "visit", ["Moscow"], ["Kishida"], "Kishida expected in Moscow", required=False),
     ev("2010", "visit", ["Kuril Islands"], ["Medvedev"], "Medvedev first Russian leader to visit"),
     ev("2012", "visit", ["Kunashir"], ["Medvedev"], "Medvedev on Kunashir again")])
art("u11_guardian_2016.txt", "The Guardian", "Putin and Abe fail to make breakthrough on disputed Kuril Islands", "2016-12-16",
    ["Tokyo", "Nagato", "Kuril Islands", "Shikotan", "Habomai", "Moscow"], ["Abe", "Putin"],
    [ev("2016-12-16", "meeting", ["Tokyo"], ["Abe", "Putin"], "talks in Tokyo"),
     ev("2016-12-15", "meeting", ["Nagato"], ["Abe", "Putin"], "talks in Nagato"),
     ev("1956", "treaty", [], [], "1956 joint declaration", required=False)])
art("u12_aljazeera_2019.html", "Al Jazeera", "Putin, Abe fail to make progress on Kuril Islands dispute", "2019-01-22",
    ["Moscow", "Singapore", "Kuril Islands", "Tokyo"], ["Putin", "Abe", "Lavrov", "Kono"],
    [ev("2019-01-22", "meeting", ["Moscow"], ["Putin", "Abe"], "talks in Moscow"),
     ev("2019-02", "meeting", [], [], "next round of foreign ministers' talks in February"),
     ev("2019-01", "meeting", ["Moscow"], ["Lavrov", "Kono"], "Lavrov and Kono met earlier this month"),
     ev("2018-11", "meeting", ["Singapore"], [], "Singapore agreement"),
     ev("2019-01-20", "other", ["Moscow"], [], "protest outside the embassy"),
     ev("1956", "treaty", [], [], "the 1956 declaration talks are based on", required=False)])
art("u13_bloomberg_2020.txt", "Bloomberg", "Putin's New Constitution Clouds Japan's Hopes for Island Deal", "2020-07-03",
    ["Tokyo", "Singapore"], ["Abe", "Putin", "Motegi", "Peskov"],
    [ev("2020-07-01", "other", [], [], "nationwide vote ends"),
     ev("2020-07-02", "statement", ["Tokyo"], ["Motegi"], "Motegi tells reporters"),
     ev("2018-11", "meeting", ["Singapore"], ["Abe", "Putin"], "Singapore summit"),
     ev("2020-06", "statement", [], ["Peskov"], "Peskov last week", required=False),
     ev("1956", "treaty", [], [], "the 1956 declaration talks are based on", required=False)])
art("u14_rferl_2022.txt", "Radio Free Europe", "Russia Holds Military Drills On Kuril Islands Claimed By Japan", "2022-03-26",
    ["Kuril Islands", "Moscow", "Tokyo"], ["Matsuno"],
    [ev("2022-03-26", "military", ["Kuril Islands"], [], "drills on the islands"),
     ev("2022-03-25", "statement", [], ["Matsuno"], "Matsuno: closely monitoring"),
     ev("2022-03-21", "statement", [], [], "Foreign Ministry quits talks"),
     ev("2022-02-24", "military", ["Ukraine"], [], "invasion of Ukraine")])
art("u15_diplomat_2019.txt", "The Diplomat", "Japan-Russia 2+2 Talks Make Little Headway", "2019-05-31",
    ["Tokyo", "Osaka"], ["Kono", "Iwaya", "Lavrov", "Shoigu", "Abe", "Putin"],
    [ev("2019-05-30", "meeting", ["Tokyo"], ["Kono", "Iwaya", "Lavrov", "Shoigu"], "2+2 talks in Tokyo"),
     ev("2013-11", "meeting", ["Tokyo"], [], "first 2+2 in Tokyo"),
     ev("2014", "military", ["Crimea"], [], "annexation of Crimea", required=False),
     ev("2019-06", "meeting", ["Osaka"], ["Abe", "Putin"], "Abe and Putin to meet at the G20 in Osaka")])
art("u16_mainichi_2019.txt", "Mainichi", "Russian border guards seize Hokkaido fishing boat near Habomai islets", "2019-01-30",
    ["Nemuro", "Habomai", "Kunashir", "Moscow"], ["Suga", "Abe", "Putin"],
    [ev("2019-01-29", "other", ["Habomai"], [], "fishing boat seized"),
     ev("2019-01-30", "statement", [], ["Suga"], "Suga asks for release"),
     ev("2019-01-22", "meeting", ["Moscow"], ["Abe", "Putin"], "Abe and Putin met in Moscow", required=False)])
art("u17_asahi_2017.txt", "Asahi Shimbun", "Former islanders fly to disputed Kunashiri, Etorofu to visit graves", "2017-09-24",
    ["Kunashir", "Iturup", "Kuril Islands", "Vladivostok", "Nakashibetsu"], ["Abe", "Putin"],
    [ev("2017-09-23", "visit", ["Kunashir", "Iturup"], [], "former islanders fly to the islands"),
     ev("2017-09-07", "meeting", ["Vladivostok"], ["Abe", "Putin"], "Abe and Putin met in Vladivostok"),
     ev("2017-09-24", "other", [], [], "visitors return", required=False),
     ev("1992", "visit", [], [], "visa-free visits since 1992", required=False)])
art("u18_yomiuri_2021.txt", "Yomiuri", "Suga vows to press ahead with territorial talks at Northern Territories rally", "2021-02-08",
    ["Tokyo", "Kuril Islands", "Singapore"], ["Suga", "Motegi", "Zakharova"],
    [ev("2021-02-07", "statement", ["Tokyo"], ["Suga"], "Suga at the national rally"),
     ev("2021-02-08", "statement", [], ["Zakharova"], "Zakharova criticises the rally"),
     ev("1855", "treaty", [], [], "1855 treaty signed"),
     ev("1981", "other", [], [], "day designated", required=False)])
art("u19_nikkei_2021.html", "Nikkei", "Putin offers tax breaks on disputed Kurils to lure Japanese investors", "2021-09-03",
    ["Vladivostok", "Kuril Islands", "Tokyo"], ["Putin", "Kato", "Suga"],
    [ev("2021-09-03", "forum", ["Vladivostok"], ["Putin"], "Putin at the Eastern Economic Forum"),
     ev("2021-09-03", "statement", [], ["Suga"], "Suga will not run"),
     ev("2016", "meeting", [], [], "2016 agreement on joint activities", required=False)])
art("u20_dw_de_2016.txt", "DW", "Putin und Abe ohne Durchbruch im Kurilen-Streit", "2016-12-16",
    ["Tokyo", "Nagato", "Kuril Islands", "Shikotan", "Habomai", "Moscow"], ["Putin", "Abe"],
    [ev("2016-12-16", "meeting", ["Tokyo"], ["Putin", "Abe"], "Gipfel in Tokio"),
     ev("2016-12-15", "meeting", ["Nagato"], ["Putin", "Abe"], "Beginn in Nagato"),
     ev("1956", "treaty", [], [], "gemeinsame Erklärung von 1956", required=False)])

# a second batch, written after the rules above were fixed and scored before any change for them
art("h01_reuters_2020.txt", "Reuters", "Russia says it deployed air defence missiles on disputed Kurils", "2020-12-01",
    ["Kuril Islands", "Iturup", "Kunashir", "Moscow", "Tokyo"], ["Kato", "Suga", "Putin"],
    [ev("2020-12-01", "military", ["Kuril Islands"], [], "S-300V4 on combat duty"),
     ev("2016", "military", ["Iturup", "Kunashir"], [], "Bastion deployed in 2016"),
     ev("2020-12-01", "statement", [], ["Kato"], "Kato: Tokyo will look into it", required=False),
     ev("2020-09", "call", [], ["Suga", "Putin"], "phone call in September")])
art("h02_apnews_2019.txt", "AP", "Japan, Russia foreign ministers make little headway on isles", "2019-05-10",
    ["Moscow", "Kuril Islands", "Osaka"], ["Kono", "Lavrov", "Abe", "Putin"],
    [ev("2019-05-10", "meeting", ["Moscow"], ["Kono", "Lavrov"], "Kono and Lavrov meet in Moscow"),
     ev("2019-06-29", "meeting", ["Osaka"], ["Abe", "Putin"], "Abe to meet Putin at the G20 in Osaka")])
art("h03_japantimes_2021.txt", "The Japan Times", "Russian border guards hold Japanese fishing boat off Kunashiri", "2021-05-28",
    ["Kunashir", "Rausu", "Yuzhno-Kurilsk", "Habomai", "Tokyo", "Moscow"], ["Motegi"],
    [ev("2021-05-27", "other", ["Kunashir"], [], "boat detained"),
     ev("2021-05-28", "statement", [], [], "Foreign Ministry said Friday"),
     ev("2019-01", "other", ["Habomai"], [], "boat seized in January 2019")])
art("h04_sputnik_2019.txt", "Sputnik", "Medvedev Arrives on Iturup Island in Kuril Chain", "2019-08-02",
    ["Iturup", "Kuril Islands", "Kurilsk", "Tokyo"], ["Medvedev", "Abe", "Putin"],
    [ev("2019-08-02", "visit", ["Iturup"], ["Medvedev"], "Medvedev arrives on Iturup"),
     ev("2018-11", "meeting", [], ["Abe", "Putin"], "agreed in November 2018"),
     ev("2015-08", "visit", ["Kuril Islands"], ["Medvedev"], "last visit in August 2015")])
art("h05_jiji_2016.txt", "Jiji Press", "Abe, Putin Agree on Joint Economic Activities on Northern Isles", "2016-12-16",
    ["Tokyo", "Nagato"], ["Abe", "Putin"],
    [ev("2016-12-16", "meeting", ["Tokyo"], ["Abe", "Putin"], "agreement in Tokyo"),
     ev("2016-12-15", "meeting", ["Nagato"], ["Abe", "Putin"], "meeting in Nagato")])

# a third batch (v01-v12): other outlets and years, annotated before the parser ever ran on them
art("v01_japantoday_2013.txt", "Japan Today", "Abe, Putin agree to speed up peace treaty talks, launch '2-plus-2' framework", "2013-04-30",
    ["Moscow", "Tokyo", "Kuril Islands"], ["Abe", "Putin", "Koizumi"],
    [ev("2013-04-29", "meeting", ["Moscow"], ["Abe", "Putin"], "Abe and Putin agree at the Kremlin"),
     ev("2013", "meeting", ["Tokyo"], [], "first 2+2 session in Tokyo later this year"),
     ev("2003-01", "visit", ["Moscow"], ["Koizumi"], "Koizumi travelled to Moscow"),
     ev("2013-04-30", "visit", ["Saudi Arabia"], ["Abe"], "Abe travels on to Saudi Arabia"),
     ev("1945", "military", [], [], "Soviet troops seize the islands", required=False)])
art("v02_moscowtimes_2020.txt", "The Moscow Times", "Putin Proposes Constitutional Ban on Ceding Russian Land", "2020-03-02",
    ["Kuril Islands", "Tokyo", "Singapore", "Moscow", "Shikotan", "Habomai"], ["Putin", "Motegi", "Abe"],
    [ev("2020-03-02", "other", [], ["Putin"], "Putin submits amendments to the Duma"),
     ev("2020-03-10", "other", [], [], "second reading"),
     ev("2020-04-22", "other", [], [], "nationwide vote scheduled"),
     ev("2020-02", "statement", ["Tokyo"], ["Motegi"], "Motegi last month"),
     ev("2018-11", "meeting", ["Singapore"], ["Putin", "Abe"], "Singapore agreement"),
     ev("1956", "treaty", [], [], "1956 declaration", required=False)])
art("v03_meduza_2018.txt", "Meduza", "Putin offers Japan a peace treaty 'without any preconditions' by the end of the year", "2018-09-13",
    ["Vladivostok", "Kuril Islands", "Tokyo", "Moscow", "Shikotan", "Habomai"], ["Putin", "Abe", "Xi", "Suga"],
    [ev("2018-09-12", "forum", ["Vladivostok"], ["Putin", "Abe"], "Putin's proposal at the EEF"),
     ev("2018-09-13", "statement", ["Tokyo"], ["Suga"], "Suga on Thursday"),
     ev("2018-09-10", "meeting", ["Vladivostok"], ["Abe", "Putin"], "leaders met on Monday"),
     ev("1956", "treaty", [], [], "declaration signed in 1956"),
     ev("2018", "treaty", [], [], "treaty proposed by the end of the year", required=False)])
art("v04_ria_2021.txt", "RIA Novosti", "Мишустин предложил создать на Курилах особую зону без налогов", "2021-07-26",
    ["Kurilsk", "Iturup", "Kuril Islands", "Tokyo"], ["Mishustin", "Kato", "Medvedev"],
    [ev("2021-07-26", "visit", ["Iturup"], ["Mishustin"], "Mishustin arrives on Iturup"),
     ev("2021-07-26", "statement", ["Kurilsk"], ["Mishustin"], "proposal of a tax-free zone", required=False),
     ev("2021-07-26", "statement", ["Tokyo"], ["Kato"], "Kato: protest sent", required=False),
     ev("2019", "visit", ["Iturup"], ["Medvedev"], "Medvedev visited Iturup in 2019")])
art("v05_globaltimes_2022.txt", "Global Times", "Russia halts peace treaty talks with Japan, ends visa-free trips to Kuril Islands", "2022-03-22",
    ["Kuril Islands", "Tokyo", "Washington", "Moscow"], ["Kishida", "Putin", "Lavrov", "Lü", "Abe"],
    [ev("2022-03-21", "statement", [], [], "Russia announces it suspends talks"),
     ev("2022-03-22", "statement", ["Tokyo"], ["Kishida"], "Kishida protests"),
     ev("2022-02-24", "military", ["Ukraine"], [], "military operation in Ukraine"),
     ev("2022-03-22", "statement", [], ["Lü"], "Lü Xiang told the Global Times"),
     ev("2018", "meeting", [], ["Abe", "Putin"], "Abe and Putin agreed in 2018"),
     ev("1956", "treaty", [], [], "1956 declaration", required=False)])
art("v06_yonhap_2019.txt", "Yonhap", "Japan's Abe, Putin agree to push for peace treaty on G20 sidelines", "2019-06-29",
    ["Tokyo", "Osaka", "Iturup", "Kunashir", "Vladivostok"], ["Abe", "Putin", "Moon"],
    [ev("2019-06-29", "meeting", ["Osaka"], ["Abe", "Putin"], "Abe-Putin talks at the G20"),
     ev("2019-06-29", "meeting", ["Osaka"], ["Moon", "Putin"], "Moon-Putin talks"),
     ev("2019-10", "visit", ["Iturup", "Kunashir"], [], "pilot tours in October"),
     ev("2018-09", "visit", ["Vladivostok"], ["Abe"], "Abe visited Vladivostok last September")])
art("v07_cnn_2016.txt", "CNN", "Putin arrives in Japan, hours late, for talks on disputed islands", "2016-12-15",
    ["Nagato", "Tokyo", "Lima", "Kuril Islands"], ["Putin", "Abe", "Suga"],
    [ev("2016-12-15", "visit", ["Japan"], ["Putin"], "Putin arrives in Japan"),
     ev("2016-12-15", "meeting", ["Nagato"], ["Abe", "Putin"], "leaders meet in Nagato"),
     ev("2016-12-16", "meeting", ["Tokyo"], [], "talks in Tokyo on Friday"),
     ev("2005-11", "visit", ["Japan"], ["Putin"], "previous official visit"),
     ev("2016-11", "meeting", ["Lima"], ["Abe", "Putin"], "last met in Lima"),
     ev("2016-12-14", "statement", [], ["Suga"], "Suga on Wednesday"),
     ev("2016-12", "statement", [], ["Putin"], "interview earlier this week")])
art("v08_nytimes_2013.html", "The New York Times", "Japan and Russia Agree to Deepen Security Ties at First '2+2' Talks", "2013-11-02",
    ["Tokyo", "Moscow", "Kuril Islands", "Sochi"], ["Abe", "Lavrov", "Shoigu", "Kishida", "Onodera", "Putin"],
    [ev("2013-11-02", "meeting", ["Tokyo"], ["Lavrov", "Shoigu", "Kishida", "Onodera"], "first 2+2"),
     ev("2013-04", "visit", ["Moscow"], ["Abe"], "Abe visited Moscow in April"),
     ev("2013-11-01", "meeting", [], ["Lavrov", "Kishida"], "Lavrov and Kishida on Friday"),
     ev("2014-02", "meeting", ["Sochi"], ["Abe", "Putin"], "to meet at the Sochi Olympics")])
art("v09_france24_2017.txt", "France 24", "Japan's Abe, Putin agree to boost joint projects on disputed islands", "2017-04-27",
    ["Moscow", "Kuril Islands", "Tokyo"], ["Abe", "Putin"],
    [ev("2017-04-27", "meeting", ["Moscow"], ["Abe", "Putin"], "talks in the Kremlin"),
     ev("2017-05", "visit", ["Kuril Islands"], [], "joint mission next month"),
     ev("2017", "visit", [], [], "grave-visit flights this summer"),
     ev("2016-12", "visit", ["Japan"], ["Putin"], "Putin's visit to Japan in December"),
     ev("2017-04", "military", ["North Korea"], [], "North Korean missile earlier this month"),
     ev("1945", "military", [], [], "Soviet troops seize the islands", required=False)])
art("v10_japanforward_2022.txt", "Japan Forward", "Russia Scraps Visa-Free Visits to Northern Territories, Tokyo Protests", "2022-09-06",
    ["Tokyo", "Moscow", "Kuril Islands", "Kunashir", "Iturup", "Shikotan", "Habomai"], ["Matsuno", "Kishida"],
    [ev("2022-09-06", "statement", [], [], "Japan protests on Tuesday"),
     ev("2022-09-05", "statement", [], [], "Russian decree on Monday"),
     ev("2022-03", "statement", [], [], "visa-free programme suspended in March"),
     ev("1991", "treaty", [], [], "1991 agreement", required=False),
     ev("1999", "treaty", [], [], "1999 agreement", required=False),
     ev("1992", "visit", [], [], "exchanges began in 1992", required=False)])
art("v11_nhkworld_2018.txt", "NHK World", "Abe, Putin agree to accelerate peace treaty talks", "2018-11-15",
    ["Singapore", "Osaka", "Habomai", "Shikotan", "Iturup", "Kunashir"], ["Abe", "Putin"],
    [ev("2018-11-14", "meeting", ["Singapore"], ["Abe", "Putin"], "meeting in Singapore"),
     ev("1956", "treaty", [], [], "declaration signed in 1956"),
     ev("2019", "visit", ["Russia"], ["Abe"], "Abe to visit Russia early next year"),
     ev("2019-06", "visit", ["Japan", "Osaka"], ["Putin"], "Putin to the G20 in Osaka next June"),
     ev("2018-09", "statement", [], ["Putin"], "Putin's proposal in September"),
     ev("2018-09", "meeting", [], ["Abe", "Putin"], "previous meeting in September", required=False)])
art("v12_euronews_2014.txt", "Euronews", "Russia holds military drills on disputed Kuril islands, angering Japan", "2014-08-13",
    ["Kuril Islands", "Tokyo", "Iturup", "Kunashir", "Moscow"], ["Suga", "Putin"],
    [ev("2014-08-12", "military", ["Iturup", "Kunashir"], [], "drills started on Tuesday"),
     ev("2014-08-13", "statement", ["Tokyo"], ["Suga"], "Suga on Wednesday"),
     ev("2014-08", "sanction", [], [], "Japan's new sanctions last week"),
     ev("2014", "visit", ["Japan"], ["Putin"], "planned Putin visit in the autumn"),
     ev("2014-03", "military", ["Crimea"], [], "annexation of Crimea")])

# a fourth batch (w01-w04), annotated before the parser ran on them, after the fixes for v01-v12
art("w01_washingtonpost_2022.txt", "The Washington Post", "Russia ends peace treaty talks with Japan, citing sanctions", "2022-03-22",
    ["Tokyo", "Moscow", "Singapore"], ["Kishida", "Putin", "Abe"],
    [ev("2022-03-21", "statement", [], [], "Russia pulls out of the talks"),
     ev("2022-03-22", "statement", [], ["Kishida"], "Kishida: extremely unfair"),
     ev("2022-03-01", "sanction", [], ["Putin"], "Putin's assets frozen"),
     ev("2018-11", "meeting", ["Singapore"], ["Abe", "Putin"], "Abe met Putin in Singapore")])
art("w02_koreaherald_2020.txt", "The Korea Herald", "Japan protests Russian PM's planned trip to Kuril Islands", "2020-07-24",
    ["Tokyo", "Kuril Islands", "Iturup"], ["Mishustin", "Suga"],
    [ev("2020-07-24", "statement", [], [], "Japan protests"),
     ev("2020-07-26", "visit", ["Iturup"], ["Mishustin"], "Mishustin to travel to Iturup on Sunday"),
     ev("2020-07", "other", [], [], "voters approve amendments"),
     ev("2020-07-24", "statement", [], ["Suga"], "Suga: unacceptable", required=False)])
art("w03_kommersant_2019.txt", "Kommersant", "Lavrov and Kono fail to bridge gap on islands", "2019-01-14",
    ["Moscow", "Singapore", "Kuril Islands"], ["Lavrov", "Kono", "Abe", "Putin"],
    [ev("2019-01-14", "meeting", ["Moscow"], ["Lavrov", "Kono"], "talks in Moscow"),
     ev("2019-01-22", "visit", ["Moscow"], ["Abe"], "Abe due in Moscow"),
     ev("2019-01-14", "statement", [], ["Lavrov"], "news conference", required=False)])
art("w04_rfa_2020.txt", "Radio Free Asia", "Russia Says It Deployed Anti-Aircraft Missiles on Disputed Isles Near Japan", "2020-12-01",
    ["Kuril Islands", "Tokyo", "Iturup", "Kunashir"], ["Kato", "Suga", "Putin"],
    [ev("2020-12-01", "military", ["Kuril Islands"], [], "S-300V4 deployed"),
     ev("2016", "military", ["Iturup", "Kunashir"], [], "Bastion in 2016"),
     ev("2020-09", "call", [], ["Suga", "Putin"], "phone call in September")])

# a fifth batch (x01-x08), annotated before the parser ran on them, after the fixes for w01-w04
art("x01_straitstimes_2016.txt", "The Straits Times", "Putin and Abe end summit with economic deals but no breakthrough on islands", "2016-12-16",
    ["Tokyo", "Nagato", "Kuril Islands"], ["Abe", "Putin"],
    [ev("2016-12-16", "meeting", ["Tokyo"], ["Abe", "Putin"], "two days of talks end in Tokyo on Friday"),
     ev("2016-12-15", "visit", ["Nagato"], ["Putin"], "Putin arrived in Nagato on Thursday"),
     ev("2005", "visit", ["Japan"], ["Putin"], "Putin last visited Japan in 2005"),
     ev("2017", "visit", ["Russia"], ["Abe"], "Abe to visit Russia next year")],
    optional_places=["Yamaguchi"])
art("x02_scmp_2019.txt", "South China Morning Post",
    "Japan and Russia fail to agree on disputed islands as Shinzo Abe and Vladimir Putin meet for 25th time", "2019-01-22",
    ["Moscow", "Singapore"], ["Abe", "Putin", "Lavrov", "Kono"],
    [ev("2019-01-22", "meeting", ["Moscow"], ["Abe", "Putin"], "talks at the Kremlin on Tuesday"),
     ev("2019-02", "meeting", [], ["Lavrov", "Kono"], "foreign ministers to meet again in February"),
     ev("2019-01-14", "meeting", ["Moscow"], ["Lavrov", "Kono"], "first round in Moscow on January 14"),
     ev("2018-11", "meeting", ["Singapore"], ["Abe", "Putin"], "Singapore agreement in November"),
     ev("1956", "treaty", [], [], "1956 declaration", required=False)])
art("x03_independent_2013.txt", "The Independent", "Japan and Russia to restart talks over Kuril islands after ten-year stalemate", "2013-04-29",
    ["Moscow", "Kuril Islands"], ["Abe", "Putin", "Koizumi"],
    [ev("2013-04-29", "meeting", ["Moscow"], ["Abe", "Putin"], "Abe meets Putin in Moscow today"),
     ev("2003", "visit", ["Moscow"], ["Koizumi"], "Koizumi went to Moscow in 2003"),
     ev("1945-08", "military", [], [], "Soviet Union seized the islands in August 1945"),
     ev("2013-04-30", "visit", ["Saudi Arabia"], ["Abe"], "Abe to travel to Saudi Arabia tomorrow", required=False)],
    optional_places=["Tokyo", "Saudi Arabia"])
art("x04_newsweek_2022.txt", "Newsweek", "Russia Holds Military Drills on Islands Claimed by Japan", "2022-03-26",
    ["Kuril Islands", "Tokyo", "Moscow"], ["Matsuno"],
    [ev("2022-03-26", "military", ["Kuril Islands"], [], "drills announced on Saturday"),
     ev("2022-03-21", "statement", [], [], "Moscow suspends peace talks on Monday"),
     ev("2022-02-24", "military", ["Ukraine"], [], "invasion of Ukraine began on February 24")],
    optional_places=["Ukraine"])
art("x05_abcnews_2018.txt", "ABC", "Japan's Abe meets Putin, says he wants to solve island dispute", "2018-09-10",
    ["Vladivostok"], ["Abe", "Putin", "Xi"],
    [ev("2018-09-10", "meeting", ["Vladivostok"], ["Abe", "Putin"], "Abe met Putin on Monday"),
     ev("2018-09-12", "forum", ["Vladivostok"], ["Xi"], "Xi to attend the forum on Wednesday")])
art("x06_tass_2017.txt", "TASS", "Putin concerned about possible US military bases on Kurils if islands are handed to Japan", "2017-06-01",
    ["Saint Petersburg", "Kuril Islands", "Moscow", "Vladivostok"], ["Putin", "Abe"],
    [ev("2017-06-01", "statement", ["Saint Petersburg"], ["Putin"], "Putin's remarks on Thursday"),
     ev("2017-04-27", "meeting", ["Moscow"], ["Abe", "Putin"], "talks in Moscow on April 27"),
     ev("2017-09", "visit", ["Vladivostok"], ["Abe"], "Abe to visit Vladivostok in September"),
     ev("2017-06-01", "forum", ["Saint Petersburg"], ["Putin"], "SPIEF", required=False)])
art("x07_kyodo_2021.txt", "Kyodo", "Japan lodges protest over Russian military drills on disputed isles", "2021-08-20",
    ["Iturup", "Kunashir"], ["Kato", "Putin", "Mishustin"],
    [ev("2021-08-20", "statement", [], ["Kato"], "Japan lodges a protest on Friday"),
     ev("2021-08-17", "military", ["Iturup", "Kunashir"], [], "drills began Tuesday"),
     ev("2021-07", "visit", ["Iturup"], ["Mishustin"], "Mishustin toured Etorofu in July")],
    optional_places=["Hokkaido"])
art("x08_asiatimes_2020.txt", "Asia Times", "Why the Kurils deal is dead, for now", "2020-07-06",
    ["Moscow", "Tokyo", "Singapore", "Kuril Islands"], ["Putin", "Abe"],
    [ev("2020-07-01", "other", [], [], "voters approve constitutional amendments"),
     ev("2018-11", "meeting", ["Singapore"], ["Abe", "Putin"], "Singapore agreement"),
     ev("1956", "treaty", [], [], "1956 declaration", required=False),
     ev("2016", "military", ["Kuril Islands"], [], "coastal missile systems in 2016"),
     ev("2012", "meeting", [], ["Abe", "Putin"], "27 meetings since 2012", required=False)])

Path(__file__).with_name("expected.json").write_text(
    json.dumps({"about": "Written articles in the styles of other outlets, with what a careful reader finds.",
                "articles": A}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
