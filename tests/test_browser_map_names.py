"""The map's names in Chromium: every letter drawn, thin ones too (issue 14: "Soch", "V adivostok").

A page of nothing but names in the map's own style (``geomap.NAME_STYLE``) at the labels' size is
served here, and the darkest pixels of names made only of thin letters are read off a screenshot
taken at a device pixel ratio of 1, where a one-pixel stem is most easily lost.
"""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
MAP_CANVAS = '[data-testid="stDeckGlJsonChart"] canvas'
THIN = ["il li il li", "Illi lil"]  # stems only: i, l and I are each a one-pixel stroke at 12 px

PAGE = """
import sys
sys.path.insert(0, {root!r})
import pydeck as pdk
import streamlit as st
from kurils.views import geomap

names = [{{"name": n, "lon": 0.0, "lat": 20.0 - 15 * i}} for i, n in enumerate({names!r})]
layer = pdk.Layer("TextLayer", data=names, get_position=["lon", "lat"], get_text="name", get_size=12,
                  get_color=geomap.LABEL_TEXT, **geomap.NAME_STYLE)
st.pydeck_chart(pdk.Deck(layers=[layer], initial_view_state=pdk.ViewState(latitude=10, longitude=0, zoom=1),
                         map_provider=None), height=300)
"""

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def names_page(tmp_path_factory):
    script = tmp_path_factory.mktemp("names") / "names_page.py"
    script.write_text(PAGE.format(root=str(ROOT), names=THIN), encoding="utf-8")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}_stcore/health", timeout=2):
                break
        except OSError:
            time.sleep(0.3)
    yield url
    os.killpg(proc.pid, signal.SIGTERM)  # the session started for this server only
    proc.wait(timeout=10)


def test_thin_letters_are_drawn_at_the_texts_contrast(names_page):
    from PIL import Image
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 900, "height": 500}, device_scale_factor=1)
        page.goto(names_page)
        page.wait_for_selector(MAP_CANVAS, timeout=180_000)
        page.wait_for_timeout(3000)  # the first frame: the font atlas is drawn, then the text
        shot = page.locator('[data-testid="stDeckGlJsonChart"]').screenshot()
        browser.close()
    grey = Image.open(io.BytesIO(shot)).convert("L")
    # The text's colour is grey 40; a lost stem is drawn at ~85-140 (a fifth of the contrast or less).
    dark = sum(grey.histogram()[:61])
    assert dark >= 40, f"only {dark} pixels of the thin letters are drawn dark"
