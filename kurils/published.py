"""Publication date: a printed stamp, else a dateline, else what the text itself implies.

Order of trust: a printed stamp ("21 May, 2015 10:57", "Published: ... Updated: ...")
beats a dateline with a year ("MOSCOW, January 22, 2018"), which beats inference.
A dateline without a year ("TOKYO, January 22. /TASS/.") and an undated text are
resolved from constraints the text states: the weekday of the reported statement,
dates it names as past or still ahead, office-holders' terms, "N years after" a
known event, the dispute's events it names (kurils.chronology: "the summit in Nagato",
"the Eastern Economic Forum this week"). Constraints are applied strongest first; one that contradicts those
already accepted is dropped rather than allowed to empty the answer. Nothing is
invented: without support on both sides the answer stays open (None).

How a weekday or a yearless day resolves against a range (the principle, for every language):
a lone weekday ("on Tuesday") against a range wider than a week picks no day: the answer is the
range (every fitting weekday in it). It picks a day only when another clue narrows the range to
within a week: the day it names with it ("в пятницу, 31 мая", "Friday, Dec 16"), a yearless
dateline's day, a known event of the people and place its own sentence names. A yearless day
("on 28 May", "October 13") takes the one year the other bounds (terms, dates past and ahead,
known events, today for a term still running) leave; when several years fit, the answer spans
them, and the lead's yearless day is read as the news: written within LEAD_NEWS_DAYS after it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlsplit

from kurils import reference
from kurils.chronology import Bound, publication_bounds
from kurils.fastre import guarded  # a lookahead for a pattern's first characters: faster, same matches
from kurils.models import CleanText, PageMeta, Paragraph, Published, Source, TimeValue
from kurils.temporal import (
    KNOWN_EVENT_YEARS,
    WEEKDAYS,
    TimeMention,
    calendar_parts,
    find_times,
    tense_near,
    weekday_index,
)

try:  # engineer EVENTS' office-holder terms; optional until it lands
    from kurils.people import office_mentions as _office_mentions
    from kurils.people import office_term_test as _office_term_test
    from kurils.people import office_year_bounds as _office_year_bounds
except ImportError:  # pragma: no cover - depends on another module's progress
    _office_year_bounds = _office_term_test = _office_mentions = None

_WINDOW = (date(1945, 1, 1), date(2040, 12, 31))  # search bounds only, never reported as support
_TRUST_GAP_DAYS = 3 * 366  # how far after the latest dated past event the earliest fitting year is trusted
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")

# --------------------------------------------------------------------------- stamps

_LINE = re.compile(r"[^\n]+")
_LABEL = guarded(
    r"(?i)\b(?P<pub>first\s+published|published|posted|created|issued|released|date|veröffentlicht|"
    r"опубликовано|publié)\b"
    r"|\b(?P<upd>last\s+updated|updated|modified|edited|last\s+modified|changed|aktualisiert|обновлено|"
    r"изменено|mis\s+à\s+jour)\b")
_STAMP_NOISE = guarded(
    r"(?i)\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?"
    r"|\d{1,2}時(?:\d{1,2}分)?"  # a Japanese clock time: "2022年09月07日08時01分"
    r"|[(（][月火水木金土日](?:曜日?)?[)）]"  # a Japanese weekday: "2019年6月29日（土）"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?"
    r"|\b(?:utc|gmt|msk|jst|kst|est|edt|cet|cest|eet|eest|wet|bst|pst|pdt|cst|cdt|mst|mdt|hst|akst|akdt|ist|hkt|sgt|"
    r"aest|aedt|awst|nzst|nzdt|ict|wib|pht|pkt|sast|irst|vlat|sakt|magt|yekt|am|pm|a\.m\.|p\.m\.)\b"
    r"|[+-]\d{2}:?\d{2}\b"
    r"|\b(?:first\s+published|last\s+updated|last\s+modified|published|posted|created|issued|released|"
    r"date|updated|modified|edited|changed|on|at|as\s+of|time|the|by|am|um|uhr|stand|zuletzt|veröffentlicht|"
    r"ago|hours?|minutes?|mins?|days?|weeks?|months?|years?|aktualisiert|datum|опубликовано|обновлено|изменено|дата|публикации|в|г|года|publié|le|mis|à|jour|h)\b")
_SEPARATOR = guarded(r"[|•·/–—(-]|\bby\b", re.IGNORECASE)
# "Source: Xinhua| 2020-12-01 19:45:12|Editor: huaxia": labelled fields of a meta line, not prose
_META_FIELD = guarded(
    re.compile(r"(?i)\b(?:source|editor|author|reporter|writer|byline|источник|автор|quelle|autor)\s*:\s*"
               r"[^|\n]{0,40}")
)


# Stamps of German, Russian and French pages ("15. Dezember 2016", "15 декабря 2016 г.", "15 décembre 2016").
_FOREIGN_MONTHS = {
    **{m: i for i, m in enumerate(["januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
                                   "september", "oktober", "november", "dezember"], 1)},
    **{m: i for i, m in enumerate(["jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt",
                                   "nov", "dez"], 1)},
    "jänner": 1, "maerz": 3, "sept": 9,
    **{m: i for i, m in enumerate(["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                   "сентября", "октября", "ноября", "декабря"], 1)},
    **{m: i for i, m in enumerate(["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт",
                                   "ноя", "дек"], 1)},
    "сент": 9, "май": 5,
    **{m: i for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                   "septembre", "octobre", "novembre", "décembre"], 1)},
}
_FOREIGN_MONTH = "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
# An aggregator prints the day twice, run together: "10 февраля 202310 фев 2023" (Dzen); a year may
# touch the next date's day, and a day may follow a year's last digit.
_FOREIGN_DATE = guarded(
    r"(?:(?<![\d.])|(?<=(?:19|20)\d\d))(?P<d>[0-3]?\d)\.?\s+(?P<m>" + _FOREIGN_MONTH
    + r")\.?,?\s+(?P<y>(?:19|20)\d\d)(?:(?!\d)|(?=[0-3]?\d\.?\s+(?:" + _FOREIGN_MONTH
    + r")\.?,?\s+(?:19|20)\d\d(?!\d)))(?:\s*г(?:ода|\.)?)?",
    re.IGNORECASE)


def _foreign_dates(text: str, start: int, end: int) -> list[TimeMention]:
    out = []
    for m in _FOREIGN_DATE.finditer(text, start, end):
        try:
            day = date(int(m.group("y")), _FOREIGN_MONTHS[m.group("m").lower()], int(m.group("d")))
        except ValueError:
            continue
        out.append(TimeMention(m.start(), m.end(), m.group(), "date", TimeValue(day, day, "day"), "either"))
    return out


# An American stamp with a two-digit year ("On 3/26/22 at 9:14 AM EDT"). Only a day above 12 tells the
# order, so a pair that could be either way (3/4/22) is left alone rather than guessed.
_SHORT_YEAR_DATE = guarded(
    re.compile(r"(?<![\d./-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{2})(?![\d/])")
)
# a month written in capitals ("PUBLISHED DEC 16, 2016"): stamps shout, prose does not
_CAPITAL_MONTH = guarded(
    r"\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
    r"JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\b")


def _short_year_dates(text: str, start: int, end: int) -> list[TimeMention]:
    out = []
    for m in _SHORT_YEAR_DATE.finditer(text, start, end):
        a, b, year = int(m.group("a")), int(m.group("b")), 2000 + int(m.group("y"))
        if a <= 12 < b:
            month, day_ = a, b
        elif b <= 12 < a:
            month, day_ = b, a
        else:
            continue
        try:
            day = date(year, month, day_)
        except ValueError:
            continue
        out.append(TimeMention(m.start(), m.end(), m.group(), "date", TimeValue(day, day, "day"), "either"))
    return out


def _capital_month_line(text: str, start: int, end: int) -> str:
    """The text with a line's capitalised month names written as names ('DEC' -> 'Dec'), offsets kept."""
    line = text[start:end]
    fixed = _CAPITAL_MONTH.sub(lambda m: m.group().capitalize(), line)
    return text if fixed == line else text[:start] + fixed + text[end:]


@dataclass(frozen=True)
class _Stamp:
    rank: int
    start: int
    day: date
    line: str


def _stamp_candidates(text: str, top_limit: int) -> list[_Stamp]:
    out = []
    japanese = bool(_JAPANESE_TEXT.search(text, 0, 4000))
    for line in _LINE.finditer(text):
        raw = line.group()
        if len(raw) > 140 or not re.search(r"\d", raw):
            continue
        read = _capital_month_line(text, line.start(), line.end())
        mentions = [m for m in find_times(read, None, start=line.start(), end=line.end())
                    if m.kind == "date" and m.value is not None]
        mentions += _foreign_dates(text, line.start(), line.end())
        if not japanese:  # a Japanese page writes a two-digit year first (_forum_stamps)
            mentions += _short_year_dates(text, line.start(), line.end())
        if not mentions or not _is_stamp_line(text, line.start(), line.end(), mentions):
            continue
        for m in mentions:
            before = text[line.start():m.start]
            labels = list(_LABEL.finditer(before))
            label = labels[-1].lastgroup if labels else None
            top = line.start() < top_limit
            rank = 0 if label == "pub" else (1 if top else 3) + (1 if label == "upd" else 0)
            out.append(_Stamp(rank, m.start, m.value.first, raw.strip()))
    out += _clock_stamps(text, top_limit)
    return out


