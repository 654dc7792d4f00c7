"""Accuracy per field against what a careful reader found (expected.json).

``python -m kurils accuracy [folder] [--expected path] [--markdown] [--no-urls] [--why]`` scores the real set
(every ``tests/data/real/<batch>/expected.json``, each article parsed with its URL) or, given a
folder, that folder against its expected.json. It scores:
outlet, headline and publication date (share right; where the reader knows only a range, a day
or a range inside it is right and no date is not), places and people (micro precision, recall,
F1; names that only appear in page furniture are neither required nor penalised), events found
(an expected event has an extracted event on its date at the stated precision), events right
(found with the right type and a shared place or person, when the reader names any), and event
type (right among those found). ``--why`` lists each expected event that is not right by the kind
of miss (missed, wrong type, no place or person) with what was read instead, and every extra event.
Optional expected events count when found, never when missed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kurils.models import Article, Event

ROOT = Path(__file__).resolve().parent.parent
REAL_ROOT = ROOT / "tests" / "data" / "real"


@dataclass
class Score:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class SetScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, got: set[str], want: set[str], optional: set[str] = frozenset()) -> None:
        got = got - (optional - want)
        self.tp += len(got & want)
        self.fp += len(got - want)
        self.fn += len(want - got)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    outlet: Score = field(default_factory=Score)
    headline: Score = field(default_factory=Score)
    published: Score = field(default_factory=Score)
    places: SetScore = field(default_factory=SetScore)
    people: SetScore = field(default_factory=SetScore)
    found: Score = field(default_factory=Score)
    right: Score = field(default_factory=Score)
    type: Score = field(default_factory=Score)
    extra: int = 0
    articles: int = 0
    missing: list[str] = field(default_factory=list)
    why: list[tuple[str, str]] = field(default_factory=list)  # (kind, line): each miss and extra, why


def expected_range(value: str) -> tuple[date, date]:
    """The closed range an ISO date string at its precision covers."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        d = date(*parts)
        return d, d
    if len(parts) == 2:
        y, m = parts
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return date(y, m, 1), date.fromordinal(nxt.toordinal() - 1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def date_matches(event: Event, wanted: str) -> bool:
    """Same date at the stated precision; a range the text cannot narrow counts if it holds the date."""
    if event.time is None:
        return False
    if event.date == wanted:
        return True
    first, last = expected_range(wanted)
    if event.time.precision == "range":
        return event.time.first <= first and last <= event.time.last
    return False


def event_right(event: Event, wanted: dict) -> bool:
    if event.type != wanted["type"]:
        return False
    places, people = set(wanted.get("places", [])), set(wanted.get("people", []))
    if not places and not people:
        return True
    return bool(places & set(event.places)) or bool(people & set(event.people))


def why_not_right(event: Event | None, wanted: dict) -> str | None:
    """The kind of miss: 'missed' (no event on the date), 'wrong type', 'no place or person'; None
    when the event is right."""
    if event is None:
        return "missed"
    if event.type != wanted["type"]:
        return "wrong type"
    return None if event_right(event, wanted) else "no place or person"


def describe(event: Event) -> str:
    who = ", ".join(event.places + event.people) or "-"
    return f"{event.date} {event.type} [{who}] «{' '.join(event.evidence.split())[:140]}»"


def best_match(events: list[Event], wanted: dict) -> Event | None:
    dated = [e for e in events if date_matches(e, wanted["date"])]
    if not dated:
        return None
    return max(dated, key=lambda e: (event_right(e, wanted), e.type == wanted["type"]))


def published_right(value, wanted: dict) -> bool:
    """The reader's day, or the reader's range exactly; where the reader knows only a range, a day or a
    range inside it; no date only where the reader found none. (No date used to count as right
    wherever the reader gave no single day, a range included.)"""
    day, span = wanted.get("published"), wanted.get("published_range")
    if value is None:
        return day is None and not span
    if day is not None and value.precision == "day" and value.first.isoformat() == day:
        return True
    if span and value.range_iso() == list(span):
        return True
    inside = bool(span) and span[0] <= value.first.isoformat() and value.last.isoformat() <= span[1]
    return day is None and inside


def score_article(report: Report, article: Article, wanted: dict) -> None:
    report.articles += 1
    report.outlet.add(article.outlet == wanted.get("outlet"))
    report.headline.add(
        " ".join((article.headline or "").split()) == " ".join(wanted.get("headline", "").split())
    )
    report.published.add(published_right(article.published.value, wanted))
    report.places.add(
        set(article.places), set(wanted.get("places", [])), set(wanted.get("optional_places", []))
    )
    report.people.add(
        set(article.people), set(wanted.get("people", [])), set(wanted.get("optional_people", []))
    )
    events = list(article.events)
    used: set[int] = set()
    for item in wanted.get("events", []):
        match = best_match(events, item)
        required = item.get("required", True)
        if match is not None:
            used.add(id(match))
        if not required and match is None:
            continue
        report.found.add(match is not None)
        report.right.add(match is not None and event_right(match, item))
        if match is not None:
            report.type.add(match.type == item["type"])
        else:
            report.missing.append(f"{wanted['file']}: {item['date']} {item['type']} ({item.get('what', '')})")
        kind = why_not_right(match, item)
        if kind is not None:
            want = ", ".join(item.get("places", []) + item.get("people", [])) or "-"
            got = f" -> got {describe(match)}" if match is not None else ""
            line = f"{wanted['file']}: {item['date']} {item['type']} [{want}] ({item.get('what', '')}){got}"
            report.why.append((kind, line))
    extras = [e for e in events if id(e) not in used]
    report.extra += len(extras)
    report.why += [("extra", f"{wanted['file']}: {describe(e)}") for e in extras]


def default_expected() -> Path:
    shared = ROOT.parent / "shared" / "seeds" / "expected.json"
    return shared if shared.exists() else ROOT / "tests" / "data" / "expected.json"


def evaluate(folder, expected_path=None) -> Report:
    from kurils.pipeline import parse_paths

    expected_path = Path(expected_path) if expected_path else default_expected()
    wanted = {a["file"]: a for a in json.loads(expected_path.read_text(encoding="utf-8"))["articles"]}
    report = Report()
    for article in parse_paths([folder]):
        item = wanted.get(Path(article.file).name)
        if item is not None:
            score_article(report, article, item)
    return report


def evaluate_batch(folder, with_urls: bool = True) -> Report:
    """A real-set batch folder scored against its own expected.json.

    Each article is parsed with the URL its annotation records, as a batch input would give it;
    ``with_urls=False`` scores the bare text."""
    from kurils.models import Source
    from kurils.pipeline import parse_bytes

    folder = Path(folder)
    report = Report()
    for item in json.loads((folder / "expected.json").read_text(encoding="utf-8"))["articles"]:
        path = folder / item["file"]
        source = Source(url=item.get("url")) if with_urls else None
        score_article(report, parse_bytes(path.read_bytes(), str(path), source=source), item)
    return report


def real_batches(root=REAL_ROOT) -> list[Path]:
    """The real set's batch folders (each with its own expected.json), in name order."""
    return sorted(p.parent for p in Path(root).glob("*/expected.json"))


def evaluate_real(root=REAL_ROOT, with_urls: bool = True) -> dict[str, Report]:
    """Each batch of real articles scored on its own, by batch name."""
    return {folder.name: evaluate_batch(folder, with_urls) for folder in real_batches(root)}


def combined(reports: list[Report]) -> Report:
    """One report over several: counts added field by field."""
    total = Report()
    for report in reports:
        for name in ("outlet", "headline", "published", "found", "right", "type"):
            mine, theirs = getattr(total, name), getattr(report, name)
            mine.right, mine.total = mine.right + theirs.right, mine.total + theirs.total
        for name in ("places", "people"):
            mine, theirs = getattr(total, name), getattr(report, name)
            mine.tp, mine.fp, mine.fn = mine.tp + theirs.tp, mine.fp + theirs.fp, mine.fn + theirs.fn
        total.extra += report.extra
        total.articles += report.articles
        total.missing += report.missing
        total.why += report.why
    return total


def rows(report: Report) -> list[tuple[str, str, str]]:
    def pct(score: Score) -> str:
        return f"{100 * score.share:.0f}%"

    def prf(s: SetScore) -> str:
        return f"P {s.precision:.2f} / R {s.recall:.2f} / F1 {s.f1:.2f}"

    return [
        ("outlet", pct(report.outlet), f"{report.outlet.right}/{report.outlet.total} articles"),
        ("headline", pct(report.headline), f"{report.headline.right}/{report.headline.total} articles"),
        ("published", pct(report.published), f"{report.published.right}/{report.published.total} articles"),
        (
            "places",
            prf(report.places),
            f"{report.places.tp} right, {report.places.fp} extra, {report.places.fn} missed",
        ),
        (
            "people",
            prf(report.people),
            f"{report.people.tp} right, {report.people.fp} extra, {report.people.fn} missed",
        ),
        ("events found", pct(report.found), f"{report.found.right}/{report.found.total} expected events"),
        (
            "events right",
            pct(report.right),
            f"{report.right.right}/{report.right.total} (date, type, place or person)",
        ),
        ("event type", pct(report.type), f"{report.type.right}/{report.type.total} of those found"),
        ("extra events", str(report.extra), f"in {report.articles} articles (not in the expected list)"),
    ]


def format_table(report: Report, markdown: bool = False) -> str:
    table = rows(report)
    if markdown:
        lines = ["| Field | Score | Detail |", "|---|---|---|"]
        lines += [f"| {a} | {b} | {c} |" for a, b, c in table]
        return "\n".join(lines)
    width = max(len(a) for a, _, _ in table)
    score_width = max(len(b) for _, b, _ in table)
    return "\n".join(f"{a:<{width}}  {b:<{score_width}}  {c}" for a, b, c in table)


def format_real(reports: dict[str, Report], markdown: bool = False) -> str:
    """The real set: the whole set's table with details, then one score column per batch."""
    whole = combined(list(reports.values()))
    head = ["Field", f"all ({whole.articles})"] + [f"{name} ({r.articles})" for name, r in reports.items()]
    columns = [rows(whole)] + [rows(r) for r in reports.values()]
    body = [[field] + [column[i][1] for column in columns] for i, (field, _, _) in enumerate(rows(whole))]
    body[-1][1:] = [str(r.extra) for r in [whole, *reports.values()]]
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(row) + " |" for row in body]
        return format_table(whole, markdown=True) + "\n\nPer batch:\n\n" + "\n".join(lines)
    widths = [max(len(row[i]) for row in [head, *body]) for i in range(len(head))]
    per_batch = "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in [head, *body]
    )
    return format_table(whole) + "\n\nper batch:\n" + per_batch


