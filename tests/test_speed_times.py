"""The speed helpers of the time and event scans change no match."""

import re

import pytest

from kurils import events, temporal
from kurils.fastre import first_char_guard, guarded, lowercased

SAMPLES = [
    "Putin said on Tuesday that he will visit Japan in December, while Abe hopes to sign a peace treaty.",
    "The talks, which began last week - after a long pause - were not held; the ministers didn't meet.",
    "Сегодня президент заявил, что визит состоится. ſince 2014 the KELVIN sign K stays.",
    "“We’re ready,” he told reporters (in Tokyo) during which the 1956 Declaration was discussed.",
    "",
]


def test_guard_lists_the_first_characters_of_every_alternative():
    assert first_char_guard(r"\bwill|(?i:shall)") == "(?=[w]|(?i:[s]))"
    assert first_char_guard(r"(?<!x)\bfoo|\sbar") == r"(?=[\sf])"
    assert first_char_guard(r"(?:a|b)?c") == "(?=[abc])"


@pytest.mark.parametrize("pattern", [r"[^a]b", r"a?", r".x", r"(?=a)"])
def test_no_guard_when_the_first_character_is_not_a_plain_set(pattern):
    assert first_char_guard(pattern) == ""


@pytest.mark.parametrize(
    "pattern, flags",
    [(p, re.IGNORECASE) for _k, _p, p in events.TRIGGERS]
    + [(events._SEGMENT_BREAK.pattern, 0), (events._NEGATION_BEFORE.pattern, re.IGNORECASE)]
    + [(temporal._TENSE_CUES.pattern, re.IGNORECASE)],
)
def test_a_guarded_pattern_finds_what_the_plain_one_finds(pattern, flags):
    plain, fast = re.compile(pattern, flags), guarded(pattern, flags)
    for text in SAMPLES:
        for lo, hi in ((0, len(text)), (3, max(3, len(text) - 5))):
            spans = [m.span() for m in plain.finditer(text, lo, hi)]
            assert spans == [m.span() for m in fast.finditer(text, lo, hi)]


def test_segments_and_topics_are_the_same_when_asked_again():
    text = SAMPLES[0]
    region = events.Region(0, len(text), False)
    assert events.segment_around(text, region, 20) == events.segment_around(text, region, 20)
    assert events.topic_spans(text, region) == events.topic_spans(text, region)
    assert isinstance(events.topic_spans(text, region), list)


def test_the_time_scan_finds_what_it_found_without_the_guards():
    plain = re.compile(
        r"\b" + temporal._FIRST + r"(?=\d|(?i:" + "|".join(temporal._START_WORDS) + "))"
        + "(?:" + "|".join(f"(?P<k_{name}>{p})" for name, p in temporal._ALTERNATIVES) + ")"
    )
    text = " ".join(SAMPLES) + " on 12 May 2019, 2018-05-03, since 1956, last Tuesday, 3 июля 2020, am Montag"
    assert [(m.span(), m.lastgroup) for m in plain.finditer(text)] == [
        (m.span(), m.lastgroup) for m in temporal._SCAN.finditer(text)
    ]


@pytest.mark.parametrize("text", SAMPLES + ["UNITED Nations WILL meet – “ok”", "ſaid the Kelvin-expected ıs"])
def test_tense_cues_read_lowered_are_the_case_blind_cues(text):
    expected = [(m.span(), m.lastgroup) for m in temporal._TENSE_CUES.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in temporal._tense_cues(text)] == expected


@pytest.mark.parametrize("pattern", [r"\S+said", r"(?P<Fut>will)", r"\Bsaid"])
def test_a_pattern_that_lowering_would_change_is_refused(pattern):
    with pytest.raises(ValueError):
        lowercased(pattern)
