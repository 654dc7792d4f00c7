"""Russian, Japanese and German text: sentence ends, dates, names, islands and event words.

Probe sentences written for one rule each (no accuracy figure comes from them: the real set does that).
"""

import csv
from datetime import date
from pathlib import Path

import pytest

from kurils.clean import clean_text
from kurils.gazetteer import find_places
from kurils.models import TimeValue
from kurils.people import find_named_people, romanise
from kurils.pipeline import parse_bytes
from kurils.sentences import split_sentences
from kurils.temporal import cldr_months, find_times


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("安倍晋三首相は10日夜、プーチン大統領と会談した。両首脳は合意した。", 2),
        ("首相は「必ず終止符を打つ」と述べた。プーチン氏は応じた！", 2),
        ("北方領土の択捉島で演習が始まった", 1),
    ],
)
def test_japanese_sentence_ends(text, sentences):
    assert len(split_sentences(text)) == sentences


def test_a_cyrillic_initial_ends_no_sentence():
    text = "В конце июня ожидается очередная встреча В. Путина и С. Абэ. Другое предложение."
    assert len(split_sentences(text)) == 2


def test_japanese_prose_is_body_not_furniture():
    text = (
        "日露首脳会談、共同経済活動の行程表で合意\n\n"
        "安倍晋三首相は10日夜、ロシア極東ウラジオストクでプーチン大統領と会談した。両首脳は合意した。\n"
    )
    cleaned = clean_text(text)
    assert cleaned.headline == text.split("\n")[0]
    assert [p.text for p in cleaned.paragraphs] == [text.split("\n")[2]]


# --- dates ----------------------------------------------------------------------------------------
ANCHOR = TimeValue(date(2018, 9, 11), date(2018, 9, 11), "day")  # a Tuesday


@pytest.mark.parametrize(
    "text, found, first, last",
    [
        # Japanese: year, month and day written with 年月日; 来年/昨年/先月 against the publication date
        ("首脳会談は2016年12月15日に行われた。", "2016年12月15日", "2016-12-15", "2016-12-15"),
        ("2022年09月07日08時01分", "2022年09月07日", "2022-09-07", "2022-09-07"),
        ("首相は12月15日、", "12月15日", "2018-12-15", "2018-12-15"),
        ("安倍晋三首相は10日夜、会談した。", "10日", "2018-09-10", "2018-09-10"),
        # a day after the publication day is last month's
        ("首相は28日に出発した。", "28日", "2018-08-28", "2018-08-28"),
        ("来年6月の大阪で", "来年6月", "2019-06-01", "2019-06-30"),
        ("調査団を10月初めに派遣する", "10月初め", "2018-10-01", "2018-10-10"),
        ("5月のモスクワ以来", "5月", "2018-05-01", "2018-05-31"),
        ("先月、発表した", "先月", "2018-08-01", "2018-08-31"),
        ("昨年の会談", "昨年", "2017-01-01", "2017-12-31"),
        ("21〜25日に訪れた", "21〜25日", "2018-08-21", "2018-08-25"),  # after the 11th: last month's
        ("9月3~5日", "9月3~5日", "2018-09-03", "2018-09-05"),
        # from one day to another: "から", into the next month, 今月, a copy that lost its 〜
        ("5日から10日の間に射撃訓練", "5日から10日", "2018-09-05", "2018-09-10"),
        ("今月1日から10月1日までの間、演習", "今月1日から10月1日", "2018-09-01", "2018-10-01"),
        ("12日〜10月1日に射撃訓練", "12日〜10月1日", "2018-09-12", "2018-10-01"),
        ("今月7?10日にあった墓参", "今月7?10日", "2018-09-07", "2018-09-10"),
        # Japanese eras (令和元年 = 2019, 平成30年 = 2018), "within the year", this/last/next week, yesterday
        ("令和元年9月5日に会談", "令和元年9月5日", "2019-09-05", "2019-09-05"),
        ("平成30年11月14日", "平成30年11月14日", "2018-11-14", "2018-11-14"),
        ("平成28年12月の首脳会談", "平成28年12月", "2016-12-01", "2016-12-31"),
        ("令和2年に", "令和2年", "2020-01-01", "2020-12-31"),
        ("年内の訪日", "年内", "2018-01-01", "2018-12-31"),
        ("先週、訪問した", "先週", "2018-09-03", "2018-09-09"),
        ("来週訪ロする", "来週", "2018-09-17", "2018-09-23"),
        ("昨日会談した", "昨日", "2018-09-10", "2018-09-10"),
        # Russian: last/this/next week, month and year
        ("на прошлой неделе", "на прошлой неделе", "2018-09-03", "2018-09-09"),
        ("в этом году", "в этом году", "2018-01-01", "2018-12-31"),
        ("в следующем месяце", "в следующем месяце", "2018-10-01", "2018-10-31"),
        # Russian: a part of a month, the day before, today
        ("в начале мая", "начале мая", "2018-05-01", "2018-05-10"),
        ("в конце июня 2019 года", "конце июня 2019", "2019-06-21", "2019-06-30"),
        ("до середины декабря", "середины декабря", "2018-12-11", "2018-12-20"),
        ("врученную накануне послу", "накануне", "2018-09-10", "2018-09-10"),
        ("прибыл сегодня в Москву", "сегодня", "2018-09-11", "2018-09-11"),
        ("написала 4 июля", "4 июля", "2018-07-04", "2018-07-04"),
        # German month names, from CLDR (Babel)
        ("am 15. Dezember 2016 in Nagato", "15. Dezember 2016", "2016-12-15", "2016-12-15"),
        ("am 3. März", "3. März", "2019-03-03", "2019-03-03"),
        ("im Dezember 2016", "im Dezember 2016", "2016-12-01", "2016-12-31"),
        ("seit Dezember 2016", "seit Dezember 2016", "2016-12-01", "2016-12-31"),
        ("Anfang Mai", "Anfang Mai", "2018-05-01", "2018-05-10"),
        ("im Okt. 2019", "im Okt. 2019", "2019-10-01", "2019-10-31"),
    ],
)
def test_dates_in_other_languages(text, found, first, last):
    mentions = [m for m in find_times(text, ANCHOR) if m.value is not None]
    assert [m.text for m in mentions] == [found]
    assert mentions[0].value.range_iso() == [first, last]


