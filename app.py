"""kurils: a linked timeline, map and article reader for coverage of the southern Kuril Islands dispute.

This file only wires Streamlit to the views in ``kurils.views``: what to show and how a pick in one
view changes the others is decided there, in pure functions with their own tests.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import streamlit as st

from kurils.store import MixedTables
from kurils.tables import Tables
from kurils.views import exports, page, reader, select, session, uploads
from kurils.views.data import (
    Corpus,
    articles_folder,
    combine,
    folder_fingerprint,
    folder_inputs,
    folder_problem,
    folder_tables,
    prepare,
)
from kurils.views.state import EVENT_TYPES, STATUSES, from_query, to_query

ROOT = Path(__file__).resolve().parent


# --- data, cached by content ------------------------------------------------------------------
@st.cache_resource(show_spinner="Reading the articles…", max_entries=4)
def base_tables(fingerprint: str, folder: str, files: int) -> Tables:
    """The folder's tables, built once per distinct content (and kept on disk between starts)."""
    return folder_tables(folder, fingerprint, files)


@st.cache_resource(show_spinner=False, max_entries=4)
def base_corpus(fingerprint: str, folder: str, files: int) -> Corpus:
    """The folder's corpus, shared by every session; a session's uploads make its own (views.uploads)."""
    return prepare(base_tables(fingerprint, folder, files))


@st.cache_data(show_spinner=False, ttl=60)
def fingerprint_of(folder: str) -> tuple[str, int]:
    """The folder's content digest and file count (re-read at most once a minute)."""
    paths = folder_inputs(folder)
    return folder_fingerprint(paths), len(paths)


# --- callbacks: a pick in one view changes the shared state ----------------------------------
def on_timeline_pick(corpus: Corpus) -> None:
    state = session.read_state(st.session_state, corpus.choices)
    selection = st.session_state.get("timeline", {}).get("selection")
    key = select.timeline_pick(selection, corpus.merged.index)
    session.apply_selection(st.session_state, select.select_event(corpus, state, key))


def on_map_pick(corpus: Corpus) -> None:
    state = session.read_state(st.session_state, corpus.choices)
    place = select.map_pick(st.session_state.get(map_key(), {}).get("selection"))
    session.apply_selection(st.session_state, select.select_place(state, place))


def on_article_pick(corpus: Corpus) -> None:
    state = session.read_state(st.session_state, corpus.choices)
    session.apply_selection(
        st.session_state, select.select_article(corpus, state, st.session_state.get("article"))
    )


def on_article_event_pick(corpus: Corpus) -> None:
    state = session.read_state(st.session_state, corpus.choices)
    picked = st.session_state.get("article_event")
    session.apply_selection(st.session_state, select.select_event_in_article(corpus, state, picked))


def on_clear() -> None:
    st.session_state["event"] = None
    st.session_state["article"] = None
    st.session_state["place"] = []
    st.session_state["map_generation"] = st.session_state.get("map_generation", 0) + 1  # a fresh map widget


def map_key() -> str:
    return f"map{st.session_state.get('map_generation', 0)}"


# --- uploads ------------------------------------------------------------------------------------
def take_uploads(files) -> tuple[tuple[str, ...], list[str], list[str]]:
    """Parse the session's new uploads (a file in a worker process, a batch item by item): ids of the
    good ones, a line per failure and a line per batch file."""
    ledger = st.session_state.setdefault("upload_ledger", uploads.Ledger())
    new = any(f.file_id not in ledger.outcome for f in files or [])
    bar = st.sidebar.progress(0.0, text="Parsing uploads…") if new else None
    taken = uploads.take(ledger, files or [], uploads.parse_in_worker,
                         (lambda done, text: bar.progress(done, text=text)) if bar else None)
    if bar is not None:
        bar.empty()
    return taken


def corpus_of(fingerprint: str, folder: str, files: int, upload_ids: tuple[str, ...]) -> Corpus:
    if not upload_ids:
        return base_corpus(fingerprint, folder, files)
    return uploads.session_corpus(
        st.session_state["upload_ledger"], (fingerprint, folder, files), upload_ids,
        lambda extra: prepare(combine(base_tables(fingerprint, folder, files), extra)),
    )


# --- the page -------------------------------------------------------------------------------------
st.set_page_config(page_title="kurils: the southern Kurils in the news", layout="wide", page_icon="🗾")

folder = str(articles_folder(ROOT))
if problem := folder_problem(Path(folder)):
    st.error(reader.md_escape(problem), icon="⚠️")
    st.stop()
with st.sidebar:
    uploaded = st.file_uploader(
        uploads.label(), type=uploads.SUFFIXES, accept_multiple_files=True, key="uploads", help=uploads.HELP
    )
upload_ids, upload_failures, upload_notes = take_uploads(uploaded)
fingerprint, n_files = fingerprint_of(folder)
try:
    corpus = corpus_of(fingerprint, folder, n_files, upload_ids)
except MixedTables as exc:  # a build folder whose tables do not belong together
    st.error(reader.md_escape(str(exc)), icon="⚠️")
    st.stop()
choices = corpus.choices

if "view_ready" not in st.session_state:  # a new session: the link decides the first view
    params = {k: st.query_params.get_all(k) for k in st.query_params}
    parsed = from_query(params, choices)
    session.write_state(st.session_state, parsed.state, choices)
    st.session_state["link_notices"] = (parsed.state, parsed.notices)
    st.session_state["view_ready"] = True
session.sanitize(st.session_state, choices)

