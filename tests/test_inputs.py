"""Batch inputs: JSON Lines (ours and scrapers' shapes), WARC, zip; every bad item reported, none lost.

Every batch file here is written by the test itself (the WARC with warcio, the library we read with).
"""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kurils.inputs import BatchStats, Item, batch_kind, iter_items, jsonl_item
from kurils.models import Source
from kurils.pipeline import expand_paths, iter_articles, parse_item
from kurils.settings import MAX_BYTES, MAX_LINE_BYTES

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def html_page(text: str) -> bytes:
    head, _, body = text.partition("\n")
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return (f"<!DOCTYPE html><html><head><title>{head}</title></head>"
            f"<body><h1>{head}</h1>{paragraphs}</body></html>").encode()


@pytest.mark.parametrize(
    ("name", "kind"),
    [("a.jsonl", "jsonl"), ("A.NDJSON", "jsonl"), ("a.jsonl.gz", "jsonl"), ("a.ndjson.gz", "jsonl"),
     ("a.warc", "warc"), ("a.warc.gz", "warc"), ("a.zip", "zip"), ("a.txt", None), ("a.gz", None),
     ("a.json", None)],
)
def test_batch_kind_by_suffix(name, kind):
    assert batch_kind(name) == kind


# --- JSON Lines in each shape -----------------------------------------------------------------------
SHAPES = [
    ("ours", {"id": "a1", "url": "https://www.example.com/2016/12/15/x", "text": SEED_TEXTS[0],
              "title": "T", "published": "2016-12-15", "outlet": "Example"},
     ("https://www.example.com/2016/12/15/x", "a1", "T", "2016-12-15", "Example")),
    ("ours, html and date", {"id": 7, "url": "https://e.org/p", "html": html_page(SEED_TEXTS[1]).decode(),
                             "date": "2016-12-14"},
     ("https://e.org/p", "7", None, "2016-12-14", None)),
    ("news-please", {"url": "https://www.reuters.com/article/x", "title": "Headline",
                     "date_publish": "2017-02-09 10:50:00", "maintext": SEED_TEXTS[2],
                     "source_domain": "www.reuters.com", "date_download": "2017-02-10 00:00:00",
                     "authors": ["A"], "image_url": None},
     ("https://www.reuters.com/article/x", None, "Headline", "2017-02-09 10:50:00", "www.reuters.com")),
    ("trafilatura", {"source": "https://tass.com/politics/1", "hostname": "tass.com", "title": "Title",
                     "date": "2016-12-16", "text": SEED_TEXTS[3], "raw_text": "raw", "id": None,
                     "fingerprint": "abc", "categories": "", "tags": ""},
     ("https://tass.com/politics/1", None, "Title", "2016-12-16", "tass.com")),
    ("scrapy", {"url": "https://nhk.or.jp/a", "body": html_page(SEED_TEXTS[4]).decode()},
     ("https://nhk.or.jp/a", None, None, None, None)),
    ("a source that is a name", {"source": "Kyodo", "text": SEED_TEXTS[0]},
     (None, None, None, None, "Kyodo")),
]


