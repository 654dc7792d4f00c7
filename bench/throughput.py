"""Benchmark: the parser's cold start and throughput (issue 15 items 3-4), optionally against a revision.

Usage: python -m bench.throughput [--baseline REV] [--rounds 3] [--write]

Measures, in CPU seconds (the machine is shared: wall time mostly measures the other jobs):
- cold start: ``python -m kurils extract`` of the first seed in a new process (its CPU and its parse
  worker's), beside ``python -c "import trafilatura"``, both with compiled bytecode cached (as after a
  pip install; a first run fills the cache of each checkout);
- text: ``parse_file`` over the seeds x40, over 300 generated articles and over the real articles of
  batches a-e (distinct texts, each parsed once: no cache keyed by a sentence or a text can hit across
  them, as it can on the seeds' rotation), articles per CPU-second, after five warm-up parses (what
  loads once per process is not per-article cost);
- HTML: ``parse_bytes`` of each page against ``trafilatura.extract`` alone on the same pages (the
  generated corpus's pages and the first 100 ScrapingHub pages under ``$KURILS_PEERDATA``).

``--baseline REV`` exports that revision (``git archive``) to a temporary folder and measures it the
same way, each round running both checkouts in turn (fresh processes), so a speed-up is a ratio of one
run. The best of the rounds is kept for each. ``--write`` puts the table into docs/benchmarks.md (its
own section).
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
SEEDS = ROOT / "seeds"
SEED_REPEAT = 40
REAL = ROOT / "tests" / "data" / "real"
REAL_BATCHES = "abcdefg"  # the open batches (a held-out batch, h this session, is never read here)
GENERATED = 300
HTML_PEER_PAGES = 100
TEXT_PER_S = 300  # seed-sized articles per CPU-second on one core
HTML_RATIO = 1.0  # against trafilatura.extract on the same pages
COLD_S = 1.0
PROFILE_TITLES = {"profile-real": "Text: the distinct real texts of batches " + ", ".join(REAL_BATCHES),
                  "profile-html": "HTML: the same pages as the HTML row"}
SECTION_START, SECTION_END = "<!-- throughput:start -->", "<!-- throughput:end -->"


# --------------------------------------------------------------------------- in the measured checkout

def _child(kind: str, folder: str) -> dict:
    """One measurement in this process, whose ``kurils`` is the checkout under test."""
    if kind in ("text", "distinct"):
        from kurils.pipeline import expand_paths, parse_file

        paths = sorted(expand_paths([Path(folder)]))
        repeat = SEED_REPEAT if Path(folder).resolve() == SEEDS.resolve() else 1
        _warm_up()
        # distinct texts warm up on the seeds, so that none of them is parsed twice
        for path in (sorted(expand_paths([SEEDS])) if kind == "distinct" else paths)[:5]:
            parse_file(path)
        started = time.process_time()
        for _ in range(repeat):
            for path in paths:
                parse_file(path)
        cpu = time.process_time() - started
        return {"articles": len(paths) * repeat, "cpu": cpu,
                "bytes": sum(p.stat().st_size for p in paths) * repeat}
    if kind in ("profile-real", "profile-html"):
        from bench.profile import profile_pages, profile_paths

        if kind == "profile-real":
            found = profile_paths(sorted(Path(folder).glob("*.txt")))
        else:
            found = profile_pages([p.read_bytes() for p in sorted(Path(folder).glob("*.html"))])
        return {"markdown": found.markdown(PROFILE_TITLES[kind])}
    import trafilatura

    from kurils.pipeline import parse_bytes

    _warm_up()
    pages = [p.read_bytes() for p in sorted(Path(folder).glob("*.html"))]
    texts = [page.decode("utf-8", errors="replace") for page in pages]
    for page, text in list(zip(pages, texts, strict=True))[:5]:
        parse_bytes(page, "warm.html")
        trafilatura.extract(text)
    started = time.process_time()
    for text in texts:
        trafilatura.extract(text)
    theirs = time.process_time() - started
    started = time.process_time()
    for n, page in enumerate(pages):
        parse_bytes(page, f"page{n}.html")
    return {"pages": len(pages), "ours": time.process_time() - started, "theirs": theirs}


def _warm_up() -> None:
    """Load what a build's workers load before their first article (the language model, the Russian
    and Japanese tables, the HTML extractor): a one-time cost per process, not an article's. Without
    it the first non-English text of a row paid ~0.5-1 s of loading inside the measurement."""
    from kurils import pipeline

    if hasattr(pipeline, "warm_up"):  # a baseline revision may predate it
        try:
            pipeline.warm_up(everything=True)
        except TypeError:
            pipeline.warm_up()


# --------------------------------------------------------------------------- the parent

def _run_child(checkout: Path, kind: str, folder: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(checkout))
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", kind, str(folder)],
                         cwd=checkout, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _cold_env(checkout: Path, pycache: Path) -> dict[str, str]:
    """The environment of a cold-start run: the checkout first on the path, and its compiled bytecode
    kept under ``pycache`` (as an installed package has it from pip; a first run, not measured, fills
    it) even where the shell sets PYTHONDONTWRITEBYTECODE: otherwise every start compiles the parser's
    sources again (~0.15 s) while the libraries it is compared with load their ``.pyc`` files."""
    env = dict(os.environ, PYTHONPATH=str(checkout), PYTHONPYCACHEPREFIX=str(pycache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _cold(checkout: Path, command: list[str], pycache: Path) -> tuple[float, float]:
    """(wall, CPU) of one new process and its children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, cwd=checkout, env=_cold_env(checkout, pycache),
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _html_folder(generated: Path, tmp: Path) -> Path:
    folder = tmp / "html"
    folder.mkdir()
    for page in sorted(generated.glob("*.html")):
        (folder / page.name).write_bytes(page.read_bytes())
    peers = Path(os.environ.get("KURILS_PEERDATA", "/work/peerdata")) / "scrapinghub" / "html"
    if peers.is_dir():
        for page in sorted(peers.glob("*.html.gz"))[:HTML_PEER_PAGES]:
            (folder / page.name.removesuffix(".gz")).write_bytes(gzip.decompress(page.read_bytes()))
    return folder


