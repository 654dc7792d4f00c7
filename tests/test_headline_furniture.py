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


@pytest.mark.parametrize(
    "trail",
    [
        "島のニュースHOME  >  NEWS  >  北方領土の記事が…",
        "Главная » Новости » Политика",
        "Home > World > Asia > Japan",
        "calendar>>March 3. 2015 Juche 104",
        "<< Previous day",
    ],
)
def test_a_breadcrumb_or_date_navigation_line_is_not_the_headline(trail):
    body, more = (BODY_RU, MORE_RU) if "Главная" in trail else (
        (BODY_JA, MORE_JA) if "北方" in trail else (BODY_EN, MORE_EN))
    title = {BODY_JA: "北方領土の交流事業が始まる", BODY_RU: "Япония и Россия возобновят переговоры"}.get(
        body, "Island talks to resume next month")
    assert headline(f"{trail}\n{title}\n{body}\n{more}\n") == title


@pytest.mark.parametrize("hint", ["-最大400文字まで", "Maximum 500 characters", "Осталось 300 символов"])
def test_a_form_hint_is_not_the_headline(hint):
    assert headline(f"メモ入力\n{hint}\n完了しました\n{BODY_JA}\n{MORE_JA}\n") is None


@pytest.mark.parametrize(
    "tags",
    [
        # a tag list printed twice
        "Islands Tokyo Moscow Kuril Lavrov Islands Tokyo Moscow Kuril Lavrov",
        # Russian headlines are in sentence case: a run of capitalised names is a tag list
        "Сергей Лавров Таро Коно Москва Россия Токио Япония Южно-Сахалинск",
    ],
)
def test_a_run_of_tags_is_not_the_headline(tags):
    russian = "Москва" in tags
    title = "Лавров и Коно обсудили мирный договор" if russian else "Island talks to resume next month"
    body, more = (BODY_RU, MORE_RU) if "Москва" in tags else (BODY_EN, MORE_EN)
    assert headline(f"{tags}\n{title}\n{body}\n{more}\n") == title


@pytest.mark.parametrize("rubric", ["FROM THE DAILY BRIEFING", "NEWS ANALYSIS", "EDITOR'S PICK"])
def test_a_rubric_in_capitals_gives_way_to_the_title_under_it(rubric):
    title = "Japan and Russia Agree To Resume Talks on Joint Projects"
    assert headline(f"{rubric}\n{title}\n{BODY_EN}\n{MORE_EN}\n") == title


def test_a_readers_appeal_block_is_furniture_and_the_title_under_it_is_found():
    appeal = ("Enjoying ad-free content?\nSince May 1, 2023, we carry no ads.\n"
              "This costs us money every month. Your support helps.\nSupport us\n"
              "We depend on readers like you to keep going.")
    title = "Japan Protests Russian Drills on Disputed Islands"
    cleaned = clean_text(f"{appeal}\n\n{title}\n\n{BODY_EN}\n\n{MORE_EN}\n")
    assert cleaned.headline == title
    assert not any("support" in p.text.lower() for p in cleaned.paragraphs)


def test_a_title_between_the_lead_and_the_date_is_the_headline_and_the_lead_stays_body():
    title = "«Тема закрыта»: МИД высказался о мирном договоре"
    lead = f"{BODY_RU} {MORE_RU}"  # a blog platform's lead: the article's opening, long, above the title
    cleaned = clean_text(f"{lead}\n{title}\n10 февраля 202310 фев 2023\n{MORE_RU}\n")
    assert cleaned.headline == title
    assert cleaned.paragraphs[0].text == lead


def test_a_page_head_glued_into_one_line_gives_its_title():
    title = "北方領土「返還を」大会でアピール"
    text = f"北方領土 {title} 2021.2.7 18:31更新 {BODY_JA}{MORE_JA}\n"
    cleaned = clean_text(text)
    assert cleaned.headline == title
    assert cleaned.paragraphs and cleaned.paragraphs[0].text.startswith(BODY_JA[:10])


