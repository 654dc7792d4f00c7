"""The corpus's name counts and name -> rows index (numpy over flat arrays) and its search text,
made on the first search: the same as counting and indexing each list in Python."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from kurils.views import select
from kurils.views.data import _names, list_index, search_text
from kurils.views.state import ViewState

LISTS = [
    [],
    [["a"], ["b", "a"], [], None, ["c", "a", "a"]],
    [("x",), np.array(["y", "x"], dtype=object), "not a list", ["", None, "x"]],
    [["ü", "u"], ["U"], ["u"]],
]


def _index_reference(lists) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = {}
    for row, names in enumerate(lists):
        for name in names if isinstance(names, (list, tuple, np.ndarray)) else ():
            if isinstance(name, str):
                rows.setdefault(name, []).append(row)
    return rows


@pytest.mark.parametrize("lists", LISTS, ids=repr)
def test_list_index_gives_each_names_rows_in_order(lists):
    index = list_index(lists)
    expected = _index_reference(lists)
    assert list(index) == list(expected)  # names in order of first appearance
    assert {name: rows.tolist() for name, rows in index.items()} == expected


@pytest.mark.parametrize("lists", LISTS, ids=repr)
def test_names_are_counted_most_frequent_first_then_by_name(lists):
    seen = Counter(name for names in lists if isinstance(names, (list, tuple, np.ndarray))
                   for name in names if isinstance(name, str) and name)
    assert _names(lists) == tuple(sorted(seen, key=lambda n: (-seen[n], n)))


def test_the_search_text_is_made_on_the_first_search_only(seeds):
    corpus = type(seeds)(seeds.articles, seeds.events, seeds.merged, seeds.choices, lists=seeds.lists,
                         columns=seeds.columns)  # a fresh memo
    select.shown_rows(corpus, ViewState(outlets=("TASS",)))
    assert len(corpus.memo) == 0
    found = select.shown_rows(corpus, ViewState(query="kunashir"))
    assert len(corpus.memo) == 1
    text = search_text(corpus)
    assert len(found) and all("kunashir" in text.iloc[row] for row in found)
