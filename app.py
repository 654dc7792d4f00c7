"""kurils: a linked timeline, map and article reader for coverage of the southern Kuril Islands dispute.

This file only wires Streamlit to the views in ``kurils.views``: what to show and how a pick in one
view changes the others is decided there, in pure functions with their own tests.
"""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path

import streamlit as st

from kurils.store import MixedTables
from kurils.tables import Tables
from kurils.views import (
    coverage,
    exports,
    geomap,
    legend,
    mappng,
    page,
    reader,
    scripts,
    select,
    session,
    story,
    timeline,
    uploads,
)
from kurils.views.data import (
    Corpus,
    article_record,
    articles_folder,
    combine,
    folder_fingerprint,
    folder_inputs,
    folder_problem,
    folder_tables,
    prepare,
    texts_of,
)
from kurils.views.density import narrow_to, picked_bin
from kurils.views.state import EVENT_TYPES, STATUSES, VIEWS, from_query, to_query

ROOT = Path(__file__).resolve().parent
PLAY_SECONDS = 4  # the story stepper's pace when playing


# --- data, cached by content ------------------------------------------------------------------
@st.cache_resource(show_spinner="Reading the articles…", max_entries=4)
def base_tables(fingerprint: str, folder: str, files: int) -> Tables:
    """The folder's tables, built once per distinct content (and kept on disk between starts)."""
    return folder_tables(folder, fingerprint, files)


@st.cache_resource(show_spinner=False, max_entries=4)
def base_corpus(fingerprint: str, folder: str, files: int) -> Corpus:
    """The folder's corpus, shared by every session; a session's uploads make its own (views.uploads)."""
    return prepare(base_tables(fingerprint, folder, files), texts=texts_of(folder))


@st.cache_data(show_spinner=False, ttl=60)
def fingerprint_of(folder: str) -> tuple[str, int]:
    """The folder's content digest and file count (re-read at most once a minute)."""
    paths = folder_inputs(folder)
    return folder_fingerprint(paths), len(paths)


# --- callbacks: a pick in one view changes the shared state ----------------------------------
def on_timeline_pick(corpus: Corpus) -> None:
    state = session.read_state(st.session_state, corpus.choices)
    selection = st.session_state.get("timeline", {}).get("selection")
    counted = picked_bin(selection)
    if counted is not None:  # a count on a dense timeline: show that lane's events of that year
        narrowed = narrow_to(state, *counted, corpus.choices.outlets)
        session.write_state(st.session_state, narrowed, corpus.choices)
        return
    key = select.timeline_pick(selection, corpus.merged.index)
    session.apply_selection(st.session_state, select.select_event(corpus, state, key), on_timeline=True)


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


def on_step(corpus: Corpus, delta: int) -> None:
    state = session.read_state(st.session_state, corpus.choices)
    key = story.step(page.story(corpus, state), state.event, delta)
    session.apply_selection(st.session_state, select.select_event(corpus, state, key))


def on_row_pick(corpus: Corpus, key: str) -> None:
    """A row picked in the coverage or events table: that event, opened in the reader."""
    state = session.read_state(st.session_state, corpus.choices)
    rows = (st.session_state.get(key) or {}).get("selection", {}).get("rows") or []
    frame = page.coverage(corpus, state) if key == "coverage" else page.events_table(corpus, state)
    picked = frame.index[rows[0]] if rows and 0 <= rows[0] < len(frame) else None
    if picked:
        session.apply_selection(st.session_state, select.select_event(corpus, state, picked))


def on_clear() -> None:
    st.session_state["event"] = None
    st.session_state["article"] = None
    st.session_state["place"] = []
    st.session_state["map_generation"] = st.session_state.get("map_generation", 0) + 1  # a fresh map widget
    st.session_state["timeline_generation"] = st.session_state.get("timeline_generation", 0) + 1


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
        lambda extra: prepare(combine(base_tables(fingerprint, folder, files), extra),
                              texts=texts_of(folder)),
    )


# --- the page -------------------------------------------------------------------------------------
st.set_page_config(page_title="kurils: the southern Kurils in the news", layout="wide", page_icon="🗾")
st.markdown(scripts.page_style(), unsafe_allow_html=True)  # our own fixed CSS, before any placeholder

folder = str(articles_folder(ROOT))
if problem := folder_problem(Path(folder)):
    st.error(reader.md_escape(problem), icon="⚠️")
    st.stop()
# The uploader and the downloads sit in popovers: Streamlit draws a popover's content (and loads
# its elements' code) only when it is opened, which keeps them out of the first view (bench/notes.md).
add_articles = st.sidebar.popover("Add articles", icon=":material/upload_file:", width="stretch")
with add_articles:
    uploaded = st.file_uploader(
        uploads.label(), type=uploads.SUFFIXES, accept_multiple_files=True, key="uploads", help=uploads.HELP
    )
upload_ids, upload_failures, upload_notes = take_uploads(uploaded)
for note in upload_notes:  # under the uploader, where the files are listed
    add_articles.caption(reader.md_escape(note))
