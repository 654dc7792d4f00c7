"""examples/: the batch formats the README documents, made from the seeds; its commands run as written."""

from __future__ import annotations

import importlib.util
import json
import re
import shlex
from pathlib import Path

import pytest

from kurils.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def make_examples():
    spec = importlib.util.spec_from_file_location("make_examples", ROOT / "examples" / "make_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def readme_commands() -> list[list[str]]:
    section = README.split("### Batch inputs", 1)[1]
    block = re.search(r"```bash\n(.*?)\n```", section, re.S).group(1)
    return [shlex.split(line.split("#", 1)[0]) for line in block.splitlines() if line.strip()]


@pytest.mark.parametrize("name", sorted(make_examples().EXAMPLES))
def test_committed_examples_are_what_the_script_writes(name):
    assert (ROOT / "examples" / name).read_bytes() == make_examples().EXAMPLES[name]()


@pytest.mark.parametrize("command", readme_commands(), ids=lambda c: " ".join(c[3:5]))
def test_readme_batch_commands_run_as_written(command, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert command[:3] == [".venv/bin/python", "-m", "kurils"]
    args = [str(tmp_path / "out") if a.startswith(("/tmp/", "data/")) else a for a in command[3:]]
    assert main(args) == 0
    out = capsys.readouterr().out
    if args[0] == "extract" and "--format" not in args:
        records = [json.loads(line) for line in out.splitlines()]
        assert records and all(r["error"] is None and r["events"] for r in records)
        assert all(r["relevance"] in ("high", "medium") for r in records)
