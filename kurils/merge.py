"""One real event, one row: events reported by several articles merged into one.

Two event rows are the same real event when they have the same type, their date ranges overlap,
and they share a place or a person. Only narrow dates (a day, a month, up to 31 days) take part
in matching, so a year-precision mention ("in 2016") never chains a year of events together.
Candidate pairs come from a blocked self-join (type, shared key, calendar month), so the cost
grows with the events that could match, not with the square of all events; the pairs are then
joined into groups with union-find.
"""

from __future__ import annotations

from collections import Counter

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


def _no_pairs() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="int64") for c in ("left", "right", "coarse")})


def candidate_pairs(events: pd.DataFrame) -> pd.DataFrame:
    """Pairs (left, right) of row positions that may describe the same real event.

    ``coarse`` is 0 when both dates are the same range, 1 when left's range is the wider one
    (a month containing a day), -1 when right's is.
    """
    if events.empty:
        return _no_pairs()
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
    frame = frame.explode("keys").dropna(subset=["keys"])
    if frame.empty:
        return _no_pairs()
    # a range of <= 31 days touches at most two calendar months: block on each of them
    first_month = frame["first"].dt.to_period("M")
    last_month = frame["last"].dt.to_period("M")
    blocks = pd.concat([frame.assign(month=first_month), frame.assign(month=last_month)])
    blocks = blocks.drop_duplicates(subset=["pos", "keys", "month"])
    blocks["keys"] = blocks["keys"].astype("category")  # joined on codes, not strings
    # one type at a time, each join filtered at once: the widest join (many reports naming the
    # same leader in one month) never stands in memory beside the others
    parts = [_overlapping_pairs(block) for _type, block in blocks.groupby("type", sort=False)]
    pairs = pd.concat(parts, ignore_index=True) if parts else _overlapping_pairs(blocks)
    same = (pairs["first_l"] == pairs["first_r"]) & (pairs["last_l"] == pairs["last_r"])
    wider_left = (pairs["last_l"] - pairs["first_l"]) > (pairs["last_r"] - pairs["first_r"])
    out = pd.DataFrame(
        {
            "left": pairs["pos_l"].to_numpy(),
            "right": pairs["pos_r"].to_numpy(),
            # for pairs of different widths, the wider (coarser) one: it joins only an unambiguous group
            "coarse": (~same).to_numpy() * 1 * (wider_left.to_numpy() * 1 * 2 - 1),
        }
    )
    return out.drop_duplicates(subset=["left", "right"]).reset_index(drop=True)


def _overlapping_pairs(blocks: pd.DataFrame) -> pd.DataFrame:
    """Rows of one block self-joined on key and month, kept when left < right and the dates overlap."""
    pairs = blocks.merge(blocks, on=["type", "keys", "month"], suffixes=("_l", "_r"))
    pairs = pairs[pairs["pos_l"] < pairs["pos_r"]]
    overlap = (pairs["first_l"] <= pairs["last_r"]) & (pairs["first_r"] <= pairs["last_l"])
    return pairs[overlap]


def group_ids(n: int, pairs: pd.DataFrame) -> list[int]:
    """Union-find over n items: the smallest member's position labels each group.

    Same-range pairs are joined first; a wider range then joins only when all its finer partners
    are already one group, so "in December" cannot chain two different December days together.
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

    exact = pairs[pairs["coarse"] == 0]
    for left, right in zip(exact["left"].to_numpy(), exact["right"].to_numpy(), strict=True):
        union(int(left), int(right))
    # a coarser date ("in December") joins the finer reports only when they are one event
    partners: dict[int, set[int]] = {}
    loose = pairs[pairs["coarse"] != 0]
    for left, right, coarse in zip(loose["left"], loose["right"], loose["coarse"], strict=True):
        wide, narrow = (int(left), int(right)) if coarse > 0 else (int(right), int(left))
        partners.setdefault(wide, set()).add(narrow)
    for wide, narrows in partners.items():
        if len({find(i) for i in narrows}) == 1:
            union(wide, next(iter(narrows)))
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
