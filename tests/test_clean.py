"""Cleaning: furniture is recognised by the kind of line; paragraphs keep exact offsets."""

from pathlib import Path

import pytest

from kurils.clean import clean_text
from kurils.read import read_bytes

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

BODY_1 = (
    "MOSCOW, March 3 (Example) - Russia and Japan will resume consultations on joint economic projects "
    "on the southern Kuril Islands next month, the Russian Foreign Ministry said on Friday."
)
BODY_2 = (
    "The talks, which stalled last year, are expected to cover fishing, tourism and wind energy on the "
    "islands, a ministry spokeswoman told reporters."
)


def body_texts(text: str) -> list[str]:
    return [p.text for p in clean_text(text).paragraphs]


def furniture_texts(text: str) -> list[str]:
    return [p.text for p in clean_text(text).furniture]


def assert_offsets_exact(text: str) -> None:
    cleaned = clean_text(text)
    for paragraph in cleaned.paragraphs + cleaned.furniture:
        assert text[paragraph.start : paragraph.end] == paragraph.text
    if cleaned.headline_span:
        start, end = cleaned.headline_span
        assert text[start:end] == cleaned.headline


def test_headline_printed_twice_is_kept_once():
    title = "Russia, Japan to resume island talks"
    text = f"{title}\n\n{title}\n\n{BODY_1}\n\n{BODY_2}\n"
    cleaned = clean_text(text)
    assert cleaned.headline == "Russia, Japan to resume island talks"
    assert cleaned.headline_span == (0, len("Russia, Japan to resume island talks"))
    assert body_texts(text) == [BODY_1, BODY_2]
    assert "Russia, Japan to resume island talks" in furniture_texts(text)
    assert_offsets_exact(text)


def test_photo_caption_with_credit_dropped():
    text = (
        f"Russia, Japan to resume island talks\n"
        f"Fishing boats in the port of Yuzhno-Kurilsk, Kunashir island AFP/Kirill Kudryavtsev\n"
        f"Fishing boats in the port of Yuzhno-Kurilsk\n{BODY_1}\n"
        f"© Reuters / Issei Kato\n{BODY_2}\n"
        f"Photo: Kyodo\n"
    )
    assert body_texts(text) == [BODY_1, BODY_2]
    assert_offsets_exact(text)


def test_teaser_headline_in_the_middle_dropped():
    text = (
        f"Russia, Japan to resume island talks\n\n{BODY_1}\n\n"
        "Moscow Rejects Tokyo Protest Over Military Drills on Iturup\n"
        f"{BODY_2}\n\nTrade Between Russia and Japan Hits Record High - Example News\n"
    )
    assert body_texts(text) == [BODY_1, BODY_2]
    assert "Moscow Rejects Tokyo Protest Over Military Drills on Iturup" in furniture_texts(text)


def test_read_more_lines_and_trailing_links_dropped():
    text = (
        f"Russia, Japan to resume island talks\n\n{BODY_1}\n\n"
        "READ MORE: Japan protests Russian missile deployment on Kurils\n\n"
        "Also read: Kremlin says islands are Russian territory\n\n"
        f"{BODY_2} Read more\n"
    )
    cleaned = clean_text(text)
    assert [p.text for p in cleaned.paragraphs] == [BODY_1, BODY_2]
    assert "Read more" in [p.text for p in cleaned.furniture]
    assert_offsets_exact(text)


def test_cyrillic_line_at_end_of_english_article_dropped():
    text = f"Russia, Japan to resume island talks\n\n{BODY_1}\n\n{BODY_2}\n\nЗаголовок другого материала\n"
    assert body_texts(text) == [BODY_1, BODY_2]
    assert furniture_texts(text) == ["Заголовок другого материала"]


