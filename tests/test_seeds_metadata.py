"""The seeds give exactly the outlet and headline a careful reader finds (expected.json)."""

import pytest

from kurils.language import detect_language

SEED_FILES = [
    "000_40981b631b3bfb78.txt",
    "001_11e9c55dd5871c9d.txt",
    "002_49243b7414c43ba9.txt",
    "003_2a1a4f195c932e2c.txt",
    "004_e9e6e489c14a83f0.txt",
]


@pytest.mark.parametrize("name", SEED_FILES)
def test_seed_outlet(name, seed_articles, expected):
    article = seed_articles[name]
    assert article.error is None
    assert article.outlet == expected[name]["outlet"]
    assert article.wire_source == expected[name].get("wire_source")


@pytest.mark.parametrize("name", SEED_FILES)
def test_seed_headline(name, seed_articles, expected):
    article = seed_articles[name]
    assert article.headline == expected[name]["headline"]
    start, end = article.headline_span
    assert article.text[start:end] == article.headline


@pytest.mark.parametrize("name", SEED_FILES)
def test_seed_paragraph_offsets_and_language(name, seed_articles):
    article = seed_articles[name]
    assert article.language == "en"
    assert article.paragraphs
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.end] == paragraph.text
    assert article.headline not in article.body


def test_language_none_for_too_little_text():
    assert detect_language("") is None
    assert detect_language("OK 12") is None
    assert (
        detect_language("Der japanische Regierungschef sagte am Montag, die Gespräche würden fortgesetzt.")
        == "de"
    )
