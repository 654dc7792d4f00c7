"""Outlet and wire source come from page furniture and credits, never from outlets quoted as sources."""

import pytest

from kurils.clean import clean_text
from kurils.outlets import canonical, detect_outlet

BODY = (
    "Japan and Russia agreed on Friday to start talks on joint economic activities on four disputed islands, "
    "a step toward ending a territorial row that has kept them from signing a peace treaty."
)
MORE = "The two leaders are expected to meet again later this year, officials said."


def outlet_of(text: str) -> tuple[str | None, str | None]:
    return detect_outlet(text, clean_text(text))


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("TOKYO, January 22. /TASS/.", "TASS"),
        ("MOSCOW, April 12 /ITAR-TASS/.", "TASS"),
        ("TOKYO (Sputnik) –", "Sputnik"),
        ("MOSCOW (Reuters) -", "Reuters"),
        ("TOKYO, Dec 15 (Reuters) -", "Reuters"),
        ("NAGATO, Japan (Kyodo) --", "Kyodo"),
        ("TOKYO (AP) —", "AP"),
        ("TOKYO (AFP) -", "AFP"),
        ("TOKYO, Jan. 5 (Xinhua) --", "Xinhua"),
        ("MOSCOW. Sept 29 (Interfax) -", "Interfax"),
        ("MOSCOW, January 14 (RIA Novosti) –", "RIA Novosti"),
        ("TOKYO (Jiji Press) —", "Jiji Press"),
        ("ТОКИО, 22 января. /ТАСС/.", "TASS"),
    ],
)
def test_dateline_credit_names_the_outlet(dateline, outlet):
    text = f"Japan, Russia agree to start island talks\n\n{dateline} {BODY}\n\n{MORE}\n"
    assert outlet_of(text) == (outlet, None)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Japan, Russia agree to start island talks | Reuters", "Reuters"),
        ("Japan, Russia agree to start island talks - The Japan Times", "The Japan Times"),
        ("Japan, Russia agree to start island talks - Sputnik International", "Sputnik"),
        ("Japan, Russia agree to start island talks | The Diplomat", "The Diplomat"),
        ("Japan, Russia agree to start island talks - Nikkei Asia", "Nikkei"),
        ("Japan, Russia agree to start island talks | NHK WORLD-JAPAN News", "NHK World"),
    ],
)
def test_site_suffix_names_the_outlet(line, outlet):
    text = f"{line}\n\n{BODY}\n\n{MORE}\n"
    assert outlet_of(text)[0] == outlet


def test_quoted_agencies_are_sources_not_the_outlet():
    text = (
        "Japan, Russia agree to start island talks\n\n"
        f"{BODY} TASS reported, citing the NHK broadcaster.\n\n"
        "Abe was cited as saying by RIA Novosti, and the Nikkei news outlet said the deal was close.\n\n"
        f"{MORE} according to Kyodo.\n"
    )
    assert outlet_of(text) == (None, None)


def test_reprint_keeps_the_agency_as_wire_source():
    text = (
        "Abe and Putin agree to boost economic ties - The Japan Times\n"
        "Abe and Putin agree to boost economic ties\nKYODO\nSep 3, 2016\n"
        f"VLADIVOSTOK, RUSSIA – {BODY}\n{MORE}\n"
    )
    assert outlet_of(text) == ("The Japan Times", "Kyodo")
    text = f"Abe and Putin agree to boost economic ties | Japan Today\n\nTOKYO (Kyodo) -- {BODY}\n\n{MORE}\n"
    assert outlet_of(text) == ("Japan Today", "Kyodo")


def test_agency_credit_at_the_end_and_byline():
    assert outlet_of(f"Island talks go on\n\n{BODY}\n\n{MORE}\n\n© KYODO\n") == ("Kyodo", None)
    assert outlet_of(f"Island talks go on\nBy Reuters Staff\n{BODY}\n{MORE}\n") == ("Reuters", None)
    text = f"Island talks go on\n{BODY}\n{MORE}\nCopyright 2019 The Associated Press. All rights reserved.\n"
    assert outlet_of(text) == ("AP", None)


def test_photo_credit_is_not_the_publisher():
    text = (
        "Island talks go on | The Mainichi\n\n"
        "Abe and Putin shake hands in Vladivostok. | KYODO\n\n"
        f"{BODY}\n\n{MORE}\n"
    )
    assert outlet_of(text)[0] == "Mainichi"


