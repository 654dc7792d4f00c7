"""Reference tables shipped in ``kurils/data/``: office-holders, outlets, places, the chronology.

The tables are data, not code: adding an outlet, an official or an alias is a row in a CSV file,
and every row names its source. Each file is read once per process (a few hundred rows: well
under a millisecond each), the modules that use it build their indexes from these rows.
Lists inside a cell are written ``a|b|c``; an empty cell is an empty list or no value.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
LIST_SEPARATOR = "|"


@functools.cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``kurils/data/<name>`` as dicts keyed by its header (values stripped)."""
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return tuple(
            {key: (value or "").strip() for key, value in row.items()}
            for row in csv.DictReader(handle)
        )


def cell_list(value: str) -> tuple[str, ...]:
    """A ``a|b|c`` cell as a tuple; an empty cell is ()."""
    return tuple(part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()) if value else ()


def cell_float(value: str) -> float | None:
    return float(value) if value else None


def cell_bool(value: str) -> bool:
    """'yes' or 'no' (anything else is refused: a typo must not silently mean no)."""
    if value not in ("yes", "no"):
        raise ValueError(f"expected yes or no, got {value!r}")
    return value == "yes"
