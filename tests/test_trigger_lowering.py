"""find_triggers without the article's lowered text shares the lowered scan only where that scan finds
exactly what the case-blind one finds (events._lowered_exactly)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kurils import events
from kurils.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    """The seeds and the open real batches in every language (batch h, when present, is held out)."""
    paths = sorted((ROOT / "seeds").iterdir())
    for batch in "abcdefg":
        paths += sorted((ROOT / "tests" / "data" / "real" / batch).glob("*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths if p.is_file()]


def test_the_lowered_scan_equals_the_case_blind_one_on_the_open_texts():
    compared = 0
    for text in _texts():
        lowered = events._lowered_exactly(text)
        if lowered is None:
            continue
        for sentence in split_sentences(text):
            blind = events._sentence_triggers.__wrapped__(text, sentence, None)
            assert events._sentence_triggers.__wrapped__(text, sentence, lowered) == blind, sentence.text
            compared += 1
    assert compared > 2000


@pytest.mark.parametrize("text", [
    "So the viſit went ahead.",  # long s: re's case-blind "s" takes it, lower() keeps it
    "Η επίσκεψη ΤΟΥ ΠΡΩΘΥΠΟΥΡΓΟΥ.",  # Greek: final sigma
    "İstanbul talks",  # lowering changes the length
    "the µ-visit",
])
def test_a_text_lowering_cannot_stand_for_keeps_the_case_blind_scans(text):
    assert events._lowered_exactly(text) is None


def test_a_plain_text_is_lowered():
    text = "Prime Minister Abe VISITED Moscow on “Monday”."
    assert events._lowered_exactly(text) == text.lower()
