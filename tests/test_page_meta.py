"""HTML page metadata: one parse, a typed PageMeta, titles without site names, the address as evidence,
and the order of evidence for the publication date and the outlet."""

import time

import pytest

from kurils.models import Source
from kurils.pipeline import parse_bytes
from kurils.read import looks_like_html, read_bytes, strip_tags
from kurils.titles import strip_site_name
from kurils.urls import outlet_from_url, registrable_domain, url_date

BODY = """<p>NAGATO, Japan (AP) — Russian President Vladimir Putin arrived in Japan on Thursday for a two-day
visit, as Prime Minister Shinzo Abe seeks progress on the dispute over the southern Kuril Islands.</p>
<p>The two leaders were expected to discuss joint economic activities on the islands, officials said,
and to sign a number of documents on cooperation in energy, medicine and tourism.</p>"""


def page(head: str = "", body: str = BODY, title: str = "Abe and Putin meet in Nagato") -> bytes:
    return (f"<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>{body}"
            "</article></body></html>").encode()


# --------------------------------------------------------------------------- linear time

@pytest.mark.parametrize("markup", [
    "<title>" * 50_000,
    "<h1>" * 50_000,
    '<meta property="og:title" content="' * 20_000,
    "<script>" * 50_000,
    "<" * 200_000,
    "<div " * 50_000,
])
def test_hostile_markup_parses_in_linear_time(markup):
    started = time.perf_counter()
    read_bytes(("<html><head>" + markup).encode())
    strip_tags(markup)
    looks_like_html(markup)
    assert time.perf_counter() - started < 15  # a guard against a quadratic blow-up, not a speed test


def test_a_title_is_never_taken_from_a_script():
    head = '<script>document.write("<title>Your browser is outdated</title>")</script>'
    article = parse_bytes(page(head=head))
    assert article.headline == "Abe and Putin meet in Nagato"


def test_page_metadata_is_a_typed_field_not_text():
    head = '<meta property="article:published_time" content="2016-12-15T09:30:00+09:00">' \
           '<meta property="og:site_name" content="AP NEWS">'
    read = read_bytes(page(head=head), url="https://apnews.com/article/abc")
    assert read.page is not None
    assert read.page.markup_date == "2016-12-15" and read.page.site_name == "AP NEWS"
    assert read.page.url == "https://apnews.com/article/abc"
    assert "Published" not in read.text and "2016-12-15" not in read.text


def test_lists_tables_and_cjk_lines_stay_in_the_body():
    body = BODY + """<ul><li>Joint economic activity on the islands</li><li>Visa-free visits</li></ul>
<table><tr><td>Iturup</td><td>3,253 km²</td></tr></table>
<p>北方領土問題について、日本とロシアの首脳は長門市で会談した。</p>"""
    article = parse_bytes(page(body=body))
    for kept in ("Visa-free visits", "Iturup", "北方領土問題"):
        assert kept in article.body


# --------------------------------------------------------------------------- titles

@pytest.mark.parametrize("title, site, url, expected", [
    ("Copy & paste from tmux | FlowFX", "FlowFX", None, "Copy & paste from tmux"),
    ("Warum Wien zu blöd ist - Helge.at", None, "http://www.helge.at/2014/03/x/", "Warum Wien zu blöd ist"),
    ("Reparaturcafé – Columbus entdeckt", None, "https://columbus-entdeckt.de/x", "Reparaturcafé"),
    ("Nalas Löwenseiten » Blog Archive » M wie Mähnenlöwe", "Nalas Löwenseiten", None, "M wie Mähnenlöwe"),
    (".:: NMB-MEDIA ::. Templates", None, "https://shop.nmb-media.de/x", "Templates"),
    ("Putin arrives in Japan | AP News", None, None, "Putin arrives in Japan"),
    ("Putin - Abe talks - a new start", None, None, "Putin - Abe talks - a new start"),
    ("Über uns", "Über uns", None, "Über uns"),
])
def test_site_names_are_stripped_from_titles(title, site, url, expected):
    assert strip_site_name(title, site, url) == expected


# --------------------------------------------------------------------------- the address

@pytest.mark.parametrize("url, domain", [
    ("https://www.bbc.co.uk/news/world-asia-38324", "bbc.co.uk"),
    ("https://foo.blogspot.com/2016/12/x.html", "foo.blogspot.com"),
    ("http://127.0.0.1/x", None),
    ("not a url", None),
    ("http://[::1", None),
])
def test_registrable_domain_from_the_bundled_suffix_list(url, domain):
    assert registrable_domain(url) == domain


