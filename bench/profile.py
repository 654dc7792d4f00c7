"""Where a parse spends its time: a sampling profile (pyinstrument), as markdown for docs/benchmarks.md.

Usage: python -m bench.profile [seeds|real|html]

A missed throughput target is explained by the profile of the same kind of input, taken by the
command that writes the figures (``bench.throughput --write``): the call tree below ``parse_bytes``
(each node's share of the whole parse, the nodes of at least ``MIN_SHARE``) and the functions with
the largest inclusive shares (a function counted once per stack, so recursion is not counted twice).
Sampling (a stack every half millisecond) does not inflate small Python calls the way cProfile does,
so the shares are close to what the code costs; on a shared machine they are shares of the wall
time the process was sampled, which the other jobs slow down evenly.
"""
from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROOT_FUNCTION = "parse_bytes"
MIN_SHARE = 0.03
MAX_DEPTH = 5
TOP_FUNCTIONS = 15


@dataclass(frozen=True)
class Profile:
    """A sampled run: its tree below ``parse_bytes`` as markdown lines, and the top functions."""

    seconds: float  # sampled time under the root function
    tree: list[str]
    top: list[tuple[str, float, float]]  # (function, inclusive share, own share)

    def markdown(self, title: str) -> str:
        lines = [f"{title} ({self.seconds:.2f} s sampled under `{ROOT_FUNCTION}`; each node's share of it, "
                 f"nodes of {MIN_SHARE:.0%} or more):", "", "```", *self.tree, "```", "",
                 "| function | inclusive | own |", "|---|---|---|"]
        lines += [f"| `{name}` | {incl:.1%} | {own:.1%} |" for name, incl, own in self.top]
        return "\n".join(lines)


def sample(run: Callable[[], object], interval: float = 0.0005) -> Profile:
    """Profile ``run()`` (the measured loop, after its warm-up) by sampling its stacks."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=interval)
    profiler.start()
    run()
    profiler.stop()
    roots = _all(profiler.last_session.root_frame(), ROOT_FUNCTION)
    total = sum(r.time for r in roots)
    if not total:
        return Profile(0.0, ["(no sample under parse_bytes)"], [])
    merged = _Node()
    for root in roots:
        merged.add(root)
    tree: list[str] = []
    (label, node), = merged.children.items()
    _render(node, total, 0, tree, label)
    return Profile(total, tree, _top(roots, total))


class _Node:
    """The frames of one call path summed over every parse (one tree, not one per article)."""

    def __init__(self) -> None:
        self.time = 0.0
        self.children: dict[str, _Node] = {}

    def add(self, frame) -> None:
        node = self.children.setdefault(_label(frame), _Node())
        node.time += frame.time
        for child in frame.children:
            node.add(child)


def _label(frame) -> str:
    where = os.path.relpath(frame.file_path, ROOT) if frame.file_path and frame.file_path.startswith(
        str(ROOT)) else Path(frame.file_path or "?").parent.name + "/" + Path(frame.file_path or "?").name
    if frame.is_synthetic:
        return frame.function  # "[self]", "[await]"...
    return f"{frame.function} ({where}:{frame.line_no})"


def _all(frame, function: str) -> list:
    """The outermost frames of ``function`` (parse_file -> parse_bytes, or parse_bytes called alone)."""
    if frame.function == function:
        return [frame]
    return [found for child in frame.children for found in _all(child, function)]


def _render(node: _Node, total: float, depth: int, out: list[str], label: str = ROOT_FUNCTION) -> None:
    out.append(f"{'  ' * depth}{node.time / total:6.1%}  {label}")
    if depth >= MAX_DEPTH:
        return
    for name, child in sorted(node.children.items(), key=lambda item: -item[1].time):
        if child.time >= MIN_SHARE * total:
            _render(child, total, depth + 1, out, name)


def _top(roots: Iterable, total: float) -> list[tuple[str, float, float]]:
    inclusive: dict[str, float] = {}
    own: dict[str, float] = {}

    def walk(frame, above: frozenset[str]) -> None:
        if frame.is_synthetic:  # "[self]": its parent's own time
            return
        name = _label(frame)
        own[name] = own.get(name, 0.0) + frame.total_self_time
        if name not in above:
            inclusive[name] = inclusive.get(name, 0.0) + frame.time
        for child in frame.children:
            walk(child, above | {name})

    for root in roots:
        walk(root, frozenset())
    ranked = sorted(inclusive, key=lambda n: -inclusive[n])
    ranked = [n for n in ranked if not n.startswith((ROOT_FUNCTION + " ", "parse_file "))][:TOP_FUNCTIONS]
    return [(n, inclusive[n] / total, own.get(n, 0.0) / total) for n in ranked]


# --------------------------------------------------------------------------- the inputs

def real_texts() -> list[Path]:
    """The open batches' texts (bench.throughput's distinct-text row)."""
    from bench.throughput import REAL, REAL_BATCHES

    return [p for batch in REAL_BATCHES for p in sorted((REAL / batch).glob("*.txt"))]


def profile_paths(paths: list[Path], repeat: int = 1) -> Profile:
    """parse_file over ``paths`` (x ``repeat``), after the warm-up a build does."""
    from kurils.pipeline import parse_file, warm_up

    warm_up(everything=True)

    def run() -> None:
        for _ in range(repeat):
            for path in paths:
                parse_file(path)

    return sample(run)


def profile_pages(pages: list[bytes]) -> Profile:
    """parse_bytes of each HTML page, after the warm-up a build does."""
    from kurils.pipeline import parse_bytes, warm_up

    warm_up(everything=True)
    return sample(lambda: [parse_bytes(page, f"page{n}.html") for n, page in enumerate(pages)])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kind", choices=("seeds", "real", "html"), default="real", nargs="?")
    args = ap.parse_args(argv)
    if args.kind == "real":
        print(profile_paths(real_texts()).markdown("the real texts"))
    elif args.kind == "seeds":
        from bench.throughput import SEEDS

        seeds = sorted(p for p in SEEDS.iterdir() if p.is_file())
        print(profile_paths(seeds, repeat=20).markdown("the seeds x20"))
    else:
        import gzip

        from bench.throughput import HTML_PEER_PAGES

        peers = Path(os.environ.get("KURILS_PEERDATA", "/work/peerdata")) / "scrapinghub" / "html"
        pages = [gzip.decompress(p.read_bytes()) for p in sorted(peers.glob("*.html.gz"))[:HTML_PEER_PAGES]]
        print(profile_pages(pages).markdown("ScrapingHub pages"))


if __name__ == "__main__":
    main()
