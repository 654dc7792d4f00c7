# ruff: noqa: E501
"""Writes expected.json for batch g: what a careful reader finds in each real article (kept as code for brevity).

Batch g is the fifth unseen batch: gathered and annotated in session 16 by realg, after batches a-f had been tuned on,
held out from the parser engineers for the whole session, and written BEFORE the parser ever ran on these files.
Conventions are those of batches a, b, e and f (and c, d where they agree), restated:

- the text is the stored page from its beginning, verbatim (menus, captions, teasers, sidebars, page widgets and the
  store's ' date ...' line kept; a newline added at the end); 'truncated' marks a text the store cut mid-article; a
  headline of "" means the stored text carries none (a caption, teaser, lead or tag line is no headline);
- article places are the cities, islands and island groups named in the prose, a dateline's city included, and a
  city named as a government ("Tokyo says", "sanctions on Moscow") counts; "the Northern Territories", "the
  Southern Kurils", 北方領土/北方四島, Южные Курилы, "die Kurilen", "isole Curili", "Insulele Kurile", "Wyspy Kurylskie",
  "νότια Κουρίλς", "Wilayah Utara" are the Kuril Islands; countries are not places; regions, prefectures, oblasts and
  seas (Hokkaido, Sakhalin, Kamchatka, Crimea, the Russian Far East, the Sea of Okhotsk) are optional, as in batches
  a, c, e and f; names met only in captions, menus, sidebars, photo credits, URLs, or in organisation, conference or
  document names (the Yalta agreement, the League of Residents of Chishima and Habomai Islands) are optional; a name
  the store cut in half ('Mr. Vladim') is not named; the Habomai islets named one by one (Tanfilyev, Anuchin, Yuri,
  Shibotsu) are places under those names;
- people are surnames of the persons named in the prose, in the English spelling the other batches use (Bely for
  'Mihail Beli', Morita for 'Морито Мицухиро', Shoigu for 'Shoygu'); interviewers, photographers, authors, editors and
  people named only in captions or bylines are optional;
- the outlet is the site that publishes the page under its own name (a wire copy or a repost on a site is that
  site's; a forum thread is its host, as '5ch' in batch e);
- 'published' is the true publication day (from the text, the URL, the store's date line, or the dispute's
  chronology when the text reports a known event as today's news, said in 'published_evidence'); a page widget's
  date (Sawt Beirut's '14 April 2024, Sunday') is not the story's; where the day cannot be known it is null and
  'published_range' is the narrowest range the text supports;
- an event's date is the day, month or year the text gives (for an undated event the story is about: the
  chronology, or the story's own day). Required: the events the story reports, and past or coming events the text
  dates to the month or day. Optional: history dated only to a year or long past (1855, 1945, 1956), acts the text
  leaves undated that nothing pins, events whose year the text leaves open, and side remarks. Types as batches a, b,
  e and f: a government's protest, note, notice, decree, interview, suspension or press conference is 'statement'
  (Russia's halt of the talks included), a summit, talks round or negotiation is 'meeting', drills, deployments,
  detentions and seizures of boats are 'military', a speech at the Northern Territories Day rally is 'statement' (the
  rally itself and street protests 'other'), a signed treaty, declaration or agreement signed is 'treaty', a
  release, a vote or a handover of detained fishermen is 'other'; grave visits, visa-free and business-mission trips
  are 'visit'. Status: planned when the text says so, historical when the event ended more than a year before
  publication, else reported.
- 'language' is the page's language: en, ru, ja, de, fr, it, pl as before, and el (Greek), ro (Romanian), id
  (Indonesian), zh (Chinese) new here.
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
KANTEI = "Prime Minister's Office of Japan"

# --- English ---------------------------------------------------------------------------------------------------

art("01_thenewscoop_2021.txt", "en", "Co-op News", "", None,
    "no date in the text or URL; the seizure 'on 28 May' and Chief Cabinet Secretary Kato's press conference 'on 31 May' (Kato held the post September 2020 - October 2021: May 2021): written after 31 May 2021",
    ["Korsakov"], ["Kato"],
    [ev("2021-05-28", "military", ["Korsakov"], [], "a Japanese co-operative's boat seized by Russian authorities off Hokkaido on 28 May and taken to Korsakov"),
     ev("2021-05-31", "statement", [], ["Kato"], "Kato at a press conference on 31 May: Japan protested through diplomatic channels and demands the release")],
    optional_places=HOK + ["Sakhalin"], published_range=["2021-05-31", "2021-06-30"])

art("02_jamestown_2006.txt", "en", "The Jamestown Foundation", "", None,
    "no date in the text or URL; Eurasia Daily Monitor volume 3 (2006), issue 161, citing Interfax of August 17 on the shooting of 16 August 2006: written after 17 August 2006",
    ["Moscow", "Tokyo", "Tanfilyev", "Anuchin"], [],
    [ev("2006-08-16", "military", [], [], "Russian border guards fire on a Japanese boat, killing a fisherman (16 August 2006, chronology)"),
     ev("2006-08-16", "statement", [], [], "Russia's Foreign Ministry voices regret on August 16 but blames Japan"),
     ev("2006-08-17", "statement", [], [], "the Foreign Ministry: warning shots from an AK-74 (Interfax, August 17)", required=False),
     ev("2006-08", "statement", ["Moscow"], [], "Japan's 'strong protest' to Moscow and its Foreign Ministry's reply", required=False)],
    published_range=["2006-08-17", "2006-09-15"], truncated=True)

art("03_japantimes_kyodo_2019.txt", "en", "The Japan Times", "", "2019-12-18",
    "URL /2019/12/18/",
    ["Kunashir", "Moscow", "Nemuro", "Yuzhno-Kurilsk", "Habomai", "Kuril Islands", "Tokyo"], ["Motegi", "Lavrov", "Suga"],
    [ev("2019-12-17", "military", ["Kunashir"], [], "Russian border authorities seize five Japanese fishing boats on Tuesday and take them to Kunashiri"),
     ev("2019-12", "visit", ["Moscow"], ["Motegi", "Lavrov"], "Motegi's trip to Moscow for treaty talks with Lavrov", required=False),
     ev("2019-12", "statement", [], [], "Japan's Foreign Ministry complains to Russia and asks for the boats' release", required=False),
     ev("2019-12", "statement", [], ["Suga"], "Suga: the vessels were taken to Furukamappu", required=False),
     ev("1998", "treaty", [], [], "the 1998 bilateral fishing agreement", required=False)],
    optional_places=HOK + ["Furukamappu"], truncated=True)

art("04_japantimes_kyodo_2015.txt", "en", "The Japan Times", "", "2015-05-19",
    "URL /2015/05/19/",
    ["Sapporo", "Moscow"], [],
    [ev("2015-05", "visit", [], [], "this month's visa-free visit to the islands canceled over Russia's request for travel documents"),
     ev("2015-03", "meeting", ["Sapporo"], [], "in March Russian officials tell Japanese officials at a meeting in Sapporo that registration is now required"),
     ev("2015-05-18", "statement", [], [], "the Foreign Ministry's Russian Division declines Monday to explain", required=False),
     ev("2015-05", "statement", [], [], "a Russian Foreign Ministry official: the trip is temporarily suspended, not canceled", required=False),
     ev("2014", "other", ["Crimea"], [], "Russia's annexation of Crimea last year", required=False)],
    optional_places=HOK + ["Crimea"], truncated=True)

art("05_newsreadonline_2020.txt", "en", "News Read Online", "Japan decided to suspend visa-free travel for inhabitants of the Kuril Islands", None,
    "no date in the text or URL; Japan postpones the 2020 visa-free exchanges 'until the end of the year' over the coronavirus, after steps 'in April' and 'in June': written between June and December 2020",
    ["Kuril Islands", "Iturup", "Kunashir", "Shikotan", "Habomai", "Moscow", "Tokyo"], [],
    [ev("2020", "statement", ["Kuril Islands"], [], "Japan decides to postpone the visa-free exchanges until the end of the year (Kyodo; the story's own, 2020)"),
     ev("2020-04", "statement", [], [], "in April the government of Japan postponed the start of the exchange season"),
     ev("2020-06", "statement", ["Kunashir", "Shikotan", "Iturup", "Habomai"], [], "in June Japan made a submission to Russia over exploration work around the islands"),
     ev("1992", "treaty", [], [], "the exchanges operate since 1992 under an intergovernmental agreement", required=False)],
    optional_places=["Sea of Okhotsk"], published_range=["2020-06-01", "2020-12-31"])

art("06_yomiuri_jiji_2022.txt", "en", "Yomiuri", "Japan suspends visits to Russian-held isles", "2022-04-27",
    "URL /20220427-23462/ (Jiji's 'said Tuesday' is 26 April)",
    ["Tokyo", "Moscow"], [],
    [ev("2022-04-26", "statement", ["Tokyo"], [], "the Japanese government says Tuesday it suspends the visa-free exchange program for fiscal 2022"),
     ev("2022-03", "statement", [], [], "last month the Russian government announced a suspension of the program")],
    optional_places=HOK + ["Kuril Islands"])

art("07_tass_2019.txt", "en", "TASS", "This year’s first Japanese group embarks on visa-free trip to southern Kuril islands", "2019-05-10",
    "dateline 'TOKYO, May 10. /TASS/'; 'the first in 2019'",
    ["Tokyo", "Kunashir", "Kuril Islands", "Nemuro", "Moscow"], [],
    [ev("2019-05-10", "visit", ["Kunashir"], [], "the year's first group of Japanese leaves Nemuro for a visa-free trip to Kunashir (the day is the story's own)"),
     ev("2019-03", "meeting", [], [], "the parties agreed on the 2019 visa-free program in early March"),
     ev("2019-05-13", "visit", ["Kunashir"], [], "the group stays on Kunashir until May 13", required=False, planned=True),
     ev("1956", "treaty", [], [], "the 1956 common declaration", required=False),
     ev("1992", "treaty", [], [], "visa-free travel began in 1992 under an intergovernmental agreement", required=False)],
    optional_places=HOK, truncated=True)

art("08_intmassmedia_2017.txt", "en", "Intmassmedia", "Joint activity on “Northern territories”: to start the farming of sea urchins and sea excursions", "2017-08-16",
    "URL /2017/08/16/",
    ["Moscow", "Vladivostok", "Nemuro", "Kunashir", "Kuril Islands", "Tokyo"], [],
    [ev("2017-08-17", "meeting", ["Moscow"], [], "deputy foreign ministers' consultations in Moscow on August 17", planned=True),
     ev("2017-09", "meeting", ["Vladivostok"], [], "the leaders' meeting scheduled for early September in Vladivostok", planned=True)],
    optional_places=HOK, truncated=True)

art("09_oananews_tass_2017.txt", "en", "OANA", "Japan, Russia plan set up working group to study projects in southern Kuril Islands", "2017-10-31",
    "printed 'Tue, 10/31/2017 - 12:43'; dateline 'TOKYO, October 31. /TASS/'",
    ["Tokyo", "Kuril Islands", "Nemuro", "Iturup", "Shikotan", "Kunashir"], ["Hasegawa", "Kozhemyako"],
    [ev("2017-10-31", "statement", [], ["Hasegawa"], "Hasegawa says on Tuesday Japan and the Sakhalin administration agreed to create a working group"),
     ev("2017-10-27", "visit", ["Iturup", "Shikotan", "Kunashir"], ["Hasegawa"], "the second Japanese business mission visits the islands on October 27-30"),
     ev("2017-10-31", "visit", ["Nemuro"], [], "the delegation returns on Tuesday, a day late because of bad weather", required=False),
     ev("2017-10", "statement", [], ["Kozhemyako"], "Kozhemyako: the projects will be implemented in 2019", required=False),
     ev("2019", "other", ["Kuril Islands"], [], "joint undertakings to be implemented in 2019", required=False, planned=True)],
    optional_places=["Sakhalin"], truncated=True)

art("10_nippon_jiji_2021.txt", "en", "Nippon.com", "", "2021-02-26",
    "the store's ' date 2021-02-26' line; dateline 'Moscow, Feb. 26 (Jiji Press)'",
    ["Moscow", "Kuril Islands", "Iturup", "Kunashir"], [],
    [ev("2021-02-26", "military", ["Kuril Islands", "Iturup", "Kunashir"], [], "the Eastern Military District says Friday it has started drills of over 1,000 troops on the Kurils")],
    optional_places=HOK)

art("11_nationalpost_reuters_2021.txt", "en", "National Post", "Russia starts military drills on Kuril Islands -defense ministry", "2021-09-08",
    "the store's ' date 2021-09-08' line; printed 'Sep 08, 2021'",
    ["Moscow", "Kuril Islands"], [],
    [ev("2021-09-08", "military", ["Kuril Islands"], [], "Russia starts drills on the Kurils with more than 500 troops, the defence ministry says on Wednesday"),
     ev("2021-08", "statement", [], [], "last month Russia said it was expanding its military infrastructure on the islands")],
    optional_people=["Koldyazhnyy", "Marrow", "Evans"])

art("12_chinadaily_2012.txt", "en", "China Daily", "Medvedev's visit to disputed islands sparks protest", "2012-07-04",
    "printed 'Updated: 2012-07-04 08:18'",
    ["Kunashir", "Kuril Islands", "Yuzhno-Kurilsk", "Tokyo"], ["Medvedev", "Afanasyev", "Sasae", "Gemba", "Noda", "Putin", "Lukyanov"],
    [ev("2012-07-03", "visit", ["Kunashir"], ["Medvedev"], "Medvedev arrives on Kunashir on Tuesday, his second visit to the islands"),
     ev("2012-07-03", "statement", [], ["Afanasyev", "Sasae"], "the Foreign Ministry summons ambassador Afanasyev on Tuesday; Sasae's statement of extreme regret"),
     ev("2012-07", "statement", [], ["Gemba"], "Gemba: the visit throws cold water on the relationship", required=False),
     ev("2012-06", "meeting", [], ["Noda", "Putin"], "Noda and Putin agreed weeks before to reactivate the talks", required=False),
     ev("2010-11", "visit", ["Kuril Islands"], ["Medvedev"], "Medvedev's first visit to the chain in November 2010")],
    optional_places=["Russian Far East", "Mendeleyevo", "Moscow"], truncated=True)

art("13_kyivpost_2025.txt", "en", "Kyiv Post", "", "2025-02-08",
    "the store's ' date 2025-02-08' line; the protest 'on Friday, Feb. 7'",
    ["Tokyo", "Kuril Islands", "Nemuro", "Moscow"], [],
    [ev("2025-02-07", "other", ["Tokyo"], [], "protesters rally outside the Russian embassy in Tokyo on Friday, Feb. 7"),
     ev("2025-02-07", "other", ["Nemuro"], [], "rallies for the islands' return in Nemuro the same day", required=False),
     ev("1855-02-07", "treaty", [], [], "the treaty of Feb. 7, 1855", required=False)],
    optional_places=HOK + ["Sakhalin", "Crimea", "Abkhazia", "Ossetia", "Chechnya", "Karelia"])

art("14_perild_2023.txt", "en", "Perild", "", "2023-02-07",
    "URL /2023/02/07/ (the text's 'Tuesday, January 7' is Tuesday 7 February 2023, Northern Territories Day)",
    ["Tokyo", "Moscow", "Kuril Islands", "Kunashir", "Iturup", "Shikotan", "Habomai"], ["Kishida"],
    [ev("2023-02-07", "statement", ["Tokyo"], ["Kishida"], "on Northern Territories Day (given as 'Tuesday, January 7') the government's rally demands the return of the 'illegally occupied' islands; Kishida calls for their return"),
     ev("2023-02-07", "other", ["Tokyo"], [], "activists protest near the Russian embassy", required=False),
     ev("2022-03", "statement", [], [], "since last March Moscow suspended the peace talks and visa-free exchanges")],
    optional_places=HOK, truncated=True)

art("15_pravdaru_ap_2007.txt", "en", "Pravda", "Russia arrests Japanese fishing boat in disputed waters", None,
    "no date in the text or URL; AP's story of the No. 38 Zuisho Maru captured 'Sunday morning' off Kunashiri, told by officials 'Monday' (21 and 22 January 2007; Regnum's report of 23 January): written 22 or 23 January 2007",
    ["Kunashir", "Kuril Islands", "Rausu", "Yuzhno-Kurilsk", "Tokyo"], ["Kobayashi", "Ogahara"],
    [ev("2007-01-21", "military", ["Kunashir"], [], "the No. 38 Zuisho Maru captured by Russian border police off Kunashiri on Sunday morning"),
     ev("2007-01-21", "statement", [], [], "Japan's Foreign Ministry protests in a statement issued late Sunday"),
     ev("2007-01-22", "statement", [], ["Kobayashi"], "the Coast Guard's spokeswoman tells of the capture early Monday", required=False),
     ev("1945", "military", [], [], "Russia seized the islands in the closing days of World War II", required=False)],
    optional_places=HOK, published_range=["2007-01-22", "2007-01-23"], truncated=True)

art("16_kantei_2009.txt", "en", KANTEI, "The Prime Minister Visits Sakhalin", "2009-02-18",
    "printed 'Wednesday, February 18, 2009'; URL /2009/02/18",
    ["Kuril Islands"], ["Aso", "Medvedev"],
    [ev("2009-02-18", "visit", ["Sakhalin"], ["Aso"], "Aso visits Sakhalin for the opening of the LNG plant"),
     ev("2009-02-18", "meeting", [], ["Aso", "Medvedev"], "Aso holds talks with Medvedev on his arrival; they agree to accelerate work on the attribution issue"),
     ev("2008-11", "meeting", [], [], "the Japan-Russia summit meeting of last November")],
    optional_places=["Sakhalin", "Russian Far East", "Eastern Siberia"], truncated=True)

art("17_vestnikkavkaza_2021.txt", "en", "Vestnik Kavkaza", "", "2021-07-26",
    "the store's ' date 2021-07-26' line; 'reported on 26 July'",
    ["Iturup", "Kuril Islands"], ["Mishustin", "Putin"],
    [ev("2021-07-26", "visit", ["Iturup"], ["Mishustin"], "Mishustin arrives on Iturup (Kyodo, 26 July)"),
     ev("2021-07-26", "statement", [], ["Mishustin"], "Mishustin during the visit: a free customs territory on the Kurils is being discussed"),
     ev("2021-07", "meeting", [], ["Mishustin", "Putin"], "Mishustin recently discussed the measures with Putin", required=False)])

art("18_sawtbeirut_2021.txt", "en", "Sawt Beirut International", "Japan to protest Russian PM Mikhail Mishustin’s visit to disputed Pacific islands", None,
    "no date in the text or URL (the '14 April 2024, Sunday' line is the page's date widget, not the story's); AP's story of Mishustin's Iturup visit and the spokesman 'on Monday' (26 July 2021, chronology): posted that day or the next",
    ["Iturup", "Kuril Islands", "Tokyo"], ["Mishustin"],
    [ev("2021-07-26", "statement", ["Tokyo"], [], "a top Japanese government spokesman says on Monday Tokyo will protest the visit"),
     ev("2021-07-26", "visit", ["Iturup"], ["Mishustin"], "Mishustin visits a hospital and a fish plant on Iturup, the first stop of his tour (chronology)"),
     ev("2021-07-26", "statement", ["Iturup"], ["Mishustin"], "Mishustin tells plant workers of a special economic zone", required=False)],
    optional_places=["Russian Far East", "Siberia"], published_range=["2021-07-26", "2021-07-27"])

art("19_1492news_uawire_2016.txt", "en", "1492 News", "Japan is ready to answer after Russia`s deployment of Bal and Bastion missile systems to Kuril Islands", "2016-11-23",
    "printed 'Wednesday, November 23 2016 21:14 EET'",
    ["Kuril Islands", "Iturup", "Kunashir", "Gotland", "Kaliningrad", "Tokyo"], ["Kishida"],
    [ev("2016-11-23", "statement", [], ["Kishida"], "Kishida: Tokyo will take measures if Russia deploys Bal and Bastion systems (the day is the story's own)"),
     ev("2016-11-22", "military", ["Iturup", "Kunashir"], [], "on Tuesday Russia announces the coastal missile systems deployed to Iturup and Kunashir"),
     ev("2016", "military", ["Gotland"], [], "Sweden brought Cold War weapons back to Gotland", required=False),
     ev("2016", "military", ["Kaliningrad"], [], "Russia deployed Iskander-M in Kaliningrad", required=False)],
    optional_places=["Sakhalin"])

art("20_azerbaijannewsgazette_2017.txt", "en", "Azerbaijan News Gazette", "Japan’s Defense Minister expressed his protest against the deployment of troops in the Kuril Islands", None,
    "no date in the text or URL; Inada's protest at her meeting with Shoigu in Tokyo (the two-plus-two of 20 March 2017, chronology): reposted that day or within two days",
    ["Kuril Islands", "Tokyo", "Iturup", "Kunashir"], ["Inada", "Shoigu"],
    [ev("2017-03-20", "meeting", ["Tokyo"], ["Inada", "Shoigu"], "Inada meets Shoigu in Tokyo (20 March 2017, chronology)"),
     ev("2017-03-20", "statement", [], ["Inada"], "Inada protests the deployment of a division and anti-ship missiles on the southern Kurils"),
     ev("2016", "military", ["Iturup", "Kunashir"], [], "Bastion and Bal complexes placed on Iturup and Kunashir in 2016", required=False),
     ev("2015", "military", [], [], "Tor-M2U systems put on combat duty in 2015", required=False)],
    published_range=["2017-03-20", "2017-03-22"])

art("21_rssnews24h_2020.txt", "en", "RSS News 24h", "Japan cries foul as Russia moves missiles into Kuril Islands", None,
    "no date in the text or URL; the S-300V4 battery on Iturup (announced 1 December 2020) and Tokyo's protest (2 December 2020, chronology): written in early December 2020",
    ["Kuril Islands", "Iturup", "Tokyo", "Moscow"], [],
    [ev("2020-12-01", "military", ["Iturup"], [], "the Russian military deploys a battery of S-300V4 missiles on Iturup (chronology)"),
     ev("2020-12-02", "statement", ["Tokyo", "Moscow"], [], "Tokyo files an official protest with Moscow through diplomatic channels (chronology)"),
     ev("1945", "military", [], [], "Soviet forces seized the islands in the closing days of World War II", required=False)],
    optional_places=HOK, published_range=["2020-12-01", "2020-12-10"], truncated=True)

art("22_jmh_2018.txt", "en", "Japan Media Highlights", "Russian envoy: Interpretation of “handover” should be discussed", "2018-12-06",
    "URL /20181206116009/",
    ["Habomai", "Shikotan"], ["Galuzin", "Abe", "Putin"],
    [ev("2018-12-06", "statement", [], ["Galuzin"], "Galuzin's interview: the interpretation of 'handover' should be discussed (the day is the story's own)"),
     ev("1956", "treaty", [], [], "the 1956 Japan-Soviet joint declaration", required=False)],
    optional_people=["Ikeda"], truncated=True)

art("23_newsusa_2019.txt", "en", "NewsUSA", "Ambassador to Japan Galuzin: Relations With Japan Continue to Improve Because of Peace Talks", "2019-02-16",
    "printed '16 Февраля 2019 06:59'",
    ["Saint Petersburg", "Moscow", "Vladivostok", "Singapore", "Buenos Aires"], ["Galuzin", "Putin", "Abe", "Lavrov", "Shoigu"],
    [ev("2019-02-16", "statement", [], ["Galuzin"], "Galuzin's interview on Diplomats' Day (the day is the story's own)"),
     ev("2018-11", "meeting", ["Singapore"], ["Putin", "Abe"], "Putin and Abe meet in Singapore at the East Asia Summit in November"),
     ev("2018-12-01", "meeting", ["Buenos Aires"], ["Putin", "Abe"], "they meet in Buenos Aires on the sidelines of the G20 on December 1st"),
     ev("2018-12-22", "meeting", ["Moscow"], ["Putin", "Abe"], "the leaders 'also met in Moscow on December 22nd' (the talks in Moscow were on 22 January 2019)", required=False),
     ev("2018", "meeting", ["Saint Petersburg"], ["Putin", "Abe"], "last year's meetings in Saint Petersburg, Moscow and Vladivostok", required=False),
     ev("2018", "meeting", ["Moscow"], ["Lavrov", "Shoigu"], "the 2+2 talks in Moscow", required=False)],
    truncated=True)

art("24_tass_2022.txt", "en", "TASS", "Sovereignty over Southern Kurils admits of no dual interpretation — Russian ambassador", "2022-10-13",
    "dateline 'MOSCOW, October 13. /TASS/' and 'on Thursday'; the year from Galuzin's term as ambassador (2018-2022): Thursday 13 October 2022; URL /politics/1522475",
    ["Moscow", "Tokyo", "Kuril Islands", "Iturup", "Kunashir", "Shikotan"], ["Galuzin"],
    [ev("2022-10-13", "statement", [], ["Galuzin"], "Galuzin on Rossiya-24 on Thursday: no dual interpretation of sovereignty over the Southern Kurils")],
    truncated=True)

art("25_24hoursworlds_2022.txt", "en", "24 Hours Worlds", "", None,
    "no date in the text or URL; Galuzin (ambassador to Japan until 2022) answers Emanuel (ambassador since January 2022) 'On February 3', after Kishida's words 'On December 2', with the Ukraine conflict still 'intra-Ukrainian': written in early February 2022",
    ["Kuril Islands", "Tokyo", "Moscow", "Kunashir", "Iturup"], ["Galuzin", "Emanuel", "Kishida"],
    [ev("2022-02-03", "statement", [], ["Galuzin", "Emanuel"], "on February 3 Galuzin answers Emanuel's criticism on Twitter"),
     ev("2022-02-02", "statement", [], ["Galuzin"], "a day earlier, at a press conference, Galuzin says Russia never negotiated over the islands"),
     ev("2021-12-02", "statement", [], ["Kishida"], "on December 2 Kishida says the peace-treaty problem should not be passed on"),
     ev("2022-02", "statement", [], ["Emanuel"], "Emanuel criticises the timing of Galuzin's statement", required=False),
     ev("1945", "treaty", [], [], "the Yalta Agreement of 1945", required=False)],
    optional_places=["Yalta"], published_range=["2022-02-03", "2022-02-10"], truncated=True)

art("26_trtworld_2022.txt", "en", "TRT World", "Japan, Russia strike fishing quota deal despite tensions over Ukraine", "2022-04-23",
    "printed 'April 23, 2022'",
    ["Tokyo", "Moscow"], [],
    [ev("2022-04-22", "meeting", [], [], "Japan and Russia conclude the salmon and trout quota talks on Friday"),
     ev("2022-04-25", "treaty", [], [], "the deal to be formally signed on Monday", planned=True),
     ev("2022-04-23", "statement", [], [], "the Fisheries Agency announces the deal on Saturday", required=False),
     ev("2022-04", "meeting", [], [], "this year's talks began this month", required=False)],
    optional_places=HOK, optional_people=["Gjevori"], truncated=True)

art("27_salmonbusiness_2022.txt", "en", "Salmon Business", "Japan and Russia reach agreement over annual salmon quote", None,
    "no date in the text or URL; the talks concluded 'on Friday' after negotiations began 'on 11 April' amid the war in Ukraine (22 April 2022), signing 'on Monday' still to come: written 22-25 April 2022",
    ["Tokyo", "Moscow"], [],
    [ev("2022-04-22", "meeting", [], [], "Japan and Russia conclude the quota negotiations on Friday"),
     ev("2022-04-25", "treaty", [], [], "the deal to be formally signed on Monday", planned=True),
     ev("2022-04-11", "meeting", [], [], "the two sides began negotiating on 11 April")],
    optional_places=HOK, published_range=["2022-04-22", "2022-04-25"])

# --- Russian ---------------------------------------------------------------------------------------------------

art("28_korabel_2020_ru.txt", "ru", "Korabel.ru", "", None,
    "no date in the text or URL; Sakhalin's border guards confirm 'в среду' the detention of a Nemuro cod boat with six aboard taken to Kunashir (the Sho Maru No. 68, January 2020, a month after the December 2019 boats' release): written in January 2020",
    ["Kuril Islands", "Kunashir", "Nemuro"], [],
    [ev("2020-01", "military", ["Kunashir"], [], "Russian border guards detain a Japanese cod boat and escort it to Kunashir for inspection"),
     ev("2020-01", "statement", [], [], "the Sakhalin border directorate confirms the detention on Wednesday evening", required=False)],
    optional_places=HOK + ["Sakhalin"], published_range=["2020-01-01", "2020-01-31"], truncated=True)

art("29_regnum_2007_ru.txt", "ru", "Regnum", "", "2007-01-23",
    "printed 'Как 23 января передает PrimaMedia'; the year from the Zuisho Maru No. 38's detention on 21 January 2007 (AP, 15_pravdaru_ap_2007)",
    ["Kuril Islands", "Yuzhno-Kurilsk", "Tokyo"], [],
    [ev("2007-01-21", "military", ["Kuril Islands"], [], "the schooner Zuisho Maru-38 detained in the Kunashir Strait (Sunday 21 January, AP)"),
     ev("2007-01", "statement", ["Tokyo"], [], "Japan's Foreign Ministry asks the Russian embassy in Tokyo for clarification"),
     ev("1998", "treaty", [], [], "the intergovernmental agreement of 1998", required=False)],
    optional_places=["Nemuro Strait"])

art("30_newsru_2006_ru.txt", "ru", "NEWSru.com", "", "2006-08-29",
    "URL /29aug2006/",
    ["Kunashir", "Kuril Islands", "Tanfilyev", "Yuzhno-Kurilsk", "Shikotan"], ["Morita"],
    [ev("2006-08-30", "other", ["Kunashir"], [], "Russia to hand over two fishermen of the Kisshin Maru 31 on 30 August in Izmena Bay on Kunashir", planned=True),
     ev("2006-08-16", "military", ["Tanfilyev"], ["Morita"], "the Kisshin Maru 31 detained early on 16 August off Tanfilyev Island; Morita killed by a bullet"),
     ev("2006-08-29", "statement", [], [], "the FSB's public relations centre announces the handover", required=False)],
    optional_places=["Izmena Bay"], truncated=True)

art("31_tass_2019_ru.txt", "ru", "TASS", "Японские СМИ сообщили о задержании пяти рыболовных судов российскими пограничниками", "2019-12-17",
    "printed '17 декабря 2019, 18:36'",
    ["Tokyo", "Nemuro", "Kuril Islands", "Nakhodka"], [],
    [ev("2019-12-17", "military", ["Kuril Islands"], [], "Russian border guards detain five Japanese fishing boats on Tuesday"),
     ev("2019-02", "military", ["Nakhodka"], [], "in February 2019 the Nishino Maru-68 detained and taken to Nakhodka")],
    optional_places=HOK + ["Sea of Japan"])

art("32_sovsakh_2019_ru.txt", "ru", "Sovetsky Sakhalin", "Глубоко зачерпнули. Японские рыбаки задержаны за браконьерство", None,
    "no date in the text or URL; five Japanese boats detained near the southern Kurils 'Во вторник' (17 December 2019, chronology), Tokyo asking for their return (released 24 December): written 17-24 December 2019",
    ["Kuril Islands", "Yuzhno-Kurilsk", "Tokyo"], [],
    [ev("2019-12-17", "military", ["Kuril Islands"], [], "Russian border guards detain five Japanese boats near the southern Kurils on Tuesday"),
     ev("2019-12", "statement", ["Tokyo"], [], "Tokyo's first reaction: we demand the boats back", required=False)],
    optional_places=["Sakhalin"], published_range=["2019-12-17", "2019-12-24"], truncated=True)

art("33_svoboda_2006_ru.txt", "ru", "Radio Svoboda", "Россия освободила задержанных японских рыбаков", "2006-08-30",
    "no date in the text or URL; the handover 'сегодня утром' of the two Kisshin Maru 31 fishermen, set for 30 August 2006 (NEWSru, 30_newsru_2006_ru)",
    ["Kuril Islands", "Kunashir"], ["Kawamura", "Kamiya", "Sakashita"],
    [ev("2006-08-30", "other", ["Kunashir"], ["Kawamura", "Kamiya"], "Russian border guards hand over two fishermen this morning in the strait south of Kunashir"),
     ev("2006-08-16", "military", ["Kuril Islands"], [], "the Kisshin Maru 31 detained on 16 August off the southern Kurils")],
    optional_places=HOK + ["Izmena Strait"], truncated=True)

art("34_mir24_2019_ru.txt", "ru", "Mir 24", "", None,
    "no date in the text or URL; Lavrov met his Japanese counterpart 'В понедельник' in Moscow and insisted on the 1956 declaration and WWII's outcome (Lavrov and Kono, Monday 14 January 2019, chronology): written that day or the next",
    ["Moscow", "Kuril Islands"], ["Lavrov"],
    [ev("2019-01-14", "meeting", ["Moscow"], ["Lavrov"], "Lavrov meets his Japanese counterpart in Moscow on Monday"),
     ev("2019-01-14", "statement", [], ["Lavrov"], "Lavrov: Russia's sovereignty over the southern Kurils is not for discussion"),
     ev("1956", "treaty", [], [], "the Soviet-Japanese Declaration of 1956", required=False)],
    published_range=["2019-01-14", "2019-01-15"])

art("35_newalaska_2019_ru.txt", "ru", "New Alaska", "", None,
    "no date in the text or URL; Lavrov speaks 'в пятницу, 31 мая' after talks with Kono (Friday 31 May 2019): written that day or the next",
    ["Moscow", "Tokyo", "Kuril Islands"], ["Lavrov", "Kono"],
    [ev("2019-05-31", "meeting", [], ["Lavrov", "Kono"], "Lavrov's talks with Kono on Friday, 31 May"),
     ev("2019-05-31", "statement", [], ["Lavrov"], "Lavrov tells journalists many problems remain despite the intensified talks"),
     ev("1956", "treaty", [], [], "the declaration of 1956", required=False)],
    published_range=["2019-05-31", "2019-06-01"], truncated=True)

art("36_glavsu_2012_ru.txt", "ru", "Glav.su", "", None,
    "no date in the text or URL; Sasae says Prime Minister Medvedev visited Kunashir 'сегодня' (3 July 2012, chronology): posted that day or the next",
    ["Kunashir"], ["Medvedev", "Sasae"],
    [ev("2012-07-03", "visit", ["Kunashir"], ["Medvedev"], "Prime Minister Medvedev visits Kunashir today (chronology)"),
     ev("2012-07-03", "statement", [], ["Sasae"], "Japan's Foreign Ministry (Sasae) expresses 'extreme regret'")],
    published_range=["2012-07-03", "2012-07-04"])

# --- Japanese --------------------------------------------------------------------------------------------------

art("37_livedoor_kyodo_2025_ja.txt", "ja", "Livedoor News", "", "2025-08-15",
    "the store's ' date 2025-08-15' line; '15日、分かった'",
    ["Kuril Islands", "Shikotan"], [],
    [ev("2025-08-01", "military", ["Kuril Islands"], [], "Russia's military exercises around the islands from the 1st of this month to 1 September"),
     ev("2025-07-28", "statement", [], [], "Japan's Foreign Ministry protests through diplomatic channels on 28 July, the day of Russia's notice"),
     ev("2025-08-15", "statement", [], [], "the notice becomes known on the 15th", required=False),
     ev("2023", "military", ["Iturup"], [], "the 2023 military parade on Etorofu (photo caption)", required=False)],
    optional_places=["Iturup"], truncated=True)

art("38_oitapress_kyodo_2025_ja.txt", "ja", "Oita Godo Shimbun", "", "2025-08-15",
    "URL /2025/08/15/NP2025081501001610",
    ["Kuril Islands", "Shikotan"], [],
    [ev("2025-08-01", "military", ["Kuril Islands", "Shikotan"], [], "Russia's exercises in the waters around the islands from the 1st of this month to 1 September, firing north of Shikotan"),
     ev("2025-07-28", "statement", [], [], "Japan's Foreign Ministry protests through diplomatic channels on 28 July, the day of Russia's notice"),
     ev("2025-04", "military", ["Kuril Islands"], [], "Russia notified exercises around the islands in April this year"),
     ev("2025-06", "military", ["Kuril Islands"], [], "and in June-July")])

art("39_livedoor_2025_ja.txt", "ja", "Livedoor News", "", "2025-11-07",
    "the store's ' date 2025-11-07' line; '7日の記者会見'",
    ["Kuril Islands", "Shikotan"], ["Kihara"],
    [ev("2025-11-07", "statement", [], ["Kihara"], "Kihara at his press conference on the 7th discloses Russia's navigational warning"),
     ev("2025-11-08", "military", ["Kuril Islands", "Shikotan"], [], "firing drills around the islands from the 8th to 1 December", planned=True),
     ev("2025-11-05", "statement", [], [], "the Japanese government protests through diplomatic channels on the 5th"),
     ev("2025-11-04", "statement", [], [], "Russia's navigational warning dated the 4th", required=False)],
    truncated=True)

art("40_iwatenippo_kyodo_2019_ja.txt", "ja", "Iwate Nippo", "", "2019-08-05",
    "URL /2019/8/5/",
    ["Kunashir", "Kuril Islands"], ["Suga"],
    [ev("2019-08-05", "military", ["Kunashir"], [], "Russia's firing exercises in the waters around Kunashiri from the 5th to the 10th", planned=True),
     ev("2019-08-05", "statement", [], ["Suga"], "Suga at his press conference on the 5th: unacceptable"),
     ev("2019-08", "statement", [], [], "the Japanese government protests through diplomatic channels", required=False)])

art("41_kantei_2022_ja.txt", "ja", KANTEI, "北方領土返還要求全国大会", "2022-02-07",
    "printed '更新日:令和4年2月7日'; URL /202202/07hoppou",
    ["Kuril Islands", "Singapore"], ["Kishida", "Putin", "Miyauchi"],
    [ev("2022-02-07", "statement", [], ["Kishida"], "Kishida's address at the national rally for the return of the Northern Territories"),
     ev("2021-10", "call", [], ["Kishida", "Putin"], "Kishida's telephone talks with Putin last October"),
     ev("2018", "meeting", ["Singapore"], [], "the 2018 Singapore agreement", required=False),
     ev("2022-02-07", "other", [], [], "the national rally, held online", required=False)],
    optional_places=["Habomai", "Nemuro"], truncated=True)

art("42_jimin_2023_ja.txt", "ja", "Liberal Democratic Party of Japan", "", None,
    "no date in the text or URL; the national rally on Northern Territories Day, 7 February, with Kishida, Hayashi and Okada (minister for Northern Territories August 2022 - September 2023) after the talks' breakdown: 7 February 2023; the report that day or within a week",
    ["Kuril Islands", "Tokyo"], ["Kishida", "Hayashi", "Okada", "Kaneko"],
    [ev("2023-02-07", "statement", ["Tokyo"], ["Kishida"], "Kishida at the national rally: resuming grave visits is a top priority"),
     ev("2023-02-07", "other", ["Tokyo"], ["Kishida", "Hayashi", "Okada", "Kaneko"], "the national rally at the National Theatre", required=False),
     ev("2022", "statement", [], [], "Russia unilaterally scrapped the grave visits and the talks", required=False)],
    published_range=["2023-02-07", "2023-02-14"])

art("43_tbs_2022_ja.txt", "ja", "TBS News Dig", "", None,
    "no date in the text or URL; the Foreign Ministry's announcement that visa-free exchanges are put off for the fiscal year (Tuesday 26 April 2022, Jiji via 06_yomiuri_jiji_2022): written that day or the next",
    ["Kuril Islands"], [],
    [ev("2022-04-26", "statement", [], [], "the Foreign Ministry announces the visa-free exchanges and grave visits are put off this fiscal year")],
    published_range=["2022-04-26", "2022-04-27"], truncated=True)

art("44_5ch_mainichi_2017_ja.txt", "ja", "5ch", "", "2017-08-15",
    "the thread's number 1502768361 is its opening time, 2017-08-15 03:39 UTC",
    ["Kuril Islands", "Kunashir", "Habomai", "Furukamappu", "Yuri", "Shibotsu"], [],
    [ev("2017-08-30", "visit", ["Habomai", "Yuri", "Shibotsu"], [], "from the grave visit of the 30th, entry procedures also off the Habomai islands (Yuri and Shibotsu)", planned=True),
     ev("2017-09-23", "visit", [], [], "grave visits by air around 23 September", planned=True),
     ev("2017-06", "visit", [], [], "the air grave visit planned for June cancelled by bad weather", required=False),
     ev("2017-08-07", "visit", ["Kunashir"], [], "the grave visit to Kunashiri on the 7th-10th of this month"),
     ev("2017-09", "visit", [], [], "air travel next month", required=False, planned=True)],
    optional_people=["Tadokoro"], optional_places=["Rashikomanbetsu", "Uennai", "Ueoki"], truncated=True)

art("45_prefhokkaido_2017_ja.txt", "ja", "Hokkaido Government", "北方墓参", "2017-11-29",
    "printed '最終更新日:2017年11月29日(水)'",
    ["Kuril Islands", "Kunashir", "Yuri", "Shibotsu"], [],
    [ev("2017-07-26", "visit", ["Kunashir"], [], "first group's grave visit to Kunashiri, 26-28 July"),
     ev("2017-08-01", "visit", ["Kunashir"], [], "grave visit to Kunashiri, 1-4 August"),
     ev("2017-08-07", "visit", ["Kunashir"], [], "second group's grave visit to Kunashiri, 7-10 August"),
     ev("2017-08-30", "visit", ["Yuri", "Shibotsu"], [], "third group's grave visit to Yuri and Shibotsu, 30 August - 1 September"),
     ev("1964", "visit", [], [], "grave visits run by Hokkaido since 1964", required=False),
     ev("1989", "statement", [], [], "the cabinet understanding of 1989", required=False)],
    optional_places=["Hokkaido"], truncated=True)

# --- Other languages -------------------------------------------------------------------------------------------

art("46_deutschlandfunk_2022_de.txt", "de", "Deutschlandfunk", "", None,
    "the store's ' date 2022-03' line; Kishida in Tokyo calls Russia's step (the halt of the peace-treaty talks of 21 March 2022, chronology) unacceptable (22 March): written 22-23 March 2022",
    ["Tokyo", "Moscow", "Kuril Islands"], ["Kishida"],
    [ev("2022-03-22", "statement", ["Tokyo"], ["Kishida"], "Kishida in Tokyo: the Russian government's conduct is completely unacceptable (chronology)"),
     ev("2022-03-21", "statement", ["Moscow"], [], "the Foreign Ministry in Moscow halts the talks, saying Japan chose an anti-Russian course (chronology)"),
     ev("1945", "military", [], [], "Japan lost the islands to the Soviet Union after its capitulation", required=False)],
    optional_places=["Shikotan", "Kamchatka", "Hokkaido"], published_range=["2022-03-22", "2022-03-23"])

art("47_diepresse_2019_de.txt", "de", "Die Presse", "", "2019-01-21",
    "printed '(\"Die Presse\", Print-Ausgabe, 21.01.2019)'",
    ["Moscow", "Kuril Islands", "Iturup", "Kunashir", "Shikotan", "Habomai"], ["Abe"],
    [ev("2019", "statement", [], ["Abe"], "Abe has called 2019 a 'turning point' in the conflict", required=False),
     ev("1945", "military", [], [], "the four islands occupied by Russia at the end of the Second World War", required=False)],
    optional_places=["Kamchatka", "Hokkaido"])

art("48_genteditalia_2018_it.txt", "it", "Gente d'Italia", "", "2018-02-17",
    "URL /2018/02/17/",
    ["Tokyo", "Kuril Islands"], [],
    [ev("2018-02", "other", ["Tokyo"], [], "a small group of Japanese protest outside the Russian embassy in Tokyo for the Kurils' return"),
     ev("2018", "military", [], [], "Russia's military exercises in its eastern and southern districts", required=False)],
    optional_places=HOK)

art("49_freepen_rt_2023_el.txt", "el", "Freepen.gr", "", None,
    "URL /2023/02/; an RT piece for Northern Territories Day ('Αυτό το έτος δεν αποτελεί εξαίρεση'): written in February 2023",
    ["Kuril Islands", "Iturup", "Kunashir", "Shikotan", "Habomai", "Tokyo"], ["Kishida"],
    [ev("2022-02-07", "statement", ["Tokyo"], ["Kishida"], "in 2022, on 7 February, Kishida addresses the national rally in Tokyo"),
     ev("2022-02-06", "other", [], [], "in 2022 a protest by right-wing radicals a day earlier clashes with the police at the embassy"),
     ev("2023-02-07", "other", [], [], "this year's Northern Territories Day protests", required=False)],
    optional_people=["Khvatkov"], published_range=["2023-02-01", "2023-02-28"], truncated=True)

art("50_newskeeper_2010_ro.txt", "ro", "Newskeeper", "", "2010-11-01",
    "URL ?data=2010-11-01",
    ["Kuril Islands", "Tokyo", "Kunashir", "Moscow", "Habomai", "Shikotan", "Iturup"], ["Medvedev", "Maehara", "Bely", "Kan"],
    [ev("2010-11-01", "visit", ["Kunashir"], ["Medvedev"], "Medvedev arrives on Kunashiri on Monday, the first Russian president on the islands"),
     ev("2010-11-01", "statement", ["Tokyo"], ["Maehara", "Bely"], "Maehara summons ambassador Bely in Tokyo; Bely: an internal Russian matter"),
     ev("2010-11-01", "statement", [], ["Kan"], "Kan in parliament: the visit is very regrettable"),
     ev("2010-09", "statement", [], ["Medvedev"], "in September Medvedev declared he intends to visit the Kurils"),
     ev("1945-08-18", "military", [], [], "on 18 August 1945 the Soviet Union annexed the four islands", required=False)],
    optional_places=["Kamchatka", "Hokkaido"], truncated=True)

art("51_vovworld_2019_id.txt", "id", "VOV World", "", None,
    "no date in the text or URL; Japan's assessment of Prime Minister Medvedev's visit 'early this month' (Iturup, 2 August 2019, chronology) and Russia's protest note to the Japanese ambassador: written in August 2019",
    ["Tokyo", "Moscow", "Kuril Islands"], ["Medvedev"],
    [ev("2019-08-02", "visit", ["Kuril Islands"], ["Medvedev"], "Medvedev's visit to the disputed islands early this month (Iturup, 2 August 2019, chronology)"),
     ev("2019-08", "statement", [], [], "Russia's Foreign Ministry hands the Japanese ambassador a protest note over the visa-free exchanges"),
     ev("2019-08", "statement", [], [], "Japan's Foreign Ministry calls the visit very regrettable", required=False)],
    published_range=["2019-08-03", "2019-08-31"])

art("52_sputnikpl_2019_pl.txt", "pl", "Sputnik Polska", "", "2019-10-30",
    "URL /20191030/",
    ["Kuril Islands", "Kunashir", "Iturup", "Osaka"], ["Putin", "Abe"],
    [ev("2019-10-30", "visit", ["Kunashir"], [], "the first group of 44 Japanese tourists arrives on Kunashir for the pilot tour (the day is the story's own)"),
     ev("2019-11-01", "visit", ["Iturup"], [], "on 1 and 2 November the tourists go on to Iturup", planned=True),
     ev("2019-06", "meeting", ["Osaka"], [], "the leaders agreed on the pilot tour at their meeting in Osaka in June"),
     ev("2016-12", "visit", [], ["Putin", "Abe"], "in December 2016 Putin, visiting Japan, agreed with Abe on joint economic activity"),
     ev("2019-10-11", "visit", [], [], "the tour was to start on 11 October", required=False),
     ev("2017", "visit", ["Kuril Islands"], [], "visits of government and business people to the islands in 2017 and 2018", required=False)])

# --- Added to reach the missing years (2011, 2013, 2017's spring, 2024) ---------------------------------------------

art("53_dailygeonews_2011.txt", "en", "Blogger", "", "2011-02-10",
    "printed 'Feb 10, 2011'; URL /2011/02/",
    ["Moscow", "Kuril Islands", "Tokyo"], ["Medvedev", "Kan", "Maehara", "Lavrov", "Serdyukov"],
    [ev("2011-02-09", "statement", [], ["Medvedev"], "Medvedev orders on Wednesday the deployment of extra weaponry on the Kurils"),
     ev("2011-02-11", "meeting", ["Moscow"], ["Maehara", "Lavrov"], "Maehara visits Moscow on Friday for talks with Lavrov", planned=True),
     ev("2010-11", "visit", ["Kuril Islands"], ["Medvedev"], "Medvedev's visit to the islands in November"),
     ev("2011-02", "statement", [], ["Kan"], "Kan called the visit an 'unforgivable outrage'", required=False),
     ev("2011-02", "visit", ["Kuril Islands"], ["Serdyukov"], "Serdyukov visited the islands last week", required=False),
     ev("2011-02", "statement", [], ["Serdyukov"], "Serdyukov to report at the end of February", required=False, planned=True)],
    truncated=True)

art("54_prophecydude_ap_2011.txt", "en", "Webnode", "Russia's Medvedev orders additional weapons deployed to islands disputed with Japan", "2011-02-10",
    "printed '02/10/2011 18:50'",
    ["Moscow", "Kuril Islands"], ["Medvedev"],
    [ev("2011-02-09", "statement", [], ["Medvedev"], "Medvedev announces on Wednesday that Russia will send more weapons to the islands"),
     ev("2011-02-07", "statement", [], [], "two days earlier Japan again demanded the islands' return")])

art("55_rfi_2011_fr.txt", "fr", "RFI", "", "2011-02-09",
    "URL /20110209-",
    ["Moscow", "Kuril Islands"], ["Maehara", "Medvedev", "Serdyukov", "Kan", "Lukashevich"],
    [ev("2011-02-09", "statement", [], ["Medvedev"], "Medvedev's announcement: the weapons on the islands must be sufficient and modern (the day is the story's own)"),
     ev("2011-02-10", "visit", ["Moscow"], ["Maehara"], "Maehara arrives in Moscow the next day", planned=True),
     ev("2011-02-11", "meeting", ["Moscow"], ["Maehara"], "the talks planned for Friday 11 February in Moscow", planned=True),
     ev("2011-02-07", "statement", ["Moscow"], ["Kan"], "on Monday Moscow criticised Kan's statement"),
     ev("2010-11", "visit", [], ["Medvedev"], "Medvedev's visit in November, the first by a Russian head of state"),
     ev("2011-02", "visit", ["Kuril Islands"], ["Serdyukov"], "Serdyukov back from an inspection tour of the Kurils", required=False)])

art("56_arabstoday_kyodo_2013.txt", "en", "Arabstoday", "", None,
    "no date in the text or URL; Abe and Putin meet on the sidelines of the G8 summit in Northern Ireland (17 June 2013, chronology), 'previous talks in Moscow in April': written 17-20 June 2013",
    ["Moscow"], ["Abe", "Putin", "Lavrov", "Kato"],
    [ev("2013-06-17", "meeting", [], ["Abe", "Putin"], "Abe and Putin meet on the sidelines of the G8 summit in Northern Ireland (chronology)"),
     ev("2013-04", "meeting", ["Moscow"], ["Abe", "Putin"], "their previous talks in Moscow in April"),
     ev("2013", "visit", [], ["Lavrov"], "Lavrov to visit Japan this fall", required=False, planned=True),
     ev("2013-06-17", "statement", [], ["Kato"], "Kato briefs on the meeting", required=False),
     ev("1956", "treaty", [], [], "the 1956 joint declaration", required=False)],
    optional_places=["Northern Ireland"], published_range=["2013-06-17", "2013-06-20"], truncated=True)

art("57_devdiscourse_reuters_2024.txt", "en", "Devdiscourse", "Russia says it is building observation posts on Kuril Islands", "2024-05-03",
    "the store's ' date 2024-05-03' line; 'on Friday'",
    ["Kuril Islands"], ["Shoigu"],
    [ev("2024-05-03", "statement", [], ["Shoigu"], "Shoigu says on Friday Russia is establishing observation posts on the Kurils"),
     ev("2024", "military", ["Kuril Islands"], [], "the observation posts being built", required=False)])

art("58_881903_2019_zh.txt", "zh", "Commercial Radio Hong Kong", "", None,
    "no date in the text or URL; Putin and the visiting Abe meet in the Kremlin after 'last week's' foreign ministers' talks (22 January 2019, chronology): written that day or the next",
    ["Kuril Islands", "Osaka", "Habomai", "Shikotan"], ["Putin", "Abe"],
    [ev("2019-01-22", "meeting", [], ["Putin", "Abe"], "Putin and Abe meet in the Kremlin for over two hours (chronology)"),
     ev("2019-01-14", "meeting", [], [], "last week's foreign ministers' talks (14 January 2019, chronology)"),
     ev("2019-06", "meeting", ["Osaka"], ["Abe", "Putin"], "Abe hopes for a basic agreement with Putin at the G20 in Osaka in June", planned=True),
     ev("2019-01-22", "statement", [], ["Putin", "Abe"], "their joint press appearance after the talks", required=False),
     ev("1956", "treaty", [], [], "the 1956 Japan-Soviet joint declaration", required=False)],
    published_range=["2019-01-22", "2019-01-23"])

art("59_politicallore_2017.txt", "en", "Political Lore", "Abe, Putin summit to be held in late April", None,
    "no date in the text or URL (the 'Today: Thursday, 23 May 2024' line is the page's date widget); the summit 'in late April' still ahead, after Kishida's 'recent meeting' with Lavrov (20 March 2017, chronology) and Putin's visit 'last December' (2016): written between 20 March and 26 April 2017",
    ["Moscow", "Kuril Islands"], ["Putin", "Abe", "Kishida", "Lavrov"],
    [ev("2017-04", "meeting", ["Moscow"], ["Putin", "Abe"], "Abe and Putin to meet in Moscow in late April", planned=True),
     ev("2016-12", "visit", [], ["Putin"], "Putin's visit to Japan last December, agreeing to resume the two-plus-two"),
     ev("2017-03-20", "meeting", [], ["Kishida", "Lavrov"], "Kishida's recent meeting with Lavrov (20 March 2017, chronology)"),
     ev("2014", "other", ["Crimea"], [], "the two-plus-two suspended in 2014 after Russia annexed Crimea", required=False)],
    optional_places=["Crimea"], published_range=["2017-03-20", "2017-04-26"])

# Fixed after the first run (FIRST_RUN.md, "Annotation fixes after the first run", 2026-12-04, batch g), places only:
# Tokyo named as a government in 19 ("Kishida stated that Tokyo will take measures") was left out; Nemuro in 41 occurs
# only in an organisation's title ('居住者連盟理事・根室支部長', the League's Nemuro branch head), optional by this file's own
# rule, and was not listed so.

ABOUT = ("Batch g of the real set: the fifth unseen batch, held out from the parser engineers in session 16; 59 "
         "articles from 59 stored public pages of 54 outlets (39 of them in none of batches a-f): 32 English, 9 Russian, 9 Japanese, 2 German, 1 each in French, "
         "Italian, Greek, Romanian, Indonesian, Polish and Chinese; 2006-2025; news, wire copies and reposts (AP, Reuters, Kyodo, "
         "Jiji, TASS, UAWire, RT, machine translations), analysis (the Jamestown Foundation), interviews (Japan Media "
         "Highlights, NewsUSA, TASS), blogs, a forum thread and a forum post, a party's and two governments' pages, verbatim as "
         "the store gives them (cut where it cut them: 'truncated'). Annotated before the parser first ran on them; "
         "never edited to fit its output. Fields as batches c-f.")

if __name__ == "__main__":
    (HERE / "expected.json").write_text(
        json.dumps({"about": ABOUT, "articles": A}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(A), "articles")
