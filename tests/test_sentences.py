"""Sentences: a wire dateline opening a paragraph is not a sentence of its own."""

import pytest

from kurils.sentences import dateline, split_sentences


def test_a_russian_agency_dateline_is_skipped():
    text = "КУРИЛЬСК (Сахалинская область), 26 июл — РИА Новости. Мишустин прибыл на Итуруп."
    assert dateline(text, 0, len(text))[2] == "КУРИЛЬСК"
    assert [s.text for s in split_sentences(text, 0, len(text))] == ["Мишустин прибыл на Итуруп."]


def test_a_tass_dateline_in_russian_is_skipped():
    text = "ТОКИО, 17 декабря. /ТАСС/. Российские пограничники задержали пять японских судов."
    assert dateline(text, 0, len(text))[2] == "ТОКИО"
    assert [s.text for s in split_sentences(text, 0, len(text))] == [
        "Российские пограничники задержали пять японских судов."]


def test_an_english_dateline_still_is():
    text = "TOKYO, January 22. /TASS/. The Japanese government seeks a treaty."
    assert dateline(text, 0, len(text))[2] == "TOKYO"


@pytest.mark.parametrize("text, city", [
    ("ST. PETERSBURG, June 1. /TASS/. Putin said on Thursday that talks would go on.", "ST. PETERSBURG"),
    ("St. Petersburg, June 1 (Reuters) - Putin said talks would go on.", "St. Petersburg"),
])
def test_a_dateline_city_with_an_abbreviated_saint_is_the_dateline(text, city):
    assert dateline(text, 0, len(text))[2] == city
    assert [text[s.start:s.end] for s in split_sentences(text)][0].startswith("Putin said")


def test_a_sentence_opening_with_st_petersburg_is_no_dateline():
    text = "St. Petersburg is hosting the forum. Putin said talks would go on."
    assert dateline(text, 0, len(text)) is None


@pytest.mark.parametrize("text, expected", [
    ("安倍首相は会談した。両首脳は一致した。", ["安倍首相は会談した。", "両首脳は一致した。"]),
    ("長官は「率直な意見交換が行われた。」と述べた。次に進む！本当か？",
     ["長官は「率直な意見交換が行われた。」と述べた。", "次に進む！", "本当か？"]),
    ("日本首相15日举行会谈。双方同意开展活动！", ["日本首相15日举行会谈。", "双方同意开展活动！"]),
    ("Abe met Putin. 会談した。", ["Abe met Putin.", "会談した。"]),
    ("「会談した。」その後、戻った。", ["「会談した。」", "その後、戻った。"]),
])
def test_chinese_and_japanese_sentences_end_at_their_stops(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize("text", [
    ", ".join(["Putin met Abe in Tokyo on Monday"] * 300),  # a list run on with commas
    "word " * 3000,  # no stop and no clause break
    "a" * 7000,  # not even a space
])
def test_a_run_without_a_sentence_end_is_cut_into_bounded_clauses(text):
    """The work on a sentence grows with its times times its event words: no sentence is left longer
    than MAX_SENTENCE_CHARS, and the pieces still point exactly into the text."""
    from kurils.settings import MAX_SENTENCE_CHARS

    sentences = split_sentences(text)
    assert all(len(s.text) <= MAX_SENTENCE_CHARS and text[s.start : s.end] == s.text for s in sentences)
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    "text, city",
    [
        ("ТОКИО, 17 декабря. /ТАСС/. Российские пограничники задержали суда.", "ТОКИО"),
        ("ЮЖНО-САХАЛИНСК, 14 октября, ФедералПресс. Губернатор прибыл.", "ЮЖНО-САХАЛИНСК"),
        ("Москва, 2 августа, 2023, 13:52 — ИА Регнум. МИД заявил.", "Москва"),
    ],
)
def test_russian_datelines_with_the_agency_after_a_slash_a_comma_or_the_year_and_time(text, city):
    assert dateline(text, 0, len(text))[2] == city
    assert not split_sentences(text)[0].text.startswith(city)


@pytest.mark.parametrize(
    "text",
    [
        "Путин, 17 декабря, заявил о визите.",  # a person, a date, a verb: prose
        "Лавров, 14 января, Москва.",  # a title-case word before a date, no dash: prose
    ],
)
def test_russian_prose_with_a_date_after_a_comma_is_no_dateline(text):
    assert dateline(text, 0, len(text)) is None


@pytest.mark.parametrize(
    "text, count",
    [
        ("They met in Buenos Aires on December 1st. By this tradition, they met again.", 2),  # an ordinal
        ("Talks were held on the 22nd. Lavrov said so.", 2),
        ("He walked down St. Petersburg Avenue.", 1),  # "St." for Saint still holds the sentence
    ],
)
def test_an_ordinals_ending_is_no_abbreviation(text, count):
    assert len(split_sentences(text)) == count
