"""Stage 0, inputs: every accepted input as a stream of items (bytes plus what is known of them).

A plain file (txt, html) is one item, read later by ``pipeline.parse_file`` exactly as before.
A batch file is many items, read one at a time so that memory stays bounded whatever its size:

* JSON Lines (``.jsonl``, ``.ndjson``, either gzipped): one article a line, in our own field names
  or those of common scrapers (news-please, trafilatura's JSON, a Scrapy feed; see FIELDS);
* WARC (``.warc``, ``.warc.gz``), read with warcio: every HTML response is an article with its
  ``WARC-Target-URI``; its ``WARC-Date`` is the crawl date, which only bounds publication;
* a zip of txt/html files, read member by member in memory (never extracted; names are data).

An item's ``file`` is ``PATH#N``: N counts from 1 and is the item's position in the batch file
(the line of a JSON Lines file, the record of a WARC, the member of a zip), so gaps mark lines or
records that gave no item. Bad input (a broken line, an oversized item, a truncated gzip) is an
item with ``error``; the rest of the batch goes on. Records that are not articles (WARC requests,
DNS and metadata records, images, redirects; zip folders and non-text members) are skipped and
counted in ``BatchStats``, not reported as errors.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import BinaryIO

from kurils.models import Source
from kurils.settings import MAX_BYTES, MAX_LINE_BYTES, MAX_ZIP_RATIO

TEXT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
ZIP_SUFFIXES = (".zip",)
BATCH_SUFFIXES = JSONL_SUFFIXES + WARC_SUFFIXES + ZIP_SUFFIXES
HTML_TYPES = ("text/html", "application/xhtml+xml")
_READ_BLOCK = 1 << 16
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")

# Our field -> the names it goes by, first found wins: ours, then news-please, trafilatura, Scrapy.
FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "source_id", "filename"),
    "url": ("url", "source", "link"),  # trafilatura's "source" is the page's URL
    "content": ("html", "text", "maintext", "raw_text", "body", "content"),
    "title": ("title",),
    "published": ("published", "date", "date_publish"),
    "outlet": ("outlet", "sitename", "source_domain", "hostname"),
    "crawl_date": ("crawl_date", "date_download"),
}


@dataclass(frozen=True)
class Item:
    """One article to parse: a plain file's ``path``, or a batch item's ``data`` and ``source``."""

    file: str
    data: bytes | None = None
    source: Source | None = None
    error: str | None = None
    path: str | None = None


@dataclass
class BatchStats:
    """What a batch held besides its items: records skipped because they are not articles, by kind."""

    skipped: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        kinds = ", ".join(f"{kind} {n}" for kind, n in self.skipped.most_common())
        return f"{sum(self.skipped.values())} skipped (not articles: {kinds})" if self.skipped else ""


def batch_kind(name: str) -> str | None:
    """'jsonl', 'warc' or 'zip' for a batch file's name (by its suffixes), else None."""
    lowered = name.lower()
    for kind, suffixes in (("jsonl", JSONL_SUFFIXES), ("warc", WARC_SUFFIXES), ("zip", ZIP_SUFFIXES)):
        if lowered.endswith(suffixes):
            return kind
    return None


def is_batch(name: str) -> bool:
    return batch_kind(name) is not None


def iter_items(path: str | os.PathLike, stats: BatchStats | None = None) -> Iterator[Item]:
    """The items of one input path: a plain file is one item; a batch file is read as a stream."""
    name = str(path)
    if batch_kind(name) is None:
        yield Item(file=name, path=name)
        return
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is consumed
    except OSError as exc:
        yield Item(file=name, error=f"cannot read file: {exc.strerror or exc}")
        return
    with stream:
        yield from iter_batch(stream, name, stats)


