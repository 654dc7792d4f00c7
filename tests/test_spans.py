"""The span index (``kurils.spans``) answers exactly what a plain scan of every taken span answers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kurils.spans import TakenSpans, starting_within

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1])))


def plain_free(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    return all(b <= s or a >= e for s, e in taken)


@settings(max_examples=300, deadline=None)
@given(spans)
def test_taken_spans_match_a_plain_scan(candidates):
    """A scan takes a span when it overlaps none taken so far: the index and the list agree on each."""
    index, plain = TakenSpans(), []
    for a, b in candidates:
        expected = plain_free(plain, a, b)
        assert index.free(a, b) == expected, (plain, a, b)
        if expected:
            index.add(a, b)
            plain.append((a, b))


@settings(max_examples=100, deadline=None)
@given(spans, st.integers(0, 80), st.integers(0, 80))
def test_taken_spans_built_from_a_list(candidates, a, b):
    plain: list[tuple[int, int]] = []
    for span in candidates:
        if plain_free(plain, *span):
            plain.append(span)
    assert TakenSpans(plain).free(a, b) == plain_free(plain, a, b)


class _Mention:
    def __init__(self, start: int) -> None:
        self.start = start


@given(st.lists(st.integers(0, 50)), st.integers(0, 60), st.integers(0, 60))
def test_starting_within_is_the_filter(starts, a, b):
    mentions = [_Mention(s) for s in sorted(starts)]
    got = starting_within(mentions, [m.start for m in mentions], a, b)
    assert list(got) == [m for m in mentions if a <= m.start < b]