@pytest.mark.parametrize("text", ["3日間の日程", "Mai Tanaka", "в начале"])
def test_not_dates(text):
    assert [m.text for m in find_times(text, ANCHOR) if m.value is not None] == []


@pytest.mark.parametrize("locale", ["de", "ru"])
def test_month_names_file_is_cldr(locale):
    """kurils/data/month_names.csv is Babel's CLDR month names, written out so a parse need not load Babel."""
    assert cldr_months(locale) == babel_months(locale)


def babel_months(locale: str) -> dict[str, int]:
    """Babel's CLDR month names (wide and abbreviated, in both contexts), lowercased, to their numbers."""
    from babel.dates import get_month_names

    return {
        name.lower().rstrip("."): month
        for width in ("wide", "abbreviated")
        for context in ("format", "stand-alone")
        for month, name in get_month_names(width, context=context, locale=locale).items()
    }


# --- names ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, surnames",
    [
        ("安倍晋三首相は10日夜、プーチン大統領と会談した。", ["Abe", "Putin"]),
        ("岸田文雄首相は6日、「極めて不当」と述べた。", ["Kishida"]),
        ("菅官房長官は7日夕の記者会見で述べた。", ["Suga"]),
        ("菅直人首相", ["Kan"]),
        ("松野官房長官および林外相は強調した。", ["Matsuno", "Hayashi"]),
        ("ミハイル・ミシュスティン首相が命じた。", ["Mishustin"]),
        ("ラブロフ外相は14日、河野太郎外相との会談後に記者会見し", ["Lavrov", "Kono"]),
        ("菅野さんは", []),  # a kanji surname two officials share is never read alone
        ("河野克俊統合幕僚長は訪ロする。", ["Kawano"]),  # the full name tells him from Kono Taro
        ("ロシアのソコロフ運輸大臣が訪問した。", ["Sokolov"]),
    ],
)
def test_japanese_names(text, surnames):
    assert [m.person.surname for m in find_named_people(text)] == surnames


