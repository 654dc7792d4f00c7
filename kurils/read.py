"""Stage 1, read: raw bytes to normalised text (placeholder until the reading issue lands)."""

from __future__ import annotations

from kurils.models import ReadText

MAX_BYTES = 5 * 1024 * 1024


def read_bytes(data: bytes, name: str = "") -> ReadText:
    if not data.strip():
        return ReadText("", None, error="empty file")
    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    return ReadText(text, "utf-8")
