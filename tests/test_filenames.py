"""File names are data: any bytes the file system allows are read, shown with U+FFFD where they are
not UTF-8, and every output (extract JSON Lines and CSV, build Parquet and CSV, the app) stays valid
UTF-8, with the files after an odd name parsed too."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pandas as pd
import pytest

from kurils.pipeline import parse_bytes, parse_paths, valid_unicode
from tests.conftest import ROOT, SEEDS

ARTICLE = (SEEDS / "000_40981b631b3bfb78.txt").read_bytes()
NEXT = (SEEDS / "001_11e9c55dd5871c9d.txt").read_bytes()

# (raw name bytes, what the record shows)
NAMES = [
    (b"bad_\xff.txt", "bad_\ufffd.txt"),  # Latin-1 leftover: not UTF-8
    (b"caf\xe9.txt", "caf\ufffd.txt"),
    (b"\xe2\x80.txt", "\ufffd.txt"),  # a UTF-8 sequence cut short: one replacement
    (b"\xed\xa0\x80.txt", "\ufffd\ufffd\ufffd.txt"),  # an encoded surrogate is not UTF-8 either
    (b"a_\xe2\x80\xae_rtl.txt", "a_\u202e_rtl.txt"),  # valid UTF-8 (a bidi override) is kept as it is
    (b"\xe6\x97\xa5\xe6\x9c\xac.txt", "日本.txt"),
    (b"new\nline.txt", "new\nline.txt"),
    (b"<script>alert(1)<\\script>.txt", "<script>alert(1)<\\script>.txt"),
]


def _folder(tmp_path, name: bytes):
    """A folder with the article under ``name`` and another after it."""
    folder = tmp_path / "articles"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/" + name, "wb") as handle:
        handle.write(ARTICLE)
    (folder / "~next.txt").write_bytes(NEXT)
    return folder


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "kurils", *args], capture_output=True, cwd=ROOT)


@pytest.mark.parametrize("raw, shown", NAMES)
def test_an_odd_name_is_parsed_shown_as_text_and_the_next_file_too(tmp_path, raw, shown):
    articles = parse_paths([_folder(tmp_path, raw)])
    assert sorted(os.path.basename(a.file) for a in articles) == sorted([shown, "~next.txt"])
    assert all(a.error is None and a.events for a in articles)
    assert all(a.file.encode("utf-8") for a in articles)  # no lone surrogate left


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_extract_writes_valid_utf8_for_an_undecodable_name(tmp_path, fmt):
    result = run_cli("extract", str(_folder(tmp_path, b"bad_\xff.txt")), "--format", fmt)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")  # strict: invalid UTF-8 raises
    if fmt == "jsonl":
        files = [json.loads(line)["file"] for line in out.splitlines()]
    else:
        files = [row["file"] for row in csv.DictReader(io.StringIO(out))]
    assert sorted(os.path.basename(f) for f in files) == ["bad_\ufffd.txt", "~next.txt"]


def test_extract_writes_utf8_whatever_the_locale(tmp_path):
    folder = _folder(tmp_path, "日本.txt".encode())
    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "LC_ALL": "C", "PYTHONUTF8": "0"}
    result = subprocess.run([sys.executable, "-m", "kurils", "extract", str(folder)], capture_output=True,
                            cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    files = [json.loads(line)["file"] for line in result.stdout.decode("utf-8").splitlines()]
    assert sorted(os.path.basename(f) for f in files) == ["~next.txt", "日本.txt"]


def test_build_writes_every_table_for_an_undecodable_name(tmp_path):
    out = tmp_path / "out"
    result = run_cli("build", str(_folder(tmp_path, b"bad_\xff.txt")), "--out", str(out))
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    articles = pd.read_parquet(out / "articles.parquet")
    assert sorted(os.path.basename(f) for f in articles["file"]) == ["bad_\ufffd.txt", "~next.txt"]
    assert articles["error"].isna().all()
    for name in ("articles", "events", "merged"):
        (out / f"{name}.csv").read_bytes().decode("utf-8")


def test_the_app_loads_a_folder_with_an_undecodable_name(monkeypatch, tmp_path):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("KURILS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("KURILS_ARTICLES", str(_folder(tmp_path, b"bad_\xff.txt")))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception
    assert len(at.selectbox(key="article").options) == 2


@pytest.mark.parametrize("name, shown", [
    ("plain.txt", "plain.txt"),
    ("bad_\udcff.txt", "bad_\ufffd.txt"),
    ("lone_\ud800.txt", "lone_\ufffd.txt"),  # a JSON "\ud800" stands for no byte at all
])
def test_valid_unicode(name, shown):
    assert valid_unicode(name) == shown
    assert parse_bytes(ARTICLE, file=name).file == shown
