"""Outlet (publisher) and wire source of an article (placeholder)."""

from __future__ import annotations

from kurils.models import CleanText


def detect_outlet(text: str, cleaned: CleanText) -> tuple[str | None, str | None]:
    return None, None
