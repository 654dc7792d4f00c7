# ruff: noqa: E501
"""Writes expected.json for batch e: what a careful reader finds in each real article (kept as code for brevity).

Batch e is the third unseen batch: gathered and annotated in session 14, after batches a-d had been tuned on,
held out from the parser engineers for the whole session, and written BEFORE the parser ever ran on these files.
Conventions are those of batches a and b (and c, d where they agree), restated:

- the text is the stored page from its beginning, verbatim (menus, captions, teasers and the store's ' date ...'
  line kept; a newline added at the end); 'truncated' marks a text the store cut mid-article (or whose body it left
  out, SCMP); a headline of "" means the stored text carries none (a caption, teaser or lead is no headline);
- article places are the cities, islands and island groups named in the prose, a dateline's city included, and a
  city named as a government ("Tokyo says", "Moscow agreed") counts; "the Northern Territories", "South Kuril
  Islands", 北方領土/北方四島, Южные Курилы, "die Kurilen" are the Kuril Islands; countries are not places;
  regions, prefectures and oblasts (Hokkaido, Sakhalin, Yamaguchi, Kamchatka) are optional, as in batches a and c
  (batch d required some: not followed); names met only in captions, menus, sidebars, bylines, weather widgets,
  letter address blocks, or in organisation, forum, conference or document names (St Petersburg International
  Economic Forum, Munich Security Conference) are optional; 都内 without the name is optional Tokyo;
- people are surnames of the persons named in the prose; photographers, authors, bylines and the addressees of a
  letter are optional;
- the outlet is the site that publishes the page under its own name (a wire copy or a repost on a site is that
  site's; a forum mirror is the forum; a bookmark page is the bookmark service; a government page is that office);
- 'published' is the true publication day (from the text, the URL, the store's date line, or the dispute's
  chronology when the text reports a known event as today's news, said in 'published_evidence'); where the day
  cannot be known it is null and 'published_range' is the narrowest range the text supports;
- an event's date is the day, month or year the text gives (for an undated event the story is about: the
  chronology, or the story's own day). Required: the events the story reports, and past or coming events the text
  dates to the month or day (as batch a's 'in November 2010' and batch b's 'the previous summit in May'). Optional:
  history dated only to a year or long past (1855, 1945, 1956, 1960, 'in 2018'), acts the text leaves undated that
  nothing pins, and side remarks. Types as batches a and b: a government's protest, note, decree or press
  conference is 'statement' (Russia's halt of the talks and its ending of the visa-free exchanges included), a
  summit or talks round is 'meeting', drills, deployments and seizures are 'military', a speech at the Northern
  Territories Day rally is 'statement', a signed treaty or declaration is 'treaty'. Status: planned when the text
  says so, historical when the event ended more than a year before publication, else reported.
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


def art(file, lang, outlet, headline, published, evidence, places, people, events, optional_places=(),
        optional_people=(), published_range=None, truncated=False):
    reference = published or published_range[0]
    for item in events:
        item["status"] = _status(item, reference)
    A.append({
        "file": file, "url": URLS[file], "language": lang, "outlet": outlet, "headline": headline,
        "published": published, "published_range": list(published_range or (published, published)),
        "published_evidence": evidence, "truncated": truncated,
        "places": sorted(set(places)), "people": sorted(set(people)),
        "optional_places": sorted(optional_places), "optional_people": sorted(optional_people),
        "events": events,
    })



HOK = ["Hokkaido"]
FOUR = ["Iturup", "Kunashir", "Shikotan", "Habomai"]
KREMLIN = "President of Russia"

# --- English ---------------------------------------------------------------------------------------------------

art("01_windowstorussia_2012.txt", "en", "Windows to Russia", "Medvedev Vists Kuril Islands", "2012-07-03",
    "no date in the text or URL; Prime Minister Medvedev 'arrived ... in the Kuril Islands on Tuesday', 18 months after his 2010 visit: Tuesday 3 July 2012 (chronology)",
    ["Kuril Islands", "Moscow", "Tokyo"], ["Medvedev", "Kan"],
    [ev("2012-07-03", "visit", ["Kuril Islands"], ["Medvedev"], "Prime Minister Medvedev arrives in the Kuril Islands on Tuesday"),
     ev("2012-07-03", "statement", [], ["Medvedev"], "Medvedev urges the government's members to visit the Kurils, shortly before he sets off", required=False),
     ev("2010-11", "visit", ["Kuril Islands"], ["Medvedev"], "Medvedev's first visit by a Russian leader in November 2010")],
    optional_places=["Russian Far East"])

art("02_smh_kyodo_2014.txt", "en", "The Sydney Morning Herald", "Japan protests Russia's military drills on disputed islands", "2014-08-13",
    "URL ...-20140813-...; 'Tokyo on Wednesday lodged a protest' (13 August 2014)",
    ["Tokyo", "Iturup", "Kunashir", "Kuril Islands"], ["Abe", "Medvedev"],
    [ev("2014-08-13", "statement", ["Tokyo"], [], "Tokyo on Wednesday lodges a protest with Russia over the exercises"),
     ev("2014-08-13", "statement", [], ["Abe"], "Abe tells reporters the drills are totally unacceptable, earlier in the day"),
     ev("2014-08-12", "military", ["Iturup", "Kunashir"], [], "the Russian military starts the drills on Etorofu and Kunashiri on Tuesday"),
     ev("2010-11", "visit", ["Kunashir"], ["Medvedev"], "then-president Medvedev travelled to Kunashiri in November 2010"),
     ev("2014-08", "statement", [], [], "the Defence Ministry's white paper last week", required=False),
     ev("2014-08", "sanction", [], [], "Japan imposed additional sanctions on Russia a week before the drills", required=False),
     ev("1945", "military", [], [], "the islands seized by Soviet troops after Japan surrendered", required=False)],
    optional_places=HOK)

art("03_dailynewsbrief_2022.txt", "en", "Daily News Brief", "Japan Protests Planned Russian Exercises near Disputed Isles", "2022-02-07",
    "URL /2022/02/07/",
    ["Kunashir", "Kuril Islands"], ["Matsuno", "Kishida"],
    [ev("2022-02-07", "statement", [], ["Matsuno"], "Matsuno: Russia's further armament of the islands is not acceptable (the day is the story's own)"),
     ev("2022-02-08", "military", ["Kunashir"], [], "Russia's naval exercises southeast of Kunashiri, Tuesday through March 1", planned=True),
     ev("2022-02-07", "statement", [], ["Kishida"], "Kishida: truly regrettable that the issue remains unresolved 76 years after the war (the rally's day)"),
     ev("2022-02", "statement", [], [], "Japan filed two protests before the weekend", required=False),
     ev("1945-08", "military", [], [], "Japan surrendered in August 1945", required=False)])

art("04_dailynewsbrief_2021.txt", "en", "Daily News Brief", "Russia Installs Defense Missiles in Disputed Kuril Island Chain", "2021-12-03",
    "URL /2021/12/03/; 'on Thursday' is 2 December 2021",
    ["Matua", "Kuril Islands"], ["Peskov"],
    [ev("2021-12-02", "military", ["Matua", "Kuril Islands"], [], "the military says on Thursday it has deployed its third Bastion system to Matua"),
     ev("2021-12", "statement", [], ["Peskov"], "Peskov: Russia feels free to deploy what it deems necessary", required=False),
     ev("1945", "military", [], [], "the Soviet Union seized the islands in the final days of the war", required=False)],
    optional_places=HOK)

art("05_oreanda_2018.txt", "en", "Oreanda-News", "", None,
    "no date in the text or URL; Peskov speaks after the Putin-Abe meeting in Singapore on 14 November 2018 (chronology): written that day or the next",
    ["Moscow", "Tokyo", "Kuril Islands"] + FOUR, ["Putin", "Abe", "Peskov"],
    [ev("2018-11-14", "meeting", [], ["Putin", "Abe"], "Putin and Abe agree to intensify peace-treaty talks on the basis of the 1956 Declaration (Singapore, chronology)"),
     ev("2018-11-14", "statement", [], ["Peskov"], "Peskov tells reporters after the leaders' meeting"),
     ev("1956-10-19", "treaty", ["Moscow"], [], "the Joint Declaration signed in Moscow on October 19, 1956", required=False),
     ev("1956-12-08", "other", [], [], "the Declaration ratified on December 8, 1956", required=False),
     ev("1960-01-27", "statement", [], [], "the Soviet aide-memoire of January 27, 1960", required=False),
     ev("1960", "treaty", [], [], "the Japanese-American security treaty of 1960", required=False)],
    published_range=["2018-11-14", "2018-11-15"])

art("06_prensalatina_2022.txt", "en", "Prensa Latina", "", "2022-03-22",
    "URL /news/2022/03/22/",
    ["Kuril Islands", "Moscow", "Tokyo"], ["Putin", "Lukashenko"],
    [ev("2022-03-22", "statement", [], [], "the Japanese cabinet chief tells the Diet Japan keeps its will to reach a peace treaty (the day is the story's own)"),
     ev("2022-03-21", "statement", ["Moscow"], [], "Russia's communique: it does not intend to continue the peace-treaty talks, ends visa-free travel (chronology)"),
     ev("2022-03", "sanction", ["Tokyo"], ["Putin", "Lukashenko"], "Tokyo froze assets of 95 Russian individuals and companies", required=False)],
    optional_places=HOK)

art("07_scmp_2022.txt", "en", "South China Morning Post", "Ukraine war: Japan slams Russia move to end disputed Kuril Islands peace talks over sanctions", None,
    "no date in the text or URL; reports Kishida's reaction (22 March 2022) to Russia's halt of the talks (21 March 2022, chronology)",
    ["Moscow", "Tokyo", "Kuril Islands"], ["Kishida"],
    [ev("2022-03-21", "statement", ["Moscow"], [], "Moscow ends the peace talks and halts dialogue on economic activity on the islands (chronology)"),
     ev("2022-03-22", "statement", [], ["Kishida"], "Kishida calls Russia's decision unjust and absolutely unacceptable (chronology)")],
    published_range=["2022-03-22", "2022-03-23"], truncated=True)

art("08_sherbrooktimes_2019.txt", "en", "Sherbrook Times", "Putin: Russia and Japan moved forward on the issue of business activity in the Kuril Islands", None,
    "no date in the text or URL; Putin's remarks after his talks with Abe at the G20 in Osaka, 29 June 2019 (chronology)",
    ["Kuril Islands", "Osaka", "Tokyo", "Moscow", "Iturup", "Kunashir", "Shikotan"], ["Putin", "Abe"],
    [ev("2019-06-29", "meeting", ["Osaka"], ["Putin", "Abe"], "Putin and Abe's talks (Osaka, chronology)"),
     ev("2019-06-29", "statement", [], ["Putin", "Abe"], "Putin: we moved forward on joint business activity; Abe: we reaffirmed our determination"),
     ev("2019-06", "forum", ["Osaka"], [], "the G20 summit in Osaka", required=False)],
    published_range=["2019-06-29", "2019-06-30"], truncated=True)

art("09_freenews_2016.txt", "en", "Free News", "Putin and Abe agreed to conduct a joint activity in the Kuril Islands", "2016-12-15",
    "URL /2016/12/15/",
    ["Kuril Islands"], ["Putin", "Abe", "Ushakov"],
    [ev("2016-12-15", "meeting", [], ["Putin", "Abe"], "Putin and Abe agree on a statement on joint activity (the day is the story's own)"),
     ev("2016-12-15", "visit", ["Japan"], ["Putin"], "Putin arrives in Japan on December 15 for an official visit"),
     ev("2016-12-15", "statement", [], ["Ushakov"], "Ushakov tells journalists"),
     ev("2016-12-16", "statement", [], [], "the official statement to be published on Friday, December 16", planned=True),
     ev("2016-12-15", "statement", [], ["Abe"], "Abe at a press conference on local television", required=False)])

art("10_rusreality_2016.txt", "en", "RusReality", "The Kremlin is thinking about the joint with the Japanese activities on the Kuril Islands", "2016-12-13",
    "URL /2016/12/13/; 'On Tuesday, December 13'",
    ["Kuril Islands", "Moscow", "Tokyo"] + FOUR, ["Ushakov", "Putin", "Abe"],
    [ev("2016-12-13", "statement", [], ["Ushakov"], "Ushakov on Tuesday, December 13: a statement on joint activity possible"),
     ev("2016-12-13", "statement", [], ["Putin"], "earlier Tuesday Putin tells Japanese reporters Moscow has no territorial issues"),
     ev("2016-12-15", "visit", ["Japan"], ["Putin"], "Putin's visit to Japan on December 15-16", planned=True),
     ev("2016-12-15", "meeting", [], ["Putin", "Abe"], "a statement by the President and Prime Minister following the visit", required=False, planned=True)])

art("11_tass_2017.txt", "en", "TASS", "", "2017-09-07",
    "dateline 'VLADIVOSTOK, September 7'; the year from the chronology (Putin-Abe talks at the Eastern Economic Forum, 7 September 2017)",
    ["Vladivostok", "Kuril Islands"], ["Putin", "Abe"],
    [ev("2017-09-07", "meeting", ["Vladivostok"], ["Putin", "Abe"], "Putin's talks with Abe in Vladivostok"),
     ev("2017-09-07", "statement", ["Vladivostok"], ["Putin"], "Putin after the talks: we raised the peace treaty and joint activity"),
     ev("2017-09", "visit", ["Kuril Islands"], [], "a grave-visit trip by air to be organised this month", required=False, planned=True),
     ev("2017-09-07", "statement", [], ["Abe"], "Abe: full of determination to sign the peace treaty", required=False)])

art("12_kremlin_2017.txt", "en", KREMLIN, "Press statements following Russian-Japanese talks", "2017-04-27",
    "date line 'April 27, 2017, The Kremlin, Moscow'",
    ["Moscow"], ["Putin", "Abe"],
    [ev("2017-04-27", "meeting", ["Moscow"], ["Putin", "Abe"], "Putin and Abe's talks in the Kremlin"),
     ev("2017-04-27", "statement", ["Moscow"], ["Putin", "Abe"], "press statements following the talks"),
     ev("2016-12", "visit", ["Japan"], ["Putin"], "'my visit to Japan last December'")],
    truncated=True)

art("13_kremlin_2019.txt", "en", KREMLIN, "Press statements following talks with Prime Minister of Japan Shinzo Abe", "2019-06-29",
    "date line 'June 29, 2019, Osaka'",
    ["Osaka", "Saint Petersburg", "Khabarovsk"], ["Abe", "Putin"],
    [ev("2019-06-29", "meeting", ["Osaka"], ["Abe", "Putin"], "Abe and Putin's talks in Osaka"),
     ev("2019-06-29", "statement", ["Osaka"], ["Abe"], "Abe's press statement"),
     ev("2019-06-29", "other", [], ["Abe"], "the closing ceremony of the Japanese-Russian cross-year", required=False)],
    truncated=True)

art("14_kremlin_2018.txt", "en", KREMLIN, "", "2018-05-26",
    "a print page with no date; 'yesterday we both took part in the St Petersburg International Economic Forum ... later today ... the Bolshoi Theatre to open the Year of Russia in Japan': 26 May 2018 (chronology)",
    [], ["Putin", "Abe"],
    [ev("2018-05-26", "meeting", ["Moscow"], ["Putin", "Abe"], "Putin and Abe's talks (Moscow, chronology)"),
     ev("2018-05-26", "statement", [], ["Putin"], "Putin's press statement after the talks"),
     ev("2018-05-25", "forum", ["Saint Petersburg"], ["Putin", "Abe"], "yesterday both took part in the St Petersburg International Economic Forum"),
     ev("2018-05-26", "other", [], [], "the Year of Russia in Japan to be opened at the Bolshoi later today", required=False, planned=True)],
    optional_places=["Saint Petersburg"], truncated=True)

art("15_japantimes_2018.txt", "en", "The Japan Times", "", "2018-11-17",
    "URL /opinion/2018/11/17/editorials/",
    ["Singapore", "Tokyo", "Moscow"] + FOUR, ["Abe", "Putin"],
    [ev("2018-11-14", "meeting", ["Singapore"], ["Abe", "Putin"], "Abe and Putin meeting in Singapore last week agree to expedite the talks"),
     ev("2018-11-14", "statement", [], ["Abe"], "Abe tells reporters after the talks he shares a strong will with Putin", required=False),
     ev("1956", "treaty", [], [], "the 1956 joint declaration", required=False),
     ev("1945", "military", [], [], "the islands seized by Soviet forces in 1945", required=False),
     ev("2021-09", "other", [], ["Abe"], "his tenure as LDP president runs out in September 2021", required=False, planned=True)],
    optional_places=HOK)

art("16_kxan36news_2020.txt", "en", "KXAN 36 News", "The Minister of foreign Affairs of Japan announced a new phase in the negotiations with Russia", None,
    "no date in the text or URL; Motegi tells NHK of his talk with Lavrov at the Munich Security Conference (15 February 2020, chronology)",
    ["Tokyo", "Moscow", "Kuril Islands"] + FOUR, ["Motegi", "Lavrov"],
    [ev("2020-02-15", "meeting", ["Munich"], ["Motegi", "Lavrov"], "Motegi and Lavrov talk on the sidelines of the Munich Security Conference (chronology)"),
     ev("2020-02", "statement", [], ["Motegi"], "Motegi in an NHK interview announces a new phase of the negotiations"),
     ev("2020", "visit", ["Tokyo"], ["Lavrov"], "Lavrov's forthcoming visit to Tokyo", required=False, planned=True)],
    optional_places=["Munich"], published_range=["2020-02-15", "2020-02-29"])

art("17_chinadaily_2009.txt", "en", "China Daily", "Russia, Japan discuss disputed island territory", "2009-02-19",
    "'Updated: 2009-02-19 09:08' and URL /2009-02/19/",
    ["Tokyo", "Kuril Islands"], ["Aso", "Medvedev", "Putin"],
    [ev("2009-02-18", "meeting", ["Yuzhno-Sakhalinsk", "Sakhalin"], ["Aso", "Medvedev"], "Aso meets Medvedev on Sakhalin on Wednesday"),
     ev("2009-05", "visit", ["Japan"], ["Putin"], "Putin to visit Japan in May", planned=True),
     ev("2009-02-18", "visit", ["Sakhalin"], ["Aso"], "the first Japanese premier to set foot on Sakhalin", required=False),
     ev("2009-02-18", "statement", [], ["Aso"], "Aso tells reporters this is an important step", required=False),
     ev("2009-02-18", "other", [], ["Aso"], "the inauguration of Russia's first LNG plant", required=False)],
    optional_places=["Sakhalin", "Yuzhno-Sakhalinsk", "Hokkaido"], truncated=True)

art("18_jmh_2021.txt", "en", "Japan Media Highlights", "Japan protests Russia’s military drills in Northern Territories", "2021-06-24",
    "URL /20210624170044/",
    ["Iturup", "Kunashir", "Kuril Islands", "Tokyo"], ["Kato"],
    [ev("2021-06-23", "military", ["Iturup", "Kunashir"], [], "large-scale drills on Etorofu and Kunashiri from June 23 to 27"),
     ev("2021-06-23", "statement", ["Tokyo"], [], "MOFA's Russia Division director protests to the Russian Embassy on Wednesday afternoon"),
     ev("2021-06-24", "statement", [], ["Kato"], "Kato tells the press this morning the buildup is unacceptable")])

art("19_tass_2019.txt", "en", "TASS", "Moscow, Tokyo working on Japanese top diplomat’s visit to Russia", "2019-09-26",
    "dateline 'UNITED NATIONS, September 26'; the year from Motegi as Japan's new foreign minister (September 2019)",
    ["New York", "Nagoya", "Vladivostok", "Moscow", "Tokyo", "Kuril Islands"], ["Motegi", "Lavrov"],
    [ev("2019-09-25", "meeting", ["New York"], ["Lavrov", "Motegi"], "Lavrov and Motegi talk on the sidelines of the UN General Assembly (the ministry's statement published on Wednesday)"),
     ev("2019-11", "meeting", ["Nagoya"], ["Lavrov"], "the G20 foreign ministers' meeting in late November in Nagoya", planned=True),
     ev("2019-09-05", "meeting", ["Vladivostok"], [], "the Russian-Japanese summit in Vladivostok on September 5"),
     ev("2019-09-25", "statement", [], [], "the Japanese Foreign Ministry's statement", required=False)],
    truncated=True)

art("20_uawire_2016.txt", "en", "UAWire", "Japan criticizes Russia's decision to place armaments on Kuril Islands", "2016-03-28",
    "no date in the text or URL; Suga 'said on Monday' after Shoigu's statement of March 25th (2016, chronology): Monday 28 March 2016",
    ["Kuril Islands", "Tokyo", "Moscow"], ["Shoigu", "Suga"],
    [ev("2016-03-28", "statement", [], ["Suga"], "Suga says on Monday Tokyo told Moscow it is concerned"),
     ev("2016-03-25", "statement", ["Kuril Islands"], ["Shoigu"], "on March 25th Shoigu says Bal and Bastion systems will be deployed to the Kurils"),
     ev("2015-10", "statement", ["Kuril Islands"], [], "Russia's statement on a military base on the Kurils in October 2015"),
     ev("2016-04", "military", ["Kuril Islands"], [], "Pacific Fleet sailors to leave in April on a three-month expedition", required=False, planned=True)])

art("21_sputnik_2023.txt", "en", "Sputnik", "", "2023-02-07",
    "URL /amp/20230207/",
    ["Kuril Islands", "Tokyo", "Moscow"] + FOUR, ["Kishida"],
    [ev("2023-02-07", "statement", [], ["Kishida"], "Kishida: extremely regrettable that there is no peace treaty (Northern Territories Day, Tuesday)"),
     ev("2022-03", "statement", ["Moscow"], [], "in March 2022 Moscow withdrew from the peace-treaty talks and halted visa-free travel"),
     ev("1855", "treaty", [], [], "the Treaty of Shimoda of 1855", required=False),
     ev("1956", "treaty", [], [], "the 1956 joint declaration", required=False),
     ev("2018", "meeting", [], [], "in 2018 Japan and Russia agreed to speed up negotiations", required=False)])

# --- Russian ---------------------------------------------------------------------------------------------------

art("22_gordonua_2015_ru.txt", "ru", "Gordon", "Япония выразила протест в связи с визитом Медведева на Курилы", "2015-08-22",
    "no date in the text or URL; Medvedev 'прибыл на остров Итуруп сегодня утром': 22 August 2015 (chronology)",
    ["Kuril Islands", "Iturup", "Kunashir", "Shikotan", "Habomai", "Tokyo"], ["Medvedev"],
    [ev("2015-08-22", "visit", ["Iturup"], ["Medvedev"], "Medvedev arrives on Iturup this morning"),
     ev("2015-08-22", "statement", ["Tokyo"], [], "Japan protests: the visit offends the feelings of the Japanese people"),
     ev("1945", "military", [], [], "the islands came under Soviet control after the war", required=False)],
    optional_places=["Kyiv", "Hokkaido"])

art("23_khabara_2016_ru.txt", "ru", "Khabara", "Владимир Путин и Синдзо Абэ обсудили мирный договор наедине", "2016-12-16",
    "URL /2016/12/16/; 'В четверг' Putin flew to Japan (15 December 2016)",
    ["Nagato", "Tokyo", "Kuril Islands", "Honshu"], ["Putin", "Abe"],
    [ev("2016-12-15", "visit", ["Japan"], ["Putin"], "on Thursday Putin flies to Japan for a two-day visit"),
     ev("2016-12-15", "meeting", ["Nagato"], ["Putin", "Abe"], "talks in Nagato; the leaders approve the statement on joint activity"),
     ev("2016-12-16", "meeting", ["Tokyo"], ["Putin", "Abe"], "talks also in Tokyo", required=False)],
    optional_places=["Yamaguchi"], truncated=True)

art("24_rg_2016_ru.txt", "ru", "Rossiyskaya Gazeta", "", "2016-09-02",
    "URL /2016/09/02/ (Putin and Abe begin talks in Vladivostok)",
    ["Sochi", "Vladivostok"], ["Putin", "Abe"],
    [ev("2016-09-02", "meeting", ["Vladivostok"], ["Putin", "Abe"], "Putin and Abe's talks (the day is the story's own)"),
     ev("2016-09-02", "statement", [], ["Putin", "Abe"], "Putin: we study your proposals from Sochi; Abe: Vladivostok the gateway", required=False),
     ev("2016-05", "visit", ["Sochi"], ["Abe"], "Abe's visit to Sochi", required=False),
     ev("2016-09", "forum", ["Vladivostok"], [], "the forum in Vladivostok", required=False)],
    truncated=True)

art("25_izvestia_2016_ru.txt", "ru", "Izvestia", "", None,
    "no date in the text or URL; Putin and Abe's talks on Russky Island (Vladivostok), 2 September 2016 (chronology): written that day or the next",
    ["Russky Island", "Sochi"], ["Putin", "Abe"],
    [ev("2016-09-02", "meeting", ["Russky Island", "Vladivostok"], ["Putin", "Abe"], "Putin and Abe discuss relations on Russky Island (chronology)"),
     ev("2016-05", "statement", [], ["Abe"], "in May Abe presented his plan for economic relations", required=False),
     ev("2016-05", "visit", ["Sochi"], ["Abe"], "Abe's visit to Sochi", required=False)],
    optional_places=["Russian Far East"], published_range=["2016-09-02", "2016-09-03"], truncated=True)

art("26_rg_2018_ru.txt", "ru", "Rossiyskaya Gazeta", "", "2018-05-27",
    "URL /2018/05/27/",
    ["Moscow", "Kuril Islands"], ["Abe", "Putin", "Zagitova", "Endo"],
    [ev("2018-05-24", "visit", ["Russia"], ["Abe"], "Abe came to Russia on 24 May"),
     ev("2018-05-26", "meeting", ["Moscow"], ["Putin", "Abe"], "talks in the Kremlin (26 May, chronology)"),
     ev("2018-05-25", "forum", ["Saint Petersburg"], ["Putin", "Abe"], "both took part in the St Petersburg International Economic Forum", required=False),
     ev("2018-05-26", "statement", [], ["Putin"], "Putin after the talks: an open and very useful exchange", required=False),
     ev("2018-05-26", "other", ["Moscow"], ["Abe", "Zagitova"], "the Akita puppy ceremony for Zagitova", required=False)],
    optional_places=["Saint Petersburg", "Pyeongchang"], truncated=True)

art("27_msertif_2017_ru.txt", "ru", "ASM Certification Centre", "Путин и Абэ договорились о поездке японских чиновников на Курилы", None,
    "an undated repost; Putin speaks 'в четверг' after talks with Abe: Thursday 27 April 2017 (chronology); 'этим летом' still ahead",
    ["Kuril Islands", "Tokyo"], ["Putin", "Abe"],
    [ev("2017-04-27", "meeting", ["Moscow"], ["Putin", "Abe"], "Putin's talks with Abe (Moscow, chronology)"),
     ev("2017-04-27", "statement", [], ["Putin"], "Putin tells journalists on Thursday after the talks"),
     ev("2016-12", "meeting", ["Tokyo"], ["Abe"], "the agreement reached with Abe in December last year in Tokyo"),
     ev("2017", "visit", ["Kuril Islands"], [], "Japanese officials and businessmen to visit the South Kurils this summer", required=False, planned=True)],
    published_range=["2017-04-27", "2017-05-31"], truncated=True)

art("28_stende_fontanka_2016_ru.txt", "ru", "Stende.ru", "", None,
    "an undated repost of a Fontanka interview after Putin's visit to Japan (15-16 December 2016, chronology)",
    ["Kuril Islands"] + FOUR, ["Putin", "Abe", "Kuzminkov"],
    [ev("2016-12-15", "visit", ["Japan", "Yamaguchi"], ["Putin"], "Putin visited Japan after an 11-year break, invited to Yamaguchi (chronology)"),
     ev("2016-05", "statement", [], ["Abe"], "the 'new approach' Abe proposed to Putin in May", required=False),
     ev("1945", "military", [], [], "the islands passed to the Soviet Union after Japan's capitulation", required=False)],
    optional_places=["Yamaguchi"], published_range=["2016-12-16", "2016-12-31"], truncated=True)

art("29_kurilnews_2022_ru.txt", "ru", "Na Kurilakh", "О безвизовых обменах между жителями Курильских островов и гражданами Японии", "2022-11-15",
    "date line '15 ноября 2022, 18:20' and URL /2022-11-15/",
    ["Kuril Islands"], [],
    [ev("2022-09-05", "statement", [], [], "the official termination from 5 September 2022 of the visa-free travel agreements"),
     ev("2022-11", "statement", [], [], "the heads of the two districts received such letters in November 2022", required=False),
     ev("1991-10-14", "treaty", [], [], "the exchange of letters of 14 October 1991", required=False)],
    optional_places=["Yuzhno-Kurilsk"], optional_people=["Gomilevsky", "Belousova"], truncated=True)

art("30_gtrk_2017_ru.txt", "ru", "GTRK Sakhalin", "Первый чартерный рейс из Японии на Курильские острова состоялся", "2017-09-25",
    "date line '25.09.2017' and URL tx_ttnews[year]=2017 ... [day]=25",
    ["Kunashir", "Iturup", "Yuzhno-Kurilsk", "Kuril Islands"], [],
    [ev("2017-09-24", "visit", ["Kunashir", "Iturup", "Yuzhno-Kurilsk"], [], "the day before, 68 Japanese visit Kunashir and Iturup on the first charter flight ('Накануне')")],
    optional_places=["Yuzhno-Sakhalinsk", "Sakhalin"], truncated=True)

art("31_interfax_2014_ru.txt", "ru", "Interfax", "", "2014-10-09",
    "dateline 'Южно-Сахалинск. 9 октября'; the year from 'the 23rd annual season' of the exchanges begun in 1992: 2014",
    ["Yuzhno-Sakhalinsk", "Nagasaki", "Yuzhno-Kurilsk", "Kuril Islands"], ["Novokhatny"],
    [ev("2014-10-09", "visit", ["Nagasaki"], [], "the last Russian delegation of 72 Kuril residents returns on Thursday from Nagasaki"),
     ev("2014-10", "meeting", ["Japan"], [], "Russian-Japanese consultations in Japan this week", required=False)],
    truncated=True)

art("32_russtrat_2022_ru.txt", "ru", "RUSSTRAT", "Южные Курилы: «безвизовый рай» для японских туристов закончился", "2022-09-08",
    "URL /news/8-sentyabrya-2022-...",
    ["Kuril Islands", "Iturup", "Kunashir", "Shikotan"], [],
    [ev("2022-09-05", "statement", ["Kuril Islands"], [], "Russia ends the visa-free regime for Japanese visitors to the Kurils (the decree of 5 September 2022, chronology)"),
     ev("1991", "treaty", [], [], "the visa-free exchange agreements of 1991", required=False),
     ev("1945", "military", [], [], "since the end of the war in 1945", required=False)],
    truncated=True)

art("33_life_2025_ru.txt", "ru", "Life.ru", "", "2025-08-18",
    "the store's ' date 2025-08-18' line",
    ["Kuril Islands", "Taraku", "Nemuro"], ["Fukuzawa"],
    [ev("2022-03-21", "statement", [], [], "the suspension of the visa-free exchange after the Ukrainian conflict began (chronology)", required=False),
     ev("1945", "military", ["Taraku"], [], "his family fled Taraku during the Soviet invasion in 1945", required=False)],
    truncated=True)

art("34_ngru_2020_ru.txt", "ru", "Nezavisimaya Gazeta", "Захарова прокомментировала призыв японского политолога отобрать Курилы у РФ", "2020-06-05",
    "date line '14:12 05.06.2020'",
    ["Kuril Islands"] + FOUR, ["Zakharova", "Kashiyama"],
    [ev("2020-06-05", "statement", [], ["Zakharova"], "Zakharova tells Govorit Moskva such statements do not help the dialogue (the day is the story's own)"),
     ev("2020-06", "statement", [], ["Kashiyama"], "Kashiyama's article in Wedge Infinity", required=False)],
    optional_places=["Moscow"])

# --- Japanese --------------------------------------------------------------------------------------------------

art("35_chinaorgcn_2010_ja.txt", "ja", "China.org.cn", "", "2010-11-02",
    "'「人民網日本語版」2010年11月2日' and URL /2010-11/02/",
    ["Kunashir", "Kuril Islands"], ["Medvedev", "Kan", "Lavrov"],
    [ev("2010-11-01", "visit", ["Kunashir"], ["Medvedev"], "Medvedev inspects Kunashir on the 1st"),
     ev("2010-11-01", "statement", [], ["Kan"], "Kan tells the Diet on the 1st the visit is very regrettable"),
     ev("2010-11", "statement", [], [], "Japan summons the Russian ambassador and protests", required=False),
     ev("2010-11", "meeting", [], ["Lavrov"], "Lavrov to summon the Japanese ambassador", required=False, planned=True)])

art("36_chinaorgcn_2012_ja.txt", "ja", "China.org.cn", "", "2012-07-04",
    "URL /2012-07/04/",
    ["Kunashir", "Kuril Islands"], ["Medvedev", "Sasae"],
    [ev("2012-07-03", "visit", ["Kunashir"], ["Medvedev"], "Prime Minister Medvedev lands on Kunashir on the 3rd"),
     ev("2012-07-03", "statement", [], ["Sasae"], "Sasae summons the Russian ambassador the same day and protests"),
     ev("2012-07-03", "statement", [], ["Medvedev"], "Medvedev before landing: the islands are important Russian territory", required=False)])

art("37_5ch_dailysports_2019_ja.txt", "ja", "5ch", "", "2019-08-02",
    "the thread number 1564738115 (Unix time, 2 August 2019) and the quoted URL /2019/08/02/",
    ["Iturup", "Kuril Islands"], ["Medvedev"],
    [ev("2019-08-02", "statement", [], [], "the Japanese government protests on the 2nd through diplomatic channels"),
     ev("2019-08-02", "statement", ["Iturup"], ["Medvedev"], "Medvedev on Iturup on the 2nd: this is our land"),
     ev("2019-08-02", "visit", ["Iturup"], ["Medvedev"], "Medvedev's visit to Iturup")])

art("38_sagashimbun_2019_ja.txt", "ja", "Saga Shimbun", "", "2019-08-02",
    "no date in the text or URL; Suga's press conference 'on the morning of the 2nd' on Medvedev's Iturup visit: 2 August 2019 (chronology)",
    ["Iturup", "Shikotan", "Kuril Islands"], ["Medvedev", "Suga", "Putin"],
    [ev("2019-08-02", "statement", [], ["Suga"], "Suga at his morning press conference on the 2nd"),
     ev("2019-08-02", "visit", ["Iturup"], ["Medvedev"], "Medvedev's visit to Iturup (chronology)"),
     ev("2019-02", "visit", ["Shikotan"], [], "a senior Russian official visited Shikotan in February"),
     ev("2019-08-02", "statement", [], [], "the protest through diplomatic channels", required=False)])

art("39_ameblo_2010_ja.txt", "ja", "Ameba Blog", "", None,
    "no date in the text or URL; the rally 'on the 7th' in the 65th year of the occupation (7 February 2010); posted after it",
    ["Tokyo", "Kuril Islands"], ["Hatoyama", "Medvedev"],
    [ev("2010-02-07", "statement", ["Tokyo"], ["Hatoyama"], "Hatoyama at the national rally: a two-island return is no conclusion"),
     ev("2010-02-07", "other", ["Tokyo"], [], "the national rally at Kudan Kaikan on the 7th", required=False),
     ev("1956", "treaty", [], ["Hatoyama"], "his grandfather signed the Japan-Soviet joint declaration", required=False),
     ev("1855", "treaty", [], [], "the 1855 treaty", required=False)],
    published_range=["2010-02-07", "2010-02-14"])

art("40_yomitokyo_nikkansports_2010_ja.txt", "ja", "2ch", "", "2010-02-07",
    "the post stamp '10/02/07 18:49:40' and 'nikkansports 2010/02/07'",
    ["Habomai", "Shikotan", "Kuril Islands"], ["Hatoyama", "Okada", "Maehara"],
    [ev("2010-02-07", "statement", [], ["Hatoyama"], "Hatoyama at the national rally on the 7th: solving the issue is his greatest wish"),
     ev("1956", "treaty", [], [], "the 1956 Japan-Soviet joint declaration", required=False),
     ev("1855-02-07", "treaty", [], [], "the Japan-Russia treaty signed on 7 February 1855", required=False)],
    optional_places=["Tokyo"])

art("41_yamamotokeisuke_2023_ja.txt", "ja", "Keisuke Yamamoto", "令和5年北方領土返還要求全国大会", None,
    "no date in the text or URL; the Reiwa 5 (2023) national rally of 7 February; posted after it",
    FOUR + ["Urup", "Shimoda", "Kuril Islands"], [],
    [ev("2023-02-07", "statement", [], [], "the prime minister shows his resolve at the 2023 national rally"),
     ev("1855-02-07", "treaty", ["Shimoda"], [], "the treaty signed at Shimoda on 7 February 1855", required=False),
     ev("1981-01", "other", [], [], "the government named 7 February Northern Territories Day in January 1981", required=False)],
    optional_places=["Izu"], published_range=["2023-02-07", "2023-02-28"])

art("42_livedoor_kyodo_2026_ja.txt", "ja", "Livedoor News", "", "2026-02-07",
    "the store's ' date 2026-02-07' line; the rally on the 7th",
    ["Tokyo", "Kuril Islands"], ["Takaichi"],
    [ev("2026-02-07", "statement", ["Tokyo"], ["Takaichi"], "Takaichi at the national rally: resuming grave visits is a top priority"),
     ev("2026-02-07", "statement", ["Tokyo"], [], "the rally adopts an appeal", required=False, planned=True)],
    truncated=True)

art("43_2nn_2018_ja.txt", "ja", "2NN", "【日露首脳会談】安倍総理、北方領土「4島の未来像描く道筋見えてきた」と成果を強調★2", "2018-09-11",
    "the thread number 1536653705 (Unix time, 11 September 2018)",
    ["Kuril Islands"], ["Abe", "Putin"],
    [ev("2018-09-10", "meeting", ["Vladivostok"], ["Abe", "Putin"], "Abe and Putin's summit during Abe's visit to Russia (Vladivostok, 10 September 2018, chronology)"),
     ev("2018-09-10", "statement", [], ["Abe"], "Abe: the path to the four islands' future is clearly visible"),
     ev("2018-09-10", "statement", [], ["Putin"], "Putin after the talks on free movement of residents", required=False)])

art("44_hatena_mainichi_2018_ja.txt", "ja", "Hatena Bookmark", "", None,
    "a bookmark page with no date; the quoted Mainichi story of the summit on the evening of the 10th (September 2018, chronology) announces a survey team for early October",
    ["Vladivostok", "Kuril Islands"], ["Abe", "Putin"],
    [ev("2018-09-10", "meeting", ["Vladivostok"], ["Abe", "Putin"], "Abe and Putin talk for two and a half hours in Vladivostok on the evening of the 10th"),
     ev("2018-09-10", "statement", [], ["Abe"], "Abe at the joint press announcement"),
     ev("2018-10", "visit", ["Kuril Islands"], [], "a private survey team to be sent in early October", planned=True),
     ev("2018-09-10", "statement", [], ["Putin"], "Putin: the territorial issue cannot be solved overnight", required=False)],
    optional_places=["Russian Far East"], optional_people=["Koyama", "Omae"], published_range=["2018-09-10", "2018-09-30"])

art("45_afpbb_2010_ja.txt", "ja", "AFPBB News", "", "2010-11-01",
    "'【11月1日 AFP】'; the year from the chronology (Medvedev's Kunashir visit, 1 November 2010)",
    ["Kunashir", "Kuril Islands"], ["Medvedev", "Kan", "Maehara", "Bely"],
    [ev("2010-11-01", "visit", ["Kunashir"], ["Medvedev"], "Medvedev visits Kunashir on the morning of the 1st"),
     ev("2010-11-01", "statement", [], ["Kan"], "Kan tells the budget committee the same day the visit is very regrettable"),
     ev("2010-11-01", "statement", [], ["Maehara", "Bely"], "Maehara summons Ambassador Bely and protests"),
     ev("2010-11-01", "statement", [], ["Bely"], "Bely tells reporters it is Russia's domestic matter", required=False)])

# --- German ----------------------------------------------------------------------------------------------------

art("46_newsat_2017_de.txt", "de", "News.at", "", "2017-09-07",
    "no date in the text or URL; Abe speaks 'beim Wirtschaftsforum in Wladiwostok am Donnerstag': 7 September 2017 (chronology)",
    ["Vladivostok", "Kuril Islands"], ["Abe", "Putin"],
    [ev("2017-09-07", "statement", ["Vladivostok"], ["Abe"], "Abe at the economic forum in Vladivostok on Thursday calls for a peace treaty"),
     ev("2017-09-07", "meeting", ["Vladivostok"], ["Abe", "Putin"], "Abe's talk with Putin"),
     ev("2017-09-07", "forum", ["Vladivostok"], [], "the economic forum in Vladivostok", required=False)],
    optional_places=["Kamchatka", "Hokkaido"])

art("47_derstandard_2016_de.txt", "de", "Der Standard", "", "2016-12-15",
    "the store's ' date 2016-12' line; 'heute, Donnerstag' Putin visits Yamaguchi: 15 December 2016 (chronology)",
    ["Kuril Islands", "Tokyo", "Moscow"], ["Abe", "Putin"],
    [ev("2016-12-15", "visit", ["Yamaguchi"], ["Putin"], "today, Thursday, Putin visits Abe's home region Yamaguchi"),
     ev("2016-12-15", "meeting", [], ["Abe", "Putin"], "the summit in Japan"),
     ev("2016-12", "statement", [], ["Putin"], "Putin to Japanese journalists before the trip: we do not think we have a territorial problem", required=False)],
    optional_places=["Yamaguchi", "Hokkaido"], truncated=True)

art("48_nau_dpa_2019_de.txt", "de", "Nau.ch", "", None,
    "no date in the text or URL; Putin receives Abe 'am Dienstag' (22 January 2019, chronology) after Lavrov's talks 'vergangene Woche' (14 January): written 21 or 22 January",
    ["Moscow", "Tokyo", "Kuril Islands"], ["Abe", "Putin", "Lavrov", "Peskov"],
    [ev("2019-01-22", "meeting", ["Moscow"], ["Putin", "Abe"], "Putin receives Abe in the Kremlin on Tuesday", planned=True),
     ev("2019-01-14", "meeting", ["Moscow"], ["Lavrov"], "last week's talks in Moscow: Lavrov says sovereignty is not negotiable"),
     ev("2019-01", "statement", [], ["Peskov"], "Peskov before the visit: no new proposals from Japan", required=False),
     ev("1945", "military", [], [], "the islands occupied by the Soviet Union in 1945", required=False)],
    published_range=["2019-01-21", "2019-01-22"])

# --- English (continued) ---------------------------------------------------------------------------------------

art("49_jmh_tokyoshimbun_2019.txt", "en", "Japan Media Highlights", "Russian Ambassador to Japan Mikhail Galuzin: “It’s important to recognize Russia’s sovereignty over the four islands”", "2019-01-23",
    "URL /20190123117951/",
    ["Kuril Islands"], ["Galuzin", "Kono", "Lavrov"],
    [ev("2019-01-14", "meeting", [], ["Lavrov", "Kono"], "the latest meeting of the foreign ministers (14 January 2019, chronology)"),
     ev("2019-01", "statement", [], ["Galuzin"], "Galuzin's interview with the Tokyo Shimbun", required=False),
     ev("2019-01-22", "meeting", [], [], "the coming summit", required=False, planned=True)],
    optional_places=["Tokyo"], optional_people=["Osugi"], truncated=True)

art("50_khaleejtimes_afp_2022.txt", "en", "Khaleej Times", "", None,
    "no date in the text or URL; 'Russia said on Monday' (21 March 2022, chronology) and 'World13 hours ago'",
    ["Moscow", "Tokyo", "New Delhi", "Kuril Islands"], ["Kishida", "Modi", "Putin", "Abe"],
    [ev("2022-03-21", "statement", ["Moscow"], [], "Russia says on Monday it abandons the peace-treaty talks and the visa-free regime"),
     ev("2022-03-19", "meeting", ["New Delhi"], ["Kishida", "Modi"], "Kishida met Modi on Saturday"),
     ev("2022-03", "sanction", [], [], "Japan's sanctions with the G7", required=False),
     ev("2020", "other", [], ["Abe"], "Abe resigned in 2020", required=False)],
    optional_places=HOK, published_range=["2022-03-21", "2022-03-22"], truncated=True)

art("51_thewall_2022.txt", "en", "The Wall", "", "2022-03-22",
    "the store's ' date 2022-03-22' line",
    ["Kuril Islands"], ["Kishida"],
    [ev("2022-03-21", "statement", [], [], "the Russian Foreign Ministry: no intention to continue the peace-treaty talks (chronology)"),
     ev("2022-03-22", "statement", [], ["Kishida"], "Kishida calls the decision unfair and completely unacceptable (the day is the story's own)")],
    optional_places=HOK)

art("52_e2india_2023.txt", "en", "E2India", "", "2023-09-14",
    "dateline 'Tokyo, Sep 14 (Agency)'; the year from Kamikawa as foreign minister (from 13 September 2023); 'said on Thursday'",
    ["Tokyo", "Kuril Islands", "Moscow"] + FOUR, ["Kamikawa"],
    [ev("2023-09-14", "statement", [], ["Kamikawa"], "Kamikawa at a news conference on Thursday: the stance remains unchanged"),
     ev("2022-03", "statement", [], [], "in March 2022 Russia withdrew from the talks")],
    truncated=True)

# Fixed after the first run (FIRST_RUN.md, "Annotation fixes after the first run", 2026-12-03), places only: the
# Kuril Islands named in the prose of 16 ('the southern Kuril Islands of'), 19 ('Russia's Southern Kurils'), 37
# ('北方領土に関する') and 48 ('die Kurilen-Inseln'), and Moscow and Tokyo as governments in 19's headline, were left
# out; Moscow in 34 (the radio station 'Говорит Москва') and Tokyo in 49 ('The Tokyo Shimbun') are in organisation
# names, optional by this file's own rule, and were not listed so.

ABOUT = ("Batch e of the real set: the third unseen batch, held out from the parser engineers in session 14; 52 "
         "articles from 52 stored public pages of 45 outlets (35 of them in none of batches a-d): 25 English, 13 Russian, "
         "11 Japanese, 3 German; 2009-2026; news, wire copies and reposts (Kyodo, AFP, dpa, TASS, Reuters, Mainichi, "
         "Daily Sports, Nikkan Sports, Fontanka, RIA Novosti), regional papers (Sakhalin, the Kurils, Khabarovsk, Saga), "
         "an editorial, an interview, a think tank, blogs, forum mirrors, a bookmark page and government pages (the "
         "Kremlin's press statements, the US Embassy's Japan Media Highlights), verbatim as the store gives them (cut "
         "where it cut them: 'truncated'). Annotated before the parser first ran on them; never edited to fit its "
         "output. Fields as batches c and d.")

if __name__ == "__main__":
    (HERE / "expected.json").write_text(
        json.dumps({"about": ABOUT, "articles": A}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(A), "articles")
