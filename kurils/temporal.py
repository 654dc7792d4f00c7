"""Temporal expressions: find them and normalise them against the publication date.

One combined regular expression scans a text once; each hit is resolved to a
``TimeValue`` (a closed date range with a precision).  Relative wording ("last
September", "said Tuesday", "next month") is resolved against an *anchor*, the
publication date, which may itself be a range: then the result covers every
reading the anchor allows (``precision='range'`` when the readings differ).
The direction of an ambiguous expression (a month without a year, a weekday)
comes from the wording ("last", "next", "ago"), else from the nearest tense cue
in its clause, else from the caller's tense hint, else the nearest occurrence.
What cannot be resolved keeps ``value=None`` rather than a guess.
"""

from __future__ import annotations

import bisect
import calendar
import csv
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from kurils.fastre import first_char_guard, guarded, lowercased
from kurils.models import TimeValue

__all__ = [
    "KNOWN_EVENT_YEARS", "MONTHS", "WEEKDAYS", "TimeMention", "calendar_parts", "find_times",
    "guess_tense", "known_event_year", "may_hold_time", "tense_near",
]


@dataclass(frozen=True)
class TimeMention:
    """One temporal expression; ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    kind: str  # date | month_day | month | month_year | year | weekday | relative | deictic | range | offset
    value: TimeValue | None
    direction: str  # 'past' | 'future' | 'either' as the wording implies


# --------------------------------------------------------------------------- tables

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {n: i for i, n in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_GERMAN_WEEKDAYS = {n: i for i, n in enumerate(
    ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"])}
_RUSSIAN_WEEKDAYS = {n: i for i, n in enumerate(
    ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"])}

_RUSSIAN_MONTH_STEMS = ("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")


MONTH_NAMES = Path(__file__).parent / "data" / "month_names.csv"


@functools.cache
def cldr_months(locale: str) -> dict[str, int]:
    """Month names of a locale as CLDR writes them (wide and abbreviated, in running text and alone),
    lower-cased without the abbreviation's dot. The file is Babel's CLDR data written out once
    (tests/test_russian_japanese_german.py checks it still equals Babel's): loading Babel's locales
    costs ~150 ms."""
    with MONTH_NAMES.open(encoding="utf-8", newline="") as f:
        return {row["name"]: int(row["month"]) for row in csv.DictReader(f) if row["locale"] == locale}


def _cldr_alternation(locale: str, min_length: int = 3) -> str:
    names = sorted((n for n in cldr_months(locale) if len(n) >= min_length), key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


_DE_MON = r"(?i:" + _cldr_alternation("de") + r")\.?(?![\w])"
_RU_MON_GENITIVE = r"(?i:" + "|".join(
    re.escape(n) for n in sorted(cldr_months("ru"), key=len, reverse=True) if n.endswith(("я", "а"))
) + r")(?![а-яё])"
_JA_YEAR_WORDS = {"来年": 1, "翌年": 1, "今年": 0, "本年": 0, "年内": 0, "昨年": -1, "去年": -1, "前年": -1}
# the Japanese eras' first years in the Gregorian calendar: 令和元年 = 2019, 平成30年 = 2018
_JA_ERAS = {"令和": 2019, "平成": 1989, "昭和": 1926}
# this, last and next week, in Japanese, Chinese (traditional and simplified: "上星期", "下周") and Korean
_JA_WEEKS = {"今週": "this", "先週": "last", "来週": "next",
             "上星期": "last", "上個星期": "last", "上个星期": "last", "上週": "last", "上周": "last",
             "本週": "this", "本周": "this", "這週": "this", "这周": "this",
             "下星期": "next", "下個星期": "next", "下个星期": "next", "下週": "next", "下周": "next",
             "지난주": "last", "지난 주": "last", "이번 주": "this", "이번주": "this",
             "다음 주": "next", "다음주": "next"}
# yesterday, today, tomorrow, the day before (Chinese "昨天", "今天", "明天", Korean "어제", "오늘", "내일")
_JA_DAYS = {"昨日": -1, "本日": 0, "明日": 1, "前日": -1, "昨天": -1, "今天": 0, "明天": 1,
            "어제": -1, "오늘": 0, "내일": 1}
# "на прошлой неделе", "в этом году", "в следующем месяце": Russian this/last/next week, month, year
_RU_RELATIVE = {"эт": "this", "текущ": "this", "прошл": "last", "следующ": "next", "будущ": "next"}
_RU_UNITS = {"недел": "week", "месяц": "month", "год": "year"}
_JA_MONTH_WORDS = {"来月": 1, "翌月": 1, "今月": 0, "先月": -1, "前月": -1}
_JA_PART = {"初め": "early", "初旬": "early", "上旬": "early", "中旬": "mid", "下旬": "late", "末": "late"}
_RU_PART = {"начал": "early", "середин": "mid", "конц": "late", "конец": "late"}


def _russian_month(word: str) -> int:
    """The month of a Russian month name in any case or abbreviation ("июля", "в июле", "июл")."""
    word = word.lower()
    return next(i for i, stem in enumerate(_RUSSIAN_MONTH_STEMS, 1) if word.startswith(stem))


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100,
}
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}

# Events of this coverage that "N years after ..." and anniversaries count from.
_KNOWN_EVENTS: tuple[tuple[int, str], ...] = (
    (1855, r"(?:Shimoda\s+Treaty|Treaty\s+of\s+Shimoda|Treaty\s+of\s+Commerce,?\s+Navigation)"),
    (1956, r"(?:(?:Soviet-Japanese|Japanese-Soviet|Japan-Soviet|Soviet-Japan|1956)\s+)?Joint\s+Declaration"
           r"|re-?establishment\s+of\s+(?:the\s+)?(?:bilateral\s+)?(?:diplomatic\s+)?(?:relations|ties)"
           r"|(?:restoration|resumption|normali[sz]ation)\s+of\s+(?:the\s+)?(?:bilateral\s+)?diplomatic\s+"
           r"(?:relations|ties)"),
    (1945, r"end\s+of\s+(?:the\s+)?(?:World\s+War\s+(?:II|2|Two)|WWII|WW2|Second\s+World\s+War|war)"
           r"|World\s+War\s+(?:II|2|Two)|WWII|Second\s+World\s+War"
           r"|Soviet\s+(?:seizure|occupation|takeover|capture|annexation)"
           r"|(?:seized|occupied|captured|annexed)\s+by\s+(?:the\s+)?Soviet"),
    (1993, r"Tokyo\s+Declaration"),
    (2001, r"Irkutsk\s+(?:Statement|Declaration)"),
)
KNOWN_EVENT_YEARS = frozenset(year for year, _ in _KNOWN_EVENTS)
_KNOWN_RE = re.compile(
    r"\A[\s,]*(?:the\s+|a\s+|its\s+)?(?:signing\s+of\s+(?:the\s+)?)?(?:(?P<year>1[89]\d\d|20\d\d)\b|"
    + "|".join(f"(?P<e{year}>{pattern})" for year, pattern in _KNOWN_EVENTS)
    + r")",
    re.IGNORECASE,
)


_EVENT_NOUN = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+)?(?:joint\s+)?(?:declaration|treaty|statement|agreement|summit|accord|war|visit|talks)\b",
    re.IGNORECASE)


def known_event_year(text: str) -> int | None:
    """The year of a known event (or an explicit year) that ``text`` starts with."""
    found = _known_event(text)
    return found[0] if found else None


def _known_event(text: str) -> tuple[int, int] | None:
    """(year, length of the matched phrase) for a known event or year at the start of ``text``."""
    m = _KNOWN_RE.match(text)
    if not m:
        return None
    if m.group("year"):  # "the 1956 declaration": take in the noun after the year
        noun = _EVENT_NOUN.match(text, m.end())
        return int(m.group("year")), noun.end() if noun else m.end()
    for year, _ in _KNOWN_EVENTS:
        if m.group(f"e{year}"):
            return year, m.end()
    return None


# --------------------------------------------------------------------------- the combined pattern

_MON = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
        r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_UNITS = re.compile(r"\s*(?i:km|kilomet|miles?\b|tons?\b|tonnes?\b|people|troops|residents|soldiers|"
                    r"servicemen|meters|metres|m\b|yen\b|rubles|roubles|dollars|euros|units|hectares|sq\b|feet|ft\b)")
_YEAR_PREPOSITION = re.compile(r"(?i:\b(?:in|since|by|until|till|from|during|of|before|after)\s+)\Z")
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?i:early|late|mid|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|the\s+middle\s+of|" \
        r"middle\s+of|the\s+start\s+of|start\s+of)"
_RANGE_SEP = r"(?:\s*[-–—]\s*|\s+(?i:to|and|until|till|through|thru)\s+)"
_NUM = r"(?:\d{1,3}|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]" \
       r"(?:one|two|three|four|five|six|seven|eight|nine))|" \
       + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_ORD = r"(?:\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:" \
       + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + "))"

_ALTERNATIVES = [
    # "2016年12月15日", "来年6月", "12月15日", "10月初め", "15日" (a day of the month written about)
    # ... and its days from one to another: "21〜25日", "5日から10日の間", "今月1日から9月1日まで",
    # "8日〜12月1日" (into the next month), "7?10日" (a copy that lost its 〜)
    ("jadr", r"(?:(?P<jadr_m>1[0-2]|0?[1-9])月|(?P<jadr_mw>今月|来月|先月))?(?P<jadr_d1>[12]\d|3[01]|0?[1-9])"
             r"(?:日?[〜~～]|(?<=\d)\?(?=\d)|日から)(?:(?P<jadr_m2>1[0-2]|0?[1-9])月)?"
             r"(?P<jadr_d2>[12]\d|3[01]|0?[1-9])日"),
    # "12月 02, 2020": the English "Month D, YYYY" with a Japanese month name (a site's ja locale, as
    # WordPress's "F j, Y" prints it)
    ("jamdy", r"(?P<jamdy_m>1[0-2]|0?[1-9])月\s+(?P<jamdy_d>[12]\d|3[01]|0?[1-9]),\s*"
              r"(?P<jamdy_y>" + _YEAR + ")"),
    ("jad", r"(?:(?P<jad_y>" + _YEAR + r")年|(?P<jad_era>令和|平成|昭和)(?P<jad_en>元|[1-9]\d?)年"
            r"|(?P<jad_yw>来年|翌年|今年|本年|昨年|去年|前年))?"
            r"(?:(?P<jad_m>1[0-2]|0?[1-9])月|(?P<jad_mw>来月|翌月|今月|先月|前月))"
            r"(?:(?P<jad_d>[12]\d|3[01]|0?[1-9])日(?![間目])|(?P<jad_p>初め|初旬|上旬|中旬|下旬|末))?"),
    # Korean "2019년 1월 22일", "1월 22일", "6월": read as the Japanese date is
    ("kod", r"(?:(?P<kod_y>" + _YEAR + r")년\s*)?(?P<kod_m>1[0-2]|0?[1-9])월"
            r"(?:\s*(?P<kod_d>[12]\d|3[01]|0?[1-9])일)?"),
    ("jay", r"(?P<jay_w>来年|翌年|今年|本年|年内|昨年|去年|前年)(?![0-9０-９]|[来翌今本昨去前]?月)"),
    # "令和2年", "平成28年": a year of a Japanese era
    ("jaera", r"(?P<jaera>令和|平成|昭和)(?P<jaera_n>元|[1-9]\d?)年"),
    ("jarel", r"(?P<jarel>今週|先週|来週|上[個个]?星期|上[週周]|本[週周]|這週|这周|下[個个]?星期|下[週周]"
              r"|지난 ?주|이번 ?주|다음 ?주)"),
    # (not "前日に続く": continuing)
    ("jadeic", r"(?P<jadeic>昨日|本日|明日|前日(?!に続)|昨天|今天|明天|어제|오늘|내일)"),
    # (not "2日間" two days, "2日目" the second day, "3泊4日" four days with three nights)
    ("jaday", r"(?<![\d月泊])(?P<jaday_d>[12]\d|3[01]|0?[1-9])日(?![間本目])"),
    ("iso", rf"(?<![\d-])(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-3]\d)(?!\d)"
            r"(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"),
    ("num", rf"(?<![\d./-])(?P<num_a>\d{{1,2}})(?P<num_sep>[./-])(?P<num_b>\d{{1,2}})(?P=num_sep)"
            rf"(?P<num_y>{_YEAR})"),
    ("ymd", rf"(?<![\d./-])(?P<ymd_y>{_YEAR})(?P<ymd_sep>[./])(?P<ymd_m>0?[1-9]|1[0-2])(?P=ymd_sep)"
            r"(?P<ymd_d>[0-3]?\d)(?![\d.]\d)"),
    ("dr", rf"(?:(?i:from|between)\s+)?(?<![\d.,])(?P<dr_d1>{_DAY})(?:\s+(?P<dr_m1>{_MON}))?{_RANGE_SEP}"
           rf"(?P<dr_d2>{_DAY})\s+(?:of\s+)?(?P<dr_m>{_MON})(?:,?\s*(?P<dr_y>{_YEAR}))?"),
    ("mr", rf"(?:(?i:from|between)\s+)?(?P<mr_m>{_MON})\s+(?P<mr_d1>{_DAY}){_RANGE_SEP}"
           rf"(?:(?P<mr_m2>{_MON})\s+)?(?P<mr_d2>{_DAY})(?:,?\s*(?P<mr_y>{_YEAR}))?"),
    ("dmy", rf"(?<![\d.,])(?P<dmy_d>{_DAY})\s+(?:of\s+)?(?P<dmy_m>{_MON})(?:,?\s*(?P<dmy_y>{_YEAR}))?"),
    ("mdy", rf"(?P<mdy_m>{_MON})\s+(?P<mdy_d>{_DAY})(?:(?:,\s*|\s+)(?P<mdy_y>{_YEAR}))?"),
    ("my", rf"(?:(?P<my_part>{_PART})[\s-]+)?(?P<my_m>{_MON}),?\s+(?:of\s+)?(?P<my_y>{_YEAR})"),
    ("mo", rf"(?:(?P<mo_part>{_PART})[\s-]+)?"
           r"(?P<mo_rel>(?i:last|next|this|coming|this\s+past|past|previous)\s+)?"
           rf"(?P<mo_m>{_MON})(?:,?\s+(?:of\s+)?(?P<mo_yrel>(?i:last|next|this)\s+year)\b)?"),
    ("se", r"(?P<se_rel>(?i:this|last|next|coming|past|the))\s+"
           r"(?:(?P<se_part>(?i:early|late|mid))[\s-]+)?(?P<se>(?i:spring|summer|autumn|fall|winter))\b"
           r"(?:\s+(?P<se_y>(?i:of\s+)?" + _YEAR + r"))?"),
    ("yr", rf"(?P<yr_pre>(?i:between|from))\s+(?P<yr_a>{_YEAR})\s+(?i:and|to|until|till|through)\s+"
           rf"(?P<yr_b>{_YEAR})"),
    ("yr2", rf"(?<![\d$€£.,/-])(?P<yr2_a>{_YEAR})\s*[-–—]\s*(?P<yr2_b>{_YEAR}|\d{{2}}(?!\d))"),
    ("dec", r"(?:(?P<dec_part>(?i:early|late|mid))[\s-]+)?(?:(?i:the)\s+)?"
            r"(?P<dec_y>(?:1[89]|20)\d0)['’]?s\b"),
    ("year", rf"(?:(?P<y_part>{_PART})[\s-]+)?(?P<y_since>(?i:since|until|till|by|before|after|from)\s+)?"
             rf"(?<![\d$€£.,/#-])(?P<y_y>{_YEAR})(?![.,]\d|\s*(?:%|per\s*cent|percent))"),
    ("rel", r"(?P<rel_mod>(?i:earlier\s+this|later\s+this|early\s+this|early\s+next|late\s+last|late\s+this|"
            r"(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the|this|next|last)|"
            r"last|next|this|past|coming|previous|following))\s+(?P<rel_unit>(?i:week|month|year))\b"),
    # "this weekend", "at the weekend", "over the weekend": its Saturday and Sunday
    ("wkend", r"(?P<wkend_mod>(?i:this|next|last|past|coming|(?:over|at|during)\s+the))\s+(?i:weekend)\b"),
    ("ago", rf"(?P<ago_n>(?i:{_NUM}))\s+(?P<ago_unit>(?i:days?|weeks?|months?|years?|decades?))\s+"
            r"(?P<ago_dir>(?i:ago|earlier|later|before|after|since|prior\s+to|on))\b"),
    ("ann", rf"(?P<ann_n>(?i:{_ORD}))\s+(?i:anniversary)(?:\s+(?i:of))?"),
    ("deic", r"(?P<deic>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
             r"yesterday|today|tomorrow|"
             r"tonight|the\s+day\s+before|the\s+previous\s+day|last\s+night|this\s+morning|this\s+afternoon|"
             r"this\s+evening))\b"),
    # "18-22 апреля", "18–22 апреля 2023 года": days of one month (before "22 апреля" alone is read)
    ("rudr", r"(?<![\d.])(?P<rudr_d1>[12]\d|3[01]|0?[1-9])\s*[-–—]\s*(?P<rudr_d2>[12]\d|3[01]|0?[1-9])\s+"
             r"(?P<rudr_m>" + _RU_MON_GENITIVE + r")(?:,?\s+(?P<rudr_y>" + _YEAR + r"))?"),
    ("rumd", r"(?<![\d.])(?P<rumd_d>[12]\d|3[01]|0?[1-9])\s+(?P<rumd_m>(?i:января|февраля|марта|апреля|мая|"
             r"июня|июля|августа|сентября|октября|ноября|декабря|янв|фев|мар|апр|июн|июл|авг|сент?|окт|ноя|дек))"
             r"(?![а-яё])(?:,?\s+(?P<rumd_y>" + _YEAR + r"))?"),
    ("rumo", r"(?i:во?)\s+(?P<rumo_m>(?i:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|"
             r"ноябре|декабре))(?:\s+(?P<rumo_y>" + _YEAR + r"))?"),
    # "в начале мая", "в конце июня 2019 года", "до середины декабря"
    ("rupt", r"(?P<rupt_p>(?i:начал[аеоу]|середин[аеуы]|конц[аеу]|конец))\s+"
             r"(?P<rupt_m>" + _RU_MON_GENITIVE + r")"
             r"(?:\s+(?P<rupt_y>" + _YEAR + r"))?"),
    ("rudeic", r"(?P<rudeic>(?i:накануне|сегодня|вчера|позавчера|завтра))(?![а-яё])"),
    ("rurel", r"(?i:на|в)\s+(?P<rurel_mod>(?i:этой|этом|текущем|прошлой|прошлом|следующей|следующем|будущей|"
              r"будущем))\s+(?P<rurel_unit>(?i:неделе|месяце|году))(?![а-яё])"),
    # "15. Dezember 2016", "am 3. März"; "im Dezember 2016", "Dezember 2016", "im Dezember"
    ("dedmy", r"(?<![\d.])(?P<dedmy_d>[12]\d|3[01]|0?[1-9])\.\s*(?P<dedmy_m>" + _DE_MON + r")"
              r"(?:\s+(?P<dedmy_y>" + _YEAR + r"))?"),
    ("demo", r"(?:(?P<demo_in>(?i:im|seit|bis|ab|anfang|ende|mitte|vom)\s+)|(?=(?i:" + _cldr_alternation("de")
             + r")\.?\s+" + _YEAR + r"))(?P<demo_m>" + _DE_MON + r")(?:\s+(?P<demo_y>" + _YEAR + r"))?"),
    ("dewd", r"(?i:am|vom)\s+(?P<dewd>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b"),
    ("ruwd", r"(?i:во?)\s+(?P<ruwd>(?i:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))\b"),
    # a Chinese or Korean weekday: "星期二", "禮拜二", "화요일" (not 週一/周一: Japanese "週一回" is weekly)
    ("cjwd", r"(?:星期|禮拜|礼拜)(?P<cjwd_zh>[一二三四五六日天])|(?P<cjwd_ko>[월화수목금토일])요일"),
    ("wd", rf"(?P<wd_rel>(?i:last|next|this\s+coming|this\s+past|this|coming|past)\s+)?(?P<wd>{_WD})"
           r"(?:['’]s)?(?:\s+(?i:morning|afternoon|evening|night))?"),
]
# Every alternative starts with a digit or one of these word starts; checking that first
# lets the scan skip most words of a text at once.
_START_WORDS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "las", "nex", "thi", "pas", "com", "pre", "fol", "ear", "lat", "mid", "end", "beg", "sta", "the",
    "fro", "bet", "sin", "unt", "til", "by", "bef", "aft", "yes", "tod", "tom", "ton", r"a\b", r"an\b",
    "one", "two", "thr", "fou", "fiv", "six", "sev", "eig", "nin", "ten", "ele", "twe", "fif", "for", "hun",
    "sec", "fir", r"во?\s", r"am\s", r"vom\s", "ove", r"at\s", "dur",
    "нач", "сер", "кон", "нак", "сег", "вче", "поз", "зав", "im", "sei", "bis", "ab", "anf", "ende", "mit",
    "mär", "mai", "okt", "dez",
    "来", "翌", "今", "本", "昨", "去", "前", "先", "年", "令", "平", "昭", "明", r"на\s",
    "上星", "上個", "上个", "上週", "上周", "下星", "下個", "下个", "下週", "下周", "這週", "这周",
    "지난", "이번", "다음", "어제", "오늘", "내일", "星期", "禮拜", "礼拜",
    "월요", "화요", "수요", "목요", "금요", "토요", "일요",
)


def _by_first_letter(starts: tuple[str, ...]) -> str:
    """The starts as one alternation that branches on the first letter ("t(?:ue|hu|he|...)|..."): the
    same test, but a word is tried against one branch instead of every start."""
    groups: dict[str, list[str]] = {}
    for start in starts:
        groups.setdefault(start[0], []).append(start[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_STARTS = r"(?=\d|(?i:" + _by_first_letter(_START_WORDS) + "))"
# ... and one case-blind character class of their first letters rejects the other words faster still
_FIRST_LETTERS = sorted({start[0] for start in _START_WORDS})
_FIRST = r"(?=(?i:[\d" + "".join(_FIRST_LETTERS) + "]))"
# ... and each alternative's own first characters skip the alternatives that cannot start there
_SCAN = re.compile(
    r"(?:\b|(?<=[\u3040-\u30ff\u4e00-\u9fff])(?=[\d\u3040-\u30ff\u4e00-\u9fff]))" + _FIRST + _STARTS
    + r"(?:" + "|".join(f"(?P<k_{name}>{first_char_guard(p)}{p})" for name, p in _ALTERNATIVES) + ")",
)

# Every alternative of _SCAN holds one of these inside its match: a digit, a Japanese 年/月/日/週, or a
# word of an English, Russian or German month, weekday, unit, season or deictic, as lower case
# ("yesterday" and the weekdays hold "day", "weekend" holds "week", "Montag" holds "tag"). A stretch
# without any holds no time: the words found once per text (str.find, in C) spare _SCAN's try at every
# word start of the ~half of the stretches a parse asks for that hold none. tests/test_time_core.py
# checks every alternative's matches against them.
_TIME_DIGITS = re.compile(r"[\d年月日週周天주]")  # each one (a run may begin before the stretch)
_TIME_WORDS_ALL = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "day", "week",
    "month", "year", "spring", "summer", "autumn", "fall", "winter", "tomorrow", "night", "morning",
    "afternoon", "evening", "anniversary",
    "январ", "феврал", "март", "апрел", "май", "мая", "мае", "июн", "июл", "август", "сентябр", "октябр",
    "ноябр", "декабр", "янв", "фев", "мар", "апр", "авг", "сен", "окт", "ноя", "дек",
    "накануне", "сегодня", "вчера", "завтра", "неделе", "месяце", "году", *_RUSSIAN_WEEKDAYS,
    "tag", "mittwoch", *cldr_months("de"), *cldr_months("ru"),
    "星期", "禮拜", "礼拜", "요일", "어제", "오늘", "내일",  # Chinese and Korean weekdays and days
    # (Korean dates hold digits; Chinese 昨天/上周 and Korean 지난주 hold a character of _TIME_DIGITS)
)
# (a word that holds another of the list is found through it)
_TIME_WORDS = tuple(sorted({w for w in _TIME_WORDS_ALL
                            if not any(o != w and o in w for o in _TIME_WORDS_ALL)}))
# the characters re's case-blind matching takes for a letter of those words that str.lower() does not
# turn into it (ı ſ, Cyrillic Extended-C; İ changes the length): a text with one is scanned whole
_CASE_BLIND_EXTRAS = re.compile("[\u0131\u017f\u1c80-\u1c88]")


@functools.lru_cache(maxsize=4)
def _time_word_starts(text: str) -> list[int] | None:
    """Where the time words and digits of ``text`` start, sorted (found once per text: a parse asks
    for ~35 stretches of it), or None when lower-casing cannot stand for _SCAN's case-blind matching."""
    lowered = text.lower()
    if len(lowered) != len(text) or _CASE_BLIND_EXTRAS.search(text):
        return None
    starts = [m.start() for m in _TIME_DIGITS.finditer(text)]
    find = lowered.find
    for word in _TIME_WORDS:
        at = find(word)
        while at >= 0:
            starts.append(at)
            at = find(word, at + 1)
    starts.sort()
    return starts


def may_hold_time(text: str, start: int, end: int, language: str | None = None) -> bool:
    """False when ``text[start:end]`` holds no digit and no time word, so that find_times(...,
    language=language) finds nothing there (another language's own date words are not looked for)."""
    if language not in (None, "en", "ru", "ja"):
        return True
    starts = _time_word_starts(text)
    if starts is None:
        return True
    first = bisect.bisect_left(starts, start)
    return first < len(starts) and starts[first] < end

# A month name alone needs a cue before it ("in May", "the December summit"), so that
# "Theresa May" or "May I" are not months.
_MONTH_CUE = re.compile(
    r"(?i:\b(?:in|on|since|by|until|till|through|during|from|before|after|of|the|for|to|and|or|between|"
    r"early|late|mid|this|last|next|coming|past)[\s-]+)\Z")
_NOT_YEAR_BEFORE = re.compile(r"(?i:\b(?:resolution|no\.?|number|flight|route|article|model|su|tu|mig|il|"
                              r"s|f|t|page|pp?\.|id|code)[\s-]*)\Z")

# Tense cues.  Future alternatives come first so "is expected to" is not read as past "expected".
_TENSE_CUES_PATTERN = (
    r"(?P<fut>\b(?:will|shall|won['’]t|going\s+to|(?:is|are|was|were|be|been|being)\s+(?:also\s+)?"
    r"(?:expected|scheduled|set|due|slated|planned|supposed|likely|unlikely|going|poised)\s+(?:to|for|in|on)|"
    r"scheduled|planned\s+for|planned|set\s+for|due\s+(?:to|in|on)|plans?\s+(?:to|for)|planning\s+to|"
    r"intends?\s+to|"
    r"intending\s+to|agreed\s+to|agrees?\s+to|to\s+be\s+held|upcoming|forthcoming|would|is\s+to|are\s+to|"
    r"hopes?\s+to|aims?\s+to|expects?|expected|invited\s+\w+(?:\s+\w+)?\s+to|invitation\s+to|"
    r"to\s+(?:visit|meet|hold|travel|attend|sign|take\s+part)|"
    r"(?:is|are)\s+(?:meeting|visiting|travell?ing|heading|flying|arriving|coming|going\s+to|hosting))\b"
    r"|['’]ll\b"
    # Russian: "будет", "состоится", "намерен", "планирует", "собирается", "предстоящий"
    r"|\b(?:будет|будут|состоится|состоятся|намерен[аы]?|планиру[ею]т|собира[ею]тся|предстоящ[а-яё]*))"
    r"|(?P<past>\b(?:said|says|told|tells|stated|noted|added|announced|reported|reminded|was|were|had|did|"
    r"held|met|took|made|went|came|became|spoke|gave|began|won|lost|saw|sent|left|ago|earlier|previously|"
    r"flew|led|paid|kept|struck|stood|fell|rose|ran|wrote|drove|chose|broke|spent|sought|brought|thought|"
    r"fought|built|got|put|set\s+off|"
    r"recalled|[a-z]{3,}ed"
    # Russian past: a feminine, plural or reflexive form ("заявила", "опубликовали", "состоялась"); a
    # masculine "-ал" would take "генерал", "канал" for verbs
    r"|[а-яё]{3,}[аеиуыя]л(?:а|и|ся|ась|ись|ось))\b)"
)
# (guarded: a case-blind alternation is tried word by word otherwise; the lowercase twin scans
# lowered text, where a plain scan is ~2x faster still: see _tense_cues)
_TENSE_CUES = guarded(_TENSE_CUES_PATTERN, re.IGNORECASE)


_TENSE_CUES_LOWER = guarded(lowercased(_TENSE_CUES_PATTERN))
_CLAUSE_END = re.compile(r"[.!?;\n]")
# a past cue that is only a regular "-ed" form: after a time, often a participle ("talks focused on")
_PARTICIPLE = re.compile(r"(?i:(?!(?:said|told|stated|noted|added|announced|reported|reminded|recalled)\b)"
                         r"[a-z]{3,}ed)")
# After a mention its own clause ends sooner: "on December 15 and stressed" is another verb's clause.
_CLAUSE_STOP_AFTER = re.compile(r"[.!?;,\n]|\b(?:and|but|which|who|while|where|when|as|after|before)\b")


# --------------------------------------------------------------------------- date helpers

def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_last(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _month_value(y: int, m: int, part: str | None = None) -> TimeValue | None:
    if not 1 <= y <= 9998:
        return None
    first, last = date(y, m, 1), _month_last(y, m)
    part = _part_key(part)
    if part == "early":
        last = date(y, m, 10)
    elif part == "mid":
        first, last = date(y, m, 11), date(y, m, 20)
    elif part == "late":
        first = date(y, m, 21)
    return TimeValue(first, last, "month")


def _year_value(y: int, part: str | None = None) -> TimeValue | None:
    if not 1 <= y <= 9998:
        return None
    first, last = date(y, 1, 1), date(y, 12, 31)
    part = _part_key(part)
    if part == "early":
        last = date(y, 4, 30)
    elif part == "mid":
        first, last = date(y, 5, 1), date(y, 8, 31)
    elif part == "late":
        first = date(y, 9, 1)
    return TimeValue(first, last, "year")


def _part_key(part: str | None) -> str | None:
    """'early' | 'mid' | 'late' | None for "early", "the beginning of", "the end of", ..."""
    if not part:
        return None
    p = part.lower()
    if "early" in p or "beginning" in p or "start" in p:
        return "early"
    if "mid" in p:
        return "mid"
    if "late" in p or "end" in p:
        return "late"
    return None


def _day(d: date | None) -> TimeValue | None:
    return TimeValue(d, d, "day") if d else None


def _month_num(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _int_day(s: str) -> int:
    return int(re.match(r"\d+", s).group())


def _number(s: str) -> int | None:
    s = re.sub(r"\s+", " ", s.lower()).strip()
    if s.isdigit():
        return int(s)
    if s in _NUMBER_WORDS:
        return _NUMBER_WORDS[s]
    parts = re.split(r"[\s-]", s)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _NUMBER_WORDS:
        return _TENS[parts[0]] + _NUMBER_WORDS[parts[1]]
    return None


def _ordinal(s: str) -> int | None:
    s = s.lower()
    m = re.match(r"(\d+)", s)
    if m:
        return int(m.group(1))
    if s in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[s]
    tens, _, unit = s.partition("-")
    if tens in _TENS and unit in _ORDINAL_WORDS:
        return _TENS[tens] + _ORDINAL_WORDS[unit]
    return None


def _span(a: TimeValue | None, b: TimeValue | None) -> TimeValue | None:
    """The union of two readings: one of them when equal, else a range."""
    if a is None or b is None:
        return None
    if a == b:
        return a
    return TimeValue(min(a.first, b.first), max(a.last, b.last), "range")


def _resolve(anchor: TimeValue | None, fn: Callable[[date], TimeValue | None]) -> TimeValue | None:
    """Resolve relative wording against every reading of the anchor (monotone, so the ends suffice)."""
    if anchor is None:
        return None
    early = fn(anchor.first)
    if anchor.first == anchor.last:
        return early
    return _span(early, fn(anchor.last))


def _pick(candidates: list[TimeValue], a: date, direction: str) -> TimeValue | None:
    """Choose among yearly candidates (sorted): latest not after ``a``, earliest not before, or nearest."""
    if direction == "past":
        fit = [c for c in candidates if c.first <= a]
        return fit[-1] if fit else None
    if direction == "future":
        fit = [c for c in candidates if c.last >= a]
        return fit[0] if fit else None
    def distance(c: TimeValue) -> tuple[int, int]:
        if c.first <= a <= c.last:
            return (0, 0)
        return ((c.first - a).days, 1) if c.first > a else ((a - c.last).days, 0)
    return min(candidates, key=distance) if candidates else None


def _yearly(a: date, make: Callable[[int], TimeValue | None]) -> list[TimeValue]:
    return [v for v in (make(y) for y in (a.year - 1, a.year, a.year + 1)) if v is not None]


def _japanese_days(g, a: date) -> TimeValue | None:
    """ "21〜25日", "5日から10日", "今月1日から9月1日", "8日〜12月1日": the days from one to another, in the
    month named, the month 今月/来月/先月 names, the month the second day's month implies, or (no month)
    the month written about."""
    d1, d2 = int(g("jadr_d1")), int(g("jadr_d2"))
    m2 = int(g("jadr_m2")) if g("jadr_m2") else None
    if g("jadr_mw"):
        y, m = _add_months(a.year, a.month, _JA_MONTH_WORDS[g("jadr_mw")])
    elif g("jadr_m"):
        m = int(g("jadr_m"))
        y = a.year if (m, d1) <= (a.month, a.day + 1) else a.year - 1
    elif m2:  # "8日〜12月1日": the first day in the second's month or the one before, the nearest year
        m = m2 if d1 <= d2 else (m2 - 2) % 12 + 1
        y = min((a.year - 1, a.year, a.year + 1),
                key=lambda year: abs(((_safe_date(year, m, d1) or a) - a).days))
    else:
        y, m = (a.year, a.month) if d1 <= a.day + 1 else _add_months(a.year, a.month, -1)
    first = _safe_date(y, m, d1)
    last = _safe_date(y if m2 is None or m2 >= m else y + 1, m2 or m, d2)
    return TimeValue(first, last, "range") if first and last and first < last else None


def _japanese_date(g, anchor, direction_for, make) -> TimeMention:
    """"2016年12月15日", "来年6月", "12月15日", "先月", "10月初め": a year written or implied by 来年/昨年
    (next/last year), a month written or implied by 来月/先月, a day or a part of the month."""
    day = int(g("jad_d")) if g("jad_d") else None
    part = _JA_PART.get(g("jad_p") or "")
    if g("jad_mw"):  # 来月, 先月: the month next to the anchor's
        shift = _JA_MONTH_WORDS[g("jad_mw")]

        def near(a: date) -> TimeValue | None:
            y, m = _add_months(a.year, a.month, shift)
            return _day(_safe_date(y, m, day)) if day else _month_value(y, m, part)

        return make("month_day" if day else "month", _resolve(anchor, near))
    month = int(g("jad_m"))
    if g("jad_y") or g("jad_era") or g("jad_yw"):
        if g("jad_y") or g("jad_era"):
            y = int(g("jad_y")) if g("jad_y") else _JA_ERAS[g("jad_era")] + (
                0 if g("jad_en") == "元" else int(g("jad_en")) - 1)
            value = _day(_safe_date(y, month, day)) if day else _month_value(y, month, part)
            return make("date" if day else "month_year", value)
        shift = _JA_YEAR_WORDS[g("jad_yw")]

        def in_year(a: date) -> TimeValue | None:
            y = a.year + shift
            return _day(_safe_date(y, month, day)) if day else _month_value(y, month, part)

        return make("date" if day else "month_year", _resolve(anchor, in_year),
                    "past" if shift < 0 else "future" if shift > 0 else "either")
    if day:
        return make("month_day", _month_day(month, day, anchor, direction_for()))
    return make("month", _month_alone(month, None, part, anchor, direction_for()))


# --------------------------------------------------------------------------- tense

@functools.lru_cache(maxsize=1024)
def guess_tense(sentence: str) -> str | None:
    """'future' when the sentence plans or expects something, 'past' for reported or past facts, else None.

    A future cue anywhere wins: "agreed to meet on December 15", "said Putin will visit" describe a plan.
    Cached: a sentence's events ask again for each of its clauses and times.
    """
    past = False
    for m in _tense_cues(sentence):
        if m.lastgroup == "fut":
            return "future"
        past = past or m.lastgroup == "past"
    return "past" if past else None


def _tense_cues(text: str) -> Iterator[re.Match[str]]:
    """The tense cues of ``text``; their offsets and groups are what count (a cue's words are only
    read case-blind).  Lowering changes no match when every character is ASCII or has no case
    (dashes, curly quotes), so such text is scanned lowered, case-sensitively."""
    if text.isascii() or all(c.isascii() or c.lower() == c == c.upper() for c in set(text)):
        return _TENSE_CUES_LOWER.finditer(text.lower())
    return _TENSE_CUES.finditer(text)


def _local_tense(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """The tense cue nearest to a mention within its sentence: "said Tuesday", "in May were useful"."""
    left = max(lo, start - 90)
    before = text[left:start]
    cuts = list(_CLAUSE_END.finditer(before))
    if cuts:
        before = before[cuts[-1].end():]
    cues = list(_tense_cues(before))
    after = text[end:min(hi, end + 90)]
    lead = len(after) - len(after.lstrip(" ,"))  # "On May 5, Abe met ...": the fronted date's verb follows
    if "," in after[:lead] and len(before.split()) > 3:
        after = ""  # "will hold talks in Moscow on Tuesday, with the two locked in ...": its clause ended
    after = " " * lead + after[lead:]
    stop = _CLAUSE_STOP_AFTER.search(after, lead)
    if stop:
        after = after[:stop.start()]
    following = next(_tense_cues(after), None)
    fronted = "," in text[end : end + lead]
    if following is not None and not fronted and following.start() > lead + 1 \
            and _PARTICIPLE.fullmatch(following.group()):
        following = None  # "on Friday for talks focused on trade": a participle after a noun is no verb
    if following is not None and re.match(r"(?i)agreed\s+to$", following.group()):
        return "past"  # "on Friday agreed to meet in May": the time dates the agreeing
    best = None
    if cues:
        best = (len(before) - cues[-1].end(), cues[-1].lastgroup)
    if following is not None:
        gap = following.start()
        # "flew to X on Sept. 23 to visit graves": a purpose infinitive after a past verb is not a plan
        purpose = following.group().lower().startswith("to ") and bool(cues) and cues[-1].lastgroup == "past"
        if (best is None or gap < best[0]) and not purpose:
            best = (gap, following.lastgroup)
    if best is None:
        return None
    return "future" if best[1] == "fut" else "past"


# --------------------------------------------------------------------------- resolution per kind

def _month_day(m: int, d: int, anchor: TimeValue | None, direction: str) -> TimeValue | None:
    if _safe_date(2000, m, d) is None:  # 2000 is a leap year: only impossible days fail
        return None
    return _resolve(anchor, lambda a: _pick(_yearly(a, lambda y: _day(_safe_date(y, m, d))), a, direction))


def _month_alone(m: int, rel: str | None, part: str | None, anchor: TimeValue | None,
                 direction: str) -> TimeValue | None:
    rel = (rel or "").strip().lower()

    def one(a: date) -> TimeValue | None:
        cands = _yearly(a, lambda y: _month_value(y, m, part))
        if rel in ("last", "past", "previous", "this past"):
            fit = [c for c in cands if (c.first.year, c.first.month) < (a.year, a.month)]
            return fit[-1] if fit else None
        if rel in ("next", "coming"):
            fit = [c for c in cands if (c.first.year, c.first.month) > (a.year, a.month)]
            return fit[0] if fit else None
        if rel == "this":
            return _month_value(a.year, m, part)
        return _pick(cands, a, direction)

    return _resolve(anchor, one)


def _weekday(wd: int, rel: str | None, anchor: TimeValue | None, direction: str) -> TimeValue | None:
    rel = (rel or "").strip().lower()

    def one(a: date) -> TimeValue | None:
        back = (a.weekday() - wd) % 7
        ahead = (wd - a.weekday()) % 7
        if rel in ("last", "past", "this past"):
            return _day(a - timedelta(days=back or 7))
        if rel in ("next", "coming", "this coming"):
            return _day(a + timedelta(days=ahead or 7))
        if direction == "past":
            return _day(a - timedelta(days=back))
        if direction == "future":
            return _day(a + timedelta(days=ahead))
        return _day(a - timedelta(days=back) if back <= ahead else a + timedelta(days=ahead))

    return _resolve(anchor, one)


def _week_of(a: date, shift: int) -> TimeValue:
    monday = a - timedelta(days=a.weekday()) + timedelta(weeks=shift)
    return TimeValue(monday, monday + timedelta(days=6), "range")


def _weekend(a: date, mod: str, direction: str) -> TimeValue:
    """The Saturday and Sunday a weekend phrase names: this week's ("this weekend"), the next or the
    last; "at/over the weekend" is the one ahead in a future clause and the last one otherwise (a
    Saturday or Sunday anchor is its own weekend)."""
    saturday = a - timedelta(days=a.weekday()) + timedelta(days=5)
    if mod in ("next", "coming"):
        saturday += timedelta(weeks=1)
    elif mod in ("last", "past") or (mod != "this" and direction != "future" and saturday > a):
        saturday -= timedelta(weeks=1)
    return _week_in_month(TimeValue(saturday, saturday + timedelta(days=1), "range"))


def _week_in_month(days: TimeValue) -> TimeValue:
    """ "last week", "earlier this week": dated to the month, as a reader writes it, when the days lie
    in one month (the days stay the bounds); a week across two months stays a range."""
    if (days.first.year, days.first.month) == (days.last.year, days.last.month):
        return TimeValue(days.first, days.last, "month")
    return days


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _relative_unit(mod: str, unit: str, anchor: TimeValue | None) -> TimeValue | None:
    mod = re.sub(r"\s+", " ", mod.lower())
    unit = unit.lower()
    if mod.startswith(("the ", "end", "beginning", "start", "middle")):
        which = mod.split()[-1]
        part = _part_key(mod)
        shift = {"last": -1, "next": 1}.get(which, 0)
    else:
        which, part = mod, None
        shift = {"last": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(mod, 0)
        if mod.endswith("last"):
            shift = -1
        elif mod.endswith("next"):
            shift = 1
        if mod.startswith(("early", "late")) and mod not in ("earlier this", "later this"):
            part = mod.split()[0]

    def one(a: date) -> TimeValue | None:
        if unit == "week":
            if mod == "past":
                return _week_in_month(TimeValue(a - timedelta(days=7), a, "range"))
            week = _week_of(a, shift)
            if mod == "earlier this":
                return _week_in_month(TimeValue(week.first, a, "range"))
            if mod == "later this":
                return _week_in_month(TimeValue(a, week.last, "range"))
            return _week_in_month(week)
        if unit == "month":
            if mod == "past":
                return TimeValue(a - timedelta(days=30), a, "range")
            y, m = _add_months(a.year, a.month, shift)
            # "earlier this month", "later this month": dated to the month, as a reader writes it
            return _month_value(y, m, part)
        if mod == "past":
            return TimeValue(_safe_date(a.year - 1, a.month, a.day) or a - timedelta(days=365), a, "range")
        return _year_value(a.year + shift, part)

    return _resolve(anchor, one)


def _shift(a: date, n: int, unit: str, sign: int) -> TimeValue | None:
    unit = unit.lower().rstrip("s")
    try:
        if unit == "day":
            return _day(a + timedelta(days=sign * n))
        if unit == "week":
            mid = a + timedelta(weeks=sign * n)
            return TimeValue(mid - timedelta(days=3), mid + timedelta(days=3), "range")
        if unit == "month":
            y, m = _add_months(a.year, a.month, sign * n)
            return _month_value(y, m)
        if unit == "decade":
            centre = a.year + sign * 10 * n
            return TimeValue(date(centre - 5, 1, 1), date(centre + 5, 12, 31), "range")
        return _year_value(a.year + sign * n)
    except (ValueError, OverflowError):
        return None


# --------------------------------------------------------------------------- the scan

def find_times(text: str, anchor: TimeValue | None, *, start: int = 0, end: int | None = None,
               tense: str | None = None, language: str | None = None) -> list[TimeMention]:
    """All temporal expressions in ``text[start:end]``, resolved against ``anchor``.

    ``tense`` ('past' | 'future' | None) is the caller's hint for wording that does not fix its
    direction; a tense cue in the expression's own clause overrides it. ``language`` (an ISO 639-1
    code) adds that language's dates where the data has them (French, Spanish, Italian, ...).
    """
    end = len(text) if end is None else end
    found = list(_scanned_times(text, anchor, start, end, tense))
    if language in (None, "en", "ru", "ja"):
        return found
    return _merged(found, locale_times(text, anchor, start, end, tense, language))


@functools.lru_cache(maxsize=64)
def _scanned_times(text: str, anchor: TimeValue | None, start: int, end: int,
                   tense: str | None) -> tuple[TimeMention, ...]:
    """find_times' scan, once per stretch: a sentence's events, its carried day and the publication
    date's two readings of the body (with and without a dateline) ask for the same stretches again,
    ~90% of them within 48 other scans; a small cache keeps no article's stretches for the next."""
    out: list[TimeMention] = []
    if not may_hold_time(text, start, end):
        return ()
    covered = start
    for m in _SCAN.finditer(text, start, end):
        if m.start() < covered:  # inside a mention that took in its reference ("... of the 1956 treaty")
            continue
        mention = _mention(text, m, anchor, tense, start, end, out)
        if mention is not None:
            out.append(mention)
            covered = mention.end
    return tuple(_japanese_periods(text, out)) if _JA_PERIOD_MARK.search(text, start, end) else tuple(out)


# "今月1日から9月1日まで", "8日〜12月1日", "7月26日~7月28日": a period written as its two ends is one
# range from the first (read apart, the event took the end's day)
_JA_PERIOD_MARK = re.compile(r"\d日\s*(?:から|[〜~～])")
_JA_PERIOD_JOIN = re.compile(r"\s*(?:から|[〜~～])\s*")
_JA_PERIOD_END = re.compile(r"(?:\d{1,2}月|来月|翌月|今月)?\d{1,2}日")
_JA_MONTH_WRITTEN = re.compile(r"月")


def _japanese_periods(text: str, found: list[TimeMention]) -> list[TimeMention]:
    out: list[TimeMention] = []
    for m in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind in ("month_day", "date") and m.kind in ("month_day", "date")
                and prev.value is not None and m.value is not None
                and _JA_PERIOD_JOIN.fullmatch(text, prev.end, m.start) and _JA_PERIOD_END.fullmatch(m.text)
                and prev.text.endswith("日")):
            first = prev.value.first
            if not _JA_MONTH_WRITTEN.search(prev.text):  # "8日〜12月1日": the 8th before the end's day
                y, mo = m.value.first.year, m.value.first.month
                if first.day > m.value.first.day:
                    y, mo = _add_months(y, mo, -1)
                first = _safe_date(y, mo, first.day) or first
            if first <= m.value.last and (m.value.last - first).days <= _JA_PERIOD_MAX_DAYS:
                out[-1] = TimeMention(prev.start, m.end, text[prev.start:m.end], "range",
                                      TimeValue(first, m.value.last, "range"), prev.direction)
                continue
        out.append(m)
    return out


_JA_PERIOD_MAX_DAYS = 366


def _mention(text: str, m: re.Match, anchor: TimeValue | None, tense: str | None, lo: int, hi: int,
             previous: list[TimeMention]) -> TimeMention | None:
    kind = m.lastgroup[2:]
    g = m.group
    s, e = m.start(), m.end()

    def direction_for(wording: str = "either") -> str:
        if wording != "either":
            return wording
        return _local_tense(text, s, e, lo, hi) or tense or "either"

    def make(k: str, value: TimeValue | None, direction: str = "either") -> TimeMention:
        return TimeMention(s, e, text[s:e], k, value, direction)

    if kind == "iso":
        return make("date", _day(_safe_date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))))
    if kind == "ymd":
        return make("date", _day(_safe_date(int(g("ymd_y")), int(g("ymd_m")), int(g("ymd_d")))))
    if kind == "num":
        a, b, y = int(g("num_a")), int(g("num_b")), int(g("num_y"))
        if g("num_sep") == "/" and a <= 12:
            month, day = a, b  # US order: 01/26/2016
        else:
            day, month = a, b  # 26/01/2016, 15.12.2016
        if not 1 <= month <= 12:
            return None
        return make("date", _day(_safe_date(y, month, day)))
    if kind in ("dr", "mr"):
        p = kind + "_"
        if kind == "dr":
            m2 = _month_num(g("dr_m"))
            m1 = _month_num(g("dr_m1")) if g("dr_m1") else m2
        else:
            m1 = _month_num(g("mr_m"))
            m2 = _month_num(g("mr_m2")) if g("mr_m2") else m1
        d1, d2 = _int_day(g(p + "d1")), _int_day(g(p + "d2"))
        if (m2, d2) < (m1, d1) and m1 == m2:
            return None
        year = g(p + "y")
        if year:
            y = int(year)
            first, last = _safe_date(y, m1, d1), _safe_date(y if m2 >= m1 else y + 1, m2, d2)
            value = TimeValue(first, last, "range") if first and last else None
            return make("range", value)
        wording = "either"
        direction = direction_for(wording)

        def one(a: date) -> TimeValue | None:
            cands = []
            for y in (a.year - 1, a.year, a.year + 1):
                f, la = _safe_date(y, m1, d1), _safe_date(y if m2 >= m1 else y + 1, m2, d2)
                if f and la:
                    cands.append(TimeValue(f, la, "range"))
            return _pick(cands, a, direction)

        return make("range", _resolve(anchor, one), wording)
    if kind in ("dmy", "mdy"):
        p = kind + "_"
        month, day = _month_num(g(p + "m")), _int_day(g(p + "d"))
        if g(p + "y"):
            return make("date", _day(_safe_date(int(g(p + "y")), month, day)))
        return make("month_day", _month_day(month, day, anchor, direction_for()))
    if kind == "my":
        return make("month_year", _month_value(int(g("my_y")), _month_num(g("my_m")), g("my_part")))
    if kind == "mo":
        rel, part = g("mo_rel"), g("mo_part")
        if not rel and not part and not _MONTH_CUE.search(text, max(0, s - 12), s):
            return None
        if g("mo_m").rstrip(".") in ("May", "March") and not rel and not part:
            # "the May ..." / "of May" are weak cues for the words that are also verbs/names
            cue = text[max(0, s - 12):s].lower().split()
            if not cue or cue[-1] not in ("in", "since", "by", "until", "till", "during", "from", "early",
                                          "late", "mid", "of", "before", "after", "through", "on"):
                return None
            if cue[-1] == "of" and re.search(r"(?i)(end|beginning|start|middle|month)\s+of\s*\Z",
                                             text[max(0, s - 25):s]) is None:
                return None
        wording = {"last": "past", "past": "past", "previous": "past", "this past": "past",
                   "next": "future", "coming": "future"}.get((rel or "").strip().lower(), "either")
        month = _month_num(g("mo_m"))
        if g("mo_yrel"):  # "in September last year": that month of the year named
            shift = {"last": -1, "next": 1}.get(g("mo_yrel").split()[0].lower(), 0)
            value = _resolve(anchor, lambda a: _month_value(a.year + shift, month, part))
            return make("month", value, "past" if shift < 0 else "future" if shift > 0 else "either")
        value = _month_alone(month, rel, part, anchor, direction_for(wording))
        return make("month", value, wording)
    if kind == "se":
        return _season_mention(g, anchor, direction_for, make)
    if kind in ("yr", "yr2"):
        a = int(g(kind + "_a"))
        b_raw = g(kind + "_b")
        b = int(b_raw) if len(b_raw) == 4 else (a // 100) * 100 + int(b_raw)
        if b <= a or b - a > 100:
            return None
        return make("range", TimeValue(date(a, 1, 1), date(b, 12, 31), "range"))
    if kind == "dec":
        y = int(g("dec_y"))
        first, last = date(y, 1, 1), date(y + 9, 12, 31)
        part = _part_key(g("dec_part"))
        if part == "early":
            last = date(y + 3, 12, 31)
        elif part == "mid":
            first, last = date(y + 3, 1, 1), date(y + 6, 12, 31)
        elif part == "late":
            first = date(y + 6, 1, 1)
        return make("range", TimeValue(first, last, "range"))
    if kind == "year":
        ys = m.start("y_y")
        if _NOT_YEAR_BEFORE.search(text, max(0, ys - 12), ys):
            return None
        if _UNITS.match(text, e) and not _YEAR_PREPOSITION.search(text, max(0, ys - 10), ys):
            return None  # "2000 troops", "2020 km": a count, not a year
        y = int(g("y_y"))
        since = (g("y_since") or "").strip().lower()
        wording = "past" if since in ("since", "after", "from") else "either"
        if since in ("until", "till", "by", "before"):
            wording = "either"
        return make("year", _year_value(y, g("y_part")), wording)
    if kind == "rel":
        mod = re.sub(r"\s+", " ", g("rel_mod").lower())
        wording = "past" if any(w in mod for w in ("last", "previous", "past", "earlier")) else (
            "future" if any(w in mod for w in ("next", "coming", "following", "later")) else "either")
        return make("relative", _relative_unit(mod, g("rel_unit"), anchor), wording)
    if kind == "wkend":
        mod = re.sub(r"\s+", " ", g("wkend_mod").lower())
        wording = {"last": "past", "past": "past", "next": "future", "coming": "future"}.get(mod, "either")
        direction = direction_for(wording)
        return make("relative", _resolve(anchor, lambda a: _weekend(a, mod, direction)), wording)
    if kind == "ago":
        n = _number(g("ago_n"))
        unit = g("ago_unit")
        how = re.sub(r"\s+", " ", g("ago_dir").lower())
        if n is None:
            return None
        if how == "on":  # "two years on" from the previous mention
            how = "later"
        if how == "ago":
            return make("offset", _resolve(anchor, lambda a: _shift(a, n, unit, -1)), "past")
        if how in ("after", "since", "before", "prior to"):
            found = _known_event(text[e:min(hi, e + 120)])
            if found is None:
                return make("offset", None, "either")
            year, e = found[0], e + found[1]
            sign = -1 if how in ("before", "prior to") else 1
            mid = date(year, 7, 1)
            value = _shift(mid, n, unit, sign)
            if value is not None and unit.lower().startswith(("year", "decade")):
                value = _year_value(year + sign * n * (10 if unit.lower().startswith("decade") else 1))
            return make("offset", value, "either")
        # "N years earlier/later": from the nearest dated mention before it
        ref = next((p.value for p in reversed(previous) if p.value is not None and s - p.end < 400), None)
        if ref is None:
            return make("offset", None, "either")
        sign = -1 if how == "earlier" else 1
        value = _shift(ref.first, n, unit, sign)
        if value is not None and ref.precision == "year" and unit.lower().startswith("year"):
            value = _year_value(ref.first.year + sign * n)
        return make("offset", value, "either")
    if kind == "ann":
        n = _ordinal(g("ann_n"))
        found = _known_event(text[e:min(hi, e + 120)])
        if n is None or found is None:
            return make("anniversary", None, "either")
        year, e = found[0], e + found[1]
        return make("anniversary", _year_value(year + n), "either")
    if kind == "deic":
        word = re.sub(r"\s+", " ", g("deic").lower())
        if word == "today" and _looks_like_name_today(text, s):
            return None
        offset = {"yesterday": -1, "the day before yesterday": -2, "the day after tomorrow": 2,
                  "tomorrow": 1, "the day before": -1, "the previous day": -1, "last night": -1}.get(word, 0)
        wording = "past" if offset < 0 else "future" if offset > 0 else "either"
        return make("deictic", _resolve(anchor, lambda a: _day(a + timedelta(days=offset))), wording)
    if kind == "rudr":  # "18-22 апреля": the days of the month named, in the year the anchor gives
        return _days_of_month(cldr_months("ru")[g("rudr_m").lower()], int(g("rudr_d1")), int(g("rudr_d2")),
                              g("rudr_y"), anchor, direction_for(), make)
    if kind == "rumd":  # "26 июля 2021 года", "26 июл"
        month, day = _russian_month(g("rumd_m")), int(g("rumd_d"))
        if g("rumd_y"):
            return make("date", _day(_safe_date(int(g("rumd_y")), month, day)))
        return make("month_day", _month_day(month, day, anchor, direction_for()))
    if kind == "rumo":  # "в сентябре", "в июле 2020 года"
        month = _russian_month(g("rumo_m"))
        if g("rumo_y"):
            return make("month_year", _month_value(int(g("rumo_y")), month))
        return make("month", _month_alone(month, None, None, anchor, direction_for()))
    if kind == "rupt":  # "в начале мая", "в конце июня 2019 года"
        month = cldr_months("ru")[g("rupt_m").lower()]
        part = next(v for k, v in _RU_PART.items() if g("rupt_p").lower().startswith(k))
        if g("rupt_y"):
            return make("month_year", _month_value(int(g("rupt_y")), month, part))
        return make("month", _month_alone(month, None, part, anchor, direction_for()))
    if kind == "rudeic":  # "накануне" (the day before), "сегодня", "вчера", "завтра"
        offset = {"накануне": -1, "вчера": -1, "позавчера": -2, "завтра": 1}.get(g("rudeic").lower(), 0)
        wording = "past" if offset < 0 else "future" if offset > 0 else "either"
        return make("deictic", _resolve(anchor, lambda a: _day(a + timedelta(days=offset))), wording)
    if kind == "dedmy":  # "15. Dezember 2016", "am 3. März"
        month, day = cldr_months("de")[g("dedmy_m").lower().rstrip(".")], int(g("dedmy_d"))
        if g("dedmy_y"):
            return make("date", _day(_safe_date(int(g("dedmy_y")), month, day)))
        return make("month_day", _month_day(month, day, anchor, direction_for()))
    if kind == "demo":  # "im Dezember 2016", "Anfang Dezember", "Dezember 2016"
        month = cldr_months("de")[g("demo_m").lower().rstrip(".")]
        cue = (g("demo_in") or "").strip().lower()
        part = {"anfang": "early", "mitte": "mid", "ende": "late"}.get(cue)
        if g("demo_y"):
            return make("month_year", _month_value(int(g("demo_y")), month, part))
        wording = "past" if cue == "seit" else "either"
        return make("month", _month_alone(month, None, part, anchor, direction_for(wording)), wording)
    if kind == "jamdy":
        return make("date", _day(_safe_date(int(g("jamdy_y")), int(g("jamdy_m")), int(g("jamdy_d")))))
    if kind == "jad":
        return _japanese_date(g, anchor, direction_for, make)
    if kind == "kod":
        korean = {"jad_y": g("kod_y"), "jad_m": g("kod_m"), "jad_d": g("kod_d")}
        return _japanese_date(korean.get, anchor, direction_for, make)
    if kind == "jadr":  # "21〜25日": days of the month written about (or of the month named)
        return make("range", _resolve(anchor, lambda a: _japanese_days(g, a)))
    if kind == "jaera":  # "令和2年": the era's first year plus the count (元年 is the first)
        year = _JA_ERAS[g("jaera")] + (0 if g("jaera_n") == "元" else int(g("jaera_n")) - 1)
        return make("year", _year_value(year))
    if kind == "jarel":  # "今週", "先週", "来週"
        mod = _JA_WEEKS[g("jarel")]
        wording = {"last": "past", "next": "future"}.get(mod, "either")
        return make("relative", _relative_unit(mod, "week", anchor), wording)
    if kind == "rurel":  # "на прошлой неделе", "в этом году"
        mod = next(v for k, v in _RU_RELATIVE.items() if g("rurel_mod").lower().startswith(k))
        unit = next(v for k, v in _RU_UNITS.items() if g("rurel_unit").lower().startswith(k))
        wording = {"last": "past", "next": "future"}.get(mod, "either")
        return make("relative", _relative_unit(mod, unit, anchor), wording)
    if kind == "jadeic":  # "昨日", "本日", "明日"
        offset = _JA_DAYS[g("jadeic")]
        wording = "past" if offset < 0 else "future" if offset > 0 else "either"
        return make("deictic", _resolve(anchor, lambda a: _day(a + timedelta(days=offset))), wording)
    if kind == "jay":  # "来年" next year, "昨年" last year
        shift = _JA_YEAR_WORDS[g("jay_w")]
        return make("year", _resolve(anchor, lambda a: _year_value(a.year + shift)),
                    "past" if shift < 0 else "future" if shift > 0 else "either")
    if kind == "jaday":  # "10日": a day of the month the article is written in, or the one before
        day = int(g("jaday_d"))

        def this_month(a: date) -> TimeValue | None:
            if direction_for() == "future":  # "26日から始まる" written on the 20th: this month's 26th
                y, m = (a.year, a.month) if day >= a.day - 1 else _add_months(a.year, a.month, 1)
            else:
                y, m = (a.year, a.month) if day <= a.day + 1 else _add_months(a.year, a.month, -1)
            return _day(_safe_date(y, m, day))

        return make("month_day", _resolve(anchor, this_month))
    if kind == "dewd":  # "am Freitag": a German weekday, nearest to the anchor
        return make("weekday", _weekday(_GERMAN_WEEKDAYS[g("dewd").lower()], None, anchor, direction_for()))
    if kind == "cjwd":  # "星期二", "화요일": a Chinese or Korean weekday, nearest to the anchor
        day_of_week = "一二三四五六日".find(g("cjwd_zh").replace("天", "日")) if g("cjwd_zh") \
            else "월화수목금토일".find(g("cjwd_ko"))
        return make("weekday", _weekday(day_of_week, None, anchor, direction_for()))
    if kind == "ruwd":  # "в понедельник": a Russian weekday, nearest to the anchor
        return make("weekday", _weekday(_RUSSIAN_WEEKDAYS[g("ruwd").lower()], None, anchor, direction_for()))
    if kind == "wd":
        rel = g("wd_rel")
        wording = {"last": "past", "past": "past", "this past": "past", "next": "future", "coming": "future",
                   "this coming": "future"}.get((rel or "").strip().lower(), "either")
        direction = direction_for(wording)
        return make("weekday", _weekday(WEEKDAYS[g("wd").lower()], rel, anchor, direction), wording)
    return None


_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season_value(y: int, name: str) -> TimeValue | None:
    """A season of year ``y`` as a reader dates it: to the year (its months as the bounds); a winter
    runs into the next year, so it stays a range."""
    if not 1 <= y <= 9997:
        return None
    m = _SEASON_MONTHS[name]
    if m == 12:
        return TimeValue(date(y, 12, 1), _month_last(y + 1, 2), "range")
    return TimeValue(date(y, m, 1), _month_last(y, m + 2), "year")


def _season_mention(g, anchor, direction_for, make) -> TimeMention | None:
    """ "this summer", "in the autumn", "last winter", "the spring of 2014"."""
    name = g("se").lower()
    rel = re.sub(r"\s+", " ", g("se_rel").lower())
    if name == "fall" and rel not in ("this", "last", "next"):
        return None  # "the fall of the Soviet Union"
    if g("se_y"):
        return make("season", _season_value(int(re.search(r"\d{4}", g("se_y")).group()), name))
    wording = {"last": "past", "past": "past", "next": "future", "coming": "future"}.get(rel, "either")

    def one(a: date) -> TimeValue | None:
        cands = [v for v in (_season_value(y, name) for y in (a.year - 1, a.year, a.year + 1)) if v]
        if rel == "this":
            return next((c for c in cands if c.first.year == a.year), None)
        if wording == "past":
            fit = [c for c in cands if c.last < a]
            return fit[-1] if fit else None
        if wording == "future":
            fit = [c for c in cands if c.first > a]
            return fit[0] if fit else None
        return _pick(cands, a, direction_for())

    return make("season", _resolve(anchor, one), wording)


def _looks_like_name_today(text: str, s: int) -> bool:
    """'Russia Today', 'Japan Today', 'USA Today' are outlets, not dates."""
    if text[s] != "T":
        return False
    before = text[max(0, s - 3):s]
    return bool(before.strip()) and not re.search(r"[.!?\"“]\s*\Z", before)


_PARTS_RE = re.compile(rf"(?P<m>{_MON})|(?P<wd>{_WD})|(?<![\d.])(?P<d>{_DAY})")


def calendar_parts(mention_text: str) -> tuple[int | None, int | None, int | None]:
    """(month, day, weekday) named in an expression's own words, for constraints that need no anchor."""
    month = day = weekday = None
    for m in _PARTS_RE.finditer(mention_text):
        if m.group("m") and month is None:
            month = _month_num(m.group("m"))
        elif m.group("wd") and weekday is None:
            weekday = WEEKDAYS[m.group("wd").lower()]
        elif m.group("d") and day is None:
            day = _int_day(m.group("d"))
    return month, day, weekday


def weekday_index(word: str) -> int | None:
    """Monday=0 ... Sunday=6 for a weekday named in English, German or Russian ("в пятницу", "am Freitag")."""
    for w in re.findall(r"\w+", word.lower()):
        for table in (WEEKDAYS, _GERMAN_WEEKDAYS, _RUSSIAN_WEEKDAYS):
            if w in table:
                return table[w]
    return None


def tense_near(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> str | None:
    """The tense cue nearest to ``text[start:end]`` within its clause ('past' | 'future' | None)."""
    return _local_tense(text, start, end, lo, len(text) if hi is None else hi)


# --------------------------------------------------------------------------- other languages
# French, Spanish, Italian, Portuguese, Polish, Arabic, Luxembourgish, Greek, Romanian, Indonesian, Dutch,
# Turkish and Ukrainian dates (and German weekdays, "heute"/"gestern" and "letzte Woche", which the combined
# scan does not read), from data: CLDR's month and weekday names (data/month_names.csv, data/date_words.csv)
# and Wiktionary's words for yesterday/today/tomorrow, last/this/next week, month and year, the parts of a
# month and the words that mark a month named alone. A language's scan runs only on text
# in that language (the caller says which): "hier" is yesterday in French and here in German.

DATE_WORDS = Path(__file__).parent / "data" / "date_words.csv"
_LOCALE_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_LOCALE_YEAR_GAP = r"(?:,?\s+(?:de|del|of)\s+|,?\s+)"  # "febrero de 2018", "febbraio 2017", "lutego 2013"


@functools.cache
def _date_words(locale: str) -> dict[str, dict[str, str]]:
    """kind ('weekday' | 'day' | 'relative' | 'part' | 'cue' | 'after' | 'ambiguous' | 'counted' | 'month' |
    'range') -> {lower-cased word: value} for a locale."""
    out: dict[str, dict[str, str]] = {}
    with DATE_WORDS.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["locale"] == locale:
                out.setdefault(row["kind"], {})[row["name"]] = row["value"]
    return out


def _words(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@functools.cache
def _locale_scan(locale: str) -> re.Pattern[str] | None:
    """One case-blind scan of a language's dates: day month [year], month year, a part or cue and a
    month, a weekday, yesterday/today/tomorrow (None for a language without date words)."""
    words = _date_words(locale)
    months = {**cldr_months(locale), **words.get("month", {})}
    if not words or not months:
        return None
    month = "(?:" + _words(months) + r")(?!\w)"
    lead = "|".join(f"(?:{_words(words.get(k, {}))})" for k in ("part", "cue") if words.get(k))
    joins = _words(words.get("range", {})) or "-"
    alternatives = [
        rf"(?<![\d.])(?P<r1>{_LOCALE_DAY})(?:er|º|°|\.)?\s*(?:[-–—]|(?:{joins})(?!\w))\s*(?P<r2>{_LOCALE_DAY})"
        rf"(?:er|º|°|\.)?\s+(?:de\s+)?(?P<rm>{month})(?:{_LOCALE_YEAR_GAP}(?P<ry>{_YEAR}))?",
        rf"(?<![\d.])(?P<d>{_LOCALE_DAY})(?:er|º|°|\.)?\s+(?:de\s+)?(?P<dm>{month})"
        rf"(?:{_LOCALE_YEAR_GAP}(?P<dy>{_YEAR}))?",
        rf"(?:(?P<mylead>{lead})[\s-]*)?(?P<mym>{month}){_LOCALE_YEAR_GAP}(?P<myy>{_YEAR})",
    ]
    # a month named alone after its cue ("en mars", "în iunie"), not one that is also a common word
    # after it (Romanian "în mai multe": in more), or before a word that marks it (Turkish "Haziran ayında")
    alone = "(?:" + _words(set(months) - set(words.get("ambiguous", {}))) + r")(?!\w)"
    if lead:
        alternatives.append(rf"(?P<lead>{lead})[\s-]*(?P<mo>{alone})")
    if words.get("after"):
        alternatives.append(rf"(?P<mo2>{alone})\s+(?:{_words(words['after'])})(?!\w)")
    if words.get("relative"):  # "la semaine dernière", "minggu lalu" (before "Minggu", Sunday)
        alternatives.append(rf"(?P<rel>{_words(words['relative'])})(?![\w’'])")
    if words.get("weekday"):
        alternatives.append(rf"(?P<wd>{_words(words['weekday'])})(?!\w)")
    if words.get("day"):
        alternatives.append(rf"(?P<deic>{_words(words['day'])})(?![\w’'])")
    return re.compile(r"(?<![\w’'-])(?:" + "|".join(f"(?:{a})" for a in alternatives) + ")", re.IGNORECASE)


def _locale_month(locale: str, name: str) -> int:
    key = name.lower().rstrip(".")
    return cldr_months(locale).get(key) or int(_date_words(locale)["month"][key])


def _locale_part(locale: str, lead: str | None) -> str | None:
    """'early' | 'mid' | 'late' for a part word ("début", "a mediados de"), None for a cue ("en")."""
    parts = _date_words(locale).get("part", {})
    return parts.get(re.sub(r"\s+", " ", lead.lower()).strip()) if lead else None


def _locale_mention(locale: str, text: str, m: re.Match, anchor: TimeValue | None,
                    direction: str) -> TimeMention | None:
    g = m.groupdict().get
    value: TimeValue | None
    wording = "either"
    if g("rm"):
        def make(kind: str, value: TimeValue | None, _wording: str = "either") -> TimeMention:
            return TimeMention(m.start(), m.end(), text[m.start():m.end()], kind, value, "either")

        return _days_of_month(_locale_month(locale, g("rm")), int(g("r1")), int(g("r2")), g("ry"), anchor,
                              direction, make)
    if g("dm"):
        month, day = _locale_month(locale, g("dm")), int(g("d"))
        if g("dy"):
            kind, value = "date", _day(_safe_date(int(g("dy")), month, day))
        else:
            kind, value = "month_day", _month_day(month, day, anchor, direction)
    elif g("mym"):
        kind, value = "month_year", _month_value(int(g("myy")), _locale_month(locale, g("mym")),
                                                 _locale_part(locale, g("mylead")))
    elif g("mo") or g("mo2"):
        month, part = _locale_month(locale, g("mo") or g("mo2")), _locale_part(locale, g("lead"))
        kind, value = "month", _month_alone(month, None, part, anchor, direction)
    elif g("rel"):
        which, unit = _date_words(locale)["relative"][re.sub(r"\s+", " ", g("rel").lower())].split()
        kind, value = "relative", _relative_unit(which, unit, anchor)
        wording = "past" if which == "last" else "future" if which == "next" else "either"
    elif g("wd"):
        if _counted(locale, text, m.start()):
            return None
        day_of_week = int(_date_words(locale)["weekday"][g("wd").lower()])
        kind, value = "weekday", _weekday(day_of_week, None, anchor, direction)
    else:
        offset = int(_date_words(locale)["day"][g("deic").lower()])
        wording = "past" if offset < 0 else "future" if offset > 0 else "either"
        kind = "deictic"
        value = _resolve(anchor, lambda a: _day(a + timedelta(days=offset)))
    return TimeMention(m.start(), m.end(), text[m.start():m.end()], kind, value, wording)


_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def _counted(locale: str, text: str, start: int) -> bool:
    """A weekday's name counted as a plural noun (Romanian "trei luni", "ultimele luni": three months, the
    last months): after a number or a word of date_words.csv's 'counted' rows."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    counted = _date_words(locale).get("counted")
    return bool(counted and m and (m.group(1).isdigit() or m.group(1).lower() in counted))


@functools.lru_cache(maxsize=64)
def locale_times(text: str, anchor: TimeValue | None, start: int, end: int, tense: str | None,
                 locale: str) -> tuple[TimeMention, ...]:
    """The dates of a language other than English, Russian and Japanese in ``text[start:end]`` (see
    _locale_scan); () for a language without date words."""
    scan = _locale_scan(locale)
    if scan is None:
        return ()
    out = []
    for m in scan.finditer(text, start, end):
        direction = _local_tense(text, m.start(), m.end(), start, end) or tense or "either"
        mention = _locale_mention(locale, text, m, anchor, direction)
        if mention is not None:
            out.append(mention)
    return tuple(out)


def _days_of_month(month: int, d1: int, d2: int, year: str | None, anchor: TimeValue | None,
                   direction: str, make) -> TimeMention | None:
    """ "18-22 апреля", "del 18 al 22 de abril": a range of days in one month; without a year, the year
    of the first day's nearest reading (or the one the direction asks for)."""
    if d2 <= d1:
        return None
    if year:
        first, last = _safe_date(int(year), month, d1), _safe_date(int(year), month, d2)
        return make("range", TimeValue(first, last, "range") if first and last else None)

    def one(a: date) -> TimeValue | None:
        start = _month_day(month, d1, TimeValue(a, a, "day"), direction)
        last = _safe_date(start.first.year, month, d2) if start else None
        return TimeValue(start.first, last, "range") if last else None

    return make("range", _resolve(anchor, one))


def _merged(found: list[TimeMention], extra: tuple[TimeMention, ...]) -> list[TimeMention]:
    """The combined scan's mentions and a language's, in text order; where they overlap the longer
    (the combined scan's on a tie)."""
    for mention in extra:
        clashes = [f for f in found if f.start < mention.end and mention.start < f.end]
        if all(len(mention.text) > len(f.text) for f in clashes):
            found = [f for f in found if f not in clashes] + [mention]
    return sorted(found, key=lambda f: f.start)
