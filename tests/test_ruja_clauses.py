"""Russian and Japanese clauses in the event pass: the speaker, topic and reference words, quotes in
「」, and the undated statement that is news of the publication day (kurils.ruja).

Probe sentences written for one rule each; accuracy figures come only from the real set.
"""

from datetime import date

import pytest

from kurils.events import extract_events
from kurils.models import Published, TimeValue
from kurils.people import find_named_people, find_people
from kurils.pipeline import parse_bytes
from kurils.ruja import (
    dated_list_lines,
    dates_nothing,
    held_during,
    institution_speaks,
    is_setting,
    japanese_complement,
    looks_earlier,
    marked_role,
    names_both,
    negated,
    quoted_name,
    said_after_talks,
    same_day_spans,
    script_of,
    speakers,
    tense,
)
from kurils.temporal import find_times

DAY = TimeValue(date(2021, 7, 26), date(2021, 7, 26), "day")


def events_of(text: str, anchor: TimeValue = DAY):
    article = parse_bytes(text.encode(), "probe.txt")
    article.published = Published(anchor, False, "probe")
    return extract_events(article)[2]


@pytest.mark.parametrize(
    "text, script",
    [("Лавров заявил.", "ru"), ("首相は述べた。", "ja"), ("Lavrov said.", None), ("TASS: Лавров", "ru")],
)
def test_script_of(text, script):
    assert script_of(text) == script


@pytest.mark.parametrize(
    "text, verb, speaker",
    [
        # Russian: the subject before the verb in its own clause, else the one named right after it
        ("Премьер-министр Японии Фумио Кисида выразил сожаление в связи с визитом.", "выразил", "Kishida"),
        ("Визит неприемлем, заявил посол России в Токио Михаил Галузин.", "заявил", "Galuzin"),
        ("Об этом заявил министр иностранных дел Сергей Лавров.", "заявил", "Lavrov"),
        ("«Мы продолжим переговоры», — сказал Мотэги.", "сказал", "Motegi"),
        ("«Мы решим вопрос»,— сказал Абэ после переговоров с Путиным.", "сказал", "Abe"),
        ("После встречи с Путиным Кисида заявил о прогрессе.", "заявил", "Kishida"),
        # Japanese: the person marked by は/が, a title between
        ("林芳正外相は8日の記者会見で、プーチン大統領の発言について述べた。", "述べ", "Hayashi"),
        ("岸田首相が記者団に対し「遺憾だ」と語った。", "語っ", "Kishida"),
    ],
)
def test_speakers(text, verb, speaker):
    people = find_named_people(text)
    at = text.index(verb)
    assert [p.person.surname for p in speakers(text, 0, at, at + len(verb), people)] == [speaker]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Токио выразил протест в связи с поездкой Мишустина.", "выразил"),  # the clause's subject is Tokyo
        ("Протест Японии из-за посещения Итурупа Мишустиным неприемлем.", "Протест"),  # a noun
    ],
)
def test_no_speaker_when_none_is_marked(text, word):
    at = text.index(word)
    assert speakers(text, 0, at, at + len(word), find_named_people(text)) == []


@pytest.mark.parametrize(
    "text, word, role",
    [
        ("протест в связи с визитом премьера", "визитом", "topic"),
        ("протест из-за поездки Мишустина", "поездки", "topic"),
        ("после переговоров в Москве", "переговоров", "reference"),
        ("по итогам встречи", "встречи", "reference"),
        ("Мишустин совершил поездку на Итуруп", "поездку", None),
        ("国後島を訪問したことについて批判した", "訪問", "topic"),
        ("配備をめぐり抗議した", "配備", "topic"),
        ("「自由訪問」に関する合意を破棄した", "訪問", "topic"),  # a programme named in 「」
        ("会談後に記者会見した", "会談", "reference"),
        ("プーチン大統領と会談した", "会談", None),
        ("訪問先のウラジオストクで会談した", "訪問", "reference"),  # where the visit took him: the setting
        ("ロシアを訪問している首相はプーチン氏と会談した", "訪問", "reference"),  # describes the subject
        ("代表の訪問を今後も続ける考えを示した", "訪問", "topic"),  # a plan stated
        ("交渉を加速させる方針を表明した", "交渉", "topic"),
        ("after the visit", "visit", None),  # English is read by the event pass's own patterns
    ],
)
def test_marked_role(text, word, role):
    at = text.index(word)
    marked = marked_role(text, 0, at, at + len(word))
    assert (marked[0] if marked else None) == role


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("Ранее Кисида заявил о готовности к диалогу.", True),
        ("Кисида неоднократно заявлял о готовности.", True),
        ("Кисида заявил о готовности к диалогу.", False),
        ("首相はこれまで述べてきた。", True),
        ("首相は述べた。", False),
    ],
)
def test_looks_earlier(text, earlier):
    assert looks_earlier(text, 0, len(text)) is earlier


# --- the event pass ---------------------------------------------------------------------------------
def test_a_reaction_past_the_lead_is_news_of_the_day():
    text = (
        "Во вторник премьер-министр России Михаил Мишустин прибыл на остров Итуруп.\n\n"
        "Министр иностранных дел Японии Тосимицу Мотэги выразил сожаление в связи с его визитом.\n"
    )
    events = events_of(text)
    statements = [e for e in events if e.type == "statement"]
    assert [(e.date, e.people) for e in statements] == [("2021-07-26", ("Motegi",))]
    assert {e.type for e in events} == {"visit", "statement"}


