"""Runs ``python -m kurils build`` in this process and writes its timings and ru_maxrss to a JSON file.

Usage: python -m bench.build_child RESULT_JSON FOLDER OUT_DIR JOBS [ENGINE]
"""
from __future__ import annotations

import json
import resource
import sys
import time


def main() -> None:
    result, folder, out, jobs = sys.argv[1:5]
    engine = sys.argv[5] if len(sys.argv) > 5 else "local"
    t0 = time.perf_counter()
    from kurils.cli import main as cli

    t_import = time.perf_counter() - t0
    rc = cli(["build", folder, "--out", out, "--jobs", jobs, "--engine", engine])
    self_usage = resource.getrusage(resource.RUSAGE_SELF)
    child_usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = self_usage.ru_maxrss
    workers = child_usage.ru_maxrss  # the largest single worker
    cpu = sum(u.ru_utime + u.ru_stime for u in (self_usage, child_usage))
    with open(result, "w") as fh:
        json.dump({"rc": rc, "import_s": t_import, "total_s": time.perf_counter() - t0,
                   "self_maxrss_mb": own / 1024, "worker_maxrss_mb": workers / 1024, "cpu_s": cpu}, fh)


if __name__ == "__main__":
    main()