def test_site_widgets_stamps_labels_and_lone_characters_dropped():
    text = (
        "Subscribe\nAll news\nID :\n402117\nAuther :\n"
        "Published: 21:31, September 29, 2020 Updated: 21:40, September 29, 2020\n"
        "Tue, 01/26/2016 - 11:55\ndate 2017-02-09\n"
        f"Russia, Japan to resume island talks\n{BODY_1}\nNewsfeed\n0\n{BODY_2}\n"
        "To participate in the discussion\nlog in or register\nloader\nChats\nX\n"
    )
    cleaned = clean_text(text)
    assert cleaned.headline == "Russia, Japan to resume island talks"
    assert [p.text for p in cleaned.paragraphs] == [BODY_1, BODY_2]
    stamps = [p.text for p in cleaned.furniture]
    assert "Tue, 01/26/2016 - 11:55" in stamps and "date 2017-02-09" in stamps
    assert_offsets_exact(text)


def test_icon_run_and_site_description_before_headline():
    text = (
        "icon bookmarkicon cameraicon checkicon chevron downicon closeicon editicon fbicon fileicon\n"
        "- Example International\nWorld\n"
        "Get the latest news from around the world, live coverage, off-beat stories and analysis.\n\n"
        f"Japan Seeks Progress on Peace Treaty With Russia\n\n{BODY_1}\n\n{BODY_2}\n"
    )
    cleaned = clean_text(text)
    assert cleaned.headline == "Japan Seeks Progress on Peace Treaty With Russia"
    assert [p.text for p in cleaned.paragraphs] == [BODY_1, BODY_2]


@pytest.mark.parametrize(
    ("first_line", "headline"),
    [
        (
            "Japan, Russia agree to start talks on disputed islands | Reuters",
            "Japan, Russia agree to start talks on disputed islands",
        ),
        (
            "Abe and Putin agree to boost economic ties - The Japan Times",
            "Abe and Putin agree to boost economic ties",
        ),
        (
            "Lavrov: Kurils are Russian territory – Sputnik International",
            "Lavrov: Kurils are Russian territory",
        ),
        ("JAPAN, RUSSIA HOLD TALKS ON KURIL ISLANDS", "JAPAN, RUSSIA HOLD TALKS ON KURIL ISLANDS"),
        ("Will Japan ever get the islands back?", "Will Japan ever get the islands back?"),
    ],
)
def test_headline_shapes(first_line, headline):
    text = f"{first_line}\n\n{BODY_1}\n\n{BODY_2}\n"
    cleaned = clean_text(text)
    assert cleaned.headline == headline
    start, end = cleaned.headline_span
    assert text[start:end] == headline


def test_text_starting_with_the_body_has_no_headline():
    text = f"{BODY_1}\n\n{BODY_2}\n\nTrade Between Russia and Japan Hits Record High\n"
    cleaned = clean_text(text)
    assert cleaned.headline is None
    assert [p.text for p in cleaned.paragraphs] == [BODY_1, BODY_2]


def test_standfirst_sentence_stays_byline_goes():
    text = (
        "Russia, Japan to resume island talks\n"
        "Both sides hope the consultations will lead to a peace treaty\n"
        "By John Smith\n"
        f"{BODY_1}\n{BODY_2}\n"
    )
    body = body_texts(text)
    assert body[0] == "Both sides hope the consultations will lead to a peace treaty"
    assert body[1:] == [BODY_1, BODY_2]


def test_hard_wrapped_print_paragraphs_become_one_paragraph_each():
    text = (
        "Kuril talks stall again\n\n"
        "Tokyo and Moscow failed on Tuesday to narrow their differences over the\n"
        "sovereignty of four islands off Hokkaido, diplomats said, as the two sides\n"
        "ended a second day of talks in Moscow without agreement on the wording of\n"
        "a joint statement.\n\n"
        "The islands, known in Japan as the Northern Territories, were seized by\n"
        "Soviet troops in the final days of the war and their 17,000 Japanese\n"
        "residents were expelled.\n"
    )
    cleaned = clean_text(text)
    assert len(cleaned.paragraphs) == 2
    assert cleaned.paragraphs[0].text.endswith("a joint statement.")
    assert_offsets_exact(text)


