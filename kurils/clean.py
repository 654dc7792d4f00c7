"""Stage 2, clean: separate the article's own paragraphs from page furniture (placeholder)."""

from __future__ import annotations

import re

from kurils.models import CleanText, Paragraph


def clean_text(text: str) -> CleanText:
    paragraphs = [Paragraph(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    headline = paragraphs[0] if paragraphs else None
    return CleanText(
        headline.text if headline else None,
        (headline.start, headline.end) if headline else None,
        tuple(paragraphs[1:]),
    )