# A date with a clock time ("2021.2.7 18:31更新", "2017/05/19 19:30", "2016年12月15日 10時30分",
# "10.02.2023 12:30", "14 октября 2021, 12:30") is a stamp wherever it stands at the top, even run into
# the headline and the lead on one scraped line.
_CLOCK = r"\s*(?:[(（][月火水木金土日][)）]\s*)?(?:[,|]\s*)?(?:в\s+)?(?:[0-2]?\d:[0-5]\d(?!\d)|[0-2]?\d時)"
_CLOCK_STAMP = guarded(
    r"(?<![\d./-])(?:(?P<y>(?:19|20)\d\d)(?P<sep>[./-])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9])"
    r"|(?P<jy>(?:19|20)\d\d)年(?P<jm>1[0-2]|0?[1-9])月(?P<jd>3[01]|[12]\d|0?[1-9])日"
    r"|(?P<ed>3[01]|[12]\d|0?[1-9])\.(?P<em>1[0-2]|0[1-9])\.(?P<ey>(?:19|20)\d\d)"
    r"|(?P<rd>3[01]|[12]\d|0?[1-9])\s+(?P<rm>" + _FOREIGN_MONTH + r")\.?\s+(?P<ry>(?:19|20)\d\d)(?:\s*г\.)?)"
    + _CLOCK + r"(?:[:\d分秒]*\s*(?P<upd>更新|updated?\b))?", re.IGNORECASE)


# A Japanese board's post stamp puts a two-digit year first and the clock to the second ("10/02/07
# 18:49:40", "19/08/02(金) 18:28:35.12"): read only in Japanese text, where the year comes first.
_FORUM_STAMP = guarded(re.compile(
    r"(?<![\d./-])(?P<y>\d\d)/(?P<m>1[0-2]|0[1-9])/(?P<d>3[01]|[12]\d|0[1-9])\s*(?:[(（][月火水木金土日][)）]\s*)?"
    r"[0-2]\d:[0-5]\d:[0-5]\d(?!\d)"))


