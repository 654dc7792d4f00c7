"""The dispute's chronology (``data/chronology.csv``) and what it tells about an article.

Followers of the dispute date a text by the events it names: "the summit in Nagato" is December
2016, "the agreement reached in Singapore" November 2018, "the Eastern Economic Forum this week"
one of the September weeks of a forum in Vladivostok. Three uses, all pure functions:

* ``publication_bounds``: the bounds a text's named events put on its publication date, as
  ``Bound`` values that ``kurils.published`` weighs with its other constraints. A name with a cue
  of recency ("this week", "last month's", "on Saturday") gives a window around the event; a name
  in the past ("after the G20 in Osaka", "the agreement reached in Singapore") a lower bound; one
  still ahead ("ahead of the summit in Nagato", "will meet at ...") an upper bound. A recurring
  event named without its year ("the Eastern Economic Forum", "the G20") counts only with a cue of
  recency, and then as any one of its sessions.
* ``date_known_events``: a reported event whose sentence gives only a weekday ("met on Saturday")
  takes the day of the one known event it matches (type, place and person, or its name);
  ``reported_bounds``: such a match also dates an undated article (written within that week);
  ``dateline_bounds``: a yearless dateline ("TOKYO, April 13. /TASS/.") takes the year of the one
  known meeting of the people the article names within a week of its day.
* ``chronology_frame``: the table for the timeline's context lane.
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from kurils import reference
from kurils.models import Event, Published, TimeValue
from kurils.temporal import WEEKDAYS, tense_near

RECENT_DAYS = 92  # "the recent summit in Nagato": within about three months of it
# Kinds of event that identify a known one by type, place and person alone: a leader's visit to the
# islands, a deployment, a signing. Leaders meet, call and speak in the same capitals year after year,
# so those are known by their names only (an Abe statement in Tokyo on a Friday is not his resignation).
REPORTED_TYPES = frozenset({"visit", "military", "treaty", "sanction"})


@dataclass(frozen=True)
class KnownEvent:
    """A row of the chronology: [first, last] at ``precision`` (``range`` when it spans days)."""

    first: date
    last: date
    precision: str
    type: str
    kind: str
    title: str
    places: tuple[str, ...]
    people: tuple[str, ...]
    names: tuple[str, ...]
    series: tuple[str, ...]
    source: str

    def dates(self) -> str:
        return self.first.isoformat() if self.first == self.last else f"{self.first} to {self.last}"


@dataclass(frozen=True)
class Bound:
    """What one named event says of the publication date: within [lo, hi] (either may be open),
    and, when the name fits several events, on a day ``test`` accepts (inside one of them)."""

    why: str
    lo: date | None
    hi: date | None
    test: Callable[[date], bool] | None
    role: str  # 'chronology' (a window) | 'past' | 'future'


@dataclass(frozen=True)
class NamedEvent:
    """A chronology name in a text: ``events`` are the rows it may mean (several for a series)."""

    start: int
    end: int
    text: str
    events: tuple[KnownEvent, ...]
    series: bool


# --------------------------------------------------------------------------- the table

def _parse_date(value: str, end: bool) -> date:
    """'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; the last day of the month or year when ``end``."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        year, month = parts
        return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)


def _known_event(row: dict[str, str]) -> KnownEvent:
    first = _parse_date(row["date"], end=False)
    last = _parse_date(row["end"] or row["date"], end=True)
    precision = "range" if row["end"] else row["precision"]
    return KnownEvent(
        first, last, precision, row["type"], row["kind"], row["title"],
        reference.cell_list(row["places"]), reference.cell_list(row["people"]),
        reference.cell_list(row["names"]), reference.cell_list(row["series"]), row["source"],
    )


@functools.cache
def known_events() -> tuple[KnownEvent, ...]:
    """Every row of ``data/chronology.csv``, in date order."""
    return tuple(sorted((_known_event(row) for row in reference.rows("chronology.csv")),
                        key=lambda e: (e.first, e.last)))


def chronology_frame():
    """The chronology as a DataFrame for the timeline's context lane: date_first, date_last
    (datetime64), precision, type, kind, title, places, people (", "-joined) and source."""
    import pandas as pd

    events = known_events()
    return pd.DataFrame({
        "date_first": pd.to_datetime([e.first for e in events]),
        "date_last": pd.to_datetime([e.last for e in events]),
        "precision": [e.precision for e in events],
        "type": [e.type for e in events],
        "kind": [e.kind for e in events],
        "title": [e.title for e in events],
        "places": [", ".join(e.places) for e in events],
        "people": [", ".join(e.people) for e in events],
        "source": [e.source for e in events],
    })


# --------------------------------------------------------------------------- names in a text

def _key(name: str) -> str:
    """A name as the scan compares it: lowered, one space, plain hyphens and apostrophes."""
    return " ".join(name.lower().replace("–", "-").replace("’", "'").split())


def _variants(key: str) -> set[str]:
    """The spellings of a lowered name the scan looks for (typographic dashes and apostrophes)."""
    out = {key}
    if "-" in key:
        out.add(key.replace("-", "–"))
    if "'" in key:
        out |= {v.replace("'", "’") for v in out}
    return out


