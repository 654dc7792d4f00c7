"""Publication date: printed stamps, datelines and inference (placeholder)."""

from __future__ import annotations

from kurils.models import CleanText, Published


def infer_published(text: str, cleaned: CleanText) -> Published:
    return Published(None)
