"""Who reported what: the shown events against the outlets, and each outlet's words side by side.

``coverage_table`` gives one row per event (in date order) and a column per outlet saying whether
that outlet reported it ("first" for the earliest report, "yes" for the others, "" for none),
with the earliest report named. ``evidence_by_outlet`` gives, for one event, each source's
sentence stating it, so framings can be read next to each other. ``events_table`` is the plain
sortable table of the shown events with a link that opens each in the reader. All text is
returned as data; the page shows it through Streamlit's table and text, never as HTML.
"""

from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd

from kurils.views.state import ViewState, to_query
from kurils.views.story import story_order
from kurils.views.text import present


def _sources(corpus) -> dict[str, tuple[str, pd.Timestamp | None]]:
    """Each article's (outlet, publication time), looked up once per corpus: a pandas scalar lookup
    per source cost ~1 ms, minutes for the 650,000 sources of a large corpus's events."""

    def make() -> dict:
        outlets = [present(o) or "unknown outlet" for o in corpus.articles["outlet"].tolist()]
        times = [None if pd.isna(t) else t for t in corpus.articles["t_first"].tolist()]
        return dict(zip(corpus.articles.index.tolist(), zip(outlets, times, strict=True), strict=True))

    return corpus.memo.get("sources", None, make)


def _reports(corpus, key: str) -> list[tuple[str, pd.Timestamp | None, str]]:
    """(outlet, publication time, article id) of each source of an event, earliest first."""
    return _ranked(_sources(corpus), corpus.merged.at[key, "article_ids"])


def _ranked(sources: dict, article_ids) -> list[tuple[str, pd.Timestamp | None, str]]:
    rows = [(*sources[a], a) for a in article_ids if a in sources]
    return sorted(rows, key=lambda r: (r[1] is None, r[1] or pd.Timestamp.max, r[0]))


def coverage_table(corpus, events: pd.DataFrame, outlets: tuple[str, ...] = ()) -> pd.DataFrame:
    """Events (rows, date order) against outlets (columns, most reports first)."""
    order = story_order(events)
    sources = _sources(corpus)
    article_ids = dict(zip(events.index.tolist(), events["article_ids"].tolist(), strict=True))
    reports = {key: _ranked(sources, article_ids[key]) for key in order}
    counts: dict[str, int] = {}
    for rows in reports.values():
        for outlet in {r[0] for r in rows}:
            counts[outlet] = counts.get(outlet, 0) + 1
    columns = sorted(counts, key=lambda o: (-counts[o], o))
    if outlets:
        columns = [o for o in columns if o in outlets]
    records = []
    shown = events.loc[order]
    for key, date, kind, title in zip(order, shown["date"].tolist(), shown["type"].tolist(),
                                      shown["title"].tolist(), strict=True):
        rows = reports[key]
        first = rows[0] if rows else None
        record = {
            "date": present(date) or "undated",
            "type": kind,
            "event": present(title) or "",
            "earliest report": (
                f"{first[0]}, {first[1]:%Y-%m-%d}"
                if first and first[1] is not None
                else first[0]
                if first
                else ""
            ),
            "outlets": len({r[0] for r in rows}),
        }
        for outlet in columns:
            mine = [r for r in rows if r[0] == outlet]
            record[outlet] = ("first" if mine[0] == first else "yes") if mine else ""
        records.append(record)
    return pd.DataFrame(records, index=pd.Index(order, name="key"))


def evidence_by_outlet(corpus, key: str | None) -> list[dict]:
    """Each source of one event: outlet, date, headline and the sentence stating the event."""
    if key is None or key not in corpus.merged.index:
        return []
    merged_id = corpus.merged.at[key, "merged_id"]
    rows = corpus.events[corpus.events["merged_id"] == merged_id]
    evidence = dict(zip(rows["article_id"], rows["evidence"], strict=True))
    out = []
    for outlet, when, article in _reports(corpus, key):
        out.append(
            {
                "outlet": outlet,
                "published": f"{when:%Y-%m-%d}" if when is not None else "date unknown",
                "headline": present(corpus.articles.at[article, "headline"]) or "untitled article",
                "evidence": present(evidence.get(article)) or "",
                "article": article,
            }
        )
    return out


def reader_link(state: ViewState, key: str, article: str | None) -> str:
    """A link (query string) to this view with the event picked and its article open."""
    params = to_query(ViewState(**{**state.__dict__, "event": key, "article": article}))
    return "?" + urlencode(params, doseq=True)


def events_table(corpus, events: pd.DataFrame, state: ViewState) -> pd.DataFrame:
    """The shown events as a plain table (date order), each with a link that opens it in the reader."""
    order = story_order(events)
    frame = events.loc[order]
    return pd.DataFrame(
        {
            "date": [present(d) or "undated" for d in frame["date"]],
            "type": frame["type"].tolist(),
            "status": frame["status"].tolist(),
            "event": [present(t) or "" for t in frame["title"]],
            "places": [", ".join(p) for p in frame["places"]],
            "people": [", ".join(p) for p in frame["people"]],
            "outlets": [", ".join(o) for o in frame["outlets"]],
            "sources": frame["n_sources"].astype(int).tolist(),
            "read": [
                reader_link(state, k, ids[0] if len(ids) else None)
                for k, ids in zip(order, frame["article_ids"], strict=True)
            ],
        },
        index=pd.Index(order, name="key"),
    )
