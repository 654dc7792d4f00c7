"""Articles in German, French, Spanish, Italian, Portuguese, Polish, Arabic, Luxembourgish, Greek, Romanian,
Indonesian, Dutch, Turkish, Ukrainian, Chinese and Korean: their dates,
the Kuril Islands and the cities in their spellings, the officials' names, and their event words, each
probed with sentences written for it (no accuracy figure comes from these)."""

import csv
from datetime import date
from pathlib import Path

import pytest

from kurils.events import extract_events
from kurils.gazetteer import find_places
from kurils.models import Article, Paragraph, Published, TimeValue
from kurils.people import find_named_people
from kurils.temporal import DATE_WORDS, MONTH_NAMES, cldr_months, find_times
from tests.test_russian_japanese_german import babel_months

ANCHOR = TimeValue(date(2019, 1, 23), date(2019, 1, 23), "day")  # a Wednesday


def read(text: str, language: str) -> list[tuple[str, str, list[str]]]:
    return [(m.text, m.kind, m.value.range_iso() if m.value else None)
            for m in find_times(text, ANCHOR, language=language)]


# --- dates ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("language, text, found, first, last", [
    ("fr", "le 22 janvier 2019 à Moscou", "22 janvier 2019", "2019-01-22", "2019-01-22"),
    ("fr", "le 1er novembre, Medvedev", "1er novembre", "2018-11-01", "2018-11-01"),
    ("fr", "La décision, début février du gouvernement", "début février", "2019-02-01", "2019-02-10"),
    ("fr", "Abe et Poutine se sont rencontrés hier", "hier", "2019-01-22", "2019-01-22"),
    ("fr", "en mars dernier", "en mars", "2019-03-01", "2019-03-31"),
    ("es", "el 22 de febrero de 2017", "22 de febrero de 2017", "2017-02-22", "2017-02-22"),
    ("es", "a mediados de marzo", "a mediados de marzo", "2019-03-11", "2019-03-20"),
    ("es", "El ministro dijo el martes", "martes", "2019-01-22", "2019-01-22"),
    ("es", "ayer en Tokio", "ayer", "2019-01-22", "2019-01-22"),
    ("it", "il 22 febbraio 2017", "22 febbraio 2017", "2017-02-22", "2017-02-22"),
    ("it", "Shoigu ha dichiarato mercoledì", "mercoledì", "2019-01-23", "2019-01-23"),
    ("it", "ieri a Mosca", "ieri", "2019-01-22", "2019-01-22"),
    ("pt", "em 31 de maio de 2016", "31 de maio de 2016", "2016-05-31", "2016-05-31"),
    ("pt", "no início de maio", "no início de maio", "2019-05-01", "2019-05-10"),
    ("pt", "na terça-feira", "terça-feira", "2019-01-22", "2019-01-22"),
    ("pl", "wybory 16 grudnia 2012 r.", "16 grudnia 2012", "2012-12-16", "2012-12-16"),
    ("pl", "może do niej dojść w lutym", "w lutym", "2019-02-01", "2019-02-28"),
    ("pl", "w środę premier powiedział", "środę", "2019-01-23", "2019-01-23"),
    ("pl", "wczoraj w Moskwie", "wczoraj", "2019-01-22", "2019-01-22"),
    ("ar", "اعلن وزير الخارجية الياباني الثلاثاء", "الثلاثاء", "2019-01-22", "2019-01-22"),
    ("ar", "في سبتمبر اعلن", "في سبتمبر", "2018-09-01", "2018-09-30"),
    ("de", "Putin und Abe treffen sich heute in Moskau", "heute", "2019-01-23", "2019-01-23"),
    ("de", "sagte er gestern", "gestern", "2019-01-22", "2019-01-22"),
    ("lb", "Moskau hat am Mäerz annoncéiert", "am Mäerz", "2019-03-01", "2019-03-31"),
    ("lb", "d'Kurilen am August 1945 besat", "am August 1945", "1945-08-01", "1945-08-31"),
    # days of one month
    ("ru", "о проведении 18-22 апреля учений", "18-22 апреля", "2019-04-18", "2019-04-22"),
    ("fr", "des exercices du 8 au 10 février", "8 au 10 février", "2019-02-08", "2019-02-10"),
    ("es", "del 18 al 22 de abril de 2023", "18 al 22 de abril de 2023", "2023-04-18", "2023-04-22"),
    ("pl", "od 18 do 22 kwietnia", "18 do 22 kwietnia", "2019-04-18", "2019-04-22"),
    ("de", "vom 18. bis 22. April", "18. bis 22. April", "2019-04-18", "2019-04-22"),
    # Greek, Romanian, Indonesian, Dutch, Turkish, Ukrainian and Chinese (the 23rd is a Wednesday)
    ("el", "στις 7 Φεβρουαρίου 2022, ο Κισίντα", "7 Φεβρουαρίου 2022", "2022-02-07", "2022-02-07"),
    ("el", "δήλωσε χθες ο υπουργός", "χθες", "2019-01-22", "2019-01-22"),
    ("el", "τον Φεβρουάριο", "τον Φεβρουάριο", "2019-02-01", "2019-02-28"),
    ("el", "την Τρίτη στο Τόκιο", "Τρίτη", "2019-01-22", "2019-01-22"),
    ("ro", "Medvedev a ajuns luni pe insula Kunashiri", "luni", "2019-01-21", "2019-01-21"),
    ("ro", "Pe 18 august 1945, la trei zile", "18 august 1945", "1945-08-18", "1945-08-18"),
    ("ro", "a declarat marţi ministrul", "marţi", "2019-01-22", "2019-01-22"),
    ("ro", "săptămâna trecută la Moscova", "săptămâna trecută", "2019-01-14", "2019-01-20"),
    ("ro", "În iunie, Putin s-a întâlnit cu Abe", "În iunie", "2019-06-01", "2019-06-30"),
    ("tr", "Haziran ayında Putin, Abe ile görüştü", "Haziran ayında", "2019-06-01", "2019-06-30"),
    ("id", "pada 2 Agustus 2019 di Iturup", "2 Agustus 2019", "2019-08-02", "2019-08-02"),
    ("id", "Menlu Jepang mengatakan pada hari Selasa", "Selasa", "2019-01-22", "2019-01-22"),
    ("id", "kunjungan minggu lalu", "minggu lalu", "2019-01-14", "2019-01-20"),
    ("id", "pada awal bulan ini", "bulan ini", "2019-01-01", "2019-01-31"),
    ("nl", "Poetin bezocht op maandag 21 januari Tokio", "21 januari", "2019-01-21", "2019-01-21"),
    ("nl", "vorige week in Moskou", "vorige week", "2019-01-14", "2019-01-20"),
    ("nl", "gisteren zei Lavrov", "gisteren", "2019-01-22", "2019-01-22"),
    ("tr", "7 Şubat 2022 tarihinde", "7 Şubat 2022", "2022-02-07", "2022-02-07"),
    ("tr", "Lavrov dün açıkladı", "dün", "2019-01-22", "2019-01-22"),
    ("uk", "у середу, 14 січня", "14 січня", "2019-01-14", "2019-01-14"),
    ("uk", "заявив у середу", "середу", "2019-01-23", "2019-01-23"),
    ("uk", "у лютому відбудуться", "у лютому", "2019-02-01", "2019-02-28"),
    ("uk", "минулого тижня в Москві", "минулого тижня", "2019-01-14", "2019-01-20"),
    ("zh", "日俄外長上星期會談", "上星期", "2019-01-14", "2019-01-20"),
    ("zh", "普京昨天表示", "昨天", "2019-01-22", "2019-01-22"),
    ("ko", "푸틴 대통령은 2018년 11월 14일 싱가포르에서", "2018년 11월 14일", "2018-11-14", "2018-11-14"),
    ("ko", "1월 22일 모스크바에서", "1월 22일", "2019-01-22", "2019-01-22"),
    ("ko", "라브로프 장관은 어제 밝혔다", "어제", "2019-01-22", "2019-01-22"),
    ("ko", "지난주 회담에서", "지난주", "2019-01-14", "2019-01-20"),
    ("ko", "외무장관은 화요일 모스크바에서", "화요일", "2019-01-22", "2019-01-22"),
    ("zh", "拉夫羅夫星期二在莫斯科", "星期二", "2019-01-22", "2019-01-22"),
    ("zh", "礼拜天", "礼拜天", "2019-01-20", "2019-01-20"),
    # last week, month and year in the languages read before
    ("fr", "la semaine dernière à Tokyo", "la semaine dernière", "2019-01-14", "2019-01-20"),
    ("de", "Letzte Woche traf Lawrow", "Letzte Woche", "2019-01-14", "2019-01-20"),
    ("pl", "w zeszłym tygodniu w Moskwie", "w zeszłym tygodniu", "2019-01-14", "2019-01-20"),
    ("es", "el año pasado en Tokio", "el año pasado", "2018-01-01", "2018-12-31"),
])
def test_dates(language, text, found, first, last):
    mentions = [m for m in read(text, language) if m[0] == found]
    assert mentions and mentions[0][2] == [first, last], read(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "We went there yesterday, hier in German means here."),  # no French scan on English text
    ("de", "Der Gipfel war hier in Moskau."),  # German "hier" is here, not yesterday
    ("en", "A visit on Thursday"),
])
def test_a_language_scan_only_on_its_own_text(language, text):
    assert not [m for m in read(text, language) if m[0] == "hier"]


