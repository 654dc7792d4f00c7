"""Language of an article, by py3langid on its body text."""

from __future__ import annotations

import re

MIN_LETTERS = 20
_URL = re.compile(r"https?://\S+")


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
    try:
        import py3langid

        code, _ = py3langid.classify(sample)
    except Exception:  # noqa: BLE001 - language is a nicety, never a reason to fail an article
        return None
    return code or None


def release_model() -> None:
    """Drop py3langid's model (~70 MB resident); the next detect_language loads it again.

    A build calls this once every article is parsed, so the tables are made without it.
    """
    try:
        from py3langid import langid
    except ImportError:
        return
    langid.IDENTIFIER = None
