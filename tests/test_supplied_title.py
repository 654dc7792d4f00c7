"""A title supplied with a batch item (a scraper's ``title`` field) is the headline, less the site's name."""

import json

import pytest

from kurils.models import Source
from kurils.pipeline import parse_bytes

BODY = (
    "Japan and Russia agreed on Friday to start talks on joint economic activities on four disputed islands, "
    "a step toward ending a territorial row that has kept them from signing a peace treaty.\n\n"
    "The two leaders are expected to meet again later this year, officials said.\n"
)


@pytest.mark.parametrize(
    ("title", "url", "headline"),
    [
        ("Japan, Russia agree to start island talks", None, "Japan, Russia agree to start island talks"),
        ("Japan, Russia agree to start island talks | Reuters", "https://www.reuters.com/world/x",
         "Japan, Russia agree to start island talks"),
        ("Japan, Russia agree to start island talks - Harbour Courier", "https://harbourcourier.example/a",
         "Japan, Russia agree to start island talks"),
        ("北方領土で共同経済活動 日ロが協議へ", None, "北方領土で共同経済活動 日ロが協議へ"),
    ],
)
def test_a_supplied_title_is_the_headline_without_the_site_name(title, url, headline):
    article = parse_bytes(f"Menu\n\n{BODY}".encode(), "feed.jsonl#1", Source(url=url, title=title))
    assert article.headline == headline
    assert article.headline_span is None  # the text does not print it


def test_a_supplied_title_printed_in_the_text_points_at_its_line():
    title = "Japan, Russia agree to start island talks"
    text = f"Breaking News\n\n{title}\n\n{BODY}"
    article = parse_bytes(text.encode(), "feed.jsonl#1", Source(title=f"{title} | Example Daily"))
    start, end = article.headline_span
    assert article.headline == title and article.text[start:end] == title


@pytest.mark.parametrize("title", [None, "", "   ", "News"])
def test_a_blank_or_one_word_title_leaves_the_texts_own_headline(title):
    text = f"Japan, Russia agree to start island talks\n\n{BODY}"
    article = parse_bytes(text.encode(), "feed.jsonl#1", Source(title=title))
    assert article.headline == "Japan, Russia agree to start island talks"


def test_a_json_lines_title_field_reaches_the_record(tmp_path):
    from kurils.pipeline import parse_paths

    feed = tmp_path / "feed.jsonl"
    record = {"id": "1", "title": "Island talks resume - Example Daily", "url": "https://exampledaily.example/x",
              "text": BODY}
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert parse_paths([feed])[0].headline == "Island talks resume"