@pytest.mark.parametrize("language, text", [
    ("ro", "după trei luni de negocieri"),  # Romanian "luni": months, counted, not Monday
    ("ro", "în ultimele luni"),
    ("ro", "după 3 luni"),
])
def test_a_counted_plural_is_not_a_weekday(language, text):
    assert [m for m in read(text, language) if m[1] == "weekday"] == []


def test_a_month_that_is_also_a_word_needs_more_than_a_cue():
    """Romanian "mai" is May and "more": "în mai multe rânduri" (on several occasions) is no month."""
    assert read("în mai multe rânduri", "ro") == []


def test_english_dates_unchanged_by_a_language():
    text = "On January 22, Putin met Abe in Moscow."
    assert read(text, "en") == read(text, None) == read(text, "fr")


@pytest.mark.parametrize("locale", [
    "de", "ru", "fr", "es", "it", "pt", "pl", "ar", "lb", "el", "ro", "id", "nl", "tr", "uk"])
def test_month_and_weekday_names_are_cldr(locale):
    """month_names.csv and date_words.csv's weekday rows are Babel's CLDR names, written out so a parse
    need not load Babel (tools/write_cldr_dates.py)."""
    from babel.dates import get_day_names

    assert cldr_months(locale) == babel_months(locale)
    with DATE_WORDS.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["locale"] == locale and r["source"].startswith("CLDR")]
    days = {name.lower(): day for context in ("format", "stand-alone")
            for day, name in get_day_names("wide", context=context, locale=locale).items()}
    assert {r["name"]: int(r["value"]) for r in rows} == ({} if locale == "ru" else days)


