"""Merging stays bounded in memory: thousands of same-type, same-person events in one month pair by
class and day, not as a clique, and give the same groups as every overlapping pair would."""

from __future__ import annotations

import random
import tracemalloc
from itertools import combinations

import pandas as pd
import pytest

from kurils.merge import MAX_MATCH_DAYS, candidate_pairs, group_ids, merge_events


def _events(dates: list[tuple[str, str]], people=("Vladimir Putin",), places=("Moscow",), types=None):
    n = len(dates)
    return pd.DataFrame(
        {
            "event_id": [f"a{i}:0" for i in range(n)],
            "article_id": [f"a{i}" for i in range(n)],
            "outlet": "TASS",
            "title": "Putin visits",
            "type": types or ["visit"] * n,
            "status": "reported",
            "date": [first for first, _ in dates],
            "date_first": [first for first, _ in dates],
            "date_last": [last for _, last in dates],
            "precision": "day",
            "places": [list(places)] * n,
            "people": [list(people)] * n,
        }
    )


def _day(i: int) -> str:
    return f"2016-05-{1 + i % 31:02d}"


@pytest.mark.parametrize(
    "shape, dates, groups",
    [
        ("one day each, spread over a month", [(_day(i), _day(i)) for i in range(4000)], 31),
        ("all on one day", [("2016-05-07", "2016-05-07")] * 4000, 1),
        ("days and the whole month", [(_day(i), _day(i)) for i in range(3000)]
         + [("2016-05-01", "2016-05-31")] * 1000, 31 + 1),
    ],
)
def test_4000_same_person_events_in_a_month_merge_in_megabytes(shape, dates, groups):
    events = _events(dates)
    tracemalloc.start()
    try:
        _ids, merged = merge_events(events)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(merged) == groups, shape
    assert peak < 64 * 2**20, f"{shape}: {peak / 2**20:.0f} MB (a clique of 4,000 took ~2.9 GB)"


def _clique_groups(events: pd.DataFrame) -> list[int]:
    """The reference: every overlapping pair of same-type events sharing a key, joined as the merge
    defines it (same ranges first; a wider one when all its narrower partners are one group)."""
    first = pd.to_datetime(events["date_first"]).tolist()
    last = pd.to_datetime(events["date_last"]).tolist()
    places, people = events["places"].tolist(), events["people"].tolist()
    keys = [{f"L:{p}" for p in places[i]} | {f"P:{p}" for p in people[i]} for i in range(len(events))]
    types = events["type"].tolist()
    parent = list(range(len(events)))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    def union(i, j):
        a, b = find(i), find(j)
        parent[max(a, b)] = min(a, b)

    partners: dict[int, set[int]] = {}
    for i, j in combinations(range(len(events)), 2):
        narrow = all((last[k] - first[k]).days <= MAX_MATCH_DAYS for k in (i, j))
        overlap = first[i] <= last[j] and first[j] <= last[i]
        if not (narrow and overlap and types[i] == types[j] and keys[i] & keys[j]):
            continue
        if first[i] == first[j] and last[i] == last[j]:
            union(i, j)
        elif (last[i] - first[i]) > (last[j] - first[j]):
            partners.setdefault(i, set()).add(j)
        else:
            partners.setdefault(j, set()).add(i)
    for wide in sorted(partners):
        if len({find(i) for i in partners[wide]}) == 1:
            union(wide, next(iter(partners[wide])))
    return [find(i) for i in range(len(events))]


@pytest.mark.parametrize("seed", range(6))
def test_the_bounded_pairs_give_the_groups_of_the_clique(seed):
    rng = random.Random(seed)
    dates, people, types = [], [], []
    for _ in range(120):
        start = rng.randrange(1, 28)
        width = rng.choice([0, 0, 0, 1, 2, 6, 30, 40])
        first = pd.Timestamp(2016, 5, start)
        dates.append((first.date().isoformat(), (first + pd.Timedelta(days=width)).date().isoformat()))
        people.append([rng.choice(["Vladimir Putin", "Shinzo Abe", "Sergei Lavrov"])])
        types.append(rng.choice(["visit", "talks"]))
    events = _events(dates, types=types)
    events["people"] = people
    assert group_ids(len(events), candidate_pairs(events)) == _clique_groups(events)
