"""Write the batch-input examples from the seed articles (real text; the URLs are example.org).

    python examples/make_examples.py

Deterministic (fixed dates, record ids and timestamps), so a rerun gives the same bytes; a test
checks that. Each file shows one input format the README documents.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import io
import json
import uuid
import zipfile
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SEEDS = sorted((HERE.parent / "seeds").glob("*.txt"))
CRAWL_DATE = "2024-05-01T12:00:00Z"
ANNOTATIONS = HERE.parent / "tests" / "data" / "expected.json"  # what a careful reader found in each seed
HEADLINES = {a["file"]: a["headline"] for a in json.loads(ANNOTATIONS.read_text("utf-8"))["articles"]}


def text(n: int) -> str:
    return SEEDS[n].read_text(encoding="utf-8")


def url(n: int) -> str:
    return f"https://example.org/news/{SEEDS[n].stem}"


def page(n: int) -> bytes:
    """The seed as a page: its headline (as a reader annotated it) as <title> and <h1>, every other
    line a paragraph."""
    headline = HEADLINES[SEEDS[n].name]
    lines = [line for line in text(n).splitlines() if line.strip() and line.strip() != headline]
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines)
    return (f"<!DOCTYPE html>\n<html><head><title>{html.escape(headline)}</title></head>\n"
            f"<body><article><h1>{html.escape(headline)}</h1>\n{paragraphs}</article></body></html>\n").encode()


def record_id(key: str) -> str:
    return f"<urn:uuid:{uuid.UUID(hashlib.md5(key.encode()).hexdigest())}>"


def jsonl(records: list[dict]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)


def feed() -> bytes:
    """Our own field names: id, url, text (or html), optional title, published, outlet."""
    return jsonl([{"id": SEEDS[n].stem, "url": url(n), "text": text(n)} for n in (0, 1)])


def news_please() -> bytes:
    """news-please's fields as it writes them (gzipped: .jsonl.gz)."""
    records = [{"url": url(n), "title": None, "date_publish": None, "maintext": text(n),
                "source_domain": "example.org", "language": "en", "authors": []} for n in (2, 3)]
    return gzip.compress(jsonl(records), mtime=0)


def trafilatura() -> bytes:
    """trafilatura's JSON output fields (one object a line)."""
    return jsonl([{"source": url(4), "hostname": "example.org", "title": None, "date": None,
                   "text": text(4), "raw_text": text(4), "fingerprint": None, "id": None}])


def crawl() -> bytes:
    """A WARC as a crawler writes it: per page a request and its response, and an image."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)

    def write(uri: str, kind: str, **kwargs) -> None:
        headers = {"WARC-Date": CRAWL_DATE, "WARC-Record-ID": record_id(f"{kind} {uri}")}
        writer.write_record(writer.create_warc_record(uri, kind, warc_headers_dict=headers, **kwargs))

    for n in range(5):
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        write(url(n), "request", http_headers=request)
        response = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1")
        write(url(n), "response", payload=io.BytesIO(page(n)), http_headers=response)
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], "HTTP/1.1")
    png = io.BytesIO(b"\x89PNG\r\n\x1a\n")
    write("https://example.org/logo.png", "response", payload=png, http_headers=image)
    return buffer.getvalue()


def archive() -> bytes:
    """A zip of text and HTML files, as the app's uploader takes it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in ((SEEDS[0].name, text(0).encode()), (f"{SEEDS[1].stem}.html", page(1))):
            out.writestr(zipfile.ZipInfo(f"articles/{name}", date_time=(2024, 5, 1, 12, 0, 0)), data)
    return buffer.getvalue()


EXAMPLES = {
    "feed.jsonl": feed,
    "newsplease.jsonl.gz": news_please,
    "trafilatura.jsonl": trafilatura,
    "crawl.warc.gz": crawl,
    "articles.zip": archive,
}


def main() -> None:
    for name, make in EXAMPLES.items():
        (HERE / name).write_bytes(make())
        print(HERE / name)


if __name__ == "__main__":
    main()
