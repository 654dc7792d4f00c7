"""Language of an article, by py3langid on its body text."""

from __future__ import annotations

import re

MIN_LETTERS = 20


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell."""
    if not text or sum(1 for c in text if c.isalpha()) < MIN_LETTERS:
        return None
    sample = re.sub(r"https?://\S+", " ", text[:20000])
    try:
        import py3langid

        code, _ = py3langid.classify(sample)
    except Exception:  # noqa: BLE001 - language is a nicety, never a reason to fail an article
        return None
    return code or None
