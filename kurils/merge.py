"""One real event, one row: events reported by several articles merged into one.

Two event rows are the same real event when they have the same type, their date ranges overlap,
and they share a place or a person. Only narrow dates (a day, a month, up to 31 days) take part
in matching, so a year-precision mention ("in 2016") never chains a year of events together.
Candidates come from classes of events with the same type, key and date range, joined only when
two classes share a day (see Candidates), so the cost grows with the distinct ranges that could
match, not with the square of the events; they are then joined into groups with union-find.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

MAX_MATCH_DAYS = 31
MERGED_COLUMNS = [
    "merged_id",
    "title",
    "type",
    "status",
    "date",
    "date_first",
    "date_last",
    "precision",
    "places",
    "people",
    "event_ids",
    "article_ids",
    "outlets",
    "n_sources",
]
_LISTS = ("places", "people", "event_ids", "article_ids", "outlets")
# the merged table's Parquet columns, as pandas writes them: fixed, so a table written a chunk at a
# time has one schema even where a chunk's column is all empty
MERGED_SCHEMA = pa.schema([(c, pa.list_(pa.string()) if c in _LISTS else pa.int64() if c == "n_sources"
                            else pa.large_string()) for c in MERGED_COLUMNS])


@dataclass(frozen=True)
class Candidates:
    """What may be the same real event, in memory that grows with the distinct date ranges.

    Events with the same type, key (a place or a person) and date range form a class. ``exact``
    chains each class's members (n - 1 pairs give union-find the group the n(n - 1)/2 pairs of the
    clique would); ``loose`` lists the pairs of classes (same type and key, different ranges) that
    share a day, the wider one first; ``members`` says which events are in which class (sorted by
    class, then position).
    """

    exact: pd.DataFrame  # left, right: row positions with the same range
    loose: pd.DataFrame  # wide, narrow: class ids; tie: both ranges are as wide
    members: pd.DataFrame  # cls, pos


def _no_candidates() -> Candidates:
    empty = {c: pd.Series(dtype="int64") for c in ("left", "right")}
    loose = {"wide": pd.Series(dtype="int64"), "narrow": pd.Series(dtype="int64"),
             "tie": pd.Series(dtype=bool)}
    members = {c: pd.Series(dtype="int64") for c in ("cls", "pos")}
    return Candidates(pd.DataFrame(empty), pd.DataFrame(loose), pd.DataFrame(members))


def _codes(values) -> tuple[np.ndarray, int]:
    """Dictionary codes of an Arrow array (nulls -1) and the number of distinct values."""
    encoded = pa.chunked_array([values]) if isinstance(values, pa.Array) else values
    encoded = encoded.combine_chunks().dictionary_encode() if encoded.num_chunks else pa.array(
        [], pa.string()).dictionary_encode()
    codes = encoded.indices.to_numpy(zero_copy_only=False)
    codes = np.where(encoded.indices.is_null().to_numpy(zero_copy_only=False), -1, codes)
    return codes.astype(np.int64), len(encoded.dictionary)


def days_of(dates) -> np.ndarray:
    """Days since 1970 of date strings (an Arrow or pandas column); unreadable ones as NaT."""
    series = dates if isinstance(dates, pd.Series) else pd.Series(dates.to_pandas())
    return pd.to_datetime(series, errors="coerce").to_numpy().astype("datetime64[D]")


def _arrow(column) -> pa.ChunkedArray:
    """A list or string column (pandas or Arrow) as an Arrow chunked array."""
    if isinstance(column, pa.ChunkedArray):
        return column
    return pa.chunked_array([pa.array(column, from_pandas=True)])


def candidate_pairs(events) -> Candidates:
    """The events that may describe the same real event (see Candidates), from ``events``' type,
    date_first, date_last, places and people (a DataFrame or an Arrow table).

    Only classes that share a day are paired, so 4,000 same-person events spread over a month, or
    all on one day, or beside a thousand reports of "in May", need megabytes, not gigabytes. Every
    step works on integer arrays (dictionary codes and days), not on a Python object per key.
    """
    if len(events) == 0:
        return _no_candidates()
    return candidates_of(events, days_of(events["date_first"]), days_of(events["date_last"]))


def candidates_of(events, first: np.ndarray, last: np.ndarray) -> Candidates:
    dated = ~np.isnat(first) & ~np.isnat(last)
    width = np.where(dated, (last - first).astype("int64"), MAX_MATCH_DAYS + 1)
    usable = dated & (width <= MAX_MATCH_DAYS)
    types, _ = _codes(_arrow(events["type"]))
    pos, keys = [], []
    offset = 0
    for column in ("places", "people"):  # a place and a person of the same name are different keys
        lists = _arrow(events[column])
        if lists.num_chunks == 0 or not pa.types.is_list(lists.type):  # all empty
            continue
        lists = lists.combine_chunks()
        parents = pc.list_parent_indices(lists).to_numpy(zero_copy_only=False)
        codes, distinct = _codes(pc.list_flatten(lists))
        keep = codes >= 0
        pos.append(parents[keep].astype(np.int64))
        keys.append(codes[keep] + offset)
        offset += distinct
    pos = np.concatenate(pos) if pos else np.zeros(0, np.int64)
    keys = np.concatenate(keys) if keys else np.zeros(0, np.int64)
    keep = usable[pos] & (types[pos] >= 0)
    pos, keys = pos[keep], keys[keep]
    if len(pos) == 0:
        return _no_candidates()
    start = first[pos].astype("int64")
    end = last[pos].astype("int64")
    kind = types[pos]
    order = np.lexsort((pos, end, start, keys, kind))
    pos, keys, start, end, kind = pos[order], keys[order], start[order], end[order], kind[order]
    new_class = np.ones(len(pos), bool)
    new_class[1:] = ((kind[1:] != kind[:-1]) | (keys[1:] != keys[:-1]) | (start[1:] != start[:-1])
                     | (end[1:] != end[:-1]))
    cls = np.cumsum(new_class) - 1
    chained = ~new_class[1:]
    exact = pd.DataFrame({"left": pos[:-1][chained], "right": pos[1:][chained]}).astype("int64")
    heads = np.flatnonzero(new_class)
    loose = _overlapping_classes(kind[heads], keys[heads], start[heads], end[heads])
    return Candidates(exact, loose, pd.DataFrame({"cls": cls, "pos": pos}))


def _overlapping_classes(kind: np.ndarray, keys: np.ndarray, start: np.ndarray,
                         end: np.ndarray) -> pd.DataFrame:
    """(wide, narrow, tie) for each pair of classes of one type and key whose ranges share a day.

    The classes come sorted by type, key and first day, so the classes a class shares a day with
    and that start no earlier are the ones after it up to the first that starts after its last day:
    a binary search per class, and the pairs are made from those counts without a join."""
    count = len(kind)
    new_key = np.ones(count, bool)
    new_key[1:] = (kind[1:] != kind[:-1]) | (keys[1:] != keys[:-1])
    group = np.cumsum(new_key) - 1
    low = int(start.min())
    span = int(max(end.max(), start.max())) - low + 2
    composite = group * span + (start - low)
    # a class whose last day is before its first shares no day with any other (as before)
    reach = np.where(end >= start, np.searchsorted(composite, group * span + (end - low), side="right"),
                     np.arange(count) + 1)
    after = np.maximum(reach - np.arange(count) - 1, 0)
    left = np.repeat(np.arange(count), after)
    right = left + 1 + (np.arange(len(left)) - np.repeat(np.cumsum(after) - after, after))
    keep = end[right] >= start[right]
    left, right = left[keep], right[keep]
    width = end - start
    wl, wr = width[left], width[right]
    tie = wl == wr
    # each pair once per direction it can go: the wider range is the wide one; of two as wide, both
    wide = np.concatenate([np.where(wl >= wr, left, right), right[tie]])
    narrow = np.concatenate([np.where(wl >= wr, right, left), left[tie]])
    return pd.DataFrame({"wide": wide.astype("int64"), "narrow": narrow.astype("int64"),
                         "tie": np.concatenate([tie, tie[tie]])})


def group_array(n: int, candidates: Candidates) -> np.ndarray:
    """group_ids as an integer array."""
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    left, right = candidates.exact["left"].to_numpy(), candidates.exact["right"].to_numpy()
    for at in range(0, len(left), _CHUNK):  # plain ints a chunk at a time, not a list of them all
        for i, j in zip(left[at : at + _CHUNK].tolist(), right[at : at + _CHUNK].tolist(), strict=True):
            union(i, j)
    loose = candidates.loose
    if not loose.empty:
        cls = candidates.members["cls"].to_numpy()
        pos = candidates.members["pos"].to_numpy()
        heads = np.flatnonzero(np.r_[True, cls[1:] != cls[:-1]])
        first_member = pos[heads]  # members are sorted by class, then position
        sizes = np.diff(np.r_[heads, len(cls)])
        wide, narrow, tie = (loose[c].to_numpy() for c in ("wide", "narrow", "tie"))
        # every member of a wide class, with the first member of each narrower class it meets
        where = np.repeat(heads[wide], sizes[wide]) + (
            np.arange(sizes[wide].sum()) - np.repeat(np.cumsum(sizes[wide]) - sizes[wide], sizes[wide]))
        at, partner = pos[where], np.repeat(first_member[narrow], sizes[wide])
        keep = ~np.repeat(tie, sizes[wide]) | (partner < at)
        at, partner = at[keep], partner[keep]
        order = np.lexsort((partner, at))
        at, partner = at[order], partner[order]
        bounds = np.flatnonzero(np.r_[True, at[1:] != at[:-1], True])
        # a coarser date ("in December") joins the finer reports only when they are one event
        for b in range(len(bounds) - 1):
            wide_at = int(at[bounds[b]])
            partners = partner[bounds[b] : bounds[b + 1]].tolist()
            if len({find(i) for i in partners}) == 1:
                union(wide_at, partners[0])
    return np.fromiter((find(i) for i in range(n)), dtype=np.int64, count=n)


def group_ids(n: int, candidates: Candidates) -> list[int]:
    """Union-find over n items: the smallest member's position labels each group.

    Same-range events are joined first; a wider range then joins only when all its finer partners
    are already one group, so "in December" cannot chain two different December days together. A
    class's members are one group by then, so a partner class counts by its first member. Of two
    different ranges as wide, the later row is the wider one (its partners are the earlier rows).
    """
    return group_array(n, candidates).tolist()


_CHUNK = 20_000  # union pairs made plain ints at a time


def widths_of(first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Each event's date range in days (undated: wider than any), to pick a group's narrowest."""
    width = (last - first).astype("int64").astype(float)
    return np.where(np.isnat(first) | np.isnat(last), 10**6, width)