def test_cut_off_last_paragraph_kept():
    cut = "Officials said the next round of consultations could take place in Tokyo as early as the"
    text = f"Russia, Japan to resume island talks\n\n{BODY_1}\n\n{cut}"
    assert body_texts(text) == [BODY_1, cut]


@pytest.mark.parametrize(
    "cut, kept",
    [
        # names in a sentence cut where the stored copy stops: title case runs high, but "summoned",
        # "provide", "explanations" show a sentence
        ("On Monday, Japanese Foreign Minister Seiji Maehara summoned Russian Ambassador to Japan Mikhail "
         "Bely to provide explanations on what Japan", True),
        ("And at his own New Year’s news conference, Lavrov said the", True),
        ("They also discussed the expected visit of Russian President Vladimir Putin to Japan. Lavrov sai",
         True),
        ("Each visit has pr", False),  # too short to tell from a widget's label
        ("Related Articles From Our Partners Today", False),  # title case: a widget, not a sentence
        ("SUBSCRIBE NOW", False),
    ],
)
def test_a_last_line_cut_where_the_copy_stops_is_body(cut, kept):
    text = f"Russia, Japan to resume island talks\n\n{BODY_1}\n\n{cut}"
    assert (cut in body_texts(text)) is kept


def test_a_cut_line_before_more_text_is_judged_as_any_line():
    cut = "On Monday, Japanese Foreign Minister Seiji Maehara summoned Russian Ambassador Mikhail Bely to"
    text = f"Russia, Japan to resume island talks\n\n{BODY_1}\n\n{cut}\n\n{BODY_2}"
    assert cut not in body_texts(text)


def test_non_english_articles_do_not_crash():
    german = (
        "Japan und Russland verhandeln über Kurilen\n\nDer japanische Ministerpräsident sprach am Donnerstag "
        "in Nagato mit Präsident Putin über die umstrittenen Inseln.\n"
    )
    russian = (
        "Абэ и Путин обсудили мирный договор\nТОКИО, 22 января. /ТАСС/. Премьер-министр Японии заявил "
        "в понедельник, что Токио продолжит переговоры.\n"
    )
    assert clean_text(german).headline == "Japan und Russland verhandeln über Kurilen"
    assert clean_text(russian).headline == "Абэ и Путин обсудили мирный договор"
    assert len(clean_text(russian).paragraphs) == 1


@pytest.mark.parametrize("text", ["", "\n\n", "X", "12345", "Just a headline"])
def test_degenerate_texts(text):
    cleaned = clean_text(text)
    assert cleaned.paragraphs == ()
    assert_offsets_exact(text)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seed_offsets_exact_and_furniture_apart(path):
    text = read_bytes(path.read_bytes()).text
    cleaned = clean_text(text)
    assert cleaned.paragraphs
    assert_offsets_exact(text)
    for paragraph in cleaned.paragraphs:
        assert "icon" not in paragraph.text.split()[0]
        assert not paragraph.text.startswith(("READ MORE", "Subscribe", "©"))
        assert "Sputnik International" not in paragraph.text


def test_section_label_before_headline_is_not_the_headline():
    text = f"Asia Pacific News\nRussia, Japan to resume island talks\n\n{BODY_1}\n\n{BODY_2}\n"
    assert clean_text(text).headline == "Russia, Japan to resume island talks"
    text = f"Putin to visit Japan\nRussian leader will hold talks with Abe in Nagato\n\n{BODY_1}\n"
    assert clean_text(text).headline == "Putin to visit Japan"


def test_title_suffix_with_section_and_date_stripped():
    text = f"Abe welcomes Putin in his home city of Nagato | News | DW | 15.12.2016\n\n{BODY_1}\n\n{BODY_2}\n"
    cleaned = clean_text(text)
    assert cleaned.headline == "Abe welcomes Putin in his home city of Nagato"
    assert text[slice(*cleaned.headline_span)] == cleaned.headline


