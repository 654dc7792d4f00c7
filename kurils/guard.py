"""A time budget per article: each parse runs in a worker process that is killed when it overruns.

Python cannot interrupt a regular expression (or any C loop) running in another thread, so a parse
that backtracks for hours would pin a core and stop everything behind it. Here the work runs in a
worker process; the caller waits on a pipe with a deadline (seconds per MB with a floor, from
``kurils.settings``) and, past it, kills the worker, starts a fresh one for the next item and
reports the item as stopped. A worker that dies (out of memory, a crash) is replaced the same way.

``Guard`` is thread-safe: several threads (build's jobs, the app's sessions) may call ``run`` at
once, each on its own worker. Workers are forked from a warmed-up parent where that is safe (the
command line), or spawned (the app's server, which runs threads), and a worker left idle exits by
itself after ``idle_exit`` seconds, so memory is given back when nothing is being parsed.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from kurils import pipeline
from kurils.models import Article
from kurils.settings import PARSE_SECONDS_FLOOR, PARSE_SECONDS_PER_MB

READY = "ready"
START_SECONDS = 300.0  # a spawned worker imports the parser and warms it up before its first item


def budget_seconds(size: int) -> float:
    """The time one article of ``size`` bytes may take: seconds per MB, never under the floor."""
    return max(PARSE_SECONDS_FLOOR, PARSE_SECONDS_PER_MB * size / 2**20)


def stopped_message(seconds: float, size: int) -> str:
    return (
        f"parse stopped after {seconds:.0f} s: over the time budget for a {size / 2**20:.2f} MB article "
        f"({PARSE_SECONDS_PER_MB:g} s per MB, at least {PARSE_SECONDS_FLOOR:g} s)"
    )


class Overrun(Exception):
    """The work took longer than its budget; its worker was killed."""

    def __init__(self, seconds: float):
        super().__init__(f"stopped after {seconds:.0f} s")
        self.seconds = seconds


class WorkerDied(Exception):
    """The worker ended without an answer (killed from outside, out of memory, a crash)."""


@dataclass
class _Worker:
    process: Any
    conn: Connection
    tasks: int = 0


def _serve(conn: Connection, work: Callable, warm: Callable | None, idle_exit: float | None) -> None:
    """A worker's loop: a list of items in, an (ok, value) out for each as it is done; exits when
    the pipe closes, or after ``idle_exit`` seconds without work."""
    if warm is not None:
        warm()
    conn.send(READY)  # the caller's deadlines start after this, so they measure the work alone
    while True:
        try:
            if idle_exit is not None and not conn.poll(idle_exit):
                return
            items = conn.recv()
        except (EOFError, OSError):
            return
        for item in items:
            try:
                answer = (True, work(item))
            except Exception as exc:  # the caller turns it into that item's error
                answer = (False, f"{type(exc).__name__}: {exc}")
            try:
                conn.send(answer)
            except (BrokenPipeError, OSError):
                return


class Guard:
    """Up to ``workers`` worker processes running ``work(item)`` under a deadline per call."""

    def __init__(
        self,
        work: Callable,
        workers: int = 1,
        *,
        start: str | None = None,
        warm: Callable | None = None,
        idle_exit: float | None = None,
        max_tasks: int | None = None,
    ) -> None:
        methods = multiprocessing.get_all_start_methods()
        self._context = multiprocessing.get_context(start or ("fork" if "fork" in methods else "spawn"))
        self._work, self._warm = work, warm
        self._idle_exit, self._max_tasks = idle_exit, max_tasks
        self._limit = max(1, workers)
        self._idle: list[_Worker] = []
        self._busy = 0
        self._lock = threading.Condition()
        self._closed = False

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_serve, args=(child, self._work, self._warm, self._idle_exit), daemon=True
        )
        process.start()
        child.close()
        worker = _Worker(process, parent)
        try:
            ready = parent.poll(START_SECONDS) and parent.recv() == READY
        except (EOFError, OSError):
            ready = False
        if not ready:
            self._discard(worker)
            raise WorkerDied(f"a parse worker did not start within {START_SECONDS:.0f} s")
        return worker

    def _take(self) -> _Worker:
        with self._lock:
            while self._busy >= self._limit:
                self._lock.wait()
            self._busy += 1
            while self._idle:
                worker = self._idle.pop()
                if worker.process.is_alive():
                    return worker
                self._discard(worker)
        try:
            return self._start()
        except BaseException:
            self._give_back(None)
            raise

    def _give_back(self, worker: _Worker | None) -> None:
        with self._lock:
            self._busy -= 1
            if worker is not None:
                if self._closed or (self._max_tasks and worker.tasks >= self._max_tasks):
                    self._discard(worker)
                else:
                    self._idle.append(worker)
            self._lock.notify()

    @staticmethod
    def _discard(worker: _Worker) -> None:
        worker.conn.close()
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)

    def run(self, item: Any, seconds: float) -> Any:
        """``work(item)`` in a worker: its value, or Overrun after ``seconds`` (the worker is killed),
        WorkerDied, or RuntimeError with the message of an exception raised by the work."""
        ((ok, value),) = self.run_each([item], [seconds])
        if not ok:
            raise value
        return value

    def run_each(self, items: list, seconds: list[float]) -> Iterator[tuple[bool, Any]]:
        """``work`` of each item, in order, as (True, value) or (False, the exception).

        The items go to one worker together (one hand-over for many short parses); each has its own
        deadline, counted from its predecessor's answer. Past it the worker is killed and the items
        after the stopped one go on in a fresh worker."""
        done = retries = 0
        while done < len(items):
            worker = self._take()
            try:
                worker.conn.send(items[done:])
            except (BrokenPipeError, OSError):  # it exited (idle) just before: another one
                self._discard(worker)
                self._give_back(None)
                retries += 1
                if retries > 3:
                    raise WorkerDied("no parse worker could be started") from None
                continue
            released = False
            try:
                while done < len(items):
                    alive, ok, value = self._answer(worker, seconds[done])
                    done += 1
                    if alive and done == len(items):  # back in the pool before the caller has the last
                        worker.tasks += 1
                        self._give_back(worker)
                        released = True
                    yield ok, value
                    if not alive:
                        break
            finally:
                if not released:  # stuck, dead, or the caller stopped reading: never reused
                    self._discard(worker)
                    self._give_back(None)

    @staticmethod
    def _answer(worker: _Worker, seconds: float) -> tuple[bool, bool, Any]:
        """(the worker lives on, ok, the value or the exception) of the worker's next answer."""
        try:
            if not worker.conn.poll(seconds):
                return False, False, Overrun(seconds)
            ok, value = worker.conn.recv()
        except (EOFError, OSError):
            return False, False, WorkerDied(_death(worker))
        return True, ok, value if ok else RuntimeError(value)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for worker in idle:
            self._discard(worker)

    def __enter__(self) -> Guard:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _death(worker: _Worker) -> str:
    worker.process.join(1)
    code = worker.process.exitcode
    return "the parse worker ended without an answer" + (f" (exit code {code})" if code is not None else "")