@pytest.mark.parametrize(
    "text, surnames",
    [
        ("заместителем министра Игорем Моргуловым", ["Morgulov"]),  # instrumental
        ("администрации премьер-министра Фумио Кисиды", ["Kishida"]),  # a Japanese name declined
        ("заявила Мария Захаровой", ["Zakharova"]),  # feminine: not the masculine "Захаров"
        ("Сейдзи Маэхара и Маехара", ["Maehara", "Maehara"]),  # Polivanov "х" is Hepburn "h"
        ("Коитиро Гэмба назвал", ["Gemba"]),
        ("губернатор Александр Хорошавин", ["Khoroshavin"]),
        ("Хаяси и Мацуно", ["Hayashi", "Matsuno"]),  # "си" is "shi", "ц" is "ts"
        ("с Путиным и Лавровым", ["Putin", "Lavrov"]),
        ("поездки Григоренко и Хуснуллина на Курилы", ["Grigorenko", "Khusnullin"]),  # no title needed
        ("Москва и Россия, Кунашир", []),
    ],
)
def test_russian_names_in_any_case(text, surnames):
    assert [m.person.surname for m in find_named_people(text)] == surnames


@pytest.mark.parametrize(
    "text, surnames",
    [
        ("заявил российский посол в Токио Михаил Галузин.", ["Galuzin"]),  # not "Токио", a place
        ("поездкой вице-премьеров Марата Хуснуллина и Дмитрия Григоренко", ["Khusnullin", "Grigorenko"]),
        ("врученную послу Японии в России Тоёхисе Кодзуки", ["Kozuki"]),  # a Japanese name: Polivanov
        ("советнику премьер-министра Эиити Хасэгава", ["Hasegawa"]),
        ("российского посла в Токио Михаила Белого", ["Bely"]),  # a surname declined as an adjective
        ("Председатель правительства Сахалинской области Вера Щербина показала", ["Shcherbina"]),
        ("После встречи в Москве стороны договорились", []),  # "после" is no "посол"
        ("руководитель Центра исследований Японии", []),
    ],
)
def test_russian_titled_people_outside_the_table(text, surnames):
    assert [m.person.surname for m in find_named_people(text)] == surnames


@pytest.mark.parametrize(
    "word, system, latin",
    [("Захарова", "bgn", "zakharova"), ("Кисида", "japanese", "kishida"), ("Кодзуки", "japanese", "kozuki"),
     ("Ёсихидэ", "japanese", "yoshihide"), ("Матвиенко", "bgn", "matviyenko"),
     ("Афанасьев", "bgn", "afanasyev"), ("Ишаев", "bgn", "ishayev"), ("Хасэгава", "japanese", "hasegawa")],
)
def test_romanise(word, system, latin):
    assert romanise(word, system) == latin


# --- island and place names in their cases ------------------------------------------------------
def singular_case_forms(alias: str) -> list[str]:
    """The singular case forms pymorphy3 knows for a Cyrillic place name ("Кунашир" -> "Кунаширом", ...)."""
    import pymorphy3

    analyser = singular_case_forms.__dict__.setdefault("analyser", pymorphy3.MorphAnalyzer())
    parses = [p for p in analyser.parse(alias) if p.is_known and "Geox" in p.tag and "sing" in p.tag]
    forms = [f.word for p in parses[:1] for f in p.lexeme if "sing" in f.tag]
    return ["-".join(part[:1].upper() + part[1:] for part in form.split("-")) for form in forms]


