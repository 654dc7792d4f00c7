"""Precision of the events reported, per real batch and language, and the extra ones by kind.

Usage: python -m bench.event_precision [a b c ...] [--list KIND]

The issue's target is at most one extra event in four reported (precision >= 0.75). An event is
"matched" when the scorer pairs it with an annotated one (``kurils.accuracy.score_article``);
every other reported event is extra. Extras are counted by kind, so that rules can aim at a kind
rather than at an article:

  duplicate   the date of an annotated event, already matched by another reported one (the same
              act read twice, or a second act of one sentence the reader listed once)
  history     dated more than a year before the story's earliest possible day (background: the war,
              1956, a decade-old visit)
  future      dated after the story's last possible day (plans, schedules)
  unlisted    any other date the reader did not list (a date misread, or background of the story's
              own year)

Batch h is never read here (held out); batches are the folder names under tests/data/real.
"""
from __future__ import annotations

import argparse
from collections import Counter
from datetime import date
from pathlib import Path

from bench.languages import annotated_articles
from kurils.accuracy import best_match, date_matches, describe

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "real"
OPEN_BATCHES = ("a", "b", "c", "d", "e", "f", "g")
KINDS = ("duplicate", "history", "future", "unlisted")


def story_span(item: dict) -> tuple[date, date] | None:
    if item.get("published"):
        day = date.fromisoformat(item["published"])
        return day, day
    if item.get("published_range"):
        first, last = item["published_range"]
        return date.fromisoformat(first), date.fromisoformat(last)
    return None


def extra_kind(event, item: dict) -> str:
    if any(date_matches(event, w["date"]) for w in item.get("events", [])):
        return "duplicate"
    span, time = story_span(item), event.time
    if span is None or time is None:
        return "unlisted"
    if time.last < date(span[0].year - 1, span[0].month, 1):
        return "history"
    if time.first > span[1]:
        return "future"
    return "unlisted"


def batch_rows(batch: str):
    """(language, matched, extras as [(kind, line)]) per article of one batch."""
    for item, article, language in annotated_articles(REAL / batch, dates_given=False):
        language = language if language.isalpha() else "en"  # batch a's names carry no language
        events, used = list(article.events), set()
        for wanted in item.get("events", []):
            match = best_match(events, wanted)
            if match is not None:
                used.add(id(match))
        extras = [(extra_kind(e, item), f"{batch}/{item['file']}: {describe(e)}")
                  for e in events if id(e) not in used]
        yield language, len(used), extras


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.event_precision")
    parser.add_argument("batches", nargs="*", default=list(OPEN_BATCHES))
    parser.add_argument("--list", choices=KINDS, help="print every extra event of this kind")
    args = parser.parse_args(argv)
    if "h" in args.batches:
        raise SystemExit("batch h is held out")
    print(f"| batch | reported | matched | extra | precision | {' | '.join(KINDS)} | extra by language |")
    print("|---" * (6 + len(KINDS)) + "|")
    listed, total = [], Counter()
    for batch in args.batches:
        counts, by_language = Counter(), Counter()
        for language, matched, extras in batch_rows(batch):
            counts["matched"] += matched
            counts["extra"] += len(extras)
            for kind, line in extras:
                counts[kind] += 1
                by_language[language] += 1
                if kind == args.list:
                    listed.append(line)
        total.update(counts)
        reported = counts["matched"] + counts["extra"]
        precision = counts["matched"] / reported if reported else 0.0
        languages = " ".join(f"{k} {v}" for k, v in sorted(by_language.items()))
        print(f"| {batch} | {reported} | {counts['matched']} | {counts['extra']} | {precision:.2f} | "
              + " | ".join(str(counts[k]) for k in KINDS) + f" | {languages} |")
    reported = total["matched"] + total["extra"]
    print(f"| all | {reported} | {total['matched']} | {total['extra']} | "
          f"{total['matched'] / reported if reported else 0:.2f} | "
          + " | ".join(str(total[k]) for k in KINDS) + " | |")
    for line in listed:
        print(line)


if __name__ == "__main__":
    main()
