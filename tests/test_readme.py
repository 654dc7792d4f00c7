"""The README stays true: its first commands, and the accuracy tables it publishes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kurils.accuracy import evaluate, format_table

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
    assert m.group(1).strip() == measured, "rerun `python -m kurils accuracy ... --markdown` into README.md"


def test_readme_opens_with_the_two_commands_and_ci_runs_the_second():
    block = re.search(r"```bash\n(.*?)\n```", README, re.S).group(1).splitlines()
    assert block[0] == "pip install -r requirements.txt && streamlit run app.py"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert block[1] in ci


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