@pytest.mark.parametrize("name", [
    "date_words.csv", "place_names.csv", "official_names.csv", "month_names.csv"])
def test_every_row_has_a_source(name):
    path = Path(MONTH_NAMES).parent / name
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(r["source"].startswith(("https://", "CLDR via Babel")) for r in rows)


# --- places and people ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, places", [
    ("Poutine était à Moscou, puis aux îles Kouriles.", ["Moscow", "Kuril Islands"]),
    ("O Japão reivindica quatro ilhas do arquipélago das Curilas.", ["Kuril Islands"]),
    ("Spór o Wyspy Kurylskie: premier w Moskwie, Kunaszyr i Iturup.",
     ["Kuril Islands", "Moscow", "Kunashir", "Iturup"]),
    ("Las islas Kuriles y Tokio.", ["Kuril Islands", "Tokyo"]),
    ("Le isole Curili e Mosca.", ["Kuril Islands", "Moscow"]),
    ("Putin reiste nach Kunaschir und Wladiwostok.", ["Kunashir", "Vladivostok"]),
    ("زار الرئيس الروسي جزر الكوريل قبل ان يعود الى موسكو", ["Kuril Islands", "Moscow"]),
    # Russian and Japanese names of more places
    ("пограничники на Парамушире и в Немуро", ["Paramushir", "Nemuro"]),
    ("太平洋艦隊は松輪島と幌筵島に地対艦ミサイルを配備した", ["Matua", "Paramushir"]),
    ("на Камчатке и в Приморье", ["Kamchatka", "Primorye"]),
    # Greek, Romanian, Indonesian, Dutch, Turkish, Ukrainian, Chinese and Korean
    ("τα νότια Κουρίλες — Ιτουρούπ, Κουνασίρ, Σικοτάν και Χαμπομάι, στη Μόσχα",
     ["Kuril Islands", "Iturup", "Kunashir", "Shikotan", "Habomai", "Moscow"]),
    ("Insulele Kurile sunt administrate de Moscova; Kunaşir şi Șikotan",
     ["Kuril Islands", "Moscow", "Kunashir", "Shikotan"]),
    ("Tokyo dan Moskow menyatakan kedaulatan atas Kepulauan Kuril", ["Tokyo", "Moscow", "Kuril Islands"]),
    ("de Koerilen, Moskou, Tokio en Koenasjir", ["Kuril Islands", "Moscow", "Tokyo", "Kunashir"]),
    ("Kuril Adaları'nın geleceği Moskova'da; Kunaşir", ["Kuril Islands", "Moscow", "Kunashir"]),
    ("Курильські острови, в Москві, на Ітурупі", ["Kuril Islands", "Moscow", "Iturup"]),
    ("南千島群島的齒舞島和色丹島交還日本", ["Kuril Islands", "Habomai", "Shikotan", "Japan"]),
    ("他回国后在莫斯科", ["Moscow"]),  # "国后" alone: after returning home, not Kunashir
    ("쿠릴 열도 문제로 모스크바에서 도쿄와", ["Kuril Islands", "Moscow", "Tokyo"]),
])
def test_places(text, places):
    assert [m.place.name for m in find_places(text)] == places