def test_agency_photo_captions_dropped():
    caption = (
        "Russian President Vladimir Putin, right, and Japanese Prime Minister Shinzo Abe shake hands "
        "in Nagato, Japan, Thursday, Dec. 15, 2016. (Alexei Druzhinin/Sputnik, Kremlin Pool Photo via AP)"
    )
    text = f"Russia, Japan to resume island talks\n{caption}\n{BODY_1}\n(AP Photo/Eugene Hoshiko)\n{BODY_2}\n"
    assert body_texts(text) == [BODY_1, BODY_2]


def test_random_line_soup_keeps_offsets_exact():
    import random

    pieces = [
        "Japan",
        "Russia",
        "said",
        "on Monday",
        "Kuril Islands",
        "READ MORE:",
        "©",
        "Sputnik",
        "|",
        "-",
        "(Reuters)",
        "Subscribe",
        "12:30",
        "May 5, 2016",
        ".",
        ",",
        "“",
        "”",
        "Абэ",
        "icon",
        "X",
        "\u00a0",
        "  ",
        "\t",
    ]
    rng = random.Random(7)
    for _ in range(200):
        lines = [
            " ".join(rng.choice(pieces) for _ in range(rng.randrange(0, 25)))
            for _ in range(rng.randrange(1, 12))
        ]
        text = rng.choice(["\n", "\n\n"]).join(lines)
        assert_offsets_exact(text)


@pytest.mark.parametrize(
    "header",
    [
        "Home > News > World > Asia",
        "News / Asia / Japan / Politics",
        "https://www.example.com/news/2016/12/15/japan-russia-islands-talks",
        "Share on Facebook",
        "Lesen Sie auch: Putin in Japan",
    ],
)
def test_navigation_addresses_and_share_widgets_are_not_headlines(header):
    text = f"{header}\nRussia, Japan to resume island talks\n\n{BODY_1}\n\n{BODY_2}\n"
    cleaned = clean_text(text)
    assert cleaned.headline == "Russia, Japan to resume island talks"
    assert [p.text for p in cleaned.paragraphs] == [BODY_1, BODY_2]


def test_truncated_headline_with_ellipsis():
    text = f"Russia, Japan to resume talks on the disputed...\n\n{BODY_1}\n"
    assert clean_text(text).headline == "Russia, Japan to resume talks on the disputed..."


def test_standfirst_after_a_stamp_and_cookie_notices_before_the_headline():
    text = (
        "We use cookies to improve your experience. By continuing to browse you accept our cookie policy.\n"
        "This site requires you to enable JavaScript. Please enable JavaScript and reload the page.\n"
        "Russia, Japan to resume island talks\nJanuary 5, 2018\n"
        "Both sides hope the consultations will lead to a peace treaty\n"
        f"{BODY_1}\n{BODY_2}\n"
    )
    cleaned = clean_text(text)
    assert cleaned.headline == "Russia, Japan to resume island talks"
    assert [p.text for p in cleaned.paragraphs] == [
        "Both sides hope the consultations will lead to a peace treaty",
        BODY_1,
        BODY_2,
    ]


def test_labels_with_names_are_not_headlines():
    labels = "Author: John Smith\nTags: Japan, Russia, Kuril Islands\n"
    text = f"{labels}Russia, Japan to resume island talks\n{BODY_1}\n"
    assert clean_text(text).headline == "Russia, Japan to resume island talks"


