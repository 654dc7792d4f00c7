"""Top-of-page furniture is never the headline: bylines, photo captions, copyright lines, section labels,
an image's alt text, a scraper's date field. Each rule is probed by the kind of line, in several styles."""

import pytest

from kurils.clean import clean_text

BODY_EN = (
    "Russia and Japan will resume consultations on joint economic projects on the southern Kuril Islands "
    "next month, the Russian Foreign Ministry said on Friday."
)
MORE_EN = "The talks, which stalled last year, are expected to cover fishing and tourism, officials said."
BODY_RU = (
    "Россия и Япония возобновят консультации о совместной хозяйственной деятельности на южных Курилах "
    "в следующем месяце, сообщили в МИД России в пятницу."
)
MORE_RU = "Переговоры, прерванные в прошлом году, коснутся рыболовства и туризма, сказал представитель."
BODY_JA = "日本とロシアは来月、北方四島での共同経済活動に関する協議を再開すると外務省が発表した。"
MORE_JA = "協議は昨年中断しており、漁業や観光が議題となる見通しだ。"


def headline(text: str) -> str | None:
    return clean_text(text).headline


@pytest.mark.parametrize(
    "byline",
    [
        "Автор: Анна Смирнова",
        "Author: Jane Doe",
        "Михаил Орлов ИА Регнум",
        "Pavel Ivanov, TASS",
        "By Jane Doe / AFP",
        "記者：山田太郎",
    ],
)
def test_a_byline_above_an_untitled_text_is_not_its_headline(byline):
    body, more = (BODY_RU, MORE_RU) if any("а" <= c <= "я" for c in byline.lower()) else (BODY_EN, MORE_EN)
    assert headline(f"{byline}\n{body}\n{more}\n") is None


@pytest.mark.parametrize(
    "caption",
    [
        "The disputed islands, with the Shiretoko Peninsula seen in the lower right",
        "Kunashiri Island as seen from the Nemuro coast in March 2018",
        "Etorofu Island pictured from a patrol aircraft on Dec. 3, 2016",
        "Губернатор области (справа) осматривает порт. Фото с сайта правительства региона",
        "Governor Ivan Petrov (left) tours the new port",
        "根室市の納沙布岬から望む歯舞群島＝2019年1月5日、佐藤一郎撮影",
    ],
)
def test_a_photo_caption_above_an_untitled_text_is_not_its_headline(caption):
    body, more = (BODY_RU, MORE_RU) if "Фото" in caption else (
        (BODY_JA, MORE_JA) if "撮影" in caption else (BODY_EN, MORE_EN))
    assert headline(f"{caption}\n{body}\n\n{more}\n") is None


def test_a_photo_caption_between_headline_and_body_is_furniture():
    text = (f"Japan and Russia to resume island talks\n\nKunashiri Island as seen from the Nemuro coast in "
            f"March 2018\n\n{BODY_EN}\n\n{MORE_EN}\n")
    cleaned = clean_text(text)
    assert cleaned.headline == "Japan and Russia to resume island talks"
    assert [p.text for p in cleaned.paragraphs] == [BODY_EN, MORE_EN]


@pytest.mark.parametrize(
    "notice",
    ["無断転載・複製を禁じます", "記事の無断転載を禁じます", "Все права защищены",
     "Copyright 2019 Example Daily"],
)
def test_a_copyright_notice_is_not_the_headline(notice):
    body, more = (BODY_JA, MORE_JA) if "禁" in notice else (
        (BODY_RU, MORE_RU) if "права" in notice else (BODY_EN, MORE_EN))
    assert headline(f"{body}\n\n{notice}\n\n{more}\n") is None


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("北方領土", "北方領土で共同経済活動 日ロが協議再開へ"),
        ("ニュースプラス", "日ロ外相が会談 平和条約交渉を継続"),
        ("政治", "首相、ロシア大統領と電話会談 北方領土問題を協議"),
    ],
)
def test_a_short_japanese_section_label_gives_way_to_the_title(label, title):
    assert headline(f"{label}\n\n{title}\n\n{BODY_JA}\n\n{MORE_JA}\n") == title


def test_an_image_alt_text_over_its_caption_gives_way_to_the_title():
    text = (
        "Skip to main content\nIturup island, Putin\n"
        "Iturup, the largest of the disputed islands, seen from the sea. Photograph: Reuters\n\n"
        "Japan protests over Russian leader's island visit\n\n"
        f"{BODY_EN}\n\n{MORE_EN}\n"
    )
    assert headline(text) == "Japan protests over Russian leader's island visit"


@pytest.mark.parametrize(
    "field", ["date 2022-03-21", "published: 2016-12-15T10:00:00Z", "date 2024-08-01 0\n"]
)
def test_a_scrapers_date_field_glued_before_the_title_is_cut_off(field):
    title = "Russia halts peace treaty talks with Japan"
    text = f" {field} {title}\nUpdated: 21-03-2022 20:58 IST\n{BODY_EN}\n{MORE_EN}\n"
    cleaned = clean_text(text)
    assert cleaned.headline == title
    start, end = cleaned.headline_span
    assert text[start:end] == title
    assert [p.text for p in cleaned.paragraphs] == [BODY_EN, MORE_EN]


def test_a_capitalised_hyphenated_word_is_not_a_dateline():
    text = (
        "Newsletter Signup Register / Login\n"
        "COVID-19 INFORMATION What you need to know about the virus if you are travelling in Japan.\n"
        "politics\n\nIsland visits postponed amid the pandemic\n\n0 Comments\nTOKYO\n\n"
        f"{BODY_EN}\n\n{MORE_EN}\n"
    )
    assert headline(text) == "Island visits postponed amid the pandemic"


@pytest.mark.parametrize(
    "title",
    [
        "Abe Meets Putin - Reuters",  # a suffixed title, not a byline
        "Putin says Russia ready to talk with Japan",
        "Kunashiri residents watch the new port rise",
    ],
)
def test_titles_that_look_close_to_those_kinds_stay_titles(title):
    assert headline(f"{title}\n\n{BODY_EN}\n\n{MORE_EN}\n") in (title, "Abe Meets Putin")


@pytest.mark.parametrize(
    "appeal",
    ["Support The Harbour Courier!", "Enjoying ad-free content?", "Now is the time to support independent "
     "reporting from the region!", "Donate today!", "Tag Archives: Masaharu Kono"],
)
def test_a_sites_appeal_or_archive_label_is_not_the_headline(appeal):
    title = "Japan and Russia to resume island talks"
    assert headline(f"{appeal}\n\n{title}\n\n{BODY_EN}\n\n{MORE_EN}\n") == title
