"""Streams: a batch is read item by item, memory does not grow with its size, build's workers are
fed lazily, and the progress line is drawn only on a terminal."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
import tracemalloc
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kurils.inputs import Item, iter_items
from kurils.progress import Progress
from kurils.tables import chunked, ordered_map

ROOT = Path(__file__).resolve().parent.parent
FILLER = "Sunny in Paris on Monday, rain on Tuesday, the forecasters said. " * 60  # ~4 kB a line


def write_lines(path: Path, n: int, gz: bool = False) -> Path:
    data = b"".join(json.dumps({"id": f"n{i}", "text": FILLER}).encode() + b"\n" for i in range(n))
    path.write_bytes(gzip.compress(data, compresslevel=1) if gz else data)
    return path


def write_warc(path: Path, n: int) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        page = f"<html><body><p>{FILLER}</p></body></html>".encode()
        for i in range(n):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://e.com/{i}", "response",
                                                          payload=io.BytesIO(page), http_headers=headers))
    return path


def peak_while_reading(path: Path) -> tuple[int, int]:
    """(items, peak bytes allocated) while every item of the file is read and its chunks formed."""
    tracemalloc.start()
    try:
        count = sum(len(chunk) for chunk in chunked(iter_items(path)))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def write_gzipped_lines(path: Path, n: int) -> Path:
    return write_lines(path, n, gz=True)


@pytest.mark.parametrize(
    ("name", "writer"),
    [("b.jsonl", write_lines), ("b.jsonl.gz", write_gzipped_lines), ("b.warc.gz", write_warc)],
)
def test_reading_memory_does_not_grow_with_the_batch(tmp_path, name, writer):
    small = writer(tmp_path / f"small-{name}", 250)
    large = writer(tmp_path / f"large-{name}", 2000)  # 8x the items, 8x the bytes (~8 MB plain)
    n_small, peak_small = peak_while_reading(small)
    n_large, peak_large = peak_while_reading(large)
    assert (n_small, n_large) == (250, 2000)
    assert peak_large < 1.5 * peak_small  # a batch held whole would be ~8x


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from Linux's /proc")
def test_extract_memory_stays_flat_as_the_input_grows(tmp_path):
    """The whole command (read, parse, write) in a subprocess: its peak RSS grows by far less than
    the input does. Whitespace-only articles keep the parse cheap; the stream path is what is tested."""
    def run(n: int) -> tuple[int, int]:
        line = json.dumps({"id": "x", "text": " " * 20_000}).encode() + b"\n"
        path = tmp_path / f"{n}.jsonl"
        path.write_bytes(line * n)
        # VmHWM, the peak RSS of this process image (getrusage's ru_maxrss would count the forked test
        # process's pages from before exec)
        code = ("import sys; from kurils.cli import main; main(['extract', sys.argv[1]]); "
                "print([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1], "
                "file=sys.stderr)")
        done = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, timeout=300)
        return path.stat().st_size, int(done.stderr.strip().splitlines()[-1]) * 1024  # VmHWM is in kB
    size_small, rss_small = run(500)  # 10 MB
    size_large, rss_large = run(3000)  # 60 MB
    assert (rss_large - rss_small) / (size_large - size_small) < 0.2


def test_build_pulls_chunks_only_as_workers_need_them():
    pulled = []

    def chunks():
        for n in range(1000):
            pulled.append(n)
            yield [Item(file=f"x#{n}", data=b"x")]

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = ordered_map(pool, len, chunks(), in_flight=4)
        assert next(results) == 1
        assert len(pulled) <= 4  # not the whole stream submitted up front, as pool.map would
        assert sum(results) == 999 and len(pulled) == 1000  # and every chunk in order in the end


@pytest.mark.parametrize(
    ("sizes", "size", "max_bytes", "expected"),
    [([1] * 5, 2, 100, [2, 2, 1]), ([60, 60, 10], 10, 100, [2, 1]), ([], 4, 10, [])],
)
def test_chunks_by_count_and_bytes(sizes, size, max_bytes, expected):
    items = (Item(file="f", data=b"x" * n) for n in sizes)
    assert [len(c) for c in chunked(items, size, max_bytes)] == expected


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_drawn_on_a_terminal_with_items_rate_and_relevant():
    ticks = iter([0.0, 1.0, 2.0, 2.1, 4.0, 4.0])
    stream = FakeTerminal()
    progress = Progress(stream, clock=lambda: next(ticks))
    progress.update(1, 1)  # at 1 s
    progress.update(1, 0)  # at 2 s
    progress.update(1, 0)  # at 2.1 s: too soon to redraw
    progress.update(1, 1)  # at 4 s
    progress.close()
    drawn = stream.getvalue()
    assert "1 items, 1.0 items/s, 1 relevant" in drawn
    assert "2 items, 1.0 items/s, 1 relevant" in drawn
    assert "3 items" not in drawn and "4 items, 1.0 items/s, 2 relevant" in drawn
    assert drawn.endswith("\r")  # wiped at the end


def test_no_progress_when_stderr_is_not_a_terminal():
    stream = io.StringIO()
    progress = Progress(stream)
    progress.update(5, 2)
    progress.message("kurils: x#2: broken")
    progress.close()
    assert stream.getvalue() == "kurils: x#2: broken\n"