def _forum_stamps(text: str, top_limit: int) -> list[_Stamp]:
    if not _JAPANESE_TEXT.search(text, 0, 4000):
        return []
    out = []
    for m in _FORUM_STAMP.finditer(text, 0, top_limit):
        try:
            day = date(2000 + int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        out.append(_Stamp(1, m.start(), day, m.group().strip()))
    return out


def _clock_stamps(text: str, top_limit: int) -> list[_Stamp]:
    out = _forum_stamps(text, top_limit)
    for m in _CLOCK_STAMP.finditer(text, 0, top_limit):
        if m.group("rm"):
            y, mo, d = m.group("ry"), _FOREIGN_MONTHS[m.group("rm").lower()], m.group("rd")
        else:
            y, mo, d = next((m.group(a), m.group(b), m.group(c)) for a, b, c in
                            (("y", "m", "d"), ("jy", "jm", "jd"), ("ey", "em", "ed")) if m.group(a))
        try:
            day = date(int(y), int(mo), int(d))
        except ValueError:
            continue
        out.append(_Stamp(2 if m.group("upd") else 1, m.start(), day, m.group().strip()))
    return out


# "— Hertha BSC (@HerthaBSC) June 1, 2017": how an embedded tweet signs off
_TWEET_SIGNATURE = re.compile(r"\(@\w{1,30}\)")


def _is_stamp_line(text: str, start: int, end: int, mentions: list[TimeMention]) -> bool:
    """A line that is a date and little else: labels, times, weekdays, a byline or outlet name."""
    pieces, pos = [], start
    for m in mentions:
        pieces.append(text[pos:m.start])
        pos = m.end
    pieces.append(text[pos:end])
    line = text[start:end].strip()
    if _TWEET_SIGNATURE.search(line) or (line.startswith("|") and line.endswith("|")):
        return False  # an embedded tweet's signature, a table row: dated, but not the article's stamp
    rest = _STAMP_NOISE.sub(" ", _META_FIELD.sub(" ", _BYLINE_TAIL.sub(" by ", " ".join(pieces))))
    words = re.findall(r"[^\W\d_][\w.'’-]*", rest)
    if not words:
        return True
    if len(words) > 4 or not all(_name_like(w) for w in words):
        return False
    # "Москва, 14 октября 2021 г.", "РИА Новости, 14.10.2021": a place or an outlet, a comma, the date
    named_then_dated = pieces[0].rstrip().endswith(",") and not pieces[-1].strip()
    # a government page's date line: "April 27, 2017, The Kremlin, Moscow", "June 29, 2019, Osaka"
    dated_then_named = not pieces[0].strip() and pieces[-1].lstrip().startswith(",")
    return bool(_SEPARATOR.search(" ".join(pieces))) or named_then_dated or dated_then_named


# "Posted on June 29, 2019 by admin": a byline closing a stamp line names a handle, in any case
_BYLINE_TAIL = re.compile(r"(?i)\bby\s+@?[\w.'’-]+(?:\s+[\w.'’-]+)?\s*\Z")


def _name_like(word: str) -> bool:
    """A capitalised word, or a short one of a script without case: an outlet's name ("根室新聞") or a
    stamp's word ("配信", "更新") beside a date; a longer caseless run is a sentence."""
    first = word[0]
    return first.isupper() or (not first.islower() and len(word) <= _CASELESS_NAME_CHARS)


_CASELESS_NAME_CHARS = 8


def _find_stamp(text: str, cleaned: CleanText) -> Published | None:
    best = _best_stamp(text, cleaned)
    if best is None:
        return None
    value = TimeValue(best.day, best.day, "day")
    return Published(value, inferred=False, evidence=f"printed stamp '{_short(best.line)}'")


def _best_stamp(text: str, cleaned: CleanText) -> _Stamp | None:
    paragraphs = cleaned.paragraphs
    if len(paragraphs) > 1:
        top_limit = paragraphs[1].start
    else:
        top_limit = paragraphs[0].end if paragraphs else len(text)
    top_limit = max(top_limit, min(len(text), 600))
    candidates = _stamp_candidates(text, top_limit)
    return min(candidates, key=lambda s: (s.rank, s.start)) if candidates else None


def _head_stamp(text: str, cleaned: CleanText) -> bool:
    """The best stamp is labelled as the publication or sits above the body, and is not an update."""
    best = _best_stamp(text, cleaned)
    return best is not None and best.rank <= 1


# --------------------------------------------------------------------------- datelines

_CAP_WORDS = r"[A-ZА-ЯЁ][\w.'’-]*(?:\s+[A-ZА-ЯЁ][\w.'’-]*){0,3}"  # "TOKYO", "Москва"
_DATELINE_PREFIX = re.compile(  # "TOKYO, ", "St. Petersburg, Russia, ", "MOSCOW (Reuters) "
    rf"\A\s*{_CAP_WORDS}(?:,\s*{_CAP_WORDS})?\s*(?:\([^()\n]{{1,30}}\))?\s*[,.:–—-]?\s*\Z")
_BRACKET_DATELINE = re.compile(r"\s*【[^】\n]{1,40}】")
_JA_MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")
_DAY_MONTH = re.compile(r"(\d{1,2})\.?\s+([^\W\d_]+)\.?")
# what follows a dateline's date: "(Reuters)", " — ", ", 2016", "/TASS/", or an agency's name closed by a
# period or dash ("ЮЖНО-САХАЛИНСК, 14 октября, ФедералПресс.", "MOSCOW, October 14, Interfax -")
_DATELINE_TAIL = re.compile(r"\A\s*(?:[(/.]|,?\s*[–—-]|,?\s*\d{4}|,?\s*\d{1,2}:\d{2}\s*[–—-]|,?\s*/|\Z"
                            r"|,\s*[A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ][\w-]*)?\s*[.–—-])")


@dataclass(frozen=True)
class _Dateline:
    paragraph: Paragraph
    mention: TimeMention
    month: int
    day: int
    printed: date | None  # the full date when the dateline has a year
    what: str = "dateline"  # or "stamp" for a yearless stamp line
    weekday: int | None = None  # the weekday the stamp prints beside the day ("7/26(水)")


def _find_dateline(text: str, paragraphs: tuple[Paragraph, ...]) -> _Dateline | None:
    for p in paragraphs[:3]:
        head_end = min(p.end, p.start + 120)
        for m in find_times(text, None, start=p.start, end=head_end):
            if m.kind not in ("date", "month_day"):
                continue
            prefix, tail = text[p.start:m.start], text[m.end:p.end]
            # "TOKYO, Dec 15 (Reuters) -", or a full date opening the paragraph: "December 15, 2016 — ..."
            opens = (m.kind == "date" and not prefix.strip() and bool(_DATELINE_TAIL.match(tail))
                     and tail.strip()[:1] in "–—-(")
            # a Japanese wire's bracketed dateline: "【1月15日 AFP】", "【モスクワ=共同 2016年12月15日】"
            bracket = _BRACKET_DATELINE.match(text, p.start, p.end)
            opens = opens or bool(bracket and m.end <= bracket.end())
            if not opens and (not _DATELINE_PREFIX.match(prefix) or not _DATELINE_TAIL.match(tail)):
                break
            month, day, _ = calendar_parts(m.text)
            japanese = _JA_MONTH_DAY.fullmatch(m.text.strip())
            if japanese:
                month, day = int(japanese.group(1)), int(japanese.group(2))
            russian = _DAY_MONTH.fullmatch(m.text.strip())
            if russian and russian.group(2).lower() in _FOREIGN_MONTHS:  # "14 октября"
                month, day = _FOREIGN_MONTHS[russian.group(2).lower()], int(russian.group(1))
            if m.kind == "date" and m.value is not None:
                return _Dateline(p, m, m.value.first.month, m.value.first.day, m.value.first)
            if month and day:
                return _Dateline(p, m, month, day, None)
            break
    return None


def _yearless_stamp(text: str, cleaned: CleanText, paragraphs: tuple[Paragraph, ...]) -> _Dateline | None:
    """A stamp line without a year ("Dec 15, 10:30") above the body: placed like a yearless dateline."""
    limit = paragraphs[0].start if cleaned.paragraphs else min(len(text), 600)
    for line in _LINE.finditer(text, 0, limit):
        if len(line.group()) > 80:
            continue
        mentions = [m for m in find_times(text, None, start=line.start(), end=line.end())
                    if m.kind == "month_day"]
        if len(mentions) == 1 and _is_stamp_line(text, line.start(), line.end(), mentions):
            month, day, _ = calendar_parts(mentions[0].text)
            if month and day:
                return _Dateline(paragraphs[0], mentions[0], month, day, None, "stamp")
        japanese = _JA_STAMP_DAY.search(text, line.start(), line.end())
        if japanese:
            mention = TimeMention(japanese.start(), japanese.end(), japanese.group(), "month_day", None,
                                  "either")
            around = text[line.start():japanese.start()] + " " + text[japanese.end():line.end()]
            rest = _STAMP_NOISE.sub(" ", around)
            words = re.findall(r"[^\W\d_][\w.'’-]*", rest)
            if len(words) <= 2 and all(_name_like(w) for w in words):  # "7:03配信", "最終更新:"
                return _Dateline(paragraphs[0], mention, int(japanese.group("m")), int(japanese.group("d")),
                                 None, "stamp", _JA_WEEKDAYS.index(japanese.group("wd")))
    return None


# --------------------------------------------------------------------------- lead dates

# A government page or a press release opens its lead with the day of what it reports ("平成23年2月7日、
# 菅総理は…", "On February 7, 2011, the Prime Minister …"), and a wire lead names the day of the
# statement it reports ("…, написала 4 июля официальный представитель МИД", "the ministry said on July 4
# that …"): the page was written that day or just after. Weaker than a stamp, a dateline or the address.
LEAD_EVIDENCE = "lead date"
# nothing, "On", "В", or a Japanese topic ("安倍総理は12月16日、総理大臣官邸で…")
_LEAD_OPENER = re.compile(r"\s*(?:On\s+|В\s+|[^\s、。,.]{1,20}は\s*)?", re.IGNORECASE)
_LEAD_DATE_COMMA = re.compile(r"\s*[、,，]")
_REPORTED_ON = re.compile(
    r"(?i)\b(?:said|says|told|announced|stated|declared|wrote|tweeted|warned|"
    r"(?:заяв|сообщ|отмет|объяв|подчеркн|рассказ|сказ|написа)[а-яё]*)"
    # up to three words between: "заявили в МИД РФ 19 апреля", "said in a statement on July 4"
    r"(?:\s+[^\s\d,.;:!?«»\"“”]+){0,3}?\s+(?:on\s+)?\Z")
_LEAD_CHARS = 60  # a paragraph this long, or a shorter sentence, is the lead: not a headline or caption
_SENTENCE_END = re.compile(r"[。!?！？]|\.(?:\s|\Z)")


def _lead_date(text: str, paragraphs: tuple[Paragraph, ...]) -> _Dateline | None:
    """The day a lead's first sentence opens with, or names as the day of the statement it reports."""
    lead = _lead_first_sentence(text, paragraphs)
    if lead is None:
        return None
    p, end = lead
    for m in find_times(text, None, start=p.start, end=end):
        if m.kind not in ("date", "month_day") or m.direction == "future":
            continue
        opener = _LEAD_OPENER.fullmatch(text, p.start, m.start)
        opens = opener is not None and _LEAD_DATE_COMMA.match(text, m.end) is not None
        said_on = _REPORTED_ON.search(text, max(p.start, m.start - 60), m.start) is not None
        if not (opens or said_on):
            continue
        if m.kind == "date" and m.value is not None and m.value.precision == "day":
            day = m.value.first
            return _Dateline(p, m, day.month, day.day, day, LEAD_EVIDENCE)
        month, day_ = _month_and_day(m.text)
        if month and day_:
            return _Dateline(p, m, month, day_, None, LEAD_EVIDENCE)
    return None


def _lead_first_sentence(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, int] | None:
    """The lead paragraph (headlines and captions passed over) and where its first sentence ends."""
    for p in paragraphs[:4]:
        if p.end - p.start < _LEAD_CHARS and not text[p.start:p.end].rstrip().endswith(("。", ".")):
            continue  # a headline or a caption, not the lead
        stop = _SENTENCE_END.search(text, p.start, p.end)
        return p, min(stop.end() if stop else p.end, p.start + 300)
    return None


LEAD_NEWS_DAYS = 31  # a yearless day the lead's first sentence reports is the news: written within a month


def _lead_day_window(text: str, paragraphs: tuple[Paragraph, ...]) -> _Constraint | None:
    """A day without a year in the lead's first sentence, not still ahead ("has been seized ... on 28
    May"): the report was written on that day or within LEAD_NEWS_DAYS after it, in a year the text's
    other bounds must choose (a day a year: only as narrow as they are)."""
    lead = _lead_first_sentence(text, paragraphs)
    if lead is None:
        return None
    p, end = lead
    for m in find_times(text, None, start=p.start, end=end):
        if m.kind != "month_day" or m.direction == "future" or tense_near(
                text, m.start, m.end, p.start, end) == "future":
            continue
        month, day_ = _month_and_day(m.text)
        if month and day_:
            return _Constraint(f"'{m.text}' in the lead", role="lead_md",
                               test=lambda d, k=(month, day_): _within_days_after(d, *k, LEAD_NEWS_DAYS))
    return None


def _within_days_after(d: date, month: int, day: int, reach: int, weekday: int | None = None) -> bool:
    """Whether ``d`` falls within ``reach`` days after the yearless day (on ``weekday``, when given)."""
    for year in (d.year, d.year - 1):
        try:
            then = date(year, month, day)
        except ValueError:
            continue
        if (weekday is None or then.weekday() == weekday) and 0 <= (d - then).days <= reach:
            return True
    return False


# A government page's title ends with the place and day of what it records: "… talks with Foreign
# Minister of Japan Taro Kono, Moscow, January 14, 2019", "日露首脳会談（2016年12月15日）"
HEADLINE_EVIDENCE = "headline date"
_TITLE_DATE_BEFORE = re.compile(r"(?:[,，、(（・]|\s[–—-])\s*\Z")
_TITLE_DATE_AFTER = re.compile(r"\s*[)）\]】]?\s*\Z")


def _title_date(text: str, cleaned: CleanText, paragraphs: tuple[Paragraph, ...]) -> _Dateline | None:
    """A full day closing the headline (or the title line opening the text), after a comma or bracket."""
    if cleaned.headline_span:
        start, end = cleaned.headline_span
    elif paragraphs and not text[paragraphs[0].start:paragraphs[0].end].rstrip().endswith(("。", ".")):
        start, end = paragraphs[0].start, paragraphs[0].end
    else:
        return None
    if end - start > 300:
        return None
    days = [m for m in find_times(text, None, start=start, end=end) if m.value is not None and (
        (m.kind, m.value.precision) in (("date", "day"), ("month_year", "month")))]
    if not days:
        return None
    m = days[-1]
    if not (_TITLE_DATE_BEFORE.search(text, start, m.start) and _TITLE_DATE_AFTER.match(text, m.end, end)):
        return None
    day = m.value.first  # a month ("(…・平成26年10月)", a list page's latest entry): its first day
    return _Dateline(Paragraph(start, end, text[start:end]), m, day.month, day.day, day, HEADLINE_EVIDENCE)


def _month_and_day(said: str) -> tuple[int | None, int | None]:
    """(month, day) of a yearless day in English, Japanese ("2月7日") or Russian ("4 июля")."""
    japanese = _JA_MONTH_DAY.fullmatch(said.strip())
    if japanese:
        return int(japanese.group(1)), int(japanese.group(2))
    russian = _DAY_MONTH.fullmatch(said.strip())
    if russian and russian.group(2).lower() in _FOREIGN_MONTHS:
        return _FOREIGN_MONTHS[russian.group(2).lower()], int(russian.group(1))
    month, day, _ = calendar_parts(said)
    return month, day


def _fits_text(text: str, cleaned: CleanText, lead: _Dateline) -> bool:
    """A lead's full date that the text's own bounds allow: in the office-holders' terms it names,
    after the dated events it places in the past ("On 9 August 1945, …" opens a history, not a report)."""
    value = lead.mention.value
    first, last = (value.first, value.last) if value is not None else (lead.printed, lead.printed)
    for c in _constraints(text, cleaned, lead):
        if c.role in ("weekday", "weekday_day", "past_md", "future_md"):
            continue
        if (c.lo and last < c.lo) or (c.hi and first > c.hi):
            return False
        if c.test and not (c.test(first) or c.test(last)):
            return False
    return True


def _yearless_anchor(text: str, cleaned: CleanText, paragraphs: tuple[Paragraph, ...]) -> _Dateline | None:
    """A dateline, a stamp line or a lead date printed without a year, else None."""
    found = (_find_dateline(text, paragraphs) or _yearless_stamp(text, cleaned, paragraphs)
             or _lead_date(text, paragraphs))
    return found if found is not None and found.printed is None else None


# A Japanese portal's yearless stamp, the weekday in brackets: "7/26(水) 7:03配信"
_JA_WEEKDAYS = "月火水木金土日"
_JA_STAMP_DAY = re.compile(
    r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])\s*[(（](?P<wd>[月火水木金土日])[)）]")


