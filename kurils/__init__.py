"""kurils: news coverage of the southern Kuril Islands dispute, as tables, a map and a timeline."""

from kurils.models import Article, Event, Paragraph, Published, TimeValue
from kurils.pipeline import parse_bytes, parse_file, parse_paths


def build(folder, jobs: int = 1):
    """Articles, events and merged events of every article under ``folder``, as DataFrames."""
    from kurils.tables import build as _build

    return _build(folder, jobs=jobs)


__all__ = [
    "Article", "Event", "Paragraph", "Published", "TimeValue",
    "build", "parse_bytes", "parse_file", "parse_paths",
]