@pytest.mark.parametrize(
    ("first_line", "url", "title"),
    [
        # the site's name as its address spells it, after the title
        ("Japan and Russia to resume island talks - Army Recognition", "https://www.armyrecognition.example/a",
         "Japan and Russia to resume island talks"),
        ("Japan and Russia to resume island talks | Harbour Courier", "https://harbourcourier.example/a",
         "Japan and Russia to resume island talks"),
        ("Harbour Courier | Japan and Russia to resume island talks", "https://harbourcourier.example/a",
         "Japan and Russia to resume island talks"),
        # a segment that only starts like the domain is the title's own
        ("Japan and Russia to resume talks - Japan", "https://www.japanislands.example/a",
         "Japan and Russia to resume talks - Japan"),
    ],
)
def test_a_title_line_loses_the_sites_own_name(first_line, url, title):
    from kurils.models import Source
    from kurils.pipeline import parse_bytes

    text = f"{first_line}\n\n{BODY_EN}\n\n{MORE_EN}\n"
    article = parse_bytes(text.encode(), source=Source(url=url))
    assert article.headline == title
    assert text[article.headline_span[0]:article.headline_span[1]] == title


TITLE_EN = "Japan and Russia to resume island talks"
TITLE_RU = "Япония и Россия возобновят переговоры по островам"


@pytest.mark.parametrize(
    ("head", "title", "body"),
    [
        # a caption closed by its photographer's credit in brackets
        ("Taro Kono, Japan's foreign minister, left, greets Sergei Lavrov in Moscow. (Photographer: Ivan "
         "Petrov/Harbour Wire)", TITLE_EN, BODY_EN),
        # a menu printed as a bulleted list: its items are no headline
        ("• Events\n• Videos and Photos\n• Documents and Records\n• Contacts", TITLE_EN, BODY_EN),
        # a blog's notice that it moved
        ("The Harbour Blog has moved!\nYou should be automatically redirected in 6 seconds.", TITLE_EN,
         BODY_EN),
        # a dateline alone on its line, its credit in brackets
        ("Oct. 12 (HARBOUR PRESS) –", TITLE_EN, BODY_EN),
        ("NEMURO (Harbour Wire) -", TITLE_EN, BODY_EN),
        # a Russian writer's full name with the patronymic, with or without a role
        ("ПЕТРОВ ИВАН СЕРГЕЕВИЧ — доцент кафедры истории", TITLE_RU, BODY_RU),
        ("Сидорова Анна Павловна", TITLE_RU, BODY_RU),
        # a Russian source label
        ("По материалам: harbour-news", TITLE_RU, BODY_RU),
        # an issue number and its month: more digits than letters
        ("512号(19年4月)", "北方領土返還要求全国大会が開かれる", BODY_JA),
        # a caption that ends in a place and a date, in Russian
        ("Сергей Лавров и Таро Коно, Москва, 14 января 2019 года", TITLE_RU, BODY_RU),
        # a text-size widget
        ("Large Medium Small", TITLE_EN, BODY_EN),
        # a line naming the site itself, in three languages
        ("Official website of the Harbour Council", TITLE_EN, BODY_EN),
        ("Официальный сайт администрации Южно-Курильского района", TITLE_RU, BODY_RU),
        ("根室市公式サイト", "北方領土返還要求全国大会が開かれる", BODY_JA),
        # a caption closing with a file photo's credit, or an agency's after its last sentence
        ("Fishermen at the Nemuro harbour wait for the season to open. File photo: Harbour Wire", TITLE_EN,
         BODY_EN),
        ("Die Fischer im Hafen von Nemuro warten auf die Saison. - dpa", TITLE_EN, BODY_EN),
        # a lowercase fragment of a contact widget, a wrapped line's tail
        ("с 8 до 20 часов без выходных", TITLE_RU, BODY_RU),
        ("and the harbour office on weekdays", TITLE_EN, BODY_EN),
        # a section's name run into the story's age
        ("Asia5 hours ago", TITLE_EN, BODY_EN),
    ],
)
def test_page_furniture_of_these_kinds_gives_way_to_the_title(head, title, body):
    assert headline(f"{head}\n{title}\n{body}\n") == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a date and time glued to the title's end by the scraper
        (f"{TITLE_EN} 6 September 5:11\n\n{BODY_EN}\n", TITLE_EN),
        # a long transcript title ends with where and when it was given
        (f"Foreign Minister's statement and answers to media questions following talks with the Foreign "
         f"Minister of Japan, Moscow, January 14, 2019\n\nLadies and gentlemen,\n\n{BODY_EN}\n",
         "Foreign Minister's statement and answers to media questions following talks with the Foreign "
         "Minister of Japan, Moscow, January 14, 2019"),
        # a site's menus hold title-like lines; the article's title stands over its date
        (f"Official Internet Resources\nof the Harbour Office\nAll content on this site is licensed under\n"
         f"Events\n\n{TITLE_EN}\n\nJuly 9, 2009\n12:00\n\n{BODY_EN}\n{MORE_EN}\n", TITLE_EN),
        # a short line by a stamp under the title is the byline's, not a better title
        (f"HARBOUR 24\nAsia / Pacific\n\n{TITLE_EN}\n\nIssued on: 27/04/2017 - 21:08\nWords: NEWS WIRES\n"
         f"3 min\n\n{BODY_EN}\n{MORE_EN}\n", TITLE_EN),
        (f"HARBOUR 24\n\n{TITLE_EN}\n\nIssued on: 27/04/2017 - 21:08\nText by: NEWS WIRES\n3 min\n\n"
         f"{BODY_EN}\n{MORE_EN}\n", TITLE_EN),
    ],
)
def test_the_title_is_read_through_a_glued_stamp_or_beside_its_date(text, title):
    assert headline(text) == title