@pytest.mark.parametrize("text, people", [
    ("Vladimir Poutine a reçu Shinzo Abe.", ["Putin", "Abe"]),
    ("Premier Abe powiedział Putinowi, a Ławrow dodał", ["Abe", "Putin", "Lavrov"]),
    ("Medwedew und Schoigu besuchten die Kurilen.", ["Medvedev", "Shoigu"]),
    ("Serguéi Shoigú y Medvédev", ["Shoigu", "Medvedev"]),
    ("اعلن مايهارا ان الرئيس الروسي ديمتري ميدفيديف", ["Maehara", "Medvedev"]),
    ("ο Πρωθυπουργός Φούμιο Κισίντα και ο Πούτιν", ["Kishida", "Putin"]),
    ("Путін заявив, що Медведєв", ["Putin", "Medvedev"]),
    ("俄羅斯總統普京與日本首相安倍晉三會談", ["Putin", "Abe"]),
    ("拉夫罗夫与岸田文雄", ["Lavrov", "Kishida"]),
    ("푸틴 대통령은 아베 총리와", ["Putin", "Abe"]),
    ("Poetin en Misjoestin", ["Putin", "Mishustin"]),
    ("Şoygu ve Putin", ["Shoigu", "Putin"]),
    ("Alexandre Loukachevitch a estimé", ["Lukashevich"]),
])
def test_people(text, people):
    assert [m.person.surname for m in find_named_people(text)] == people


# --- events --------------------------------------------------------------------------------------------
def events_of(body: str, language: str, published: date = date(2019, 1, 23)):
    headline = "Japon Russie"
    text = headline + "\n\n" + body
    article = Article(
        id="t", file="t.txt", text=text, headline=headline, headline_span=(0, len(headline)),
        published=Published(TimeValue(published, published, "day")), language=language,
        paragraphs=(Paragraph(len(headline) + 2, len(text), body),),
    )
    return extract_events(article)[2]