def merged_chunks(groups: np.ndarray, widths: np.ndarray, rows_at, bounds: list[int]):
    """The merged table in order of its ids: a frame of the groups whose first event is in each range
    ``bounds[i]`` .. ``bounds[i + 1]`` of event positions.

    ``rows_at(positions)`` gives the member columns of those event rows (sorted positions) as a list
    per column: only a range's events are ever Python objects, so memory stays flat."""
    n = len(groups)
    sizes = np.bincount(groups, minlength=n)
    roots = np.flatnonzero(groups == np.arange(n))
    shared = np.flatnonzero(sizes[groups] > 1)
    shared = shared[np.lexsort((shared, groups[shared]))]  # members of multi-event groups, by group
    shared_groups = groups[shared]
    for start, stop in zip(bounds[:-1], bounds[1:], strict=True):
        these = roots[np.searchsorted(roots, start) : np.searchsorted(roots, stop)]
        lo, hi = np.searchsorted(shared_groups, [start, stop])
        members, member_groups = shared[lo:hi], shared_groups[lo:hi]
        needed = np.union1d(these[sizes[these] == 1], members)
        columns = rows_at(needed)
        row_of = {p: i for i, p in enumerate(needed.tolist())}
        by_group: dict[int, list[int]] = {}
        for p, g in zip(members.tolist(), member_groups.tolist(), strict=True):
            by_group.setdefault(g, []).append(p)
        merged: dict[str, list] = {c: [] for c in MERGED_COLUMNS}  # a list per column, not a dict per row
        for group in these.tolist():
            if sizes[group] == 1:  # most events stand alone
                i = row_of[group]
                row = _single_row(f"m{group:06d}", {c: v[i] for c, v in columns.items()})
            else:
                positions = by_group[group]
                records = [{c: v[row_of[p]] for c, v in columns.items()} for p in positions]
                row = _merged_row(f"m{group:06d}", records, [widths[p] for p in positions])
            for column, values in merged.items():
                values.append(row[column])
        yield pd.DataFrame(merged, columns=MERGED_COLUMNS)


