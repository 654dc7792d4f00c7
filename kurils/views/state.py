"""The view as data: filters and selection, and their round trip through the URL's query string.

A link copied from the app must reopen the same view, so every filter and the selection live in
``ViewState``, which converts to and from query parameters. Parsing never raises: a parameter
that makes no sense for this corpus is dropped with a notice saying why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

EVENT_TYPES = ("meeting", "visit", "call", "forum", "statement", "treaty", "sanction", "military", "other")
STATUSES = ("reported", "planned", "historical")
LANES = ("type", "outlet")
VIEWS = ("coverage", "table")  # the views below the charts, drawn only when asked for
MAX_QUERY_CHARS = 200  # a search longer than this is not something a person typed

_YEAR_RE = re.compile(r"^\s*(\d{4})\s*(?:[-–/:]|\.\.)?\s*(\d{4})?\s*$")


@dataclass(frozen=True)
class Choices:
    """What this corpus offers to filter on; query parameters are checked against it."""

    outlets: tuple[str, ...] = ()
    years: tuple[int, int] | None = None  # first and last year any event or article has
    places: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    events: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ViewState:
    """Everything that decides what the app shows. Empty tuples mean 'no filter'."""

    outlets: tuple[str, ...] = ()
    years: tuple[int, int] | None = None  # None: every year
    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    query: str = ""
    event: str | None = None  # the selected event's key
    article: str | None = None  # the article open in the reader
    lanes: str = "type"
    context: bool = False  # the chronology's context lane on the timeline
    view: str | None = None  # one of VIEWS below the charts, or none

    def cleared(self) -> ViewState:
        """The same filters with nothing selected."""
        return replace(self, event=None, article=None)


@dataclass(frozen=True)
class Parsed:
    state: ViewState
    notices: tuple[str, ...] = field(default=())


def _values(params: Mapping[str, object], name: str) -> list[str]:
    """All values of a (possibly repeated, possibly comma-joined) parameter, as stripped strings."""
    raw = params.get(name)
    if raw is None:
        return []
    items = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, Iterable) else [str(raw)]
    out: list[str] = []
    for item in items:
        for part in str(item).split(","):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def _short(value: str, limit: int = 40) -> str:
    value = value.replace("\n", " ")
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _pick(
    params: Mapping[str, object], name: str, allowed: Sequence[str], what: str, notices: list[str]
) -> tuple[str, ...]:
    """Values of ``name`` that ``allowed`` knows (matched without regard to case), noting the rest."""
    by_fold = {a.casefold(): a for a in allowed}
    kept: list[str] = []
    for value in _values(params, name):
        match = by_fold.get(value.casefold())
        if match is None:
            notices.append(f"ignored {name}={_short(value)!r}: no such {what} in these articles")
        elif match not in kept:
            kept.append(match)
    return tuple(kept)


def parse_years(value: str, bounds: tuple[int, int] | None) -> tuple[int, int] | str:
    """'2016' or '2015-2017' within the corpus's years, or the reason it is not usable."""
    m = _YEAR_RE.match(value)
    if not m:
        return "not a year or a range of years (use 2016 or 2015-2017)"
    first = int(m.group(1))
    last = int(m.group(2) or first)
    if first > last:
        first, last = last, first
    if bounds is None:
        return "these articles have no dated events"
    lo, hi = bounds
    if last < lo or first > hi:
        return f"outside the years of these articles ({lo}-{hi})"
    return max(first, lo), min(last, hi)


def from_query(params: Mapping[str, object], choices: Choices) -> Parsed:
    """The view a link describes; unknown or malformed parameters are dropped with a notice."""
    notices: list[str] = []
    outlets = _pick(params, "outlet", choices.outlets, "outlet", notices)
    types = _pick(params, "type", EVENT_TYPES, "event type", notices)
    statuses = _pick(params, "status", STATUSES, "status", notices)
    places = _pick(params, "place", choices.places, "place", notices)
    people = _pick(params, "person", choices.people, "person", notices)

    years = None
    year_values = _values(params, "year")
    if year_values:
        parsed = parse_years(year_values[0], choices.years)
        if isinstance(parsed, str):
            notices.append(f"ignored year={_short(year_values[0])!r}: {parsed}")
        elif choices.years is None or parsed != choices.years:
            years = parsed

    query = ""
    q_values = params.get("q")
    if q_values is not None:
        q = q_values if isinstance(q_values, str) else next(iter(q_values), "")  # type: ignore[arg-type]
        q = " ".join(str(q).split())
        if len(q) > MAX_QUERY_CHARS:
            notices.append(f"search text cut to its first {MAX_QUERY_CHARS} characters")
            q = q[:MAX_QUERY_CHARS]
        query = q

    event = _one(params, "event", choices.events, "event", notices)
    article = _one(params, "article", choices.articles, "article", notices)

    lanes = "type"
    lane_values = _values(params, "lanes")
    if lane_values:
        if lane_values[0] in LANES:
            lanes = lane_values[0]
        else:
            notices.append(f"ignored lanes={_short(lane_values[0])!r}: use 'type' or 'outlet'")

    context = False
    context_values = _values(params, "context")
    if context_values:
        context = context_values[0] == "1"
        if context_values[0] not in ("0", "1"):
            notices.append(f"ignored context={_short(context_values[0])!r}: use 1 to show the context lane")

    view = None
    view_values = _values(params, "view")
    if view_values:
        if view_values[0] in VIEWS:
            view = view_values[0]
        else:
            notices.append(f"ignored view={_short(view_values[0])!r}: use 'coverage' or 'table'")

    state = ViewState(
        outlets, years, types, statuses, places, people, query, event, article, lanes, context, view
    )
    return Parsed(state, tuple(notices))


def _one(params: Mapping[str, object], name: str, known: frozenset[str], what: str, notices: list[str]):
    values = _values(params, name)
    if not values:
        return None
    if values[0] in known:
        return values[0]
    notices.append(f"ignored {name}={_short(values[0])!r}: no such {what} in these articles")
    return None


def to_query(state: ViewState) -> dict[str, str | list[str]]:
    """Query parameters for ``state``: only what differs from the default view, in a stable order."""
    params: dict[str, str | list[str]] = {}
    if state.outlets:
        params["outlet"] = list(state.outlets)
    if state.years is not None:
        first, last = state.years
        params["year"] = str(first) if first == last else f"{first}-{last}"
    if state.types:
        params["type"] = list(state.types)
    if state.statuses:
        params["status"] = list(state.statuses)
    if state.places:
        params["place"] = list(state.places)
    if state.people:
        params["person"] = list(state.people)
    if state.query:
        params["q"] = state.query
    if state.event:
        params["event"] = state.event
    if state.article:
        params["article"] = state.article
    if state.lanes != "type":
        params["lanes"] = state.lanes
    if state.context:
        params["context"] = "1"
    if state.view:
        params["view"] = state.view
    return params