def test_site_address_names_the_outlet():
    text = (
        f"https://www.themoscowtimes.com/2019/01/14/lavrov-kurils\nIsland talks go on\n\n{BODY}\n\n{MORE}\n"
    )
    assert outlet_of(text)[0] == "The Moscow Times"


def test_site_styles_are_weak_evidence():
    icons = (
        "icon bookmarkicon cameraicon checkicon chevron downicon closeicon editicon fbicon fileicon shareicon"
    )
    assert outlet_of(f"{icons}\n12 Jan, 2017 10:15\n\nIsland talks go on\n\n{BODY}\n")[0] == "RT"
    assert outlet_of(f"ID :\n123456\nAuther :\n\nIsland talks go on\n\n{BODY}\n")[0] == "TASS"
    # a dateline credit of another agency beats nothing, and a site style plus credit is a reprint
    assert outlet_of(f"All news\n\nIsland talks go on\n\nTOKYO (Kyodo) -- {BODY}\n") == ("TASS", "Kyodo")


def test_unknown_outlet_is_none():
    assert outlet_of(f"Island talks go on\n\n{BODY}\n\n{MORE}\n") == (None, None)
    assert outlet_of("") == (None, None)


def test_canonical_names():
    assert canonical("ITAR-TASS") == "TASS"
    assert canonical("Associated Press") == "AP"
    assert canonical("agence france-presse") == "AFP"
    assert canonical("Nobody Gazette") is None


def test_more_site_evidence():
    guardian = f"Japan and Russia talk | World news | The Guardian\n\n{BODY}\n\n{MORE}\n"
    assert outlet_of(guardian)[0] == "The Guardian"
    dw = f"Island talks go on\n\n{BODY}\n\n{MORE}\n\nng/msh (AP, dpa, Reuters)\n"
    assert outlet_of(dw)[0] == "DW"
    mainichi = f"Island talks go on\nDecember 15, 2016 (Mainichi Japan)\n\n{BODY}\n\n{MORE}\n"
    assert outlet_of(mainichi)[0] == "Mainichi"
    nikkei = f"Island talks go on\nNikkei staff writers\n\n{BODY}\n\n{MORE}\n"
    assert outlet_of(nikkei)[0] == "Nikkei"
    aljazeera = f"Island talks go on\n\n{BODY}\n\n{MORE}\n\nSource: Al Jazeera and news agencies\n"
    assert outlet_of(aljazeera)[0] == "Al Jazeera"
    rt = f"Island talks go on\nPublished time: 15 Dec, 2016 09:43 Edited time: 15 Dec, 2016 12:20\n\n{BODY}\n"
    assert outlet_of(rt)[0] == "RT"
    copyright_site = (
        f"Island talks go on\n\n{BODY}\n\n{MORE}\n\nCopyright © The Japan Times. All rights reserved.\n"
    )
    assert outlet_of(copyright_site)[0] == "The Japan Times"


def test_site_name_opening_a_meta_line_and_agency_byline_under_standfirst():
    kyodo = f"KYODO NEWS - Dec 16, 2016 - 19:43 | All, Japan, World\nIsland talks go on\n{BODY}\n{MORE}\n"
    assert outlet_of(kyodo) == ("Kyodo", None)
    assert clean_text(kyodo).headline == "Island talks go on"
    scmp = (
        "Island talks go on | South China Morning Post\nAsia/ East Asia\nIsland talks go on\n"
        "Talks between the two leaders end without a breakthrough on the disputed islands\n"
        f"Agence France-Presse\nPublished: 10:45pm, 22 Jan, 2019\n{BODY}\n{MORE}\n"
    )
    assert outlet_of(scmp) == ("South China Morning Post", "AFP")


def test_photo_credit_at_the_end_is_not_a_wire_credit():
    icons = (
        "icon bookmarkicon cameraicon checkicon chevron downicon closeicon editicon fbicon fileicon shareicon"
    )
    text = f"{icons}\nIsland talks go on\n\n{BODY}\n\n{MORE}\n\n© Sputnik / Alexei Druzhinin\n"
    assert outlet_of(text) == ("RT", None)