def test_an_earlier_statement_is_not_news_of_the_day():
    text = (
        "Во вторник премьер-министр России Михаил Мишустин прибыл на остров Итуруп.\n\n"
        "Ранее министр иностранных дел Японии Тосимицу Мотэги выразил сожаление.\n"
    )
    assert "statement" not in {e.type for e in events_of(text)}


def test_the_lead_statement_is_its_speakers_not_the_visitors():
    text = (
        "Визит премьер-министра России Михаила Мишустина на остров Итуруп неприемлем, "
        "заявил посол Японии в Москве Тоёхиса Кодзуки.\n\n"
        "Поездку на Итуруп Мишустин совершил сегодня.\n"
    )
    events = events_of(text)
    assert ("statement", ("Kozuki",)) in {(e.type, e.people) for e in events}


def test_a_statement_about_a_visit_is_not_the_visitors():
    text = ("Токио выразил протест Москве в связи с поездкой вице-премьера Марата Хуснуллина "
            "на остров Итуруп Курильской гряды.\n")
    statements = [e for e in events_of(text) if e.type == "statement"]
    assert [(e.date, e.people) for e in statements] == [("2021-07-26", ())]


def test_a_japanese_story_signed_after_its_last_sentence_is_prose():
    """"…見えない。【記者名】": a Japanese paper's byline after the last 。 leaves the paragraph prose."""
    text = ("択捉島を訪問 ロシア化進む\n\n政府は5月の日露首脳会談で調査団の派遣に合意した。"
            "択捉島ではロシア化が急速に進んでいる。【山田太郎】\n")
    article = parse_bytes(text.encode(), "probe.txt")
    assert [p.text[-6:] for p in article.paragraphs] == ["【山田太郎】"]
    assert "Iturup" in article.places


def test_a_japanese_quote_is_content_and_a_topic_word_does_not_type_the_event():
    """The press conference is the event; the visit is only what it was about, and the visit words inside
    「」 are the speaker's."""
    text = "加藤勝信官房長官は26日の記者会見で、首相が択捉島を訪問したことについて「訪問は遺憾だ」と述べた。"
    events = events_of(text)
    assert [(e.date, e.type) for e in events] == [("2021-07-26", "statement")]


def test_a_japanese_time_dates_the_event_word_after_it():
    """"9月に…会談し、年内の…訪日も模索する": September is the meeting's, "within the year" the visit's."""
    text = "安倍晋三首相は9月にウラジオストクでプーチン大統領と会談し、年内の大統領訪日も模索する。"
    anchor = TimeValue(date(2016, 7, 30), date(2016, 7, 30), "day")
    assert {(e.date, e.type) for e in events_of(text, anchor)} == {("2016-09", "meeting"), ("2016", "visit")}


def test_a_paragraph_cut_mid_sentence_still_names_its_people():
    """A store that cut the article mid-word leaves a long last paragraph with sentence ends inside: it is
    prose, so its officials are the article's (a teaser or a subheading, short and unended, is not)."""
    text = (
        "Посол ответил на протест Токио\n\n"
        "Визит премьер-министра России на Итуруп неприемлем, заявил российский посол в Токио.\n\n"
        "Протест в связи с поездкой выразило японское правительство, которое считает остров своим. "
        "А главный секретарь кабинета министров Японии Кацунобу Като назвал посещение острова российским "
        "премьером прискорбным и заявил, что оно «пр\n"
    )
    assert "Kato" in parse_bytes(text.encode(), "probe.txt").people
    assert "Kato" not in parse_bytes("Заголовок\n\nГлавный секретарь Кацунобу Като о визите\n".encode(),
                                     "probe.txt").people


@pytest.mark.parametrize(
    "text, kind",
    [
        # what the announcement was about is a topic: the announcement is the event
        ("ロシアは3月、ウクライナ侵攻に対する日本の経済制裁に反発し、事業の停止を発表した。", "statement"),
        ("首相が5日、四島への訪問簡易化に関する合意を破棄するよう命じたことが発表された。", "statement"),
        # a G20 summit is the setting of the leader's visit
        ("来年6月の大阪での20カ国・地域(G20)首脳会合のためプーチン氏が来日する。", "visit"),
    ],
)
def test_japanese_topics_and_settings_do_not_type_the_event(text, kind):
    anchor = TimeValue(date(2022, 9, 7), date(2022, 9, 7), "day")
    assert {e.type for e in events_of(text, anchor)} == {kind}


@pytest.mark.parametrize(
    "text",
    [
        "Об этом министр иностранных дел Сергей Лавров заявил 14 января по итогам переговоров со своим "
        "японским коллегой Таро Коно.",
        "ラブロフ外相は14日、河野太郎外相との会談後に記者会見し、交渉を続けると述べた。",
    ],
)
def test_a_statement_after_talks_dates_the_talks_too(text):
    anchor = TimeValue(date(2019, 1, 15), date(2019, 1, 15), "day")
    got = {(e.date, e.type, frozenset(e.people)) for e in events_of(text, anchor)}
    assert ("2019-01-14", "meeting", frozenset({"Lavrov", "Kono"})) in got
    assert any(kind == "statement" and "Lavrov" in who for _d, kind, who in got)


