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

import pandas as pd

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


@dataclass(frozen=True)
class Candidates:
    """What may be the same real event, in memory that grows with the distinct date ranges.

    Events with the same type, key (a place or a person) and date range form a class. ``exact``
    chains each class's members (n - 1 pairs give union-find the group the n(n - 1)/2 pairs of the
    clique would); ``loose`` lists the pairs of classes (same type and key, different ranges) that
    share a day, the wider one first; ``members`` says which events are in which class.
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


def candidate_pairs(events: pd.DataFrame) -> Candidates:
    """The events that may describe the same real event (see Candidates).

    Only classes that share a day are joined, so 4,000 same-person events spread over a month, or
    all on one day, or beside a thousand reports of "in May", need megabytes, not gigabytes.
    """
    if events.empty:
        return _no_candidates()
    frame = pd.DataFrame(
        {
            "pos": range(len(events)),
            "type": events["type"].to_numpy(),
            "first": pd.to_datetime(events["date_first"], errors="coerce").to_numpy(),
            "last": pd.to_datetime(events["date_last"], errors="coerce").to_numpy(),
            "keys": [
                [f"L:{p}" for p in (places or [])] + [f"P:{p}" for p in (people or [])]
                for places, people in zip(events["places"], events["people"], strict=True)
            ],
        }
    )
    width = (frame["last"] - frame["first"]).dt.days
    frame = frame[frame["first"].notna() & frame["last"].notna() & (width <= MAX_MATCH_DAYS)]
    frame = frame.explode("keys").dropna(subset=["keys"]).reset_index(drop=True)
    if frame.empty:
        return _no_candidates()
    frame["keys"] = frame["keys"].astype("category")  # joined on codes, not strings
    frame["cls"] = frame.groupby(["type", "keys", "first", "last"], observed=True, sort=False).ngroup()
    frame = frame.sort_values(["cls", "pos"], kind="stable")
    cls = frame["cls"].to_numpy()
    pos = frame["pos"].to_numpy()
    chained = cls[1:] == cls[:-1]
    exact = pd.DataFrame({"left": pos[:-1][chained], "right": pos[1:][chained]}).astype("int64")
    return Candidates(exact, _overlapping_classes(frame), frame[["cls", "pos"]].reset_index(drop=True))


def _overlapping_classes(frame: pd.DataFrame) -> pd.DataFrame:
    """(wide, narrow, tie) for each pair of classes of one type and key whose ranges share a day."""
    classes = frame.drop_duplicates("cls")[["cls", "type", "keys", "first", "last"]].reset_index(drop=True)
    spans = ((classes["last"] - classes["first"]).dt.days + 1).to_numpy()
    days = classes.loc[classes.index.repeat(spans)].reset_index(drop=True)
    days["day"] = days["first"] + pd.to_timedelta(days.groupby("cls").cumcount(), unit="D")
    days["width"] = days["last"] - days["first"]
    joined = days[["cls", "type", "keys", "day", "width"]].merge(
        days[["cls", "type", "keys", "day", "width"]], on=["type", "keys", "day"], suffixes=("_w", "_n")
    )
    # each pair once per direction it can go: the wider range is the wide one; of two as wide, both
    keep = (joined["cls_w"] != joined["cls_n"]) & (joined["width_w"] >= joined["width_n"])
    pairs = joined.loc[keep, ["cls_w", "cls_n", "width_w", "width_n"]].drop_duplicates(["cls_w", "cls_n"])
    return pd.DataFrame(
        {
            "wide": pairs["cls_w"].to_numpy(),
            "narrow": pairs["cls_n"].to_numpy(),
            "tie": (pairs["width_w"] == pairs["width_n"]).to_numpy(),
        }
    )


def group_ids(n: int, candidates: Candidates) -> list[int]:
    """Union-find over n items: the smallest member's position labels each group.

    Same-range events are joined first; a wider range then joins only when all its finer partners
    are already one group, so "in December" cannot chain two different December days together. A
    class's members are one group by then, so a partner class counts by its first member. Of two
    different ranges as wide, the later row is the wider one (its partners are the earlier rows).
    """
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

    exact = candidates.exact
    for left, right in zip(exact["left"].tolist(), exact["right"].tolist(), strict=True):
        union(left, right)
    loose = candidates.loose
    if loose.empty:
        return [find(i) for i in range(n)]
    first_member = candidates.members.groupby("cls")["pos"].min().to_dict()
    narrower: dict[int, list[tuple[int, bool]]] = {}
    for wide, narrow, tie in zip(loose["wide"].tolist(), loose["narrow"].tolist(), loose["tie"].tolist(),
                                 strict=True):
        narrower.setdefault(wide, []).append((narrow, tie))
    classes_of: dict[int, list[int]] = {}
    for cls, pos in zip(candidates.members["cls"].tolist(), candidates.members["pos"].tolist(), strict=True):
        if cls in narrower:
            classes_of.setdefault(pos, []).append(cls)
    # a coarser date ("in December") joins the finer reports only when they are one event
    for wide in sorted(classes_of):
        partners = [
            first_member[narrow]
            for cls in classes_of[wide]
            for narrow, tie in narrower[cls]
            if not tie or first_member[narrow] < wide
        ]
        if partners and len({find(i) for i in partners}) == 1:
            union(wide, partners[0])
    return [find(i) for i in range(n)]


def merge_events(events: pd.DataFrame) -> tuple[pd.Series, pd.DataFrame]:
    """(merged_id for each event row, the merged table). Undated events stay alone."""
    if events.empty:
        return pd.Series([], dtype=object), pd.DataFrame(columns=MERGED_COLUMNS)
    groups = group_ids(len(events), candidate_pairs(events))
    merged_ids = [f"m{g:06d}" for g in groups]
    first = pd.to_datetime(events["date_first"], errors="coerce")
    last = pd.to_datetime(events["date_last"], errors="coerce")
    widths = (last - first).dt.days.fillna(10**6).to_numpy().tolist()
    # plain per-column lists: much cheaper than DataFrame.to_dict("records") on Arrow-backed strings
    columns = {c: events[c].tolist() for c in MEMBER_COLUMNS}
    members: dict[int, list[int]] = {}
    for position, group in enumerate(groups):
        members.setdefault(group, []).append(position)
    merged: dict[str, list] = {c: [] for c in MERGED_COLUMNS}  # a list per column, not a dict per row
    for group, positions in sorted(members.items()):
        if len(positions) == 1:  # most events stand alone
            row = _single_row(f"m{group:06d}", {c: v[positions[0]] for c, v in columns.items()})
        else:
            records = [{c: v[i] for c, v in columns.items()} for i in positions]
            row = _merged_row(f"m{group:06d}", records, [widths[i] for i in positions])
        for column, values in merged.items():
            values.append(row[column])
    del columns
    return pd.Series(merged_ids, index=events.index), pd.DataFrame(merged, columns=MERGED_COLUMNS)


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
