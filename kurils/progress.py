"""A one-line progress report for long runs: items, items a second, relevant so far.

Drawn on a terminal only (a pipe or a log file gets nothing), at most every PROGRESS_EVERY_S
seconds, and wiped when the run ends so the command's own output stays clean.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from kurils.settings import PROGRESS_EVERY_S


class Progress:
    def __init__(self, stream: TextIO | None = None, label: str = "parsed", clock=time.monotonic) -> None:
        self.stream = sys.stderr if stream is None else stream
        self.enabled = _is_terminal(self.stream)
        self.label = label
        self.clock = clock
        self.started = clock()
        self.drawn_at = float("-inf")
        self.items = self.relevant = 0
        self.width = 0

    def update(self, items: int = 1, relevant: int = 0) -> None:
        self.items += items
        self.relevant += relevant
        now = self.clock()
        if self.enabled and now - self.drawn_at >= PROGRESS_EVERY_S:
            self.drawn_at = now
            self._draw(self.line(now))

    def line(self, now: float | None = None) -> str:
        elapsed = max((self.clock() if now is None else now) - self.started, 1e-9)
        return (f"kurils: {self.label} {self.items:,} items, {self.items / elapsed:,.1f} items/s, "
                f"{self.relevant:,} relevant")

    def message(self, text: str) -> None:
        """A line of its own (a failed item), printed above the progress line."""
        if self.enabled and self.width:
            self._draw("")
            self.stream.write("\r")
            self.drawn_at = float("-inf")
        print(text, file=self.stream)

    def close(self) -> None:
        if self.enabled and self.width:
            self._draw("")
            self.stream.write("\r")
            self.stream.flush()

    def _draw(self, text: str) -> None:
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = len(text)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _is_terminal(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