def test_a_neuter_subject_reports_and_the_topic_ends_before_the_date():
    """"О поездке X и Y 13 октября сообщило правительство": the government's report is the event of
    the 13th; the trip is only its topic, which ends before the date."""
    text = "О поездке Хуснуллина и Григоренко 13 октября сообщило правительство Сахалинской области.\n"
    anchor = TimeValue(date(2021, 10, 15), date(2021, 10, 15), "day")
    assert [(e.date, e.type) for e in events_of(text, anchor)] == [("2021-10-13", "statement")]


def test_a_documents_year_does_not_date_a_news_day_statement():
    text = ("Встреча Путина и Абэ прошла в Сингапуре.\n\n«Стороны активизируют переговоры на основе "
            "декларации 1956 года», — сказал пресс-секретарь президента России Дмитрий Песков.\n")
    anchor = TimeValue(date(2018, 11, 14), date(2018, 11, 14), "day")
    got = {(e.date, e.type, e.people) for e in events_of(text, anchor)}
    assert ("2018-11-14", "statement", ("Peskov",)) in got


# --- what a Japanese speaker says at a press conference ----------------------------------------------
@pytest.mark.parametrize(
    "text, said",
    [
        ("松野官房長官は15日の記者会見で、ロシアが演習を行ったことを受け、抗議したと明らかにした。",
         "ロシアが演習を行ったことを受け、抗議した"),
        ("外相は2日、記者団に対し、交渉を続けると述べた。", "交渉を続ける"),
        ("報道官は会見で、抗議は1日にモスクワで伝えたと説明した。", "抗議は1日にモスクワで伝えた"),
        ("首相は9月にプーチン大統領と会談した。", None),  # no speech setting
        ("首相は記者会見で、北方領土問題を議論した。", None),  # no closing speech verb
    ],
)
def test_japanese_complement(text, said):
    span = japanese_complement(text, 0, len(text))
    assert (text[span[0] : span[1]] if span else None) == said


@pytest.mark.parametrize(
    "text, wanted",
    [
        # the press conference's day dates the statement; the deployment it reports is not of that day
        ("加藤勝信官房長官は26日の記者会見で、ロシア軍が択捉島にミサイルを配備したとして、"
         "外交ルートを通じて抗議したと明らかにした。", {("2021-07-26", "statement", ("Kato",))}),
        # a day inside what is said dates what is said
        ("加藤勝信官房長官は26日の記者会見で、林芳正外相が23日にラブロフ外相と会談したと述べた。",
         {("2021-07-26", "statement", ("Kato",)), ("2021-07-23", "meeting", ("Hayashi", "Lavrov"))}),
    ],
)
def test_a_japanese_press_conference_is_the_statement(text, wanted):
    assert {(e.date, e.type, e.people) for e in events_of(text)} == wanted


# --- event words, documents and names ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, wanted",
    [
        ("ロシア海軍の艦艇6隻が26日、宗谷海峡を通過した。", ("2021-07-26", "military")),
        ("第1陣の訪問団は26日朝、根室港を出港した。", ("2021-07-26", "visit")),
        ("外務報道官は26日の会見で、遺憾の意を示した。", ("2021-07-26", "statement")),
        ("Лавров рассказал, о чем говорил сегодня с Коно.", ("2021-07-26", "meeting")),
        ("Министр обсудил с японским коллегой в понедельник вопросы рыболовства.", ("2021-07-26", "meeting")),
        # a document named with a year long past is its signing
        ("Япония ссылается на Трактат о торговле и границах 1855 года.", ("1855", "treaty")),
        ("両首脳は26日、1956年の日ソ共同宣言を基礎に交渉を加速させることで合意した。", ("1956", "treaty")),
        # German: the day of the month with its period, and German event words
        ("Am 16. Juli kündigte der Premier neue Sanktionen gegen Russland an.", ("2021-07-16", "sanction")),
        ("Der Außenminister besuchte am 20. Juli die Insel Iturup.", ("2021-07-20", "visit")),
    ],
)
def test_event_words_of_russian_japanese_and_german(text, wanted):
    assert wanted in {(e.date, e.type) for e in events_of(text)}


def test_a_recent_documents_year_still_names_it():
    """"соглашения 2018 года" in 2021 names the agreement; the clause's own day stays its event."""
    events = events_of("Стороны 26 июля договорились продолжить работу на основе соглашения 2018 года.")
    assert "2018" not in {e.date for e in events} and "2021-07-26" in {e.date for e in events}


def test_a_document_with_its_year_leaves_the_clause_its_own_day():
    text = "両首脳は26日、1956年の日ソ共同宣言を基礎に交渉を加速させることで合意した。"
    assert {e.date for e in events_of(text)} == {"2021-07-26", "1956"}


@pytest.mark.parametrize(
    "text, dates",
    [
        ("両首脳は26日、前日に続く2日目の首脳会談を開いた。", {"2021-07-26"}),  # "2日目": the second day
        ("会談は2日間にわたり行われ、26日に閉幕した。", {"2021-07-26"}),  # "2日間": two days
    ],
)
def test_japanese_counts_of_days_are_no_dates(text, dates):
    assert {e.date for e in events_of(text)} == dates


@pytest.mark.parametrize(
    "text, surname",
    [
        ("«Токио отвергнет эту идею», – сказал газете японист Валерий Кистанов.", "Kistanov"),
        ("Об этом рассказал эксперт Дмитрий Стрельцов.", "Streltsov"),
    ],
)
def test_a_russian_first_name_and_surname_name_a_person(text, surname):
    assert surname in [p.person.surname for p in find_named_people(text)]


