"""The hidden set's figures, measured on the real set given as the hidden set is given.

Usage: python -m bench.hidden_proxy [--batches a b] [--misses] [--keep DIR]

Issue 12 is judged on real articles handed over as ONE JSON Lines batch of ``id``, ``url`` and raw
``text`` (no title, no date). This writes the annotated real batches (every ``tests/data/real/<batch>``
with an expected.json, or those ``--batches`` names: leave out a batch whose first run is not yet
recorded) as such a file, runs it through the user's path (``python -m kurils extract FILE --format
jsonl``, in a child process), and scores the records against the annotations:

* outlet and headline: share of articles exactly right (headline compared with spaces collapsed);
* printed dates exact: of the articles whose text prints their publication day, the share dated to
  that day. "Prints" is read off the annotation: the day is known (not inferred from events) and the
  annotation's evidence quotes a fragment with a digit ("date line 'December 15, 2016'",
  "text '26 июля 2021'") that stands in the article's text, not on a photo caption;
* a date within a month: the record's date (a day, or its whole range) lies within 31 days of the
  true day or range;
* no contradicting date: the record gives no date, or its range meets the true day or range;
* the same batch without URLs (id and text only): no contradicting date (issue 13's bare-text target).

The articles' ids in the batch are ``<batch>/<file>``; ``--misses`` lists each miss with what was
found and what was wanted.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "real"
DEFAULT_BATCHES = tuple(sorted(p.parent.name for p in REAL.glob("*/expected.json")))
MONTH = timedelta(days=31)
# a quoted fragment with a digit ('Updated: 21-03-2022'; an apostrophe inside a word is no quote), or an
# unquoted dateline ("dateline April 13"), and the word before it ("caption")
_QUOTED = re.compile(r"(\w*)\s*(?:(?<!\w)'([^']*\d[^']*)'(?!\w)|(?<=dateline )([A-Z]\w+ \d{1,2}\b))")


@dataclass(frozen=True)
class Truth:
    """One annotated article as the scorer needs it."""

    id: str
    url: str | None
    text: str
    outlet: str | None
    headline: str
    day: date | None
    range: tuple[date, date] | None
    printed: bool


def load_truths(batches) -> list[Truth]:
    truths = []
    for batch in batches:
        folder = REAL / batch
        for item in json.loads((folder / "expected.json").read_text(encoding="utf-8"))["articles"]:
            text = (folder / item["file"]).read_bytes().decode("utf-8")
            day = date.fromisoformat(item["published"]) if item.get("published") else None
            span = item.get("published_range")
            rng = (date.fromisoformat(span[0]), date.fromisoformat(span[1])) if span else (
                (day, day) if day else None)
            truths.append(Truth(f"{batch}/{item['file']}", item.get("url"), text, item.get("outlet"),
                                item.get("headline", ""), day, rng, prints_its_date(item, text)))
    return truths


def prints_its_date(item: dict, text: str) -> bool:
    """Whether the annotation reads the publication day off the article's text (see the docstring)."""
    if not item.get("published") or item.get("published_inferred"):
        return False
    evidence = item.get("published_source") or item.get("published_evidence") or ""
    flat = " ".join(text.split())
    for before, quoted, dateline in _QUOTED.findall(evidence):
        fragment = quoted or dateline
        if before.lower() == "caption" or fragment.lower().startswith(("on ", "said ")):
            continue
        if " ".join(fragment.split()) in flat:
            return True
    return False


