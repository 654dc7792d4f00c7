"""Atomic, consistent builds: --out is checked before parsing, the tables are written beside it and
renamed into place with a manifest, a kill during the write leaves the previous build whole, and a
mixed set of tables is refused with a clear message."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time

import pandas as pd
import pytest

from kurils import store, tables
from kurils.cli import main as cli_main
from tests.conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("built") / "out"
    assert cli_main(["build", str(SEEDS), "--out", str(out)]) == 0
    return out


def test_a_build_folder_holds_the_tables_and_a_manifest_that_vouches_for_them(built):
    assert sorted(p.name for p in built.iterdir()) == sorted(store.OWN_FILES)
    manifest = store.read_manifest(built)
    read = store.read_tables(built)
    assert manifest["rows"] == {n: len(getattr(read, n)) for n in store.TABLE_NAMES}
    assert manifest["corpus"] == store.corpus_fingerprint(read.articles)
    assert set(manifest["versions"]) >= {"kurils", "python", "pandas", "pyarrow"}
    assert not [p for p in built.parent.iterdir() if p.name.startswith(".")]  # no staging left


def test_a_rebuild_replaces_the_folder_whole(built, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(built, out)
    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], one)
    assert cli_main(["build", str(one), "--out", str(out)]) == 0
    assert len(store.read_tables(out).articles) == 1


def _other_build(built, tmp_path):
    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], one)
    other = tmp_path / "other"
    tables.write_tables(one, other)
    return other


@pytest.mark.parametrize("table", ["articles", "events", "merged"])
def test_a_table_from_another_build_is_refused_by_name(built, tmp_path, table):
    mixed = tmp_path / "mixed"
    shutil.copytree(built, mixed)
    other = _other_build(built, tmp_path)
    shutil.copy(other / f"{table}.parquet", mixed / f"{table}.parquet")
    with pytest.raises(store.MixedTables, match=f"{table}.parquet .*do not belong together"):
        store.read_tables(mixed)


@pytest.mark.parametrize("damage", ["truncate", "remove_manifest"])
def test_a_damaged_build_is_refused(built, tmp_path, damage):
    broken = tmp_path / "broken"
    shutil.copytree(built, broken)
    if damage == "truncate":
        (broken / "events.parquet").write_bytes(b"PAR1")
    else:
        (broken / store.MANIFEST).unlink()
    with pytest.raises(store.MixedTables, match="rebuild|not a complete build"):
        store.read_tables(broken)


def _unusable_outs(tmp_path):
    a_file = tmp_path / "a_file"
    a_file.write_text("x")
    foreign = tmp_path / "home"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    cases = {
        "a file": (a_file, "is a file, not a folder"),
        "/dev/full": ("/dev/full", "is a device, not a folder"),
        "inside a file": (a_file / "out", "Not a directory"),
        "read-only file system": ("/sys/kurils-out", "cannot write beside"),
        "a folder with other files": (foreign, "holds files that are not a build's"),
    }
    if os.geteuid() != 0:  # root writes into a read-only folder anyway
        readonly = tmp_path / "readonly"
        readonly.mkdir()
        readonly.chmod(0o555)
        cases["read-only folder"] = (readonly / "out", "cannot write beside")
    return cases


def test_an_unusable_out_is_refused_before_parsing_with_a_clear_message(tmp_path, monkeypatch, capsys):
    def no_parsing(*args, **kwargs):
        raise AssertionError("parsing started before --out was checked")

    monkeypatch.setattr(tables, "build", no_parsing)
    for case, (out, message) in _unusable_outs(tmp_path).items():
        assert cli_main(["build", str(SEEDS), "--out", str(out)]) == 2, case
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err, (case, err)
    assert (tmp_path / "home" / "notes.txt").read_text() == "mine"


def test_an_unusable_out_exits_non_zero_without_a_traceback_from_the_shell(tmp_path):
    result = subprocess.run([sys.executable, "-m", "kurils", "build", str(SEEDS), "--out", "/dev/full"],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "kurils: --out /dev/full is a device, not a folder: "
        "give --out a folder (new, empty, or an earlier build's)"
    )


# The child builds into OUT but its CSV writer stops half-way through a file and waits to be killed.
_KILLED_BUILD = textwrap.dedent(
    """
    import sys, time
    import pandas as pd
    from kurils.cli import main

    real = pd.DataFrame.to_csv
    def stalled(self, path, *args, **kwargs):
        with open(path, "w") as fh:
            fh.write("id,file,half a row")
        open(sys.argv[3], "w").close()  # the write phase has begun
        time.sleep(120)
    pd.DataFrame.to_csv = stalled
    main(["build", sys.argv[1], "--out", sys.argv[2]])
    """
)


def test_a_build_killed_during_its_write_phase_leaves_the_previous_output_whole(built, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(built, out)
    before = {n: pd.read_parquet(out / f"{n}.parquet") for n in store.TABLE_NAMES}
    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], one)
    ready = tmp_path / "writing"
    child = subprocess.Popen([sys.executable, "-c", _KILLED_BUILD, str(one), str(out), str(ready)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert child.poll() is None and time.monotonic() < deadline, "the build never reached its writes"
            time.sleep(0.1)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    after = store.read_tables(out)  # the manifest still vouches for every file
    for name in store.TABLE_NAMES:
        pd.testing.assert_frame_equal(pd.read_parquet(out / f"{name}.parquet"), before[name])
        assert len(getattr(after, name)) == len(before[name])
    assert (out / "articles.csv").read_bytes() == (built / "articles.csv").read_bytes()