for failure in upload_failures:
    add_articles.warning(f"Not added: {reader.md_escape(failure)}", icon=":material/warning:")
fingerprint, n_files = fingerprint_of(folder)
try:
    corpus = corpus_of(fingerprint, folder, n_files, upload_ids)
except MixedTables as exc:  # a build folder whose tables do not belong together
    st.error(reader.md_escape(str(exc)), icon="⚠️")
    st.stop()
choices = corpus.choices

link = {k: st.query_params.get_all(k) for k in st.query_params}
if session.link_moved(st.session_state, link):  # a new session, or Back/Forward: the link decides
    parsed = from_query(link, choices)
    session.write_state(st.session_state, parsed.state, choices)
    st.session_state["link_notices"] = (parsed.state, parsed.notices)
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
    st.text_input(
        "Search",
        key="q",
        max_chars=200,
        placeholder="words, places, people in any script",
        help="Matches titles, evidence and headlines, and every name of a place or a person "
        "(Etorofu, 択捉 or Итуруп find Iturup; Northern Territories finds the four islands).",
    )

state = session.read_state(st.session_state, choices)  # each piece below is remembered per corpus
shown_count = page.shown_count(corpus, state)  # the shown events' own rows are read only where drawn
lit = page.highlight(corpus, state)

# Header: the title and what is shown, on one line where the width allows (the page is laid out so
# that both charts are above the fold of a 1440x900 window: tests/test_browser.py).
st.html(scripts.page_script(), unsafe_allow_javascript=True)
head_left, head_right = st.columns([4, 5], vertical_alignment="center")
head_left.markdown("### The southern Kurils in the news")
head_right.caption(page.summary(corpus, state))
if state.article is not None:  # with nothing open, the reader's box shows the introduction instead
    with st.expander("What is this? The dispute, the four islands and this page"):
        st.markdown(legend.intro_markdown())
link_state, notices = st.session_state.get("link_notices", (None, ()))
if notices and state == link_state:  # said until the view moves on from what the link asked for
    for notice in notices:
        st.caption(f"ℹ️ Link parameter {reader.md_escape(notice)}.")

# The story stepper: Previous/Next (and the arrow keys) walk the shown events in date order.
order = page.story(corpus, state)
stepper = st.columns([1.3, 1.3, 1.2, 3.6, 1.6], vertical_alignment="center")
stepper[0].button(
    "Previous",
    key="step_prev",
    icon=":material/arrow_back:",
    on_click=partial(on_step, corpus, -1),
    disabled=not order or state.event == order[0],
    help="The event before this one (← key)",
    width="stretch",
)
stepper[1].button(
    "Next",
    key="step_next",
    icon=":material/arrow_forward:",
    on_click=partial(on_step, corpus, 1),
    disabled=not order or state.event == order[-1],
    help="The event after this one (→ key)",
    width="stretch",
)
playing = stepper[2].toggle("Play", key="playing", help="Step on by itself every few seconds")
stepper[3].caption(reader.md_escape(story.position(order, state.event)))
stepper[4].button(
    "Clear selection",
    key="clear",
    on_click=on_clear,
    width="stretch",
    disabled=not (state.event or state.article or state.places),
)
if not playing:
    st.session_state.pop("play_due", None)
if playing and order:

    @st.fragment(run_every=PLAY_SECONDS)
    def play() -> None:
        now = time.monotonic()
        due = st.session_state.setdefault("play_due", now + PLAY_SECONDS - 0.5)
        if now < due:  # the run that drew the page, or one too early
            return
        st.session_state["play_due"] = now + PLAY_SECONDS - 0.5
        on_step(corpus, 1)
        if st.session_state.get("event") == order[-1]:
            st.session_state["playing"] = False
        st.rerun()

    play()

left, right = st.columns([3, 2], gap="medium")
with left:
    top = st.columns([3, 1.9, 1.6], vertical_alignment="center")
    top[0].markdown("**Timeline** · click an event to read it")
    # a segmented control, like "More views" below: one element type fewer for the first view to load
    top[1].segmented_control("Lanes", ["type", "outlet"], key="lanes", label_visibility="collapsed")
    top[2].toggle("Context", key="context", help="A lane of the known events of the dispute since 1855")
    drawn = page.timeline(
        corpus,
        state,
        picked_here=session.picked_on_timeline(st.session_state, state),
        generation=st.session_state.get("timeline_generation", 0),
    )
    if drawn is None:
        st.info("No event matches these filters.")
    else:
        figure, earlier = drawn
        st.plotly_chart(
            figure,
            key="timeline",
            on_select=partial(on_timeline_pick, corpus),
            selection_mode="points",
            config={  # the modebar's camera button saves the timeline as a PNG
                "displaylogo": False,
                "scrollZoom": True,
                "toImageButtonOptions": {"format": "png", "filename": "kurils-timeline", "scale": 2},
            },
        )
        st.html(legend.timeline_legend_html(timeline.colour_key(figure)))
        if earlier:
            st.caption(page.earlier_note(earlier))
    head = st.columns([4, 2])
    head[0].markdown("**Map** · click an island or a city to see its events")
    tiles = head[1].toggle("Basemap tiles", key="tiles", help="Loads map tiles from the internet.")
    # Places are looked up here, after the timeline is on its way: the first lookup loads the
    # gazetteer's GeoNames index (~1.3 s in a new process).
    places_frame, unplaced = page.places(corpus)
    counts = page.place_counts(corpus, state)
    deck = page.deck(corpus, state, tiles, dark=st.context.theme.type == "dark")  # the map's names
    st.pydeck_chart(
        deck,
        key=map_key(),
        on_select=partial(on_map_pick, corpus),
        selection_mode="single-object",
        height=330,
    )
    st.html(legend.map_legend_html())