@pytest.mark.parametrize("url, iso, precision", [
    ("https://www.rt.com/news/2016/12/15/putin-japan/", "2016-12-15", "day"),
    ("https://ria.ru/20161215/1483861185.html", "2016-12-15", "day"),
    ("https://tass.com/politics/201702091050", "2017-02-09", "day"),
    ("http://blog.python.org/2016/12/python-360.html", "2016-12", "month"),
    ("https://example.com/news/2016-12-15-abe-putin", "2016-12-15", "day"),
    ("https://example.com/article/12345678", None, None),
    ("https://example.com/2016/13/40/x", None, None),
    ("https://example.com/x?date=2016/12/15", None, None),
    # a timestamp with seconds and a sequence number after the day
    ("https://www.example.jp/general/news/201809110000015.html", "2018-09-11", "day"),
    # a MongoDB ObjectId as a whole segment: its first 8 hex digits are its creation time
    ("https://www.example.ru/freenews/6168e5179a7947467a6ed1ad", "2021-10-15", "day"),
    ("https://www.example.ru/a/0123456789abcdef01234567", None, None),  # 1970: no news page
    # a day, an English month's abbreviation and the year as a segment
    ("http://www.example.com/world/16dec2016/pingpong.html", "2016-12-16", "day"),
    ("http://www.example.com/news/03-Mar-2019/x", "2019-03-03", "day"),
    ("http://www.example.com/blog/decade/x", None, None),
    # a whole segment of a year and a month: the month only (the day segment after it is not read)
    ("http://www.example.go.jp/jp/actions/201102/07hoppou.html", "2011-02", "month"),
    ("http://www.example.com/news/201913/x", None, None),
    ("https://example.com/files/6168e5179a7947467a6ed1ad6168e517", None, None),  # a longer hash
    # a year-month folder, then the day's folder
    ("http://www.example.cn/politics/txt/2010-11/02/content_21256789.htm", "2010-11-02", "day"),
    ("http://www.example.cn/politics/txt/2010-11/content_21256789.htm", "2010-11", "month"),
    # a Russian slug's day and transliterated month, then the year
    ("https://example.ru/news/8-sentyabrya-2022-1813-11158", "2022-09-08", "day"),
    ("https://example.ru/news/31-fevralya-2022-abc", None, None),
])
def test_a_date_in_the_path_has_its_own_precision(url, iso, precision):
    value = url_date(url)
    assert (value.iso() if value else None, value.precision if value else None) == (iso, precision)


@pytest.mark.parametrize("url, site, outlet", [
    ("https://www.japantimes.co.jp/news/2016/12/15/x/", "The Japan Times", "The Japan Times"),
    ("https://tass.com/politics/1", None, "TASS"),
    ("https://columbus-entdeckt.de/x", "Columbus entdeckt", "Columbus entdeckt"),
    ("https://www.example.org/x", None, "example.org"),
    (None, None, None),
])
def test_outlet_from_the_address(url, site, outlet):
    assert outlet_from_url(url, site)[0] == outlet


# --------------------------------------------------------------------------- the order of evidence

DECLARED = '<meta property="article:published_time" content="2016-12-15T09:30:00+09:00">'


def test_the_address_names_the_outlet_over_the_page():
    article = parse_bytes(page(head='<meta property="og:site_name" content="Some Blog">'),
                          source=Source(url="https://tass.com/politics/1"))
    assert article.outlet == "TASS" and "address" in article.outlet_evidence


def test_a_supplied_outlet_is_used_when_nothing_stronger_says_otherwise():
    article = parse_bytes(page(), source=Source(url="https://www.example.org/x", outlet="Kyodo News"))
    assert article.outlet == "Kyodo" and article.outlet_evidence == "supplied with the item"


def test_the_markup_date_beats_a_supplied_date_and_the_conflict_is_recorded():
    article = parse_bytes(page(head=DECLARED), source=Source(published="2016-12-20"))
    assert article.published.day == "2016-12-15"
    assert any("supplied" in c for c in article.published.conflicts)
    assert article.to_record()["published_conflicts"]


def test_a_supplied_date_is_used_without_stronger_evidence():
    article = parse_bytes(page(), source=Source(published="2016-12-15T10:00:00Z"))
    assert article.published.day == "2016-12-15" and "supplied" in article.published.evidence


def test_a_printed_stamp_beats_the_markup():
    body = "<p>Published: December 16, 2016</p>" + BODY
    article = parse_bytes(page(head=DECLARED, body=body))
    assert article.published.day == "2016-12-16" and "printed stamp" in article.published.evidence
    assert article.published.conflicts


def test_the_date_in_the_address_is_evidence():
    article = parse_bytes(page(), source=Source(url="https://www.example.org/2016/12/15/abe-putin/"))
    assert article.published.day == "2016-12-15"


def test_the_crawl_date_bounds_publication_from_above():
    article = parse_bytes(page(), source=Source(url="https://www.example.org/2016/12/15/x/",
                                                crawl_date="2016-12-01T00:00:00Z"))
    assert article.published.day != "2016-12-15"
    assert any("crawl date" in c for c in article.published.conflicts)


def test_a_plain_text_file_reads_the_text_alone():
    text = b"Abe and Putin meet\n\nTOKYO, December 15, 2016 - Russian President Vladimir Putin arrived."
    article = parse_bytes(text, "a.txt")
    assert article.published.day == "2016-12-15" and article.published.conflicts == ()


@pytest.mark.parametrize("line", [
    "— Hertha BSC (@HerthaBSC) June 1, 2017",  # an embedded tweet's signature
    "| 2020-09-01 | $2,800 | Mark Dings |",  # a table row
    "Updated: June 1, 2017",  # an update, not the publication
])
def test_lines_below_the_markup_date(line):
    article = parse_bytes(page(head=DECLARED, body=f"<p>{line}</p>" + BODY))
    assert article.published.day == "2016-12-15"


def test_a_web_archive_capture_time_is_not_the_date_in_the_address():
    assert url_date("https://web.archive.org/web/20120216182711/http://www.example.it/Artikel/x") is None
    assert url_date("https://web.archive.org/web/20120216182711/http://example.it/2011/05/03/x").iso() \
        == "2011-05-03"


@pytest.mark.parametrize("title", [
    "»Abzocke wird als Klimaschutz verkauft«", "Von Sprachregeln und «ganz normalem Deutsch»",
])
def test_guillemets_quoting_a_headline_are_not_separators(title):
    assert strip_site_name(title, "Linksfraktion", "https://www.linksfraktion.de/x") == title