def test_places_file_has_every_case_of_its_cyrillic_names():
    """places.csv lists each Cyrillic name in all its singular cases (pymorphy3's), so a parse matches
    "на Кунашире", "с Кунаширом" without loading a Russian analyser."""
    with (Path(__file__).parent.parent / "kurils" / "data" / "places.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    missing = {}
    for row in rows:
        aliases = row["aliases"].split("|")
        for alias in aliases:
            if alias[:1].isalpha() and "\u0400" <= alias[0] <= "\u04ff" and " " not in alias:
                gaps = [form for form in singular_case_forms(alias) if form not in aliases]
                if gaps:
                    missing[alias] = gaps
    assert missing == {}


@pytest.mark.parametrize(
    "text, place",
    [
        ("на Кунашире", "Kunashir"), ("с Кунаширом", "Kunashir"), ("к Итурупу", "Iturup"),
        ("над Итурупом", "Iturup"), ("на Шикотане", "Shikotan"), ("Курильских островов", "Kuril Islands"),
        ("на Курилах", "Kuril Islands"), ("Хабомаи", "Habomai"), ("択捉島で", "Iturup"),
        ("国後、色丹両島", "Kunashir"), ("歯舞群島", "Habomai"), ("北方領土", "Kuril Islands"),
        ("Южно-Курильском", "Yuzhno-Kurilsk"),
        # the Russian names written in katakana, as Russian outlets' Japanese editions write them
        ("南クリール諸島全島", "Kuril Islands"), ("南クリル諸島での", "Kuril Islands"),
        ("北方四島の", "Kuril Islands"),
        ("クナシル島(国後島)", "Kunashir"), ("イトゥルップ島", "Iturup"), ("シコタン島", "Shikotan"),
        ("ハボマイ群島", "Habomai"),
    ],
)
def test_island_names_in_russian_and_japanese(text, place):
    assert place in [m.place.name for m in find_places(text)]


# --- event words ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, kind",
    [
        ("安倍晋三首相は10日夜、ウラジオストクでプーチン大統領と会談した。", "meeting"),
        ("河野克俊統合幕僚長は10月に訪ロする。", "visit"),
        ("菅官房長官は7日の記者会見で「遺憾だ」と述べた。", "statement"),
        ("ロシア軍は12日、択捉島で軍事演習を始めた。", "military"),
        ("Захарова написала 4 июля в своём Telegram-канале.", "statement"),
        ("Лавров 10 мая провёл переговоры с Коно в Москве.", "meeting"),
        ("Путин и Абэ встретились в Москве 22 января 2019 года.", "meeting"),
        ("Первая бизнес-миссия приезжала на острова в конце июня 2017 года.", "visit"),
        ("Вторая группа уехала домой в понедельник.", "visit"),
        ("Премьер собирается посетить Россию в начале 2019 года.", "visit"),
    ],
)
def test_event_words(text, kind):
    anchor = TimeValue(date(2018, 9, 11), date(2018, 9, 11), "day")
    article = parse_bytes(text.encode(), "probe.txt")
    article_events = extract_with_anchor(article, anchor)
    assert kind in {e.type for e in article_events}


def extract_with_anchor(article, anchor):
    """The article's events with its publication date set (a probe sentence prints none)."""
    from kurils.events import extract_events
    from kurils.models import Published

    article.published = Published(anchor, False, "probe")
    return extract_events(article)[2]


# --- printed dates of Russian and Japanese pages --------------------------------------------------
@pytest.mark.parametrize(
    "text, day",
    [
        ("日ロ関係、一層不透明に\n2022年09月07日08時01分\n日本政府は6日、ロシアに抗議した。\n", "2022-09-07"),
        ("Заголовок новости о Курилах\nМосква, 2 августа, 2023, 13:52 — ИА Регнум. Россия будет расценивать "
         "протесты как вмешательство.\n", "2023-08-02"),
        ("3 июля 2012, 14:57\n\nЯпония отреагировала на поездку Медведева на Курилы\n", "2012-07-03"),
    ],
)
def test_printed_dates_in_russian_and_japanese(text, day):
    assert parse_bytes(text.encode(), "probe.txt").published.day == day


@pytest.mark.parametrize(
    "text",
    [
        "Путин и Абэ 14 ноября условились активизировать переговоры на основе декларации 1956 года.",
        "両首脳は14日、1956年の日ソ共同宣言を基礎に交渉を加速させることで合意した。",
    ],
)
def test_a_documents_year_dates_no_meeting(text):
    """"декларации 1956 года", "1956年の日ソ共同宣言": the year names the document, not the talks."""
    anchor = TimeValue(date(2018, 11, 15), date(2018, 11, 15), "day")
    events = extract_with_anchor(parse_bytes(text.encode(), "probe.txt"), anchor)
    assert "1956" not in {e.date for e in events if e.type == "meeting"}
    assert "2018-11-14" in {e.date for e in events}


def test_every_case_of_a_russian_title_starts_with_one_of_its_stems():
    """titles_ru.csv's stems are the cheap test before pymorphy3 confirms a title: each case form of each
    title, singular and plural, must pass it ("посол" -> "посла", "послам")."""
    import pymorphy3

    from kurils import reference
    from kurils.people import _RU_TITLE_STEM, RUSSIAN_TITLES

    morph = pymorphy3.MorphAnalyzer()
    forms = {f.word for row in reference.rows(RUSSIAN_TITLES) for f in morph.parse(row["lemma"])[0].lexeme}
    assert sorted(f for f in forms if not _RU_TITLE_STEM.fullmatch(f)) == []