def _real_folder(tmp: Path) -> Path:
    """The open batches' article texts in one folder (named batch_file: names repeat across batches)."""
    folder = tmp / "real"
    folder.mkdir()
    for batch in REAL_BATCHES:
        for path in sorted((REAL / batch).glob("*.txt")):
            (folder / f"{batch}_{path.name}").write_bytes(path.read_bytes())
    return folder


def measure(checkouts: dict[str, Path], rounds: int, profile: bool = False) -> dict[str, dict]:
    """Every measurement of every checkout, the checkouts in turn within each round; the best kept.
    ``profile``: then a sampling profile of the last checkout on the real texts and the HTML pages."""
    from bench.generate import generate

    seed = sorted(p for p in SEEDS.iterdir() if p.is_file())[0]
    best: dict[str, dict] = {name: {} for name in checkouts}
    with tempfile.TemporaryDirectory() as tmp:
        generated = Path(tmp) / "generated"
        generate(GENERATED, generated, seed=GENERATED)
        html = _html_folder(generated, Path(tmp))
        real = _real_folder(Path(tmp))
        starts = (("cold", [sys.executable, "-m", "kurils", "extract", str(seed)]),
                  ("import", [sys.executable, "-c", "import trafilatura"]))
        pycaches = {name: Path(tmp) / f"pycache{n}" for n, name in enumerate(checkouts)}
        for name, checkout in checkouts.items():  # the bytecode written once, as pip would
            for _key, command in starts:
                _cold(checkout, command, pycaches[name])
        for _ in range(rounds):
            for name, checkout in checkouts.items():
                got = best[name]
                for key, command in starts:
                    wall, cpu = _cold(checkout, command, pycaches[name])
                    got[key + "_wall"] = min(wall, got.get(key + "_wall", wall))
                    got[key + "_cpu"] = min(cpu, got.get(key + "_cpu", cpu))
                for key, kind, folder in (("seeds", "text", SEEDS), ("generated", "text", generated),
                                          ("real", "distinct", real)):
                    res = _run_child(checkout, kind, folder)
                    rate = res["articles"] / res["cpu"]
                    if rate > got.get(key, 0):
                        got[key], got[key + "_mb_s"] = rate, res["bytes"] / res["cpu"] / 1e6
                    got[key + "_n"] = res["articles"]
                res = _run_child(checkout, "html", html)
                got["pages"] = res["pages"]
                got["html_ratio"] = max(res["theirs"] / res["ours"], got.get("html_ratio", 0))
                got["html_ours"] = max(res["pages"] / res["ours"], got.get("html_ours", 0))
                got["html_theirs"] = max(res["pages"] / res["theirs"], got.get("html_theirs", 0))
        if profile:
            name, checkout = list(checkouts.items())[-1]
            best[name]["profiles"] = [_run_child(checkout, kind, folder)["markdown"]
                                      for kind, folder in (("profile-real", real), ("profile-html", html))]
    return best


