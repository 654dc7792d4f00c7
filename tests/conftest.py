"""Shared fixtures: the seed articles and what a careful reader finds in them."""

import json
from pathlib import Path

import pytest

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
