"""An event's type weighed from its whole evidence sentence, over the rules' first choice (an experiment).

The rules in ``kurils.events`` type an event by its strongest trigger word. That choice is one cue;
the evidence sentence carries others: which other event words it holds (a protest about a visit, a
boat seized by border guards), its word stems (Japanese: character pairs), the article's language,
the event's status and whether it has people. ``bench/train_types.py`` fits a multinomial logistic
model over those cues and measures it leaving one real batch out; the model replaces the rules' type
only where its probability for another type is over ``threshold``. Measured on a-f (session 16) it
did not beat the rules on any held-out batch by more than two events, so the parser does not use it:
this module and its weights table stay in bench/ as the measured baseline for a future attempt.
"""
from __future__ import annotations

import functools
import math
import re

TYPES = ("statement", "meeting", "visit", "military", "treaty", "forum", "sanction", "call", "other")
STEM = 5  # a word's first letters stand for its inflections (visit/visited, визит/визита)
_WORD = re.compile(r"[^\W\d_]+")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]+")


@functools.cache
def _trigger_scans() -> tuple[tuple[str, re.Pattern[str]], ...]:
    from kurils.events import TRIGGERS  # the rules' own event words (imported late: events uses this)

    return tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, _, pattern in TRIGGERS)


def trigger_kinds(evidence: str) -> set[str]:
    """The kinds of every event word in the sentence, the rules' strongest or not."""
    return {kind for kind, scan in _trigger_scans() if scan.search(evidence)}


def word_features(evidence: str) -> set[str]:
    """Word stems; Japanese (no spaces) as pairs of characters."""
    found = {"w=" + w.lower()[:STEM] for w in _WORD.findall(evidence) if not _JAPANESE.fullmatch(w)}
    for run in _JAPANESE.findall(evidence):
        found.update("j=" + run[i : i + 2] for i in range(len(run) - 1))
    return found


def features(evidence: str, rule: str, language: str, status: str, people: int, places: int) -> list[str]:
    """The cues of one event, as names the weights table is keyed by."""
    kinds = trigger_kinds(evidence)
    cues = {"bias", f"rule={rule}", f"lang={language if language in ('en', 'ru', 'ja') else 'xx'}",
            f"status={status}", f"people={min(people, 2)}", f"places={min(places, 1)}"}
    cues.update(f"has={k}" for k in kinds)
    cues.update(f"rule={rule}&has={k}" for k in kinds if k != rule)
    cues.update(word_features(evidence))
    return sorted(cues)


def probabilities(cues: list[str], model: dict) -> dict[str, float]:
    classes, weights = model["classes"], model["weights"]
    scores = list(model["intercept"])
    for cue in cues:
        row = weights.get(cue)
        if row is not None:
            scores = [s + w for s, w in zip(scores, row, strict=True)]
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return {c: e / total for c, e in zip(classes, exp, strict=True)}


def decide(rule: str, cues: list[str], model: dict) -> str:
    """The model's type where it is confident it is not the rules' one, else the rules'."""
    probs = probabilities(cues, model)
    best = max(probs, key=probs.get)
    return best if best != rule and probs[best] >= model["threshold"] else rule
