"""Write ``kurils/data/month_names.csv`` and the CLDR rows of ``kurils/data/date_words.csv``: month and
weekday names per language from Babel's copy of CLDR, so a parse need not load Babel (~150 ms).

The other rows of date_words.csv (yesterday/today/tomorrow, the parts of a month, the words that mark a
month alone, Polish locative months and accusative weekdays, the words joining a range of days) are
written by hand with their Wiktionary sources and are kept as they are. A dev-time tool;
tests/test_other_languages.py checks the files still equal Babel's. Run:
``python tools/write_cldr_dates.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "kurils" / "data"
# every language the coverage may plausibly come in but English and Japanese (read by scans of their own);
# Chinese and Korean write their months as numbers ("1月", "1월"), read by the combined scan or not at all
LOCALES = ("de", "ru", "fr", "es", "it", "pt", "pl", "ar", "lb", "el", "ro", "id", "nl", "tr", "uk")


def month_rows(locale: str) -> list[tuple[str, int, str, str]]:
    """(locale, month, lower-cased name without the abbreviation's dot, source), first seen first."""
    from babel import __version__
    from babel.dates import get_month_names

    seen: set[str] = set()
    out = []
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            call = f"get_month_names('{width}', context='{context}', locale='{locale}')"
            for month, name in get_month_names(width, context=context, locale=locale).items():
                key = name.lower().rstrip(".")
                if key not in seen:
                    seen.add(key)
                    out.append((locale, month, key, f"CLDR via Babel {__version__}: {call}"))
    return out


def weekday_rows(locale: str) -> list[tuple[str, str, int, str, str]]:
    """(locale, 'weekday', Monday=0 .. Sunday=6, lower-cased name, source)."""
    from babel import __version__
    from babel.dates import get_day_names

    seen: set[str] = set()
    out = []
    for context in ("format", "stand-alone"):
        call = f"get_day_names('wide', context='{context}', locale='{locale}')"
        for day, name in get_day_names("wide", context=context, locale=locale).items():
            if name.lower() not in seen:
                seen.add(name.lower())
                out.append((locale, "weekday", day, name.lower(), f"CLDR via Babel {__version__}: {call}"))
    return out


def main() -> None:
    with (DATA / "month_names.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(("locale", "month", "name", "source"))
        for locale in LOCALES:
            writer.writerows(month_rows(locale))
    words = DATA / "date_words.csv"
    with words.open(encoding="utf-8", newline="") as f:
        kept = [row for row in csv.reader(f)][1:]
    kept = [row for row in kept if not row[4].startswith("CLDR via Babel")]
    with words.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(("locale", "kind", "value", "name", "source"))
        for locale in LOCALES:
            if locale != "ru":  # Russian weekdays are read by kurils.temporal's own alternative
                writer.writerows(weekday_rows(locale))
        writer.writerows(kept)


if __name__ == "__main__":
    main()
