"""The per-article time budget: a parse that overruns is stopped in its worker, reported as that
article's error, and the rest go on (in Guard itself, extract, build and the app's uploads).

A genuinely slow parse is simulated by a test-only parse function that sleeps; the workers are
forked from the test process, so a monkeypatched function is the one they run."""

from __future__ import annotations

import json
import os
import time

import pytest

import kurils.guard as guard_module
import kurils.pipeline as pipeline
from kurils.cli import main as cli_main
from kurils.guard import Guard, Overrun, WorkerDied, budget_seconds, parse_upload, within_budget
from kurils.tables import build

GOOD = b"Abe meets Putin\n\nTOKYO, May 3. Prime Minister Shinzo Abe met Vladimir Putin on Monday.\n"


def _double(x):
    return 2 * x


def _slow_on_negative(x):
    if x < 0:
        time.sleep(60)
    return x


def _die_on_zero(x):
    if x == 0:
        os._exit(3)
    return x


def _raise_on_zero(x):
    return 1 // x


@pytest.mark.parametrize(
    "size, floor, per_mb, expected",
    [(0, 10, 30, 10), (100_000, 10, 30, 10), (2**20, 10, 30, 30), (5 * 2**20, 10, 30, 150),
     (2**20, 60, 30, 60)],
)
def test_budget_is_seconds_per_mb_with_a_floor(monkeypatch, size, floor, per_mb, expected):
    monkeypatch.setattr(guard_module, "PARSE_SECONDS_FLOOR", floor)
    monkeypatch.setattr(guard_module, "PARSE_SECONDS_PER_MB", per_mb)
    assert budget_seconds(size) == pytest.approx(expected)


def _pid(_x):
    return os.getpid()


def test_a_worker_answers_and_is_reused():
    with Guard(_double) as guard:
        assert [guard.run(n, 10) for n in (1, 2, 3)] == [2, 4, 6]
    with Guard(_pid) as guard:
        assert len({guard.run(n, 10) for n in range(3)} | {within_budget(guard, 0, 0, str)}) == 1


def test_an_overrun_is_stopped_within_its_deadline_and_the_next_item_goes_on():
    with Guard(_slow_on_negative) as guard:
        start = time.perf_counter()
        answers = list(guard.run_each([1, -1, 2, 3], [5, 0.5, 5, 5]))
        took = time.perf_counter() - start
    assert [ok for ok, _ in answers] == [True, False, True, True]
    assert isinstance(answers[1][1], Overrun)
    assert [v for ok, v in answers if ok] == [1, 2, 3]
    assert took < 10  # stopped at its 0.5 s deadline, not the 60 s sleep


@pytest.mark.parametrize(
    "work, error",
    [(_die_on_zero, WorkerDied), (_raise_on_zero, RuntimeError)],
)
def test_a_dying_or_failing_item_is_reported_and_the_rest_go_on(work, error):
    with Guard(work) as guard:
        answers = list(guard.run_each([1, 0, 2], [10, 10, 10]))
    assert [ok for ok, _ in answers] == [True, False, True]
    assert isinstance(answers[1][1], error)


def test_several_threads_share_the_workers():
    from concurrent.futures import ThreadPoolExecutor

    with Guard(_double, workers=2) as guard, ThreadPoolExecutor(4) as threads:
        assert list(threads.map(lambda n: guard.run(n, 10), range(20))) == [2 * n for n in range(20)]


def test_an_idle_worker_exits_by_itself_and_a_new_one_takes_over():
    with Guard(_double, idle_exit=0.2) as guard:
        assert guard.run(1, 10) == 2
        time.sleep(1.0)
        assert guard.run(2, 10) == 4


@pytest.fixture
def slow_parser(monkeypatch):
    """parse_bytes that hangs on any file named *slow*, and a 1 s budget."""
    real = pipeline.parse_bytes

    def parse_bytes(data, file="<bytes>", source=None):
        if "slow" in os.path.basename(file):
            time.sleep(60)
        return real(data, file=file, source=source)

    monkeypatch.setattr(pipeline, "parse_bytes", parse_bytes)
    monkeypatch.setattr(guard_module, "PARSE_SECONDS_FLOOR", 1.0)
    monkeypatch.setattr(guard_module, "PARSE_SECONDS_PER_MB", 1.0)


@pytest.fixture
def folder(tmp_path):
    for name in ("a.txt", "b_slow.txt", "c.txt"):
        (tmp_path / name).write_bytes(GOOD)
    return tmp_path


def test_extract_reports_the_stopped_file_and_parses_the_next(slow_parser, folder, capsys):
    start = time.perf_counter()
    assert cli_main(["extract", str(folder)]) == 0
    assert time.perf_counter() - start < 30
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [os.path.basename(r["file"]) for r in records] == ["a.txt", "b_slow.txt", "c.txt"]
    assert records[1]["error"].startswith("parse stopped after 1 s")
    assert records[0]["error"] is None and records[2]["error"] is None
    assert records[2]["events"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_build_gives_the_stopped_file_its_row_with_the_error(slow_parser, folder, jobs):
    tables = build(folder, jobs=jobs)
    errors = dict(zip(tables.articles["file"].map(os.path.basename), tables.articles["error"], strict=True))
    assert errors["b_slow.txt"].startswith("parse stopped after 1 s")
    assert not isinstance(errors["a.txt"], str) and not isinstance(errors["c.txt"], str)
    assert len(tables.events) > 0


def test_an_upload_is_parsed_in_a_spawned_worker_under_its_budget(monkeypatch):
    """The app's way: a spawned worker (the server runs threads, so it never forks itself)."""
    monkeypatch.setattr(guard_module, "PARSE_SECONDS_FLOOR", 30.0)
    with Guard(parse_upload, start="spawn") as guard:
        article = within_budget(guard, (GOOD, "good.txt"), len(GOOD), lambda error: error)
    assert article.error is None and article.events


def test_a_batch_warms_every_table_before_its_first_item_and_one_file_stays_light(monkeypatch):
    """On a loaded machine the first Russian item of a batch loaded the Russian tables inside its own
    time budget and overran it (and every such item after it in a fresh worker): a batch warms all."""
    from pathlib import Path

    from kurils import cli
    from kurils.pipeline import input_items

    seeds = sorted(Path(__file__).resolve().parents[1].glob("seeds/*.txt"))
    calls = []
    monkeypatch.setattr(cli, "warm_up", lambda everything=True: calls.append(everything))
    for paths in (seeds[:1], seeds[:2]):
        articles = list(cli.guarded_articles(input_items([str(p) for p in paths], None)))
        assert len(articles) == len(paths) and not any(a.error for a in articles)
    assert calls == [False, True]


def test_warming_everything_loads_the_russian_morphology():
    import subprocess
    import sys

    code = ("import sys; from kurils.pipeline import warm_up; warm_up(everything=False); "
            "light = 'pymorphy3' in sys.modules; warm_up(); print(light, 'pymorphy3' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]
