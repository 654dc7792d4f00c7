"""The event-type harness (bench/event_types.py) and the learnt model's pure-Python scorer
(bench/type_model.py): a found event is typed right when some event on its date has the annotated
type, as the accuracy table scores it; the model overrides the rules only when confident."""

import pytest

from bench.event_types import load_rows, rules_accuracy, typed_right
from bench.type_model import decide, features, word_features


def row(batch, want, *rules):
    return {"batch": batch, "want": want, "chosen": 0, "language": "en",
            "events": [{"rule": r, "evidence": "", "status": "reported", "people": [], "places": []}
                       for r in rules]}


@pytest.mark.parametrize("want, rules, right", [
    ("visit", ["visit"], True),
    ("statement", ["visit", "statement"], True),  # best_match prefers the event of the wanted type
    ("statement", ["visit", "meeting"], False),
])
def test_typed_right_when_some_event_on_the_date_has_the_type(want, rules, right):
    assert typed_right(row("a", want, *rules), rules) is right


def test_rules_accuracy_counts_per_batch():
    rows = [row("a", "visit", "visit"), row("a", "treaty", "other"), row("b", "call", "call")]
    assert rules_accuracy(rows) == {"a": (1, 2), "b": (1, 1)}


def test_rows_are_read_back_as_written_and_a_missing_file_says_how_to_make_it(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text('{"batch": "a", "want": "visit"}\n\n', encoding="utf-8")
    assert load_rows(path) == [{"batch": "a", "want": "visit"}]
    with pytest.raises(SystemExit, match="bench.event_types collect"):
        load_rows(tmp_path / "none.jsonl")


def test_features_name_the_rules_type_the_trigger_kinds_and_stems():
    sentence = "Russian border guards detained a Japanese fishing boat."
    cues = features(sentence, "other", "en", "reported", 0, 1)
    assert {"rule=other", "has=military", "rule=other&has=military", "w=detai", "places=1"} <= set(cues)
    assert {"j=北方", "j=方領"} <= word_features("北方領土")


TINY = {"classes": ["military", "other"], "intercept": [0.0, 0.0], "threshold": 0.7,
        "weights": {"has=military": [3.0, 0.0]}}


@pytest.mark.parametrize("cues, rule, kind", [
    (["has=military"], "other", "military"),  # confident: p = 0.95
    (["bias"], "other", "other"),  # p = 0.5, under the threshold: the rules' type stays
])
def test_the_model_overrides_only_when_confident(cues, rule, kind):
    assert decide(rule, cues, TINY) == kind
