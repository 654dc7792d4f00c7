"""What the views derive from a corpus, remembered per corpus and per the part of the view it depends on.

Streamlit runs the whole page again on every interaction. With 10,000 articles, filtering, the
timeline figure and the map take seconds, and a rerun that changes nothing (or only the selection)
should not redo them. Each kind of result keeps its last few values, keyed by exactly the inputs it
reads, so a filter change recomputes only what that filter changes. Values are shared between
sessions: treat them as read-only.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")


class Memo:
    """A small LRU table per kind of result (thread-safe: sessions run in threads)."""

    def __init__(self, per_kind: int = 12) -> None:
        self.per_kind = per_kind
        self._tables: dict[str, OrderedDict] = {}
        self._lock = threading.Lock()

    def get(self, kind: str, key: Hashable, compute: Callable[[], T]) -> T:
        with self._lock:
            table = self._tables.setdefault(kind, OrderedDict())
            if key in table:
                table.move_to_end(key)
                return table[key]
        value = compute()  # outside the lock: another session may compute the same value meanwhile
        with self._lock:
            table[key] = value
            while len(table) > self.per_kind:
                table.popitem(last=False)
        return value

    def __len__(self) -> int:
        return sum(len(t) for t in self._tables.values())
