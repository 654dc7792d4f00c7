"""Shared fixtures: the seed articles and what a careful reader finds in them."""

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _expected_path() -> Path:
    shared = ROOT.parent / "shared" / "seeds" / "expected.json"
    local = ROOT / "tests" / "data" / "expected.json"
    return shared if shared.exists() else local


@pytest.fixture(scope="session")
def expected() -> dict:
    return {a["file"]: a for a in json.loads(_expected_path().read_text(encoding="utf-8"))["articles"]}


@pytest.fixture(scope="session")
def seed_articles():
    from kurils.pipeline import parse_paths

    return {Path(a.file).name: a for a in parse_paths([SEEDS])}


@pytest.fixture(scope="module")
def seeds():
    """The seeds as the app's corpus."""
    from kurils.pipeline import parse_paths
    from kurils.views.data import corpus_from_articles

    return corpus_from_articles(parse_paths([SEEDS]))


@pytest.fixture(autouse=True)
def private_cache(monkeypatch, tmp_path_factory):
    """Built tables go to a temporary cache, never to the user's ~/.cache."""
    monkeypatch.setenv("KURILS_CACHE", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def app(monkeypatch):
    """The app on the seeds, in Streamlit's AppTest."""
    monkeypatch.delenv("KURILS_ARTICLES", raising=False)
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