def test_house_styles_of_asahi_and_nhk():
    asahi = f"Island talks go on\nBy TAKASHI FUNAKOSHI/ Staff Writer\n{BODY}\n{MORE}\n"
    assert outlet_of(asahi)[0] == "Asahi Shimbun"
    nhk = f"Island talks go on\n{BODY}\nNHK has learned that the two leaders will meet in December.\n"
    assert outlet_of(nhk)[0] == "NHK World"
    quoted = f"Island talks go on\n{BODY}\nThe NHK broadcaster reported that the two leaders will meet.\n"
    assert outlet_of(quoted)[0] is None


def test_reprint_of_tass_on_another_site():
    text = f"Island talks go on - The Moscow Times\n\nTOKYO, January 22. /TASS/. {BODY}\n\n{MORE}\n"
    assert outlet_of(text) == ("The Moscow Times", "TASS")


def choose(text: str, url: str | None, site: str | None = None):
    from kurils.models import PageMeta, Source
    from kurils.outlets import choose_outlet

    page = PageMeta(url=url, site_name=site) if site else None
    return choose_outlet(text, clean_text(text), page, Source(url=url))[:2]


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.thehindu.com/news/international/russia-japan-islands/article1.ece", "The Hindu"),
        ("https://english.alarabiya.net/News/world/2023/03/22/story", "Al Arabiya"),
        ("https://www.bangkokpost.com/world/1234/abe-putin", "Bangkok Post"),
        ("https://www3.nhk.or.jp/nhkworld/en/news/20221206_01/", "NHK World"),
        ("https://www.haaretz.com/world-news/2016-12-15/ty-article/abe-putin", "Haaretz"),
        ("https://www.stltoday.com/news/world/russia-japan/article_1.html", "St. Louis Post-Dispatch"),
        ("https://www.rg.ru/2016/12/16/putin-abe.html", "Rossiyskaya Gazeta"),
        ("https://www.tokyo-np.co.jp/article/12345", "Tokyo Shimbun"),
    ],
)
def test_a_known_outlets_address_names_it(url, outlet):
    assert choose(f"Island talks go on\n\n{BODY}\n\n{MORE}\n", url)[0] == outlet


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        # a press archive's path names the paper it shows; a media host's subdomain names the outlet
        ("http://www.pressreader.com/thailand/bangkok-post/20170908/281655370227479", "Bangkok Post"),
        ("https://www.pressreader.com/japan/the-japan-times/20161216/28165537", "The Japan Times"),
        ("https://voa.pangea-cms.com/preview/en-US/a/island-dispute/166579.html", "Voice of America"),
        ("https://rferl.cms-host.example/a/island-dispute/1.html", "Radio Free Europe"),
        # a wire section of an unknown site is that site's page
        ("https://www.localpaper.example/reuters/world/island-dispute", "Local Paper"),
    ],
)
def test_an_outlet_hosted_elsewhere_is_named_by_the_address(url, outlet):
    assert choose(f"Island talks go on\n\n{BODY}\n\n{MORE}\n", url)[0] == outlet


def test_a_wire_credit_on_another_sites_page_is_the_wire_not_the_outlet():
    text = f"Abe, Putin to discuss islands row\n\n- KYODO\n\nVLADIVOSTOK: {BODY}\n\n{MORE}\n"
    assert choose(text, "https://www.example-daily.com/world/abe-putin") == ("Example Daily", "Kyodo")
    assert choose(text, "http://www.pressreader.com/thailand/bangkok-post/20170908/2816")[0] == "Bangkok Post"
    assert choose(text, "https://english.kyodonews.net/news/2017/09/abe-putin.html") == ("Kyodo", None)