with st.sidebar:
    st.header("Filters")
    st.multiselect("Outlet", choices.outlets, key="outlet", placeholder="all outlets")
    if choices.years is not None:
        lo, hi = choices.years
        if lo < hi:
            st.slider("Years", min_value=lo, max_value=hi, key="year")
        else:
            st.caption(f"All events are in {lo}.")
    st.multiselect("Event type", EVENT_TYPES, key="type", placeholder="all types")
    st.multiselect("Status", STATUSES, key="status", placeholder="reported, planned, historical")
    st.multiselect("Place", choices.places, key="place", placeholder="any place")
    st.multiselect("Person", choices.people, key="person", placeholder="anyone")
    st.text_input("Search", key="q", max_chars=200, placeholder="words in titles, evidence, headlines")
    for note in upload_notes:
        st.caption(reader.md_escape(note))
    for failure in upload_failures:
        st.warning(f"Not added: {reader.md_escape(failure)}", icon="⚠️")

state = session.read_state(st.session_state, choices)  # each piece below is remembered per corpus
shown = page.events_shown(corpus, state)
lit = page.highlight(corpus, state)
articles = page.articles_shown(corpus, state)

# Header: what is shown.
st.html("<style>.block-container{padding-top:3.2rem;padding-bottom:1rem}</style>")
head_left, head_right = st.columns([5, 1], vertical_alignment="bottom")
head_left.markdown("### The southern Kurils in the news")
head_right.button(
    "Clear selection",
    on_click=on_clear,
    width="stretch",
    disabled=not (state.event or state.article or state.places),
)
st.caption(page.summary(corpus, state))
link_state, notices = st.session_state.get("link_notices", (None, ()))
if notices and state == link_state:  # said until the view moves on from what the link asked for
    for notice in notices:
        st.caption(f"ℹ️ Link parameter {reader.md_escape(notice)}.")

left, right = st.columns([3, 2], gap="medium")
with left:
    top = st.columns([4, 2])
    top[0].markdown("**Timeline** · click an event to read its source")
    top[1].radio("Lanes", ["type", "outlet"], key="lanes", horizontal=True, label_visibility="collapsed")
    drawn = page.timeline(corpus, state)
    if drawn is None:
        st.info("No event matches these filters.")
    else:
        figure, earlier = drawn
        st.plotly_chart(
            figure,
            key="timeline",
            on_select=partial(on_timeline_pick, corpus),
            selection_mode="points",
            config={"displaylogo": False, "scrollZoom": True},
        )
        if earlier:
            st.caption(
                f"{earlier} earlier events (history the articles recall) lie left of this view: "
                "drag or zoom out to see them, or set the years."
            )
    head = st.columns([4, 2])
    head[0].markdown("**Map** · click an island or a city to see its events")
    tiles = head[1].toggle("Basemap tiles", key="tiles", help="Loads map tiles from the internet.")
    # Places are looked up here, after the timeline is on its way: the first lookup loads the
    # gazetteer's GeoNames index (~1.3 s in a new process).
    places_frame, unplaced = page.places(corpus)
    counts = page.place_counts(corpus, state)
    st.pydeck_chart(
        page.deck(corpus, state, tiles),
        key=map_key(),
        on_select=partial(on_map_pick, corpus),
        selection_mode="single-object",
        height=330,
    )

with right:
    options = page.article_options(corpus, state)
    labels = page.article_labels(corpus)
    st.selectbox(
        "Article",
        options,
        key="article",
        format_func=lambda a: labels.get(a, a),
        placeholder=f"Choose one of {len(options)} articles…",
        on_change=partial(on_article_pick, corpus),
        label_visibility="collapsed",
    )
    reader_box = st.container(height=640, border=True, key="reader")
    with reader_box:
        if state.article is None:
            st.markdown("**Reader**")
            st.caption(
                "Click an event on the timeline, or choose an article above, to read it here with the "
                "evidence highlighted."
            )
        else:
            article = corpus.articles.loc[state.article]
            st.subheader(reader.md_escape(article["headline"] or article["file"]), anchor=False)
            for line in reader.meta_lines(article):
                st.caption(reader.md_escape(line))
            events_here = page.article_events(corpus, state.article)
            if events_here:
                st.session_state["article_event"] = state.event if state.event in events_here else None
                st.selectbox(
                    "Event in this article",
                    list(events_here),
                    key="article_event",
                    format_func=lambda k: events_here.get(k, k),
                    placeholder=f"{len(events_here)} events in this article: pick one to highlight it",
                    on_change=partial(on_article_event_pick, corpus),
                )
            st.html(reader.article_html(article, lit.spans, lit.other_spans))
            if lit.spans:
                st.html(reader.scroll_to_evidence(state.event or ""), unsafe_allow_javascript=True)
            st.caption(
                "🟨 evidence of the selected event · 🟡 other events · **:blue[places]** · **:green[people]**"
            )

with st.sidebar:
    st.header("Downloads")
    st.download_button(
        "Events (CSV)",
        partial(exports.events_csv, shown),
        "kurils-events.csv",
        "text/csv",
        on_click="ignore",
        width="stretch",
    )
    st.download_button(
        "Places (GeoJSON)",
        partial(exports.places_geojson, places_frame, counts),
        "kurils-places.geojson",
        "application/geo+json",
        on_click="ignore",
        width="stretch",
    )
    st.download_button(
        "Articles (JSON Lines)",
        partial(exports.articles_jsonl, articles),
        "kurils-articles.jsonl",
        "application/jsonl",
        on_click="ignore",
        width="stretch",
    )
    if unplaced:
        st.caption("Not on the map (no coordinates): " + reader.md_escape(", ".join(unplaced)))

# The link carries the view: write it back when it changed.
wanted = to_query(session.read_state(st.session_state, choices))
current = {
    k: (st.query_params.get_all(k) if isinstance(wanted.get(k), list) else st.query_params.get(k))
    for k in st.query_params
}
if current != wanted:
    st.query_params.from_dict(wanted)