@functools.cache
def _name_index() -> tuple[dict[str, tuple[KnownEvent, ...]], dict[str, tuple[KnownEvent, ...]]]:
    """(name -> events, series name -> events), keyed by ``_key``."""
    names: dict[str, list[KnownEvent]] = {}
    series: dict[str, list[KnownEvent]] = {}
    for event in known_events():
        for table, spelled in ((names, event.names), (series, event.series)):
            for key in dict.fromkeys(_key(name) for name in spelled):  # "Soviet-Japanese", "Soviet–Japanese"
                table.setdefault(key, []).append(event)
    return ({k: tuple(v) for k, v in names.items()}, {k: tuple(v) for k, v in series.items()})


@functools.cache
def _spellings_by_first_word() -> dict[str, tuple[str, ...]]:
    """Every spelling of a name or series, by its first word, longest first."""
    names, series = _name_index()
    by_word: dict[str, set[str]] = {}
    for key in (*names, *series):
        for spelling in _variants(key):
            by_word.setdefault(spelling.split()[0], set()).add(spelling)
    return {word: tuple(sorted(found, key=len, reverse=True)) for word, found in by_word.items()}


# A word as the scan reads one: names open with words like "g-20", "st.", "1956", "putin's"
_WORD = re.compile(r"[\w'’+.–-]+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


@functools.cache
def _cjk_spellings() -> re.Pattern[str] | None:
    """The names written in Japanese or Chinese, which have no spaces to find a first word by."""
    names, series = _name_index()
    cjk = sorted((key for key in (*names, *series) if _CJK.search(key)), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, cjk))) if cjk else None


def find_named_events(text: str, start: int = 0, end: int | None = None) -> list[NamedEvent]:
    """Chronology names in text[start:end] (case-blind; the longest where they overlap), with offsets."""
    end = len(text) if end is None else min(end, len(text))
    # Only the range (and the character after it) is lowered: a paragraph's call costs its own
    # length, where lowering the whole text made an article's calls quadratic in its length.
    piece = text[start:min(end + 1, len(text))]
    lowered = piece.lower()
    if len(lowered) != len(piece):  # a character whose lower case is longer: offsets would drift
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in piece)
    names, series = _name_index()
    spellings = _spellings_by_first_word()
    found = []
    pos, limit = 0, end - start  # offsets into the piece; start + offset into text
    # Each word is looked up among the names' first words (a dict, not a 440-way regex to compile).
    while (m := _WORD.search(lowered, pos, limit)) is not None:
        pos = m.end()
        word = m.group()
        for spelling in spellings.get(word) or spellings.get(word.rstrip(".")) or ():
            stop = m.start() + len(spelling)
            if stop <= limit and lowered.startswith(spelling, m.start()) and not (
                    stop < len(lowered) and (lowered[stop].isalnum() or lowered[stop] in "_-")):
                key = _key(spelling)
                is_series = key not in names
                events = series[key] if is_series else names[key]
                a, b = start + m.start(), start + stop
                found.append(NamedEvent(a, b, text[a:b], events, is_series))
                pos = stop
                break
    return sorted(found + _cjk_named(text, start, lowered[:limit], found), key=lambda n: n.start)


def _cjk_named(text: str, start: int, lowered: str, found: list[NamedEvent]) -> list[NamedEvent]:
    """Japanese or Chinese names in the lowered piece (at ``start`` in text) that overlap no name found."""
    pattern = _cjk_spellings()
    if pattern is None or not _CJK.search(lowered):
        return []
    names, series = _name_index()
    out = []
    for m in pattern.finditer(lowered):
        a, b = start + m.start(), start + m.end()
        if any(n.start < b and a < n.end for n in found):
            continue
        key = m.group()
        is_series = key not in names
        out.append(NamedEvent(a, b, text[a:b], series[key] if is_series else names[key], is_series))
    return out


# --------------------------------------------------------------------------- cues around a name

_WEEKDAY = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_SPAN_CUE = (r"this week|last week|next week|earlier this week|later this week|this month|last month|"
             r"next month|earlier this month|later this month|this year|last year|next year|today|"
             r"yesterday|tomorrow")
