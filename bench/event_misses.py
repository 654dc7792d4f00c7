"""Each expected event of a real-set batch sorted by the kind of miss, in any language.

Usage: python -m bench.event_misses [tests/data/real/b] [--dates-given] [--lang ru] [--kind KIND]

Kinds, in the order the scorer checks them:
  no-date     no extracted event on the expected date (the "found" miss)
  type        found on its date, but with another type ("type" miss)
  actors      right date and type, but no shared place or person ("right" miss)
  right       date, type and a place or person all right
and ``extra``: extracted events that match no expected one. Each line shows the article's language
(the last part of its file name), the expected event and what the parser gave on that date or, for a
date miss, the article's events nearest in date, so that misses can be counted by kind before
writing rules. ``--dates-given`` sets each publication date from the annotation first (as
``bench.languages`` does), which separates event reading from publication-date finding.
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from bench.languages import annotated_articles
from kurils.accuracy import best_match, date_matches, event_right, expected_range
from kurils.models import Event

ROOT = Path(__file__).resolve().parent.parent


def miss_kind(match: Event | None, wanted: dict) -> str:
    if match is None:
        return "no-date"
    if match.type != wanted["type"]:
        return "type"
    return "right" if event_right(match, wanted) else "actors"


def describe(event: Event) -> str:
    return (f"{event.date} {event.type} places={list(event.places)} people={list(event.people)} "
            f"<<{' '.join(event.evidence.split())[:160]}>>")


def nearest(events: list[Event], wanted: dict, count: int = 2) -> list[Event]:
    first, _ = expected_range(wanted["date"])
    dated = [e for e in events if e.time is not None]
    return sorted(dated, key=lambda e: abs((e.time.first - first).days))[:count]


def diagnose(folder: Path, dates_given: bool) -> list[tuple[str, str, str, str]]:
    """(kind, language, file, text) for every expected event and every extra one."""
    lines = []
    for item, article, language in annotated_articles(folder, dates_given):
        events, used = list(article.events), set()
        for wanted in item.get("events", []):
            match = best_match(events, wanted)
            if match is None and not wanted.get("required", True):
                continue
            if match is not None:
                used.add(id(match))
            kind = miss_kind(match, wanted)
            text = (f"want {wanted['date']} {wanted['type']} places={wanted.get('places', [])} "
                    f"people={wanted.get('people', [])} ({wanted.get('what', '')})")
            shown = [match] if match is not None else nearest(events, wanted)
            text += "".join(f"\n      got {describe(e)}" for e in shown)
            lines.append((kind, language, item["file"], text))
        for event in events:
            wanted_dates = [w["date"] for w in item.get("events", [])]
            if id(event) not in used and not any(date_matches(event, d) for d in wanted_dates):
                lines.append(("extra", language, item["file"], describe(event)))
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.event_misses")
    parser.add_argument("folder", nargs="?", default=str(ROOT / "tests" / "data" / "real" / "b"))
    parser.add_argument("--dates-given", action="store_true")
    parser.add_argument("--lang")
    parser.add_argument("--kind")
    args = parser.parse_args(argv)
    lines = [line for line in diagnose(Path(args.folder), args.dates_given)
             if (args.lang is None or line[1] == args.lang) and (args.kind is None or line[0] == args.kind)]
    counts = Counter((kind, language) for kind, language, _, _ in lines)
    for kind in ("no-date", "type", "actors", "right", "extra"):
        per = {lang: n for (k, lang), n in counts.items() if k == kind}
        if per:
            print(f"{kind:8} {sum(per.values()):3}  " + "  ".join(f"{k} {v}" for k, v in sorted(per.items())))
    for kind, language, name, text in sorted(lines, key=lambda x: (x[0], x[1], x[2])):
        if kind != "right":
            print(f"[{kind}] {language} {name}: {text}")


if __name__ == "__main__":
    main()
