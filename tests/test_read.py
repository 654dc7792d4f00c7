"""Reading: bytes in any encoding this coverage uses become the normalised text as read."""

import random

import pytest

from kurils.pipeline import parse_bytes
from kurils.read import read_bytes
from kurils.settings import MAX_BYTES

RUSSIAN = "Премьер-министр Японии Синдзо Абэ заявил в понедельник, что Токио продолжит переговоры."
ENGLISH = "Japan’s Prime Minister said on Monday that talks on a “peace treaty” with Russia would go on."
JAPANESE = (
    "北方領土問題、日ロ首脳会談で協議へ\n\n"
    "安倍晋三首相は１５日、山口県長門市でロシアのプーチン大統領と会談した。両首脳は北方四島での共同経済活動に"
    "ついて協議し、平和条約締結に向けた交渉を続けることで一致した。"
)


def test_utf8_with_bom_drops_the_bom():
    read = read_bytes(b"\xef\xbb\xbf" + ENGLISH.encode("utf-8"))
    assert read.error is None
    assert read.text == ENGLISH
    assert read.encoding == "utf-8"


def test_utf16_with_and_without_bom():
    for encoding in ("utf-16", "utf-16-le", "utf-16-be"):
        read = read_bytes((ENGLISH + "\n" + RUSSIAN).encode(encoding))
        assert read.error is None, encoding
        assert read.text == ENGLISH + "\n" + RUSSIAN
        assert read.encoding.startswith("utf-16")


def test_windows_1251_russian_text():
    read = read_bytes(RUSSIAN.encode("cp1251"))
    assert read.encoding == "windows-1251"
    assert read.text == RUSSIAN


def test_windows_1252_curly_quotes_not_misread_as_cp1250_or_cyrillic():
    text = "“Hello,” said the café owner’s wife — it’s a naïve façade."
    read = read_bytes(text.encode("cp1252"))
    assert read.encoding == "windows-1252"
    assert read.text == text


def test_latin1_german_text():
    text = "Der Außenminister sagte, die Gespräche über die Kurilen würden fortgesetzt."
    read = read_bytes(text.encode("latin-1"))
    assert read.text == text
    assert read.encoding in ("iso-8859-1", "windows-1252")


def test_utf8_preferred_when_valid():
    read = read_bytes(RUSSIAN.encode("utf-8"))
    assert read.encoding == "utf-8" and read.text == RUSSIAN


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t ", "\ufeff  \n".encode("utf-8")])
def test_empty_file(data):
    read = read_bytes(data)
    assert read.error == "empty file"
    assert read.text == ""


def test_random_bytes_are_binary_not_text():
    for seed in range(5):
        rng = random.Random(seed)
        data = bytes(rng.randrange(256) for _ in range(4000))
        assert read_bytes(data).error == "binary file, not text"


def test_png_header_is_binary():
    assert read_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)).error == "binary file, not text"


def test_oversized_input_is_refused_clearly():
    read = read_bytes(b"a" * (MAX_BYTES + 1))
    assert read.error and "too large" in read.error


def test_newlines_spaces_and_zero_width_normalised():
    raw = "Line one\r\nLine\u00a0two\rLine\u2009three\u200b here\u2028end".encode("utf-8")
    assert read_bytes(raw).text == "Line one\nLine two\nLine three here\nend"


@pytest.mark.parametrize("control", [
    "\u200e", "\u200f", "\u061c",  # LRM, RLM, Arabic letter mark
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",  # embeddings, pop, overrides
    "\u2066", "\u2067", "\u2068", "\u2069",  # isolates
    "\u2061", "\u180e", "\ufff9", "\U000e0041",  # invisible operator, vowel separator, annotation, tag
])
def test_bidi_and_format_controls_removed(control):
    """Nothing to read, and the line around them must read as the prose it is (offsets are into this text)."""
    read = read_bytes(f"{control}{ENGLISH}{control}\n{control}{RUSSIAN}".encode())
    assert read.text == f"{ENGLISH}\n{RUSSIAN}"


def test_print_hyphenation_joined_only_for_broken_words():
    raw = b"President Vladi-\nmir Putin and Vladi- mir Putin; two- and three-year plans; Russia-\nJapan talks"
    text = read_bytes(raw).text
    assert text.count("Vladimir Putin") == 2
    assert "two- and three-year" in text
    assert "Russia-\nJapan" in text  # capitalised continuation: a real compound, not a broken word


HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Japan and Russia agree to talks on islands | Example News</title>
<script>var tracking = "should never appear";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Japan and Russia agree to talks on islands</h1>
<p>TOKYO, Dec 15 (Reuters) - Japan and Russia agreed on Thursday to start talks on joint economic activity
on four disputed islands, the two leaders said after a summit in the western city of Nagato.</p>
<p>The dispute over the islands, called the Northern Territories in Japan and the Southern Kurils in Russia,
has kept the two countries from signing a peace treaty formally ending World War Two.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>
"""


def test_html_page_reduced_to_article_text_with_title_first():
    read = read_bytes(HTML_PAGE.encode("utf-8"), name="page.txt")
    assert read.is_html
    assert read.error is None
    first_line = read.text.splitlines()[0]
    assert first_line.startswith("Japan and Russia agree to talks on islands")
    assert "agreed on Thursday to start talks" in read.text
    assert "tracking" not in read.text and "<p>" not in read.text


def test_html_page_without_article_falls_back_to_page_text():
    page = "<html><body><div>Short note about the Kuril Islands talks.</div></body></html>"
    read = read_bytes(page.encode())
    assert read.error is None
    assert "Kuril Islands talks" in read.text
    assert "<div>" not in read.text


@pytest.mark.parametrize("page", [
    '<title>Abe meets Putin</title>\n<script>window.dataLayer=[];gtag("js")</script>\n'
    "<p>Abe met Putin in Sochi on Friday to discuss the Kuril islands.</p>",
    "<style>p{color:red}</style><h1>Abe meets Putin</h1>\n"
    "<p>Abe met Putin in Sochi on Friday to discuss the Kuril islands.</p>",
])
def test_a_page_with_few_tags_and_a_script_is_read_as_html(page):
    """Under five tags, a script's code ended up in the text and became the headline."""
    read = read_bytes(page.encode("utf-8"), name="page.txt")
    assert read.is_html and "Abe met Putin in Sochi" in read.text
    assert "dataLayer" not in read.text and "color:red" not in read.text and "<" not in read.text


