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
