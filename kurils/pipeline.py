"""The article pipeline: read -> clean -> metadata -> entities and events.

Each stage is a pure function in its own module; this one only wires them and
makes sure a bad file becomes an Article with a clear ``error`` instead of an
exception, so one broken input never stops the others.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from kurils.chronology import (
    date_known_events,
    dateline_bounds,
    day_of_month_bounds,
    reported_bounds,
    series_day_bounds,
    visit_bounds,
)
from kurils.clean import clean_page, clean_text
from kurils.events import distinct_rows, extract_events
from kurils.inputs import BatchStats, Item, is_batch, iter_items
from kurils.language import detect_language, load_model
from kurils.models import Article, CleanText, Event, Source
from kurils.outlets import choose_outlet
from kurils.published import infer_published, lead_day_of_month, published_from_text, yearless_dateline
from kurils.read import read_bytes
from kurils.relevance import assess as assess_relevance
from kurils.settings import MAX_BYTES
from kurils.titles import names_site, strip_named_site, supplied_headline

INPUT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".md", ""}
_SURROGATES = re.compile("[\ud800-\udfff]")


def content_id(data: bytes) -> str:
    """A stable id derived from the bytes, so the same article always gets the same id."""
    return hashlib.sha256(data).hexdigest()[:16]


def valid_unicode(name: str) -> str:
    """A file name (or any string) as outputs show it: U+FFFD where its bytes were not UTF-8.

    A name the file system gives as bytes that are not UTF-8 reaches Python with those bytes as lone
    surrogates (surrogateescape); the path itself keeps them, so the file can still be opened, but
    no UTF-8 output (JSON Lines, CSV, Parquet) can hold them."""
    if not _SURROGATES.search(name):
        return name
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte (from a JSON "\ud800")
        return _SURROGATES.sub("\ufffd", name)


def parse_bytes(data: bytes, file: str = "<bytes>", source: Source | None = None) -> Article:
    """Parse one article's raw bytes; never raises for bad input.

    ``source`` carries what a batch input knows of the item (its URL, the scraper's fields)."""
    article = parse_metadata(data, file, source)
    if article.error is None:
        article.places, article.people, events = extract_events(article)
        events = _dated_by_reported_events(article, events)
        article.events = distinct_rows(date_known_events(events, article.published))
    article.relevance, article.relevance_reason = assess_relevance(article)
    return article


def parse_metadata(data: bytes, file: str = "<bytes>", source: Source | None = None) -> Article:
    """The stages before entities and events: text, headline, body, outlet, language, publication."""
    article = Article(id=content_id(data), file=valid_unicode(file), source=source)
    if len(data) > MAX_BYTES:
        article.error = too_large_message(len(data))
        return article
    read = read_bytes(data, name=file, url=source.url if source else None)
    article.warnings = read.warnings
    if read.error:
        article.error = read.error
        return article
    article.text = read.text
    # a page with a title of its own is laid out by the extractor; one without reads as scraped text,
    # whose rules find the headline and set furniture aside
    titled = read.page is not None and read.page.title
    cleaned = clean_page(read.text, read.page.title) if titled else clean_text(read.text)
    article.headline, article.headline_span = cleaned.headline, cleaned.headline_span
    if source is not None and source.title:
        article.headline, article.headline_span = supplied_headline(
            source.title, read.text, cleaned.headline, cleaned.headline_span,
            read.page.site_name if read.page else None, source.url)
    article.paragraphs = cleaned.paragraphs
    article.outlet, article.wire_source, article.outlet_evidence = choose_outlet(
        read.text, cleaned, read.page, source)
    supplied_title = source is not None and source.title
    if (not titled and not supplied_title and cleaned.headline and cleaned.headline_span
            and names_site(cleaned.headline, article.outlet, source.url if source else None)):
        start, end = cleaned.headline_span  # the site's name alone at the top: furniture, not the title
        cleaned = clean_text(read.text[:start] + " " * (end - start) + read.text[end:])
        article.headline, article.headline_span = cleaned.headline, cleaned.headline_span
        article.paragraphs = cleaned.paragraphs
    if article.headline and article.headline_span and not (source is not None and source.title):
        kept = strip_named_site(article.headline, article.outlet, source.url if source else None)
        start = article.headline_span[0] + article.headline.find(kept)
        article.headline, article.headline_span = kept, (start, start + len(kept))
    article.language = detect_language(cleaned.body or read.text)
    article.published = infer_published(read.text, cleaned, read.page, source)
    if not cleaned.paragraphs:
        article.error = "no article text found after removing page furniture"
    return article


def _dated_by_reported_events(article: Article, events: list[Event]) -> list[Event]:
    """An inferred date that is open or a range, weighed again with the known events the article
    reports ("Mishustin visited Iturup on Monday") and, for a yearless dateline, with the known meetings
    of the people it names; the events are read again against a new date.
    Only a date the text itself gave is weighed again (not one from the page or the batch)."""
    published = article.published
    if not published.inferred or (published.value is not None and published.value.precision == "day"):
        return events
    cleaned = CleanText(article.headline, article.headline_span, article.paragraphs)
    bounds = reported_bounds(events) + visit_bounds(article.text, article.people, article.places)
    dateline = yearless_dateline(article.text, cleaned)
    if dateline is not None:  # the known events of the people it names may give its year
        bounds += dateline_bounds(*dateline[:2], article.people, dateline[2], dateline[3])
    elif (day := lead_day_of_month(article.text, cleaned)) is not None:  # "29日午後、モスクワで…"
        bounds += day_of_month_bounds(day[0], article.people, article.places, day[1])
        bounds += series_day_bounds(article.text, day[0], day[1])
    if not bounds:
        return events
    if published_from_text(article.text, cleaned) != published:
        return events
    again = published_from_text(article.text, cleaned, bounds)
    if again.value is None or again.value == published.value:
        return events
    article.published = again
    return extract_events(article)[2]


def too_large_message(size: int) -> str:
    return f"file too large for an article: {size / 2**20:.1f} MB (the limit is {MAX_BYTES / 2**20:.0f} MB)"


def parse_file(path: str | os.PathLike) -> Article:
    """Parse one file; an unreadable or oversized file gives an Article with ``error`` set.

    An oversized file is refused before it is read, so a stray 50 MB dump costs nothing.
    """
    path = Path(path)
    name = valid_unicode(str(path))
    name_id = content_id(os.fsencode(path))
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise OSError(errno.EINVAL, f"not a regular file ({file_kind(status.st_mode)})")
        if status.st_size > MAX_BYTES:
            return Article(id=name_id, file=name, error=too_large_message(status.st_size))
        data = path.read_bytes()
    except FileNotFoundError:
        error = "cannot read file: no such file (or a broken link)"
        return Article(id=name_id, file=name, error=error)
    except OSError as exc:
        error = f"cannot read file: {exc.strerror or exc}"
        return Article(id=name_id, file=name, error=error)
    return parse_bytes(data, file=name)


# Names a place, people, a date and a wire dateline, so one parse loads every lazy table; plainly
# English (kurils.language), as most articles are, so it needs no language model.
_WARM_UP = (
    b"Kurils talks\n\nTOKYO, March 3 (Reuters) - Prime Minister Shinzo Abe said on Monday he would "
    b"meet President Vladimir Putin in Moscow in May to discuss the Kuril Islands and a peace treaty, "
    b"which the two countries have not signed since the end of the war."
)
_WARM_UP_RU = "Премьер-министр Японии Синдзо Абэ 22 января встретился в Москве с Владимиром Путиным.".encode()
_WARM_UP_JA = "安倍晋三首相は22日、モスクワでプーチン大統領と会談し、北方領土問題を協議した。".encode()
_WARM_UP_HTML = b"<!DOCTYPE html><html><head><title>Kurils</title></head><body><p>Kurils</p></body></html>"


def warm_up(everything: bool = True) -> None:
    """Load the parser's lazy tables and models in this process (before forking workers).

    ``everything=False`` loads what a plain English text needs and leaves the HTML extractor
    (~0.9 s of imports and models), the language model (~0.5 s) and the Russian and Japanese tables
    to the first input that needs them: a one-file ``extract`` of a text file then pays for none."""
    parse_bytes(_WARM_UP, "warm-up.txt")
    if everything:
        parse_bytes(_WARM_UP_HTML, "warm-up.html")
        load_model()
        parse_bytes(_WARM_UP_RU, "warm-up-ru.txt")  # the Russian morphology and name tables
        parse_bytes(_WARM_UP_JA, "warm-up-ja.txt")


def file_kind(mode: int) -> str:
    """What a path that is not a regular file is, in words for its error message."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a file" if stat.S_ISREG(mode) else "not a file"


def expand_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files in input order; a folder gives its article files sorted by name (not hidden, recursive).

    A folder is walked with ``os.walk`` (one ``scandir`` per directory, hidden ones pruned), which
    for 10,000 files is several times faster than ``rglob`` with a test per path.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found: list[Path] = []
            failed: list[OSError] = []
            for folder, dirs, files in os.walk(path, onerror=failed.append):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                base = Path(folder)
                found += [
                    base / name for name in files
                    if not name.startswith(".")
                    and (Path(name).suffix.lower() in INPUT_SUFFIXES or is_batch(name))
                ]
            if failed and failed[0].filename == os.fspath(path):  # the folder itself cannot be read
                yield path
                continue
            yield from sorted(found)
        else:
            yield path


def parse_paths(paths: Iterable[str | os.PathLike]) -> list[Article]:
    return list(iter_articles(paths))


def parse_item(item: Item) -> Article:
    """Parse one input item: a plain file as ``parse_file`` does, a batch item from its bytes."""
    if item.path is not None:
        return parse_file(item.path)
    if item.error is not None:
        key = item.source.source_id if item.source and item.source.source_id else item.file
        return Article(id=content_id(key.encode("utf-8", "surrogatepass")), file=valid_unicode(item.file),
                       source=item.source, error=item.error, relevance_reason="not read")
    return parse_bytes(item.data or b"", file=item.file, source=item.source)


def item_size(item: Item) -> int:
    """The bytes an item's parse will read (a plain file's size on disk): what a time budget scales with."""
    if item.data is not None:
        return len(item.data)
    try:
        return os.stat(item.path).st_size if item.path is not None else 0
    except OSError:
        return 0


def failed_item(item: Item, error: str) -> Article:
    """The record of an item whose parse failed from outside (stopped over its time budget, its worker
    gone): what ``parse_item`` would give for an unreadable item, with this error."""
    return parse_item(Item(file=item.file, source=item.source, error=error))


def input_items(paths: Iterable[str | os.PathLike], stats: BatchStats | None = None) -> Iterator[Item]:
    """Every item of every input, in order, as a stream (folders walked, batch files read lazily)."""
    for path in expand_paths(paths):
        yield from iter_items(path, stats)


def iter_articles(paths: Iterable[str | os.PathLike], stats: BatchStats | None = None) -> Iterator[Article]:
    """Each input item parsed, one at a time."""
    return map(parse_item, input_items(paths, stats))
