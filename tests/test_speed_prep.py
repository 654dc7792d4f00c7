"""The parser's fast paths give exactly what the plain ones give (speed, issue 6)."""

from __future__ import annotations

import random
from collections import deque

import numpy as np
import py3langid
import pytest
from py3langid import langid

from kurils import language

TEXTS = [
    "Japanese Prime Minister Shinzo Abe met Russian President Vladimir Putin in Sochi on Friday to discuss "
    "the disputed Kuril Islands, known in Japan as the Northern Territories.",
    "Der japanische Regierungschef sagte am Montag, die Gespräche über die Inseln würden fortgesetzt.",
    "Премьер-министр Японии заявил в понедельник, что переговоры по Курилам продолжатся.",
    "日本の首相は月曜日、北方領土問題について交渉を続けると述べた。",
    "Le Premier ministre japonais a déclaré lundi que les négociations se poursuivraient.",
    "SHOUTING HEADLINE ABOUT THE KURIL ISLANDS DISPUTE TODAY",
    "abcdef",
    "abcde",
    "a",
    "12345 67890 !!! ???",
]


def _random_texts(count: int) -> list[str]:
    rng = random.Random(6)
    ranges = [(32, 127), (0x400, 0x4FF), (0x3040, 0x30FF), (0x4E00, 0x4FFF), (0xC0, 0x17F)]
    texts = []
    for _ in range(count):
        texts.append(
            "".join(chr(rng.randrange(*rng.choice(ranges))) for _ in range(rng.randrange(1, 600)))
        )
    return texts


@pytest.mark.parametrize("text", TEXTS + _random_texts(60))
def test_language_fast_path_is_py3langids_classify(text):
    """Same label as py3langid.classify, and the same scores bit for bit as its _decide."""
    identifier = langid._get_identifier()
    assert language._classify(text) == py3langid.classify(text)[0]
    scores = language._scores(identifier, identifier._encode(text))
    if scores is not None:
        assert scores.tobytes() == identifier._decide(text).tobytes()


def test_language_features_are_py3langids_walk_in_order():
    identifier = langid._get_identifier()
    arrays = language._model_arrays(identifier)
    for text in TEXTS + _random_texts(20):
        data = identifier._encode(text)
        walked = langid.visit_counts(identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, data)
        features = language._features(*arrays, data)
        if features is None:
            assert len(data) < language._WINDOW
            continue
        unique, first, counts = np.unique(features, return_index=True, return_counts=True)
        order = np.argsort(first)
        ours = list(zip(unique[order].tolist(), counts[order].tolist(), strict=True))
        assert list((walked or {}).items()) == ours


def test_language_automaton_state_depends_on_the_last_window_bytes_only():
    """The proof behind language._WINDOW, for the installed model: every transition goes to the state of the
    longest suffix (that is a state's shortest string) of the source state's string plus the byte, as in an
    Aho-Corasick automaton; with every such string at most _WINDOW long, the state after any text is fixed by
    its last _WINDOW bytes (by induction on the text's length)."""
    identifier = langid._get_identifier()
    nextmove, rowbase = language._model_arrays(identifier)[:2]
    rowbase = rowbase.tolist()
    states = len(rowbase)
    strings: list[bytes | None] = [None] * states
    strings[0] = b""
    queue = deque([0])
    while queue:
        state = queue.popleft()
        row = nextmove[rowbase[state] : rowbase[state] + 256].tolist()
        for byte, target in enumerate(row):
            if strings[target] is None:
                strings[target] = strings[state] + bytes([byte])
                queue.append(target)
    assert all(string is not None for string in strings)
    window = max(map(len, strings))
    assert window <= language._WINDOW
    keys = np.array([(int.from_bytes(s, "big") << 3) | len(s) for s in strings], dtype=np.int64)
    assert len(np.unique(keys)) == states
    order = np.argsort(keys)
    sorted_keys = keys[order]
    values = np.array([int.from_bytes(s, "big") for s in strings], dtype=np.int64)
    lengths = np.array([len(s) for s in strings], dtype=np.int64)
    rowbase = np.asarray(rowbase, dtype=np.int64)
    for byte in range(256):
        extended = (values << 8) | byte
        best = np.zeros(states, dtype=np.int64)
        found = np.zeros(states, dtype=bool)
        for length in range(window, 0, -1):
            key = ((extended & ((1 << (8 * length)) - 1)) << 3) | length
            position = np.searchsorted(sorted_keys, key)
            position[position >= states] = 0
            hit = (lengths + 1 >= length) & ~found & (sorted_keys[position] == key)
            best[hit] = order[position[hit]]
            found |= hit
        assert np.array_equal(best, nextmove[rowbase + byte].astype(np.int64)), byte