def test_past_the_lead_a_statement_needs_the_speaker_its_clause_marks():
    """"首相は、…説明し、プーチン氏の理解と協力を得た": Putin is not who explained."""
    text = ("安倍晋三首相は26日、ウラジオストクでプーチン大統領と会談した。\n\n"
            "首相は、経済協力には拉致問題の解決が不可欠だとも説明し、プーチン氏の理解と協力を得た。\n")
    assert [e.people for e in events_of(text) if e.type == "statement"] == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("外務省の吉田朋之外務報道官は会見で説明した。", [("吉田朋之", "Yoshida")]),
        ("自由訪問団(清水征支郎団長、団員59人)が戻った。", [("清水征支郎", "Shimizu")]),
        ("吉田報道官は述べた。", [("吉田", "Yoshida")]),
        ("農林水産大臣は述べた。", []),  # 林 inside a word is no surname
        ("日本政府は抗議した。", []),
    ],
)
def test_a_japanese_title_names_a_person(text, names):
    assert [(p.text, p.person.surname) for p in find_named_people(text)] == names


def test_the_day_before_is_the_day_before_the_storys_day():
    """"前日" counts back from the day the story named last, not from publication; "前日に続く" (going on
    from the day before) dates nothing; "両首脳" are the two named before."""
    text = ("安倍晋三首相とプーチン大統領は16日、前日に続く2日目の首脳会談を開いた。"
            "両首脳は前日会談した長門市から東京に移動した。")
    anchor = TimeValue(date(2016, 12, 17), date(2016, 12, 17), "day")
    got = {(e.date, e.type, e.people) for e in events_of(text, anchor)}
    assert got == {("2016-12-16", "meeting", ("Abe", "Putin")), ("2016-12-15", "meeting", ("Abe", "Putin"))}


@pytest.mark.parametrize(
    "text, both",
    [("両首脳は会談した。", True), ("Оба лидера подтвердили курс.", True), ("首脳会談が開かれた。", False)],
)
def test_names_both(text, both):
    assert names_both(text, 0, len(text)) is both


@pytest.mark.parametrize(
    "text, named",
    [
        ("「北方領土返還要求全国大会」を開催した", True),
        ("「ビザなし交流」の訪問団", True),
        ("「訪問は遺憾だ」と述べた", False),  # speech before と
    ],
)
def test_quoted_name(text, named):
    assert quoted_name(text, 0, text.index("」") + 1) is named


def test_a_rally_named_in_brackets_in_tokyo_is_the_days_statement():
    """The annual rally's name in 「」 is no quote, and "東京都内で" is where it was held."""
    text = "「北方領土の日」の7日、政府や関係団体は東京都内で「北方領土返還要求全国大会」を開催した。"
    anchor = TimeValue(date(2021, 2, 7), date(2021, 2, 7), "day")
    got = {(e.date, e.type, e.places) for e in events_of(text, anchor)}
    assert got == {("2021-02-07", "statement", ("Tokyo",))}


@pytest.mark.parametrize(
    "text, place, setting",
    [
        ("東京都内で開催した", "東京", True),
        ("モスクワの日本大使館", "モスクワ", False),
        ("заявил в Москве", "Москве", True),
        ("выразил протест Москве", "Москве", False),
    ],
)
def test_is_setting(text, place, setting):
    at = text.index(place)
    assert is_setting(text, at, at + len(place)) is setting


@pytest.mark.parametrize(
    "text",
    [
        "МИД России заявил о прекращении переговоров с Японией по мирному договору.",
        "Россия выходит из переговоров по мирному договору с Японией, сообщает МИД.",
        "外務省は、ロシア側に外交ルートを通じて抗議したと発表した。",
        "Russland beendet den Dialog mit Japan, teilt das russische Außenministerium mit.",
    ],
)
def test_a_ministry_speaking_in_the_lead_is_the_days_statement(text):
    article = parse_bytes(text.encode(), "probe.txt")
    article.published = Published(DAY, False, "probe")
    article.language = "de" if "Russland" in text else article.language
    assert [(e.date, e.type) for e in extract_events(article)[2]] == [("2021-07-26", "statement")]


@pytest.mark.parametrize(
    "text, verb, speaks",
    [
        ("МИД России заявил о прекращении переговоров.", "заявил", True),
        ("Переговоры прекращены, сообщает МИД.", "сообщает", True),
        ("Лавров заявил, что МИД готов.", "заявил", False),
        ("外務省は抗議したと発表した。", "発表", True),
        ("首相は外務省の見解を説明した。", "説明", False),
    ],
)
def test_institution_speaks(text, verb, speaks):
    at = text.index(verb)
    assert institution_speaks(text, 0, at, at + len(verb)) is speaks


@pytest.mark.parametrize(
    "text, word, is_negated",
    [
        ("Россия выходит из переговоров по мирному договору.", "переговоров", True),
        ("Москва приостановила безвизовые поездки.", "поездки", True),
        ("Премьер не посетил остров.", "посетил", True),
        ("Премьер посетил остров.", "посетил", False),
        # a stop noun governs a chain of genitives and a date that ends in the event word
        ("информируем о прекращении с 5 сентября 2022 года действия договоренностей по безвизовым поездкам",
         "поездкам", True),
        ("после отмены санкций премьер и министр посетили остров", "посетили", False),  # its own clause
        ("政府は交流事業の訪問を中止した。", "訪問", True),
        ("首相は訪問を見送る方針だ。", "訪問", True),
        ("首相は国後島を訪問した。", "訪問", False),
    ],
)
def test_negated(text, word, is_negated):
    at = text.index(word)
    assert negated(text, 0, at, at + len(word)) is is_negated


