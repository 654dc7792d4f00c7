"""Time from navigation to a rendered timeline and map, in headless Chromium against ``streamlit run``.

Usage: python -m bench.browser [ARTICLES_FOLDER]   (prints one JSON object)

The server is started here with KURILS_ARTICLES set, on a free localhost port, and killed
afterwards (only the process started here). The first navigation after the server comes up is
"cold" (an empty KURILS_CACHE: the app builds its tables); a reload is "warm" (its cache is hit).
Only localhost traffic: Chromium runs with background networking and updates disabled.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
TIMELINE = '[data-testid="stPlotlyChart"] svg, [data-testid="stPlotlyChart"] canvas'
MAP = '[data-testid="stDeckGlJsonChart"] canvas'


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(port: int, proc: subprocess.Popen, timeout: float = 120) -> float:
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return time.perf_counter() - t0
        except OSError:
            pass
        time.sleep(0.1)
    raise TimeoutError("streamlit did not become healthy")


def start_server(folder: str | None, port: int, cache: str | None = None) -> subprocess.Popen:
    env = dict(os.environ)
    if folder:
        env["KURILS_ARTICLES"] = folder
    if cache:
        env["KURILS_CACHE"] = cache  # the app's on-disk table cache: empty, so the first visit builds
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1",
           "--browser.gatherUsageStats", "false"]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)  # the session started for this server only
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def _visit(page, url: str, timeout_ms: int) -> dict:
    out: dict = {}
    t0 = time.perf_counter()
    page.goto(url, wait_until="commit")
    for name, selector in (("timeline", TIMELINE), ("map", MAP)):
        try:
            page.wait_for_selector(selector, state="attached", timeout=timeout_ms)
            out[name] = time.perf_counter() - t0
        except Exception as exc:  # noqa: BLE001 - a chart that never renders is a result
            out[name] = None
            out[name + "_error"] = type(exc).__name__
    return out


def measure(folder: str | None, timeout_s: float = 300) -> dict:
    from playwright.sync_api import sync_playwright

    port = free_port()
    cache = tempfile.TemporaryDirectory()
    proc = start_server(folder, port, cache.name)
    result: dict = {}
    try:
        result["server_start"] = wait_healthy(port, proc)
        url = f"http://127.0.0.1:{port}/"
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            try:
                page = browser.new_page()
                page.route("**/*", lambda route: route.continue_() if "127.0.0.1" in route.request.url
                           or route.request.url.startswith(("data:", "blob:")) else route.abort())
                result["cold"] = _visit(page, url, int(timeout_s * 1000))
                result["warm"] = _visit(page, url, int(timeout_s * 1000))
            finally:
                browser.close()
    except Exception as exc:  # noqa: BLE001
        result["error"] = f"{type(exc).__name__}: {str(exc)[:160]}"
    finally:
        stop_server(proc)
        cache.cleanup()
    return result


def main() -> None:
    print(json.dumps(measure(sys.argv[1] if len(sys.argv) > 1 else None)))


if __name__ == "__main__":
    main()