def test_a_russian_title_of_three_capitalised_words_is_no_byline():
    title = "Кабинет Министров Японии обсудил вопрос островов"
    assert headline(f"{title}\n{BODY_RU}\n{MORE_RU}\n") == title


@pytest.mark.parametrize("title", ["Russia has moved missiles to the southern Kurils",
                                   "Japan's embassy has moved to a new building in Moscow"])
def test_a_title_about_a_move_is_no_moved_notice(title):
    assert headline(f"{title}\n{BODY_EN}\n{MORE_EN}\n") == title


def test_a_short_line_ending_in_a_date_is_no_title():
    assert headline(f"Putin and Abe meet in Tokyo, December 15, 2016\n{BODY_EN}\n{MORE_EN}\n") is None


@pytest.mark.parametrize(
    "prose",
    [
        "\u201cWe will not give up the islands,\u201d the governor said",  # a pull quote in the past tense
        "Japan said Tuesday it would send a delegation to the islands in",  # a lede cut before its end
    ],
)
def test_reported_speech_in_the_past_tense_is_no_headline(prose):
    assert headline(f"{prose}\n{BODY_EN}\n\n{MORE_EN}\n") is None


@pytest.mark.parametrize(
    "title",
    [
        "Kishida says Japan will keep pressing for the islands' return",  # a headline's present tense
        "Here is what the governor said",  # 'said' closing a headline that quotes no one
        "iPhone sales rise in Sakhalin as islands get faster internet",  # a brand written lowercase first
        "\u00abМы не отдадим острова\u00bb: губернатор о переговорах",
    ],
)
def test_headlines_near_those_kinds_stay_headlines(title):
    body, more = (BODY_RU, MORE_RU) if "губернатор" in title else (BODY_EN, MORE_EN)
    assert headline(f"{title}\n\n{body}\n\n{more}\n") == title


def test_the_title_under_a_date_in_digits_wins_over_a_menu_and_teasers_above_it():
    text = ("Новость дня Политика Происшествия Вокруг нас\n\n"
            "Новый мост построят в Южно-Курильске к осени\n\nГлавная цель - связать два берега. ...\n\n"
            "Главная » Новости » Архив новостей\n25.09.2017\n\n"
            f"{TITLE_RU}\n\n{BODY_RU} {MORE_RU} {BODY_RU}\n")
    assert headline(text) == TITLE_RU


