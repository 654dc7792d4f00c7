"""The README stays true: its first commands, and the accuracy tables it publishes."""

from __future__ import annotations

import re
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
    assert m.group(1).strip() == measured, "rerun `python -m kurils accuracy ... --markdown` into README.md"


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
