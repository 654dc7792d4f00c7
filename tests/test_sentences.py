"""Sentences: a wire dateline opening a paragraph is not a sentence of its own."""

from kurils.sentences import dateline, split_sentences


def test_a_russian_agency_dateline_is_skipped():
    text = "КУРИЛЬСК (Сахалинская область), 26 июл — РИА Новости. Мишустин прибыл на Итуруп."
    assert dateline(text, 0, len(text))[2] == "КУРИЛЬСК"
    assert [s.text for s in split_sentences(text, 0, len(text))] == ["Мишустин прибыл на Итуруп."]


def test_an_english_dateline_still_is():
    text = "TOKYO, January 22. /TASS/. The Japanese government seeks a treaty."
    assert dateline(text, 0, len(text))[2] == "TOKYO"
