"""Page metadata on the peers' public evaluation sets, kurils beside the libraries, in one run.

    python3 -m bench.peers --data /work/peerdata [--jobs 2] [--limit N] [--details out.jsonl]

Three scores, each on the same pages for every system:

- **date**: exact day on htmldate's ``tests/eval_default.json`` and ``tests/eval_mediacloud_2020.json``
  (their HTML under ``tests/test_set``, ``tests/cache`` or ``tests/eval``): kurils' ``published``
  against ``htmldate.find_date`` in extensive and in fast mode (``original_date=True``), each given the
  page's URL as kurils is. Counted as htmldate's own ``evaluation.py`` does: a page whose truth is
  "no date" is right when no date is given.
- **body**: 4-gram shingle F1 on the ScrapingHub article-extraction-benchmark (``ground-truth.json``,
  ``html/*.html.gz``), computed as its ``evaluate.py`` does (per-page tp/fp/fn normalised, precision and
  recall averaged over pages): kurils' body against ``trafilatura.extract(html)`` as the benchmark's
  own ``run_trafilatura.py`` calls it.
- **title**: exact (whitespace-normalised) match on the pages of trafilatura's ``tests/evaldata.json``
  that carry a ``title``: kurils' headline against ``trafilatura.bare_extraction(...).title``.

The data is not in the repository. Bring it with the search tool's fetch (or ``git clone``) and copy
each repository's files into DIR, e.g. for a bare mirror::

    git -C htmldate.git archive HEAD tests | tar -x -C DIR/htmldate --strip-components=1
    git -C trafilatura.git archive HEAD tests | tar -x -C DIR/trafilatura --strip-components=1
    git -C article-extraction-benchmark.git archive HEAD html ground-truth.json | tar -x -C DIR/scrapinghub

``--data`` defaults to ``$KURILS_PEERDATA``; a missing set is skipped with a message saying where it was
looked for.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

HTMLDATE_SETS = ("eval_default.json", "eval_mediacloud_2020.json")
HTMLDATE_DIRS = ("test_set", "cache", "eval")
TRAFILATURA_DIRS = ("cache", "eval")


@dataclass(frozen=True)
class Page:
    task: str  # 'date' | 'body' | 'title'
    url: str
    path: str
    truth: str | None


# --------------------------------------------------------------------------- loading the sets

def _find(folder: Path, subdirs: tuple[str, ...], name: str) -> Path | None:
    for sub in subdirs:
        path = folder / sub / name
        if path.is_file():
            return path
    return None


def date_pages(root: Path) -> Iterator[Page]:
    folder = root / "htmldate"
    for name in HTMLDATE_SETS:
        for url, item in json.loads((folder / name).read_text(encoding="utf-8")).items():
            path = _find(folder, HTMLDATE_DIRS, item["file"])
            if path is not None:
                yield Page("date", url, str(path), item.get("date"))


def title_pages(root: Path) -> Iterator[Page]:
    folder = root / "trafilatura"
    for url, item in json.loads((folder / "evaldata.json").read_text(encoding="utf-8")).items():
        path = _find(folder, TRAFILATURA_DIRS, item["file"])
        if item.get("title") and path is not None:
            yield Page("title", url, str(path), item["title"])


def body_pages(root: Path) -> Iterator[Page]:
    folder = root / "scrapinghub"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for key, item in sorted(truth.items()):
        path = folder / "html" / f"{key}.html.gz"
        if path.is_file():
            yield Page("body", item.get("url") or "", str(path), item.get("articleBody", ""))


SETS: dict[str, tuple[Callable[[Path], Iterator[Page]], str]] = {
    "date": (date_pages, "htmldate/eval_default.json"),
    "body": (body_pages, "scrapinghub/ground-truth.json"),
    "title": (title_pages, "trafilatura/evaldata.json"),
}


# --------------------------------------------------------------------------- running the systems

def page_bytes(page: Page) -> bytes:
    data = Path(page.path).read_bytes()
    return gzip.decompress(data) if page.path.endswith(".gz") else data


def as_text(data: bytes) -> str:
    """The page as htmldate's evaluation decodes it: UTF-8, else charset detection."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", errors="replace")


def run_kurils(data: bytes, url: str) -> dict:
    from kurils.models import Source
    from kurils.pipeline import parse_metadata

    article = parse_metadata(data, file=url or "<page>", source=Source(url=url or None))
    return {"date": article.published.day, "body": article.body, "title": article.headline}