with right:
    options = page.article_options(corpus, state)
    labels = page.article_labels(corpus)
    st.selectbox(
        "Article",
        options,
        key="article",
        format_func=lambda a: labels.get(a, a),
        placeholder=page.article_prompt(page.article_count(corpus, state)),
        on_change=partial(on_article_pick, corpus),
        label_visibility="collapsed",
    )
    with st.container(border=True, key="reader"):
        if state.article is None:  # the landing: what the page is about, beside the charts, not above
            st.markdown("**Reader**")
            st.caption(
                "Click an event on the timeline, or choose an article above, to read it here with the "
                "evidence highlighted."
            )
            st.markdown(legend.intro_markdown())
        else:
            article = article_record(corpus, state.article)
            st.subheader(reader.md_escape(reader.headline_of(article)), anchor=False)
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
            # Only the body scrolls: the headline, outlet and date stay in sight over the evidence.
            with st.container(height=480, border=False, key="reader_body"):
                st.html(reader.article_html(article, lit.spans, lit.other_spans))
            if lit.spans:
                st.html(reader.scroll_to_evidence(state.event or ""), unsafe_allow_javascript=True)
            st.html(legend.reader_legend_html())

# Two more views of the shown events, drawn only when asked for.
more = st.segmented_control(
    "More views",
    list(VIEWS),
    key="view",
    format_func={"coverage": "Coverage by outlet", "table": "Table of events"}.get,
    help="Who reported each event, and a sortable table of the events (the charts' plain alternative).",
)
if more == "coverage" and shown_count:
    st.markdown("**Coverage** · which outlets reported each event; *first* marks the earliest report")
    st.dataframe(
        page.coverage(corpus, state),
        key="coverage",
        on_select=partial(on_row_pick, corpus, "coverage"),
        selection_mode="single-row",
        hide_index=True,
        width="stretch",
    )
    sources = coverage.evidence_by_outlet(corpus, state.event)
    if len(sources) > 1:
        st.markdown("**Side by side** · each source's sentence for the selected event")
        for column, source in zip(st.columns(min(len(sources), 4)), sources[:4], strict=False):
            with column.container(border=True):
                st.caption(reader.md_escape(f"{source['outlet']} · {source['published']}"))
                st.markdown("**" + reader.md_escape(source["headline"]) + "**")
                st.markdown("> " + reader.md_escape(source["evidence"]))
    else:
        st.caption(
            "Pick an event reported by several outlets (a row above, a dot, or a step) to read "
            "each outlet's words for it side by side."
        )
elif more == "table" and shown_count:
    st.dataframe(
        page.events_table(corpus, state),
        key="table",
        on_select=partial(on_row_pick, corpus, "table"),
        selection_mode="single-row",
        hide_index=True,
        width="stretch",
        column_config={
            "read": st.column_config.LinkColumn("read", display_text="open in reader"),
            "sources": st.column_config.NumberColumn("sources", format="%d"),
        },
    )

with st.sidebar.popover("Downloads", icon=":material/download:", width="stretch"):
    st.download_button(
        "Events (CSV)",
        lambda: exports.events_csv(page.events_shown(corpus, state)),
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
        lambda: exports.articles_jsonl(page.articles_shown(corpus, state)),
        "kurils-articles.jsonl",
        "application/jsonl",
        on_click="ignore",
        width="stretch",
    )
    st.download_button(
        "Map (PNG)",
        partial(mappng.map_png, deck.to_json(), geomap.load_geo()[1], geomap.load_geo()[0]),
        "kurils-map.png",
        "image/png",
        on_click="ignore",
        width="stretch",
        help="The map's first view of this selection; the timeline's camera button saves the timeline.",
    )
if unplaced:
    st.sidebar.caption("Not on the map (no coordinates): " + reader.md_escape(", ".join(unplaced)))

# The link carries the view: write it back when it changed.
wanted = to_query(session.read_state(st.session_state, choices))
current = {
    k: (st.query_params.get_all(k) if isinstance(wanted.get(k), list) else st.query_params.get(k))
    for k in st.query_params
}
if current != wanted:
    st.query_params.from_dict(wanted)  # Streamlit adds a history entry for it, so Back goes back
session.remember_link(st.session_state, wanted)
