"""Sentences with exact offsets into the article text.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets) followed by
space and something that can open a sentence (a capital, a digit, an opening quote), or at a
Chinese or Japanese ``。``, ``！`` or ``？`` whatever follows. It does not
end after a title or other abbreviation ("Mr.", "Gen.", "St."), an initial ("V. Putin"), a dotted
acronym ("U.S.", "U.N."), or a month abbreviation before a number ("Dec. 15"). A wire dateline at
the start of a paragraph ("TOKYO, January 22. /TASS/.", "TOKYO (Sputnik) –") is not a sentence:
it is returned apart so that callers can use its city.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kurils.clean import HAN_KANA
from kurils.fastre import guarded  # a lookahead for a pattern's first characters: faster, same matches
from kurils.settings import MAX_SENTENCE_CHARS
from kurils.temporal import cldr_months


@dataclass(frozen=True)
class Sentence:
    """``text == source[start:end]``."""

    start: int
    end: int
    text: str


_ABBREVIATIONS = frozenset(
    """
mr mrs ms dr prof gen lt col maj capt cmdr adm sgt rep sen gov pres st mt ft no nos vol vs etc approx
jr sr inc corp co ltd dept est fig al ave blvd univ assn bros e.g i.e cf op ed eds jan feb mar apr jun jul
aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
""".split()
)
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt cmdr adm sgt rep sen gov pres st mt".split()
)

# Chinese and Japanese end a sentence with 。！？ whatever follows, except a quotation closed after it
# and taken up by the quoting particle ("「…行われた。」と述べた": one sentence).
_END = guarded(
    re.compile(
        rf"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[「『]?\s?[A-Z0-9А-ЯЁ{HAN_KANA}])|[.!?…]+[\"'”’»)\]]*\s*$"
        r"|[。！？]+(?:[」』）”’\"')\]]+(?![とっ]))?\s*(?![」』）”’\"')\]])"
    )
)
# "TOKYO, January 22. /TASS/." , "MOSCOW, Dec 15 (Reuters) -", "TOKYO (Sputnik) –", "VLADIVOSTOK, Russia —",
# "MOSCOW, March 12, 2019. " (a date with its year, then a full stop)
_DATELINE = re.compile(
    r"\s*(?P<city>(?:(?i:st|ste|ft|mt|pt)\.\s*)?[A-Z][A-Za-z .'-]{2,40}?)"  # "ST. PETERSBURG", "Ft. Worth"
    r"(?:,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]+(?:,?\s+\d{4})?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\.?)?"
    r"(?:\s*[./]*\s*/\s*[A-Za-z-]+\s*/\s*\.?|\s*\((?:[A-Za-z][\w .-]{1,30})\))?"
    r"\s*(?:[-–—:]+\s*|\.\s+|(?<=[./])\s+)"
)


# a Russian agency's dateline: "КУРИЛЬСК (Сахалинская область), 26 июл — РИА Новости. ", "ТОКИО, 17 декабря.
# /ТАСС/.", "ЮЖНО-САХАЛИНСК, 14 октября, ФедералПресс.", "Москва, 2 августа, 2023, 13:52 — ИА Регнум."
# (a city, a day and month, perhaps the year and the time, then the agency)
_RU_DATELINE = re.compile(
    r"\s*(?P<city>[А-ЯЁ][А-ЯЁа-яё -]{2,40}?)(?:\s*\([^)]{1,50}\))?,\s*\d{1,2}\s+[а-яё]{3,8}\.?"
    r"(?:,?\s*\d{4})?(?:,?\s*\d{1,2}:\d{2})?"
    r"(?:\s*[-–—]\s*|\.?\s*/|,\s*)[А-ЯЁA-Z][\w -]{1,30}?/?\.(?:\s+|$)"
)


# cached: a caller asks for a paragraph's dateline, then split_sentences asks again for the same paragraph
@functools.lru_cache(maxsize=64)
def dateline(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, city) of a wire dateline opening text[start:end], or None."""
    return _find_dateline(text, start, end)


