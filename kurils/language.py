"""Language of an article: English known by its function words, any other language by py3langid.

Most of this coverage is English, and English prose is about a third function words ("the", "of",
"which") that the other languages of the coverage do not use; a text with a tenth of them is English
whatever py3langid would say, so its ~0.6 s model load is spent only on a text that needs it. Only
py3langid's public API is used (a model of its own, dropped by ``release_model``).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

MIN_LETTERS = 20
ENGLISH_MIN_WORDS = 40  # fewer words than this go to py3langid
ENGLISH_MIN_SHARE = 0.10  # English news prose: 0.10-0.26 (median 0.22); German, French, Russian: 0.0
_FUNCTION_WORDS = Path(__file__).parent / "data" / "english_function_words.txt"
_URL = re.compile(r"https?://\S+")
_WORD = re.compile(r"[^\W\d_]+")


def has_enough_letters(text: str) -> bool:
    count = 0
    for chunk_start in range(0, len(text), 256):
        count += sum(map(str.isalpha, text[chunk_start : chunk_start + 256]))
        if count >= MIN_LETTERS:
            return True
    return False


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell."""
    if not text or not has_enough_letters(text):
        return None
    sample = _URL.sub(" ", text[:20000])
    if is_plainly_english(sample):
        return "en"
    try:
        code = _identifier().classify(sample)[0]
    except Exception:  # noqa: BLE001 - language is a nicety, never a reason to fail an article
        return None
    return code or None


def is_plainly_english(sample: str) -> bool:
    """At least ENGLISH_MIN_SHARE of the first words are English function words."""
    words = _WORD.findall(sample[:4000].lower())
    if len(words) < ENGLISH_MIN_WORDS:
        return False
    function_words = english_function_words()
    return sum(map(function_words.__contains__, words)) >= ENGLISH_MIN_SHARE * len(words)


@functools.cache
def english_function_words() -> frozenset[str]:
    lines = _FUNCTION_WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def load_model() -> None:
    """Load py3langid's model now (before forking workers that share it), not on the first text."""
    _identifier()


@functools.cache
def _identifier():
    """py3langid's model, loaded on the first text that is not plainly English."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


def release_model() -> None:
    """Drop the py3langid model (~70 MB resident); the next text that needs it loads it again.

    A build calls this once every article is parsed, so the tables are made without it.
    """
    _identifier.cache_clear()
