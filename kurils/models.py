"""Typed records that flow between the pipeline's stages.

Every stage is a pure function from one of these to the next; offsets always
refer to ``Article.text``, the article as read (decoded, newlines normalised),
so the reader can highlight evidence exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Precision = Literal["day", "month", "year", "range"]
EventType = Literal[
    "meeting", "visit", "call", "forum", "statement", "treaty", "sanction", "military", "other"
]
EventStatus = Literal["reported", "planned", "historical"]


@dataclass(frozen=True)
class TimeValue:
    """A date as the text supports it: the closed range [first, last] and its precision."""

    first: date
    last: date
    precision: Precision

    def iso(self) -> str:
        """'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' at the value's precision (ranges give the first day)."""
        if self.precision == "year":
            return f"{self.first.year:04d}"
        if self.precision == "month":
            return f"{self.first.year:04d}-{self.first.month:02d}"
        return self.first.isoformat()

    def range_iso(self) -> list[str]:
        return [self.first.isoformat(), self.last.isoformat()]


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of clean body text; ``text == article_text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Source:
    """What is known of an item besides its bytes: its address and what the scraper or archive said.

    Batch inputs (JSON Lines, WARC) fill it; a bare file has none. A supplied ``published`` or
    ``outlet`` is evidence, not truth: the metadata stage may prefer stronger evidence and says so.
    ``crawl_date`` (a WARC-Date) only bounds publication from above.
    """

    url: str | None = None
    source_id: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    crawl_date: str | None = None


@dataclass(frozen=True)
class PageMeta:
    """What an HTML page declares about itself besides its text, read from the one parsed tree.

    ``title`` is the headline with the site's name stripped; ``markup_date`` is the date the markup or
    the address declares (htmldate's fast mode, original date); ``library_date`` is htmldate's extensive
    answer as trafilatura runs it (markup, address, then the page's text)."""

    url: str | None = None
    title: str | None = None
    raw_title: str | None = None
    site_name: str | None = None
    markup_date: str | None = None
    library_date: str | None = None


@dataclass(frozen=True)
class ReadText:
    """Bytes turned into text, or the reason they could not be."""

    text: str
    encoding: str | None
    is_html: bool = False
    error: str | None = None
    warnings: tuple[str, ...] = ()
    page: PageMeta | None = None  # set for HTML pages


@dataclass(frozen=True)
class CleanText:
    """The article's own lines, separated from page furniture."""

    headline: str | None
    headline_span: tuple[int, int] | None
    paragraphs: tuple[Paragraph, ...]
    furniture: tuple[Paragraph, ...] = ()  # dropped lines, kept for stamps and captions

    @property
    def body(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True)
class Published:
    """When the article was published, as far as the text supports it."""

    value: TimeValue | None
    inferred: bool = False
    evidence: str | None = None
    conflicts: tuple[str, ...] = ()  # weaker evidence that disagreed with the answer, and why it lost

    @property
    def day(self) -> str | None:
        """The best single day, or None when the text does not narrow it to one."""
        if self.value is None:
            return None
        if self.value.precision == "day":
            return self.value.first.isoformat()
        return None


@dataclass(frozen=True)
class Event:
    """One dated thing an article says happened or will happen."""

    title: str
    type: EventType
    status: EventStatus
    time: TimeValue | None
    places: tuple[str, ...]
    people: tuple[str, ...]
    evidence: str
    span: tuple[int, int]

    @property
    def date(self) -> str | None:
        return self.time.iso() if self.time else None

    @property
    def precision(self) -> str | None:
        return self.time.precision if self.time else None

    def to_record(self) -> dict:
        return {
            "title": self.title,
            "type": self.type,
            "status": self.status,
            "date": self.date,
            "date_range": self.time.range_iso() if self.time else None,
            "precision": self.precision,
            "places": list(self.places),
            "people": list(self.people),
            "evidence": self.evidence,
            "span": list(self.span),
        }


@dataclass
class Article:
    """Everything the product knows about one input file."""

    id: str
    file: str
    text: str = ""
    outlet: str | None = None
    wire_source: str | None = None
    outlet_evidence: str | None = None  # what named the outlet: the address, the page, the text, the batch
    headline: str | None = None
    headline_span: tuple[int, int] | None = None
    published: Published = field(default_factory=lambda: Published(None))
    language: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    places: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    events: tuple[Event, ...] = ()
    error: str | None = None
    warnings: tuple[str, ...] = ()
    source: Source | None = None  # set for batch items (url, source_id, scraper fields)
    relevance: str = "none"  # high / medium / low / none: how much it is about the dispute (relevance.py)
    relevance_reason: str = ""  # the islands, terms and officials behind the level

    @property
    def body(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    def to_record(self) -> dict:
        """The JSON Lines record of ``python -m kurils extract``."""
        value = self.published.value
        return {
            "id": self.id,
            "file": self.file,
            "outlet": self.outlet,
            "outlet_evidence": self.outlet_evidence,
            "wire_source": self.wire_source,
            "headline": self.headline,
            "published": self.published.day,
            "published_precision": value.precision if value else None,
            "published_range": value.range_iso() if value else None,
            "published_inferred": self.published.inferred,
            "published_evidence": self.published.evidence,
            "published_conflicts": list(self.published.conflicts),
            "language": self.language,
            "body": self.body,
            "places": list(self.places),
            "people": list(self.people),
            "events": [e.to_record() for e in self.events],
            "error": self.error,
            "url": self.source.url if self.source else None,
            "source_id": self.source.source_id if self.source else None,
            "relevance": self.relevance,
            "relevance_reason": self.relevance_reason,
        }
