"""Benchmark of large corpora: the build's memory as the corpus grows, Dask's speed-up, and the app
at 100,000 articles. Writes its own section of docs/benchmarks.md.

Usage: python -m bench.scale [--sizes 10000,100000] [--steps build,dask,app,browser] [--work DIR] [--write]

Each step runs its measurements in child processes (bench/run.py) and adds them to
``DIR/results.json`` (default /tmp/kurils-scale), so the long steps can be run apart on a shared
machine; ``--write`` puts every result there into the section, each with when it was measured and
the load average around it. Ratios are only taken within one step's run.
- build: ``kurils build --jobs 2`` (local engine) of each size; the largest size's tables are kept
  in DIR for the app; peak memory of the largest against 10,000 articles;
- dask: ``build --engine dask`` with 1 and 2 workers on the largest size of ``--dask-size``;
- app: streamlit's AppTest with KURILS_ARTICLES set to each size's built tables (DIR/tables-N: first
  run in a new process, new session, rerun, filter change, bytes of the page's elements per rerun),
  beside the minimal app at the same tables;
- browser: Chromium (bench/browser.py) on the same tables.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
from pathlib import Path

from bench.doc_section import replace_section
from bench.generate import generate
from bench.run import APP, DASK_SPEEDUP, MEMORY_GROWTH, MINIMAL_APP, ROOT, Report, run_app, run_build

DOC = ROOT / "docs" / "benchmarks.md"
SECTION_START, SECTION_END = "<!-- scale:start -->", "<!-- scale:end -->"
FILTER_S = 0.3  # a filter change on the server, largest corpus
RERUN_BYTES = 1_000_000  # what a rerun sends to the browser


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def corpus(work: Path, n: int) -> Path:
    """The seeded corpus of ``n`` articles, generated once into ``work``."""
    folder = work / f"corpus-{n}"
    done = folder / ".complete"
    if not done.exists():
        generate(n, folder, seed=n)
        done.write_text("")
    return folder


def step_build(work: Path, sizes: list[int]) -> dict:
    out = {}
    for n in sizes:
        tables = work / f"tables-{n}" if n == sizes[-1] else None
        out[str(n)] = {**run_build(corpus(work, n), 2, "local", out=tables), "at": _now()}
        print(f"build {n}: {out[str(n)]}", file=sys.stderr)
    return out


def replicate(source: Path, times: int, out: Path) -> None:
    """Tables of ``times`` copies of a built corpus (ids, files and merged ids made distinct per copy),
    written as a build folder with its manifest: the app measured at a size whose build would take
    hours on a shared machine. The copies' dates are the same, so each year is ``times`` as dense."""
    import pandas as pd

    from kurils import store

    tables = {name: pd.read_parquet(source / f"{name}.parquet") for name in store.TABLE_NAMES}
    copies: dict[str, list] = {name: [] for name in tables}
    for k in range(times):
        tag = f"~{k}"
        articles = tables["articles"].copy()
        articles["id"] = articles["id"] + tag
        articles["file"] = f"copy{k}/" + articles["file"].astype(str)
        events = tables["events"].copy()
        for column in ("event_id", "article_id", "merged_id"):
            events[column] = events[column] + tag
        merged = tables["merged"].copy()
        merged["merged_id"] = merged["merged_id"] + tag
        for column in ("event_ids", "article_ids"):
            merged[column] = [[x + tag for x in ids] for ids in merged[column]]
        for name, frame in (("articles", articles), ("events", events), ("merged", merged)):
            copies[name].append(frame)
    staging = store.stage(out)
    try:
        for name, frames in copies.items():
            pd.concat(frames, ignore_index=True).to_parquet(staging / f"{name}.parquet", index=False)
        store.commit(staging, out)
    finally:
        store.discard(staging)


