"""A folder of built tables that is always whole: written beside its place, then renamed into it.

``build --out`` used to write in place, so a kill during the write left an unreadable Parquet
file, a 0-byte CSV, or new tables next to old ones with nothing to say they did not belong
together. Here the files go into a staging folder beside ``out`` (same file system, so the final
rename is atomic), with a manifest (the corpus's fingerprint, each table's rows and digest, the
versions that wrote them) written last. Readers check the manifest and refuse a mixed set.

The staging folder is made before parsing starts, so an unusable ``out`` (a file, a device, a
read-only folder) is reported at once, not after the whole corpus has been parsed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import platform
import shutil
import stat
import tempfile
from pathlib import Path

import pandas as pd

from kurils.pipeline import file_kind

MANIFEST = "manifest.json"
TABLE_NAMES = ("articles", "events", "merged")
FORMAT = 1
OWN_FILES = {MANIFEST} | {f"{n}.{ext}" for n in TABLE_NAMES for ext in ("parquet", "csv")}
OWN_FOLDERS = {"parts"}  # the Dask engine's per-partition Parquet, kept beside its tables


class OutError(Exception):
    """The output folder cannot be used; the message says why, for the user."""


class MixedTables(Exception):
    """The tables in a folder do not belong to one build; the message says which and how."""


def stage(out: str | os.PathLike) -> Path:
    """A fresh staging folder beside ``out``, after checking ``out`` can be replaced by it."""
    out = Path(out)
    try:
        status = out.stat()
    except FileNotFoundError:
        status = None
    except OSError as exc:
        raise OutError(f"{out}: {exc.strerror or exc}") from None
    if status is not None:
        if not stat.S_ISDIR(status.st_mode):
            raise OutError(f"{out} is {file_kind(status.st_mode)}, not a folder: give --out a folder "
                           "(new, empty, or an earlier build's)")
        foreign = sorted(p.name for p in out.iterdir() if p.name not in OWN_FILES | OWN_FOLDERS)
        if foreign:
            shown = ", ".join(foreign[:3]) + (", …" if len(foreign) > 3 else "")
            raise OutError(f"{out} holds files that are not a build's ({shown}); the build replaces the "
                           "whole folder, so give --out a new or empty folder, or an earlier build's")
    parent = out.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".part", dir=parent))
    except OSError as exc:
        raise OutError(f"cannot write beside {out} (in {parent}): {exc.strerror or exc}") from None
    return staging


def discard(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)


def corpus_fingerprint(articles: pd.DataFrame) -> str:
    """A digest of the articles' files and content ids: two builds of the same corpus agree."""
    digest = hashlib.sha256()
    for file, article_id in zip(articles["file"].tolist(), articles["id"].tolist(), strict=True):
        digest.update(str(file).encode("utf-8", "surrogateescape") + b"\0" + str(article_id).encode() + b"\n")
    return digest.hexdigest()[:20]


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def parser_version() -> str:
    """A digest of the parsing package's source: tables built by another parser are told apart."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _versions() -> dict:
    import pyarrow

    return {"kurils": parser_version(), "python": platform.python_version(),
            "pandas": pd.__version__, "pyarrow": pyarrow.__version__}


def manifest_of(staging: Path) -> dict:
    """The manifest of the tables written in ``staging``, read from their Parquet files (a streamed
    build never holds its tables whole)."""
    import pyarrow.parquet as pq

    files = sorted(p.name for p in staging.iterdir() if p.name in OWN_FILES and p.name != MANIFEST)
    keys = pq.read_table(staging / "articles.parquet", columns=["file", "id"]).to_pandas()
    return {
        "format": FORMAT,
        "built": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "corpus": corpus_fingerprint(keys),
        "rows": {name: pq.read_metadata(staging / f"{name}.parquet").num_rows for name in TABLE_NAMES},
        "files": {name: _digest(staging / name) for name in files},
        "versions": _versions(),
    }


def commit(staging: Path, out: str | os.PathLike) -> None:
    """Write the manifest, flush everything to disk, and put the staging folder in ``out``'s place.

    The old folder is moved aside and removed only once the new one is in place; between the two
    renames (microseconds) ``out`` is briefly absent, never partial."""
    out = Path(out)
    manifest = manifest_of(staging)
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    for path in staging.iterdir():
        if not path.is_file():
            continue  # the Dask engine's parts folder: its files were written and closed by the workers
        with open(path, "rb") as fh:
            os.fsync(fh.fileno())
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=staging.parent))
        os.replace(out, old / "tables")
    os.replace(staging, out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    _fsync_dir(out.absolute().parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def read_manifest(folder: str | os.PathLike) -> dict:
    """The folder's manifest, checked against its files: MixedTables when they don't belong together."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MixedTables(f"{folder} has no {MANIFEST}: it is not a complete build (run "
                          "`python3 -m kurils build ARTICLES --out FOLDER` again)") from None
    except (OSError, ValueError) as exc:
        raise MixedTables(f"{folder}/{MANIFEST} cannot be read ({exc}): rebuild the folder") from None
    for name, digest in manifest.get("files", {}).items():
        try:
            same = _digest(folder / name) == digest
        except OSError:
            same = False
        if not same:
            raise MixedTables(f"{folder}/{name} is not the file its build wrote (missing, damaged, or from "
                              "another build): the tables there do not belong together; rebuild the folder")
    return manifest


def read_tables(folder: str | os.PathLike, read=pd.read_parquet) -> tuple:
    """The three tables of a build folder, after its manifest vouches for them (MixedTables if not)."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    frames = []
    for name in TABLE_NAMES:
        try:
            frame = read(folder / f"{name}.parquet")
        except (OSError, ValueError) as exc:
            raise MixedTables(f"{folder}/{name}.parquet cannot be read ({exc}): rebuild the folder") from None
        expected = manifest.get("rows", {}).get(name)
        if expected != len(frame):
            raise MixedTables(f"{folder}/{name}.parquet has {len(frame)} rows where its manifest says "
                              f"{expected}: the tables do not belong together; rebuild the folder")
        frames.append(frame)
    from kurils.tables import Tables

    return Tables(*frames)
