"""Words the page says about numbers and cells: plurals, year spans, and missing values.

pandas 3 keeps a text column with gaps as a string column whose gaps are NaN, and ``NaN or
"unknown"`` is NaN (a float is truthy), which the page then printed as "nan". Every value the
reader sees goes through ``present`` first.
"""

from __future__ import annotations

import math


def present(value: object) -> str | None:
    """The value as text, or None when it is missing (None, NaN, NA, NaT or blank)."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return None
    except ImportError:  # pragma: no cover - pandas is a dependency
        pass
    text = str(value).strip()
    return text or None


def noun(n: int, word: str, many: str | None = None) -> str:
    """The word's form for ``n`` things: 'event' for 1, else 'events' (or ``many``)."""
    return word if n == 1 else many or word + "s"


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 event', '2 events', '1,200 articles'."""
    return f"{n:,} {noun(n, word, many)}"


def year_span(first: int, last: int) -> str:
    """'2016' or '2015–2017'."""
    return str(first) if first == last else f"{first}–{last}"
