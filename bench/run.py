"""Benchmark: extract throughput against the read-and-decode floor, build time and memory, app and browser.

Usage: python -m bench.run [--sizes 1000,10000] [--skip STEP,...] [--baseline main] [--write]

Every measurement that needs a clean process (build, app, browser) runs in a child process.
The machine is shared and noisy (2 cores): the ratios within one run matter more than the
absolute numbers. ``--write`` regenerates docs/benchmarks.md, the one command for all of it: each
step of this command writes its own section (its table, the verdict on each target, the command and
the time), then ``bench.hostile``, ``bench.throughput`` (against ``--baseline``, with its profiles)
and ``bench.scale`` (``--scale-sizes``) write theirs, and the analysis kept in bench/notes.md closes
the file. A step left out with ``--skip`` keeps the section an earlier run wrote, dated.
Steps: cold, extract, html, app, browser, build, dask, hostile, throughput, scale.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.doc_section import MEASURED_HEADING, replace_section
from bench.generate import generate
from bench.memory import TreeSampler

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
NOTES = ROOT / "bench" / "notes.md"
SEEDS = ROOT / "seeds"
MINIMAL_APP = ROOT / "bench" / "minimal_app.py"
APP = ROOT / "app.py"

# targets (issue "Speed and scale")
EXTRACT_ARTICLES_PER_S = 1000  # seed-sized articles per second on one core
EXTRACT_300_PER_S = 300  # the same, issue "Past one machine" item 4
HTML_TRAFILATURA_RATIO = 1.0  # HTML pages/s against trafilatura.extract alone on the same pages
HTML_PEER_PAGES = 100  # pages of the ScrapingHub benchmark ($KURILS_PEERDATA/scrapinghub/html), if present
EXTRACT_FLOOR_RATIO = 10  # within 10x the read-and-decode floor
BUILD_10K_JOBS2_S = 30
BUILD_PEAK_MB = 500
APP_FILTER_RATIO = 2  # filter change, 10,000 articles, against the minimal app's rerun
APP_FIRST_S = 3
BROWSER_RATIO = 1.5  # the app's first view in Chromium against the bare page, same run
# targets (issue "Past one machine")
EXTRACT_COLD_S = 1.0  # `python -m kurils extract one.txt`, start to record
DASK_SPEEDUP = 1.8  # 2 Dask workers against 1 on the largest corpus
MEMORY_GROWTH = 1.2  # build peak memory, largest corpus against 10,000 articles


@dataclass
class Report:
    rows: list[list[str]] = field(default_factory=list)
    verdicts: list[str] = field(default_factory=list)
    step: str = ""  # the step whose rows and verdicts come next (its own section of the document)
    by_step: dict[str, tuple[list[list[str]], list[str]]] = field(default_factory=dict)

    def row(self, *cells) -> None:
        self.rows.append([str(c) for c in cells])
        self.by_step.setdefault(self.step, ([], []))[0].append(self.rows[-1])

    def target(self, what: str, ok: bool | None, detail: str) -> None:
        mark = "n/a" if ok is None else ("met" if ok else "**missed**")
        self.verdicts.append(f"- {what}: {mark} ({detail})")
        self.by_step.setdefault(self.step, ([], []))[1].append(self.verdicts[-1])

    def table(self, rows: list[list[str]] | None = None) -> str:
        head = ["what", "articles", "measured", "baseline", "ratio"]
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(r) + " |" for r in (self.rows if rows is None else rows)]
        return "\n".join(lines)


def _folder_stats(folder: Path) -> tuple[list[Path], float]:
    from kurils.pipeline import expand_paths

    paths = list(expand_paths([folder]))
    return paths, sum(p.stat().st_size for p in paths) / 1e6


def _seed_mean_bytes() -> float:
    sizes = [p.stat().st_size for p in SEEDS.iterdir() if p.is_file()]
    return sum(sizes) / len(sizes)


def extract_rows(report: Report, folder: Path, label: str, repeat: int = 1) -> None:
    """parse_file on one core (files read from the page cache), beside reading and decoding them; in CPU
    seconds of this process (the machine is shared: wall time mostly measures the other jobs)."""
    from kurils.pipeline import parse_file, warm_up
    from kurils.read import read_bytes

    paths, mb = _folder_stats(folder)
    paths = paths * repeat
    mb *= repeat
    n = len(paths)
    warm_up(everything=True)  # the language model, RU/JA tables, HTML extractor: as a build's workers
    for p in paths[:5]:
        parse_file(p)  # lazy tables, patterns and models load once per process: not per-article cost
    t0 = time.process_time()
    for p in paths:
        p.read_bytes().decode("utf-8", errors="replace")
    t_floor = time.process_time() - t0
    t0 = time.process_time()
    for p in paths:
        read_bytes(p.read_bytes(), p.name)
    t_read = time.process_time() - t0
    t0 = time.process_time()
    errors = sum(1 for p in paths if parse_file(p).error)
    t_parse = time.process_time() - t0
    rate, mbs = n / t_parse, mb / t_parse
    seed_rate = mbs * 1e6 / _seed_mean_bytes()
    report.row(f"extract (parse_file, 1 core, per CPU-second), {label}", n,
               f"{rate:,.0f} art/s, {mbs:.2f} MB/s (= {seed_rate:,.0f} seed-sized art/s); errors {errors}",
               f"read+decode {n / t_floor:,.0f} art/s, {mb / t_floor:.1f} MB/s",
               f"{t_parse / t_floor:,.0f}x")
    report.row(f"extract vs kurils.read stage, {label}", n, f"{rate:,.0f} art/s",
               f"kurils.read.read_bytes {n / t_read:,.0f} art/s, {mb / t_read:.2f} MB/s",
               f"{t_parse / t_read:.1f}x")
    report.target(f"extract ≥{EXTRACT_ARTICLES_PER_S:,} seed-sized articles/s on one core ({label})",
                  seed_rate >= EXTRACT_ARTICLES_PER_S,
                  f"{seed_rate:,.0f} seed-sized art/s, {rate:,.0f} art/s")
    report.target(f"extract ≥{EXTRACT_300_PER_S} seed-sized articles/s on one core ({label})",
                  seed_rate >= EXTRACT_300_PER_S, f"{seed_rate:,.0f} seed-sized art/s")
    report.target(f"extract within {EXTRACT_FLOOR_RATIO}x the read-and-decode floor ({label})",
                  t_parse / t_floor <= EXTRACT_FLOOR_RATIO,
                  f"{t_parse / t_floor:,.0f}x bytes read+decode; {t_parse / t_read:.1f}x kurils.read")


def html_pages(folder: Path) -> list[bytes]:
    """The HTML pages of a generated corpus, and the first pages of the ScrapingHub article-extraction
    benchmark when ``$KURILS_PEERDATA`` holds it (real pages of many sites; see bench/peers.py)."""
    import gzip

    pages = [p.read_bytes() for p in sorted(folder.glob("*.html"))]
    peers = Path(os.environ.get("KURILS_PEERDATA", "/work/peerdata")) / "scrapinghub" / "html"
    if peers.is_dir():
        pages += [gzip.decompress(p.read_bytes()) for p in sorted(peers.glob("*.html.gz"))[:HTML_PEER_PAGES]]
    return pages


def html_rows(report: Report, pages: list[bytes], label: str) -> None:
    """kurils' whole parse of each HTML page against ``trafilatura.extract`` alone on the same pages:
    CPU seconds in one process, the two interleaved, the faster of two rounds each."""
    import trafilatura

    from kurils.pipeline import parse_bytes

    if not pages:
        return
    texts = [p.decode("utf-8", errors="replace") for p in pages]
    for data, text in list(zip(pages, texts, strict=True))[:5]:  # lazy imports and models: not per page
        parse_bytes(data, "warm.html")
        trafilatura.extract(text)
    t_ours = t_theirs = float("inf")
    for _ in range(2):
        t0 = time.process_time()
        for text in texts:
            trafilatura.extract(text)
        t_theirs = min(t_theirs, time.process_time() - t0)
        t0 = time.process_time()
        for n, data in enumerate(pages):
            parse_bytes(data, f"page{n}.html")
        t_ours = min(t_ours, time.process_time() - t0)
    n = len(pages)
    report.row(f"extract HTML pages (parse_bytes, 1 core, CPU), {label}", n, f"{n / t_ours:,.1f} pages/s",
               f"trafilatura.extract {n / t_theirs:,.1f} pages/s", f"{t_theirs / t_ours:.2f}x")
    report.target(f"HTML pages/s ≥ trafilatura.extract's on the same pages ({label})",
                  t_theirs / t_ours >= HTML_TRAFILATURA_RATIO, f"{t_theirs / t_ours:.2f}x trafilatura's rate")


def run_build(folder: Path, jobs: int, engine: str = "local", out: Path | None = None) -> dict:
    """``python -m kurils build`` in a child; wall time, and peak RSS of the child plus its workers.
    The tables are written to ``out`` when given (and kept), else to a temporary folder."""
    with tempfile.TemporaryDirectory() as tmp:
        result = Path(tmp) / "result.json"
        cmd = [sys.executable, "-m", "bench.build_child", str(result), str(folder),
               str(out or Path(tmp) / "out"), str(jobs), engine]
        load = os.getloadavg()[0]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        with TreeSampler(proc.pid) as sampler:
            _, err = proc.communicate()
        wall = time.perf_counter() - t0
        if proc.returncode or not result.exists():
            return {"error": (err or "")[-200:].replace("\n", " ")}
        out = json.loads(result.read_text())
    out.update(wall_s=wall, load_before=load, load_after=os.getloadavg()[0],
               tree_peak_mb=sampler.peak_pss / 2**20, tree_rss_mb=sampler.peak / 2**20,
               tree_processes=sampler.peak_processes,
               process_cpu_s=sorted(sampler.cpu.values(), reverse=True))  # per process, busiest first
    return out


def build_rows(report: Report, folder: Path, n: int, engine: str = "local") -> dict:
    """Build with 1 and 2 workers; the 2-worker result (for the memory-growth verdict)."""
    one = run_build(folder, 1, engine)
    two = run_build(folder, 2, engine)
    label = "build" if engine == "local" else f"build --engine {engine}"
    for jobs, res in ((1, one), (2, two)):
        if "error" in res:
            report.row(f"{label} --jobs {jobs}", n, "failed", "", res["error"][:120])
            continue
        mem = (f"peak {res['tree_peak_mb']:.0f} MB PSS summed over {res['tree_processes']} process(es) "
               f"(RSS sum {res['tree_rss_mb']:.0f} MB); ru_maxrss parent {res['self_maxrss_mb']:.0f} MB")
        if jobs > 1:
            mem += f", largest worker {res['worker_maxrss_mb']:.0f} MB"
        ratio = ""
        if jobs > 1 and "error" not in one:
            ratio = f"speed-up {one['wall_s'] / res['wall_s']:.2f}x"
        cores = res["cpu_s"] / res["wall_s"]
        busy = (f"{res['wall_s']:.1f} s ({res['cpu_s']:.0f} CPU-s, {cores:.2f} cores busy; "
                f"load avg {res['load_before']:.1f} before, {res['load_after']:.1f} after)")
        report.row(f"{label} --jobs {jobs}", n, busy, mem, ratio)
        if engine != "local":
            continue
        report.target(f"build peak memory <{BUILD_PEAK_MB} MB ({n:,} articles, --jobs {jobs})",
                      res["tree_peak_mb"] < BUILD_PEAK_MB,
                      f"{res['tree_peak_mb']:.0f} MB PSS, parent and workers summed; "
                      f"RSS summed {res['tree_rss_mb']:.0f} MB")
    if engine == "local" and n == 10000 and "error" not in two:
        report.target(f"build {n:,} articles with --jobs 2 under {BUILD_10K_JOBS2_S} s",
                      two["wall_s"] < BUILD_10K_JOBS2_S, f"{two['wall_s']:.1f} s")
    if engine == "dask" and "error" not in one and "error" not in two:
        speedup = one["wall_s"] / two["wall_s"]
        report.target(f"Dask build of {n:,} articles, 2 workers ≥{DASK_SPEEDUP}x 1 worker",
                      speedup >= DASK_SPEEDUP,
                      f"{speedup:.2f}x ({one['wall_s']:.0f} s -> {two['wall_s']:.0f} s)")
    return two


def memory_growth_target(report: Report, peaks: dict[tuple[str, int], dict]) -> None:
    """Peak memory of the largest corpus against 10,000 articles, per engine, 2 workers."""
    for engine in ("local", "dask"):
        sizes = sorted(n for e, n in peaks if e == engine and "error" not in peaks[(e, n)])
        if 10000 not in sizes or sizes[-1] == 10000:
            continue
        small, large = peaks[(engine, 10000)], peaks[(engine, sizes[-1])]
        growth = large["tree_peak_mb"] / small["tree_peak_mb"]
        report.target(f"{engine} build peak memory at {sizes[-1]:,} within {MEMORY_GROWTH}x of 10,000",
                      growth <= MEMORY_GROWTH,
                      f"{small['tree_peak_mb']:.0f} -> {large['tree_peak_mb']:.0f} MB PSS ({growth:.2f}x)")


def best_wall(cmd: list[str], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs of a command, in seconds (the least disturbed by other load)."""
    return best_wall_and_cpu(cmd, repeat)[0]


