"""Language: plainly English text is told by its function words, the rest by py3langid's public API."""

from __future__ import annotations

from pathlib import Path

import py3langid
import pytest

from kurils import language
from kurils.read import read_bytes

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "seeds").iterdir()) + sorted((ROOT / "tests" / "data" / "unseen").glob("*.*[tl]"))

FOREIGN = [
    ("de", "Der japanische Regierungschef Shinzo Abe hat am Montag in Tokio gesagt, dass die Gespräche "
           "mit Russland über die Kurilen fortgesetzt werden. Was er damit meinte, blieb offen. Er will im "
           "Mai nach Moskau reisen, um mit Präsident Wladimir Putin zu sprechen."),
    ("fr", "Le Premier ministre japonais a déclaré lundi à Tokyo que les discussions avec la Russie sur les "
           "îles Kouriles se poursuivraient. Il doit se rendre à Moscou en mai pour rencontrer le président "
           "Vladimir Poutine. Les îles ont été occupées par l'Union soviétique en 1945."),
    ("ru", "Премьер-министр Японии Синдзо Абэ заявил в понедельник в Токио, что переговоры с Россией по "
           "Курильским островам будут продолжены. В мае он намерен посетить Москву и встретиться с "
           "президентом Владимиром Путиным. Острова вошли в состав СССР по итогам Второй мировой войны."),
    ("ja", "日本の首相は月曜日、北方領土問題についてロシアとの交渉を続けると述べた。"
           "首相は五月にモスクワを訪問し、プーチン大統領と会談する予定だ。"),
]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_plainly_english_articles_are_what_py3langid_says(path):
    text = read_bytes(path.read_bytes()).text
    if language.is_plainly_english(text):
        assert py3langid.classify(text[:20000])[0] == "en"


def test_the_shortcut_takes_most_english_articles():
    texts = [read_bytes(p.read_bytes()).text for p in ARTICLES]
    assert sum(map(language.is_plainly_english, texts)) >= 0.9 * len(texts)


@pytest.mark.parametrize(("code", "text"), FOREIGN, ids=[c for c, _ in FOREIGN])
def test_other_languages_go_to_py3langid(code, text):
    assert not language.is_plainly_english(text)
    assert language.detect_language(text) == code == py3langid.classify(text)[0]


@pytest.mark.parametrize("text", ["", "OK 12", "a", "12345 67890 !!! ???"])
def test_too_little_text_has_no_language(text):
    assert language.detect_language(text) is None


def test_short_text_goes_to_the_model():
    text = "Japanese Prime Minister Shinzo Abe met Russian President Vladimir Putin in Sochi on Friday."
    assert not language.is_plainly_english(text)  # too few words for the shortcut
    assert language.detect_language(text) == py3langid.classify(text)[0]


def test_release_model_drops_it_and_it_loads_again():
    language.detect_language(FOREIGN[0][1])
    assert language._identifier.cache_info().currsize == 1
    language.release_model()
    assert language._identifier.cache_info().currsize == 0
    assert language.detect_language(FOREIGN[2][1]) == "ru"