@pytest.mark.parametrize("language, body, kind, day, who", [
    ("fr", "Shinzo Abe et Vladimir Poutine se sont rencontrés hier à Moscou.", "meeting", "2019-01-22",
     {"Abe", "Putin", "Moscow"}),
    ("es", "El presidente Putin visitó las islas Kuriles el 22 de enero de 2019.", "visit", "2019-01-22",
     {"Putin", "Kuril Islands"}),
    ("it", "Il ministro Shoigu ha dichiarato mercoledì che la Russia non cederà le isole.", "statement",
     "2019-01-23", {"Shoigu"}),
    ("pt", "Após uma reunião com Vladimir Putin no dia 22 de janeiro de 2019, Abe disse que sim.", "meeting",
     "2019-01-22", {"Putin"}),
    ("pl", "Premier Abe i Putin odbyli 22 stycznia 2019 r. rozmowę telefoniczną.", "call", "2019-01-22",
     {"Abe", "Putin"}),
    # Greek, Romanian, Indonesian, Dutch, Turkish, Ukrainian, Chinese and Korean
    ("el", "Στις 21 Ιανουαρίου ο Πούτιν επισκέφθηκε το Ιτουρούπ.", "visit", "2019-01-21",
     {"Putin", "Iturup"}),
    ("ro", "Dmitri Medvedev a ajuns luni pe insula Kunaşir.", "visit", "2019-01-21",
     {"Medvedev", "Kunashir"}),
    ("id", "Menlu Rusia Sergei Lavrov mengatakan pada hari Selasa bahwa Kuril adalah wilayah Rusia.",
     "statement", "2019-01-22", {"Lavrov"}),
    ("nl", "Poetin en Abe ontmoetten elkaar op 22 januari in Moskou.", "meeting", "2019-01-22",
     {"Putin", "Abe", "Moscow"}),
    ("tr", "Rusya Dışişleri Bakanı Lavrov 22 Ocak 2019'da Tokyo'yu ziyaret etti.", "visit", "2019-01-22",
     {"Lavrov", "Tokyo"}),
    ("uk", "Путін заявив у вівторок, що Курильські острови належать Росії.", "statement", "2019-01-22",
     {"Putin"}),
    ("zh", "普京1月22日在莫斯科與安倍晉三會談。", "meeting", "2019-01-22", {"Putin", "Abe", "Moscow"}),
    ("ko", "푸틴 대통령은 1월 22일 모스크바에서 아베 총리와 회담했다.", "meeting", "2019-01-22",
     {"Putin", "Abe"}),
    ("zh", "俄羅斯外長拉夫羅夫星期二在莫斯科與日本外相會談。", "meeting", "2019-01-22", {"Lavrov", "Moscow"}),
    ("ko", "라브로프 러시아 외무장관은 화요일 모스크바에서 일본 외무상과 회담했다.", "meeting", "2019-01-22",
     {"Lavrov", "Moscow"}),
])
def test_events(language, body, kind, day, who):
    events = events_of(body, language)
    match = [e for e in events if e.type == kind and e.date == day]
    assert match, [(e.type, e.date, e.places, e.people) for e in events]
    assert who <= set(match[0].people) | set(match[0].places)


# the same two sentences in each language: a visit on Monday, a statement on Wednesday (a Wednesday story)
@pytest.mark.parametrize("language, body, kind, day", [
    ("el", "Ο Ρώσος πρωθυπουργός Μισούστιν επισκέφθηκε το Κουνασίρ τη Δευτέρα.", "visit", "2019-01-21"),
    ("el", "Ο Κισίντα δήλωσε την Τετάρτη ότι τα νησιά ανήκουν στην Ιαπωνία.", "statement", "2019-01-23"),
    ("ro", "Premierul rus Mișustin a vizitat luni insula Iturup.", "visit", "2019-01-21"),
    ("ro", "Kishida a declarat miercuri că insulele aparțin Japoniei.", "statement", "2019-01-23"),
    ("id", "PM Rusia Mishustin mengunjungi pulau Iturup pada hari Senin.", "visit", "2019-01-21"),
    ("id", "Kishida mengatakan pada hari Rabu bahwa pulau itu milik Jepang.", "statement", "2019-01-23"),
    ("nl", "De Russische premier Misjoestin bezocht maandag het eiland Iturup.", "visit", "2019-01-21"),
    ("nl", "Kishida zei woensdag dat de eilanden bij Japan horen.", "statement", "2019-01-23"),
    ("tr", "Rusya Başbakanı Mişustin Pazartesi günü İturup adasını ziyaret etti.", "visit", "2019-01-21"),
    ('tr', "Kishida Çarşamba günü adaların Japonya'ya ait olduğunu söyledi.", 'statement', '2019-01-23'),
    ('uk', "Прем'єр-міністр Росії Мішустін у понеділок відвідав острів Ітуруп.", 'visit', '2019-01-21'),
    ("uk", "Кісіда заявив у середу, що острови належать Японії.", "statement", "2019-01-23"),
    ("zh", "俄羅斯總理米舒斯京星期一訪問了擇捉島。", "visit", "2019-01-21"),
    ("zh", "岸田文雄星期三表示,這些島嶼屬於日本。", "statement", "2019-01-23"),
    ("ko", "미슈스틴 러시아 총리는 월요일 이투루프섬을 방문했다.", "visit", "2019-01-21"),
    ("ko", "기시다 총리는 수요일 섬들이 일본 땅이라고 밝혔다.", "statement", "2019-01-23"),
    # spoke at a rally: a statement
    ("el", "Την Τετάρτη ο Κισίντα μίλησε σε συλλαλητήριο.", "statement", "2019-01-23"),
    ("nl", "Kishida sprak woensdag op een bijeenkomst.", "statement", "2019-01-23"),
    ("zh", "岸田文雄星期三在集會上發表講話。", "statement", "2019-01-23"),
])
def test_a_visit_and_a_statement_in_each_language(language, body, kind, day):
    events = events_of(body, language)
    assert [(e.type, e.date) for e in events] == [(kind, day)]
    assert events[0].people == (("Mishustin",) if kind == "visit" else ("Kishida",))


