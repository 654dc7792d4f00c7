"""The parser's fast paths give exactly what the plain ones give (speed, issue 6)."""

from __future__ import annotations

import random
import re

import pytest

from kurils import clean, outlets, published, read, sentences
from kurils.fastre import guarded as opening_guard

# --------------------------------------------------------------------------- regex opening guard

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
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):  # bytes ones: not guarded
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