def merged_id_strings(groups: np.ndarray) -> list[str]:
    return [f"m{g:06d}" for g in groups.tolist()]


def merge_events(events: pd.DataFrame) -> tuple[pd.Series, pd.DataFrame]:
    """(merged_id for each event row, the merged table). Undated events stay alone."""
    if events.empty:
        return pd.Series([], dtype=object), pd.DataFrame(columns=MERGED_COLUMNS)
    first, last = days_of(events["date_first"]), days_of(events["date_last"])
    groups = group_array(len(events), candidates_of(events, first, last))

    def rows_at(positions: np.ndarray) -> dict[str, list]:
        # plain per-column lists: much cheaper than DataFrame.to_dict("records") on Arrow-backed strings
        return {c: events[c].take(positions).tolist() for c in MEMBER_COLUMNS}

    merged = next(merged_chunks(groups, widths_of(first, last), rows_at, [0, len(events)]))
    return pd.Series(merged_id_strings(groups), index=events.index), merged


# the event columns the merge reads (the evidence is not among them)
MEMBER_COLUMNS = ("event_id", "article_id", "outlet", "title", "type", "status", "date", "date_first",
                   "date_last", "precision", "places", "people")


def _distinct_ranked(values) -> list[str]:
    """_ranked of one list: the list itself when it repeats nothing."""
    if values is None:
        return []
    values = list(values)
    return values if len(set(values)) == len(values) else _ranked([values])


