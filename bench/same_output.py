"""The parser's records on a fixed mix of inputs, to prove a speed-up changes no output.

    python3 -m bench.same_output OUT.jsonl [--compare BEFORE.jsonl] [--generated 400] [--html DIR]
        [--held-out h]

Writes one ``extract`` record per input (events included) for the seeds, the real sets
(``tests/data/real/*``, each file also parsed with its URL from ``urls.tsv``), a generated corpus
(``bench/generate.py``, fixed seed) and, with ``--html``, every page under DIR (``.html`` or
``.html.gz``, e.g. the peers' evaluation pages). With ``--compare``, exits 1 and names the first
inputs whose records differ. Run it before a change and after, on the same options.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from bench.generate import generate
from kurils.models import Source
from kurils.pipeline import expand_paths, parse_bytes

ROOT = Path(__file__).resolve().parent.parent


def _real_inputs(held_out: frozenset[str] = frozenset()) -> Iterator[tuple[str, bytes, Source | None]]:
    for folder in sorted((ROOT / "tests" / "data" / "real").iterdir()):
        if folder.name in held_out:
            continue
        urls = {}
        if (folder / "urls.tsv").is_file():
            for line in (folder / "urls.tsv").read_text(encoding="utf-8").splitlines():
                name, _, url = line.partition("\t")
                urls[name] = url.strip()
        for path in expand_paths([folder]):
            if path.name in ("urls.tsv", "expected.json", "make_expected.py") or path.suffix == ".md":
                continue
            data = path.read_bytes()
            yield str(path.relative_to(ROOT)), data, None
            if urls.get(path.name):
                yield str(path.relative_to(ROOT)) + " @url", data, Source(url=urls[path.name])


def _html_inputs(folder: Path) -> Iterator[tuple[str, bytes, Source | None]]:
    for path in sorted(folder.rglob("*")):
        if path.name.endswith(".html.gz"):
            yield path.name, gzip.decompress(path.read_bytes()), None
        elif path.suffix in (".html", ".htm"):
            yield path.name, path.read_bytes(), None


def inputs(generated: int, html: Path | None, tmp: Path,
           held_out: frozenset[str] = frozenset()) -> Iterator[tuple[str, bytes, Source | None]]:
    for path in expand_paths([ROOT / "seeds"]):
        yield str(path.relative_to(ROOT)), path.read_bytes(), None
    yield from _real_inputs(held_out)
    if generated:
        generate(generated, tmp, seed=15)
        for path in expand_paths([tmp]):
            yield "generated/" + path.name, path.read_bytes(), None
    if html is not None:
        yield from _html_inputs(html)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--compare", default=None)
    ap.add_argument("--generated", type=int, default=400)
    ap.add_argument("--html", type=Path, default=None)
    ap.add_argument("--held-out", default="", help="real batches not to read, e.g. h")
    args = ap.parse_args(argv)
    held_out = frozenset(args.held_out.replace(",", ""))
    with tempfile.TemporaryDirectory() as tmp, open(args.out, "w", encoding="utf-8") as out:
        for name, data, source in inputs(args.generated, args.html, Path(tmp), held_out):
            record = parse_bytes(data, file=name, source=source).to_record()
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    if args.compare is None:
        return 0
    before = Path(args.compare).read_text(encoding="utf-8").splitlines()
    after = Path(args.out).read_text(encoding="utf-8").splitlines()
    differ = [json.loads(b)["file"] for b, a in zip(before, after, strict=False) if a != b]
    if len(before) != len(after):
        differ.append(f"record count {len(before)} -> {len(after)}")
    print(f"{len(after)} records, {len(differ)} differ" + (": " + ", ".join(differ[:10]) if differ else ""))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