@pytest.mark.parametrize(
    ("text", "url", "outlet"),
    [
        (f"Island talks go on | Columbus Entdeckt\n\n{BODY}\n\n{MORE}\n", "https://columbus-entdeckt.de/a",
         "Columbus Entdeckt"),
        (f"Island talks go on\n\n{BODY}\n\n{MORE}\n\n© 2019 Harbour Courier\n", "https://harbourcourier.example/a",
         "Harbour Courier"),
        (f"The Lakeside Ledger\n\nIsland talks go on\n\n{BODY}\n\n{MORE}\n", "https://www.lakesideledgernews.example/x",
         "The Lakeside Ledger"),
        # nothing printed spells the domain: the domain's label read as words
        (f"Island talks go on\n\n{BODY}\n\n{MORE}\n", "https://www.unknownpaper.example/x",
         "Unknown Paper"),
        # a blog platform's subdomain is the blog, and it prints its name at the head
        (f"Harbour Watch Weekly\n\nIsland talks go on\n\n{BODY}\n\n{MORE}\n",
         "https://harbourwatchweekly.wordpress.com/2010/11/07/x/", "Harbour Watch Weekly"),
        # the name printed with its address's ending, set off at the start of a long first paragraph
        (f"Talks go on\n\nHarbourline.Net - {BODY} {BODY}\n\n{MORE}\n", "https://www.harbourline.net/x",
         "Harbourline.Net"),
        # the name and a lowercase word saying what the page is: "Lakeview news"
        (f"{BODY}\n\nLakeview news\n\n{MORE}\n", "https://www.lakeview.example/x", "Lakeview"),
    ],
)
def test_a_printed_name_that_spells_an_unknown_domain_names_the_outlet(text, url, outlet):
    assert choose(text, url)[0] == outlet


def test_the_pages_site_name_names_an_unknown_outlet():
    text = f"Island talks go on\n\n{BODY}\n\n{MORE}\n"
    url = "https://www.unknownpaper.example/x"
    assert choose(text, url, site="The Unknown Paper")[0] == "The Unknown Paper"


@pytest.mark.parametrize(
    ("host", "name"),
    [
        ("www.armyrecognition.example", "Army Recognition"),  # common words: split and cased
        ("news-front.example", "News Front"),  # hyphens part words
        ("kantsuu.example", "Kantsuu"),  # no clean split into common words: one word
        ("nakanune.example", "Nakanune"),
        ("kcna.example", "KCNA"),  # up to four letters: an abbreviation
        ("katakamidotcom.wordpress.com", "WordPress.com"),  # a blog known by its address: its platform
        ("www.lindenfeld.example", "Lindenfeld"),  # a word of its own (German), not "Linden Feld"
        ("russland.example", "Russland"),
        ("theharbinger.example", "The Harbinger"),  # "the" and a name
        ("thesilverbay.example", "The Silver Bay"),
        ("bravoeurasia.example", "Bravo Eurasia"),  # a long known word beside a name
        ("xyz-news.example", "XYZ News"),  # a short piece that is no word: an abbreviation
        ("fm-5.example", "FM5"),  # an abbreviation and its number
        ("usembassy.example", "US Embassy"),
        ("nakagawa-masaharu.jp", "Masaharu Nakagawa"),  # a Japanese politician's site: family name first
        ("masaharu-nakagawa.jp", "Masaharu Nakagawa"),
        ("nakagawa-masaharu.example", "Nakagawa Masaharu"),  # only on a Japanese address
        ("sports.go.com", "Sports"),  # a portal's subdomain is the brand
        ("espnx.go.com", "Espnx"),
        ("www.windowstoatlantis.example", "Windows to Atlantis"),  # a short word linking two words
        ("brindlecombetimes.example", "Brindlecombe Times"),  # a name and a word that closes outlets' names
        ("foxnews.example", "Fox News"),
        ("qxbnews.example", "QXB News"),  # ... after an abbreviation
        ("dailyzorvan.example", "Daily Zorvan"),  # a word that opens outlets' names, and a name
        ("dervogel.example", "Der Vogel"),  # an article and a word
        ("wkrz21news.example", "WKRZ 21 News"),  # letters, a number, a word
        ("brindle24.example", "Brindle24"),  # a name and its number are one name
        ("qtv24.example", "QTV24"),
        ("3xq.example", "3XQ"),
        ("1900harbour.example", "1900 Harbour"),  # a number of two or more digits and words: apart
        ("24hourswatch.example", "24 Hours Watch"),
        ("7harbour.example", "7harbour"),  # one digit glues to its word ("1News", "9News")
        ("harbournews24h.example", "Harbour News 24h"),  # a number and its unit's letter
        ("freeharbour-en.example", "Free Harbour"),  # the English edition's code is no part of the name
        ("www.life.example", "Life.example"),  # an everyday word goes by its address's ending
        ("tanakahiroshi.jp", "Hiroshi Tanaka"),  # a family name and a given name in romaji, unhyphenated
        ("hiroshitanaka.jp", "Hiroshi Tanaka"),
        ("tanakanews.jp", "Tanaka News"),  # not a given name
        # a blog known only by its address goes by its platform, whether the account is a handle or words
        # (batches f and g: cruelkev2.blogspot.com, dailygeonews.blogspot.com, prophecydude.webnode.com)
        ("life.wordpress.com", "WordPress.com"),
        ("freedomwatch.blogspot.com", "Blogger"),
        ("zorvan77.blogspot.com", "Blogger"),
        ("qx3harbour.hatenablog.com", "Hatena Blog"),
        ("harbour.hatenablog.com", "Hatena Blog"),
        ("harbourwatch.webnode.com", "Webnode"),
        ("harbourwatch.blogspot.jp", "Blogger"),  # Blogger's country-code addresses
        # an article opening a paper's name in French, Spanish, Italian, Arabic: a word, and the name
        ("www.lebrindelle.example", "Le Brindelle"),
        ("lesvorandes.example", "Les Vorandes"),
        ("alqarvana.example", "Al Qarvana"),
        ("al-qarvana.example", "Al Qarvana"),  # not "AL": an article is no abbreviation
        ("elmercurion.example", "El Mercurion"),
        ("leochaek.example", "Leochaek"),  # French elides "le" before a vowel: no article here
        ("jf-alquevra.example", "JF Alquevra"),  # a hyphen's part does not open with an article
        # a German compound is one word; an adjective before its noun is not compounded
        ("hauptstadtkurier.example", "Hauptstadtkurier"),
        ("kleinekurier.example", "Kleine Kurier"),
        ("berlinerkurier.example", "Berliner Kurier"),
        ("russlandnews.example", "Russland News"),  # "news" is English: no German compound
        # Russian words in Latin letters, as Russian sites write their names (tools/make_word_list.py)
        ("novayazhizn.example", "Novaya Zhizn"),
        ("severnayazvezda.example", "Severnaya Zvezda"),
        ("vestnikharbour.example", "Vestnikharbour"),  # a Russian word and an English one: no split
        # an internet brand's lowercase "i" before a word
        ("iharbour.example", "iHarbour"),
        ("informant.example", "Informant"),  # a word of its own
    ],
)
def test_an_unknown_address_is_named_in_words(host, name):
    from kurils.outlets import name_from_address

    assert name_from_address(host) == name