# --- articles under the budget ------------------------------------------------------------------
def parse_path(path: str) -> Article:
    """The worker's work for ``extract``: one file parsed (looked up at call time, so a test may
    put a slow parser in its place before the workers fork)."""
    return pipeline.parse_file(path)


def parse_one_item(item) -> Article:
    """The worker's work for ``extract``: one input item (a file, or a batch file's record)."""
    return pipeline.parse_item(item)


def item_size(item) -> int:
    """The bytes an input item's time budget is reckoned on."""
    return len(item.data) if item.data is not None else file_size(item.path) if item.path else 0


def failed_item(item, error: str) -> Article:
    """The record of an item whose parse was stopped, or whose worker died."""
    key = item.source.source_id if item.source and item.source.source_id else item.file
    return Article(id=pipeline.content_id(os.fsencode(key)), file=pipeline.valid_unicode(item.file),
                   source=item.source, error=error)


def parse_upload(item: tuple[bytes, str]) -> Article:
    """The worker's work for the app: one upload's bytes and name."""
    data, name = item
    return pipeline.parse_bytes(data, file=name)


def file_size(path: str | os.PathLike) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def within_budget(guard: Guard, item: Any, size: int, failed: Callable[[str], Any]) -> Any:
    """``guard.run(item)`` under the budget for ``size`` bytes; when the parse overruns or its
    worker dies, ``failed(message)`` stands in for the value (the item's record with ``error``)."""
    (value,) = each_within_budget(guard, [item], [size], lambda _item, error: failed(error))
    return value


def each_within_budget(
    guard: Guard, items: list, sizes: list[int], failed: Callable[[Any, str], Any]
) -> Iterator[Any]:
    """``within_budget`` of several items handed to one worker together, values in order."""
    seconds = [budget_seconds(size) for size in sizes]
    for n, (ok, value) in enumerate(guard.run_each(items, seconds)):
        if ok:
            yield value
        elif isinstance(value, Overrun):
            yield failed(items[n], stopped_message(value.seconds, sizes[n]))
        else:
            yield failed(items[n], f"parse failed: {value}")


def failed_file(name: str, error: str) -> Article:
    """The record of a file whose parse was stopped, or whose worker died."""
    return Article(id=pipeline.content_id(os.fsencode(name)), file=name, error=error)


def failed_upload(data: bytes, name: str) -> Callable[[str], Article]:
    return lambda error: Article(id=pipeline.content_id(data), file=name, error=error)