def yearless_dateline(text: str, cleaned: CleanText) -> tuple[int, int, str, str] | None:
    """(month, day, "dateline 'April 13'", "SINGAPORE, ") of a dateline or stamp printed without its
    year, else None; the last is the words before a dateline's date (its city), "" for a stamp."""
    paragraphs = cleaned.paragraphs or (Paragraph(0, len(text), text),)
    dateline = _yearless_anchor(text, cleaned, paragraphs)
    if dateline is None:
        return None
    label = f"{dateline.what} '{_MONTH_NAMES[dateline.month - 1]} {dateline.day}'"
    where = text[dateline.paragraph.start:dateline.mention.start] if dateline.what == "dateline" else ""
    return dateline.month, dateline.day, label, where


# "29日午後", "on the 29th", "29-го": the day of the month alone, in the lead's first sentence
_DAY_OF_MONTH = re.compile(r"(?<![\d月/.年])(?P<ja>[123]?\d)日(?!本)"
                           r"|\bon the (?P<en>[123]?\d)(?:st|nd|rd|th)\b|(?<![\d.])(?P<ru>[123]?\d)-?го\b")


def lead_day_of_month(text: str, cleaned: CleanText) -> tuple[int, str] | None:
    """(day, "the lead's '29日'") when the lead's first sentence gives a day of the month and no
    month, and the text has no dateline or stamp; else None."""
    paragraphs = cleaned.paragraphs or (Paragraph(0, len(text), text),)
    if _yearless_anchor(text, cleaned, paragraphs) is not None or _find_dateline(text, paragraphs):
        return None
    for p in paragraphs[:3]:
        stop = _SENTENCE_END.search(text, p.start, p.end)
        end = min(stop.end() if stop else p.end, p.start + 300)
        m = _DAY_OF_MONTH.search(text, p.start, end)
        if m is not None:
            day = int(m.group("ja") or m.group("en") or m.group("ru"))
            return (day, f"the lead's '{m.group()}'") if 1 <= day <= 31 else None
    return None


# --------------------------------------------------------------------------- constraints

@dataclass
class _Constraint:
    why: str
    lo: date | None = None
    hi: date | None = None
    test: Callable[[date], bool] | None = None
    role: str = ""  # past, future, weekday, year, office, convention, chronology, named_past


def _scan(lo: date, hi: date, tests: list[Callable[[date], bool]], step: int,
          fixed: tuple[int, int] | None) -> date | None:
    """The first (step=1) or last (step=-1) day in [lo, hi] passing every test."""
    if lo > hi:
        return None
    if fixed is not None:  # only one day a year can qualify: walk the years
        years = range(lo.year, hi.year + 1) if step > 0 else range(hi.year, lo.year - 1, -1)
        for y in years:
            try:
                d = date(y, *fixed)
            except ValueError:
                continue
            if lo <= d <= hi and all(t(d) for t in tests):
                return d
        return None
    d = lo if step > 0 else hi
    one = timedelta(days=step)
    while lo <= d <= hi:
        for test in tests:  # all(...) without a generator a day: this loop runs for thousands of days
            if not test(d):
                break
        else:
            return d
        d += one
    return None


def _bounds(constraints: list[_Constraint]) -> tuple[date, date, bool, bool]:
    lows = [c.lo for c in constraints if c.lo]
    highs = [c.hi for c in constraints if c.hi]
    lo = max(lows) if lows else _WINDOW[0]
    hi = min(highs) if highs else _WINDOW[1]
    return max(lo, _WINDOW[0]), min(hi, _WINDOW[1]), bool(lows), bool(highs)


def _first(constraints: list[_Constraint], fixed: tuple[int, int] | None,
           floor: date | None = None) -> date | None:
    """The first day fitting every constraint; no day before floor can (a caller's proof)."""
    lo, hi, _, _ = _bounds(constraints)
    return _scan(max(lo, floor) if floor else lo, hi, [c.test for c in constraints if c.test], 1, fixed)


def _last(constraints: list[_Constraint], fixed: tuple[int, int] | None,
          ceiling: date | None = None) -> date | None:
    """The last day fitting every constraint; no day after ceiling can (a caller's proof)."""
    lo, hi, _, _ = _bounds(constraints)
    return _scan(lo, min(hi, ceiling) if ceiling else hi, [c.test for c in constraints if c.test], -1, fixed)


def _accept(candidates: list[_Constraint], fixed: tuple[int, int] | None) -> list[_Constraint]:
    """Strongest first; a constraint that leaves no possible day is dropped."""
    return _accept_onto([], None, candidates, fixed)[0]


def _accept_onto(accepted: list[_Constraint], floor: date | None, candidates: list[_Constraint],
                 fixed: tuple[int, int] | None) -> tuple[list[_Constraint], date | None]:
    """_accept(accepted + candidates) for an accepted list whose first fitting day is floor (None when
    empty): every prefix of a list that fits together fits too, so accepted is kept as it is. Returns the
    list and its first fitting day."""
    accepted = list(accepted)
    # A constraint only narrows the days left, so the first day fitting accepted + [c] is never before
    # the first fitting accepted: each scan goes on from there instead of from the lower bound again.
    for c in candidates:
        day = _first(accepted + [c], fixed, floor)
        if day is not None:
            accepted.append(c)
            floor = day
    return accepted, floor


def _quote(text: str, m: TimeMention, words_before: int = 1) -> str:
    before = text[max(0, m.start - 40):m.start].split()
    lead = " ".join(before[-words_before:]) if words_before and before else ""
    lead = lead if lead and lead[-1].isalpha() else ""
    return f"{lead} {m.text}".strip()


def _body_spans(text: str, cleaned: CleanText) -> list[tuple[int, int]]:
    if cleaned.paragraphs:
        return [(p.start, p.end) for p in cleaned.paragraphs]
    return [(0, len(text))]


# a plan stated earlier in the weekday's own clause: "Lavrov, who is due to meet Kishida on Friday, ..."
# dates the meeting, not the report (a "said" after the clause does not make it past)
_PLAN_BEFORE = re.compile(
    r"\b(?:will|(?:is|are) (?:due|expected|scheduled|set|slated) to|(?:is|are) to|plans? to|"
    r"(?:is|are) (?:due|scheduled|set) for)\b[^.;!?,]{0,90}\Z",
    re.IGNORECASE,
)


# "over 70 years since the war", "nearly 60 years after": the count is a bound on the year, not the year
_AT_LEAST = ("over", "more than", "at least", "upwards of", "well over")
_AT_MOST = ("nearly", "almost", "close to", "under", "less than")
_ABOUT_YEARS = 3  # "about 70 years": a round number, give or take a few
_HEDGE = re.compile(r"\b(over|more than|at least|upwards of|well over|nearly|almost|close to|under|less than|"
                    r"some|about|around|roughly)\s+\Z", re.IGNORECASE)


# "on Friday (Dec 16)", "Friday, Dec. 16": a weekday and the day it fell on, in the lead: the report
# comes on that day or within the week after, in a year when that day was that weekday
_WEEKDAY_AND_DAY = re.compile(
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s*\(\s*|,\s+)"
    r"(?P<md>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:[12]\d|3[01]|0?[1-9]))\b"
    r"(?!\s*,?\s*(?:19|20)\d\d)")


# "в пятницу, 31 мая", "am Freitag, 31. Mai": a weekday and its day, read as find_times reads them
_PAIR_GAP = re.compile(r"\s*[,(]?\s*")


