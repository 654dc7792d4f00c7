"""Benchmark: extract throughput against the read-and-decode floor, build time/memory, app reruns.

Usage: python -m bench.run [--sizes 1000,10000] [--quick] [--write]
Ratios are taken within one run because this machine is shared and noisy.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.generate import generate

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"


def extract_rows(folder: Path) -> list[str]:
    """Articles/s and MB/s of parse_bytes over pre-read bytes, beside merely decoding them."""
    from kurils.pipeline import parse_bytes
    from kurils.read import read_bytes

    blobs = [(p.name, p.read_bytes()) for p in sorted(folder.iterdir())]
    mb = sum(len(b) for _, b in blobs) / 1e6
    t0 = time.perf_counter()
    for _name, data in blobs:
        data.decode("utf-8", errors="replace")
    t_floor = time.perf_counter() - t0
    t0 = time.perf_counter()
    for name, data in blobs:
        read_bytes(data, name)
    t_read = time.perf_counter() - t0
    t0 = time.perf_counter()
    errors = sum(1 for name, data in blobs if parse_bytes(data, name).error)
    t_parse = time.perf_counter() - t0
    n = len(blobs)
    return [
        f"| extract (parse_bytes) | {n} | {n / t_parse:,.0f} art/s | {mb / t_parse:.2f} MB/s | "
        f"{t_parse / t_read:.1f}x kurils.read, {t_parse / t_floor:,.0f}x bytes.decode; errors {errors} |",
        f"| floor: kurils.read.read_bytes | {n} | {n / t_read:,.0f} art/s | {mb / t_read:.2f} MB/s | |",
        f"| floor: bytes.decode | {n} | {n / t_floor:,.0f} art/s | {mb / t_floor:.1f} MB/s | |",
    ]


CHILD = """
import resource, sys, time
t0 = time.perf_counter()
from kurils.tables import build
build(sys.argv[1], jobs=int(sys.argv[2]))
print(time.perf_counter() - t0)
"""


def build_row(folder: Path, n: int, jobs: int) -> tuple[str, float | None]:
    """Build in a fresh process; peak memory is that child's ru_maxrss."""
    probe = ("import resource,subprocess,sys;r=subprocess.run([sys.executable,'-c',sys.argv[1],sys.argv[2],"
             "sys.argv[3]],capture_output=True,text=True);m=resource.getrusage(resource.RUSAGE_CHILDREN)"
             ".ru_maxrss;print(r.returncode, r.stdout.strip().splitlines()[-1:] or [''], m, r.stderr[-300:])")
    out = subprocess.run([sys.executable, "-c", probe, CHILD, str(folder), str(jobs)], capture_output=True,
                         text=True, cwd=ROOT).stdout.strip()
    try:
        rc, rest = out.split(" ", 1)
        secs = float(rest.split("'")[1])
        mem = int(rest.split("]")[1].split()[0]) / 1024
        return f"| build --jobs {jobs} | {n} | {secs:.1f} s | peak {mem:.0f} MB | |", secs
    except (ValueError, IndexError):
        return f"| build --jobs {jobs} | {n} | failed | | {out[-120:]!r} |", None


def app_rows(folder: Path | None, label: str) -> list[str]:
    """AppTest first run and a rerun, beside the minimal app's."""
    from streamlit.testing.v1 import AppTest

    def timed(path: str) -> tuple[float, float]:
        at = AppTest.from_file(path, default_timeout=120)
        t0 = time.perf_counter()
        at.run()
        first = time.perf_counter() - t0
        t0 = time.perf_counter()
        at.run()
        return first, time.perf_counter() - t0

    if folder is not None:
        os.environ["KURILS_ARTICLES_DIR"] = str(folder)
    try:
        base = timed(str(ROOT / "bench" / "minimal_app.py"))
        app = timed(str(ROOT / "app.py"))
    except Exception as exc:  # noqa: BLE001 - a failing app is a result, not a crash
        return [f"| app (AppTest) {label} | | failed | | {type(exc).__name__}: {str(exc)[:80]} |"]
    finally:
        os.environ.pop("KURILS_ARTICLES_DIR", None)
    return [f"| app first run, {label} | | {app[0]:.2f} s | minimal {base[0]:.2f} s "
            f"| {app[0] / base[0]:.1f}x |",
            f"| app rerun, {label} | | {app[1]:.2f} s | minimal {base[1]:.2f} s | {app[1] / base[1]:.1f}x |"]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--quick", action="store_true", help="sizes 200 only")
    ap.add_argument("--write", action="store_true", help="regenerate docs/benchmarks.md")
    args = ap.parse_args(argv)
    sizes = [200] if args.quick else [int(s) for s in args.sizes.split(",")]
    rows = ["| what | articles | time / rate | memory / rate | ratio / note |", "|---|---|---|---|---|"]
    rows += app_rows(None, "seeds")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            folder = Path(tmp) / str(n)
            generate(n, folder, seed=n)
            if n == sizes[0]:
                rows += extract_rows(folder)
            one, t1 = build_row(folder, n, 1)
            two, t2 = build_row(folder, n, 2)
            rows += [one, two + (f" speed-up {t1 / t2:.2f}x" if t1 and t2 else "")]
            rows += app_rows(folder, f"{n} articles")
    table = "\n".join(rows)
    print(table)
    if args.write:
        DOC.parent.mkdir(exist_ok=True)
        DOC.write_text("# Benchmarks\n\nRegenerated by `python -m bench.run --write` on the shared 2-core "
                       "machine (noisy; compare ratios within a run).\n\n" + table + "\n")


if __name__ == "__main__":
    main()
