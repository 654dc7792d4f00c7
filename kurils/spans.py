"""Sorted spans and mentions, looked up by bisection instead of rescans.

A scan that keeps the spans it has taken, and asks of each new match whether it overlaps one of
them, costs the number of spans taken per question when it walks the list: quadratic in one long
paragraph. The spans a scan takes never overlap one another, so kept sorted their ends are sorted
too, and the one span that could overlap a new one is found by bisection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Protocol, TypeVar


class TakenSpans:
    """Pairwise non-overlapping spans [start, end); ``free`` asks whether a span overlaps none."""

    def __init__(self, spans: Sequence[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for a, b in sorted(spans):
            self.add(a, b)

    def free(self, a: int, b: int) -> bool:
        """True when no taken span (s, e) has s < b and a < e (the half-open overlap)."""
        first_ending_after = bisect_right(self._ends, a)
        return first_ending_after == len(self._ends) or self._starts[first_ending_after] >= b

    def add(self, a: int, b: int) -> None:
        """Take (a, b); the caller has made sure it overlaps no taken span."""
        at = bisect_right(self._starts, a)
        while at > 0 and self._starts[at - 1] == a and self._ends[at - 1] > b:
            at -= 1  # equal starts stay ordered by end
        self._starts.insert(at, a)
        self._ends.insert(at, b)


class _Positioned(Protocol):
    start: int


M = TypeVar("M", bound=_Positioned)


def starting_within(mentions: Sequence[M], starts: Sequence[int], a: int, b: int) -> Sequence[M]:
    """The mentions whose start is in [a, b); ``mentions`` sorted by start, ``starts`` their starts."""
    return mentions[bisect_left(starts, a) : bisect_left(starts, b)]

