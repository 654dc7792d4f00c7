"""The real page in headless Chromium (Debian's, driven by Playwright): load, click, reopen the link.

Screenshots of each step are kept under artifacts/browser/ (the CI keeps the folder as its artifact).
Only localhost is contacted: the app is started here with `streamlit run` on a free port.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "artifacts" / "browser"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
TIMELINE_POINTS = '[data-testid="stPlotlyChart"] .scatterlayer .points path'
MAP_CANVAS = '[data-testid="stDeckGlJsonChart"] canvas'

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `bash .ci/install` (Debian's chromium package)")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "KURILS_ARTICLES"}
    env["KURILS_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "app.py"),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("streamlit did not start: " + proc.stderr.read().decode(errors="replace")[-2000:])
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _open(browser, url: str, outside: list[str] | None = None):
    """A new page at ``url`` with both charts drawn; requests that leave localhost go to ``outside``."""
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    if outside is not None:
        local = ("http://127.0.0.1:", "ws://127.0.0.1:", "data:", "blob:")
        page.on("request", lambda r: None if r.url.startswith(local) else outside.append(r.url))
    page.goto(url)
    page.wait_for_selector(TIMELINE_POINTS, timeout=180_000, state="attached")
    page.wait_for_selector(MAP_CANVAS, timeout=180_000)
    _settle(page)
    return context, page


def _settle(page) -> None:
    """Wait until Streamlit has finished its script run."""
    page.wait_for_timeout(300)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=240_000
    )
    page.wait_for_timeout(500)


def _click_first_point(page, tries: int = 3) -> None:
    """Click a timeline dot until the app takes it (a click during a rerun can be lost)."""
    for attempt in range(tries):
        point = page.locator(TIMELINE_POINTS).first
        point.scroll_into_view_if_needed()  # the introduction, open on landing, can push it below the fold
        box = point.bounding_box()
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        try:
            page.wait_for_url(re.compile(r".*event=.*"), timeout=20_000)
            return
        except Exception:
            if attempt == tries - 1:
                raise
            _settle(page)


def _reader_headline(page) -> str:
    heading = page.locator(".st-key-reader h3").first
    return heading.inner_text(timeout=60_000).strip()


def test_load_click_and_reopen_the_link(server, browser):
    outside: list[str] = []
    context, page = _open(browser, server, outside)
    page.screenshot(path=str(SHOTS / "1-loaded.png"))
    assert outside == []  # the map reads offline: no basemap style or tiles unless the switch asks
    assert page.locator(TIMELINE_POINTS).count() >= 10
    assert "Click an event on the timeline" in page.content()
    assert "event=" not in page.url

    # Click a dot on the timeline: its article opens in the reader with the evidence marked.
    _click_first_point(page)
    page.wait_for_selector(".kr-ev", timeout=60_000)
    _settle(page)
    page.screenshot(path=str(SHOTS / "2-clicked.png"))
    headline = _reader_headline(page)
    evidence = page.locator(".kr-ev").first.inner_text()
    link = page.url
    assert "article=" in link and headline and evidence
    context.close()

    # The copied link opens the same view in a fresh browser context.
    context, page = _open(browser, link)
    page.wait_for_selector(".kr-ev", timeout=60_000)
    page.screenshot(path=str(SHOTS / "3-reopened.png"))
    assert _reader_headline(page) == headline
    assert page.locator(".kr-ev").first.inner_text() == evidence
    assert page.url == link
    context.close()


def test_a_filter_in_the_link_and_a_bad_parameter(server, browser):
    context, page = _open(browser, f"{server}/?outlet=TASS&year=abc")
    page.screenshot(path=str(SHOTS / "4-filtered.png"))
    assert "ignored year=" in page.content()
    assert page.locator(TIMELINE_POINTS).count() >= 1
    assert "outlet=TASS" in page.url and "year=" not in page.url
    context.close()


def test_phone_width_stacks_the_views(server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(server)
    page.wait_for_selector(TIMELINE_POINTS, timeout=60_000)
    _settle(page)
    page.screenshot(path=str(SHOTS / "5-phone.png"), full_page=True)
    timeline = page.locator('[data-testid="stPlotlyChart"]').bounding_box()
    reader = page.locator(".st-key-reader").bounding_box()
    assert reader["y"] > timeline["y"] + timeline["height"] - 1  # stacked, not side by side
    context.close()


# --- a reader's path (issue 14): intro, keys, the four islands, phone tap, Back, dark ---------------
def _first_view() -> tuple[dict, dict]:
    """The app's first map view of the seeds, and each island's dot (lon, lat) and the centre of its
    name in px from the dot, as the deck draws them (geomap.place_labels chooses the sides)."""
    import json

    import pandas as pd

    from kurils.pipeline import parse_paths
    from kurils.views import geomap
    from kurils.views.data import corpus_from_articles

    global _FIRST_VIEW
    if _FIRST_VIEW is None:
        corpus = corpus_from_articles(parse_paths([ROOT / "seeds"]))
        places, _ = geomap.place_table(corpus.choices.places)
        counts = geomap.place_counts(corpus.merged)
        spec = json.loads(geomap.build_deck({}, geomap.LAND_URL, places, counts, pd.DataFrame()).to_json())
        names = {}
        for dot in next(lyr for lyr in spec["layers"] if lyr["id"] == "labels")["data"]:
            w, h = 7 * len(dot["name"]), 14
            dx = dot["offset"][0] + {"start": w / 2, "end": -w / 2}.get(dot["anchor"], 0)
            dy = dot["offset"][1] + {"top": h / 2, "bottom": -h / 2}.get(dot["baseline"], 0)
            names[dot["name"]] = ((dot["lon"], dot["lat"]), (dx, dy))
        _FIRST_VIEW = spec["initialViewState"], names
    return _FIRST_VIEW


def _map_pixel(page, lon: float, lat: float) -> tuple[float, float]:
    """Where a place is drawn on the map in its first view (web mercator, 512 px tiles)."""
    import math

    view = _first_view()[0]
    box = page.locator(MAP_CANVAS).first.bounding_box()
    scale = 512 * 2 ** view["zoom"]

    def mx(x):
        return (x + 180) / 360

    def my(y):
        return (1 - math.log(math.tan(math.pi / 4 + math.radians(y) / 2)) / math.pi) / 2

    x = box["x"] + box["width"] / 2 + (mx(lon) - mx(view["longitude"])) * scale
    y = box["y"] + box["height"] / 2 + (my(lat) - my(view["latitude"])) * scale
    return x, y


_FIRST_VIEW = None


def _event(url: str) -> str | None:
    from urllib.parse import parse_qs, urlparse

    return (parse_qs(urlparse(url).query).get("event") or [None])[0]


def test_a_readers_path(server, browser):
    from kurils.geo import ISLANDS

    context, page = _open(browser, server)
    page.screenshot(path=str(SHOTS / "10-landing.png"))
    content = page.content()
    assert "The dispute in two sentences" in content and "Etorofu" in content
    assert "historical" in content and "disputed island" in content  # both legends
    assert "Deploy" not in page.locator("header").inner_text()
    drawn = page.locator('[data-testid="stDeckGlJsonChart"]').bounding_box()
    assert drawn["y"] + drawn["height"] <= 900  # the whole map above the fold of a 1440x900 window

    # Three steps with the → key: each opens the next event's evidence; the step is in the link.
    steps = []
    for n in range(3):
        page.locator("body").press("ArrowRight")
        page.wait_for_function(
            f"() => location.search.includes('event=') && "
            f"!{steps!r}.includes(new URLSearchParams(location.search).get('event'))",
            timeout=60_000,
        )
        _settle(page)
        steps.append(_event(page.url))
        page.screenshot(path=str(SHOTS / f"11-step-{n + 1}.png"))
    assert len(set(steps)) == 3 and page.locator(".kr-ev").count() >= 1
    headline = _reader_headline(page)

    # Back goes to the previous step, not out of the page.
    page.go_back()
    page.wait_for_function(
        f"() => new URLSearchParams(location.search).get('event') === {steps[1]!r}", timeout=60_000
    )
    _settle(page)
    page.screenshot(path=str(SHOTS / "12-back.png"))
    assert _reader_headline(page) and _event(page.url) == steps[1]
    page.go_forward()
    page.wait_for_function(
        f"() => new URLSearchParams(location.search).get('event') === {steps[2]!r}", timeout=60_000
    )
    _settle(page)
    assert _reader_headline(page) == headline

    # A click on each island's name filters the timeline to it.
    page.locator(".st-key-reader").scroll_into_view_if_needed()
    for island in ISLANDS:
        page.locator("button[kind=secondary]").filter(has_text="Clear selection").click()  # not the map's
        page.wait_for_function("() => !location.search.includes('event=')", timeout=60_000)
        _settle(page)
        page.wait_for_selector(MAP_CANVAS, timeout=60_000)  # Clear draws a fresh map
        for _ in range(5):  # the fresh map may replace its canvas once more while drawing
            try:
                page.locator(MAP_CANVAS).first.scroll_into_view_if_needed(timeout=10_000)
                break
            except Exception:
                page.wait_for_timeout(1000)
        (lon, lat), (dx, dy) = _first_view()[1][island.name]
        x, y = _map_pixel(page, lon, lat)
        for attempt in range(3):  # a click while the page is still rerunning can be lost
            page.mouse.move(x + dx, y + dy)
            page.wait_for_timeout(500)
            page.mouse.click(x + dx, y + dy)
            try:
                page.wait_for_function(
                    f"() => location.search.includes('place={island.name}')", timeout=30_000
                )
                break
            except Exception:
                if attempt == 2:
                    raise
                _settle(page)
        _settle(page)
        page.screenshot(path=str(SHOTS / f"13-island-{island.name}.png"))
        drawn = page.locator(TIMELINE_POINTS).count()
        said = "No event matches" in page.content()
        assert drawn or said
    context.close()

    # The phone: one tap on a dot opens the reader, in view.
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(server)
    page.wait_for_selector(TIMELINE_POINTS, timeout=60_000)
    _settle(page)
    dot = page.locator(TIMELINE_POINTS).first
    dot.scroll_into_view_if_needed()
    box = dot.bounding_box()
    page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(re.compile(r".*event=.*"), timeout=30_000)
    page.wait_for_selector(".kr-ev", timeout=60_000)
    _settle(page)
    page.screenshot(path=str(SHOTS / "14-phone-tap.png"))
    reader = page.locator(".st-key-reader").bounding_box()
    assert 0 <= reader["y"] < 844 / 2
    context.close()

    # The dark theme follows the system.
    context = browser.new_context(viewport={"width": 1440, "height": 900}, color_scheme="dark")
    page = context.new_page()
    page.goto(server)
    page.wait_for_selector(TIMELINE_POINTS, timeout=60_000)
    _settle(page)
    page.wait_for_timeout(3000)  # the land picture is fetched after the map's first frame
    page.locator(MAP_CANVAS).first.scroll_into_view_if_needed()
    shot = SHOTS / "15-dark.png"
    page.screenshot(path=str(shot))
    background = page.evaluate("() => getComputedStyle(document.querySelector('.stApp')).backgroundColor")
    assert background.startswith("rgb(23, 22, 20")
    # Land is a dark brown there, not the light theme's beige glaring on a black page (Siberia).
    from PIL import Image

    x, y = _map_pixel(page, 100.0, 62.0)
    land = Image.open(shot).convert("RGB").getpixel((round(x), round(y)))
    assert 35 < sum(land) / 3 < 80 and land[0] > land[2], land
    context.close()


def test_wheel_zooms_time_only_and_a_pick_keeps_the_zoom(server, browser):
    context, page = _open(browser, server)
    page.locator('[data-testid="stPlotlyChart"]').scroll_into_view_if_needed()
    chart = page.locator('[data-testid="stPlotlyChart"]').bounding_box()
    page.mouse.move(chart["x"] + chart["width"] / 2, chart["y"] + chart["height"] / 2)
    before = page.evaluate("() => document.querySelector('.js-plotly-plot').layout.yaxis.range.slice()")
    page.mouse.wheel(0, -300)
    page.wait_for_timeout(800)
    zoomed = page.evaluate("() => document.querySelector('.js-plotly-plot').layout.xaxis.range.slice()")
    assert page.evaluate("() => document.querySelector('.js-plotly-plot').layout.yaxis.range") == before
    _click_first_point(page)
    _settle(page)
    after = page.evaluate("() => document.querySelector('.js-plotly-plot').layout.xaxis.range.slice()")
    assert after == zoomed
    context.close()


def test_the_coverage_view_from_its_link(server, browser):
    """`view=coverage` in a shared link opens the coverage table under the charts (issue 14)."""
    context, page = _open(browser, f"{server}/?view=coverage")
    table = page.locator('[data-testid="stDataFrame"]').first
    table.wait_for(timeout=120_000)
    table.scroll_into_view_if_needed()
    _settle(page)
    page.screenshot(path=str(SHOTS / "16-coverage.png"))
    assert "which outlets reported each event" in page.content()
    assert "view=coverage" in page.url
    context.close()
