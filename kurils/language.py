"""Language of an article (placeholder)."""

from __future__ import annotations


def detect_language(text: str) -> str | None:
    return "en" if text else None
