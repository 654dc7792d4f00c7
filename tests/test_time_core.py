"""The time scan's prefilter (temporal.may_hold_time): a stretch it rules out holds no match of any
alternative of the combined scan, so skipping the scan there changes nothing."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kurils import temporal
from kurils.temporal import find_times, may_hold_time

ROOT = Path(__file__).resolve().parent.parent

# one phrase per alternative of temporal._SCAN (the test below asks for every alternative's name)
PHRASES = {
    "jadr": "会談は12月15日〜16日に行われた", "jamdy": "12月 02, 2020 19:12", "jad": "2016年12月15日に",
    "jay": "来年の訪問", "jaera": "令和2年に", "jarel": "来週の会談", "jadeic": "昨日の発言",
    "jaday": "首相は15日に",
    "iso": "on 2016-12-15 at", "num": "on 15.12.2016 in", "ymd": "on 2016/12/15 in",
    "dr": "from 15 to 16 December 2016", "mr": "December 15-16, 2016", "dmy": "on 15 December 2016",
    "mdy": "on December 15, 2016", "my": "in December 2016", "mo": "last December", "se": "next spring",
    "yr": "between 2015 and 2016", "yr2": "in 2015-2016", "dec": "in the 1990s", "year": "since 2016",
    "rel": "next month", "wkend": "over the weekend", "ago": "two weeks ago", "ann": "60th anniversary of",
    "deic": "the day before yesterday", "rudr": "18-22 апреля 2023 года", "rumd": "22 апреля 2023",
    "rumo": "в апреле 2023", "rupt": "в начале мая", "rudeic": "накануне вечером", "rurel": "на этой неделе",
    "dedmy": "am 15. Dezember 2016", "demo": "im Dezember 2016", "dewd": "am Montag", "ruwd": "в среду",
    "wd": "said on Tuesday morning", "kod": "2019년 1월 22일", "cjwd": "他星期二说",
}
ALTERNATIVES = [name for name, _pattern in temporal._ALTERNATIVES]


def test_every_alternative_has_a_phrase():
    assert set(PHRASES) == set(ALTERNATIVES), "a new alternative of _SCAN: add its phrase (and words)"


@pytest.mark.parametrize("name", ALTERNATIVES)
@pytest.mark.parametrize("case", [str, str.upper, str.title])
def test_a_match_of_each_alternative_is_not_ruled_out(name, case):
    text = case(PHRASES[name])
    matches = [m for m in temporal._SCAN.finditer(text) if m.lastgroup == f"k_{name}"]
    assert matches or case is not str, f"the phrase for {name} does not match it"
    for m in matches:
        assert may_hold_time(text, m.start(), m.end()), (name, m.group())


def _texts() -> list[str]:
    """The seeds and the open real batches (batch h, when present, is held out)."""
    paths = sorted((ROOT / "seeds").iterdir())
    for batch in "abcdefg":
        paths += sorted((ROOT / "tests" / "data" / "real" / batch).glob("*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths if p.is_file()]


@pytest.mark.parametrize("text", ["上星期的会谈", "上周的会谈", "昨天他说", "지난주 회담", "어제 말했다",
                                  "오늘 회담", "화요일에 회담", "礼拜三见面"])
def test_chinese_and_korean_days_are_not_ruled_out(text):
    assert list(temporal._SCAN.finditer(text))
    assert may_hold_time(text, 0, len(text))


def test_every_match_on_the_real_texts_holds_a_time_word():
    matches = 0
    for text in _texts():
        for m in temporal._SCAN.finditer(text):
            matches += 1
            assert may_hold_time(text, m.start(), m.end()), m.group()
    assert matches > 1000


@pytest.mark.parametrize("text", [
    "The minister spoke to reporters about the islands.",
    "Министр ответил журналистам.",
    "首相は記者団に語った。",
])
def test_a_stretch_without_time_words_is_ruled_out_and_finds_nothing(text):
    assert not may_hold_time(text, 0, len(text))
    assert find_times(text, None) == []


@pytest.mark.parametrize("text", ["ſpring talks", "ıt was WEEK-long", "в ᲃреду", "İn 2016"])
def test_case_blind_extras_fall_back_to_the_scan(text):
    assert may_hold_time(text, 0, len(text))


def test_other_languages_are_never_ruled_out():
    text = "Le ministre a parlé aux journalistes."
    assert not may_hold_time(text, 0, len(text), "en")
    assert may_hold_time(text, 0, len(text), "fr")


def test_lower_casing_stands_for_re_case_blind_matching_but_for_the_listed_extras():
    """Every character ``re`` matches case-blind to a letter of the time words lower-cases to that
    letter, changes length (İ), or is one of _CASE_BLIND_EXTRAS (such a text is scanned whole)."""
    letters = sorted({c for word in temporal._TIME_WORDS for c in word})
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for letter in letters:
        for found in set(re.findall("(?i:" + re.escape(letter) + ")", every)):
            assert (found.lower() == letter or len(found.lower()) != 1
                    or temporal._CASE_BLIND_EXTRAS.fullmatch(found)), (letter, found)