def shifted_parts(source: Path, times: int, parts: Path, part_articles: int = 5000) -> int:
    """Parts (kurils.parts) of ``times`` copies of a built corpus's articles and events, each copy's
    dates moved on by a year per copy so the copies do not merge into each other: the input of a
    build's write phase for ``times`` x the corpus, without parsing it."""
    import pandas as pd

    from kurils.parts import write_part

    articles = pd.read_parquet(source / "articles.parquet")
    events = pd.read_parquet(source / "events.parquet").drop(columns=["merged_id"])
    events["merged_id"] = None
    count, held_a, held_e = 0, [], []
    for k in range(times):
        tag = f"~{k}"
        a = articles.assign(id=articles["id"] + tag)
        e = events.assign(event_id=events["event_id"] + tag, article_id=events["article_id"] + tag)
        for column in ("date_first", "date_last"):
            e[column] = (pd.to_datetime(e[column]) + pd.DateOffset(years=k)).dt.strftime("%Y-%m-%d")
        held_a.append(a)
        held_e.append(e)
        if sum(map(len, held_a)) >= part_articles or k == times - 1:
            frames = (pd.concat(held_a, ignore_index=True), pd.concat(held_e, ignore_index=True))
            write_part(parts, count, *frames)
            count, held_a, held_e = count + 1, [], []
    return count


