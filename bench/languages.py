"""Accuracy of a real-set batch per language: as parsed, and with each publication date given.

Usage: python -m bench.languages [tests/data/real/b]

The language rules (dates, names, places, event words in Russian and Japanese) can only date an
event when the article's publication date is known. "dates given" sets it from the annotation and
re-reads the events, so the rules are measured apart from publication-date finding; the headline
figures stay those of ``kurils.accuracy.evaluate_batch``. A file's language is the last part of
its name (``NN_outlet_year_lang.txt``).
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from kurils.accuracy import Report, rows, score_article
from kurils.events import extract_events
from kurils.models import Article, Published, Source, TimeValue
from kurils.pipeline import parse_bytes

ROOT = Path(__file__).resolve().parent.parent


def with_date_given(article: Article, item: dict) -> Article:
    """The article re-read with the annotated publication day (or range) as its date."""
    first, last = (date.fromisoformat(d) for d in ([item["published"]] * 2 if item["published"]
                                                     else item["published_range"]))
    article.published = Published(TimeValue(first, last, "day" if first == last else "range"), False, "given")
    article.places, article.people, article.events = extract_events(article)
    return article


def annotated_articles(folder: Path, dates_given: bool):
    """(annotation, article, language) for each article of a real batch, parsed with its URL as a
    batch gives it; the language is the annotation's, else the file name's last part ("_ru")."""
    for item in json.loads((folder / "expected.json").read_text(encoding="utf-8"))["articles"]:
        path = folder / item["file"]
        article = parse_bytes(path.read_bytes(), str(path), source=Source(url=item.get("url")))
        if dates_given and not article.error:
            article = with_date_given(article, item)
        yield item, article, item.get("language") or path.stem.rsplit("_", 1)[-1]


def by_language(folder: Path, dates_given: bool) -> dict[str, Report]:
    reports: dict[str, Report] = {"all": Report()}
    for item, article, language in annotated_articles(folder, dates_given):
        for key in ("all", language):
            score_article(reports.setdefault(key, Report()), article, item)
    return reports


def table(reports: dict[str, Report]) -> str:
    fields = ("published", "places", "people", "events found", "events right", "event type")
    lines = ["| set | articles | " + " | ".join(fields) + " | extra |", "|---" * (len(fields) + 3) + "|"]
    for name, report in reports.items():
        cells = dict((a, b) for a, b, _ in rows(report))
        cells["places"] = f"F1 {report.places.f1:.2f}"
        cells["people"] = f"F1 {report.people.f1:.2f}"
        lines.append(f"| {name} | {report.articles} | " + " | ".join(cells[f] for f in fields)
                     + f" | {report.extra} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    folder = Path(argv[0]) if argv else ROOT / "tests" / "data" / "real" / "b"
    for dates_given in (False, True):
        print("### as parsed" if not dates_given else "### publication dates given")
        print()
        print(table(by_language(folder, dates_given)))
        print()


if __name__ == "__main__":
    main()
