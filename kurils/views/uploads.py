"""An uploaded batch file (JSON Lines, WARC, zip) as the articles it adds and the lines to show.

A batch upload is read item by item with a progress callback (the app draws ``st.progress``); it
adds the articles about the dispute (relevance.py), as the app's folder does, and lists the items
that failed, at most MAX_LISTED of them, with a count of the rest.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field

from kurils.inputs import BatchStats, iter_batch
from kurils.models import Article
from kurils.pipeline import parse_item
from kurils.relevance import RELEVANT_LEVELS

MAX_LISTED = 10  # failed items listed per upload; the rest are counted

Progress = Callable[[float, str], None]  # (fraction of the upload read, a line of text)


@dataclass
class BatchUpload:
    articles: list[Article] = field(default_factory=list)  # the relevant ones, in input order
    failures: list[str] = field(default_factory=list)
    items: int = 0
    summary: str = ""


def read_batch_upload(data: bytes, name: str, on_progress: Progress | None = None) -> BatchUpload:
    """Parse every item of an uploaded batch file; the relevant articles and what to tell the user."""
    stream = io.BytesIO(data)
    stats = BatchStats()
    result = BatchUpload()
    failed = 0
    for item in iter_batch(stream, name, stats):
        article = parse_item(item)
        result.items += 1
        if article.error and not article.paragraphs:
            failed += 1
            if len(result.failures) < MAX_LISTED:
                result.failures.append(f"{article.file}: {article.error}")
        elif article.relevance in RELEVANT_LEVELS:
            result.articles.append(article)
        if on_progress is not None:
            on_progress(min(1.0, stream.tell() / max(1, len(data))),
                        f"{name}: {result.items:,} items, {len(result.articles):,} relevant")
    if failed > MAX_LISTED:
        result.failures.append(f"{name}: and {failed - MAX_LISTED:,} more items that could not be read")
    skipped = f"; {stats.summary()}" if stats.skipped else ""
    result.summary = (f"{name}: {len(result.articles):,} of {result.items:,} items added (those about "
                      f"the dispute){skipped}")
    return result
