"""Where the annotated act of a wrongly typed event sits, per real batch (issue 13, session 17).

Usage:
  python -m bench.type_misses [--batches a,b,...] [--list]

An annotated event is found when some extracted event has its date (``kurils.accuracy.best_match``)
and typed wrong when none of those has its type. For each such event this asks where an event word of
the annotated type is (``kurils.events.find_triggers``, a negated one left out):
  - ``same sentence``: in the sentence of an event on the date (another clause gives the act the
    reader counts: "protested the visit", "said after meeting", "signed during the visit");
  - ``neighbour``: in the sentence before or after it;
  - ``absent``: in neither (the act is named by a word the tables lack, or only implied).
``shared`` counts those whose date has another annotated event of the type the parser gave (the reader
lists both acts; the parser read one). Each miss is also put in a kind, from the chosen type and the
annotated one: a statement given for the act it is about (or the reverse), a meeting/visit pair, ...
Never run on a held-out batch.
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from kurils.accuracy import best_match, date_matches, real_batches
from kurils.events import find_triggers
from kurils.models import Source
from kurils.pipeline import parse_bytes
from kurils.sentences import Sentence, split_sentences

OPEN_BATCHES = ("a", "b", "c", "d", "e", "f", "g")  # never h: held out


def sentence_at(article, span: tuple[int, int]) -> tuple[Sentence | None, Sentence | None, Sentence | None]:
    """The sentence holding span's start, with the one before and after it in the same paragraph."""
    text = article.text
    for p in article.paragraphs:
        if p.start <= span[0] < p.end:
            sentences = split_sentences(text, p.start, p.end)
            for i, s in enumerate(sentences):
                if s.start <= span[0] < s.end or s.start >= span[0]:
                    before = sentences[i - 1] if i else None
                    after = sentences[i + 1] if i + 1 < len(sentences) else None
                    return before, s, after
    return None, None, None


def has_kind(text: str, sentence: Sentence | None, kind: str) -> bool:
    if sentence is None:
        return False
    return any(t.type == kind and t.priority > -50 for t in find_triggers(text, sentence))


def kind_of_miss(want: str, got: str) -> str:
    if got == "statement":
        return "statement for the act"
    if want == "statement":
        return "act for the statement"
    if {want, got} == {"meeting", "visit"}:
        return "meeting/visit"
    if got == "other":
        return "other for an act"
    if want == "other":
        return "an act for other"
    return f"{got} for {want}"


def misses(folder: Path) -> list[dict]:
    rows = []
    for item in json.loads((folder / "expected.json").read_text(encoding="utf-8"))["articles"]:
        path = folder / item["file"]
        article = parse_bytes(path.read_bytes(), str(path), source=Source(url=item.get("url")))
        annotated = item.get("events", [])
        for wanted in annotated:
            match = best_match(list(article.events), wanted)
            if match is None or match.type == wanted["type"]:
                continue
            # the act the parser read on that date is another annotated event: the reader lists both
            shared = any(o is not wanted and o["date"] == wanted["date"] and o["type"] == match.type
                         for o in annotated)
            on_date = [e for e in article.events if date_matches(e, wanted["date"])]
            where = "absent"
            for event in on_date:
                before, here, after = sentence_at(article, event.span)
                if has_kind(article.text, here, wanted["type"]):
                    where = "same sentence"
                    break
                if any(has_kind(article.text, s, wanted["type"]) for s in (before, after)):
                    where = "neighbour"
            rows.append({
                "batch": folder.name, "file": item["file"], "language": article.language or "en",
                "want": wanted["type"], "got": match.type, "where": where,
                "kind": kind_of_miss(wanted["type"], match.type), "status": match.status, "shared": shared,
                "what": wanted.get("what", ""), "evidence": " ".join(match.evidence.split())[:220],
            })
    return rows


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    batches = OPEN_BATCHES
    if "--batches" in argv:
        batches = tuple(argv[argv.index("--batches") + 1].split(","))
    rows = []
    for folder in real_batches():
        if folder.name in batches:
            rows += misses(folder)
    table: dict[str, Counter] = defaultdict(Counter)
    kinds: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        table[row["batch"]][row["where"]] += 1
        table[row["batch"]]["shared"] += row["shared"]
        kinds[row["batch"]][row["kind"]] += 1
    wheres = ("same sentence", "neighbour", "absent", "shared")
    print("| batch | " + " | ".join(wheres) + " | all |")
    print("|---|" + "---|" * (len(wheres) + 1))
    for b in sorted(table):
        counts = " | ".join(str(table[b][w]) for w in wheres)
        print(f"| {b} | {counts} | {sum(1 for r in rows if r['batch'] == b)} |")
    totals = " | ".join(str(sum(t[w] for t in table.values())) for w in wheres)
    print(f"| all | {totals} | {len(rows)} |")
    every = Counter(row["kind"] for row in rows)
    print("\nkinds (all batches):", ", ".join(f"{k} {n}" for k, n in every.most_common()))
    for b in sorted(kinds):
        print(f"  {b}:", ", ".join(f"{k} {n}" for k, n in kinds[b].most_common()))
    if "--list" in argv:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