@pytest.mark.parametrize(
    ("head", "url"),
    [
        ("Windows to Atlantis", "http://news.windowstoatlantis.example/talks.html"),  # the address's name
        ("Harbour Courier", "https://www.harbourcourier.example/x"),
        ("The Japan Times", "https://www.japantimes.co.jp/news/2016/09/02/x"),  # a known outlet's name
    ],
)
def test_the_sites_own_name_at_the_top_is_not_the_headline(head, url):
    from kurils.models import Source
    from kurils.pipeline import parse_metadata

    text = f"{head}\n\n{TITLE_EN}\n\n{BODY_EN}\n\n{MORE_EN}\n"
    article = parse_metadata(text.encode(), source=Source(url=url))
    assert article.headline == TITLE_EN
    assert text[slice(*article.headline_span)] == TITLE_EN


@pytest.mark.parametrize(
    "caption",
    [
        "This photo taken in March 2019 from a patrol plane shows the disputed islands off Hokkaido.(Kyodo)",
        "In this Nov. 1, 2010, file photo, the president walks on Kunashir Island",
        "This undated photo shows Etorofu Island's new airport terminal",
        "Photo taken Dec. 15 shows the leaders shaking hands in Nagato",
    ],
)
def test_a_wire_caption_opening_an_untitled_text_is_not_its_headline(caption):
    assert headline(f"{caption}\n{BODY_EN}\n\n{MORE_EN}\n") is None


@pytest.mark.parametrize(
    "prompt",
    [
        "Get the latest updates as we post them — right on your browser",
        "Turn on notifications to follow the talks",
        "Войти в почту",
        "Регистрация",
    ],
)
def test_a_sign_in_or_notification_prompt_over_the_title_is_not_the_headline(prompt):
    body, more = (BODY_RU, MORE_RU) if any("а" <= c <= "я" for c in prompt.lower()) else (BODY_EN, MORE_EN)
    title = "Японии и России возобновят переговоры" if body is BODY_RU else "Japan and Russia to resume talks"
    assert headline(f"{prompt}\n\n{title}\n\n{body}\n\n{more}\n") == title


@pytest.mark.parametrize(
    "glued",
    [
        "Home International {t}",
        "Home / World / {t}",
        "Main News Politics {t}",
        "{t} / News / News agency Harbour",
        "{t} | Opinion | The Harbour Courier",
    ],
)
def test_a_title_glued_to_a_menu_or_site_name_gives_way_to_the_title_printed_alone_under_it(glued):
    title = "Detention of fishing boats to affect relations, minister says"
    text = f"{glued.format(t=title)}\nRate it\n{title}\n\n{BODY_EN}\n\n{MORE_EN}\n"
    assert headline(text) == title


def test_a_title_that_merely_opens_like_the_next_line_is_kept():
    text = (f"Japan and Russia to resume island talks next month\n\nJapan and Russia\n\n{BODY_EN}\n\n"
            f"{MORE_EN}\n")
    assert headline(text) == "Japan and Russia to resume island talks next month"


@pytest.mark.parametrize("banner", ["Take action now to save the whales", "Sign the petition", "Donate now"])
def test_a_campaign_banner_over_a_blogs_dated_title_is_not_the_headline(banner):
    title = "Russia Fires on Japanese Fishing Boat, Kills Fisherman"
    text = f"{banner}\n\nWednesday, August 16, 2006\n\n{title}\n\n{BODY_EN}\n\n{MORE_EN}\n"
    assert headline(text) == title


@pytest.mark.parametrize(("tag", "body", "more"), [("加藤官房長官", BODY_JA, MORE_JA),
                                                   ("Foreign Ministry", BODY_EN, MORE_EN)])
def test_a_tag_printed_again_under_its_bullet_is_not_the_headline(tag, body, more):
    text = f"12月 02, 2020 19:12\n  • {tag}\n    {tag}\n\n{body}\n\n{more}\n"
    assert headline(text) is None


def test_a_long_japanese_web_title_is_a_headline():
    title = "【北方領土】ロシア外務省、日本政府の抗議受け反論「日本は歴史について健忘症に陥る傾向がある」"
    assert headline(f"{title}\n\n{BODY_JA}\n\n{MORE_JA}\n") == title


