"""Command line: ``python -m kurils extract|build|geo|accuracy``."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Sequence

from kurils.inputs import BatchStats
from kurils.pipeline import input_items, parse_item, valid_unicode
from kurils.progress import Progress
from kurils.relevance import RELEVANT_LEVELS

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


def cmd_extract(args: argparse.Namespace) -> int:
    out = utf8_stdout()
    row = io.StringIO()  # a CSV row is written here first, so the line can be checked before it goes out
    writer = None
    parsed = failed = 0
    stats = BatchStats()
    progress = Progress()
    for item in input_items(args.paths, stats):
        article = parse_item(item)
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
    from kurils.tables import write_tables

    stats = BatchStats()
    with Progress() as progress:
        written = write_tables(args.folder, args.out, jobs=args.jobs, geo_dir=args.geo_dir,
                               engine=args.engine, scheduler=args.scheduler,
                               relevant_only=not args.all, progress=progress, stats=stats)
    if stats.skipped:
        print(f"kurils: records in batch files {stats.summary()}", file=sys.stderr)
    for path in written:
        print(path)
    return 0


def cmd_geo(args: argparse.Namespace) -> int:
    from kurils.geo import write_geo

    for path in write_geo(args.out, events_from=args.events_from):
        print(path)
    return 0


def cmd_accuracy(args: argparse.Namespace) -> int:
    from kurils.accuracy import main as accuracy_main

    return accuracy_main(args.folder, args.expected, markdown=args.markdown, with_urls=not args.no_urls)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m kurils", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    extract = sub.add_parser("extract", help="one record per article (JSON Lines or CSV), relevant or not")
    extract.add_argument("paths", nargs="+", help="files, batch files (.jsonl, .warc, .zip...) or folders")
    extract.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    extract.set_defaults(func=cmd_extract)

    build = sub.add_parser("build", help="articles, events and merged events as Parquet and CSV, and geo/")
    build.add_argument("folder", help="a folder (with text, html and batch files) or one batch file")
    build.add_argument("--out", default="data")
    build.add_argument("--jobs", type=int, default=1, help="worker processes")
    build.add_argument("--geo-dir", default=None, help="also write the GeoJSON files here")
    build.add_argument("--all", action="store_true",
                       help="keep every article (default: those about the dispute, and inputs that failed)")
    build.add_argument("--engine", choices=["local", "dask"], default="local",
                       help="local: a process pool on this machine; dask: Dask workers (pip install -r "
                            "requirements-dask.txt), --jobs local ones or the cluster at --scheduler")
    build.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="with --engine dask: a running Dask scheduler, e.g. tcp://10.0.0.5:8786")
    build.set_defaults(func=cmd_build)

    geo = sub.add_parser("geo", help="write geo/kurils.geojson and geo/land.geojson")
    geo.add_argument("--out", default="geo")
    geo.add_argument("--events-from", default="seeds",
                     help="folder of articles whose event places go on the map")
    geo.set_defaults(func=cmd_geo)

    acc = sub.add_parser("accuracy", help="accuracy per field against an expected.json")
    acc.add_argument("folder", nargs="?", default=None,
                     help="default: the real set (tests/data/real/*); 'seeds' for the seed articles")
    acc.add_argument("--expected", default=None)
    acc.add_argument("--markdown", action="store_true")
    acc.add_argument("--no-urls", action="store_true",
                     help="score real articles as bare text, without their URLs")
    acc.set_defaults(func=cmd_accuracy)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0