def best_wall_and_cpu(cmd: list[str], repeat: int = 3) -> tuple[float, float]:
    """The fastest wall time and the least CPU time (user + system, with its own children) of
    ``repeat`` runs of a command: on a shared machine the CPU time is what the command itself costs."""
    walls, cpus = [], []
    for _ in range(repeat):
        before = os.times()
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        walls.append(time.perf_counter() - t0)
        after = os.times()
        cpus.append(after.children_user + after.children_system
                    - before.children_user - before.children_system)
    return min(walls), min(cpus)


def cold_start_rows(report: Report) -> None:
    """A new process extracting one seed, against a new process that only imports trafilatura."""
    seed = sorted(p for p in SEEDS.iterdir() if p.is_file())[0]
    extract, extract_cpu = best_wall_and_cpu([sys.executable, "-m", "kurils", "extract",
                                              str(seed.relative_to(ROOT))], repeat=5)
    baseline, baseline_cpu = best_wall_and_cpu([sys.executable, "-c", "import trafilatura"], repeat=5)
    report.row("extract one file, new process", 1, f"{extract:.2f} s (CPU {extract_cpu:.2f} s)",
               f"import trafilatura {baseline:.2f} s (CPU {baseline_cpu:.2f} s)",
               f"{extract / baseline:.1f}x")
    report.target(f"extract one file under {EXTRACT_COLD_S:.0f} s from the start", extract < EXTRACT_COLD_S,
                  f"{extract:.2f} s wall, {extract_cpu:.2f} s CPU (best of 5; load average "
                  f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


def run_app(app: Path, folder: Path | None, cache: Path | None = None) -> dict:
    """One app in a fresh process; ``cache`` is its KURILS_CACHE (the app's on-disk table cache)."""
    env = dict(os.environ)
    env["KURILS_ARTICLES"] = str(folder or SEEDS)
    if cache is not None:
        env["KURILS_CACHE"] = str(cache)
    proc = subprocess.run([sys.executable, "-m", "bench.app_child", str(app)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=3600)
    try:
        return json.loads(proc.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return {"error": f"exit {proc.returncode}: " + proc.stderr.strip()[-200:].replace("\n", " ")}


def app_rows(report: Report, folder: Path | None, label: str, n: int) -> None:
    base = run_app(MINIMAL_APP, folder)
    with tempfile.TemporaryDirectory() as cache:  # empty: the first run builds and caches the tables
        app = run_app(APP, folder, Path(cache))
        restart = run_app(APP, folder, Path(cache)) if "cold" in app else {}
    if "cold" not in app or "cold" not in base:
        problem = app.get("error") or base.get("error") or ""
        report.row(f"app (AppTest), {label}", n or "", "failed", "", problem[:160])
        return
    note = "" if not app.get("error") else f" ({app['error'][:100]})"
    charts = f"{app['plotly_charts']} plotly chart(s), {app['maps']} map(s)"
    report.row(f"app first run, cold (empty caches), {label}", n or "", f"{app['cold']:.2f} s{note}",
               f"minimal {base['cold']:.2f} s", f"{app['cold'] / base['cold']:.1f}x")
    if "cold" in restart:
        report.row(f"app first run, new process, tables cached on disk, {label}", n or "",
                   f"{restart['cold']:.2f} s", f"minimal {base['cold']:.2f} s",
                   f"{restart['cold'] / base['cold']:.1f}x")
    report.row(f"app first run, new session, cached in memory, {label}", n or "",
               f"{app['warm']:.2f} s ({charts})", f"minimal {base['warm']:.2f} s",
               f"{app['warm'] / base['warm']:.1f}x")
    report.row(f"app rerun, nothing changed, {label}", n or "", f"{app['rerun']:.3f} s",
               f"minimal {base['rerun']:.3f} s", f"{app['rerun'] / base['rerun']:.1f}x")
    widget = app["filter_widget"] or "no outlet/year widget: plain rerun"
    report.row(f"app filter change ({widget}), {label}", n or "", f"{app['filter']:.3f} s",
               f"minimal rerun {base['filter']:.3f} s", f"{app['filter'] / base['filter']:.1f}x")
    if n >= 10000:
        ratio = app["filter"] / base["filter"]
        report.target(f"app filter change with {n:,} articles under {APP_FILTER_RATIO}x the minimal rerun",
                      ratio < APP_FILTER_RATIO and app["filter_widget"] is not None,
                      f"{ratio:.1f}x ({app['filter']:.3f} s vs {base['filter']:.3f} s)"
                      + ("" if app["filter_widget"] else "; no filter widget found"))
    rendered = not app.get("error") and app["plotly_charts"] > 0
    report.target(f"app first render under {APP_FIRST_S} s ({label})", app["cold"] < APP_FIRST_S and rendered,
                  f"cold {app['cold']:.2f} s"
                  + (f", next start {restart['cold']:.2f} s" if "cold" in restart else "")
                  + f", new session {app['warm']:.2f} s, {charts}{note}")


def _kb(ws: dict) -> str:
    largest = ", ".join(f"{kind} {n / 1e3:.0f} KB" for kind, n in ws["largest"].items())
    unfinished = "" if ws.get("finished", True) else "; the run did not finish in the time allowed"
    return (f"{ws['bytes'] / 1e3:.1f} KB in {ws['frames']} messages "
            f"(deflated ~{ws['deflated'] / 1e3:.1f} KB); largest: {largest}{unfinished}")


def browser_rows(report: Report, folder: Path | None, label: str, n: int) -> None:
    """The app in Chromium beside the bare page (a plotly chart and a deck map of the same sizes),
    both served and measured in one run; and the websocket bytes of a first view and of reruns."""
    proc = subprocess.run([sys.executable, "-m", "bench.browser", str(folder or SEEDS)], cwd=ROOT,
                          capture_output=True, text=True, timeout=3600)
    try:
        res = json.loads(proc.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        res = {"error": proc.stderr.strip()[-160:]}
    browser_result_rows(report, res, label, n)


def browser_result_rows(report: Report, res: dict, label: str, n: int) -> None:
    """The rows of one ``bench.browser`` result (also for a result saved from a run by hand:
    ``python -m bench.run --browser-json FILE,LABEL,N``)."""
    if "first_view" not in res:
        report.row(f"Chromium, {label}", n or "", "failed", "", str(res.get("error"))[:160])
        report.target(f"Chromium first view within {BROWSER_RATIO}x the bare page ({label})", False, "failed")
        return

    def fmt(visit: dict, what: str) -> str:
        if visit.get(what) is not None:
            return f"{visit[what]:.1f} s"
        return f"not rendered ({visit.get(what + '_error')})"

    def both(visit: dict) -> float:
        return max((visit.get(k) if visit.get(k) is not None else float("inf")) for k in ("timeline", "map"))

    view, bare = res["first_view"], res["bare"]
    ratio = both(view) / both(bare)
    report.row(f"Chromium first view (new browser context) → timeline / map, {label}", n or "",
               f"timeline {fmt(view, 'timeline')}, map {fmt(view, 'map')}",
               f"bare page: timeline {fmt(bare, 'timeline')}, map {fmt(bare, 'map')}", f"{ratio:.1f}x")
    if view.get("cpu") and bare.get("cpu"):
        def chromium(cpu: dict) -> float:
            return sum(v for k, v in cpu.items() if k in ("renderer", "gpu-process", "browser", "utility"))

        def parts(cpu: dict) -> str:
            return ", ".join(f"{k} {cpu.get(k, 0):.1f}" for k in ("renderer", "gpu-process", "browser"))

        report.row(f"Chromium CPU seconds to both drawn (first view), {label}", n or "",
                   f"{chromium(view['cpu']):.1f} s ({parts(view['cpu'])})",
                   f"bare page {chromium(bare['cpu']):.1f} s ({parts(bare['cpu'])})",
                   f"{chromium(view['cpu']) / max(chromium(bare['cpu']), 0.01):.1f}x")
    medians = res.get("medians", {})
    if medians.get("first_view", {}).get("both") and medians.get("bare", {}).get("both"):
        mv, mb = medians["first_view"], medians["bare"]
        report.row(f"Chromium first view, medians of {mv['visits']} visits → both drawn, {label}", n or "",
                   f"{mv['both']:.1f} s (Chromium CPU {mv['chromium_cpu']:.1f} s)",
                   f"bare page {mb['both']:.1f} s (CPU {mb['chromium_cpu']:.1f} s); load average "
                   f"{res.get('loadavg') or 0:.1f}",
                   f"{mv['both'] / mb['both']:.1f}x "
                   f"(CPU {mv['chromium_cpu'] / max(mb['chromium_cpu'], 0.01):.1f}x)")
    for kind in ("cold", "warm"):
        report.row(f"Chromium {'first navigation, server just up' if kind == 'cold' else 'reload'} → "
                   f"timeline / map, {label}", n or "",
                   f"timeline {fmt(res[kind], 'timeline')}, map {fmt(res[kind], 'map')}",
                   f"server up in {res['server_start']:.1f} s", "")
    if "ws" in view:
        report.row(f"websocket bytes, first view, {label}", n or "", _kb(view["ws"]), "", "")
    for name, ws in res.get("reruns", {}).items():
        report.row(f"websocket bytes per rerun ({name}), {label}", n or "", _kb(ws), "", "")
    load = res.get("loadavg") or os.getloadavg()[0]
    report.target(f"Chromium first view within {BROWSER_RATIO}x the bare page ({label})",
                  ratio <= BROWSER_RATIO,
                  f"{ratio:.1f}x: timeline {fmt(view, 'timeline')} / map {fmt(view, 'map')} against "
                  f"{fmt(bare, 'timeline')} / {fmt(bare, 'map')}; load average {load:.1f} after")


STEP_TITLES = {
    "cold": "Cold start: `extract` of one file in a new process",
    "extract": "Text: extract against the read-and-decode floor",
    "html": "HTML pages against `trafilatura.extract`",
    "app": "The app (Streamlit AppTest)",
    "browser": "The app in Chromium",
    "build": "Build: time and peak memory (local engine)",
    "dask": "Build: the Dask engine",
}
OTHER_SECTIONS = ("hostile", "throughput", "scale")  # the benches that write sections of their own
HEADER_START, HEADER_END = "<!-- run:start -->", "<!-- run:end -->"
NOTES_START, NOTES_END = "<!-- notes:start -->", "<!-- notes:end -->"
EARLIER_START, EARLIER_END = "<!-- run-earlier:start -->", "<!-- run-earlier:end -->"


def _stamp(command: str, started: float) -> str:
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    began = dt.datetime.fromtimestamp(started, dt.UTC).strftime("%H:%M")
    return (f"Regenerated by `{command}` on {when} (the step began at {began}; {machine}; load average "
            f"{os.getloadavg()[0]:.1f} when written; shared and noisy, so compare the ratios within a run).")


def write_step(report: Report, step: str, command: str, started: float) -> None:
    """One step's rows and verdicts as its own section of docs/benchmarks.md (replacing its last one)."""
    rows, verdicts = report.by_step.get(step, ([], []))
    start, end = f"<!-- run-{step}:start -->", f"<!-- run-{step}:end -->"
    body = report.table(rows) + ("\n\n" + "\n".join(verdicts) if verdicts else "")
    replace_section(DOC, start, end, f"{start}\n## {STEP_TITLES[step]}\n\n{_stamp(command, started)}\n\n"
                                     f"{body}\n{end}\n")


def strip_notes(earlier_rows_replaced: bool) -> None:
    """The document without its closing notes (written again last, so that the sections written
    meanwhile go before them); and without the rows of earlier runs once app, browser and build ran."""
    if not DOC.exists():
        return
    doc = DOC.read_text(encoding="utf-8")
    doc = doc.split(NOTES_START, 1)[0]
    doc = doc.split(MEASURED_HEADING, 1)[0]  # the notes as a run before sections appended them
    if earlier_rows_replaced and EARLIER_START in doc:
        doc = doc.split(EARLIER_START, 1)[0] + doc.split(EARLIER_END, 1)[1].lstrip("\n")
    DOC.write_text(doc.rstrip("\n") + "\n", encoding="utf-8")


def write_frame() -> None:
    """The document's head (how to regenerate it) and its closing analysis from bench/notes.md."""
    head = (f"{HEADER_START}\n# Benchmarks\n\n`python -m bench.run --write --baseline main` regenerates this "
            "whole document: each section below is one step of that command and says when it last ran "
            "(`--skip STEP,...` leaves a step's section as an earlier run wrote it; steps: "
            + ", ".join([*STEP_TITLES, *OTHER_SECTIONS]) + "). Corpora come from `bench/generate.py` "
            "(seeded: the same size and seed give the same bytes). The machine is shared: compare the "
            f"ratios within one run.\n{HEADER_END}\n")
    doc = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    if HEADER_START in doc:
        doc = doc.split(HEADER_START, 1)[0] + head + doc.split(HEADER_END, 1)[1].lstrip("\n")
    else:
        doc = head + "\n" + doc.removeprefix("# Benchmarks\n").lstrip("\n")
    notes = NOTES.read_text(encoding="utf-8") if NOTES.exists() else ""
    doc = doc.split(NOTES_START, 1)[0].rstrip("\n") if NOTES_START in doc else doc.rstrip("\n")
    DOC.write_text(doc + f"\n\n{NOTES_START}\n{notes.rstrip()}\n{NOTES_END}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> Report:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--skip", default="", help="comma-separated steps: "
                    + ",".join([*STEP_TITLES, *OTHER_SECTIONS]))
    ap.add_argument("--seed-repeat", type=int, default=40, help="parse the seeds this many times each")
    ap.add_argument("--baseline", default="", help="a git revision bench.throughput measures beside this one")
    ap.add_argument("--scale-sizes", default="10000,100000", help="bench.scale's corpus sizes")
    ap.add_argument("--write", action="store_true", help="regenerate docs/benchmarks.md")
    ap.add_argument("--browser-json", default="", help="FILE,LABEL,N: print the rows of a saved "
                    "bench.browser result and stop")
    args = ap.parse_args(argv)
    if args.browser_json:
        file, rest = args.browser_json.split(",", 1)
        label, n = rest.rsplit(",", 1)
        report = Report()
        browser_result_rows(report, json.loads(Path(file).read_text(encoding="utf-8")), label, int(n))
        print(report.table() + "\n\n" + "\n".join(report.verdicts))
        return report
    sizes = [int(s) for s in args.sizes.split(",") if s]
    skip = set(filter(None, args.skip.split(",")))
    report = Report()
    started: dict[str, float] = {}

    def step(name: str) -> bool:
        if name in skip:
            return False
        report.step = name
        started.setdefault(name, time.time())
        return True

    if step("cold"):
        cold_start_rows(report)
    if step("extract"):
        extract_rows(report, SEEDS, f"the seeds x{args.seed_repeat}", repeat=args.seed_repeat)
    if not args.write and step("hostile"):  # with --write, bench.hostile writes its own section
        from bench.hostile import hostile_rows

        hostile_rows(report)
    if step("app"):
        app_rows(report, None, "seeds", 0)
    if step("browser"):
        browser_rows(report, None, "seeds", 0)
    peaks: dict[tuple[str, int], dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            folder = Path(tmp) / f"corpus-{n}"
            generate(n, folder, seed=n)
            if n == sizes[0] and step("extract"):
                extract_rows(report, folder, f"generated, seed {n}")
            if n == sizes[0] and step("html"):
                html_rows(report, html_pages(folder), f"generated seed {n} and ScrapingHub pages")
            if step("build"):
                peaks[("local", n)] = build_rows(report, folder, n)
            if step("dask"):
                peaks[("dask", n)] = build_rows(report, folder, n, engine="dask")
            if step("app"):
                app_rows(report, folder, f"{n:,} articles", n)
            if n >= 10000 and step("browser"):
                browser_rows(report, folder, f"{n:,} articles", n)
    if "build" not in skip or "dask" not in skip:
        report.step = "build" if "build" not in skip else "dask"
        memory_growth_target(report, peaks)
    print(report.table() + "\n\n" + "\n".join(report.verdicts))
    if args.write:
        command = " ".join(["python -m bench.run --write", *(["--sizes", args.sizes] if args.sizes else []),
                            *(["--baseline", args.baseline] if args.baseline else []),
                            *(["--skip", args.skip] if args.skip else [])])
        strip_notes(earlier_rows_replaced=not skip & {"app", "browser", "build"})
        for name in STEP_TITLES:
            if name in started:
                write_step(report, name, command, started[name])
        if "hostile" not in skip:
            from bench import hostile

            hostile.main(["--write"])
        if "throughput" not in skip:
            from bench import throughput

            throughput.main(["--write", *(["--baseline", args.baseline] if args.baseline else [])])
        if "scale" not in skip:
            from bench import scale

            scale.main(["--sizes", args.scale_sizes, "--write"])
        write_frame()
    return report


if __name__ == "__main__":
    main()
