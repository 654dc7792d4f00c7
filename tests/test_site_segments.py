"""A title segment repeated across one site's pages in a batch is the site's name (issue 12 item 4):
cut off the headlines, in ``extract`` and ``build`` on JSON Lines and WARC batches alike."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from kurils.cli import main
from kurils.titles import SiteSegments

BODY = ("Russia and Japan will resume consultations on joint economic projects on the southern Kuril "
        "Islands next month, the Russian Foreign Ministry said on Friday. The talks stalled last year.")
SITE = "https://www.harbour.example"
PAGES = [  # (url, headline): two pages of harbour.example share a name segment, the third site does not
    (f"{SITE}/a", "Japan protests Russian drills on Etorofu | The Morning Bell"),
    (f"{SITE}/b", "Visa-free visits to the islands end | The Morning Bell"),
    ("https://other.example/c", "Kishida and Putin to meet in autumn | The Evening Lamp"),
]


def segments_of(pages) -> SiteSegments:
    segments = SiteSegments()
    for url, headline in pages:
        segments.observe(url, headline)
    return segments


@pytest.mark.parametrize(
    ("pages", "url", "headline", "cut"),
    [
        (PAGES, f"{SITE}/a", PAGES[0][1], "Japan protests Russian drills on Etorofu"),
        (PAGES, "https://other.example/c", PAGES[2][1], PAGES[2][1]),  # one page of its site: kept
        # a leading segment, on a subdomain of the same site
        ([("https://news.harbour.example/1", "Harbour Daily - Fishing boat seized near Kunashir"),
          ("https://www.harbour.example/2", "Harbour Daily - Border guards board a trawler")],
         "https://news.harbour.example/1", "Harbour Daily - Fishing boat seized near Kunashir",
         "Fishing boat seized near Kunashir"),
        # the same headline twice is no evidence: the segment stays
        ([(f"{SITE}/a", PAGES[0][1]), (f"{SITE}/a?amp", PAGES[0][1])], f"{SITE}/a", PAGES[0][1], PAGES[0][1]),
        # a cut never leaves fewer than three words
        ([(f"{SITE}/x", "Talks | The Morning Bell"), (f"{SITE}/y", "Drills | The Morning Bell")],
         f"{SITE}/x", "Talks | The Morning Bell", "Talks | The Morning Bell"),
        # pages without an address are never compared
        ([(None, PAGES[0][1]), (None, PAGES[1][1])], None, PAGES[0][1], PAGES[0][1]),
    ],
)
def test_a_segment_repeated_across_a_sites_pages_is_cut(pages, url, headline, cut):
    assert segments_of(pages).strip(url, headline)[0] == cut


def test_the_span_moves_with_the_cut():
    headline = "The Morning Bell | Japan protests Russian drills on Etorofu"
    other = "The Morning Bell | Visas end for islanders"
    segments = segments_of([(f"{SITE}/a", headline), (f"{SITE}/b", other)])
    cut, span = segments.strip(f"{SITE}/a", headline, (100, 100 + len(headline)))
    assert cut == "Japan protests Russian drills on Etorofu"
    assert span == (100 + headline.index(cut), 100 + len(headline))


def test_what_is_held_is_capped():
    segments = SiteSegments(limit=2)
    for index in range(10):
        segments.observe(f"https://s{index}.example/", f"Headline number {index} here | Site {index}")
    assert len(segments._rests) == 2


def _jsonl(path):
    lines = [json.dumps({"id": f"p{i}", "url": url, "text": f"{headline}\n\n{BODY}\n"})
             for i, (url, headline) in enumerate(PAGES)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _warc(path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        for url, headline in PAGES:
            html = (f"<html><head><title>{headline}</title></head><body><h1>{headline}</h1>"
                    f"<p>{BODY}</p><p>{BODY}</p></body></html>").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html),
                                                          http_headers=headers))


WANTED = ["Japan protests Russian drills on Etorofu", "Visa-free visits to the islands end",
          "Kishida and Putin to meet in autumn | The Evening Lamp"]


@pytest.mark.parametrize(("name", "write"), [("feed.jsonl", _jsonl), ("crawl.warc", _warc)])
def test_extract_cuts_the_shared_segment_in_a_batch(tmp_path, capsys, name, write):
    write(tmp_path / name)
    assert main(["extract", str(tmp_path / name), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert [r["headline"] for r in records] == WANTED


@pytest.mark.parametrize(("name", "write"), [("feed.jsonl", _jsonl), ("crawl.warc", _warc)])
def test_build_cuts_the_shared_segment_in_a_batch(tmp_path, name, write):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder / name)
    out = tmp_path / "out"
    assert main(["build", str(folder), "--out", str(out), "--all"]) == 0
    articles = pd.read_parquet(out / "articles.parquet").sort_values("url")
    assert sorted(articles["headline"]) == sorted(WANTED)


@pytest.mark.parametrize(("name", "write"), [("feed.jsonl", _jsonl), ("crawl.warc", _warc)])
def test_the_apps_tables_cut_the_shared_segment(tmp_path, name, write):
    from kurils.tables import build

    write(tmp_path / name)
    articles = build(tmp_path / name).articles
    assert sorted(articles["headline"]) == sorted(WANTED)


@pytest.mark.parametrize(("name", "write"), [("feed.jsonl", _jsonl), ("crawl.warc", _warc)])
def test_a_dask_partition_cuts_the_shared_segment(tmp_path, name, write):
    """``build --engine dask`` parses each partition in ``write_partition`` on a worker: called here
    directly (no cluster), its part holds the cut headlines as the local build's does."""
    from kurils.distributed import write_partition

    write(tmp_path / name)
    parts = tmp_path / "parts"
    for kind in ("articles", "events"):
        (parts / kind).mkdir(parents=True)
    write_partition([str(tmp_path / name)], str(parts), 0, relevant_only=False)
    articles = pd.concat(pd.read_parquet(path) for path in (parts / "articles").glob("*.parquet"))
    assert sorted(articles["headline"]) == sorted(WANTED)
