"""The reader: an article's clean body as HTML, with the evidence and the names marked.

Article text is untrusted. Marks are placed by offsets on the raw text, and every piece of text
is escaped on its own before any tag is added, so nothing in an article can become markup: a
``<script>`` in an article shows as text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from kurils.views.text import present

STYLE = """
<style>
.kr-body p{margin:0 0 .7em 0;line-height:1.5}
.kr-ev{background:#ffe08a;padding:1px 0;border-bottom:2px solid #e0a800}
.kr-ev2{background:#fff4d1}
.kr-place{color:#1f5fa8;font-weight:600}
.kr-person{color:#2e7d32;font-weight:600}
.kr-meta{color:#555;font-size:.9em;margin-bottom:.6em}
.kr-legend span{margin-right:1em}
.kr-ev,.kr-ev2{color:#1f1f1f}
.kr-ev .kr-place,.kr-ev2 .kr-place{color:#1f5fa8}.kr-ev .kr-person,.kr-ev2 .kr-person{color:#1b5e20}
@media (prefers-color-scheme: dark){
.kr-place{color:#8ab4f8}.kr-person{color:#81c995}.kr-meta{color:#bbb}
}
</style>
"""


EVIDENCE_ID = ' id="kr-evidence"'
# Our own script, with no article text in it: scroll the reader's box to the evidence.
_SCROLL = """<script>/* {token} */ setTimeout(function () {{
  var e = document.getElementById("kr-evidence"); if (!e) return;
  var box = e.parentElement;
  while (box && box.scrollHeight <= box.clientHeight + 1) box = box.parentElement;
  if (box) box.scrollTop += e.getBoundingClientRect().top - box.getBoundingClientRect().top - 60;
  var reader = document.querySelector(".st-key-reader");  /* on a phone the reader is far below */
  if (reader && window.innerWidth < 700) reader.scrollIntoView({{block: "start"}});
}}, 250);</script>"""


def scroll_to_evidence(token: str) -> str:
    """A script that brings the evidence into view; ``token`` makes it run again for each event."""
    safe = "".join(ch for ch in token if ch.isalnum() or ch in ":-_")
    return _SCROLL.format(token=safe)


_MARKDOWN_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|<>~$:="})


def md_escape(text: object) -> str:
    """Untrusted text for Streamlit calls that render Markdown (subheader, caption, warning): every
    Markdown and HTML character is backslash-escaped, so a headline can't become a link or a tag."""
    return " ".join(str(text).split()).translate(_MARKDOWN_SPECIAL)


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    css: str  # one of kr-ev, kr-ev2, kr-place, kr-person
    rank: int  # larger wins where marks overlap


def name_marks(text: str, paragraphs: Sequence[Sequence[int]], year: int | None = None) -> list[Mark]:
    """Places and people named in the body, found by the same gazetteer and people rules as the parser."""
    from kurils.gazetteer import find_places
    from kurils.people import find_people

    marks: list[Mark] = []
    known: set[str] = set()
    for start, end in paragraphs:
        for m in find_places(text, start, end):
            marks.append(Mark(m.start, m.end, "kr-place", 1))
        for m in find_people(text, start, end, known, year=year):
            known.add(m.person.surname)
            marks.append(Mark(m.start, m.end, "kr-person", 1))
    return marks


def _segments(start: int, end: int, marks: Sequence[Mark]) -> list[tuple[int, int, list[str]]]:
    """Cut [start, end) at every mark boundary; each piece carries the classes covering it."""
    cuts = {start, end}
    for m in marks:
        if m.end > start and m.start < end:
            cuts.add(max(start, m.start))
            cuts.add(min(end, m.end))
    points = sorted(cuts)
    pieces = []
    for a, b in zip(points, points[1:], strict=False):
        covering = sorted((m for m in marks if m.start <= a and m.end >= b), key=lambda m: -m.rank)
        classes = list(dict.fromkeys(m.css for m in covering))
        pieces.append((a, b, classes))
    return pieces


def paragraph_html(text: str, start: int, end: int, marks: Sequence[Mark]) -> str:
    out = []
    for a, b, classes in _segments(start, end, marks):
        piece = html.escape(text[a:b])
        for css in reversed(classes):
            attr = EVIDENCE_ID if css == "kr-ev" else ""
            piece = f'<span class="{css}"{attr}>{piece}</span>'
        out.append(piece)
    return "<p>" + "".join(out) + "</p>"


def article_html(
    article: pd.Series,
    spans: Sequence[tuple[int, int]] = (),
    other_spans: Sequence[tuple[int, int]] = (),
    with_names: bool = True,
) -> str:
    """The body of one article, escaped, with the selected evidence, other evidence and names marked."""
    text = str(article.get("text") or "")
    paragraphs = [
        tuple(p) for p in (article.get("paragraphs") if article.get("paragraphs") is not None else [])
    ]
    if not text or not paragraphs:
        body = html.escape(str(article.get("body") or ""))
        return STYLE + f'<div class="kr-body"><p>{body}</p></div>'
    marks = [Mark(a, b, "kr-ev", 3) for a, b in spans] + [Mark(a, b, "kr-ev2", 2) for a, b in other_spans]
    if with_names:
        year = None
        first = article.get("published_first")
        if isinstance(first, str) and first[:4].isdigit():
            year = int(first[:4])
        marks += name_marks(text, paragraphs, year)
    body = "".join(paragraph_html(text, int(a), int(b), marks) for a, b in paragraphs)
    first = body.find(EVIDENCE_ID) + len(EVIDENCE_ID)  # the id only on the evidence's first piece
    if first >= len(EVIDENCE_ID):
        body = body[:first] + body[first:].replace(EVIDENCE_ID, "")
    return STYLE + f'<div class="kr-body">{body}</div>'


def headline_of(article: pd.Series) -> str:
    """The headline, else the file's name (not the server's folders), else a plain 'untitled
    article' (never 'nan')."""
    file = present(article.get("file"))
    return present(article.get("headline")) or (file and file_name(file)) or "untitled article"


def file_name(path: str) -> str:
    """The last part of a path, whichever the separator ('a/b/c.txt' and 'a\\b\\c.txt': 'c.txt')."""
    return re.split(r"[\\/]", path)[-1] or path


def meta_lines(article: pd.Series) -> list[str]:
    """Outlet, date (with the evidence when it was inferred) and language, as plain text lines."""
    outlet = present(article.get("outlet")) or "unknown outlet"
    wire = present(article.get("wire_source"))
    if wire and wire != outlet:
        outlet = f"{outlet} (from {wire})"
    precision = present(article.get("published_precision"))
    published, first = present(article.get("published")), present(article.get("published_first"))
    if published:
        when = published
    elif first:
        when = f"between {first} and {present(article.get('published_last')) or 'an unknown date'}"
    else:
        when = "date unknown"
    lines = [f"{outlet} · {when}" + (f" ({precision})" if precision and precision != "day" else "")]
    if present(article.get("published_inferred")) not in (None, "False", "0"):
        lines.append(f"date inferred: {present(article.get('published_evidence')) or 'from the text'}")
    return lines


def article_labels(articles: pd.DataFrame) -> pd.Series:
    """'date · outlet · headline' per article id, for the article picker (plain text, never HTML).
    Vectorised: the corpus computes it once, however many articles there are."""
    when = articles["published"].fillna(articles["published_first"]).fillna("undated").astype(str)
    outlet = articles["outlet"].fillna("unknown outlet").astype(str)
    files = articles["file"].astype("string").str.replace(r"^.*[\\/]", "", regex=True)  # the name only
    title = articles["headline"].fillna(files).fillna(articles.index.to_series()).astype(str)
    return when + " · " + outlet + " · " + title
