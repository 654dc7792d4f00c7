"""The benchmark corpus generator is seeded, reproducible and shaped like real coverage."""
from __future__ import annotations

from bench.generate import generate


def _read_all(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes(tmp_path):
    generate(30, tmp_path / "a", seed=7)
    generate(30, tmp_path / "b", seed=7)
    assert _read_all(tmp_path / "a") == _read_all(tmp_path / "b")


def test_other_seed_other_corpus(tmp_path):
    generate(30, tmp_path / "a", seed=1)
    generate(30, tmp_path / "b", seed=2)
    assert _read_all(tmp_path / "a") != _read_all(tmp_path / "b")


def test_corpus_has_outlet_formats_encodings_and_years(tmp_path):
    files = _read_all(generate(300, tmp_path, seed=3)[0].parent)
    assert len(files) == 300
    names = " ".join(files)
    for outlet in ("rt", "tass", "sputnik", "reuters", "kyodo", "japantimes"):
        assert f"_{outlet}" in names
    assert any(n.endswith(".html") for n in files)
    assert any(b.startswith((b"\xff\xfe", b"\xfe\xff")) for b in files.values())  # UTF-16
    texts = [b.decode("utf-8", errors="replace") for b in files.values()]
    assert any("/TASS/." in t for t in texts)
    assert any("(Sputnik) –" in t for t in texts)
    years = {y for y in range(2013, 2023) if any(str(y) in t for t in texts)}
    assert len(years) >= 8
    assert 800 < sum(map(len, files.values())) / len(files) < 5000