@pytest.mark.parametrize(
    "menu",
    [
        "National Politics Crime Business Tech Sports Entertainment Lifestyle",
        "HOME CHINA SOURCE OPINION WORLD IN-DEPTH CHINA GRAPHIC LIFE SPORT VIDEO",
        "News  Live  Programs  Video on Demand",
        "Politics  Security  Society  Economy  Culture  Sports",
        "U.S.  World  Opinion  Tech & Science  Culture",
        "Home  U.K.  World  Business  Sport",
    ],
)
def test_site_menus_are_not_headlines(menu):
    text = f"Example Daily\n{menu}\n\nRussia, Japan to resume island talks\n\n{BODY_1}\n\n{BODY_2}\n"
    cleaned = clean_text(text)
    assert cleaned.headline == "Russia, Japan to resume island talks"
    assert menu not in " ".join(body_texts(text))


@pytest.mark.parametrize("title", ["Japan Protests Russian Drills On Kurils", "Putin Arrives In Japan"])
def test_title_case_headlines_are_no_menu(title):
    assert clean_text(f"{title}\n\n{BODY_1}\n").headline == title


@pytest.mark.parametrize("tag", ["(LEAD) ", "(2nd LEAD) ", "(URGENT) ", "UPDATE 2-"])
def test_wire_edition_tags_are_not_part_of_the_headline(tag):
    text = f"{tag}Russia, Japan to resume island talks\n\n{BODY_1}\n"
    cleaned = clean_text(text)
    assert cleaned.headline == "Russia, Japan to resume island talks"
    assert text[slice(*cleaned.headline_span)] == cleaned.headline


def test_a_papers_print_note_is_furniture():
    note = ("A version of this article appears in print on November 3, 2013, on Page A9 of the New York "
            "edition with the headline: Japan and Russia Hold Security Talks.")
    text = f"Russia, Japan to resume island talks\n\n{BODY_1}\n\n{BODY_2}\n\n{note}\n"
    assert body_texts(text) == [BODY_1, BODY_2]
    assert note in furniture_texts(text)


def test_a_site_motto_under_its_name_is_not_the_headline():
    text = (f"The Washington Post\nDemocracy Dies in Darkness\nWorld\n\nRussia ends peace treaty talks with "
            f"Japan, citing sanctions\n\n{BODY_1}\n")
    assert clean_text(text).headline == "Russia ends peace treaty talks with Japan, citing sanctions"
    short = f"The Washington Post\nPutin visits Japan\n\n{BODY_1}\n\n{BODY_2}\n"
    assert clean_text(short).headline == "Putin visits Japan"


def test_a_menu_of_countries_is_not_the_headline():
    menu = "Home China Korea Vietnam Cambodia Laos Myanmar Tibet"
    text = f"{menu}\nRussia deploys missiles on isles\n\n{BODY_1}\n"
    assert clean_text(text).headline == "Russia deploys missiles on isles"


@pytest.mark.parametrize("note", ["This article is more than 12 months old",
                                  "This story is more than 3 years old", "This article is over 2 years old"])
def test_an_archive_age_note_before_the_headline_is_not_the_headline(note):
    text = f"Example Daily\nNews\n\n{note}\n\nRussia, Japan to resume island talks\n\n{BODY_1}\n\n{BODY_2}\n"
    assert clean_text(text).headline == "Russia, Japan to resume island talks"
    assert note not in " ".join(body_texts(text))


def test_a_headline_about_the_us_with_dots_is_no_menu():
    text = f"U.S. Warns Russia Over Kuril Islands Drills\n\n{BODY_1}\n\n{BODY_2}\n"
    assert clean_text(text).headline == "U.S. Warns Russia Over Kuril Islands Drills"


