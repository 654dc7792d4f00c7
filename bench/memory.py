"""Peak memory of a process tree: the parent and every worker it starts, summed while they run.

Why: ``ru_maxrss`` is per process (RUSAGE_CHILDREN reports the largest single descendant, not
their sum), so with ``--jobs 2`` it hides the workers. A sampler that adds up the resident
memory of the whole tree every few milliseconds sees what the machine had to hold at once.
RSS counts pages a forked worker still shares with its parent twice, so the RSS sum is an upper
bound; PSS (proportional set size, /proc/PID/smaps_rollup) splits each shared page between the
processes sharing it, so the PSS sum is what the tree really holds. Both peaks are kept; the
per-process ``ru_maxrss`` figures are reported beside them.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")


def _ppids() -> dict[int, int]:
    """pid -> parent pid of every process visible in /proc."""
    out: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_bytes()
        except OSError:
            continue
        # the command name may hold spaces and parentheses: the fields follow the last ')'
        fields = stat[stat.rindex(b")") + 2 :].split()
        out[int(entry.name)] = int(fields[1])
    return out


def tree_pids(root: int) -> list[int]:
    parents = _ppids()
    tree, todo = [root], [root]
    while todo:
        pid = todo.pop()
        kids = [p for p, pp in parents.items() if pp == pid]
        tree += kids
        todo += kids
    return tree


def rss_bytes(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float | None:
    """The process's own user + system CPU seconds so far (/proc/PID/stat), None once it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return None
    fields = stat[stat.rindex(b")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def pss_bytes(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return rss_bytes(pid)


class TreeSampler:
    """Samples the summed RSS of ``pid`` and its descendants in a thread until ``stop()``."""

    def __init__(self, pid: int, interval: float = 0.1):
        self.pid, self.interval = pid, interval
        self.peak = 0  # summed RSS
        self.peak_pss = 0  # summed PSS
        self.peak_processes = 0
        self.cpu: dict[int, float] = {}  # pid -> its CPU seconds when last seen (a worker's own share)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def _run(self) -> None:
        pids: list[int] = []
        since = 0
        while not self._stop.is_set():
            if since % 5 == 0:  # walking /proc for the tree costs more than reading memory
                pids = tree_pids(self.pid)
            since += 1
            for p in pids:
                seen = cpu_seconds(p)
                if seen is not None:
                    self.cpu[p] = max(seen, self.cpu.get(p, 0.0))
            total = sum(rss_bytes(p) for p in pids)
            if total > self.peak:
                self.peak = total
            pss = sum(pss_bytes(p) for p in pids)
            if pss > self.peak_pss:
                self.peak_pss, self.peak_processes = pss, len(pids)
            self._stop.wait(self.interval)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