def write_batch(truths: list[Truth], path: Path, with_urls: bool) -> None:
    with path.open("w", encoding="utf-8") as out:
        for truth in truths:
            record = {"id": truth.id, "url": truth.url, "text": truth.text} if with_urls else {
                "id": truth.id, "text": truth.text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def extract(path: Path) -> dict[str, dict]:
    """The records of ``python -m kurils extract PATH --format jsonl``, by the item's id."""
    done = subprocess.run([sys.executable, "-m", "kurils", "extract", str(path), "--format", "jsonl"],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    records = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return {r["source_id"]: r for r in records}


def found_range(record: dict) -> tuple[date, date] | None:
    span = record.get("published_range")
    return (date.fromisoformat(span[0]), date.fromisoformat(span[1])) if span else None


def within_month(found, truth: Truth) -> bool:
    return bool(found and truth.range and truth.range[0] - MONTH <= found[0]
                and found[1] <= truth.range[1] + MONTH)


def contradicts(found, truth: Truth) -> bool:
    return bool(found and truth.range and (found[1] < truth.range[0] or found[0] > truth.range[1]))


def same_letters(a: str | None, b: str | None) -> bool:
    """Two names with the same letters and digits in the same order, case, spaces and hyphens aside
    ("Herald Net" and "HeraldNet"). Not counted right: the outlet's name is its own spelling ("JO Info"
    reads as an abbreviation and a word, "Visa for US" as a phrase); shown beside the misses to tell a
    misspelt name from a wrong outlet."""
    def letters(name):
        return re.sub(r"[\s\-_]+", "", (name or "").casefold())
    return bool(a and b) and letters(a) == letters(b)


def _same(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").split()) == " ".join((b or "").split())


def score(truths: list[Truth], records: dict[str, dict], bare: dict[str, dict]) -> tuple[list, list]:
    """The figures as (name, right, total) rows, and the misses as (figure, id, found, wanted)."""
    counts = {name: [0, 0] for name in ("outlet", "headline", "printed dates exact", "date within a month",
                                         "no contradicting date", "bare text: no contradicting date")}
    misses = []

    def add(name, ok, truth, got, wanted):
        counts[name][0] += ok
        counts[name][1] += 1
        if not ok:
            misses.append((name, truth.id, got, wanted))

    for truth in truths:
        record = records.get(truth.id, {})
        found = found_range(record)
        shown = f"{record.get('published_range')} ({record.get('published_evidence')})"
        wanted = f"{truth.day or truth.range}"
        add("outlet", record.get("outlet") == truth.outlet, truth, record.get("outlet"), truth.outlet)
        add("headline", _same(record.get("headline"), truth.headline), truth, record.get("headline"),
            truth.headline)
        if truth.printed:
            add("printed dates exact", record.get("published") == truth.day.isoformat(), truth, shown, wanted)
        add("date within a month", within_month(found, truth), truth, shown, wanted)
        add("no contradicting date", not contradicts(found, truth), truth, shown, wanted)
        plain = bare.get(truth.id, {})
        add("bare text: no contradicting date", not contradicts(found_range(plain), truth), truth,
            f"{plain.get('published_range')} ({plain.get('published_evidence')})", wanted)
    return [(name, right, total) for name, (right, total) in counts.items()], misses


def measure(batches=DEFAULT_BATCHES, keep: Path | None = None):
    truths = load_truths(batches)
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        with_urls, bare = folder / "hidden_proxy.jsonl", folder / "hidden_proxy_bare.jsonl"
        write_batch(truths, with_urls, with_urls=True)
        write_batch(truths, bare, with_urls=False)
        return score(truths, extract(with_urls), extract(bare))


TARGETS = {"outlet": 0.90, "headline": 0.95, "printed dates exact": 0.95, "date within a month": 0.70,
           "no contradicting date": 0.95, "bare text: no contradicting date": 0.95}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", nargs="+", default=list(DEFAULT_BATCHES))
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--keep", type=Path, help="write the JSON Lines batches into this folder")
    args = parser.parse_args(argv)
    figures, misses = measure(args.batches, args.keep)
    print("| figure | score | articles | target |\n|---|---|---|---|")
    for name, right, total in figures:
        print(f"| {name} | {100 * right / total if total else 0:.0f}% | {right}/{total} | "
              f"{TARGETS[name]:.0%} |")
    spelt = sum(1 for name, _, got, wanted in misses if name == "outlet" and same_letters(got, wanted))
    print(f"\noutlet misses that differ only in case, spaces or hyphens (counted as misses): {spelt}")
    if args.misses:
        for name, ident, got, wanted in misses:
            note = " (case or spacing only)" if name == "outlet" and same_letters(got, wanted) else ""
            print(f"\n{name}: {ident}\n  found:  {got}{note}\n  wanted: {wanted}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