def _single_row(merged_id: str, m: dict) -> dict:
    """_merged_row of a one-member group, without the counting."""
    outlet = m["outlet"]
    return {
        "merged_id": merged_id,
        "title": m["title"],
        "type": m["type"],
        "status": m["status"],
        "date": m["date"],
        "date_first": m["date_first"],
        "date_last": m["date_last"],
        "precision": m["precision"],
        "places": _distinct_ranked(m["places"]),
        "people": _distinct_ranked(m["people"]),
        "event_ids": [m["event_id"]],
        "article_ids": [m["article_id"]],
        "outlets": [outlet] if isinstance(outlet, str) and outlet else [],
        "n_sources": 1,
    }


def _ranked(lists) -> list[str]:
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    for values in lists:
        for value in values if values is not None else []:
            counts[value] += 1
            order.setdefault(value, len(order))
    return sorted(counts, key=lambda v: (-counts[v], order[v]))


def _merged_row(merged_id: str, members: list[dict], widths: list[float]) -> dict:
    """The merged event: the narrowest date reported, the commonest title, all sources."""
    best = members[min(range(len(members)), key=lambda i: widths[i])]
    statuses = Counter(m["status"] for m in members)
    status = "reported" if statuses.get("reported") else statuses.most_common(1)[0][0]
    article_ids = list(dict.fromkeys(m["article_id"] for m in members))
    return {
        "merged_id": merged_id,
        "title": Counter(m["title"] for m in members).most_common(1)[0][0],
        "type": best["type"],
        "status": status,
        "date": best["date"],
        "date_first": best["date_first"],
        "date_last": best["date_last"],
        "precision": best["precision"],
        "places": _ranked(m["places"] for m in members),
        "people": _ranked(m["people"] for m in members),
        "event_ids": [m["event_id"] for m in members],
        "article_ids": article_ids,
        "outlets": [o for o in dict.fromkeys(m["outlet"] for m in members) if isinstance(o, str) and o],
        "n_sources": len(article_ids),
    }
