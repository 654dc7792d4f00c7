"""The Chromium benchmark's own steps on the seeds: a reader's rerun after a reload is recorded whole.

The first "Next" after a reload looked lost (the server's run finished; the page got its
``new_session`` message and nothing more for minutes). The page was fine: Playwright's sync API
answers the page's routed requests and delivers websocket frames only inside its own calls, and the
bench waited with ``time.sleep``, so the request the page makes after the click hung in the route
(bench/notes.md). Run before the fix, this test waited its whole timeout for the rerun.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from bench import browser as bench

pytestmark = pytest.mark.browser


def test_the_first_next_after_a_reload_is_recorded():
    if not Path(bench.CHROMIUM).exists():
        pytest.fail(f"{bench.CHROMIUM} is missing")
    from playwright.sync_api import sync_playwright

    port = bench.free_port()
    with tempfile.TemporaryDirectory() as cache:
        server = bench.start_server(None, port, cache)  # the seeds
        try:
            bench.wait_healthy(port, server)
            url = f"http://127.0.0.1:{port}/"
            with sync_playwright() as pw:
                chromium = pw.chromium.launch(
                    executable_path=bench.CHROMIUM, args=bench.CHROMIUM_ARGS, headless=True
                )
                try:
                    context, page, frames, first = bench._fresh_visit(chromium, url, 240_000, True)
                    assert first["ws"]["finished"]
                    reload = bench._visit(page, url, 240_000, frames)
                    assert reload["ws"]["finished"]
                    rerun = bench._rerun(page, frames, bench.RERUNS["next event"], timeout_s=120)
                    assert rerun["finished"], rerun
                    assert "event=" in page.url
                    assert rerun["frames"] >= 10  # the whole run, not its first message
                    context.close()
                finally:
                    chromium.close()
        finally:
            bench.stop_server(server)