@pytest.mark.parametrize(
    ("text", "url", "outlet"),
    [
        # Yahoo!ニュース: the publisher on the line under the 配信 stamp, not the aggregator
        ("ここから本文です\n島への墓参、今年も始まる\n7/26(水) 7:03配信\n北海道新聞\n"
         " 【根室】北方墓参が始まる。\n最終更新:7/26(水) 7:03\n", "https://headlines.yahoo.co.jp/hl?a=20170726-00010001-doshin-hok",
         "Hokkaido Shimbun"),
        # an aggregator crediting a publisher it does not know: the name as printed
        ("島への墓参、今年も始まる\n7/26(水) 7:03配信\n根室テスト新聞\n 【根室】北方墓参が始まる。\n",
         "https://news.yahoo.co.jp/articles/abc", "根室テスト新聞"),
        # an unknown site reposting a known publisher's story with its Russian dateline credit
        ("Захарова раскритиковала заявление премьера\nЮЖНО-САХАЛИНСК, 14 октября, ФедералПресс. "
         "Категоричные заявления нового премьера Японии о Курилах не помогут, заявила Захарова.\n",
         "https://reposts.example/news/1", "FederalPress"),
        # "Source: ..." on an aggregator
        (f"Island talks go on\n\n{BODY}\n\nSource: The Japan Times\n", "https://www.msn.com/en-us/news/x",
         "The Japan Times"),
    ],
)
def test_a_repost_names_the_publisher_it_credits(text, url, outlet):
    assert choose(text, url)[0] == outlet