def iter_batch(stream: BinaryIO, name: str, stats: BatchStats | None = None) -> Iterator[Item]:
    """The items of a batch file's bytes (an open file or an upload), by the kind its name says."""
    stats = stats if stats is not None else BatchStats()
    kind = batch_kind(name)
    if kind == "jsonl":
        if name.lower().endswith(".gz"):
            stream = gzip.GzipFile(fileobj=stream, mode="rb")
        yield from jsonl_items(stream, name)
    elif kind == "warc":
        yield from warc_items(stream, name, stats)
    elif kind == "zip":
        yield from zip_items(stream, name, stats)
    else:
        yield Item(file=name, error="not a batch file (.jsonl, .ndjson, .jsonl.gz, .warc, .warc.gz, .zip)")


# --- JSON Lines ------------------------------------------------------------------------------------
def jsonl_items(stream: BinaryIO, name: str) -> Iterator[Item]:
    """One item per non-blank line; a line longer than MAX_LINE_BYTES is skipped unread."""
    number = 0
    while True:
        number += 1
        try:
            line = stream.readline(MAX_LINE_BYTES + 1)
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                size = len(line) + _skip_line(stream)
                yield Item(file=f"{name}#{number}", error=too_long_message(size))
                continue
        except (EOFError, OSError, zlib.error) as exc:
            yield Item(file=f"{name}#{number}", error=f"the batch file is damaged or truncated here "
                       f"({exc}); nothing after line {number - 1} could be read")
            return
        if not line:
            return
        if line.strip():
            yield jsonl_item(line, f"{name}#{number}")


def _skip_line(stream: BinaryIO) -> int:
    """Read past the rest of an overlong line in blocks; the number of bytes skipped."""
    skipped = 0
    while True:
        block = stream.readline(_READ_BLOCK)
        skipped += len(block)
        if not block or block.endswith(b"\n"):
            return skipped


def too_long_message(size: int) -> str:
    return (f"line too long for an article: over {size / 2**20:.1f} MB "
            f"(the limit is {MAX_LINE_BYTES / 2**20:.0f} MB a line)")


def jsonl_item(line: bytes, file: str) -> Item:
    """A JSON Lines record as an item, or an item with the reason it is not one."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Item(file=file, error=f"not valid JSON: {exc.msg} (at character {exc.colno})")
    except (ValueError, RecursionError) as exc:  # not UTF-8, or nested too deep
        return Item(file=file, error=f"not valid JSON: {str(exc)[:120]}")
    if not isinstance(record, dict):
        return Item(file=file, error=f"a JSON {type(record).__name__}, not an object with an article")
    values = {key: _first(record, names) for key, names in FIELDS.items()}
    url = values["url"]
    if url and not url.lower().startswith(("http://", "https://")):
        values["outlet"] = values["outlet"] or url  # a "source" that is not an address names the outlet
        url = None
    source = Source(url=url, source_id=values["id"], title=values["title"], published=values["published"],
                    outlet=values["outlet"], crawl_date=values["crawl_date"])
    content = values["content"]
    if content is None:
        names = ", ".join(FIELDS["content"])
        return Item(file=file, source=source, error=f"no article in this line (none of: {names})")
    return Item(file=file, data=content.encode("utf-8", "surrogatepass"), source=source)


def _first(record: dict, names: tuple[str, ...]) -> str | None:
    """The first of these fields that holds a non-empty scalar, as text."""
    for key in names:
        value = record.get(key)
        if isinstance(value, bool) or value is None or isinstance(value, (list, dict)):
            continue
        text = _LONE_SURROGATES.sub("\ufffd", str(value).strip())  # JSON may escape half a character
        if text:
            return text
    return None


# --- WARC ------------------------------------------------------------------------------------------
def warc_items(stream: BinaryIO, name: str, stats: BatchStats) -> Iterator[Item]:
    """Every HTML response (or resource) record with a 2xx status is an item; others are counted."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for record in ArchiveIterator(stream):
            number += 1
            if record.format != "warc":  # warcio reads anything else as a lenient ARC record
                yield Item(file=f"{name}#{number}", error="not a WARC record (an ARC file, or not a web "
                           "archive); nothing after it is read")
                return
            skip = _warc_skip_reason(record)
            if skip:
                stats.skipped[skip] += 1
                continue
            yield _warc_item(record, f"{name}#{number}")
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as exc:
        yield Item(file=f"{name}#{number + 1}", error=f"the WARC file is damaged or truncated here "
                   f"({str(exc)[:120]}); nothing after record {number} could be read")


