"""The README stays true: its first commands, every example command, and the accuracy tables."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from kurils.accuracy import evaluate, evaluate_real, format_real, format_table

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SETS = {
    "seeds": (ROOT / "seeds", ROOT / "tests" / "data" / "expected.json"),
    "written": (ROOT / "tests" / "data" / "unseen", ROOT / "tests" / "data" / "unseen" / "expected.json"),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_published_accuracy_tables_match_the_command(name):
    folder, expected = SETS[name]
    m = re.search(rf"<!-- accuracy:{name}:start -->\n(.*?)\n<!-- accuracy:{name}:end -->", README, re.S)
    assert m, f"README has no accuracy:{name} table"
    measured = format_table(evaluate(folder, expected), markdown=True).strip()
    assert m.group(1).strip() == measured, "rerun `.venv/bin/python -m kurils accuracy ... --markdown`"


def test_published_real_set_table_matches_the_command():
    """The headline figures: every real batch re-scored as `python -m kurils accuracy --markdown` prints."""
    m = re.search(r"<!-- accuracy:real:start -->\n(.*?)\n<!-- accuracy:real:end -->", README, re.S)
    assert m, "README has no accuracy:real table"
    measured = format_real(evaluate_real(), markdown=True).strip()
    assert m.group(1).strip() == measured, "rerun `python -m kurils accuracy --markdown` into README.md"


def test_readme_says_its_figures_come_from_real_articles_and_first_runs_are_recorded():
    section = README.split("## Accuracy on real articles", 1)[1].split("\n## ", 1)[0]
    assert "real articles" in section and "before" in section
    first_runs = (ROOT / "tests" / "data" / "real" / "FIRST_RUN.md").read_text(encoding="utf-8")
    for batch in sorted(p.parent.name for p in (ROOT / "tests" / "data" / "real").glob("*/expected.json")):
        assert f"## Batch {batch}" in first_runs, f"batch {batch} has no first run recorded"
    assert "probes" in README.split("accuracy:real:end", 1)[1].lower()


def test_readme_opens_with_the_two_commands_and_ci_runs_the_second():
    """A venv first (Debian's pip refuses to install outside one), then the app; the tests in it."""
    block = re.search(r"```bash\n(.*?)\n```", README, re.S).group(1).splitlines()
    assert block[0] == (
        "python3 -m venv .venv && .venv/bin/pip install -r requirements.txt && .venv/bin/streamlit run app.py"
    )
    assert block[1] == "bash .ci/install && .venv/bin/python -m pytest"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert block[1] in ci
    assert "Python 3.11 or newer" in README[:1500]


def test_readme_names_one_python_and_no_path_outside_the_clone():
    assert not re.search(r"(?<![\w/.])python -m", README), "a bare `python` (Debian has only python3)"
    assert "../" not in README


def example_commands() -> list[list[str]]:
    """The command-line section's commands, comments dropped, as argument lists."""
    section = README.split("## Command line", 1)[1]
    block = re.search(r"```bash\n(.*?)\n```", section, re.S).group(1)
    return [shlex.split(line, comments=True) for line in block.splitlines() if line.strip()]


def test_every_example_names_the_venv_python_and_parses():
    from kurils.cli import build_parser

    commands = example_commands()
    assert len(commands) >= 5
    for argv in commands:
        assert argv[:3] == [".venv/bin/python", "-m", "kurils"], argv
        build_parser().parse_args(argv[3:])  # exits (fails the test) on an unknown option
        for arg in argv[4:]:
            if "/" in arg and not arg.startswith("-"):
                assert arg == "data/" or (ROOT / arg).exists(), f"{arg} is not in the repository"


@pytest.mark.parametrize("argv", [a for a in example_commands() if a[3] != "geo"], ids=" ".join)
def test_every_example_runs_as_written(argv, tmp_path):
    """Run from the clone with this Python; build's --out goes to a temporary folder instead of data/
    (geo, which rewrites geo/ in the repository, is only parsed above)."""
    argv = [sys.executable, *argv[1:]]
    if "--out" in argv:
        argv[argv.index("--out") + 1] = str(tmp_path / "data")
    result = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip()


def test_peers_table_is_the_bench_output_and_meets_its_targets():
    """The table is what `python -m bench.peers` prints (its format), and kurils is at or above each
    library on each measure, as the README says. The sets themselves are not in the repository."""
    from bench.peers import LABELS, markdown

    m = re.search(r"<!-- peers:start -->\n(.*?)\n<!-- peers:end -->", README, re.S)
    assert m, "README has no peers table"
    by_label = {label: task for task, label in LABELS.items()}
    rows = []
    for line in m.group(1).strip().splitlines()[2:]:
        label, system, score, pages = (cell.strip() for cell in line.strip("|").split("|"))
        rows.append((by_label[label], system, score, int(pages)))
    assert markdown(rows) == m.group(1).strip()
    for task in LABELS:
        scores = {system: float(score) for t, system, score, _ in rows if t == task}
        library = max(v for k, v in scores.items() if k.startswith(("htmldate_extensive", "trafilatura")))
        assert scores["kurils"] >= library, task