def _weekday_day_pairs(text: str, mentions: list[tuple[TimeMention, str | None]], lo: int,
                       hi: int) -> list[tuple[str, int, int, int]]:
    """(quote, month, day, weekday) for each weekday the lead names with its day and no year, English
    ("on Friday (Dec 16)") or another language find_times reads; a plan's weekday is left out."""
    out = []
    for pair in _WEEKDAY_AND_DAY.finditer(text, lo, hi):
        month, day_, _ = calendar_parts(pair.group("md"))
        if month and day_:
            out.append((pair.start(), f"{pair.group('wd')}, {pair.group('md')}", month, day_,
                        WEEKDAYS[pair.group("wd").lower()]))
    ordered = sorted((m for m, _ in mentions if lo <= m.start < hi), key=lambda m: m.start)
    for first, second in zip(ordered, ordered[1:], strict=False):
        if first.kind != "weekday" or second.kind != "month_day" or not _PAIR_GAP.fullmatch(
                text, first.end, second.start) or _YEAR_NEXT.match(text, second.end):
            continue
        wd = weekday_index(first.text)
        month = calendar_parts(second.text)[0] or _foreign_month(second.text)
        day_ = calendar_parts(second.text)[1]
        if wd is not None and month and day_ and all(start != first.start for start, *_ in out):
            out.append((first.start, f"{first.text}, {second.text}", month, day_, wd))
    return [rest for start, *rest in sorted(out)
            if not _PLAN_BEFORE.search(text, max(0, start - 120), start)]


_YEAR_NEXT = re.compile(r"\s*,?\s*(?:19|20)\d\d(?!\d)")


def _foreign_month(said: str) -> int | None:
    """The month of a German, Russian or French day ("31 мая", "31. Mai")."""
    for word in re.findall(r"[^\W\d_]+", said.lower()):
        if word in _FOREIGN_MONTHS:
            return _FOREIGN_MONTHS[word]
    return None


def _within_week_after(d: date, month: int, day: int, weekday: int) -> bool:
    return _within_days_after(d, month, day, 6, weekday)


def _lead_end(spans: list[tuple[int, int]], dateline: _Dateline | None) -> int:
    """Where the lead ends: the dateline's paragraph, else the second paragraph; a site that prints a
    sentence to a paragraph has its lead run on until it is _LEAD_MIN_CHARS long."""
    if dateline is not None:
        start, end = dateline.paragraph.start, dateline.paragraph.end
    else:
        start, end = spans[0][0], spans[1][1] if len(spans) > 1 else spans[0][1]
    for a, b in spans:
        if a >= end and end - start < _LEAD_MIN_CHARS:
            end = b
    return end


_LEAD_MIN_CHARS = 400


# "Japan's new Prime Minister Fumio Kishida": written within the first months of a term
_NEW_IN_OFFICE = re.compile(r"\b(?:new|newly[- ](?:appointed|elected|installed)|incoming)\s+\Z",
                            re.IGNORECASE)
NEW_IN_OFFICE_DAYS = 122


def _new_in_office(text: str) -> list[_Constraint]:
    """Within NEW_IN_OFFICE_DAYS of the start of a term of an office-holder the text calls new; one
    who held the office twice gives two windows, which bound the date but do not place it."""
    if _office_mentions is None:
        return []
    try:
        mentions = _office_mentions(text)
    except Exception:  # another module's bug must not lose the date
        return []
    for a, b, person, kind, former in mentions:
        new = None if former else _NEW_IN_OFFICE.search(text, max(0, a - 25), a)
        starts = [date(*t[2], 1) for t in person.terms if t[0] == kind]
        if new is None or not starts:
            continue
        windows = tuple((first, first + timedelta(days=NEW_IN_OFFICE_DAYS)) for first in starts)
        terms = ", ".join(f"{lo:%Y-%m}" for lo, _ in windows)
        said = f"'{new.group().strip()} {_short(text[a:b], 50)}' (in office from {terms})"
        role = "office_new" if len(windows) == 1 else "office"
        return [_Constraint(said, min(lo for lo, _ in windows), max(hi for _, hi in windows), role=role,
                            test=lambda d, ws=windows: any(lo <= d <= hi for lo, hi in ws))]
    return []


_ACCOUNT_OF_YEAR = re.compile(r"(?<!\w)за\s+\Z", re.IGNORECASE)


# --------------------------------------------------------------------------- Japanese office-holders

@functools.cache
def _japanese_office_pattern() -> re.Pattern[str] | None:
    """An official as Japanese writes one, the title right after the name: "菅直人首相", "前原外相",
    "プーチン大統領" (data/names_ja.csv, data/office_titles_ja.csv)."""
    try:
        from kurils.people import japanese_names
        names = japanese_names()
    except ImportError:  # pragma: no cover - another module's table
        return None
    titles = [row["title"] for row in reference.rows("office_titles_ja.csv")]
    if not names or not titles:
        return None
    by_length = lambda items: "|".join(map(re.escape, sorted(items, key=len, reverse=True)))  # noqa: E731
    return re.compile(rf"(?P<name>{by_length(names)})(?:氏)?(?P<title>{by_length(titles)})")


@functools.cache
def _terms_by_office() -> dict[tuple[str, str], tuple[tuple[tuple[int, int], tuple[int, int] | None], ...]]:
    """(surname, office) -> its terms as ((year, month), (year, month) or None while in office)."""
    terms: dict[tuple[str, str], list] = {}
    for row in reference.rows("official_terms.csv"):
        first = tuple(int(x) for x in row["from"].split("-"))
        last = tuple(int(x) for x in row["to"].split("-")) if row["to"] else None
        terms.setdefault((row["surname"], row["office"]), []).append((first, last))
    return {key: tuple(value) for key, value in terms.items()}


# a line that recalls the past: a year written in it, or "当時" (as titled then), "元"/"前" (former)
_JA_RECALLED_LINE = re.compile(r"(?:19|20)\d\d|平成|昭和")
# "当時の鳩山首相": "at the time" before the title in its sentence (after another's title it is theirs:
# "鳩山由紀夫首相はあいさつで、祖父の一郎氏が首相当時に…")
_JA_THEN_BEFORE = re.compile(r"当時[^。]*\Z")
# "小泉純一郎首相以来10年ぶり" (since PM Koizumi), "安倍首相時代", "…首相の時": an office of the past
_JA_RECALLED_AFTER = re.compile(r"(?:以来|以降|時代|当時|在任|の時|のとき|の頃|のころ)")


def _japanese_offices(text: str) -> list[_Constraint]:
    """The terms of the officials a Japanese text names with their titles in the present: "今年の大会には
    菅直人首相ら" was written while Kan was prime minister. A line that names a year, or "当時" before the
    title in its sentence, recalls."""
    pattern = _japanese_office_pattern()
    if pattern is None or not _JAPANESE_TEXT.search(text):
        return []
    from kurils.people import japanese_names

    offices = {row["title"]: row["office"] for row in reference.rows("office_titles_ja.csv")}
    out = []
    seen: set[tuple[str, str, str]] = set()  # a name and title met again adds nothing (but time: a page
    # naming 安倍晋三首相 in each of 1,000 paragraphs gave 1,000 constraints, each accepted against all)
    for m in pattern.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        recalled = _JA_RECALLED_LINE.search(line) or _JA_THEN_BEFORE.search(text, line_start, m.start())
        former = text[max(0, m.start() - 1):m.start()] in ("元", "前")
        if recalled or former or _JA_RECALLED_AFTER.match(text, m.end()):
            continue
        if (key := (m.group(), m.group("name"), m.group("title"))) in seen:
            continue
        seen.add(key)
        terms = _terms_by_office().get((japanese_names()[m.group("name")], offices[m.group("title")]))
        if not terms:
            continue
        out.append(_office_constraint(f"'{m.group()}'", terms))
    return out


_JAPANESE_TEXT = re.compile(r"[\u3040-\u30ff]")


# --------------------------------------------------------------------------- Russian office-holders

@functools.cache
def _russian_office_pattern() -> re.Pattern[str]:
    """An official as Russian writes one, the title (any case ending), the country, the name:
    "премьер-министр Японии Наото Кан", "нового премьера Японии Фумио Кисиды" (data/office_titles_ru.csv,
    each word a stem)."""
    titles = sorted((row["title"] for row in reference.rows("office_titles_ru.csv")), key=len, reverse=True)
    stems = "|".join(r"\s+".join(re.escape(w) + "[а-яё]*" for w in t.split()) for t in titles)
    return re.compile(
        rf"(?i:(?P<before>\b(?:нов|бывш|экс|тогдашн|прежн)[а-яё-]*\s+)?)(?<![а-яё-])(?i:(?P<title>{stems}))"
        r"(?:\s+(?:России|РФ|Японии|Японского\s+правительства|японского\s+правительства))?"
        r"\s+(?:[А-ЯЁ][а-яё]+\s+)?(?P<surname>[А-ЯЁ][а-яё]{2,})(?![\w-])")


@functools.cache
def _russian_offices_by_title() -> dict[str, str]:
    return {row["title"]: row["office"] for row in reference.rows("office_titles_ru.csv")}


def _russian_title_office(title: str) -> str | None:
    words = title.lower().split()
    for stem, office in sorted(_russian_offices_by_title().items(), key=lambda kv: -len(kv[0])):
        parts = stem.split()
        if len(parts) == len(words) and all(w.startswith(p) for w, p in zip(words, parts, strict=True)):
            return office
    return None