@pytest.mark.parametrize(
    "text, wanted",
    [
        # the chronology holds Mishustin's visit to Iturup on 26 July 2021
        ("Правительство Японии недовольно визитом Михаила Мишустина на остров Итуруп и готовит протест.",
         {("2021-07-26", "visit", ("Mishustin",), ("Iturup",))}),
        ("Токио выразил протест в связи с визитом Мишустина на Итуруп.",
         {("2021-07-26", "visit", ("Mishustin",), ("Iturup",))}),
        # no such visit in the chronology: nothing is guessed
        ("Токио выразил протест в связи с визитом Лаврова на Итуруп.", set()),
    ],
)
def test_a_reaction_reports_the_visit_the_chronology_knows(text, wanted):
    anchor = TimeValue(date(2021, 7, 27), date(2021, 7, 27), "day")
    got = {(e.date, e.type, e.people, e.places) for e in events_of(text, anchor) if e.type == "visit"}
    assert got == wanted


@pytest.mark.parametrize(
    "text, wanted",
    [
        # a plain non-past verb looks ahead: the 26th after the 20th is this month's
        ("北方墓参が本年度も26日から始まる。", "2017-07-26"),
        ("首相は26日にモスクワを訪問する予定だ。", "2017-07-26"),
        # a past verb looks back: the 26th before the 20th is last month's
        ("首相は26日にモスクワを訪問した。", "2017-06-26"),
    ],
)
def test_japanese_tense_sets_the_day_of_the_month(text, wanted):
    anchor = TimeValue(date(2017, 7, 20), date(2017, 7, 20), "day")
    assert wanted in {e.date for e in events_of(text, anchor)}


def test_a_japanese_state_or_since_is_not_ahead():
    """"相次いでいる" is a state and 以来 looks back: August is the last one, not the next."""
    anchor = TimeValue(date(2015, 9, 8), date(2015, 9, 8), "day")
    assert "2015-08" in {e.date for e in events_of("訪問は、8月の択捉島訪問以来、相次いでいる。", anchor)}


def test_a_fiscal_year_beside_a_day_names_the_season():
    """"今年度第1陣…が18日、…戻った": the fiscal year is the programme's, the 18th the event's."""
    text = "今年度第1陣となった国後島への自由訪問団が18日、根室港に戻った。"
    anchor = TimeValue(date(2017, 5, 19), date(2017, 5, 19), "day")
    assert {e.date for e in events_of(text, anchor)} == {"2017-05-18"}


@pytest.mark.parametrize(
    "text, future",
    [("26日から始まる。", "future"), ("訪問した。", "past"), ("相次いでいる。", None),
     ("Визит состоится в июле.", "future"), ("Визит состоялся в июле.", "past"), ("Посол заявил.", "past"),
     ("Генерал и канал.", None)],
)
def test_language_tense(text, future):
    assert tense(text, 0, len(text)) == future


def test_talks_that_are_over_are_a_reference_point():
    """"首脳会談を終えた安倍総理は、16日午後の会見で…述べた": the 16th dates the press conference."""
    text = "首脳会談を終えた安倍総理は、16日午後の会見で次のように述べた。"
    anchor = TimeValue(date(2016, 12, 16), date(2016, 12, 16), "day")
    assert {(e.date, e.type) for e in events_of(text, anchor)} == {("2016-12-16", "statement")}


@pytest.mark.parametrize(
    "text, kind, nothing",
    [
        # Japanese: since, every year, a term of office, a yearly thing named by its year, a day's name
        ("平成元年以来、交渉は続いている。", "year", True),
        ("毎年8月15日に式典が開かれる。", "month_day", True),
        ("メドベージェフ氏は2008〜2012年に大統領。", "year", True),
        ("3月3日、令和4年全国大会が開かれた。", "year", True),
        ("2019年版外交青書が公表された。", "year", True),
        ("「令和5年 北方領土返還要求 全国大会」の開催に当たり", "year", True),
        ("今年の大会には首相ら約1600人が出席した。", "year", True),
        ("今年の夏に首相が訪問した。", "year", False),
        ("8月15日は終戦の日です。", "month_day", True),
        ("8月15日は首相が式典に出席した。", "month_day", False),
        # ... but a year, a month or a season of the clause's own dates it
        ("2019年に首相がロシアを訪問した。", "year", False),
        ("2019年秋に首相がロシアを訪問した。", "year", False),
        ("2019年初旬に会談が開かれる。", "year", False),
        # Russian: every year, an edition of a yearly book
        ("Ежегодно 9 сентября там проходит митинг.", "month_day", True),
        ("9 сентября отмечается в стране как День памяти.", "month_day", True),
        ("Токио упомянул острова в «Белой книге по обороне» за 2022 год.", "year", True),
        # ... while the year a custom began, and a plain year, date their clause
        ("Начиная с 1981 года праздник отмечается ежегодно.", "year", False),
        ("В 2016 году Абэ посетил Сочи.", "year", False),
        ("9 сентября Лавров посетил Токио.", "month_day", False),
    ],
)
def test_times_that_date_nothing(text, kind, nothing):
    times = [t for t in find_times(text, DAY) if t.kind == kind or t.kind == "range" and kind == "year"]
    assert times, text
    assert dates_nothing(text, times[0].start, times[0].end, times[0].kind) is nothing