def run_page(page: Page) -> dict:
    """Every system's answer for one page (a worker function: plain data in and out)."""
    import htmldate
    import trafilatura

    data = page_bytes(page)
    answers: dict = {"task": page.task, "url": page.url, "truth": page.truth}
    try:
        ours = run_kurils(data, page.url)
    except Exception as exc:  # noqa: BLE001 - a crash is a miss, and is shown
        ours = {"date": None, "body": "", "title": None, "error": repr(exc)}
    answers["kurils"] = ours[page.task]
    if page.task == "date":
        text = as_text(data)
        for mode, extensive in (("htmldate_extensive", True), ("htmldate_fast", False)):
            try:
                answers[mode] = htmldate.find_date(text, url=page.url, original_date=True,
                                                   extensive_search=extensive)
            except Exception:  # noqa: BLE001
                answers[mode] = None
    elif page.task == "body":
        answers["trafilatura"] = trafilatura.extract(data.decode("utf-8", errors="replace"),
                                                     include_comments=False) or ""
    else:
        document = trafilatura.bare_extraction(data, url=page.url, with_metadata=True)
        answers["trafilatura"] = getattr(document, "title", None) if document is not None else None
    return answers


# --------------------------------------------------------------------------- scoring

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def shingle_counts(truth: str, prediction: str) -> tuple[float, float, float]:
    """(tp, fp, fn) over 4-gram shingles, normalised to sum 1, as ScrapingHub's evaluate.py."""
    t, p = shingles(truth), shingles(prediction)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def body_f1(counts: list[tuple[float, float, float]]) -> float:
    def precision(tp, fp, fn):
        return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)

    def recall(tp, fp, fn):
        return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)

    ps = [precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [recall(*c) for c in counts if c[0] + c[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def norm(text: str | None) -> str:
    return " ".join((text or "").split())


def right(task: str, truth: str | None, answer) -> bool:
    if task == "date":
        return (answer or None) == (truth or None)
    return norm(answer) == norm(truth)


def score(results: list[dict]) -> list[tuple[str, str, str, int]]:
    """Rows of (task, system, score, pages)."""
    rows = []
    for task, systems in (("date", ("kurils", "htmldate_extensive", "htmldate_fast")),
                          ("body", ("kurils", "trafilatura")),
                          ("title", ("kurils", "trafilatura"))):
        items = [r for r in results if r["task"] == task]
        if not items:
            continue
        for system in systems:
            if task == "body":
                value = body_f1([shingle_counts(r["truth"], r[system]) for r in items])
            else:
                value = sum(right(task, r["truth"], r[system]) for r in items) / len(items)
            rows.append((task, system, f"{value:.3f}", len(items)))
    return rows


LABELS = {
    "date": "publication date, exact day (htmldate's eval_default + eval_mediacloud_2020)",
    "body": "article body, 4-gram F1 (ScrapingHub article-extraction-benchmark)",
    "title": "title, exact (trafilatura's evaldata.json, pages with a title)",
}


def markdown(rows: list[tuple[str, str, str, int]]) -> str:
    lines = ["| measure | system | score | pages |", "|---|---|---|---|"]
    lines += [f"| {LABELS[t]} | {s} | {v} | {n} |" for t, s, v, n in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=os.environ.get("KURILS_PEERDATA"),
                        help="folder with htmldate/, trafilatura/, scrapinghub/ (default $KURILS_PEERDATA)")
    parser.add_argument("--sets", default="date,body,title")
    parser.add_argument("--limit", type=int, default=0, help="at most N pages a set (0: all)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--details", help="write every page's answers here (JSON Lines)")
    args = parser.parse_args(argv)
    if not args.data or not Path(args.data).is_dir():
        print(f"bench.peers: no data folder ({args.data or 'set --data or $KURILS_PEERDATA'}); skipped. "
              "See this module's docstring for how to bring the sets.")
        return 0
    root = Path(args.data)
    pages: list[Page] = []
    for name in args.sets.split(","):
        loader, marker = SETS[name]
        if not (root / marker).is_file():
            print(f"bench.peers: {name}: {root / marker} not found; skipped")
            continue
        found = list(loader(root))
        pages += found[:args.limit] if args.limit else found
    started = time.perf_counter()
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            results = list(pool.map(run_page, pages, chunksize=4))
    else:
        results = [run_page(p) for p in pages]
    if args.details:
        with open(args.details, "w", encoding="utf-8") as out:
            for r in results:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(markdown(score(results)))
    print(f"\n{len(pages)} pages in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