@pytest.mark.parametrize(("shape", "record", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_jsonl_shapes_fill_the_source(shape, record, expected):
    item = jsonl_item(json.dumps(record).encode(), "f.jsonl#1")
    assert item.error is None and item.data
    source = item.source
    assert (source.url, source.source_id, source.title, source.published, source.outlet) == expected


def test_trafilatura_text_is_preferred_to_raw_text():
    item = jsonl_item(json.dumps({"text": "the text", "raw_text": "raw"}).encode(), "f#1")
    assert item.data == b"the text"


@pytest.mark.parametrize(
    ("line", "error"),
    [(b'{"id": "x", "text": "unterminated', "not valid JSON"),
     (b"[1, 2]", "a JSON list, not an object"),
     (b'"just a string"', "a JSON str"),
     (b'{"id": "x", "title": "no body"}', "no article in this line"),
     (b'{"text": ["a", "list"]}', "no article in this line"),
     (b"\xff\xfe{not utf-8", "not valid JSON"),
     (b"[" * 100_000, "not valid JSON")],
    ids=["broken", "list", "string", "no content", "content not text", "bytes", "deep"],
)
def test_a_bad_line_is_an_item_with_its_error(line, error):
    item = jsonl_item(line, "f.jsonl#3")
    assert item.data is None and error in item.error


def write_jsonl(path: Path, lines: list[bytes], gz: bool = False) -> Path:
    data = b"".join(line + b"\n" for line in lines)
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


@pytest.mark.parametrize("gz", [False, True], ids=["jsonl", "jsonl.gz"])
def test_jsonl_batch_reports_bad_lines_and_keeps_the_rest(tmp_path, gz):
    good = [json.dumps({"id": f"s{n}", "url": f"https://e.com/{n}", "text": t}).encode()
            for n, t in enumerate(SEED_TEXTS)]
    lines = [good[0], b"{broken", b"", good[1], b"   ", good[2], good[3], good[4]]
    path = write_jsonl(tmp_path / ("b.jsonl.gz" if gz else "b.jsonl"), lines, gz)
    articles = list(iter_articles([path]))
    numbers = [a.file.rsplit("#", 1)[1] for a in articles]
    assert numbers == ["1", "2", "4", "6", "7", "8"]  # the line numbers; blank lines give no item
    assert "not valid JSON" in articles[1].error
    good_ones = [a for a in articles if a.error is None]
    assert [a.source.source_id for a in good_ones] == [f"s{n}" for n in range(5)]
    assert all(a.events and a.relevance in ("high", "medium") for a in good_ones)
    assert all(a.to_record()["url"] == f"https://e.com/{n}" for n, a in enumerate(good_ones))


def test_truncated_gzip_keeps_what_came_before(tmp_path):
    lines = [json.dumps({"id": f"s{n}", "text": t}).encode() for n, t in enumerate(SEED_TEXTS)]
    whole = gzip.compress(b"".join(line + b"\n" for line in lines))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) - 60])
    items = list(iter_items(path))
    assert items[-1].error and "truncated" in items[-1].error
    good = [i for i in items if i.error is None]
    assert good and [i.source.source_id for i in good] == [f"s{n}" for n in range(len(good))]
    assert len(good) >= 3  # a cut near the end loses the last line or two, not the batch


def test_not_gzip_at_all(tmp_path):
    path = tmp_path / "plain.jsonl.gz"
    path.write_bytes(b'{"text": "not compressed"}\n')
    [item] = list(iter_items(path))
    assert "damaged or truncated" in item.error


def test_an_overlong_line_is_skipped_unread_and_the_next_one_read(tmp_path):
    huge = b'{"text": "' + b"a" * (MAX_LINE_BYTES + 10) + b'"}'
    after = json.dumps({"id": "after", "text": SEED_TEXTS[0]}).encode()
    path = write_jsonl(tmp_path / "big.jsonl", [huge, after])
    first, second = iter_items(path)
    assert "line too long" in first.error and first.file.endswith("#1")
    assert second.source.source_id == "after" and second.file.endswith("#2")