WHY_KINDS = ("missed", "wrong type", "no place or person", "extra")


def format_why(report: Report) -> str:
    """Every expected event that is not right and every extra event, grouped by the kind of miss."""
    out = []
    for kind in WHY_KINDS:
        lines = [line for k, line in report.why if k == kind]
        out.append(f"{kind} ({len(lines)}):")
        out += [f"  {line}" for line in lines]
    return "\n".join(out)


def main(
    folder=None, expected_path=None, markdown: bool = False, with_urls: bool = True, why: bool = False
) -> int:
    """Print the accuracy table; 0 when the expected file was read, 1 otherwise.

    No folder: the real set (every ``tests/data/real/*/expected.json``), the headline figures. A
    folder with its own expected.json: that batch. Otherwise the folder against ``--expected``
    (the seeds' file by default)."""
    try:
        if folder is None and expected_path is None:
            reports = evaluate_real(with_urls=with_urls)
            if not reports:
                raise FileNotFoundError(f"no batch with an expected.json under {REAL_ROOT}")
            report = combined(list(reports.values()))
            text = format_real(reports, markdown)
        elif expected_path is None and (Path(folder) / "expected.json").is_file():
            report = evaluate_batch(folder, with_urls)
            text = format_table(report, markdown)
        else:
            report = evaluate(folder or "seeds", expected_path)
            text = format_table(report, markdown)
    except (OSError, ValueError, KeyError) as exc:
        print(f"kurils accuracy: cannot read the expected file: {exc}")
        return 1
    print(text)
    if why:
        print("\n" + format_why(report))
    elif report.missing and not markdown:
        print("\nmissed events:")
        for line in report.missing:
            print(f"  {line}")
    return 0