def test_a_year_in_a_rallys_name_leaves_the_day_to_the_rally():
    text = "平成23年2月7日、菅総理は都内で開催された平成23年北方領土返還要求全国大会に出席しました。"
    assert {e.date for e in events_of(text)} == {"2011-02-07"}


def test_a_yearly_day_dates_no_event():
    text = "А 9 сентября ежегодно отмечается в стране как День памяти. 毎年9月3日に式典が開かれる。"
    assert [e.date for e in events_of(text)] == []


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("2月8日、首相はソチでプーチン大統領と会談しました。", "past"),
        ("2月8日、外相は記者会見で遺憾だと述べた。", "past"),
        # what was said or agreed is still to come
        ("外相は来月訪問する予定だと述べた。", None),
        ("両首脳は調査団を10月に派遣することで一致した。", None),
        ("26日から始まる。", "future"),
    ],
)
def test_japanese_sentence_tense(text, wanted):
    assert tense(text, 0, len(text)) == wanted


def test_a_japanese_day_in_a_past_sentence_is_the_last_one():
    anchor = TimeValue(date(2014, 11, 20), date(2014, 11, 20), "day")
    text = "2月8日、安倍総理はソチ郊外でプーチン大統領と首脳会談を行いました。"
    assert {e.date for e in events_of(text, anchor)} == {"2014-02-08"}


@pytest.mark.parametrize(
    "text, kind",
    [
        # the event word describes the subject; the predicate at the end is the sentence's event
        ("2月8日、ソチを訪問した安倍総理は、ソチ郊外の公邸において首脳会談を行いました。", "meeting"),
        ("10月17日、ミラノを訪問中の安倍総理大臣は、会議場内でプーチン大統領と会談を行いました。", "meeting"),
        # a visit that is the predicate stays one
        ("2月8日、安倍総理はソチを訪問した。", "visit"),
    ],
)
def test_a_japanese_clause_describing_the_subject_does_not_type_the_event(text, kind):
    anchor = TimeValue(date(2014, 11, 20), date(2014, 11, 20), "day")
    assert {e.type for e in events_of(text, anchor)} == {kind}


@pytest.mark.parametrize(
    "text, known, year, wanted",
    [
        # Japanese: a bare title as the subject is the office's holder the article named, else that year's
        ("首相は28日昼、政府専用機で羽田空港を出発。", {"Abe"}, 2013, [("首相", "Abe")]),
        ("外相は記者団に語った。", set(), 2015, [("外相", "Kishida")]),
        ("安倍首相は述べた。", {"Abe"}, 2013, [("安倍", "Abe")]),  # the name says who
        # a kanji surname two officials share, with a title: the one of them in that office that year
        ("菅総理は都内で述べた。", set(), 2011, [("菅総理", "Kan")]),
        ("菅首相は記者団に述べた。", set(), 2021, [("菅首相", "Suga")]),
        ("菅首相は記者団に述べた。", set(), None, []),
        ("ロシアの首相は述べた。", {"Abe"}, 2013, []),  # another country's
        # Russian: the role in any case, not when a name follows it
        ("Глава МИД Японии выразил надежду на диалог.", {"Kono"}, 2019, [("Глава МИД Японии", "Kono")]),
        ("Он встретился с премьер-министром Японии.", {"Abe"}, 2016, [("премьер-министром Японии", "Abe")]),
        ("Премьер-министр Японии Фумио Кисида заявил", set(), 2022, [("Кисида", "Kishida")]),
        ("Ранее в пятницу премьер-министр России прилетел на Курилы.", set(), 2019,
         [("премьер-министр России", "Medvedev")]),
        ("Об этом заявил глава МИД РФ.", {"Lavrov"}, 2016, [("глава МИД РФ", "Lavrov")]),
    ],
)
def test_russian_and_japanese_role_phrases(text, known, year, wanted):
    got = find_people(text, 0, None, known=known, year=year)
    assert [(m.text, m.person.surname) for m in got] == wanted


@pytest.mark.parametrize(
    "text, verb, speaker",
    [
        # the subject is in the nominative: not the one "with" whom or "to" whom
        ("Глава МИД Японии Таро Коно в ходе переговоров с Сергеем Лавровым выразил надежду.", "выразил",
         "Kono"),
        ("Генеральный секретарь правительства Ёсихидэ Суга заявил, что визит прискорбен.", "заявил", "Suga"),
    ],
)
def test_a_russian_speaker_is_in_the_nominative(text, verb, speaker):
    at = text.index(verb)
    people = find_named_people(text)
    assert [p.person.surname for p in speakers(text, 0, at, at + len(verb), people)] == [speaker]


@pytest.mark.parametrize(
    "text, after",
    [("会談後の共同記者会見で、首相は述べた。", True),
     ("По итогам переговоров Лавров заявил о прогрессе.", True),
     ("После встречи с Путиным Абэ сказал", True), ("首相は記者団に述べた。", False),
     ("Лавров заявил о прогрессе.", False)],
)
def test_said_after_talks(text, after):
    assert said_after_talks(text, 0, len(text)) is after


