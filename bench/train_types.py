"""Train the event-type model (bench/type_model.py) on the real batches' found events.

Usage: python -m bench.train_types [--sweep]   # leave-one-batch-out table (--sweep: over C and threshold)

The rows are ``bench/out/type_rows.jsonl`` (``python -m bench.event_types collect``): each found event's
evidence sentence, the rules' type and the annotated type. Leave one batch out: train on five, score
the sixth the way the accuracy table does (typed right when some event on the date has the annotated
type), beside the rules on the same events. scikit-learn is a dev dependency; the weights are plain
lists, scored in pure Python (bench/type_model.py), as a parser could ship them.
"""
from __future__ import annotations

import functools
import sys
from collections import Counter

from bench.event_types import BATCHES, load_rows, typed_right
from bench.type_model import decide, features

C = 0.3  # inverse regularisation (--sweep: 0.05-1.0 measure within a point of each other)
THRESHOLD = 0.5  # the model overrides the rules only at this probability or over
MIN_COUNT = 2  # a cue seen fewer times in training gets no weight


def event_cues(row: dict, event: dict) -> list[str]:
    return _cues(event["evidence"], event["rule"], row["language"], event["status"],
                 len(event["people"]), len(event["places"]))


@functools.cache
def _cues(*key) -> list[str]:
    return features(*key)  # (each sentence is scanned once across the six trainings)


def train(rows: list[dict], c: float = C, threshold: float = THRESHOLD) -> dict:
    """The weights table of a multinomial logistic regression on the chosen event of each row."""
    from sklearn.linear_model import LogisticRegression

    samples = [event_cues(row, row["events"][row["chosen"]]) for row in rows]
    counts = Counter(cue for cues in samples for cue in cues)
    vocabulary = sorted(cue for cue, n in counts.items() if n >= MIN_COUNT)
    index = {cue: i for i, cue in enumerate(vocabulary)}
    from scipy.sparse import lil_matrix

    matrix = lil_matrix((len(samples), len(vocabulary)))
    for i, cues in enumerate(samples):
        for cue in cues:
            if cue in index:
                matrix[i, index[cue]] = 1.0
    labels = [row["want"] for row in rows]
    model = LogisticRegression(C=c, max_iter=5000, random_state=0)
    model.fit(matrix.tocsr(), labels)
    classes = [str(k) for k in model.classes_]
    weights = {cue: [round(float(model.coef_[k, i]), 4) for k in range(len(classes))]
               for cue, i in index.items()}
    weights = {cue: row for cue, row in weights.items() if any(abs(w) >= 0.001 for w in row)}
    return {"classes": classes, "intercept": [round(float(b), 4) for b in model.intercept_],
            "threshold": threshold, "c": c, "min_count": MIN_COUNT, "rows": len(rows), "weights": weights}


def model_right(row: dict, model: dict) -> bool:
    types = [decide(e["rule"], event_cues(row, e), model) for e in row["events"]]
    return typed_right(row, types)


def leave_one_batch_out(rows: list[dict], c: float = C, threshold: float = THRESHOLD) -> str:
    lines = ["| held out | found | rules type | model type (trained on the other five) |",
             "|---|---|---|---|"]
    totals = [0, 0, 0]
    for batch in BATCHES:
        test = [r for r in rows if r["batch"] == batch]
        model = train([r for r in rows if r["batch"] != batch], c, threshold)
        rules = sum(typed_right(r, [e["rule"] for e in r["events"]]) for r in test)
        learnt = sum(model_right(r, model) for r in test)
        totals = [totals[0] + len(test), totals[1] + rules, totals[2] + learnt]
        share = f"{rules / len(test):.0%} ({rules}) | {learnt / len(test):.0%} ({learnt})"
        lines.append(f"| {batch} | {len(test)} | {share} |")
    n, rules, learnt = totals
    lines.append(f"| all | {n} | {rules / n:.0%} ({rules}) | {learnt / n:.0%} ({learnt}) |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    rows = load_rows()
    print(leave_one_batch_out(rows))
    if "--sweep" in argv:
        for c in (0.05, 0.3, 1.0):
            for threshold in (0.5, 0.7, 0.85):
                table = leave_one_batch_out(rows, c, threshold).splitlines()[-1]
                print(f"C={c} threshold={threshold}: {table}")


if __name__ == "__main__":
    main()
