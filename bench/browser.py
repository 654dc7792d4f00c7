"""Time from navigation to a rendered timeline and map, in headless Chromium against ``streamlit run``.

Usage: python -m bench.browser [ARTICLES_FOLDER] [--before CHECKOUT] [--repeats N]   (prints one JSON object)

The server is started here with KURILS_ARTICLES set, on a free localhost port, and killed
afterwards (only the process started here). The first navigation after the server comes up is
"cold" (an empty KURILS_CACHE: the app builds its tables); a reload is "warm" (its cache is hit).
The bare page (bench/bare_page.py: one plotly chart and one deck map of the same sizes) is served
beside it and measured in the same Chromium, alternating with the app, each first view in a new
browser context (empty HTTP cache). The websocket frames (Streamlit's forward messages) are counted
for a first view and for each of a few ordinary reruns. Each visit also says the CPU seconds that
Chromium's processes (renderer, GPU process, browser) and the servers spent until both charts were
drawn: on a shared machine those vary far less with the load than the wall times.
``--before CHECKOUT`` serves another checkout's app.py (e.g. ``git worktree add /tmp/old main``) as a
third server, visited in turn with the other two: a change's before and after in one run. With
several repeats the medians are reported beside the best visit.
Only localhost traffic: Chromium runs with background networking and updates disabled.
"""
from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
TIMELINE = '[data-testid="stPlotlyChart"] svg, [data-testid="stPlotlyChart"] canvas'
MAP = '[data-testid="stDeckGlJsonChart"] canvas'
APP = ROOT / "app.py"
BARE_APP = ROOT / "bench" / "bare_page.py"


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


def start_server(
    folder: str | None, port: int, cache: str | None = None, app: Path = APP, cwd: Path = ROOT
) -> subprocess.Popen:
    env = dict(os.environ)
    if folder:
        env["KURILS_ARTICLES"] = folder
    if cache:
        env["KURILS_CACHE"] = cache  # the app's on-disk table cache: empty, so the first visit builds
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1",
           "--browser.gatherUsageStats", "false"]
    # cwd: its .streamlit/config.toml is read from there and its own package imported first
    return subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)  # the session started for this server only
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def _record_frames(page) -> list[bytes]:
    """Every websocket frame the page receives (Streamlit's forward messages), in order."""
    frames: list[bytes] = []

    def on_socket(ws) -> None:
        ws.on("framereceived", lambda payload: frames.append(
            payload if isinstance(payload, bytes) else payload.encode("utf-8")))

    page.on("websocket", on_socket)
    return frames