@pytest.mark.parametrize(
    "last",
    ["首相は会談後の共同記者会見で「大きな一歩だ」と強調した。",  # after the talks
     "首相は、拉致問題の解決が不可欠だとも説明した。"],  # the story's day is the day before publication
)
def test_an_undated_statement_of_the_talks_story_is_on_the_talks_day(last):
    """(the statement then joins the talks it was made at, as the same day's event with the same people)"""
    anchor = TimeValue(date(2016, 12, 17), date(2016, 12, 17), "day")
    text = "安倍首相は16日、プーチン大統領と会談した。来年6月に大阪で再び会談する予定だ。" + last
    got = {e.date for e in events_of(text, anchor)}
    assert "2016-12-16" in got and "2016-12-17" not in got


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("26 июля 2021 года было заключено соглашение о торговле.", ("2021-07-26", "treaty")),
        ("Война закончилась в 1945 году.", ("1945", "military")),
        ("首相は26日、羽田空港を出発した。", ("2021-07-26", "visit")),
    ],
)
def test_more_russian_and_japanese_event_words(text, wanted):
    assert wanted in {(e.date, e.type) for e in events_of(text)}


def test_a_signature_drive_signs_no_treaty():
    text = "2月7日、全国各地で署名活動が行われた。"
    assert "treaty" not in {e.type for e in events_of(text)}


@pytest.mark.parametrize(
    "text, lines",
    [
        ("経緯\n\n■2010年11月 大統領が国後島を訪問\n関係は悪化した。\n",
         ["■2010年11月 大統領が国後島を訪問"]),
        ("・平成28年12月15日 長門で首脳会談\n", ["・平成28年12月15日 長門で首脳会談"]),
        ("2016年12月15日\n", []),  # a date alone is a stamp, not an entry
        ("■2010年11月\n", []),
        ("■ November 2010: the visit\n", []),
    ],
)
def test_dated_list_lines(text, lines):
    assert [text[a:b] for a, b in dated_list_lines(text, [])] == lines


def test_a_japanese_chronology_line_is_an_event():
    text = ("北方領土をめぐる経緯\n\n■2010年11月 メドベージェフ大統領が国後島を訪問\n"
            "日ロ関係は冷戦終結後としては最悪の状態に悪化した。\n")
    got = {(e.date, e.type, e.places, e.people) for e in events_of(text)}
    assert ("2010-11", "visit", ("Kunashir",), ("Medvedev",)) in got


@pytest.mark.parametrize(
    "text, word, during",
    [
        ("Коно в ходе переговоров с Лавровым выразил надежду.", "переговоров", True),
        ("Во время встречи с Абэ Путин заявил о прогрессе.", "встречи", True),
        ("外相は会談の中で、遺憾だと述べた。", "会談", True),
        ("Лавров заявил о переговорах.", "переговорах", False),
        ("外相は会談について述べた。", "会談", False),
    ],
)
def test_held_during(text, word, during):
    at = text.index(word)
    assert held_during(text, 0, at, at + len(word)) is during


def test_a_statement_during_talks_dates_the_talks_too():
    text = "26 июля глава МИД Японии Таро Коно в ходе переговоров с Сергеем Лавровым выразил надежду."
    got = {(e.date, e.type, frozenset(e.people)) for e in events_of(text)}
    assert ("2021-07-26", "meeting", frozenset({"Kono", "Lavrov"})) in got


def test_a_japanese_chronology_line_names_the_articles_people_and_places():
    text = ("北方領土をめぐる経緯\n\n■2016年5月 安倍首相が訪ロ。ソチでプーチン大統領と首脳会談\n"
            "両国は「交渉を加速させていくこと」を確認しあった。\n")
    article = parse_bytes(text.encode(), "probe.txt")
    article.published = Published(DAY, False, "probe")
    places, people, _events = extract_events(article)
    assert "Sochi" in places and {"Abe", "Putin"} <= set(people)


# -- Japanese prose wrapped across lines, and cut off mid-sentence (kurils.clean) -----------------------
@pytest.mark.parametrize(
    "text, paragraphs",
    [
        # a forum's copy of a story, wrapped mid-sentence: after a particle, a comma, or before a quote's と
        ("日本の外相は3日、「日本の立場と相いれず受け入れられない」と\n外交ルートを通じて抗議した。しかし大使は3日、反論し、\n"
         "交流を続ける考えを示した。\n",
         ["日本の外相は3日、「日本の立場と相いれず受け入れられない」と\n外交ルートを通じて抗議した。しかし大使は3日、反論し、\n"
          "交流を続ける考えを示した。"]),
        ("首相はあいさつで「元島民の思いを果たしたい。最も大きな思いが問題の解決だ」\nと述べ、強い意欲を示した。\n",
         ["首相はあいさつで「元島民の思いを果たしたい。最も大きな思いが問題の解決だ」\nと述べ、強い意欲を示した。"]),
        # a title that is a sentence of its own ("…を望んでいます") stays apart from the body under it
        ("日本は困難な関係にもかかわらず、平和条約を望んでいます\n日本政府は7日、条約の締結を目指すと述べた。会談は続く。\n",
         ["日本政府は7日、条約の締結を目指すと述べた。会談は続く。"]),
    ],
)
def test_japanese_lines_wrapped_mid_sentence_are_one_paragraph(text, paragraphs):
    from kurils.clean import clean_text
    assert [text[p.start:p.end] for p in clean_text(text).paragraphs] == paragraphs


