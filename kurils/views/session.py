"""The ViewState kept in a session mapping (Streamlit's session_state, or a dict in tests).

Widget keys are the URL parameter names, so the three stay in step: ``outlet``, ``year``,
``type``, ``status``, ``place``, ``person``, ``q``, ``lanes``, ``context``, ``view``, ``article``,
plus ``event`` (no widget: it is set by picking on the timeline).
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping

from kurils.views.state import EVENT_TYPES, LANES, STATUSES, VIEWS, Choices, ViewState

LIST_KEYS = {
    "outlet": "outlets",
    "type": "types",
    "status": "statuses",
    "place": "places",
    "person": "people",
}


def write_state(session: MutableMapping, state: ViewState, choices: Choices) -> None:
    """Put ``state`` into the widgets' keys (before the widgets are drawn)."""
    for key, attr in LIST_KEYS.items():
        session[key] = list(getattr(state, attr))
    if choices.years is not None:
        session["year"] = state.years or choices.years
        session["year_bounds"] = choices.years
    session["q"] = state.query
    session["lanes"] = state.lanes
    session["context"] = state.context
    session["view"] = state.view
    session["event"] = state.event
    session["article"] = state.article


def _allowed(choices: Choices) -> dict[str, tuple[str, ...]]:
    return {
        "outlet": choices.outlets,
        "type": EVENT_TYPES,
        "status": STATUSES,
        "place": choices.places,
        "person": choices.people,
    }


def sanitize(session: MutableMapping, choices: Choices) -> None:
    """Drop values the current corpus no longer offers, so no widget is drawn with a bad value."""
    for key, allowed in _allowed(choices).items():
        values = session.get(key)
        if values is not None:
            session[key] = [v for v in values if v in allowed]
    if choices.years is None:
        session.pop("year", None)
    else:
        lo, hi = choices.years
        value = session.get("year")
        was_everything = value is not None and tuple(value) == tuple(session.get("year_bounds") or ())
        session["year_bounds"] = (lo, hi)
        if not (isinstance(value, (tuple, list)) and len(value) == 2) or was_everything:
            session["year"] = (lo, hi)  # 'every year' stays every year when uploads widen the corpus
        else:
            first, last = (max(lo, min(hi, int(v))) for v in value)
            session["year"] = (min(first, last), max(first, last))
    if session.get("lanes") not in LANES:
        session["lanes"] = "type"
    if session.get("view") not in VIEWS:
        session["view"] = None
    if session.get("event") not in choices.events:
        session["event"] = None
    if session.get("article") not in choices.articles:
        session["article"] = None


def read_state(session: MutableMapping, choices: Choices) -> ViewState:
    """The ViewState the widgets and the selection describe now."""
    lists = {attr: tuple(session.get(key) or ()) for key, attr in LIST_KEYS.items()}
    years = None
    value = session.get("year")
    if choices.years is not None and isinstance(value, (tuple, list)) and len(value) == 2:
        years = (int(value[0]), int(value[1]))
        if years == tuple(choices.years):
            years = None
    return ViewState(
        years=years,
        query=" ".join(str(session.get("q") or "").split()),
        event=session.get("event"),
        article=session.get("article"),
        lanes=session.get("lanes") or "type",
        context=bool(session.get("context")),
        view=session.get("view"),
        **lists,
    )


PICKED_ON_TIMELINE = "picked_on_timeline"  # the event last picked by a click on the timeline


def apply_selection(session: MutableMapping, state: ViewState, on_timeline: bool = False) -> None:
    """Write a selection change (event, article, place filter) back into the session, noting
    whether it was picked on the timeline itself (see ``picked_on_timeline``)."""
    session["event"] = state.event
    session["article"] = state.article
    session["place"] = list(state.places)
    session[PICKED_ON_TIMELINE] = state.event if on_timeline else None


def picked_on_timeline(session: MutableMapping, state: ViewState) -> bool:
    """Whether the selected event is the one clicked on the timeline (which then marks it itself)."""
    return state.event is not None and session.get(PICKED_ON_TIMELINE) == state.event


LINK_KEY = "link_written"  # the query parameters the page last wrote, as {name: [values]}


def _as_lists(params: Mapping[str, object]) -> dict[str, list[str]]:
    return {k: [str(x) for x in v] if isinstance(v, (list, tuple)) else [str(v)] for k, v in params.items()}


def link_moved(session: MutableMapping, link: Mapping[str, object]) -> bool:
    """Whether the link should decide the view: in a new session, and when the URL is no longer the
    one the page wrote (the reader went Back or Forward, which reruns the page with that URL)."""
    written = session.get(LINK_KEY)
    return written is None or _as_lists(link) != written


def remember_link(session: MutableMapping, params: Mapping[str, object]) -> None:
    """Note the query parameters the page wrote for this view (see ``link_moved``)."""
    session[LINK_KEY] = _as_lists(params)