# "last week's Eastern Economic Forum", "Saturday's summit in Nagato"
_CUE_BEFORE = re.compile(rf"(?:^|\s)(?P<cue>{_SPAN_CUE}|{_WEEKDAY})['’]s\s+(?:the\s+)?$", re.IGNORECASE)
# "the Eastern Economic Forum this week", "the G20, which opened in Osaka on Friday"
_CUE_AFTER = re.compile(
    rf"^,?\s+(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,\s+)?"  # "the summit in Nagato, Yamaguchi, yesterday"
    rf"(?:(?:which|that)\s+)?(?:(?:was|is|will be|were)\s+)?"
    r"(?:(?:held|opened|opens|ended|ends|began|begins|starts|started|closed|closes|concluded|"
    r"took place|takes place|will take place|due|scheduled|set)\s+)?(?:to\s+(?:open|start|begin)\s+)?"
    rf"(?:in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?(?:on\s+)?(?P<cue>{_SPAN_CUE}|{_WEEKDAY})\b",
    re.IGNORECASE,
)
_RECENT_BEFORE = re.compile(r"\b(?:recent|recently held|just-concluded|just concluded)\s+$", re.IGNORECASE)
_AHEAD_BEFORE = re.compile(
    r"\b(?:ahead of|in the run-up to|in preparation for|on the eve of|upcoming|forthcoming|planned|"
    r"scheduled)\s+(?:the\s+|this\s+|next\s+)?$",
    re.IGNORECASE,
)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_AFTER_BEFORE = re.compile(r"\b(?:after|following|in the wake of)\s+(?:the\s+)?$", re.IGNORECASE)
# a name for a thing that exists only once it is done: "the Singapore agreement", "the Tokyo Declaration"
_DONE_NOUN = re.compile(
    r"\b(?:agreement|accords?|declaration|treaty|pact|statement|communique|convention|memorandum|"
    r"proposal|offer|plan)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_WEEKDAY_WORD = re.compile(rf"\b(?:on\s+)?(?P<day>{_WEEKDAY})\b", re.IGNORECASE)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _month_start(d: date) -> date:
    return d.replace(day=1)


def _month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def _shift_month(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _span_window(cue: str, e: KnownEvent) -> tuple[date, date]:
    """When a text written [lo, hi] calls event ``e`` "this week", "last month", "yesterday" ..."""
    f, last = e.first, e.last
    week_lo, week_hi = _monday(f), _monday(last) + timedelta(days=6)
    if cue in ("this week", "earlier this week", "later this week"):
        narrower = {"earlier this week": (f, week_hi), "later this week": (week_lo, last)}
        return narrower.get(cue, (week_lo, week_hi))
    if cue == "last week":  # the week after it, or (loosely) three days on in its own week
        return min(week_lo + timedelta(days=7), f + timedelta(days=3)), week_hi + timedelta(days=7)
    if cue == "next week":
        return week_lo - timedelta(days=7), week_hi - timedelta(days=7)
    if cue in ("this month", "earlier this month", "later this month"):
        lo, hi = _month_start(f), _month_end(last)
        return {"earlier this month": (f, hi), "later this month": (lo, last)}.get(cue, (lo, hi))
    if cue == "last month":
        return _shift_month(f, 1), _month_end(_shift_month(last, 1))
    if cue == "next month":
        return _shift_month(f, -1), _month_end(_shift_month(last, -1))
    if cue == "this year":
        return date(f.year, 1, 1), date(last.year, 12, 31)
    if cue == "last year":
        return date(f.year + 1, 1, 1), date(last.year + 1, 12, 31)
    if cue == "next year":
        return date(f.year - 1, 1, 1), date(last.year - 1, 12, 31)
    one = timedelta(days=1)
    return {"today": (f, last), "yesterday": (f + one, last + one), "tomorrow": (f - one, last - one)}[cue]


def _weekday_window(weekday: int, e: KnownEvent, tense: str | None) -> tuple[date, date] | None:
    """A text that says the event was (or will be) on this weekday is written within a week of that
    day; None when the event has no day of that weekday."""
    days = [e.first + timedelta(days=i) for i in range((e.last - e.first).days + 1)]
    hits = [d for d in days if d.weekday() == weekday] if e.precision in ("day", "range") else []
    if not hits:
        return None
    week = timedelta(days=6)
    if tense == "future":
        return hits[0] - week, hits[-1]
    if tense == "past":
        return hits[0], hits[-1] + week
    return hits[0] - week, hits[-1] + week


# a statement's own words before its weekday: "said on Thursday", "told reporters at a press conference on"
_SPOKE_BEFORE = re.compile(
    r"(?i)\b(?:said|says|told|stated|announced|noted|stressed|declared|added|commented|press\s+conference|"
    r"briefing|news\s+conference)\b[^.;]*\Z")


def _spoke_after_window(weekday: int, e: KnownEvent) -> tuple[date, date] | None:
    """A statement on this weekday about a known event: the first such weekday from the event's first
    day on, up to a week after its last day; the report is written then or within the week after."""
    week = timedelta(days=6)
    days = [e.first + timedelta(days=i) for i in range((e.last - e.first).days + 8)]
    hits = [d for d in days if d.weekday() == weekday] if e.precision in ("day", "range") else []
    if not hits:
        return None
    return hits[0], hits[-1] + week


def _sentence(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    cuts = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    after = _SENTENCE_END.search(text, end, hi)
    return (cuts[-1] if cuts else lo), (after.start() + 1 if after else hi)


def _windows(events: Iterable[KnownEvent], window) -> list[tuple[KnownEvent, tuple[date, date]]]:
    return [(e, w) for e in events if (w := window(e)) is not None]


def _bound_of(named: NamedEvent, text: str, lo: int, hi: int) -> Bound | None:
    """What one name says of the publication date, from the words around it; None when nothing."""
    before, after = text[max(lo, named.start - 40):named.start], text[named.end:min(hi, named.end + 60)]
    s_lo, s_hi = _sentence(text, named.start, named.end, lo, hi)
    tense = tense_near(text, named.start, named.end, s_lo, s_hi)
    quote = _quote(text, named, before, after)
    cue = _CUE_BEFORE.search(before) or _CUE_AFTER.match(after)
    if cue:
        word = cue.group("cue").lower()
        if word in WEEKDAYS:
            found = _windows(named.events, lambda e: _weekday_window(WEEKDAYS[word], e, tense))
        else:
            found = _windows(named.events, lambda e: _span_window(word, e))
        return _window_bound(quote, found)
    if named.series:  # "the G20" with no word of when: any of a dozen summits
        return None
    weekday = _WEEKDAY_WORD.search(text, s_lo, s_hi)
    background = _AFTER_BEFORE.search(before) or _SINCE_BEFORE.search(before)
    # "Abe and Putin met in Nagato on Thursday"; not "said on Thursday that after the collapse of …"
    if weekday and tense != "future" and not background:
        day = WEEKDAYS[weekday.group("day").lower()]
        if _SPOKE_BEFORE.search(text, max(s_lo, weekday.start() - 40), weekday.start()):
            # "Suga told reporters at a press conference on Thursday" about the vote: the weekday is the
            # statement's, made on or after the event's days, within the week after it
            found = _windows(named.events, lambda e: _spoke_after_window(day, e))
        else:
            found = _windows(named.events, lambda e: _weekday_window(day, e, tense))
        if found:
            return _window_bound(quote, found)
    if _RECENT_BEFORE.search(before):
        recent = timedelta(days=RECENT_DAYS)
        return _window_bound(quote, [(e, (e.first, e.last + recent)) for e in named.events])
    if _AHEAD_BEFORE.search(before):
        return _open_bound(quote, named.events, "future")
    if _SINCE_BEFORE.search(before):
        return _open_bound(quote, named.events, "past")
    if tense == "future":
        return _open_bound(quote, named.events, "future")
    if tense == "past" or _AFTER_BEFORE.search(before) or _DONE_NOUN.search(named.text):
        return _open_bound(quote, named.events, "past")
    return None


def _quote(text: str, named: NamedEvent, before: str, after: str) -> str:
    """The name with the words that place it: "after the G20 in Osaka", "the EEF this week"."""
    leads = (_CUE_BEFORE, _RECENT_BEFORE, _AHEAD_BEFORE, _SINCE_BEFORE, _AFTER_BEFORE)
    lead = next((m.group() for p in leads if (m := p.search(before))), "")
    tail = _CUE_AFTER.match(after)
    end = named.end + (tail.end() if tail else 0)
    return " ".join(f"{lead} {text[named.start:end]}".split())


def _headline(title: str) -> str:
    """A title's head for evidence: up to its first ':' (after two words) or ';', at most 70 characters."""
    head = title.split(";")[0]
    colon = head.split(":")[0]
    head = colon if len(colon.split()) >= 2 else head
    return head if len(head) <= 70 else head[:69].rstrip() + "…"


def _describe(found: list[KnownEvent]) -> str:
    if len(found) == 1:
        return f"{_headline(found[0].title)}, {found[0].dates()}"
    shared = set(found[0].series).intersection(*(e.series for e in found[1:]))
    what = "sessions" if shared else "known events"
    return f"one of {len(found)} {what}, {found[0].first.year}-{found[-1].last.year}"


def _window_bound(quote: str, found: list[tuple[KnownEvent, tuple[date, date]]]) -> Bound | None:
    if not found:
        return None
    windows = [w for _, w in found]
    test = None
    if len(windows) > 1:
        def test(d: date, windows=tuple(windows)) -> bool:
            return any(a <= d <= b for a, b in windows)
    why = f"'{quote}' ({_describe([e for e, _ in found])})"
    return Bound(why, min(a for a, _ in windows), max(b for _, b in windows), test, "chronology")


def _open_bound(quote: str, events: tuple[KnownEvent, ...], role: str) -> Bound:
    why = f"'{quote}' ({_describe(list(events))})"
    if role == "past":
        return Bound(why, min(e.first for e in events), None, None, role)
    return Bound(why, None, max(e.last for e in events), None, role)


def publication_bounds(text: str, spans: Iterable[tuple[int, int]]) -> list[Bound]:
    """The bounds the events named in text's ``spans`` (its paragraphs) put on its publication date,
    and the window of the one known event its lead reports on the lead's weekday (``lead_bounds``)."""
    spans = list(spans)
    bounds: list[Bound] = []
    seen: set[tuple] = set()
    named_all: list[NamedEvent] = []
    for lo, hi in spans:
        for named in find_named_events(text, lo, hi):
            bound = _bound_of(named, text, lo, hi)
            if _reported_now(named, bound, text, lo):
                named_all.append(named)
            key = None if bound is None else (named.events, bound.lo, bound.hi, bound.role)
            if bound is not None and key not in seen:  # the same event named twice says it once
                seen.add(key)
                bounds.append(bound)
    if not any(b.role == "chronology" for b in bounds):
        bounds += lead_bounds(text, spans, named_all)
    return bounds


def _reported_now(named: NamedEvent, bound: Bound | None, text: str, lo: int) -> bool:
    """A name the text may be reporting: not one still ahead ("agreed to hold a summit in Nagato"),
    nor the background of the news ("after the collapse of the Soviet Union", "since the summit")."""
    if bound is not None and bound.role == "future":
        return False
    before = text[max(lo, named.start - 40):named.start]
    return not (_AFTER_BEFORE.search(before) or _SINCE_BEFORE.search(before) or _AHEAD_BEFORE.search(before))


# --------------------------------------------------------------------------- the lead's own event

LEAD_CHARS = 800  # the lead: the first paragraphs, up to this many characters
_YEAR_WORD = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _lead_weekday(text: str, lo: int, hi: int) -> tuple[int, str, tuple[int, int]] | None:
    """The weekday the lead reports on ("opened fire … Wednesday", "said on Wednesday"), unless planned,
    and its sentence's bounds."""
    for m in _WEEKDAY_WORD.finditer(text, lo, hi):
        s_lo, s_hi = _sentence(text, m.start(), m.end(), lo, hi)
        if tense_near(text, m.start(), m.end(), s_lo, s_hi) != "future":
            return WEEKDAYS[m.group("day").lower()], m.group(), (s_lo, s_hi)
        return None  # the lead's first weekday is a plan's: it does not date the report
    return None


def lead_bounds(text: str, spans: list[tuple[int, int]], named: list[NamedEvent]) -> list[Bound]:
    """A lead that reports an event on a weekday ("Abe said on Wednesday after talks with Putin … his
    meeting with Putin in Singapore"; "fired on a Japanese vessel Wednesday … Mitsuhiro Morita") was
    written within the week after the one known event it names or whose people (two at least) and
    place it names, when that event has a day on the weekday. Only one event may fit: the text names
    no other known event (nor a year) later than it, and no other known event has those people and
    that place (leaders meet in the same capitals year after year)."""
    if not spans:
        return []
    lo = spans[0][0]
    hi = next((b for _, b in spans if b - lo >= LEAD_CHARS), spans[-1][1])
    found = _lead_weekday(text, lo, min(hi, lo + LEAD_CHARS))
    if found is None:
        return _lead_meeting_bounds(text, lo, hi, named)
    weekday, said, (s_lo, s_hi) = found
    candidates = {e for n in named if not n.series for e in n.events if len(n.events) == 1}
    # the people and place anywhere in the lead, one known event of theirs in all; or in the weekday's own
    # sentence ("Kishida met on Monday with Lavrov ... in Moscow"), one of theirs on that weekday
    candidates |= _met_in_lead(text, lo, hi)
    if _MEETING_WORD.search(text, s_lo, s_hi):
        candidates |= _met_in_lead(text, s_lo, s_hi, weekday=weekday, types=_MEETINGS)
    fits = [e for e in candidates if e.precision in ("day", "range")
            and _weekday_window(weekday, e, "past") is not None]
    if len(fits) != 1:
        return []
    known = fits[0]
    later = [e for n in named if not n.series for e in n.events if e.first > known.last]
    years = [int(y) for y in _YEAR_WORD.findall(text)]
    if later or any(y > known.last.year for y in years):
        return []  # the text goes on past it: the lead's weekday may be a later day's
    first, last = _weekday_window(weekday, known, "past")
    why = f"the lead's '{said}' reports {_describe([known])}"
    return [Bound(why, first, last, None, "chronology")]


MEETING_NEWS_DAYS = 30  # a meeting the lead reports without a day is news for about a month after it


def _lead_meeting_bounds(text: str, lo: int, hi: int, named: list[NamedEvent]) -> list[Bound]:
    """A lead that reports a meeting without a day ("Inada protested ... at a bilateral meeting in Tokyo
    with defense Minister Sergei Shoigu"): written within MEETING_NEWS_DAYS after the one known meeting
    two of whose people and whose place the lead names ("in Tokyo"), and no other known event has
    (leaders meet in the same capitals year after year), unless the text names a later event or year."""
    lead = text[lo:hi]
    if not _MEETING_WORD.search(lead):
        return []
    fits = [e for e in _met_in_lead(text, lo, hi, every_person=False, types=_MEETINGS)
            if e.precision in ("day", "range")]
    if len(fits) != 1:
        return []
    known = fits[0]
    later = [e for n in named if not n.series for e in n.events if e.first > known.last]
    if later or any(y > known.last.year for y in _prose_years(text)):
        return []  # the text goes on past it: the meeting is its background
    why = f"the lead reports {_describe([known])}"
    return [Bound(why, known.first, known.last + timedelta(days=MEETING_NEWS_DAYS), None, "chronology")]


_MEETING_WORD = re.compile(r"(?i)\b(?:met|meet(?:s|ing)?|talks|summit|встрет\w*|встреч\w*|переговор\w*)|会談")


_MEETINGS = frozenset({"meeting"})


def _met_in_lead(text: str, lo: int, hi: int, every_person: bool = True,
                 weekday: int | None = None, types: frozenset[str] | None = None) -> set[KnownEvent]:
    """The known events (not sessions of a series) whose people, two at least, and a place the lead
    names (not in a plan: "agreed to hold a summit in Nagato"), where that place and those people fit
    no other known event (Abe and Putin met once in Singapore, four times in Vladivostok).
    ``every_person=False``: two of the event's people named are enough (a 2+2 meeting's defence ministers).
    ``weekday``: only events with a day on the lead's weekday count (Kishida and Lavrov met twice in Moscow,
    once on a Monday). ``types``: only known events of those types."""
    lead = text[lo:hi]
    by_place: dict[tuple[str, frozenset[str]], list[KnownEvent]] = {}
    for known in known_events():
        if known.series or (types is not None and known.type not in types):
            continue
        surnames = frozenset(_surnames(known.people))
        if len(surnames) < 2:
            continue
        if not every_person:
            surnames = frozenset(s for s in surnames if _named_word(lead, s))
        if len(surnames) < 2 or not all(_named_word(lead, s) for s in surnames):
            continue
        if weekday is not None and (known.precision not in ("day", "range")
                                    or _weekday_window(weekday, known, "past") is None):
            continue
        for place in known.places:
            if _named_word(lead, place):
                by_place.setdefault((place, surnames), []).append(known)
    return {found[0] for (place, _), found in by_place.items()
            if len(found) == 1 and _place_reported(text, lo, hi, place)}


def _place_reported(text: str, lo: int, hi: int, place: str) -> bool:
    """The place is named in the lead as where something happened ("in Singapore", not "Tokyo wants" or
    a dateline), outside a plan, at least once."""
    for m in re.finditer(rf"(?<=\bin ){re.escape(place)}(?!\w)", text[lo:hi]):
        a, b = lo + m.start(), lo + m.end()
        s_lo, s_hi = _sentence(text, a, b, lo, hi)
        if tense_near(text, a, b, s_lo, s_hi) != "future":
            return True
    return False


def _named_word(text: str, word: str) -> bool:
    # (most words are not in the text at all: a substring test in C spares building and running the regex)
    return word in text and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


# --------------------------------------------------------------------------- events on a weekday

_SURNAME = re.compile(r"[\w'’-]+$")


def _surnames(people: Iterable[str]) -> set[str]:
    return set(_surname_set(tuple(people)))


@functools.lru_cache(maxsize=1024)
def _surname_set(people: tuple[str, ...]) -> frozenset[str]:
    """Cached: the known events' people are read again for every article (185 rows, several passes)."""
    return frozenset(m.group() for p in people if (m := _SURNAME.search(p)))


_NEAR_TYPES = {"meeting": {"meeting", "forum", "visit"}, "forum": {"forum", "meeting"},
               "visit": {"visit", "meeting"}}


def _fits(event: Event, known: KnownEvent) -> bool:
    """A known event of the same kind (a meeting may be reported as a visit), place and person."""
    if known.type not in _NEAR_TYPES.get(event.type, {event.type}):
        return False
    return bool(set(event.places) & set(known.places)) and bool(set(event.people) & _surnames(known.people))


def date_known_event(event: Event, published: Published | None = None) -> TimeValue | None:
    """The day of a reported event whose sentence names only a weekday ("met on Saturday"), when
    exactly one known event fits it on that weekday: one its sentence names ("the summit in
    Nagato"), or, when the publication range is known, one of its type, place and person within a
    week of that range (for a meeting, call or statement a range of a month at most: leaders meet
    in the same capitals year after year), not a session of a recurring event (the table lists the
    dispute's events, not every meeting: without a name or a date to hold it to, a lone match on
    the weekday proves little). Planned events are left alone: their sentence's weekday is when
    the plan was made."""
    weekdays = {WEEKDAYS[m.group("day").lower()] for m in _WEEKDAY_WORD.finditer(event.evidence)}
    if len(weekdays) != 1 or event.status != "reported":
        return None  # "agreed on Friday to hold a summit in Nagato": the weekday is not the plan's day
    weekday = weekdays.pop()
    window = published.value if published is not None and published.value is not None else None
    named = {e for n in find_named_events(event.evidence) if not n.series for e in n.events}
    if named:
        candidates = named
    elif window is not None and (event.type in REPORTED_TYPES or (window.last - window.first).days <= 31):
        # any kind within a month's window, else see REPORTED_TYPES; a session of a recurring
        # event (a yearly rally) is known by its name only
        candidates = {e for e in known_events() if not e.series and _fits(event, e)}
    else:
        return None
    week = timedelta(days=7)
    days = set()
    for known in candidates:
        if known.precision not in ("day", "range"):
            continue
        for offset in range((known.last - known.first).days + 1):
            day = known.first + timedelta(days=offset)
            if day.weekday() == weekday and (
                    window is None or window.first - week <= day <= window.last + week):
                days.add(day)
    if len(days) != 1:
        return None
    day = days.pop()
    return TimeValue(day, day, "day")


def reported_bounds(events: Iterable[Event]) -> list[Bound]:
    """Windows on the publication date from the known events an article reports on a weekday:
    "Mishustin visited Iturup on Monday" matches one known visit (type, place and person) with a
    Monday among its days, so the text was written within the week after it. Only a reported
    event of a ``REPORTED_TYPES`` kind, one weekday, and exactly one known event (not a session of
    a recurring one) count."""
    bounds: list[Bound] = []
    seen: set[KnownEvent] = set()
    for event in events:
        weekdays = {WEEKDAYS[m.group("day").lower()] for m in _WEEKDAY_WORD.finditer(event.evidence)}
        if event.status != "reported" or len(weekdays) != 1 or event.type not in REPORTED_TYPES:
            continue
        weekday = weekdays.pop()
        matches = [k for k in known_events() if not k.series and _fits(event, k)
                   and _weekday_window(weekday, k, "past") is not None]
        if len(matches) != 1 or matches[0] in seen:
            continue
        known = matches[0]
        seen.add(known)
        lo, hi = _weekday_window(weekday, known, "past")
        quote = " ".join(event.evidence.split())
        quote = quote if len(quote) <= 80 else quote[:79].rstrip() + "…"
        bounds.append(Bound(f"'{quote}' reports {_describe([known])}", lo, hi, None, "chronology"))
    return bounds


def date_known_events(events: Iterable[Event], published: Published | None = None) -> list[Event]:
    """``events`` with a day from the chronology for those the text dates only by a weekday and
    leaves undated or spread over a range."""
    out = []
    for event in events:
        if event.time is None or event.time.precision == "range":
            day = date_known_event(event, published)
            if day is not None and (event.time is None or event.time.first <= day.first <= event.time.last):
                event = dataclasses.replace(event, time=day)
        out.append(event)
    return out


# --------------------------------------------------------------------------- a leader's visit to the islands

VISIT_NEWS_DAYS = 30  # an island visit is news for about a month after it
VISIT_LEAD_CHARS = 600
_VISIT_WORD = re.compile(
    r"(?i)\b(?:visit\w*|trip|landed|toured|arriv\w*|визит\w*|посети\w*|посещ\w*|прилет\w*|прилёт\w*|"
    r"прибы\w*|побыва\w*|поездк\w*|besuch\w*|reise\w*)|訪問|上陸|訪れ")
_VISIT_VERB = re.compile(r"(?i)\b(?:visited|landed|toured|arrived|прилетел\w*|посетил\w*|прибыл\w*|"
                         r"побывал\w*|besuchte\w*)|訪問した|上陸した")
_VISIT_RECALLED = re.compile(
    r"(?i)\b(?:last\s+year|years?\s+ago|in\s+(?:19|20)\d\d|в\s+прошлом\s+году|лет\s+назад|"
    r"в\s+(?:19|20)\d\d\s+год\w*|letztes\s+Jahr|im\s+vergangenen\s+Jahr)\b|昨年|去年|年前")
_PLANNED_VISIT = re.compile(r"(?i)\b(?:planned|upcoming|possible|proposed|expected|not\s+to|"
                            r"предстоящ\w*|планируем\w*|возможн\w*)\s+\Z")
_ANY_WEEKDAY = re.compile(
    r"(?i)\b(?P<en>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?P<ru>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b"
    r"|\b(?P<de>montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b"
    r"|(?P<ja>[月火水木金土日])曜日?")
_WEEKDAY_INDEX = {
    **WEEKDAYS,
    **{w: i for i, w in enumerate(["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу",
                                   "воскресенье"])},
    **{w: i for i, w in enumerate(["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
                                   "sonntag"])},
    **{w: i for i, w in enumerate("月火水木金土日")},
}


def visit_bounds(text: str, people: Iterable[str], places: Iterable[str]) -> list[Bound]:
    """An article whose lead reports a visit ("President Dmitry Medvedev's visit to Kunashiri",
    "премьер-министр России прилетел на Курилы") by someone it names, to an island it names, written
    while that visit was news: within VISIT_NEWS_DAYS after one of that person's known visits there, or,
    when the lead gives the weekday, within the week after the one on that weekday. The people and
    places are the article's own (any language). Several visits fit: the office-holders' terms and the
    text's other bounds choose among them."""
    lead = text[:VISIT_LEAD_CHARS]
    word = _VISIT_WORD.search(lead)
    if word is None:
        return []
    s_lo, s_hi = _sentence(text, word.start(), word.end(), 0, len(lead))
    if tense_near(text, word.start(), word.end(), s_lo, s_hi) == "future" or _PLANNED_VISIT.search(
            text, max(0, word.start() - 30), word.start()):
        return []  # "urged Medvedev not to visit", "the planned trip": a visit still ahead
    if _VISIT_RECALLED.search(text, s_lo, s_hi):
        return []  # "Medvedev visited Iturup last year": a visit recalled, not the news
    named_people, named_places = set(people), set(places)
    visits = [k for k in known_events() if k.type == "visit" and "Kuril Islands" in k.places
              and not k.series and k.precision in ("day", "range")
              and _surnames(k.people) & named_people and set(k.places) & named_places]
    if not visits:
        return []
    visited = _islands_of_visit_sentences(text, lead) & {p for k in visits for p in k.places}
    if visited:  # "Mr Medvedev landed on Kunashir": his visits there, not to the other islands the text names
        visits = [k for k in visits if visited & set(k.places)]
    day = _ANY_WEEKDAY.search(lead)
    weekday = _WEEKDAY_INDEX[next(g for g in day.groups() if g).lower()] if day else None
    news = timedelta(days=VISIT_NEWS_DAYS)
    # a visit on the lead's weekday was reported that week; else the weekday may be a reaction's, later
    found = [(e, (weekday is not None and _weekday_window(weekday, e, "past")) or (e.first, e.last + news))
             for e in visits]
    if day is not None:
        d_lo, d_hi = _sentence(text, day.start(), day.end(), 0, len(lead))
        if _VISIT_VERB.search(text, d_lo, d_hi):  # "в пятницу … прилетел на Курилы": the visit's own day
            found = [(e, w) for e, w in found if _weekday_window(weekday, e, "past") == w]
    latest_year = max(e.last.year for e, _ in found) if found else 0
    if not found or any(int(y) > latest_year for y in _prose_years(text)):
        return []  # the text goes on to a later year: the visit is its background
    bound = _window_bound("a visit the lead reports", found)
    return [bound] if bound is not None else []


_LINE = re.compile(r"[^\n]+")
_WIDGET_CHARS = 50


def _prose_years(text: str) -> list[int]:
    """The years the text names, less those of a short line that is only a date ('| 14 April 2024, Sunday |',
    'Today: Thursday, 23 May 2024'): a page's date widget, the day it was viewed, not the story's."""
    from kurils.temporal import find_times

    years = []
    for line in _LINE.finditer(text):
        found = [int(y) for y in _YEAR_WORD.findall(line.group())]
        if not found:
            continue
        if len(line.group().strip()) < _WIDGET_CHARS and any(
                m.kind == "date" for m in find_times(text, None, start=line.start(), end=line.end())):
            continue
        years += found
    return years


def _islands_of_visit_sentences(text: str, lead: str) -> set[str]:
    """The places named (the Kuril Islands as a whole aside) in the lead's sentences that report a visit."""
    from kurils.gazetteer import find_places

    out: set[str] = set()
    for word in _VISIT_WORD.finditer(lead):
        s_lo, s_hi = _sentence(text, word.start(), word.end(), 0, len(lead))
        if _VISIT_RECALLED.search(text, s_lo, s_hi) or tense_near(
                text, word.start(), word.end(), s_lo, s_hi) == "future":
            continue
        out |= {m.place.name for m in find_places(text, s_lo, s_hi)} - {"Kuril Islands"}
    return out


def day_of_month_bounds(day: int, people: Iterable[str], places: Iterable[str], label: str) -> list[Bound]:
    """A lead that gives only the day of the month ("29日午後、モスクワでプーチン大統領と会談する",
    "on the 29th"): the one known event whose people (two at least) and a place the article names,
    with a day of that number, was reported within a week either side of it. None when several fit."""
    named, where = set(people), set(places)
    fits: dict[date, KnownEvent] = {}
    for known in known_events():
        surnames = _surnames(known.people)
        if known.series or known.precision not in ("day", "range") or len(surnames) < 2:
            continue
        if not surnames <= named or not set(known.places) & where:
            continue
        for offset in range((known.last - known.first).days + 1):
            then = known.first + timedelta(days=offset)
            if then.day == day:
                fits.setdefault(then, known)
    if len(fits) != 1:
        return []
    (then, known), = fits.items()
    why = f"{label} is a day of {_describe([known])}, whose people the text names"
    return [Bound(why, then - DATELINE_REACH, then + DATELINE_REACH, None, "chronology")]


def series_day_bounds(text: str, day: int, label: str) -> list[Bound]:
    """A lead that names a recurring event and gives only the day of the month
    ("「北方領土返還要求全国大会」が7日昼、都内で開かれた"): the text reports one of its sessions that fall
    on a day of that number, within the week after it. Which session is for the text's other bounds (an
    office-holder's term) to say."""
    lead = text[:LEAD_CHARS]
    found: dict[KnownEvent, tuple[date, date]] = {}
    for named in find_named_events(lead):
        if not named.series or not _reported_now(named, None, lead, 0):
            continue
        for known in named.events:
            days = [known.first + timedelta(days=i) for i in range((known.last - known.first).days + 1)]
            hits = [d for d in days if d.day == day] if known.precision in ("day", "range") else []
            if hits:
                found[known] = (hits[0], hits[-1] + DATELINE_REACH)
    bound = _window_bound(label, sorted(found.items(), key=lambda kv: kv[0].first))
    return [bound] if bound is not None else []


DATELINE_REACH = timedelta(days=7)  # a yearless dateline within a week of the known event its people met at


def _in_dateline(known: KnownEvent, where: str) -> bool:
    """The dateline's city is one of the known event's places ("SINGAPORE, November 15")."""
    return any(re.search(rf"(?i)\b{re.escape(place)}\b", where) for place in known.places)


def dateline_bounds(month: int, day: int, people: Iterable[str], label: str, where: str = "") -> list[Bound]:
    """The year of a yearless dateline ("TOKYO, April 13. /TASS/.", "【1月15日 AFP】") from the known
    events of the people the article names: an event whose people (two at least) are all named,
    within a week of the dateline's day. Only when exactly one day fits (foreign ministers meet
    every few months, leaders on many days a year, but rarely within a week of the same date).
    A dateline on a day of such an event itself ("September 7" and the forum of 6-7 September 2017)
    is that event's when it is the only one: the others within a week are then its neighbours.
    Where several fit, the one held in the dateline's city (``where``: "SINGAPORE, ") is the story's:
    a correspondent files from where the leaders met."""
    named = set(people)
    fits: dict[date, KnownEvent] = {}
    on_the_day: dict[date, KnownEvent] = {}
    for known in known_events():
        surnames = _surnames(known.people)
        if known.series or known.precision not in ("day", "range") or len(surnames) < 2:
            continue
        if not surnames <= named:
            continue
        for year in range(known.first.year - 1, known.last.year + 2):
            try:
                then = date(year, month, day)
            except ValueError:
                continue
            if known.first - DATELINE_REACH <= then <= known.last + DATELINE_REACH:
                fits.setdefault(then, known)
            if known.first <= then <= known.last:
                on_the_day.setdefault(then, known)
    if len(fits) > 1 and where:
        local = {then: known for then, known in fits.items() if _in_dateline(known, where)}
        if len(local) == 1:
            (then, known), = local.items()
            why = f"{label}, filed from the city of {_describe([known])}, is within a week of it"
            return [Bound(why, then, then, None, "chronology")]
    if len(fits) != 1 and len(on_the_day) == 1:
        (then, known), = on_the_day.items()
        why = f"{label} is a day of {_describe([known])}, whose people the text names"
        return [Bound(why, then, then, None, "chronology")]
    if len(fits) != 1:
        return []
    (then, known), = fits.items()
    why = f"{label} is within a week of {_describe([known])}, whose people the text names"
    return [Bound(why, then, then, None, "chronology")]
