"""Event TYPE accuracy per real batch, and the rows the type model (bench/type_model.py) learns from.

Usage:
  python -m bench.event_types collect    # parse a-g, write bench/out/type_rows.jsonl (a row per found event)
  python -m bench.event_types report     # per batch: the rules' type %, the model's, leave-one-batch-out

A found event is an annotated event with at least one extracted event on its date (as
``kurils.accuracy`` matches them). Its row keeps every extracted event on that date (its evidence
sentence, the rules' type, status, people and places, the article's language) and the annotated type,
so a type decision can be scored the way the accuracy table scores it: the event is typed right when
some event on its date has the annotated type. The rows are what the parser read: re-collect them after event
reading changes, before ``python -m bench.train_types`` measures the learnt alternative on them.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from kurils.accuracy import best_match, date_matches, real_batches
from kurils.models import Event, Source
from kurils.pipeline import parse_bytes

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "bench" / "out" / "type_rows.jsonl"  # derived from the parser: collected, never committed
BATCHES = ("a", "b", "c", "d", "e", "f", "g")  # never h: held out (g was, in session 16)


def event_row(event: Event) -> dict:
    return {"evidence": " ".join(event.evidence.split()), "rule": event.type, "status": event.status,
            "people": list(event.people), "places": list(event.places), "precision": event.precision}


def found_rows(folder: Path) -> list[dict]:
    """One row per annotated event found on its date in this batch."""
    rows = []
    for item in json.loads((folder / "expected.json").read_text(encoding="utf-8"))["articles"]:
        path = folder / item["file"]
        article = parse_bytes(path.read_bytes(), str(path), source=Source(url=item.get("url")))
        for wanted in item.get("events", []):
            match = best_match(list(article.events), wanted)
            if match is None:
                continue
            on_date = [e for e in article.events if date_matches(e, wanted["date"])]
            rows.append({
                "batch": folder.name, "file": item["file"], "language": article.language or "en",
                "want": wanted["type"], "date": wanted["date"], "what": wanted.get("what", ""),
                "chosen": on_date.index(match),
                "events": [event_row(e) for e in on_date],
            })
    return rows


def collect(path: Path = ROWS) -> None:
    folders = [f for f in real_batches() if f.name in BATCHES]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for folder in folders:
            rows = found_rows(folder)
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(folder.name, len(rows), file=sys.stderr)


def load_rows(path: Path = ROWS) -> list[dict]:
    if not path.exists():
        raise SystemExit(f"{path} is missing: run `python -m bench.event_types collect` first")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def typed_right(row: dict, types: list[str]) -> bool:
    """Right when some event on the date carries the annotated type (``best_match`` prefers it)."""
    return row["want"] in types


def rules_accuracy(rows: list[dict]) -> dict[str, tuple[int, int]]:
    per: dict[str, list[int]] = {}
    for row in rows:
        right = typed_right(row, [e["rule"] for e in row["events"]])
        per.setdefault(row["batch"], [0, 0])
        per[row["batch"]][0] += right
        per[row["batch"]][1] += 1
    return {b: (r, n) for b, (r, n) in per.items()}


def confusion(rows: list[dict]) -> Counter:
    return Counter((row["want"], row["events"][row["chosen"]]["rule"]) for row in rows
                   if not typed_right(row, [e["rule"] for e in row["events"]]))


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "collect":
        collect()
        return
    from bench.train_types import leave_one_batch_out

    rows = load_rows()
    print(leave_one_batch_out(rows))
    print("misses of the rules (wanted, got):")
    for (want, got), n in confusion(rows).most_common(20):
        print(f"  {want:10} <- {got:10} {n}")


if __name__ == "__main__":
    main()
