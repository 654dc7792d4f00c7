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