def test_an_oversized_article_in_a_line_gets_the_size_error():
    item = jsonl_item(json.dumps({"text": "a " * (MAX_BYTES // 2 + 10)}).encode(), "f#1")
    article = parse_item(item)
    assert article.error and "too large" in article.error


# --- WARC -----------------------------------------------------------------------------------------------
def write_warc(path: Path, gz: bool, cut_tail: bool = False) -> Path:
    """warcinfo, then per seed a request and its HTML response; an image, a redirect, a 404, a DNS
    record and metadata; optionally the last response cut in the middle."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))

    def response(url, payload, content_type="text/html; charset=utf-8", status="200 OK"):
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        return writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers)

    for n, text in enumerate(SEED_TEXTS[:4]):
        url = f"https://news.example.com/2016/12/1{n}/article-{n}"
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example.com")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
        writer.write_record(response(url, html_page(text)))
    site = "https://news.example.com"
    writer.write_record(response(f"{site}/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"))
    writer.write_record(response(f"{site}/old", b"<html>moved</html>", status="301 Moved"))
    writer.write_record(response(f"{site}/gone", b"<html>not found</html>", status="404 Not Found"))
    writer.write_record(writer.create_warc_record("dns:news.example.com", "resource",
                                                  payload=io.BytesIO(b"news.example.com. 300 IN A 1.2.3.4"),
                                                  warc_content_type="text/dns"))
    writer.write_record(writer.create_warc_record("https://news.example.com/", "metadata",
                                                  payload=io.BytesIO(b"outlinks: none"),
                                                  warc_content_type="application/warc-fields"))
    before_last = buffer.tell()
    writer.write_record(response("https://news.example.com/2016/12/20/last", html_page(SEED_TEXTS[4])))
    data = buffer.getvalue()
    if cut_tail:
        data = data[: before_last + (len(data) - before_last) // 2]
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_warc_html_responses_are_articles_with_their_url_and_crawl_date(tmp_path, gz):
    path = write_warc(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), gz)
    stats = BatchStats()
    articles = list(iter_articles([path], stats))
    assert [a.source.url for a in articles] == [
        *(f"https://news.example.com/2016/12/1{n}/article-{n}" for n in range(4)),
        "https://news.example.com/2016/12/20/last",
    ]
    assert all(a.error is None and a.events for a in articles)
    assert all(a.source.source_id.startswith("<urn:uuid:") for a in articles)
    assert all(a.source.crawl_date and a.source.published is None for a in articles)
    # the position of the record in the file: warcinfo is 1, each request precedes its response
    assert [a.file.rsplit("#", 1)[1] for a in articles] == ["3", "5", "7", "9", "15"]
    assert stats.skipped == {"warcinfo": 1, "request": 4, "image/png": 1, "status 301": 1, "status 404": 1,
                             "text/dns": 1, "metadata": 1}
    assert "10 skipped" in stats.summary()


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_warc_with_a_truncated_tail_keeps_every_whole_record(tmp_path, gz):
    path = write_warc(tmp_path / ("cut.warc.gz" if gz else "cut.warc"), gz, cut_tail=True)
    articles = list(iter_articles([path]))
    good = [a for a in articles if a.error is None]
    assert len(good) == 4 and all(a.events for a in good)
    assert len(articles) == 5 and "truncated" in articles[-1].error


def test_garbage_named_warc_is_one_error(tmp_path):
    path = tmp_path / "x.warc"
    path.write_bytes(b"this is not a web archive\n" * 10)
    items = list(iter_items(path))
    assert len(items) == 1 and items[0].error


# --- zip -----------------------------------------------------------------------------------------------
def test_zip_members_are_items_named_by_position_and_odd_names_stay_data(tmp_path):
    path = tmp_path / "upload.zip"
    odd = "../../etc/passwd.txt"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("articles/", "")
        archive.writestr("articles/one.txt", SEED_TEXTS[0])
        archive.writestr("articles/two.html", html_page(SEED_TEXTS[1]))
        archive.writestr(odd, SEED_TEXTS[2])
        archive.writestr("__MACOSX/articles/._one.txt", b"\x00\x05\x16\x07")
        archive.writestr("photo.jpg", b"\xff\xd8\xff" + bytes(100))
        archive.writestr("empty.txt", b"")
    stats = BatchStats()
    articles = list(iter_articles([path], stats))
    assert [a.file.rsplit("#", 1)[1] for a in articles] == ["2", "3", "4", "7"]
    names = ["articles/one.txt", "articles/two.html", odd, "empty.txt"]
    assert [a.source.source_id for a in articles] == names
    assert all(a.events for a in articles[:3]) and "empty" in articles[3].error
    assert stats.skipped == {"folder": 1, "hidden member": 1, ".jpg member": 1}
    assert not (tmp_path / "etc").exists() and sorted(p.name for p in tmp_path.iterdir()) == ["upload.zip"]


def test_zip_bomb_and_oversized_members_are_refused_unread(tmp_path):
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.txt", b"\0" * (4 * 2**20))  # ~1000:1
        archive.writestr("big.txt", b"a" * (MAX_BYTES + 1))
        archive.writestr("ok.txt", SEED_TEXTS[0])
    items = list(iter_items(path))
    assert "zip bomb" in items[0].error
    assert "too large" in items[1].error
    assert items[2].error is None and items[2].data == SEED_TEXTS[0].encode()


def test_a_lying_zip_header_is_still_capped(tmp_path):
    """A member whose declared size is small but whose data inflates past the cap is cut at the cap."""
    path = tmp_path / "liar.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("a.txt", b"x" * (MAX_BYTES + 100))
    data = bytearray(path.read_bytes())
    size = (MAX_BYTES + 100).to_bytes(4, "little")
    small = (100).to_bytes(4, "little")
    central = data.rindex(b"PK\x01\x02")
    data[central + 24 : central + 28] = small  # the central directory's uncompressed size
    assert data[central + 20 : central + 24] == size
    path.write_bytes(bytes(data))
    [item] = list(iter_items(path))
    assert item.error and item.data is None  # a bad CRC or the cap, never more than the cap in memory


def test_not_a_zip(tmp_path):
    path = tmp_path / "x.zip"
    path.write_bytes(b"PK but not really")
    [item] = list(iter_items(path))
    assert "not a readable zip" in item.error


# --- folders --------------------------------------------------------------------------------------------
def test_a_folder_lists_batch_files_beside_plain_ones(tmp_path):
    for name in ("a.txt", "b.jsonl", "c.jsonl.gz", "d.warc.gz", "e.zip", "f.png", "g.gz", ".h.jsonl"):
        (tmp_path / name).write_bytes(b"x")
    listed = [p.name for p in expand_paths([tmp_path])]
    assert listed == ["a.txt", "b.jsonl", "c.jsonl.gz", "d.warc.gz", "e.zip"]


def test_a_plain_file_keeps_its_record(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(SEED_TEXTS[0], encoding="utf-8")
    [article] = list(iter_articles([path]))
    record = article.to_record()
    assert record["file"] == str(path) and record["url"] is None and record["source_id"] is None
    assert record["relevance"] == "high"


def test_an_oversized_warc_page_is_refused_and_the_next_one_read(tmp_path):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    for url, payload in (("https://e.com/huge", b"<p>" + b"a" * MAX_BYTES + b"</p>"),
                         ("https://e.com/next", html_page(SEED_TEXTS[0]))):
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    path = tmp_path / "big.warc.gz"
    path.write_bytes(buffer.getvalue())
    huge, after = iter_items(path)
    assert "too large" in huge.error and huge.source.url == "https://e.com/huge"
    assert after.error is None and after.source.url == "https://e.com/next"


def test_item_size_and_failed_item_for_a_time_budget(tmp_path):
    from kurils.pipeline import failed_item, item_size

    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 123)
    assert item_size(Item(file=str(path), path=str(path))) == 123
    assert item_size(Item(file="f.jsonl#2", data=b"abc")) == 3
    item = Item(file="f.jsonl#2", data=b"abc", source=Source(url="https://e.com/a", source_id="a"))
    article = failed_item(item, "parse stopped after 10 s")
    assert (article.file, article.error, article.source.url) == ("f.jsonl#2", "parse stopped after 10 s",
                                                                  "https://e.com/a")