def _russian_offices(text: str) -> list[_Constraint]:
    """The terms of the officials a Russian text names with their titles: "премьер-министр Японии Наото
    Кан" was written while Kan was prime minister; "нового премьера ... Кисиды" within the first months of
    Kishida's term. A line that names a year, or "бывший"/"тогдашний" before the title, recalls."""
    if not re.search(r"[а-яё]", text[:4000]):
        return []
    try:
        from kurils.people import cyrillic_surname
    except ImportError:  # pragma: no cover - another module's reader
        return []
    out = []
    for m in _russian_office_pattern().finditer(text):
        office, surname = _russian_title_office(m.group("title")), cyrillic_surname(m.group("surname"))
        terms = _terms_by_office().get((surname, office)) if office and surname else None
        if not terms:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        before = (m.group("before") or "").lower()
        if _JA_RECALLED_LINE.search(line) or before.startswith(("бывш", "экс", "тогдашн", "прежн")):
            continue
        said = f"'{_short(m.group().strip(), 60)}'"
        if before.startswith("нов"):
            starts = [date(*t[0], 1) for t in terms]
            windows = tuple((a, a + timedelta(days=NEW_IN_OFFICE_DAYS)) for a in starts)
            out.append(_Constraint(f"{said} (in office from {', '.join(f'{a:%Y-%m}' for a, _ in windows)})",
                                   min(a for a, _ in windows), max(b for _, b in windows),
                                   test=lambda d, ws=windows: any(a <= d <= b for a, b in ws),
                                   role="office_new" if len(windows) == 1 else "office"))
            continue
        out.append(_office_constraint(said, terms))
    return out


def _office_constraint(said: str, terms) -> _Constraint:
    """A title with a name dates the page to the named holder's terms of office, to the month."""
    lo = date(*min(t[0] for t in terms), 1)
    ends = [t[1] for t in terms]
    hi = None if None in ends else _month_last_day(*max(ends))
    years = ", ".join(f"{a[0]}-{b[0] if b else ''}" for a, b in terms)
    return _Constraint(f"{said} (in office {years})", lo, hi, role="office",
                       test=lambda d, ts=terms: _in_terms(d, ts))


