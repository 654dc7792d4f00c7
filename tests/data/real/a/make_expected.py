# ruff: noqa: E501
"""Writes expected.json for batch a: what a careful reader finds in each real article.

Written from the article text (and, where the text has no date, the page's URL or date line) before
the parser ever ran on these files. Status is derived from the publication day: planned when the
reader marks it so, historical when the event ended more than a year before publication, else reported.
"""
import json
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
URLS = dict(line.split("\t") for line in (HERE / "urls.tsv").read_text(encoding="utf-8").splitlines() if line)


def ev(d, type, places=(), people=(), what="", required=True, planned=False):
    item = {"date": d, "type": type, "places": list(places), "people": list(people), "what": what}
    if planned:
        item["status"] = "planned"
    if not required:
        item["required"] = False
    return item


def _last_day(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        y, m = parts
        return date.fromordinal(date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1)
    return date(parts[0], 12, 31)


def _status(item: dict, published: str) -> str:
    if item.get("status") == "planned":
        return "planned"
    gap = date.fromisoformat(published).toordinal() - _last_day(item["date"]).toordinal()
    return "historical" if gap > 365 else "reported"


A = []


def art(file, outlet, headline, published, source, places, people, events, optional_places=(),
        optional_people=(), truncated=False, inferred=False):
    for item in events:
        item["status"] = _status(item, published)
    A.append({
        "file": file, "url": URLS[file], "outlet": outlet, "headline": headline, "published": published,
        "published_range": [published, published], "published_inferred": inferred,
        "published_source": source, "truncated": truncated,
        "places": sorted(places), "people": sorted(people),
        "optional_places": sorted(optional_places), "optional_people": sorted(optional_people),
        "events": events,
    })


HOK = ["Hokkaido"]  # an island, but the project's place list leaves prefectures/regions out: never required

art("01_jpost_2010.txt", "The Jerusalem Post", "Russia leader visits disputed isle, Tokyo protests", "2010-11-01",
    "no date on the page or in the URL; the text reports the first visit by a Russian president to Kunashiri 'on Monday': Medvedev's visit of Monday 1 November 2010",
    ["Kunashir", "Kuril Islands", "Tokyo"], ["Medvedev", "Kan"],
    [ev("2010-11-01", "visit", ["Kunashir"], ["Medvedev"], "Medvedev lands on Kunashiri on Monday"),
     ev("2010-11-01", "statement", ["Tokyo"], ["Kan"], "Kan tells Parliament the visit is very regrettable")],
    inferred=True)
art("02_japanbullet_2012.txt", "Japan Bullet", "Japan Raps Medvedev Visit To Disputed Kunashiri Island", "2012-07-03",
    "no date on the page or in the URL; Kyodo's story of the protest 'on Tuesday' after Premier Medvedev's Kunashiri visit, which was Tuesday 3 July 2012 (the BBC report in this set)",
    ["Kunashir"], ["Medvedev", "Gemba", "Noda", "Putin"],
    [ev("2012-07-03", "statement", [], ["Gemba"], "Japan lodges a protest on Tuesday; Gemba criticises the visit"),
     ev("2012-07-03", "visit", ["Kunashir"], ["Medvedev"], "Medvedev visits Kunashiri (the day is not in the text)", required=False),
     ev("2012-06", "meeting", [], ["Noda", "Putin"], "Noda and Putin agreed two weeks earlier (the day is not in the text)", required=False),
     ev("2010-11", "visit", ["Kunashir"], ["Medvedev"], "Medvedev went to Kunashiri as president in November 2010")],
    optional_places=HOK, inferred=True)
art("03_dw_2016.txt", "DW", "Abe welcomes Putin in his home city of Nagato", "2016-12-15",
    "date line 'December 15, 2016' under the headline",
    ["Nagato", "Kuril Islands", "Tokyo", "Moscow"], ["Abe", "Putin"],
    [ev("2016-12-15", "meeting", ["Nagato"], ["Abe", "Putin"], "Putin meets Abe at a resort in Nagato on Thursday"),
     ev("2016-12-15", "visit", ["Japan"], ["Putin"], "Putin lands in Japan three hours late", required=False),
     ev("2012", "other", [], ["Abe"], "Abe took office in 2012", required=False),
     ev("2005", "visit", ["Japan"], ["Putin"], "Putin last travelled to Japan 11 years ago", required=False)],
    truncated=True)
art("04_straitstimes_2016.txt", "The Straits Times", "Abe, Putin hold day two of summit with little to show on island dispute", "2016-12-16",
    "no date line on the page or in the URL; 'on Friday (Dec 16)' and the photo caption 'Dec 16, 2016'",
    ["Tokyo", "Aleppo", "Moscow"], ["Abe", "Putin", "Assad", "Brown"],
    [ev("2016-12-16", "meeting", ["Tokyo"], ["Abe", "Putin"], "second day of talks in Tokyo on Friday"),
     ev("2016-12-15", "meeting", ["Japan"], ["Abe", "Putin"], "day one at a hot spring resort in southwest Japan"),
     ev("2014", "military", ["Crimea"], [], "Russia annexed Crimea in 2014", required=False),
     ev("2014", "sanction", [], [], "Western sanctions in 2014", required=False)],
    truncated=True)
art("05_thenewspk_2016.txt", "The News International", "Putin, Abe hold hot spring meet on WWII island row", "2016-12-16",
    "date line 'December 16, 2016' (print edition)",
    ["Nagato", "Kuril Islands"], ["Putin", "Abe", "Lavrov"],
    [ev("2016-12-15", "meeting", ["Nagato"], ["Abe", "Putin"], "talks in Nagato on Thursday"),
     ev("1945", "military", [], [], "Soviet troops seized the islands in 1945", required=False)])
art("06_japantimes_2016.txt", "The Japan Times", "", "2016-09-02",
    "URL /news/2016/09/02/; 'on Friday' is 2 September 2016 (the text has no headline or date line)",
    ["Vladivostok", "Nagato"], ["Abe", "Putin"],
    [ev("2016-09-02", "meeting", ["Vladivostok"], ["Abe", "Putin"], "Abe and Putin agree on Friday, at the Eastern Economic Forum, to hold a summit"),
     ev("2016-12", "meeting", ["Nagato"], ["Abe", "Putin"], "summit in Nagato in December", planned=True)],
    optional_places=HOK + ["Yamaguchi"])
art("07_independentie_2016.txt", "Irish Independent", "Putin and Abe discuss Japan-Russia territorial dispute at summit meeting", "2016-12-15",
    "the page header says 'Tuesday 12 December 2017' (a page date, not the story's); the AP story reports the first round of the Nagato summit with 'The talks will move to Tokyo on Friday': Thursday 15 December 2016",
    ["Nagato", "Tokyo", "Kuril Islands"], ["Abe", "Putin"],
    [ev("2016-12-15", "meeting", ["Nagato"], ["Abe", "Putin"], "first round of talks in Nagato (the day is the story's own)"),
     ev("2016-12-16", "meeting", ["Tokyo"], ["Abe", "Putin"], "talks move to Tokyo on Friday", planned=True),
     ev("2014", "military", ["Crimea"], [], "Russia annexed Crimea in 2014", required=False)],
    truncated=True, inferred=True)
art("08_straitstimes_2016.txt", "The Straits Times", "Putin and Abe thrash out dispute over four islands", "2016-12-16",
    "no date on the page or in the URL; print story on the Nagato talks 'yesterday' (Thursday 15 December 2016), so 16 December 2016",
    ["Nagato", "Kuril Islands"], ["Putin", "Abe", "Ushakov", "Lavrov"],
    [ev("2016-12-15", "meeting", ["Nagato"], ["Abe", "Putin"], "summit talks in Nagato yesterday"),
     ev("2016-12-16", "statement", [], [], "a statement on the order to be published today", required=False, planned=True),
     ev("1945", "military", [], [], "Soviet troops seized the islands in 1945", required=False)],
    optional_places=["Yamaguchi"], truncated=True, inferred=True)
art("09_thenational_2016.txt", "The National", "Leaders of Russia and Japan hold hot spring meeting on WWII island row", "2016-12-15",
    "no date line on the page or in the URL; the caption dates the arrival 'December 15, 2016' and the talks are 'on Thursday' with Tokyo 'on Friday'",
    ["Nagato", "Tokyo", "Kuril Islands"], ["Putin", "Abe", "Ushakov"],
    [ev("2016-12-15", "meeting", ["Nagato"], ["Abe", "Putin"], "talks at a hot springs resort on Thursday"),
     ev("2016-12-16", "meeting", ["Tokyo"], ["Abe", "Putin"], "talks move to Tokyo on Friday", planned=True),
     ev("2016-12-16", "statement", [], ["Ushakov"], "statement to be published on Friday", required=False, planned=True),
     ev("2014", "military", ["Crimea"], [], "Russia annexed Crimea in 2014", required=False)],
    optional_people=["Nogi"], truncated=True, inferred=True)
art("10_dw_2016.txt", "DW", "Putin, Abe agree to bolster economic ties", "2016-12-16",
    "date line 'December 16, 2016' under the headline",
    ["Kuril Islands", "Moscow", "Tokyo", "Nagato"], ["Putin", "Abe"],
    [ev("2016-12-16", "meeting", ["Tokyo"], ["Abe", "Putin"], "the summit ends with a joint press conference in Tokyo on Friday"),
     ev("2016-12-15", "visit", ["Japan"], ["Putin"], "Putin arrived in Japan the previous day"),
     ev("2016-12-15", "meeting", ["Nagato"], ["Abe", "Putin"], "he met Abe in Nagato (the previous day)"),
     ev("2005", "visit", ["Japan"], ["Putin"], "first diplomatic visit since 2005", required=False)],
    truncated=True)
art("11_manilashimbun_jiji_2018.txt", "The Daily Manila Shimbun", "Abe, Putin Agree to Accelerate Peace Treaty Talks", "2018-11-15",
    "date line 'November 15, 2018' under the headline",
    ["Moscow", "Tokyo", "Singapore", "Habomai", "Shikotan", "Kunashir", "Iturup"], ["Abe", "Putin"],
    [ev("2018-11-14", "meeting", ["Singapore"], ["Abe", "Putin"], "Abe and Putin agree on Wednesday in Singapore"),
     ev("2019", "visit", ["Russia"], ["Abe"], "Abe plans to visit Russia early next year", planned=True),
     ev("2018", "meeting", ["Argentina"], ["Abe", "Putin"], "talks later this year in Argentina", planned=True),
     ev("1956", "treaty", [], [], "the 1956 joint declaration", required=False)])
art("12_japantimes_2018.txt", "The Japan Times", "", "2018-11-29",
    "URL /opinion/2018/11/29/ (the text has no headline or date line)",
    ["Kuril Islands", "Singapore"], ["Abe", "Putin", "Kono", "Lavrov"],
    [ev("2018-11-14", "meeting", ["Singapore"], ["Abe", "Putin"], "Abe meets Putin in Singapore on Nov. 14"),
     ev("2018-11-23", "meeting", [], ["Kono", "Lavrov"], "Kono meets Lavrov on Nov. 23"),
     ev("2018-12", "meeting", ["Argentina"], ["Abe", "Putin"], "Abe-Putin meeting at the G20 in Argentina this weekend", planned=True),
     ev("2016-12", "visit", ["Yamaguchi"], ["Abe", "Putin"], "Abe invited Putin to his hometown in December 2016"),
     ev("1956", "treaty", [], [], "the 1956 joint declaration", required=False)],
    optional_places=["Yamaguchi"])
art("13_kyivindependent_2022.txt", "The Kyiv Independent", "Russia halts Kuril Islands treaty talks with Japan over sanctions", "2022-03-21",
    "date line 'March 21, 2022 7:38 pm' (the page's 'date 2022-06-24' is a later update stamp)",
    ["Kuril Islands", "Tokyo", "Moscow"], [],
    [ev("2022-03-21", "statement", ["Moscow"], [], "Russia's Foreign Ministry says it withdraws from the talks (the day is the story's own)")])
art("14_japantoday_kyodo_2022.txt", "Japan Today", "", "2022-03-21",
    "the page's date 2022-03-21; 'said Monday' (the text has no headline)",
    ["Moscow", "Kunashir", "Iturup", "Shikotan", "Habomai", "Tokyo"], ["Putin", "Abe"],
    [ev("2022-03-21", "statement", [], [], "Russia's Foreign Ministry says Monday it will suspend the talks"),
     ev("2018", "meeting", [], ["Abe", "Putin"], "a 2018 summit meeting between Abe and Putin"),
     ev("1945-08", "military", [], [], "the Soviet Union seized the islands after August 1945", required=False),
     ev("1956", "treaty", [], [], "the 1956 joint declaration", required=False)],
    optional_places=HOK, truncated=True)
art("15_devdiscourse_reuters_2022.txt", "Devdiscourse", "Russia halts Japan peace treaty talks over sanctions", "2022-03-21",
    "the page's date 2022-03-21 and 'Updated: 21-03-2022'",
    ["Tokyo", "Kuril Islands"], [],
    [ev("2022-03-21", "statement", [], [], "the Foreign Ministry statement on Monday")])
art("16_alarabiya_2023.txt", "Al Arabiya", "Russia’s Shoigu says coastal defense missiles deployed to Kuril islands", "2023-03-22",
    "URL /2023/03/22/; 'on Wednesday' is 22 March 2023",
    ["Kuril Islands", "Paramushir"], ["Shoigu"],
    [ev("2023-03-22", "military", ["Paramushir"], ["Shoigu"], "Shoigu says Bastion systems were deployed to Paramushir")])
art("17_japantimes_reuters_2022.txt", "The Japan Times", "", "2022-12-06",
    "URL /news/2022/12/06/ and the page's date (the text has no headline)",
    ["Kuril Islands", "Paramushir", "Tokyo"], [],
    [ev("2022-12-05", "military", ["Paramushir"], [], "the defence ministry says on Monday Bastion systems are deployed on Paramushir")])
art("18_wion_2021.txt", "WION", "", "2021-07-26",
    "the page's date 2021-07-26 (the text has no headline and names no day)",
    ["Tokyo", "Kuril Islands", "Iturup"], ["Mishustin", "Galuzin", "Peskov"],
    [ev("2021-07-26", "visit", ["Iturup"], ["Mishustin"], "Mishustin visits the Kurils (the day is the story's own)"),
     ev("2021-07-26", "statement", [], ["Galuzin"], "Japan protests and summons Galuzin", required=False)],
    optional_places=HOK)
art("19_republicworld_2021.txt", "Republic World", "", "2021-07-26",
    "the page's date 2021-07-26; 'on July 26, Monday' (the text has no headline)",
    ["Moscow", "Kuril Islands", "Iturup", "Tokyo"], ["Mishustin", "Putin"],
    [ev("2021-07-26", "visit", ["Kuril Islands", "Iturup"], ["Mishustin"], "Mishustin visits the Kurils on July 26"),
     ev("2021-07-23", "statement", [], ["Putin"], "Putin asked the prime minister on July 23 to pay attention to the Kurils")],
    truncated=True)
art("20_presstv_2021.txt", "Press TV", "Moscow rejects Japan’s protest over Russian PM visit to disputed islands", "2021-07-26",
    "URL /Detail/2021/07/26/; 'On Monday' and the caption 'July 26, 2021'",
    ["Iturup", "Kunashir", "Shikotan", "Habomai", "Kuril Islands", "Moscow", "Tokyo"], ["Mishustin", "Galuzin", "Morgulov"],
    [ev("2021-07-26", "visit", ["Iturup"], ["Mishustin"], "Mishustin arrives in Iturup on Monday"),
     ev("1956", "treaty", [], [], "joint declaration signed in 1956"),
     ev("2021-07-26", "statement", ["Tokyo"], ["Galuzin"], "Tokyo protests and summons Galuzin", required=False)],
    optional_places=HOK, truncated=True)
art("21_urdupoint_sputnik_2021.txt", "UrduPoint", "", "2021-07-26",
    "the dateline '(UrduPoint news / Sputnik - 26th July, 2021)'",
    ["Kurilsk", "Iturup", "Kuril Islands", "Kunashir", "Shikotan", "Habomai", "Moscow"], ["Mishustin", "Putin", "Kato"],
    [ev("2021-07-26", "visit", ["Iturup"], ["Mishustin"], "Mishustin arrived on Iturup on Monday"),
     ev("2021-07-26", "meeting", ["Iturup", "Kurilsk"], ["Mishustin"], "meeting with Kuril fishing enterprises on Monday", required=False),
     ev("2021-07-26", "statement", [], ["Kato"], "Kato says Japan plans to protest", required=False)])
art("22_missoulian_ap_2021.txt", "Missoulian", "", "2021-07-26",
    "the page's date 2021-07-26; 'on Monday' (the text has no headline)",
    ["Moscow", "Tokyo", "Kuril Islands", "Iturup"], ["Mishustin", "Putin"],
    [ev("2021-07-26", "visit", ["Iturup"], ["Mishustin"], "Mishustin visits Iturup on Monday"),
     ev("2021-07-23", "statement", [], ["Putin"], "on Friday Putin asked him to pay attention to the Kurils")])
art("23_asiaone_afp_2015.txt", "AsiaOne", "Japan protests as Russian PM visits disputed Kuril islands", "2015-08-22",
    "no date line on the page or in the URL; the caption 'August 22, 2015' and 'landed Saturday' (22 August 2015 was a Saturday)",
    ["Iturup", "Kuril Islands", "Moscow", "Tokyo"], ["Medvedev", "Hayashi", "Abe"],
    [ev("2015-08-22", "visit", ["Iturup"], ["Medvedev"], "Medvedev lands on Iturup on Saturday"),
     ev("2015-08-22", "call", ["Tokyo"], ["Hayashi"], "Hayashi telephones the Russian ambassador", required=False),
     ev("2012", "visit", ["Kuril Islands"], ["Medvedev"], "Medvedev visited the islands in 2012"),
     ev("2014", "military", ["Kuril Islands"], [], "Russia held military exercises there in 2014"),
     ev("2014-09", "other", ["Iturup"], [], "Iturup Airport opened in September", required=False)],
    optional_places=["Kitovyi"], inferred=True)
art("24_japantimes_kyodo_2015.txt", "The Japan Times", "", "2015-07-24",
    "URL /news/2015/07/24/; 'said Friday' (the text has no headline)",
    ["Moscow", "Kunashir", "Iturup", "Shikotan", "Habomai", "Kuril Islands", "Tokyo"], ["Medvedev", "Kishida", "Putin"],
    [ev("2015-07-24", "statement", [], ["Kishida"], "Kishida calls the planned trip unacceptable on Friday"),
     ev("2015-07-23", "statement", ["Moscow"], [], "the embassy in Moscow conveys concern on Thursday"),
     ev("2015-07-23", "statement", [], ["Medvedev"], "Medvedev says at a government meeting Thursday he plans to inspect the Kurils"),
     ev("2015-08", "visit", ["Iturup"], ["Medvedev"], "Medvedev considers visiting Etorofu in August", planned=True),
     ev("2015", "visit", ["Japan"], ["Putin"], "Putin's visit to Japan later this year", planned=True),
     ev("2015-08", "forum", ["Iturup"], [], "youth event Aug. 12-24", required=False, planned=True),
     ev("1945", "military", [], [], "islands seized in 1945", required=False)],
    optional_places=HOK, truncated=True)
art("25_japantimes_kyodo_2019.txt", "The Japan Times", "", "2019-08-02",
    "URL /news/2019/08/02/; 'on Friday' (the text has no headline)",
    ["Moscow", "Iturup", "Kunashir", "Kuril Islands", "Vladivostok", "Tokyo"], ["Medvedev", "Abe", "Putin"],
    [ev("2019-08-02", "visit", ["Iturup"], ["Medvedev"], "Medvedev visits Etorofu on Friday"),
     ev("2019-08-02", "statement", [], [], "Japan lodges a strong protest", required=False),
     ev("2019-09", "meeting", ["Vladivostok"], ["Abe", "Putin"], "Abe plans to meet Putin in Vladivostok next month", planned=True),
     ev("2010-11", "visit", ["Kunashir"], ["Medvedev"], "Medvedev visited Kunashiri in November 2010"),
     ev("2012-07", "visit", ["Kunashir"], ["Medvedev"], "again in July 2012"),
     ev("2015-08", "visit", ["Iturup"], ["Medvedev"], "Etorofu in August 2015")],
    optional_places=HOK, truncated=True)
art("26_japantimes_kyodo_2022.txt", "The Japan Times", "", "2022-02-07",
    "URL /news/2022/02/07/ and the page's date; 'said Monday' (the text has no headline)",
    ["Kunashir", "Iturup", "Shikotan", "Habomai", "Kuril Islands", "Tokyo", "Moscow"], ["Matsuno", "Kishida"],
    [ev("2022-02-07", "statement", [], ["Matsuno"], "Matsuno says on Monday a protest was made"),
     ev("2022-02-03", "statement", [], [], "the protest was made last Thursday"),
     ev("2022-02-08", "military", ["Kunashir"], [], "target practice from Tuesday through March 1 off Kunashiri", planned=True),
     ev("2022-02-07", "statement", ["Tokyo"], ["Kishida"], "Kishida at the national rally in Tokyo the same day"),
     ev("2018", "meeting", [], [], "a 2018 summit meeting"),
     ev("1945-08", "military", [], [], "islands seized after August 1945", required=False),
     ev("1956", "treaty", [], [], "the 1956 joint declaration", required=False)],
    optional_places=HOK, truncated=True)
art("27_voa_2010.txt", "Voice of America", "", "2010-11-02",
    "no date or headline on the page or in the URL; the recall of the ambassador after Medvedev's Kunashiri visit was announced on Tuesday 2 November 2010, with Lavrov's remarks 'Monday'",
    ["Kunashir", "Kuril Islands", "Moscow", "Tokyo"], ["Medvedev", "Maehara", "Lavrov"],
    [ev("2010-11-02", "statement", [], ["Maehara"], "Maehara announces the ambassador's temporary recall (the day is the story's own)"),
     ev("2010-11-01", "statement", [], ["Lavrov"], "Lavrov on Monday: the visit was his right"),
     ev("2010-11", "visit", ["Japan"], ["Medvedev"], "Medvedev to visit Japan this month for APEC", planned=True)],
    optional_places=HOK, inferred=True)
art("28_guardian_2010.txt", "The Guardian", "Japan recalls envoy to Russia over Kurils dispute", "2010-11-02",
    "URL /world/2010/nov/02/",
    ["Kunashir", "Kuril Islands", "Moscow", "Tokyo"], ["Medvedev", "Kan", "Sengoku", "Maehara"],
    [ev("2010-11-01", "visit", ["Kunashir"], ["Medvedev"], "Medvedev's visit to the island yesterday"),
     ev("2010-11-02", "statement", [], ["Sengoku", "Maehara"], "the ambassador's recall today"),
     ev("2010-11-13", "meeting", ["Japan"], ["Kan", "Medvedev"], "Kan to meet Medvedev at the summit on 13 and 14 November", planned=True)],
    truncated=True)
art("29_jpost_2010.txt", "The Jerusalem Post", "Japan recalls ambassador in Russia over island dispute", "2010-11-02",
    "no date on the page or in the URL; AP's story of the recall 'on Tuesday' after Medvedev's visit 'on Monday' (1 November 2010), before the summit of Nov. 13-14",
    ["Tokyo", "Moscow"], ["Medvedev", "Kan", "Sengoku", "Maehara"],
    [ev("2010-11-02", "statement", ["Tokyo"], ["Sengoku", "Maehara"], "Japan recalls its ambassador on Tuesday"),
     ev("2010-11-01", "visit", [], ["Medvedev"], "Medvedev's trip to the island on Monday"),
     ev("2010-11-13", "meeting", ["Japan"], ["Kan", "Medvedev"], "a meeting at the summit on Nov. 13-14", planned=True)],
    truncated=True, inferred=True)
art("30_abcau_2010.txt", "ABC", "Japan recalls ambassador over Russia island row", "2010-11-02",
    "URL /news/2010-11-02/",
    ["Kuril Islands", "Tokyo", "Moscow"], ["Medvedev"],
    [ev("2010-11-01", "visit", ["Kuril Islands"], ["Medvedev"], "Medvedev toured one of the islands on Monday"),
     ev("2010-11-02", "statement", [], [], "the recall is announced (the day is the story's own)")])
art("31_bbc_2012.txt", "BBC", "Russian PM Medvedev's visit to disputed islands irks Japan", "2012-07-03",
    "no date on the page or in the URL; the story reports Medvedev's second Kunashir visit, made as prime minister on 3 July 2012",
    ["Kunashir", "Kuril Islands", "Tokyo", "Moscow"], ["Medvedev"],
    [ev("2012-07-03", "visit", ["Kunashir"], ["Medvedev"], "Medvedev lands on Kunashir (the day is the story's own)"),
     ev("2012-07-03", "statement", ["Tokyo"], [], "the Russian ambassador is summoned", required=False),
     ev("2010", "visit", ["Kuril Islands"], ["Medvedev"], "his first visit, as president in 2010"),
     ev("2011", "military", ["Kuril Islands"], [], "last year Russia announced it was boosting defences", required=False),
     ev("2011", "other", ["Japan"], [], "the 2011 earthquake", required=False)],
    optional_places=HOK, inferred=True)
art("32_sandiegout_ap_2010.txt", "The San Diego Union-Tribune", "Recalled Japan envoy returns to Russia", "2010-11-07",
    "URL ...-2010nov07-story.html; 'on Sunday' is 7 November 2010",
    ["Tokyo", "Moscow", "Kunashir", "Kuril Islands"], ["Medvedev", "Kono", "Kan"],
    [ev("2010-11-07", "other", ["Moscow"], ["Kono"], "Ambassador Kono returns to Moscow on Sunday"),
     ev("2010-11-01", "visit", ["Kunashir"], ["Medvedev"], "Medvedev's trip on Nov. 1 to Kunashiri"),
     ev("2010-11-13", "meeting", ["Japan"], ["Kan", "Medvedev"], "Kan to meet Medvedev at the summit on Nov. 13-14", planned=True)])
art("33_chinadaily_xinhua_2010.txt", "China Daily", "Japan to recall envoy to Russia over isle row", "2010-11-02",
    "'Updated: 2010-11-02 14:29' and URL /2010-11/02/",
    ["Tokyo", "Moscow", "Kunashir", "Kuril Islands"], ["Maehara", "Kan", "Medvedev"],
    [ev("2010-11-02", "statement", ["Tokyo"], ["Maehara"], "Maehara says on Tuesday the ambassador will be recalled"),
     ev("2010-11-01", "visit", ["Kunashir"], ["Medvedev"], "Medvedev visited Kunashiri on Monday"),
     ev("2010-11-01", "statement", ["Tokyo"], ["Maehara"], "Maehara summoned the Russian ambassador on Monday"),
     ev("2010-11-01", "statement", [], ["Medvedev"], "Medvedev's Twitter posts on Monday", required=False),
     ev("1945", "military", [], [], "occupied by Soviet troops in 1945", required=False)],
    truncated=True)
art("34_taipeitimes_afp_2019.txt", "Taipei Times", "", "2019-01-24",
    "URL /archives/2019/01/24/ (the text has no headline)",
    ["Tokyo", "Moscow", "Kuril Islands", "Washington"], ["Abe", "Putin", "Osuga", "Lavrov"],
    [ev("2019-01-22", "meeting", ["Moscow"], ["Abe", "Putin"], "Abe and Putin fall short of agreement on Tuesday in Moscow"),
     ev("2019-01", "statement", [], ["Abe"], "Abe's New Year's message earlier this month"),
     ev("2019-01", "statement", ["Moscow"], ["Lavrov"], "Moscow responded furiously", required=False),
     ev("1956", "treaty", [], [], "the 1956 declaration", required=False)],
    truncated=True)
art("35_freemalaysiatoday_afp_2019.txt", "Free Malaysia Today", "Putin, Abe talks fail to break island impasse", "2019-01-23",
    "URL /2019/01/23/",
    ["Tokyo", "Moscow", "Kuril Islands", "Washington"], ["Putin", "Abe", "Osuga"],
    [ev("2019-01-22", "meeting", ["Moscow"], ["Abe", "Putin"], "talks in Moscow on Tuesday"),
     ev("1956", "treaty", [], [], "the 1956 declaration", required=False)])
art("36_malaysianreserve_bloomberg_2019.txt", "The Malaysian Reserve", "Putin warns Abe of hard work ahead to resolve islands dispute", "2019-01-24",
    "URL /2019/01/24/",
    ["Moscow", "Belgrade", "Munich", "Davos", "Singapore", "Kuril Islands"], ["Putin", "Abe", "Peskov"],
    [ev("2019-01-22", "meeting", [], ["Abe", "Putin"], "Kremlin talks on Tuesday"),
     ev("2019-02", "meeting", ["Munich"], [], "foreign ministers to continue talks next month in Munich", planned=True),
     ev("2018-11", "meeting", ["Singapore"], ["Abe", "Putin"], "their agreement in Singapore in November"),
     ev("2018-11", "other", [], [], "Levada poll in November", required=False)],
    truncated=True)
art("37_japantimes_kyodo_2022.txt", "The Japan Times", "", "2022-09-03",
    "URL /news/2022/09/03/; 'said Saturday' (the text has no headline)",
    ["Tokyo", "Iturup", "Kunashir"], [],
    [ev("2022-09-03", "military", ["Iturup", "Kunashir"], [], "drills on Etorofu and Kunashiri reported Saturday (Vostok 2022)")])
art("38_islamtimes_reuters_2024.txt", "Islam Times", "Russia Holds Military Drills on Disputed Island near Japan", "2024-08-01",
    "date line 'Thursday 1 August 2024 - 21:30'",
    ["Matua", "Kuril Islands", "Moscow", "Tokyo"], ["Peskov"],
    [ev("2024-08-01", "military", ["Matua"], [], "Interfax says on Thursday troops practised on Matua"),
     ev("2024-05", "statement", [], [], "Moscow said in May it would set up observation posts"),
     ev("2024-07", "statement", [], ["Peskov"], "Peskov earlier this week")],
    optional_places=HOK)
art("39_dailypakistan_reuters_2022.txt", "Daily Pakistan", "Putin launches military drills on disputed island after Russia halts peace talks with Japan", "2022-03-26",
    "date line '11:05 PM | 26 Mar, 2022'",
    ["Kuril Islands", "Tokyo", "Moscow"], ["Putin"],
    [ev("2022-03-25", "military", ["Kuril Islands"], [], "Interfax says on Friday drills with 3,000 troops are under way"),
     ev("2022-03-26", "statement", [], [], "Japanese media say on Saturday the drills are on claimed islands", required=False)],
    optional_places=HOK)
art("40_bangkokpost_kyodo_2017.txt", "Bangkok Post", "Abe, Putin to discuss military tensions, islands row", "2017-09-08",
    "URL /bangkok-post/20170908/ (print edition)",
    ["Pyongyang", "Tokyo", "Vladivostok"], ["Abe", "Putin"],
    [ev("2017-09-07", "meeting", ["Vladivostok"], ["Abe", "Putin"], "talks yesterday in Vladivostok"),
     ev("2017-09-07", "forum", ["Vladivostok"], ["Abe", "Putin"], "Abe's speech to the forum's plenary yesterday"),
     ev("2017-09-03", "military", ["North Korea"], [], "North Korea's sixth nuclear test on Sunday"),
     ev("2017-08-29", "military", ["Japan"], [], "missile over northern Japan on Aug 29")],
    optional_places=HOK, truncated=True)
art("41_citycost_kyodo_2017.txt", "City-Cost", "Abe, Putin slam N. Korea nuke test, differ on denuclearization path", "2017-09-07",
    "date line 'Sep 7, 2017'",
    ["Tokyo", "Vladivostok"], ["Abe", "Putin"],
    [ev("2017-09-07", "meeting", ["Vladivostok"], ["Abe", "Putin"], "Abe and Putin meet on Thursday at the forum"),
     ev("2017-09-07", "statement", ["Vladivostok"], ["Abe"], "joint press conference", required=False),
     ev("2017-09-03", "military", ["North Korea"], [], "North Korea's sixth nuclear test Sunday")],
    optional_places=HOK, truncated=True)
art("42_japantimes_kyodo_2017.txt", "The Japan Times", "", "2017-07-08",
    "URL /news/2017/07/08/; 'agreed Friday' (the text has no headline)",
    ["Hamburg", "Moscow", "Vladivostok"], ["Abe", "Putin"],
    [ev("2017-07-07", "meeting", ["Hamburg"], ["Abe", "Putin"], "Abe and Putin meet at the G20 in Hamburg on Friday"),
     ev("2017-08", "meeting", ["Moscow"], [], "vice foreign ministerial meeting in late August in Moscow", planned=True),
     ev("2017-09", "meeting", ["Vladivostok"], ["Abe", "Putin"], "talks planned in September at the forum in Vladivostok", planned=True),
     ev("2017-09", "visit", [], [], "grave visits by chartered plane in September", required=False, planned=True),
     ev("2016-12", "meeting", [], ["Abe", "Putin"], "Abe and Putin agreed in December"),
     ev("2017-06-27", "visit", [], [], "the study on the islands from June 27 to July 1")],
    optional_places=HOK, truncated=True)
art("43_nippon_jiji_2022.txt", "Nippon.com", "", "2022-03-28",
    "the dateline 'Tokyo, March 28 (Jiji Press)' and URL yjj20220328 (the text has no headline)",
    ["Tokyo", "Kuril Islands"], ["Matsuno"],
    [ev("2022-03-28", "statement", ["Tokyo"], ["Matsuno"], "Matsuno says Monday a protest was lodged"),
     ev("2022-03-25", "statement", [], [], "the protest was made on Friday"),
     ev("2022-03-21", "statement", [], [], "on March 21 Russia said it would not continue negotiations")])
art("44_reuters_2021.txt", "Reuters", "Japan to protest to Russia over PM's visit to disputed island", "2021-07-26",
    "the dateline 'TOKYO, July 26 (Reuters)' and URL ...-2021-07-26",
    ["Kuril Islands", "Tokyo"], ["Mishustin"],
    [ev("2021-07-26", "statement", ["Tokyo"], [], "a top government spokesman says Monday Japan will protest"),
     ev("2021-07-26", "visit", [], ["Mishustin"], "Mishustin's visit to the island (the day is the story's own)", required=False)])
art("45_urdupoint_sputnik_2020.txt", "UrduPoint", "Japan Following With Interest Vote On Amendments To Russian Constitution- Foreign Minister", "2020-06-19",
    "the dateline '(UrduPoint News / Sputnik - 19th June, 2020)' and 'Fri 19th June 2020'",
    ["Moscow", "Tokyo", "Iturup", "Kunashir", "Shikotan", "Habomai", "Kuril Islands"], ["Motegi", "Putin", "Abe"],
    [ev("2020-06-19", "statement", ["Tokyo"], ["Motegi"], "Motegi says on Friday Japan follows the discussion"),
     ev("2020-03-16", "other", [], [], "the Constitutional Court approved the amendments on March 16"),
     ev("2020-07-01", "other", [], [], "the vote rescheduled for July 1", planned=True),
     ev("2016-12", "visit", ["Japan"], ["Putin"], "Putin's visit to Japan in December 2016"),
     ev("2016-12", "meeting", ["Japan"], ["Abe", "Putin"], "Putin agreed with Abe in December 2016", required=False)],
    optional_people=["Hashmi"], truncated=True)
art("46_chinadaily_2017.txt", "China Daily", "Not good time for Abe to seek a deal with Putin over disputed islands", "2017-04-17",
    "URL /cndy/2017-04/17/",
    ["Moscow", "Kuril Islands"], ["Abe", "Putin"],
    [ev("2017-04-27", "visit", ["Moscow"], ["Abe"], "Abe expected to visit Moscow on April 27", planned=True),
     ev("2012", "other", [], ["Abe"], "Abe took office for the second time in late 2012", required=False)],
    optional_places=HOK)

OUT = {
    "about": "Batch a of the real set: English-language Western and Asian outlets and wire reposts, "
             "gathered from the search tool's stored pages (each file is the stored text from the page's "
             "beginning, verbatim; 'truncated' marks a text cut mid-article). Annotated before the parser "
             "first ran on them. Fields as in tests/data/expected.json; 'published_source' says how the "
             "publication day is known (the text, the page's date line or its URL); a headline of \"\" means "
             "the stored text carries none. Hokkaido is never required (the places list holds cities and "
             "islands of this story, not prefectures).",
    "articles": A,
}

if __name__ == "__main__":
    (HERE / "expected.json").write_text(json.dumps(OUT, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(A), "articles")