def test_an_agency_credited_on_an_unknown_site_stays_a_credit():
    text = f"Island talks go on\n\n{BODY}\n\nSource: Reuters\n"
    assert choose(text, "https://www.harbourcourier.example/x") == ("Harbour Courier", "Reuters")


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://nation.com.pk/2016/12/16/x", "nation.com.pk"),  # Lahore's The Nation
        ("https://www.nationthailand.com/international/1", "nationthailand.com"),  # Bangkok's
        ("https://www.thenation.com/article/x", "thenation.com"),  # New York's
    ],
)
def test_same_named_papers_are_told_apart_by_their_domain(url, domain):
    """One printed name, several papers: the name is theirs, the evidence names the domain it came from,
    and a name printed in the text ("Nation Thailand") does not move a Lahore page to Bangkok."""
    text = f"Island talks go on\n\n{BODY}\n\nNation Thailand\n"
    from kurils.models import Source
    from kurils.outlets import choose_outlet

    outlet, _, why = choose_outlet(text, clean_text(text), None, Source(url=url))
    assert outlet == "The Nation" and domain in why


@pytest.mark.parametrize(
    ("url", "outlet", "day"),
    [
        # Google's AMP cache: the page's own address follows "/c/s/"
        ("https://www-tass-com.cdn.ampproject.org/c/s/tass.com/politics/1079911", "TASS", None),
        ("https://www-japantimes-co-jp.cdn.ampproject.org/c/s/www.japantimes.co.jp/news/2016/09/02/x/amp",
         "The Japan Times", "2016-09-02"),
        # Google's translation proxy: the host spelt with '-' for '.' and '--' for '-'
        ("https://www-kommersant-ru.translate.goog/doc/4048337?_x_tr_sl=ru&_x_tr_tl=en", "Kommersant", None),
        ("https://news--front-su.translate.goog/2019/05/31/x", "News Front", "2019-05-31"),
    ],
)
def test_a_copy_served_from_a_cache_or_proxy_is_the_originals(url, outlet, day):
    from kurils.urls import url_date

    assert choose(f"Island talks go on\n\n{BODY}\n\n{MORE}\n", url)[0] == outlet
    found = url_date(url)
    assert (found.iso() if found else None) == day


@pytest.mark.parametrize(
    ("prose", "url", "outlet"),
    [
        # the site names itself in its prose with another edition's ending: the name without it
        ("Talks will resume next month, Harbourfeed.ua reports with reference to Japanese media.",
         "https://harbourfeed.example/world/1", "Harbourfeed"),
        # ... with its own address's ending: the name as printed, ending and all
        ("Talks will resume next month, Harbourfeed.net has learned.",
         "https://harbourfeed.net/world/1", "Harbourfeed.net"),
        # capitals inside the name say how it is written
        ("Talks will resume next month, according to sources quoted by HarbourFeed.",
         "https://harbourfeed.example/world/1", "HarbourFeed"),
    ],
)
def test_an_unknown_site_writing_its_own_name_in_its_prose_is_named_so(prose, url, outlet):
    assert choose(f"Island talks go on\n\n{BODY} {prose}\n\n{MORE}\n", url)[0] == outlet


def test_a_plain_capitalised_word_spelling_the_address_adds_nothing():
    text = f"Island talks go on\n\n{BODY} Harbourfeed is a word here.\n\n{MORE}\n"
    assert choose(text, "https://harbourfeed.example/world/1")[0] == "Harbour Feed"  # read off the address


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        # a party's own site publishes its statements on the dispute
        ("https://www.jimin.jp/news/information/1.html", "Liberal Democratic Party of Japan"),
        ("https://er.ru/activity/news/1", "United Russia"),
        # an edition that prints a country after the agency's name is that edition; the Japanese one is not
        ("https://pl.sputniknews.com/20191030/x-1.html", "Sputnik Polska"),
        ("https://sputniknews.jp/20171110/1.html", "Sputnik"),
        # a service whose pages print their own name, apart from its parent's
        ("https://newsdig.tbs.co.jp/articles/-/1", "TBS News Dig"),
        ("https://www.tbs.co.jp/news/1.html", "TBS"),
        ("http://m.vovworld.vn/id-ID/berita/x-1.vov", "VOV World"),
        ("https://vov.vn/the-gioi/x-1.vov", "VOV"),
    ],
)
def test_a_known_site_is_named_by_its_row_the_most_specific_host_first(url, outlet):
    assert choose(f"Island talks go on\n\n{BODY}\n\n{MORE}\n", url)[0] == outlet