def _month_last_day(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _in_terms(d: date, terms) -> bool:
    ym = (d.year, d.month)
    return any(first <= ym and (last is None or ym <= last) for first, last in terms)


def _constraints(text: str, cleaned: CleanText, dateline: _Dateline | None,
                 reported: Sequence[Bound] = ()) -> list[_Constraint]:
    spans = _body_spans(text, cleaned)
    mentions: list[tuple[TimeMention, str | None]] = []
    for start, end in spans:
        for m in find_times(text, None, start=start, end=end):
            if dateline is not None and m.start == dateline.mention.start:
                continue
            tense = m.direction if m.direction != "either" else tense_near(text, m.start, m.end, start, end)
            account = _ACCOUNT_OF_YEAR.search(text, max(0, m.start - 4), m.start)
            if tense is None and m.kind == "year" and account:
                tense = "past"  # "в «Синей книге» за 2023 год": a report on a year is written in it or after
            mentions.append((m, tense))

    # A dated past event on the dateline's own day is an anniversary or a recap: it lies in an earlier year.
    same_day = (dateline.month, dateline.day) if dateline else None
    strong: list[_Constraint] = []
    absolute: list[_Constraint] = []
    weekday: list[_Constraint] = []
    convention: list[_Constraint] = []

    if _office_year_bounds is not None:
        try:
            low, high, why = _office_year_bounds(text)
        except Exception:  # another module's bug must not lose the date
            low = high = why = None
        if low or high:
            strong.append(_Constraint(why or "office-holders' terms", date(low, 1, 1) if low else None,
                                      date(high, 12, 31) if high else None, role="office"))
            # the terms themselves, to the month: Abe was not in office between 2007 and 2012
            in_term = _office_term_test(text) if _office_term_test is not None else None
            if in_term is not None:
                strong.append(
                    _Constraint("office-holders' terms by month", test=in_term, role="office_month")
                )

    if not strong:  # the English title+name phrases name no office-holder: a Japanese or Russian text's may
        strong += _japanese_offices(text) + _russian_offices(text)
    strong += _new_in_office(text)
    # The dispute's events the text names: a window ("the Eastern Economic Forum this week") is as strong
    # as a date; "after the G20 in Osaka" or "ahead of the summit in Nagato" bound one side like a date.
    named_windows: list[_Constraint] = []
    # A named past event bounds but does not place (like the milestone years): "the 1956 Joint
    # Declaration" does not make a yearless dateline 1957.
    for bound in [*reported, *publication_bounds(text, spans)]:
        role = "named_past" if bound.role == "past" else bound.role
        constraint = _Constraint(bound.why, bound.lo, bound.hi, bound.test, role=role)
        (named_windows if bound.role == "chronology" else absolute).append(constraint)

    if dateline is not None and dateline.weekday is not None:
        weekday.append(_Constraint(f"'{dateline.mention.text}'", role="weekday",
                                   test=lambda d, wd=dateline.weekday: d.weekday() == wd))
    for said, month, day_, wd in _weekday_day_pairs(text, mentions, spans[0][0], _lead_end(spans, dateline)):
        absolute.append(_Constraint(f"'{said}'", role="weekday_day",
                                    test=lambda d, k=(month, day_, wd): _within_week_after(d, *k)))
        break
    future_keys = {calendar_parts(m.text)[:2] for m, tense in mentions
                   if m.kind in ("month_day", "month") and tense == "future"}
    lead_end = _lead_end(spans, dateline)
    for m, tense in mentions:
        low_text = m.text.lower()
        if m.kind in ("offset", "anniversary") and m.value is not None and (
                "after" in low_text or "since" in low_text or "anniversary" in low_text):
            y = m.value.first.year
            hedge = _HEDGE.search(text, max(0, m.start - 24), m.start)
            if hedge is None:
                strong.append(_Constraint(f"'{_short(m.text, 70)}' gives {y}",
                                          date(y, 1, 1), date(y, 12, 31), role="year"))
            else:  # "over 70 years since the war": a bound, not a year
                said = f"'{_short(hedge.group(1) + ' ' + m.text, 70)}'"
                word = " ".join(hedge.group(1).lower().split())
                lo, hi = (y, None) if word in _AT_LEAST else (None, y) if word in _AT_MOST else (
                    y - _ABOUT_YEARS, y + _ABOUT_YEARS)
                absolute.append(_Constraint(f"{said} gives {lo or '…'}-{hi or '…'}",
                                            date(lo, 1, 1) if lo else None, date(hi, 12, 31) if hi else None,
                                            role="history"))
        elif m.kind in ("date", "month_year", "year", "range") and m.value is not None:
            # the milestones every article recalls (1956, 1945, ...) bound the date but do not place it;
            # they are past whatever verb governs them ("will negotiate on the basis of the 1956 declaration")
            historic = m.value.precision == "year" and m.value.first.year in KNOWN_EVENT_YEARS
            if historic:
                tense = "past"
            if tense == "past":
                lo = m.value.first
                if m.value.precision == "day" and (lo.month, lo.day) == same_day:
                    lo += timedelta(days=1)
                absolute.append(_Constraint(f"'{m.text}'", lo=lo, role="history" if historic else "past"))
            elif tense == "future":
                absolute.append(_Constraint(f"'{m.text}'", hi=m.value.last, role="future"))
        elif (m.kind == "weekday" and m.direction == "either" and m.start < lead_end and tense != "future"
              and not _PLAN_BEFORE.search(text, max(0, m.start - 120), m.start)):
            _, _, wd = calendar_parts(m.text)
            if wd is not None and not weekday:
                said = f"'{_quote(text, m, 2)}'"
                weekday.append(_Constraint(said, test=lambda d, wd=wd: d.weekday() == wd, role="weekday"))
                # the statement may precede the dateline day by one day (used only if the exact day fails)
                weekday.append(_Constraint(f"{said} (the day before the dateline)",
                                           test=lambda d, wd=wd: d.weekday() in (wd, (wd + 1) % 7),
                                           role="weekday"))
        elif m.kind in ("month_day", "month") and m.direction == "either":
            month, day = calendar_parts(m.text)[:2]
            if month is None or "late" in low_text or "early" in low_text or "mid" in low_text:
                continue
            key = (month, day)
            if key in future_keys or tense == "future":
                last_day = day or 31
                convention.append(_Constraint(
                    f"'{m.text}' is still ahead", role="future_md",
                    test=lambda d, k=(month, last_day): (d.month, d.day) <= k))
            elif tense == "past":
                convention.append(_Constraint(
                    f"'{m.text}' is past", role="past_md",
                    test=lambda d, k=(month, day or 1): (d.month, d.day) >= k))
    absolute += _lead_day_of_weekday(text, mentions, lead_end, weekday)
    strong += _years_ago(text, mentions)
    return strong + named_windows + absolute + weekday + convention


# "165 лет назад, 7 февраля 1855 года", "exactly 70 years ago, in 1945", "1956年…66年前": the year written
_YEARS_AGO = guarded(r"(?<!\d)(?P<n>\d{1,3})\s*(?:years?|лет|года?|年)\s*(?:ago|назад|前)(?!\w)",
                                re.IGNORECASE)
_YEARS_AGO_REACH = 40


def _years_ago(text: str, mentions: list[tuple[TimeMention, str | None]]) -> list[_Constraint]:
    """'N years ago' beside the year it counts from: the text was written in that year plus N
    (not a hedged count: 'more than 70 years ago' only bounds it)."""
    dated = [m for m, _ in mentions if m.kind in ("date", "year", "month_year") and m.value is not None]
    for ago in _YEARS_AGO.finditer(text):
        if _HEDGE.search(text, max(0, ago.start() - 24), ago.start()):
            continue
        near = [m for m in dated if 0 <= m.start - ago.end() <= _YEARS_AGO_REACH
                or 0 <= ago.start() - m.end <= _YEARS_AGO_REACH]
        near = [m for m in near if not re.search(r"[.;!?。\n]",
                                                 text[min(m.end, ago.end()):max(m.start, ago.start())])]
        if len({m.value.first.year for m in near}) != 1:
            continue
        year = near[0].value.first.year + int(ago.group("n"))
        said = f"'{_short(ago.group(), 30)}' from {near[0].value.first.year} gives {year}"
        return [_Constraint(said, date(year, 1, 1), date(year, 12, 31), role="year")]
    return []


def _lead_day_of_weekday(text: str, mentions: list[tuple[TimeMention, str | None]], lead_end: int,
                         weekday: list[_Constraint]) -> list[_Constraint]:
    """A full date above the lead's end on the lead's weekday ("..., Aug. 16, 2006." under a photo, "opened
    fire on a Japanese vessel Wednesday"): the day the report tells of, so it was written that week."""
    wds = {wd for wd in range(7) if weekday and weekday[0].test(_A_MONDAY + timedelta(days=wd))}
    if len(wds) != 1:
        return []
    wd = wds.pop()
    for m, tense in mentions:
        if (m.start < lead_end and m.kind == "date" and m.value is not None and m.value.precision == "day"
                and tense != "future" and m.value.first.weekday() == wd):
            day = m.value.first
            return [_Constraint(f"'{m.text}', a {_WEEKDAY_NAMES[wd]}", day, day + timedelta(days=6),
                                role="weekday_day")]
    return []


_A_MONDAY = date(2024, 1, 1)


# --------------------------------------------------------------------------- inference

def _describe(accepted: list[_Constraint], roles: tuple[str, ...]) -> list[str]:
    return [c.why for c in accepted if c.role in roles]


def _infer_dateline(text: str, cleaned: CleanText, dateline: _Dateline,
                    reported: Sequence[Bound] = ()) -> Published:
    fixed = (dateline.month, dateline.day)
    label = f"{_MONTH_NAMES[dateline.month - 1]} {dateline.day}"
    candidates = _constraints(text, cleaned, dateline, reported)
    accepted = _accept(candidates, fixed)
    _, _, has_low, _ = _bounds(accepted)
    head = f"{dateline.what} '{label}' has no year"
    if not has_low:
        return Published(None, inferred=True,
                         evidence=f"{head} and the text names no earlier date to place it")
    day = _first(accepted, fixed)
    if day is None:  # cannot happen after _accept, kept for safety
        return Published(None, inferred=True, evidence=f"{head}; the text's dates contradict each other")
    reasons = []
    weekday = _describe(accepted, ("weekday",))
    if weekday:
        reasons.append(f"{weekday[0]} fixes the weekday")
    reasons += [f"{w} was within the week before" for w in _describe(accepted, ("weekday_day",))]
    reasons += _describe(accepted, ("chronology",))[:2]
    past = _describe(accepted, ("past", "named_past"))
    if past:
        reasons.append(f"the text places {_join(past[-3:])} in the past")
    reasons += _describe(accepted, ("office", "office_new", "year"))
    future = _describe(accepted, ("future",))
    if future:
        reasons.append(f"{_join(future[:2])} still ahead")
    which = f" which falls on a {_WEEKDAY_NAMES[day.weekday()]}" if weekday else ""
    because = ", and ".join(dict.fromkeys(reasons))
    # The earliest consistent year is trusted only close after a dated event the text names;
    # a bound from history or office terms alone leaves every consistent year open.
    text_lows = [c.lo for c in accepted if c.lo and c.role in ("past", "year", "chronology", "office_new")]
    if not text_lows or (day - max(text_lows)).days > _TRUST_GAP_DAYS:
        last = _last(accepted, fixed)
        _, _, _, has_high = _bounds(accepted)
        if last is not None and not has_high and _last(accepted, fixed, _today()) == day:
            # an office still held: no text is from the future, and only one year up to today fits
            return Published(TimeValue(day, day, "day"), inferred=True,
                             evidence=f"{head}; {because}: only {day.isoformat()} fits up to today")
        if last is None or not has_high:
            return Published(None, inferred=True,
                             evidence=f"{head}; {because}, but nothing recent enough to choose a year")
        precision = "day" if last == day else "range"
        fits = (f"only {day.isoformat()} fits" if last == day
                else f"any {label}{which} from {day.year} to {last.year} fits")
        value = TimeValue(day, last, precision)
        return Published(value, inferred=True, evidence=f"{head}; {because}: {fits}")
    evidence = f"{head}; {because}: the first {label} after that{which} is in {day.year}"
    return Published(TimeValue(day, day, "day"), inferred=True, evidence=evidence)


def _today() -> date:
    """No article is from the future: the ceiling on a term still running ("Prime Minister Mishustin")."""
    return datetime.now(UTC).date()


def _infer_undated(text: str, cleaned: CleanText, reported: Sequence[Bound] = ()) -> Published:
    candidates = _constraints(text, cleaned, None, reported)
    lead_day = _lead_day_window(text, cleaned.paragraphs or (Paragraph(0, len(text), text),))
    if lead_day is not None:  # after the text's own bounds and weekday: it only chooses among their years
        candidates.insert(next((i for i, c in enumerate(candidates) if c.role in ("past_md", "future_md")),
                               len(candidates)), lead_day)
    conventions = [c for c in candidates if c.role in ("past_md", "future_md")]
    accepted, first = _accept_onto([], None, [c for c in candidates if c not in conventions], None)
    if first is None:  # nothing accepted: _first of no constraints
        first = _first(accepted, None)
    last = _last(accepted, None)
    if first is not None and last is not None and first.year == last.year:
        # "In September" (past) and "on December 15" (ahead) place the date within a year the text
        # already fixes; across a year's end they could name last year's or next year's month.
        more, first = _accept_onto(accepted, first, conventions, None)
        if len(more) > len(accepted):  # more constraints: a last day no later than before
            accepted, last = more, _last(more, None, last)
    _, _, has_low, has_high = _bounds(accepted)
    if not (has_low and has_high):
        return Published(None, inferred=True, evidence="no date printed and the text does not bound one")
    if first is None or last is None:
        return Published(None, inferred=True,
                         evidence="no date printed; the text's dates contradict each other")
    reasons = []
    weekday = _describe(accepted, ("weekday",))
    if weekday:
        reasons.append(f"{weekday[0]} fixes the weekday")
    reasons += [f"{w} was within the week before" for w in _describe(accepted, ("weekday_day",))]
    reasons += [f"{w} is the news, within {LEAD_NEWS_DAYS} days" for w in _describe(accepted, ("lead_md",))]
    reasons += _describe(accepted, ("chronology",))[:2]
    ahead = _describe(accepted, ("future", "future_md"))
    reasons += ahead[:2]
    reasons += [w for w in _describe(accepted, ("past_md",))][:2]
    past = _describe(accepted, ("past", "named_past"))
    if past:
        reasons.append(f"{_join(past[-2:])} in the past")
    reasons += _describe(accepted, ("year", "office", "office_new"))
    precision = "day" if first == last else "range"
    if precision == "day":
        tail = f"only {first.isoformat()} fits"
    elif weekday:
        tail = f"any {_WEEKDAY_NAMES[first.weekday()]} from {first.isoformat()} to {last.isoformat()} fits"
    else:
        tail = f"between {first.isoformat()} and {last.isoformat()}"
    evidence = f"no date in the text: {'; '.join(dict.fromkeys(reasons))}: {tail}"
    return Published(TimeValue(first, last, precision), inferred=True, evidence=evidence)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _short(s: str, limit: int = 80) -> str:
    s = " ".join(s.split())
    return s if len(s) <= limit else s[:limit - 1] + "…"


def infer_published(text: str, cleaned: CleanText, page: PageMeta | None = None,
                    source: Source | None = None, reported: Sequence[Bound] = ()) -> Published:
    """When the article was published, from the strongest evidence there is.

    A printed stamp or a dated dateline in the article, then the page's markup or its address, then a
    date the batch supplied, then htmldate's search of the page, then inference from the text.
    Evidence after the crawl date (``source.crawl_date``) is impossible; weaker evidence that disagrees
    with the answer is kept in ``conflicts``. A plain file (no page, no source) reads the text alone.
    ``reported``: windows from the known events the article reports (``chronology.reported_bounds``),
    weighed with the text's own constraints."""
    from_text = published_from_text(text, cleaned, reported)
    if page is None and source is None:
        return from_text
    url = (source.url if source else None) or (page.url if page else None)
    if from_text.inferred and (from_text.value is None or from_text.value.precision != "day") and url:
        from_text = (_year_from_address(text, cleaned, url) or _thread_key_date(text, url, from_text)
                     or from_text)
    evidence = from_text.evidence or ""
    # weaker than the markup and the address
    weaker = (FIELD_EVIDENCE, ISO_EVIDENCE, LEAD_EVIDENCE, HEADLINE_EVIDENCE)
    printed_in_head = bool(evidence) and not evidence.startswith(weaker) and (
        not evidence.startswith("printed stamp") or _head_stamp(text, cleaned))
    return weigh_evidence(from_text, page, source, printed_in_head)


def published_from_text(text: str, cleaned: CleanText, reported: Sequence[Bound] = ()) -> Published:
    """printed stamp > dated dateline > inference from the text (with ``reported`` windows)."""
    try:
        stamp = _find_stamp(text, cleaned)
        if stamp is not None:
            return stamp
        paragraphs = cleaned.paragraphs or (Paragraph(0, len(text), text),)
        dateline = _find_dateline(text, paragraphs)
        if dateline is not None and dateline.printed is not None:
            value = TimeValue(dateline.printed, dateline.printed, "day")
            line = text[dateline.paragraph.start:dateline.mention.end]
            return Published(value, inferred=False, evidence=f"dateline '{_short(line)}'")
        field = _date_field(text) or _lone_iso_day(text)
        if field is not None:
            return field
        if dateline is None:
            dateline = _yearless_stamp(text, cleaned, paragraphs)
        if dateline is None:
            dateline = _lead_date(text, paragraphs)
            if dateline is not None and dateline.printed is not None:
                if _fits_text(text, cleaned, dateline):
                    value = TimeValue(dateline.printed, dateline.printed, "day")
                    line = text[dateline.paragraph.start:dateline.mention.end + 40]
                    return Published(value, inferred=False, evidence=f"{LEAD_EVIDENCE} '{_short(line, 60)}'")
                dateline = None
        if dateline is None:
            title = _title_date(text, cleaned, paragraphs)
            if title is not None and _fits_text(text, cleaned, title):
                value = title.mention.value if title.mention.kind == "month_year" else TimeValue(
                    title.printed, title.printed, "day")
                said = f"{HEADLINE_EVIDENCE} '{_short(title.mention.text)}'"
                return Published(value, inferred=False, evidence=said)
        if dateline is not None:
            return _infer_dateline(text, cleaned, dateline, reported)
        return _infer_undated(text, cleaned, reported)
    except Exception as exc:  # a date bug must never lose the article
        return Published(None, inferred=True,
                         evidence=f"publication date not determined ({type(exc).__name__})")


# a day written in an address, in its path or its query: "/2017/07/26/", "?a=20170726-00010001-doshin"
_ADDRESS_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)([-/_]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


def _year_from_address(text: str, cleaned: CleanText, url: str) -> Published | None:
    """A yearless dateline or stamp ("7/26(水) 7:03配信") takes its year from a date in the address with
    the same month and day (and weekday, when the stamp prints one): the two agree on the day, the
    address adds the year. An address's query is read here, since the day must match the text's."""
    paragraphs = cleaned.paragraphs or (Paragraph(0, len(text), text),)
    dateline = _yearless_anchor(text, cleaned, paragraphs)
    if dateline is None:
        return None
    for m in _ADDRESS_DAY.finditer(url):
        try:
            day = date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            continue
        if (day.month, day.day) == (dateline.month, dateline.day) and (
                dateline.weekday is None or day.weekday() == dateline.weekday):
            label = f"{_MONTH_NAMES[dateline.month - 1]} {dateline.day}"
            why = f"{dateline.what} '{label}', the year from the address '{_short(url, 120)}'"
            return Published(TimeValue(day, day, "day"), inferred=False, evidence=why)
    return None


# A Japanese board's thread address ends in the thread's key, the Unix time it was opened
# ("/newsplus/1265536180", "/test/read.cgi/poverty/1564738115/"): boards and their mirrors keep it.
_THREAD_KEY = re.compile(r"/[A-Za-z][\w-]*/(1\d{9})/?\Z")
_JST = timedelta(hours=9)


def _thread_key_date(text: str, url: str, from_text: Published) -> Published | None:
    """The day (in Japan) a Japanese board's thread was opened, from its key in the address, when the
    text is Japanese and the day fits what the text itself bounds."""
    if not _JAPANESE_TEXT.search(text, 0, 4000):
        return None
    try:
        key = _THREAD_KEY.search(urlsplit(url).path)
    except ValueError:
        return None
    if key is None:
        return None
    day = (datetime.fromtimestamp(int(key.group(1)), tz=UTC) + _JST).date()
    bounds = from_text.value
    if bounds is not None and not bounds.first <= day <= bounds.last:
        return None
    why = f"the thread's key in the address '{_short(url, 120)}' (opened {day.isoformat()}, Japan time)"
    return Published(TimeValue(day, day, "day"), inferred=False, evidence=why)


FIELD_EVIDENCE = "the page's date field"


def _date_field(text: str) -> Published | None:
    """A scraper's labelled date field opening the text ("date 2022-03-21 ..."): the page's own date as
    the scraper read it, weaker than a printed stamp or dateline and than the address."""
    from kurils.clean import DATE_FIELD

    field = DATE_FIELD.match(text.lstrip())
    value = _iso_value(field.group(1)) if field else None
    if value is None:
        return None
    return Published(value, inferred=False, evidence=f"{FIELD_EVIDENCE} '{_short(field.group().strip())}'")


ISO_EVIDENCE = "the page's one ISO date"
# "2021-12-06": a day as machines write it, which prose does not (one inside an address is not read)
_ISO_DAY = re.compile(r"(?<![\w/=.-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\w/-])")


def _lone_iso_day(text: str) -> Published | None:
    """The one ISO day a page prints ("… 2021-12-06 安全保障全般" under a listing's entry, "| 2020-12-01
    19:45 |"): a site's or a scraper's stamp of the page, since prose writes dates in words. Two
    different ISO days (a post and its update, related links) say nothing of which is the page's."""
    days = {m.group() for m in _ISO_DAY.finditer(text)}
    if len(days) != 1:
        return None
    value = _iso_value(days.pop())
    return Published(value, inferred=False, evidence=f"{ISO_EVIDENCE} '{value.iso()}'") if value else None


# --------------------------------------------------------------------------- evidence beyond the text

def weigh_evidence(from_text: Published, page: PageMeta | None, source: Source | None,
                   printed_in_head: bool = True) -> Published:
    """The first candidate, strongest first, that the crawl date allows; the others that disagree are
    recorded as conflicts. A printed stamp lower down the page or marked as an update
    (``printed_in_head`` false) comes after the markup and the address."""
    candidates = _candidates(from_text, page, source, printed_in_head)
    crawled = _iso_value(source.crawl_date) if source else None
    conflicts: list[str] = []
    winner: Published | None = None
    for candidate in candidates:
        value = candidate.value
        if crawled is not None and value is not None and value.first > crawled.last:
            conflicts.append(f"{candidate.evidence} gives {value.iso()}, after the crawl date "
                             f"{crawled.iso()}")
            continue
        if winner is None:
            winner = candidate
        elif (winner.value.precision != "day" and value.precision == "day"
              and winner.value.first <= value.first <= winner.value.last and winner.value is not value):
            winner = Published(value, candidate.inferred, f"{candidate.evidence}, within {winner.evidence}")
        elif value is not None and winner.value is not None and not _overlap(value, winner.value):
            conflicts.append(f"{candidate.evidence} gives {value.iso()}")
    if winner is None or winner.value is None:
        winner = from_text if from_text.value is not None and not (
            crawled and from_text.value.first > crawled.last) else Published(
            None, inferred=True, evidence=from_text.evidence)
    return Published(winner.value, winner.inferred, winner.evidence, tuple(conflicts))


def _candidates(from_text: Published, page: PageMeta | None, source: Source | None,
                printed_in_head: bool) -> list[Published]:
    from kurils.urls import url_date

    printed = from_text if from_text.value is not None and not from_text.inferred else None
    out: list[Published] = [printed] if printed and printed_in_head else []
    if page is not None and page.markup_date:
        out.append(Published(_iso_value(page.markup_date), False,
                             "the page's markup or address (htmldate, declared date)"))
    url = (source.url if source else None) or (page.url if page else None)
    in_url = url_date(url)
    if in_url is not None:
        out.append(Published(in_url, False, f"the date in the address '{_short(url, 120)}'"))
    if printed and not printed_in_head:
        out.append(printed)
    supplied = _iso_value(source.published) if source and source.published else None
    if supplied is not None:
        out.append(Published(supplied, False, f"supplied with the item ('{_short(source.published, 40)}')"))
    if page is not None and page.library_date:
        out.append(Published(_iso_value(page.library_date), True,
                             "htmldate's extensive search of the page"))
    if from_text.value is not None and from_text.inferred:
        out.append(from_text)
    return [c for c in out if c.value is not None]


def _iso_value(raw: str | None) -> TimeValue | None:
    """'2016-12-15', '2016-12-15T10:00:00Z' or '2016-12-15 10:00' as a day; 'YYYY-MM' as a month."""
    match = re.match(r"\s*(\d{4})-(\d{2})(?:-(\d{2}))?", raw or "")
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    try:
        if match.group(3):
            day = date(year, month, int(match.group(3)))
            return TimeValue(day, day, "day")
        first = date(year, month, 1)
    except ValueError:
        return None
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))
    return TimeValue(first, last, "month")


def _overlap(a: TimeValue, b: TimeValue) -> bool:
    return a.first <= b.last and b.first <= a.last