# --------------------------------------------------------------------------- regex opening guard

import re  # noqa: E402

from kurils import clean, outlets, published, read, sentences  # noqa: E402
from kurils.fastre import guarded as opening_guard  # noqa: E402

_PROBES = [
    "© Reuters / Kim Kyung-Hoon", "Photo: Kyodo", "(AP Photo/Eugene Hoshiko)", "EPA-EFE/FRANCK ROBICHON",
    "We use cookies to improve your experience", "Please enable JavaScript", "ⅭOOKIES we uſe",
    "Kelvin \u212a", "Copyright 2018 TASS. All rights reserved.", "(c) 2016 RIA", "https://tass.com/politics/1",
    "www.rt.com", "Read more: Abe and Putin", "The talks will go on ENDITEM", "Dec 15, 2016 19:43",
    "15.12.2016 and 3/26/22",
    "Japan's Abe - The Japan Times", "Abe meets Putin | Reuters", "TOKYO, Dec. 15 (Reuters) -", "",
    "Мы используем cookies", "日本の首相は月曜日", "\n\n  \t", "a" * 50, "Go to the mediabank  photo via AP)",
]


def _random_lines(count: int) -> list[str]:
    rng = random.Random(7)
    alphabet = "aAbcCeEgGhHijJkKoOpPrRsStTuvVwWxX0123456789 .,:;/|-–—•()©'\"\n\tſ\u212aİı" + "кирДа日本"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 80))) for _ in range(count)]


def _module_patterns():
    for module in (clean, outlets, published, read, sentences):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                yield f"{module.__name__}.{name}", value


_CLASS = r"\[(?:\\.|[^\]\\])*\]"
_GUARD = re.compile(  # "(?=[...])", "(?=(?i:[...]))" or "(?=[...]|(?i:[...]))" in front of "(?:...)"
    rf"^((?:\(\?[aiLmsux]+\))*)\(\?=(?:{_CLASS}|\(\?i:{_CLASS}\))(?:\|\(\?i:{_CLASS}\))?\)\(\?:(.*)\)$",
    re.DOTALL,
)


@pytest.mark.parametrize(("name", "pattern"), list(_module_patterns()))
def test_opening_guard_finds_the_same_matches(name, pattern):
    """Every module pattern, guarded, against the pattern as written (a guard already on it taken off)."""
    plain = re.compile(_GUARD.sub(r"\1\2", pattern.pattern), pattern.flags)
    guarded = opening_guard(plain)
    for text in _PROBES + _random_lines(300):
        assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ], (name, text)


def test_opening_guard_leaves_patterns_it_cannot_read():
    for pattern in (re.compile(r".foo"), re.compile(r"[^a]b"), re.compile(r"a*"),
                    re.compile(r"(a?)\1x"), re.compile(r"^$")):
        assert opening_guard(pattern) is pattern
    guarded = opening_guard(re.compile(r"(?i)\b(?:kelvin|sun)\b"))
    assert guarded.pattern.startswith("(?i)(?=")
    scoped = opening_guard(re.compile(r"\b(?i:kelvin)|sun"))  # a case-blind part keeps a case-blind class
    assert scoped.search("\u212aelvin") and scoped.search("sun") and not scoped.search("Sun")
    assert guarded.search("\u212aelvin") and guarded.search("ſun")