def test_a_long_japanese_line_with_a_sentence_inside_is_not_a_headline():
    line = ("日本とロシアは来月協議を再開する。漁業や観光が議題となる見通しで、"
            "関係者によれば四島での共同経済活動も話し合われる")
    assert headline(f"{line}\n\n{BODY_JA}\n\n{MORE_JA}\n") is None


def test_a_japanese_title_set_on_two_lines_after_a_particle_is_one_headline():
    text = f"北方領土でロシア軍が\nミサイル訓練 防衛相が抗議\n\n{BODY_JA}\n\n{MORE_JA}\n"
    assert " ".join(headline(text).split()) == "北方領土でロシア軍が ミサイル訓練 防衛相が抗議"


def test_a_japanese_section_label_over_a_title_stays_apart():
    text = f"政治\n北方領土でロシア軍がミサイル訓練\n\n{BODY_JA}\n\n{MORE_JA}\n"
    assert headline(text) == "北方領土でロシア軍がミサイル訓練"


@pytest.mark.parametrize("opening", ["This picture of Russia as a great power is misleading, analysts say.",
                                     "This image problem has dogged the Kremlin for years, officials said.",
                                     "In this case, the picture is clear to the ministry, officials said."])
def test_prose_that_opens_with_this_picture_stays_in_the_body(opening):
    assert opening in [p.text for p in clean_text(f"Island talks\n\n{opening}\n\n{BODY_EN}\n").paragraphs]


@pytest.mark.parametrize(
    ("head", "title", "body"),
    [
        # a newsletter's call ending in "Sign Up Now>", however long the line
        ("Stay in touch with the Harbour Briefing, our newsletter with the latest on the island talks and "
         "the fishing season Sign Up Now>", TITLE_EN, BODY_EN),
        ("Get our morning digest of the talks in your inbox Subscribe today", TITLE_EN, BODY_EN),
        # a Japanese link line: "... is here", "back to the list"
        ("スマートデバイス表示はこちら", "北方領土返還要求全国大会が開かれる", BODY_JA),
        ("お知らせ一覧へ戻る", "北方領土返還要求全国大会が開かれる", BODY_JA),
        # a publication's fields on one line
        ("Publication: Harbour Weekly Monitor Volume: 7 Issue: 42", TITLE_EN, BODY_EN),
    ],
)
def test_a_sign_up_call_a_link_or_a_publications_fields_give_way_to_the_title(head, title, body):
    assert headline(f"{head}\n\n{title}\n\n{body}\n") == title


@pytest.mark.parametrize(
    "text",
    [
        # the body's first words cut short over the paragraph that goes on
        f"{BODY_EN[:80].rsplit(' ', 1)[0]}\n{BODY_EN} {MORE_EN}\n\n{MORE_EN}\n",
        # a quoted sentence going on after a dash, under a first sentence of a forum post
        f"{BODY_RU}\n\"Премьер-министр посетил сегодня остров Кунашир, - заявил заместитель министра. -\n"
        f"Кунашир - это наша территория\".\n",
    ],
)
def test_a_cut_teaser_of_the_body_or_a_line_going_on_after_a_dash_is_no_headline(text):
    assert headline(text) is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a title glued to the subtitle under it is printed alone first: it stays the headline
        (f"{TITLE_RU}\n\n{TITLE_RU} Медведев посетил острова вопреки протестам\n\n{BODY_RU}\n", TITLE_RU),
        # a title with a dash inside it, and a title naming publication fields in prose
        ("Japan - Russia talks resume\n\n" + BODY_EN + "\n", "Japan - Russia talks resume"),
        ("Volume of trade: Japan and Russia agree on 2024 quotas\n\n" + BODY_EN + "\n",
         "Volume of trade: Japan and Russia agree on 2024 quotas"),
        # a title that ends in the words of a call, with no newsletter in it
        ("Thousands of Islanders Sign Up\n\n" + BODY_EN + "\n", "Thousands of Islanders Sign Up"),
    ],
)
def test_titles_near_those_kinds_stay_titles(text, title):
    assert headline(text) == title