def _warc_skip_reason(record) -> str | None:
    """Why a WARC record is not an article ('request', 'image/jpeg', 'status 301'), or None."""
    if record.rec_type not in ("response", "resource"):
        return str(record.rec_type)
    headers = record.http_headers
    if record.rec_type == "response":
        if headers is None:
            return "response without HTTP headers"
        status = headers.get_statuscode() or ""
        if not status.startswith("2"):
            return f"status {status or 'unknown'}"
        content_type = headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    mime = content_type.split(";")[0].strip().lower()
    return None if mime in HTML_TYPES else (mime or "no content type")


def _warc_item(record, file: str) -> Item:
    headers = record.rec_headers
    source = Source(url=headers.get_header("WARC-Target-URI"), source_id=headers.get_header("WARC-Record-ID"),
                    crawl_date=headers.get_header("WARC-Date"))
    try:
        data = record.content_stream().read(MAX_BYTES + 1)
    except (OSError, ValueError, EOFError, zlib.error) as exc:  # a body its own headers cannot decode
        return Item(file=file, source=source, error=f"cannot read this WARC record's page ({str(exc)[:120]})")
    if len(data) > MAX_BYTES:
        return Item(file=file, source=source, error=f"page too large for an article: over "
                    f"{MAX_BYTES / 2**20:.0f} MB (the limit)")
    if record.raw_stream.limit > 0:  # the record's block ended before its Content-Length
        return Item(file=file, source=source, error="the WARC record is truncated (the file ends inside it)")
    return Item(file=file, data=data, source=source)


# --- zip -------------------------------------------------------------------------------------------
def zip_items(stream: BinaryIO, name: str, stats: BatchStats) -> Iterator[Item]:
    """Every txt/html member, read into memory with a cap; member names are kept as data only."""
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        yield Item(file=name, error=f"not a readable zip file ({exc})")
        return
    with archive:
        for number, info in enumerate(archive.infolist(), start=1):
            skip = _zip_skip_reason(info)
            if skip:
                stats.skipped[skip] += 1
                continue
            yield _zip_item(archive, info, f"{name}#{number}")


def _zip_skip_reason(info: zipfile.ZipInfo) -> str | None:
    if info.is_dir():
        return "folder"
    parts = PurePosixPath(info.filename.replace("\\", "/")).parts
    if any(part.startswith(".") and part not in (".", "..") or part == "__MACOSX" for part in parts):
        return "hidden member"
    suffix = PurePosixPath(info.filename).suffix.lower()
    return None if suffix in TEXT_SUFFIXES or not suffix else f"{suffix} member"


def _zip_item(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file: str) -> Item:
    source = Source(source_id=info.filename)
    if info.file_size > MAX_BYTES:
        return Item(file=file, source=source, error=f"member too large for an article: "
                    f"{info.file_size / 2**20:.1f} MB (the limit is {MAX_BYTES / 2**20:.0f} MB)")
    ratio = info.file_size / max(1, info.compress_size)
    if info.file_size > _READ_BLOCK and ratio > MAX_ZIP_RATIO:  # small members cannot hurt
        return Item(file=file, source=source, error=f"member compressed {ratio:.0f}:1, more than any "
                    "text compresses (a zip bomb?)")
    try:
        with archive.open(info) as member:
            data = member.read(MAX_BYTES + 1)  # the declared size may lie: never read past the cap
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError, EOFError, zlib.error) as exc:
        return Item(file=file, source=source, error=f"cannot read this zip member ({str(exc)[:120]})")
    if len(data) > MAX_BYTES:
        return Item(file=file, source=source, error="member too large for an article: over "
                    f"{MAX_BYTES / 2**20:.0f} MB (the limit)")
    return Item(file=file, data=data, source=source)


def batch_from_bytes(data: bytes, name: str, stats: BatchStats | None = None) -> Iterator[Item]:
    """The items of an uploaded batch file held in memory (the app's uploads are small)."""
    return iter_batch(io.BytesIO(data), name, stats)