def _finished(payload: bytes) -> bool:
    """Whether a frame is Streamlit's end-of-run message (its ForwardMsg ``script_finished``)."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    msg = ForwardMsg()
    try:
        msg.ParseFromString(payload)
    except Exception:  # noqa: BLE001 - not a ForwardMsg: not the end of a run
        return False
    return msg.WhichOneof("type") == "script_finished"


def _wait(page, seconds: float) -> None:
    """Wait while Playwright keeps serving the page: its sync API delivers events (websocket frames)
    and answers routed requests only inside its own calls, so a ``time.sleep`` here stalls every
    request the page makes through ``page.route`` (bench/notes.md: the "lost" first Next)."""
    page.wait_for_timeout(seconds * 1000)


def _settle(page, frames: list, after: int, timeout_s: float = 300) -> bool:
    """Wait until a run that sent frames after index ``after`` has finished (``script_finished``),
    then until nothing more has come for a second (a chart that reports its first selection starts
    a run of its own after the page's run; a busy server answers late). False: no run finished."""
    deadline = time.perf_counter() + timeout_s
    seen = after
    while time.perf_counter() < deadline:
        if any(_finished(payload) for payload in frames[seen:]):
            _quiet(page, frames, deadline)
            return True
        seen = max(after, len(frames) - 1)
        _wait(page, 0.05)
    return False


def _quiet(page, frames: list, deadline: float, quiet_s: float = 1.0) -> None:
    """Wait until no frame has arrived for ``quiet_s`` (a run ends with ``script_finished`` and then
    a ``session_status_changed``, so the last frame is not the end-of-run message itself)."""
    count, since = len(frames), time.perf_counter()
    while time.perf_counter() < deadline:
        _wait(page, 0.05)
        if len(frames) != count:
            count, since = len(frames), time.perf_counter()
        elif time.perf_counter() - since >= quiet_s:
            return


def frame_bytes(frames: list[bytes]) -> dict:
    """Bytes of these frames as sent, as permessage-deflate would send them (each message deflated
    on its own: what `server.enableWebsocketCompression` would save, at most), and the largest
    elements by kind."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    deflated, kinds = 0, Counter()
    for payload in frames:
        packer = zlib.compressobj(6, zlib.DEFLATED, -15)
        deflated += len(packer.compress(payload) + packer.flush(zlib.Z_SYNC_FLUSH))
        msg = ForwardMsg()
        msg.ParseFromString(payload)
        kind = msg.WhichOneof("type")
        if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            kind = msg.delta.new_element.WhichOneof("type")
        kinds[kind] += len(payload)
    return {"bytes": sum(map(len, frames)), "deflated": deflated, "frames": len(frames),
            "largest": dict(kinds.most_common(4))}


def _descendants() -> dict[int, tuple[str, float]]:
    """Each process under this one (Playwright's driver, Chromium's processes, the servers started
    here) as its kind (Chromium's ``--type``, ``browser`` for its main process, else the program)
    and its CPU seconds so far, from /proc (Linux; empty elsewhere)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    parents, cpu = {}, {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        pid = int(stat.parent.name)
        parents[pid], cpu[pid] = int(fields[1]), (int(fields[11]) + int(fields[12])) / tick
    mine, todo = {}, [os.getpid()]
    while todo:
        parent = todo.pop()
        for pid in [p for p, pp in parents.items() if pp == parent]:
            try:
                args = (Path("/proc") / str(pid) / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            # Chromium rewrites its process title as one string: look for --type= inside it
            typed = re.search(rb"--type=([\w-]+)", b" ".join(args))
            kind = typed.group(1).decode() if typed else None
            name = Path(args[0].decode(errors="replace").split(" ")[0]).name
            mine[pid] = (kind or ("browser" if "chrom" in name else name), cpu[pid])
            todo.append(pid)
    return mine


def cpu_seconds(before: dict, after: dict) -> dict[str, float]:
    """CPU seconds each kind of process spent between two ``_descendants`` snapshots."""
    spent: dict[str, float] = {}
    for pid, (kind, seconds) in after.items():
        spent[kind] = round(spent.get(kind, 0.0) + seconds - before.get(pid, (kind, 0.0))[1], 2)
    return {kind: s for kind, s in spent.items() if s > 0}


def _visit(page, url: str, timeout_ms: int, frames: list | None = None) -> dict:
    out: dict = {}
    first = len(frames) if frames is not None else 0
    before = _descendants()
    t0 = time.perf_counter()
    page.goto(url, wait_until="commit")
    for name, selector in (("timeline", TIMELINE), ("map", MAP)):
        try:
            page.wait_for_selector(selector, state="attached", timeout=timeout_ms)
            out[name] = time.perf_counter() - t0
        except Exception as exc:  # noqa: BLE001 - a chart that never renders is a result
            out[name] = None
            out[name + "_error"] = type(exc).__name__
    out["cpu"] = cpu_seconds(before, _descendants())  # Chromium's processes (and the servers), to both drawn
    if frames is not None:
        finished = _settle(page, frames, first)
        out["ws"] = {**frame_bytes(frames[first:]), "finished": finished}
    return out


def _rerun(page, frames: list, act, timeout_s: float = 300) -> dict:
    """The frames one reader's action brings: the rerun's forward messages."""
    first = len(frames)
    act(page)
    finished = _settle(page, frames, first, timeout_s)
    return {**frame_bytes(frames[first:]), "finished": finished}


RERUNS = {  # a reader's ordinary actions, each a rerun of the script
    "next event": lambda page: page.get_by_role("button", name="Next").click(),
    "next event again": lambda page: page.get_by_role("button", name="Next").click(),
    "lanes by outlet": lambda page: page.get_by_text("outlet", exact=True).click(),
}


def _with_route(page) -> None:
    page.route("**/*", lambda route: route.continue_() if "127.0.0.1" in route.request.url
               or route.request.url.startswith(("data:", "blob:")) else route.abort())


def _fresh_visit(browser, url: str, timeout_ms: int, frames_wanted: bool = False):
    """A new browser context (empty HTTP cache, like a reader's first visit) and its page."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    _with_route(page)
    frames = _record_frames(page) if frames_wanted else None
    return context, page, frames, _visit(page, url, timeout_ms, frames)


def measure(folder: str | None, timeout_s: float = 300, repeats: int = 2, before: Path | None = None,
            reruns: bool = True) -> dict:
    """The app against the bare page (bench/bare_page.py), both served at once, in one Chromium:
    a cold first navigation (the app builds its tables), then ``repeats`` alternating first views in
    new browser contexts (best kept, medians beside), a reload, and the websocket bytes of a first
    view and of each rerun in RERUNS. ``before``: another checkout's app, measured in the same turns."""
    from playwright.sync_api import sync_playwright

    port, bare_port = free_port(), free_port()
    cache = tempfile.TemporaryDirectory()
    proc = start_server(folder, port, cache.name)
    bare = start_server(None, bare_port, app=BARE_APP)
    old = old_cache = None
    if before is not None:
        old_port, old_cache = free_port(), tempfile.TemporaryDirectory()
        old = start_server(folder, old_port, old_cache.name, app=before / "app.py", cwd=before)
    result: dict = {}
    timeout_ms = int(timeout_s * 1000)
    try:
        result["server_start"] = wait_healthy(port, proc)
        wait_healthy(bare_port, bare)
        url, bare_url = f"http://127.0.0.1:{port}/", f"http://127.0.0.1:{bare_port}/"
        old_url = None
        if old is not None:
            wait_healthy(old_port, old)
            old_url = f"http://127.0.0.1:{old_port}/"
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            try:
                context, _, _, result["cold"] = _fresh_visit(browser, url, timeout_ms)
                context.close()
                if old_url:
                    context, _, _, result["before_cold"] = _fresh_visit(browser, old_url, timeout_ms)
                    context.close()
                views, bares, olds = [], [], []
                for _ in range(repeats):
                    context, _, _, visit = _fresh_visit(browser, bare_url, timeout_ms)
                    bares.append(visit)
                    context.close()
                    if old_url:
                        context, _, _, visit = _fresh_visit(browser, old_url, timeout_ms)
                        olds.append(visit)
                        context.close()
                    context, page, frames, visit = _fresh_visit(browser, url, timeout_ms, True)
                    views.append(visit)
                    # each round so far on stderr: a run cut short by a timeout keeps its visits
                    print(json.dumps({"app": views, "bare": bares, "before": olds}),
                          file=sys.stderr, flush=True)
                    if len(views) < repeats:
                        context.close()
                result["first_view"], result["bare"] = _best(views), _best(bares)
                result["medians"] = {"first_view": _median(views), "bare": _median(bares)}
                result["loadavg"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
                if olds:
                    result["before"], result["medians"]["before"] = _best(olds), _median(olds)
                result["warm"] = _visit(page, url, timeout_ms, frames)  # settled: its run is over
                if reruns:
                    result["reruns"] = {name: _rerun(page, frames, act) for name, act in RERUNS.items()}
                context.close()
            finally:
                browser.close()
    except Exception as exc:  # noqa: BLE001
        result["error"] = f"{type(exc).__name__}: {str(exc)[:160]}"
    finally:
        for server in (proc, bare, old):
            if server is not None:
                stop_server(server)
        for folder_ in (cache, old_cache):
            if folder_ is not None:
                folder_.cleanup()
    return result


def _median(visits: list[dict]) -> dict:
    """Median wall seconds to the timeline, to the map and to both, and median CPU seconds of
    Chromium's processes, over the visits (None where a chart was never drawn)."""
    from statistics import median

    def med(values: list) -> float | None:
        values = [v for v in values if v is not None]
        return round(median(values), 2) if values else None

    both = [max(v["timeline"], v["map"]) if v.get("timeline") and v.get("map") else None for v in visits]
    chromium = [sum(s for k, s in v.get("cpu", {}).items() if k in CHROMIUM_KINDS) for v in visits]
    return {"timeline": med([v.get("timeline") for v in visits]), "map": med([v.get("map") for v in visits]),
            "both": med(both), "chromium_cpu": med(chromium), "visits": len(visits)}


CHROMIUM_KINDS = ("renderer", "gpu-process", "browser", "utility")


def _best(visits: list[dict]) -> dict:
    """The least disturbed visit (the shared machine's load varies): the one drawn soonest."""
    drawn = [v for v in visits if v.get("timeline") is not None and v.get("map") is not None]
    return min(drawn, key=lambda v: max(v["timeline"], v["map"])) if drawn else visits[-1]


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", default=None)
    ap.add_argument("--before", type=Path, default=None, help="another checkout whose app.py is measured too")
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--no-reruns", action="store_true", help="first views only, no rerun bytes")
    args = ap.parse_args()
    result = measure(args.folder, repeats=args.repeats, before=args.before, reruns=not args.no_reruns)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
