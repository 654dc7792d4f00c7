"""One bench's own section of docs/benchmarks.md, written in place so the other benches' sections stay."""
from __future__ import annotations

from pathlib import Path

MEASURED_HEADING = "\n## How it is measured"


def replace_section(doc_path: Path, start: str, end: str, section: str) -> None:
    """Put ``section`` (which opens with ``start`` and closes with ``end``) where the old one was,
    else before the closing "How it is measured" part, else at the end."""
    doc = doc_path.read_text(encoding="utf-8") if doc_path.exists() else "# Benchmarks\n\n"
    if start in doc:
        before, rest = doc.split(start, 1)
        doc = before + section + rest.split(end, 1)[1].lstrip("\n")
    elif MEASURED_HEADING in doc:
        before, after = doc.split(MEASURED_HEADING, 1)
        doc = before.rstrip("\n") + "\n\n" + section + MEASURED_HEADING + after
    else:
        doc = doc.rstrip("\n") + "\n\n" + section
    doc_path.write_text(doc, encoding="utf-8")