def _export(rev: str, into: Path) -> Path:
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def table(best: dict[str, dict], names: list[str]) -> tuple[str, list[str]]:
    seed_bytes = sum(p.stat().st_size for p in SEEDS.iterdir() if p.is_file()) / len(list(SEEDS.iterdir()))

    def cells(key_format) -> list[str]:
        return [key_format(best[name]) for name in names]

    rows = [
        ("`extract` one seed, new process: CPU (wall)",
         cells(lambda b: f"{b['cold_cpu']:.2f} s ({b['cold_wall']:.2f} s)")),
        ("`import trafilatura`, new process: CPU (wall)",
         cells(lambda b: f"{b['import_cpu']:.2f} s ({b['import_wall']:.2f} s)")),
        (f"text, the seeds x{SEED_REPEAT}: articles per CPU-second", cells(lambda b: f"{b['seeds']:.0f}")),
        (f"text, {GENERATED} generated: articles per CPU-second (seed-sized)",
         cells(lambda b: f"{b['generated']:.0f} ({b['generated_mb_s'] * 1e6 / seed_bytes:.0f})")),
        (f"text, the {best[names[-1]]['real_n']} real articles of batches {', '.join(REAL_BATCHES)} "
         "(distinct, each once): articles per CPU-second (seed-sized)",
         cells(lambda b: f"{b['real']:.0f} ({b['real_mb_s'] * 1e6 / seed_bytes:.0f})")),
        ("HTML pages per CPU-second, ours / `trafilatura.extract`",
         cells(lambda b: f"{b['html_ours']:.1f} / {b['html_theirs']:.1f} ({b['html_ratio']:.2f}x)")),
    ]
    head = ["what", *names] + (["ratio"] if len(names) == 2 else [])
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    keys = ("cold_cpu", "import_cpu", "seeds", "generated", "real", "html_ratio")
    for (what, values), key in zip(rows, keys, strict=True):
        ratio = []
        if len(names) == 2:
            a, b = best[names[0]][key], best[names[1]][key]
            ratio = [f"{a / b:.2f}x" if key.endswith("cpu") else f"{b / a:.2f}x"]
        lines.append("| " + " | ".join([what, *values, *ratio]) + " |")
    this = best[names[-1]]
    verdicts = [
        f"- `extract` one file under {COLD_S:.0f} s from the start: "
        f"{'met' if this['cold_wall'] < COLD_S else '**missed**'} ({this['cold_wall']:.2f} s wall, "
        f"{this['cold_cpu']:.2f} s CPU"
        + ("; the wall time over the CPU time is waiting for the other jobs on this machine"
           if this['cold_wall'] >= COLD_S > this['cold_cpu'] else "") + ")",
        f"- text ≥{TEXT_PER_S} seed-sized articles per CPU-second on one core: "
        f"{'met' if this['seeds'] >= TEXT_PER_S else '**missed**'} ({this['seeds']:.0f} on the seeds, "
        f"{this['real']:.0f} on the distinct real texts)",
        f"- HTML pages/s ≥ `trafilatura.extract`'s on the same {this['pages']} pages: "
        f"{'met' if this['html_ratio'] >= HTML_RATIO else '**missed**'} ({this['html_ratio']:.2f}x)",
    ]
    return "\n".join(lines), verdicts


def write_section(text: str, verdicts: list[str], command: str, rounds: int,
                  profiles: list[str] = ()) -> None:
    from bench.doc_section import replace_section

    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    load = os.getloadavg()[0]
    section = (f"{SECTION_START}\n## Cold start and throughput (issue 15 items 3-4)\n\nRegenerated by "
               f"`{command}` on {when} ({machine}; load average {load:.1f} at the end, so CPU seconds, the "
               f"best of {rounds} rounds, the checkouts in turn within each round; see bench/throughput.py)."
               f"\n\n{text}\n\n" + "\n".join(verdicts) + _profiles_text(profiles) + f"\n{SECTION_END}\n")
    replace_section(DOC, SECTION_START, SECTION_END, section)


def _profiles_text(profiles: list[str]) -> str:
    if not profiles:
        return ""
    return ("\n\n### Where the time goes (sampling profiles of this checkout, same run)\n\n"
            "pyinstrument, a stack every 0.5 ms, after the warm-up a build does (`python -m bench.profile "
            "real|html` prints the same). The text target is missed by ~4x on the seeds (more in seed-sized "
            "real articles) and the HTML one by ~2x, while no function's own time is above ~8% of the parse "
            "(many passes of comparable cost; the HTML reading alone is ~0.9x `trafilatura.extract`): see "
            "bench/notes.md, sessions 16 and 17.\n\n" + "\n\n".join(profiles))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", help="a git revision to measure beside this checkout (e.g. main)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--write", action="store_true", help="put the table into docs/benchmarks.md")
    ap.add_argument("--no-profile", action="store_true", help="no sampling profiles (they go with --write)")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(_child(*args.child)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        checkouts = {}
        if args.baseline:
            label = subprocess.run(["git", "rev-parse", "--short", args.baseline], cwd=ROOT, text=True,
                                   capture_output=True, check=True).stdout.strip()
            checkouts[f"{args.baseline} {label}"] = _export(args.baseline, Path(tmp))
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                              capture_output=True, check=True).stdout.strip()
        checkouts[f"this checkout ({head})"] = ROOT
        best = measure(checkouts, args.rounds, profile=args.write and not args.no_profile)
    text, verdicts = table(best, list(checkouts))
    print(text + "\n\n" + "\n".join(verdicts))
    if args.write:
        command = "python -m bench.throughput" + (f" --baseline {args.baseline}" if args.baseline else "") \
            + (f" --rounds {args.rounds}" if args.rounds != 3 else "") + " --write"
        write_section(text, verdicts, command, args.rounds, best[list(checkouts)[-1]].get("profiles", []))


if __name__ == "__main__":
    main()