def test_japanese_prose_cut_off_mid_sentence_is_body():
    text = ("政府は7日、東京都内で全国大会を開いた。首相が出席し、「墓参の再開は最優先事項の一つだ」"
            "と述べた。大会ではアピールを採択する。日本は2022年に始まっ")
    article = parse_bytes(text.encode(), "probe.txt")
    assert article.error is None and len(article.paragraphs) == 1


def test_a_japanese_topic_is_the_whole_noun_phrase():
    text = "事務次官は同日、大使を呼び、メドベージェフ首相による国後島上陸に抗議した。"
    at = text.index("上陸")
    assert marked_role(text, 0, at, at + 2)[:2] == ("topic", text.index("メドベージェフ"))


@pytest.mark.parametrize(
    "text, spans",
    [
        ("事務次官は同日、大使を呼んで抗議した。", ["同日"]),
        ("首相は、同日の予算委員会で述べた。", ["同日"]),
        ("首相は29日午後(日本時間同日夜)、会談する。", []),  # the same day in another time zone
        ("В тот же день МИД России вручил ноту.", ["В тот же день"]),
        ("On the same day, he said.", []),  # English is the event pass's own
    ],
)
def test_same_day_spans(text, spans):
    assert [text[a:b] for a, b in same_day_spans(text, 0, len(text))] == spans


def test_the_same_day_is_the_day_the_story_named():
    text = ("ロシアのメドベージェフ首相は3日、北方四島の国後島に上陸した。"
            "外務省の事務次官は同日、駐日ロシア大使を同省に呼び、メドベージェフ首相による国後島上陸に抗議した。")
    got = {(e.date, e.type, e.people) for e in events_of(text)}
    assert ("2021-07-03", "statement", ()) in got  # not Medvedev's: his landing is what was protested


@pytest.mark.parametrize(
    "text, kind",
    [
        ("ロシアのメドベージェフ大統領は1日、国後島を視察した。", "visit"),  # inspected
        ("26 июля Путин и Абэ обсудили мирный договор.", "meeting"),  # two sides discussed
        ("26 июля Путин и Абэ договорились о совместной деятельности.", "meeting"),  # agreed
        ("26 июля была достигнута договоренность о поездке.", "meeting"),  # an agreement reached
        ("26 июля Мария Захарова прокомментировала заявление.", "statement"),  # commented
        ("26 июля Мария Захарова отреагировала на призыв политолога.", "statement"),  # responded
    ],
)
def test_russian_and_japanese_event_words(text, kind):
    assert [e.type for e in events_of(text)] == [kind]


@pytest.mark.parametrize(
    "text, count",
    [
        ("首相はあいさつで「全力を尽くしたい。最大の思いは問題の解決だ」と述べた。外相も出席した。", 2),
        ("「交渉は続く。」と述べた。", 1),
        ("首相は述べた。「交渉は続く」。", 2),
        ("首相は「交渉は続く。外相も出席した。", 2),  # a quote never closed ends nothing
    ],
)
def test_a_japanese_quote_of_several_sentences_stays_with_its_speaker(text, count):
    from kurils.sentences import split_sentences
    assert len(split_sentences(text)) == count


@pytest.mark.parametrize(
    "text, place, locative",
    [
        ("Путин прилетел в Японию.", "Японию", True),
        ("переговоры в России", "России", True),
        ("протест Японии", "Японии", False),
        ("首相はロシアを訪問した。", "ロシア", True),
        ("日本との関係", "日本", False),
        ("ロシアに対し抗議した", "ロシア", False),
    ],
)
def test_is_locative(text, place, locative):
    from kurils.ruja import is_locative
    at = text.index(place)
    assert is_locative(text, at, at + len(place)) is locative


def test_a_russian_visit_takes_the_country_it_goes_to():
    got = {(e.type, e.places) for e in events_of("26 июля президент России прилетел в Японию с визитом.")}
    assert got == {("visit", ("Japan",))}


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("首相は当時、交渉を進めると述べた。", True),
        ("首相は就任時、問題解決に道筋をつけると表明したことがある。", True),  # has said so before
        ("首相はあいさつで、祖父が首相当時に宣言に調印した点に言及。", False),  # "when he was premier"
    ],
)
def test_japanese_looks_earlier(text, earlier):
    assert looks_earlier(text, 0, len(text)) is earlier


def test_a_speech_at_a_rally_is_on_the_rallys_day_when_the_page_gives_a_week():
    week = TimeValue(date(2010, 2, 7), date(2010, 2, 14), "range")
    text = ("北方領土返還要求全国大会が7日昼、都内で開かれ、元島民らが参加した。\n\n"
            "鳩山由紀夫首相はあいさつで、祖父が首相当時に日ソ共同宣言に調印した点に言及した。\n")
    got = {(e.date, e.type, e.people) for e in events_of(text, week)}
    assert ("2010-02-07", "statement", ("Hatoyama",)) in got


def test_a_russian_notice_of_termination_is_a_statement():
    text = ("По поручению МИД России информируем об официальном прекращении с 5 сентября 2022 года "
            "действия взаимных договоренностей по безвизовым поездкам граждан России и Японии.")
    assert [(e.date, e.type) for e in events_of(text)] == [("2022-09-05", "statement")]