def step_merge(work: Path, sizes: list[int]) -> dict:
    """The write phase alone (merge and streamed files, kurils.parts) in a child process, on parts of
    the smallest built corpus copied up to each size; peak memory of that process."""
    import subprocess
    import tempfile

    from bench.memory import TreeSampler

    built = [work / f"tables-{n}" for n in sorted(sizes)]
    source = next(folder for folder in built if (folder / "manifest.json").exists())
    base = json.loads((source / "manifest.json").read_text())["rows"]["articles"]
    out = {"source": str(source), "source_articles": base}
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            count = shifted_parts(source, max(1, n // base), Path(tmp) / "parts")
            code = ("import sys; from kurils.parts import write_from_parts; "
                    "write_from_parts(sys.argv[1], int(sys.argv[2]), sys.argv[3])")
            proc = subprocess.Popen([sys.executable, "-c", code, str(Path(tmp) / "parts"), str(count),
                                     str(Path(tmp) / "out")], cwd=ROOT)
            with TreeSampler(proc.pid) as sampler:
                proc.wait()
            events = sum(event_rows(p) for p in (Path(tmp) / "parts" / "events").iterdir())
            out[str(n)] = {"rc": proc.returncode, "peak_mb": sampler.peak_pss / 2**20, "at": _now(),
                           "events": events}
        print(f"merge {n}: {out[str(n)]}", file=sys.stderr)
    return out


def event_rows(path: Path) -> int:
    import pyarrow.parquet as pq

    return pq.read_metadata(path).num_rows


def step_dask(work: Path, n: int) -> dict:
    folder = corpus(work, n)
    out = {"size": n}
    for workers in (2, 1):  # the 2-worker build's tables and parts are kept for the app and the merge step
        kept = work / f"dask-{n}" if workers == 2 else None
        out[str(workers)] = {**run_build(folder, workers, "dask", out=kept), "at": _now()}
        print(f"dask {n} x{workers}: {out[str(workers)]}", file=sys.stderr)
    return out


def step_app(work: Path, sizes: list[int]) -> dict:
    """The app and the minimal app, one after the other, at each size's tables (DIR/tables-N)."""
    out = {}
    for n in sizes:
        tables = work / f"tables-{n}"
        load = os.getloadavg()[0]
        app = run_app(APP, tables, work / "app-cache")
        base = run_app(MINIMAL_APP, tables)
        out[str(n)] = {"size": n, "app": app, "minimal": base, "at": _now(), "load_before": load,
                       "load_after": os.getloadavg()[0]}
        print(f"app {n}: {out[str(n)]}", file=sys.stderr)
    return out


def step_browser(work: Path, n: int) -> dict:
    import subprocess

    load = os.getloadavg()[0]
    proc = subprocess.run([sys.executable, "-m", "bench.browser", str(work / f"tables-{n}")], cwd=ROOT,
                          capture_output=True, text=True, timeout=3600)
    try:
        res = json.loads(proc.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        res = {"error": proc.stderr.strip()[-160:]}
    return {"size": n, **res, "at": _now(), "load_before": load, "load_after": os.getloadavg()[0]}


def _mem(res: dict) -> str:
    return (f"peak {res['tree_peak_mb']:.0f} MB PSS over {res['tree_processes']} process(es) "
            f"(RSS sum {res['tree_rss_mb']:.0f} MB)")


def _busy(res: dict) -> str:
    cores = res["cpu_s"] / res["wall_s"]
    return (f"{res['wall_s']:.0f} s ({res['cpu_s']:.0f} CPU-s, {cores:.2f} cores busy; "
            f"load {res['load_before']:.1f} -> {res['load_after']:.1f}; {res['at']})")


def _cpu(seconds: float) -> str:
    """CPU seconds as os.times() counts them (in ticks of 0.01 s)."""
    return f"{seconds:.2f} CPU-s" if seconds >= 0.01 else "under 0.01 CPU-s"


def _cpu_speedup(one: list[float], two: list[float]) -> float:
    """The 2-worker speed-up the CPU seconds allow on two free cores, at least: the driver's work
    counted as serial (the write phase is; its scheduling overlaps the parse, and its periodic work
    grows with the wall time, so a loaded run overstates it) added to the busier worker's, against 1
    worker plus its driver. Walls on a shared machine measure the other jobs; this does not."""
    return (one[0] + one[1]) / (max(two[0], two[1]) + two[2])


def report_of(results: dict) -> Report:
    report = Report()
    builds = results.get("build", {})
    for n, res in sorted(builds.items(), key=lambda kv: int(kv[0])):
        if "error" in res:
            report.row("build --jobs 2", n, "failed", "", res["error"][:120])
            continue
        report.row("build --jobs 2 (local engine, parts on disk)", f"{int(n):,}", _busy(res), _mem(res), "")
    ok = {int(n): r for n, r in builds.items() if "error" not in r}
    if 10000 in ok and max(ok) > 10000:
        small, large = ok[10000], ok[max(ok)]
        growth = large["tree_peak_mb"] / small["tree_peak_mb"]
        report.row("build peak memory, largest against 10,000", f"{max(ok):,}",
                   f"{large['tree_peak_mb']:.0f} MB", f"{small['tree_peak_mb']:.0f} MB", f"{growth:.2f}x")
        report.target(f"local build peak memory at {max(ok):,} articles within {MEMORY_GROWTH}x of 10,000",
                      growth <= MEMORY_GROWTH,
                      f"{small['tree_peak_mb']:.0f} -> {large['tree_peak_mb']:.0f} MB PSS ({growth:.2f}x)")
    merge = results.get("merge")
    if merge:
        sized = sorted((int(n), r) for n, r in merge.items() if n.isdigit())
        for n, res in sized:
            what = f"build write phase alone (merge + files), copies of {merge['source_articles']:,} articles"
            peak = f"peak {res['peak_mb']:.0f} MB PSS ({res['events']:,} events; {res['at']})"
            report.row(what, f"{n:,}", peak, "", "")
        if sized and 10000 in ok and sized[-1][0] > max(ok):
            n, res = sized[-1]
            whole = ok[10000]["tree_peak_mb"]
            growth = res["peak_mb"] / whole
            # the parse phase's peak stays flat with the corpus (parts on disk); the write phase grows
            report.target(f"build peak memory at {n:,} articles within {MEMORY_GROWTH}x of 10,000 (the write "
                          f"phase at {n:,}, in a process of its own, against the whole 10,000 build)",
                          growth <= MEMORY_GROWTH,
                          f"{whole:.0f} MB -> at least {res['peak_mb']:.0f} MB PSS ({growth:.2f}x; a lower "
                          "bound: the build's parent also holds the parser)")
    dask = results.get("dask")
    if dask:
        n = dask["size"]
        one, two = dask.get("1", {}), dask.get("2", {})
        for workers, res in (("1", one), ("2", two)):
            if "error" in res or not res:
                report.row(f"build --engine dask, {workers} worker(s)", f"{n:,}", "failed", "",
                           res.get("error", "")[:120])
                continue
            ratio = ""
            if workers == "2" and "wall_s" in one:
                ratio = f"speed-up {one['wall_s'] / res['wall_s']:.2f}x"
            report.row(f"build --engine dask, {workers} worker(s)", f"{n:,}", _busy(res), _mem(res), ratio)
        if "process_cpu_s" in one and "process_cpu_s" in two:  # per process, busiest first
            report.row(f"build --engine dask, CPU-s per process, {n:,} articles", f"{n:,}",
                       "2 workers: " + " + ".join(f"{c:.1f}" for c in two["process_cpu_s"][:2])
                       + f" (driver {two['process_cpu_s'][2]:.1f})",
                       f"1 worker: {one['process_cpu_s'][0]:.1f} (driver {one['process_cpu_s'][1]:.1f})",
                       f"parse {one['process_cpu_s'][0] / max(two['process_cpu_s'][:2]):.2f}x; whole on 2 "
                       f"free cores ≥{_cpu_speedup(one['process_cpu_s'], two['process_cpu_s']):.2f}x")
        if "wall_s" in one and "wall_s" in two:
            ratio = one["wall_s"] / two["wall_s"]
            walls = (f"walls {one['wall_s']:.0f} s -> {two['wall_s']:.0f} s at load "
                     f"{one['load_before']:.1f} / {two['load_before']:.1f}: {ratio:.2f}x")
            if "process_cpu_s" in one and "process_cpu_s" in two:  # the walls measure the other jobs
                speedup = _cpu_speedup(one["process_cpu_s"], two["process_cpu_s"])
                shown = (f"≥{speedup:.2f}x from CPU-s per process on 2 free cores, the driver counted as "
                         f"serial ({walls}, not comparable)")
            else:
                speedup = one["wall_s"] / two["wall_s"]
                shown = f"{walls}, {two['cpu_s'] / two['wall_s']:.2f} cores busy"
            report.target(f"Dask build of {n:,} articles, 2 workers ≥{DASK_SPEEDUP}x 1 worker",
                          speedup >= DASK_SPEEDUP, shown)
    apps = results.get("app") or {}
    for app in sorted(apps.values(), key=lambda res: res["size"]):
        n, a, b = app["size"], app["app"], app["minimal"]
        when = f"load {app['load_before']:.1f} -> {app['load_after']:.1f}; {app['at']}"
        if "cold" not in a or "cold" not in b:
            report.row("app (AppTest)", f"{n:,}", "failed", "", str(a.get("error") or b.get("error"))[:160])
        else:
            note = f" ({a['error'][:100]})" if a.get("error") else ""
            cpu = (f", {a['cold_cpu']:.1f} CPU-s, peak RSS {a['cold_maxrss_mb']:.0f} MB"
                   if "cold_cpu" in a else "")
            base_cpu = f", {b['cold_cpu']:.1f} CPU-s" if "cold_cpu" in b else ""
            report.row("app first run, new process, built tables", f"{n:,}",
                       f"{a['cold']:.2f} s{cpu}{note}; {when}", f"minimal {b['cold']:.2f} s{base_cpu}",
                       f"{a['cold'] / b['cold']:.1f}x" + (f" ({a['cold_cpu'] / b['cold_cpu']:.1f}x CPU)"
                                                          if cpu and base_cpu else ""))
            report.row("app new session", f"{n:,}", f"{a['warm']:.2f} s", f"minimal {b['warm']:.2f} s",
                       f"{a['warm'] / b['warm']:.1f}x")
            report.row("app rerun, nothing changed", f"{n:,}", f"{a['rerun']:.3f} s",
                       f"minimal {b['rerun']:.3f} s", f"{a['rerun'] / b['rerun']:.1f}x")
            report.row(f"app filter change ({a['filter_widget']})", f"{n:,}", f"{a['filter']:.3f} s",
                       f"minimal rerun {b['filter']:.3f} s", f"{a['filter'] / b['filter']:.1f}x")
            if "filter_best" in a:  # three filter changes, each new to the app's memo
                tried = "; ".join(f"{widget} {wall:.3f} s ({cpu:.3f} CPU-s)"
                                  for widget, wall, cpu in a["filter_changes"])
                report.row("app filter change, best of three outlets (each new)", f"{n:,}",
                           f"{a['filter_best']:.3f} s, {a['filter_cpu_best']:.3f} CPU-s ({tried})",
                           f"minimal rerun {b['filter_best']:.3f} s, {_cpu(b['filter_cpu_best'])}",
                           f"{a['filter_best'] / b['filter_best']:.1f}x")
            if "search" in a:
                report.row("app first search ('kunashir': makes the search text)", f"{n:,}",
                           f"{a['search']:.2f} s, {a['search_cpu']:.2f} CPU-s", "", "")
            sent = a.get("rerun_bytes_max", a.get("rerun_bytes"))
            if sent is not None:
                report.row("app bytes per rerun (the page's elements, after the filter change)", f"{n:,}",
                           f"{sent / 1e6:.2f} MB", f"minimal {b.get('rerun_bytes', 0) / 1e6:.3f} MB", "")
                report.target(f"a rerun at {n:,} articles sends under {RERUN_BYTES / 1e6:.0f} MB",
                              sent < RERUN_BYTES, f"{sent / 1e6:.2f} MB")
            best = a.get("filter_best", a["filter"])
            cpu = f", {a['filter_cpu_best']:.3f} CPU-s" if "filter_cpu_best" in a else ""
            report.target(f"app filter change at {n:,} articles under {FILTER_S} s on the server",
                          best < FILTER_S and not a.get("error"),
                          f"{best:.3f} s{cpu} (best of the filter changes; {when}){note}")
    browser = results.get("browser")
    if browser:
        n = browser["size"]
        if "cold" not in browser:
            report.row("Chromium", f"{n:,}", "failed", "", str(browser.get("error"))[:160])
        else:
            for kind in ("cold", "warm"):
                visit = browser[kind]
                shown = ", ".join(f"{what} {visit[what]:.1f} s" if visit.get(what) is not None
                                  else f"{what} not drawn" for what in ("timeline", "map"))
                started = f"server up in {browser['server_start']:.1f} s; load {browser['load_before']:.1f}"
                report.row(f"Chromium navigation → charts, {kind}", f"{n:,}", shown, started, "")
    return report


def write_section(report: Report, command: str) -> None:
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    section = (f"{SECTION_START}\n## Large corpora (build memory, Dask, the app at 100,000 articles)\n\n"
               f"Regenerated by `{command}` on {_now()} ({machine}; shared with other engineers' jobs: the "
               "load average is given beside each figure, see bench/notes.md). The app's tables may be a "
               "built corpus copied up to the size (`bench.scale.replicate`) where its build would take "
               "hours here; bench/notes.md says which.\n\n"
               f"{report.table()}\n\n" + "\n".join(report.verdicts) + f"\n{SECTION_END}\n\n")
    replace_section(DOC, SECTION_START, SECTION_END, section)


def main(argv: list[str] | None = None) -> Report:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--dask-size", type=int, default=0, help="the Dask step's corpus (default: the largest)")
    ap.add_argument("--steps", default="build,dask,app,browser")
    ap.add_argument("--work", default="/tmp/kurils-scale")
    ap.add_argument("--write", action="store_true", help="put the results into docs/benchmarks.md")
    args = ap.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(",") if s)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    saved = work / "results.json"
    results = json.loads(saved.read_text()) if saved.exists() else {}
    for step in filter(None, args.steps.split(",")):
        if step == "build":
            results["build"] = {**results.get("build", {}), **step_build(work, sizes)}
        elif step == "dask":
            results["dask"] = step_dask(work, args.dask_size or sizes[-1])
        elif step == "app":
            results["app"] = step_app(work, sizes)
        elif step == "merge":
            results["merge"] = step_merge(work, sizes)
        elif step == "browser":
            results["browser"] = step_browser(work, sizes[-1])
        latest = json.loads(saved.read_text()) if saved.exists() else {}  # another step's run may have saved
        results = {**latest, **{k: v for k, v in results.items() if k == step or k not in latest}}
        saved.write_text(json.dumps(results, indent=1))
    report = report_of(results)
    print(report.table() + "\n\n" + "\n".join(report.verdicts))
    if args.write:
        given = argv if argv is not None else sys.argv[1:]
        write_section(report, " ".join(["python -m bench.scale", *given]))
    return report


if __name__ == "__main__":
    main()
