"""Events, places and people of an article (placeholder)."""

from __future__ import annotations

from kurils.models import Article, Event


def extract_events(article: Article) -> tuple[tuple[str, ...], tuple[str, ...], tuple[Event, ...]]:
    return (), (), ()