JAPANESE_ARTICLE = (
    "北方領土問題、日ロ首脳会談で協議へ\n\n"
    "安倍晋三首相は１５日、山口県長門市でロシアのプーチン大統領と会談した。両首脳は共同経済活動について協議した。\n\n"
    "菅義偉官房長官は記者会見で「率直な意見交換が行われた」と述べた。\n"
)
CHINESE_ARTICLE = (
    "日俄就南千岛群岛问题举行会谈\n\n"
    "日本首相安倍晋三15日在山口县长门市与到访的俄罗斯总统普京举行会谈。双方同意开展共同经济活动。\n\n"
    "日本政府表示，这次会谈取得了进展！\n"
)
KOREAN_ARTICLE = (
    "러시아와 일본, 쿠릴열도 문제 논의\n\n"
    "아베 신조 일본 총리는 15일 나가토시에서 블라디미르 푸틴 러시아 대통령과 정상회담을 가졌다.\n\n"
    "푸틴 대통령은 16일 도쿄를 방문할 예정이다.\n"
)


@pytest.mark.parametrize("text", [JAPANESE_ARTICLE, CHINESE_ARTICLE, KOREAN_ARTICLE])
def test_chinese_japanese_and_korean_articles_keep_their_body(text):
    """No spaces between words and 。！？ ends: each Han character or kana counts as a word."""
    lines = [line for line in text.splitlines() if line]
    cleaned = clean_text(text)
    assert cleaned.headline == lines[0]
    assert [p.text for p in cleaned.paragraphs] == lines[1:]
    assert_offsets_exact(text)


def test_an_english_line_in_a_japanese_article_is_furniture():
    text = JAPANESE_ARTICLE + "\nThe talks were described as frank, officials in Tokyo said.\n"
    assert body_texts(text) == body_texts(JAPANESE_ARTICLE)


@pytest.mark.parametrize("line", [
    "1. Skip to content",
    "Skip to main contentSkip to navigation",
    "Skip navigation",
    "Jump to main content",
    "Перейти к основному контенту",
    "メインメニューをとばして、このページの本文エリアへ",
])
def test_skip_links_are_furniture(line):
    from kurils.clean import furniture_kind

    assert furniture_kind(line, "latin") == "widget"


@pytest.mark.parametrize("line", [
    "Skipping the summit, Abe went to Moscow instead.",
    "Japan will skip the talks in Sochi, the ministry said on Monday.",
])
def test_sentences_about_skipping_are_text(line):
    from kurils.clean import furniture_kind

    assert furniture_kind(line, "latin") is None


@pytest.mark.parametrize("line, title_like", [
    ("日露外相会談（2019年1月14日）", True),  # a ministry's title closing with the day it records
    ("北方領土問題の経緯（平成26年10月）", True),
    ("安倍首相と握手するプーチン大統領（2016年12月15日、長門市）", False),  # a caption: place in the bracket
    ("2016年12月15日 日露首脳会談", False),  # a dated line, not a title
])
def test_a_bracketed_day_alone_closing_a_japanese_title_keeps_it_a_title(line, title_like):
    from kurils.clean import is_title_like

    assert is_title_like(line) is title_like


def test_prose_wrapped_unevenly_is_joined_where_a_line_runs_on():
    # an old wire page: short last lines, sentences ending mid-block, so not ``looks_wrapped``
    text = (
        "Leaders eye new approach to island row\n\n"
        "The two leaders also agreed that the Russian premier will visit Japan\n"
        "in May, the minister said after the summit talks in the regional capital.\n"
        "The talks were held ahead of a ceremony for a new gas plant.\n"
        "Earlier, a government source said the Russian action appeared to be a case of\n"
        "excessive use of force.\n"
    )
    body = body_texts(text)
    assert body[0].startswith("The two leaders") and body[0].endswith("regional capital.")
    assert "The talks were held ahead of a ceremony for a new gas plant." in body  # a line of its own
    assert body[-1].startswith("Earlier,") and body[-1].endswith("use of force.")
    assert_offsets_exact(text)


def test_a_teaser_ending_the_page_under_a_list_heading_is_no_cut_body():
    teaser = "Man arrested after car crashes into shophouse in the city centre"
    text = f"Russia, Japan to resume island talks\n\n{BODY_1}\n\nMOST POPULAR\n{teaser}"
    assert teaser not in body_texts(text)