def test_chinese_words_are_not_read_in_japanese():
    """'表示' is a Chinese word of saying but Japanese for 'display': no statement in a Japanese text."""
    events = events_of("1月22日、サイトの表示を変更しました。", "ja")
    assert [e.type for e in events if e.type == "statement"] == []


def test_a_chinese_negation_stops_the_act():
    assert [e.type for e in events_of("日俄1月22日未能會談。", "zh")] in ([], ["other"])


def test_other_language_words_do_not_fire_in_english():
    """'visited', 'occupation', 'entretien' in English: the English reading, not another language's."""
    events = events_of("Putin visited the Kuril Islands on January 22, 2019.", "en")
    assert [e.type for e in events] == ["visit"]


# --- Russian: a Japanese official's -а name in its other cases, a masculine past tense ------------------
@pytest.mark.parametrize("text, surname", [
    ("По словам генсекретаря кабинета министров Японии Ёсихидэ Суги, протест был направлен.", "Suga"),
    ("Министр иностранных дел Японии Тосимицу Мотэги заявил, что ...", "Motegi"),  # nominative in -и
])
def test_russian_cases_of_a_japanese_name(text, surname):
    assert [m.person.surname for m in find_named_people(text)] == [surname]


def test_russian_masculine_past_dates_a_weekday_back():
    """'В четверг ... заявил' in a Monday story: the Thursday before, not the one after."""
    monday = date(2022, 2, 7)
    body = "В четверг российский посол в Японии Михаил Галузин заявил, что Россия не признает притязания."
    events = events_of(body, "ru", monday)
    assert [e.date for e in events if e.type == "statement"] == ["2022-02-03"]


def test_a_word_that_is_also_a_number_is_no_weekday():
    """Brazilian 'segunda' is Monday only as 'segunda-feira': 'a Segunda Guerra Mundial' is the Second."""
    assert read("após a Segunda Guerra Mundial", "pt") == []


@pytest.mark.parametrize("language, body", [
    ("pt", '"Não vamos ceder as ilhas Curilas", disse Lavrov, em uma entrevista.'),
    ("fr", '« Nous ne céderons pas les Kouriles », a déclaré Sergueï Lavrov.'),
    ("pl", '„Nie oddamy Kuryli” – powiedział Ławrow.'),
    ("ro", '"Nu vom ceda Insulele Kurile", a declarat Lavrov.'),
    ("nl", '"Wij geven de Koerilen niet op," zei Lavrov.'),
    ("id", '"Kami tidak akan menyerahkan Kepulauan Kuril," kata Lavrov.'),
    ("tr", '"Kuril Adaları\'nı vermeyeceğiz," dedi Lavrov.'),
])
def test_a_quoted_statement_is_news_of_the_day(language, body):
    """As in English: a past-tense speech verb and its speaker in the frame, no time there, nothing saying
    it was said before: the statement of the story's day (speech_words.csv)."""
    day = date(2016, 5, 31)
    lead = "O Japão reivindica quatro ilhas nos termos de um tratado bilateral de 1855."
    events = [e for e in events_of(lead + "\n\n" + body, language, day) if e.type == "statement"]
    assert [(e.date, e.people) for e in events] == [("2016-05-31", ("Lavrov",))]