def test_text_mentioning_tags_is_not_html():
    text = "The article said <b> tags are used. Japan and Russia met on Monday to discuss the islands."
    assert not read_bytes(text.encode()).is_html
    quoted = "A page's <script> tag can hide text. Japan and Russia met on Monday to discuss the islands."
    assert not read_bytes(quoted.encode()).is_html
    pasted = "Japan and Russia met on Monday. <script>alert('x')</script> Officials spoke of the islands."
    assert not read_bytes(pasted.encode()).is_html  # prose first: text (the reader shows it escaped)


def test_html_site_name_kept_as_title_suffix_for_the_outlet():
    from kurils.pipeline import parse_bytes

    page = HTML_PAGE.replace(
        "<title>Japan and Russia agree to talks on islands | Example News</title>",
        "<title>Japan and Russia agree to talks on islands</title>"
        '<meta property="og:site_name" content="The Japan Times">',
    ).replace("(Reuters) ", "")
    article = parse_bytes(page.encode("utf-8"), "page.html")
    assert article.error is None
    assert article.outlet == "The Japan Times"
    assert article.headline == "Japan and Russia agree to talks on islands"


def test_bomless_utf16_russian_text():
    for encoding in ("utf-16-le", "utf-16-be"):
        read = read_bytes(RUSSIAN.encode(encoding))
        assert read.error is None, encoding
        assert read.text == RUSSIAN


def test_utf8_with_a_stray_byte_stays_utf8_with_a_warning():
    data = ENGLISH.encode("utf-8") + b" caf\xe9 " + RUSSIAN.encode("utf-8")
    read = read_bytes(data)
    assert read.error is None
    assert RUSSIAN in read.text and "Japan’s" in read.text
    assert read.warnings


def test_mojibake_repaired():
    broken = ENGLISH.encode("utf-8").decode("latin-1").encode("utf-8")
    read = read_bytes(broken)
    assert read.text == ENGLISH
    assert any("mojibake" in w for w in read.warnings)


PAGE = """<html><head><title>Abe and Putin meet in Nagato</title>{meta}</head><body><article>
<h1>Abe and Putin meet in Nagato</h1>
<p>NAGATO, Japan (AP) — Russian President Vladimir Putin arrived in Japan on Thursday for a two-day
visit, as Prime Minister Shinzo Abe seeks progress on the dispute over the southern Kuril Islands.</p>
<p>The two leaders were expected to discuss joint economic activities on the islands, officials said,
and to sign a number of documents on cooperation in energy, medicine and tourism.</p>
<p>{prose}</p></article></body></html>"""


@pytest.mark.parametrize("meta", [
    '<meta property="article:published_time" content="2016-12-15T09:30:00+09:00">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2016-12-15"}</script>',
])
def test_an_html_page_keeps_the_date_it_declares(meta):
    article = parse_bytes(PAGE.format(meta=meta, prose="More talks are planned.").encode(), "page.html")
    assert article.published.day == "2016-12-15" and not article.published.inferred
    assert "Published:" not in article.body  # a stamp line, not article text


def test_an_html_page_without_a_declared_date_gets_none_from_its_markup():
    text = read_bytes(PAGE.format(meta="", prose="A treaty was signed on 19 October 1956.").encode()).text
    assert "Published:" not in text  # the date finder does not guess from the prose


@pytest.mark.parametrize("codec, reported", [
    ("shift_jis", "shift_jis"), ("cp932", "shift_jis"), ("euc_jp", "euc-jp"), ("iso2022_jp", "iso-2022-jp"),
    ("utf-8", "utf-8"), ("utf-16", "utf-16-le"),
])
def test_japanese_in_its_legacy_encodings(codec, reported):
    """A BOM-less Japanese file is read as Japanese, never as Windows-1252 mojibake."""
    read = read_bytes(JAPANESE.encode(codec))
    assert read.error is None and read.warnings == ()
    assert (read.text, read.encoding) == (JAPANESE, reported)


def test_japanese_cut_mid_character_is_read_with_a_warning():
    read = read_bytes(JAPANESE.encode("shift_jis") + b"\x82")
    assert read.text.startswith(JAPANESE) and read.encoding == "shift_jis (with invalid bytes)"
    assert read.warnings == ("some bytes are not valid Shift-JIS and were replaced with U+FFFD",)


@pytest.mark.parametrize("text, codec", [
    (RUSSIAN, "cp1251"), (RUSSIAN, "koi8_r"), (ENGLISH, "cp1252"),
    ("Die Gespräche über die Kurilen gehen weiter, sagte der Außenminister am Montag.", "latin-1"),
])
def test_code_page_text_is_not_taken_for_japanese(text, codec):
    assert not read_bytes(text.encode(codec)).encoding.startswith(("shift_jis", "euc-jp", "iso-2022"))