def _find_dateline(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    ru = _RU_DATELINE.match(text, start, end)
    # a city in capitals is a dateline's; one in title case ("Москва, 2 августа") only before a dash
    if ru and (ru.group("city").strip().replace("-", "").replace(" ", "").isupper()
               or re.search(r"[-–—]\s*\S+[^.]*\.\s*$", ru.group())):
        return ru.start("city"), ru.end(), ru.group("city").strip()
    m = _DATELINE.match(text, start, end)
    if not m:
        return None
    prefix = m.group()
    # a dateline names its source or ends with a dash: plain capitalised prose is not one
    if not (re.search(r"/\s*[A-Za-z-]+\s*/|\(|[-–—]", prefix) or re.search(r"\d", prefix)):
        return None
    city = m.group("city").strip()
    if len(city) < 3:
        return None
    if not city.replace(" ", "").replace("-", "").replace(".", "").isupper():
        # "Moscow, January 14 (RIA Novosti) -": a title-case city needs both a date and a source
        if not (re.search(r"\d", prefix) and re.search(r"\(|/\s*[A-Za-z-]+\s*/", prefix)):
            return None
    return m.start("city"), m.end(), city


_LAST_WORD = re.compile(r"([A-Za-zА-ЯЁа-яё][A-Za-zА-ЯЁа-яё.]*)$")  # Cyrillic initials too: "В. Путина"


@functools.cache
def _german_day_of_month() -> re.Pattern[str]:
    """ "am 16. März": a German day of the month is an ordinal number with a period (month names from
    data/month_names.csv)."""
    names = sorted(cldr_months("de"), key=len, reverse=True)
    return re.compile(r"\s+(?i:" + "|".join(map(re.escape, names)) + r")\b")


def _is_abbreviation(text: str, dot: int) -> bool:
    """The period at ``dot`` closes an abbreviation or an initial, not a sentence."""
    m = _LAST_WORD.search(text, max(0, dot - 12), dot)
    if not m:
        before = text[max(0, dot - 3) : dot]
        return before[-1:].isdigit() and not before[:1].isdigit() and bool(
            _german_day_of_month().match(text, dot + 1)
        )
    word = m.group(1)
    if m.start(1) > 0 and text[m.start(1) - 1].isdigit():
        return False  # an ordinal's ending ("on December 1st. By ..."), not "St." for Saint
    low = word.lower().rstrip(".")
    following = text[dot + 1 : dot + 4].lstrip()[:1]
    if low in _MONTH_ABBREVIATIONS:
        return following.isdigit()  # "Dec. 15", but "... in Dec. The next"
    if low in _TITLE_ABBREVIATIONS:
        return True
    if low in _ABBREVIATIONS:
        return not following.isupper()  # "No. 2", "etc. and"; "etc. The" ends a sentence
    if len(word) == 1 and word.isupper():
        return True  # an initial: "Vladimir V. Putin"
    return "." in word  # "U.S.", "U.N.", "a.m."


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of text[start:end] (a paragraph), with offsets into ``text``; the dateline is skipped."""
    end = len(text) if end is None else min(end, len(text))
    found = dateline(text, start, end)
    if found:
        start = found[1]
    sentences: list[Sentence] = []
    begin = start
    for m in _END.finditer(text, start, end):
        dot = m.start()
        if text[dot] == "." and m.group().startswith(".") and len(m.group().rstrip("\"'”’»)] \n")) == 1:
            if _is_abbreviation(text, dot):
                continue
        if text[dot] in "。！？" and "」" not in m.group() and _inside_japanese_quote(text, begin, dot, end):
            continue
        stop = m.end()
        while stop > begin and text[stop - 1].isspace():
            stop -= 1
        _add(sentences, text, begin, stop)
        begin = m.end()
    _add(sentences, text, begin, end)
    return sentences


_QUOTE_REACH = 300  # characters: a quote of a few sentences closes within this


def _inside_japanese_quote(text: str, begin: int, dot: int, end: int) -> bool:
    """A 。 inside a 「」 quote of several sentences ("首相は「…全力を尽くしたい。…解決だ」と述べた"): the
    quote and the verb that takes it up after 」 are one sentence with its speaker."""
    opened = text.count("「", begin, dot) - text.count("」", begin, dot)
    if opened <= 0:
        return False
    close = text.find("」", dot, min(end, dot + _QUOTE_REACH))
    return close >= 0 and text.find("「", dot, close) < 0


def _add(sentences: list[Sentence], text: str, a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    while b - a > MAX_SENTENCE_CHARS:  # no real sentence is this long: a list, or text without stops
        cut = _clause_cut(text, a, a + MAX_SENTENCE_CHARS)
        _add(sentences, text, a, cut)
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if b > a and any(c.isalnum() for c in text[a:b]):
        sentences.append(Sentence(a, b, text[a:b]))


def _clause_cut(text: str, a: int, limit: int) -> int:
    """Where to cut text[a:limit]: after its last clause break (", ", "; ", ": "), else its last space.

    The work on a sentence grows with its times times its event words, so a run without a sentence
    end (a list, text with no full stops) is cut into clauses, keeping the parse linear."""
    half = a + (limit - a) // 2
    breaks = [text.rfind(mark, half, limit) for mark in (", ", "; ", ": ")]
    at = max(breaks)
    if at >= 0:
        return at + 1
    space = text.rfind(" ", half, limit)
    return space if space > a else limit
