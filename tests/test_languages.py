"""Russian, Japanese and German text: sentence ends, dates, names, islands and event words.

Probe sentences written for one rule each (no accuracy figure comes from them: the real set does that).
"""

import pytest

from kurils.clean import clean_text
from kurils.sentences import split_sentences


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


def test_japanese_prose_is_body_not_furniture():
    text = (
        "日露首脳会談、共同経済活動の行程表で合意\n\n"
        "安倍晋三首相は10日夜、ロシア極東ウラジオストクでプーチン大統領と会談した。両首脳は合意した。\n"
    )
    cleaned = clean_text(text)
    assert cleaned.headline == text.split("\n")[0]
    assert [p.text for p in cleaned.paragraphs] == [text.split("\n")[2]]
