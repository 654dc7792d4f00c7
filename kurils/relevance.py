"""Is an article about the dispute? A level and the reason, from what the parser already found.

In a crawl or a scraper's feed most pages are about something else. The evidence, strongest first:

* the islands named (the gazetteer's islands and island group, in any of their spellings), found by
  the entity stage already (``Article.places`` and the places of its events);
* dispute and treaty terms ("peace treaty", "territorial issue", "Joint Declaration", 平和条約, ...),
  listed with their sources in ``kurils/data/relevance_terms.csv``;
* Japanese and Russian officials of the people table (``Article.people`` and its events' people).

Levels: ``high`` (islands and a term or an official), ``medium`` (islands alone, or a term with an
official), ``low`` (a term or an official alone), ``none``. ``high`` and ``medium`` are relevant:
``build`` keeps those by default.
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path
from typing import NamedTuple

from kurils.fastre import first_characters
from kurils.gazetteer import lookup
from kurils.models import Article
from kurils.people import lookup_person

TERMS_FILE = Path(__file__).with_name("data") / "relevance_terms.csv"
ISLAND_KINDS = ("island", "island_group")
DISPUTE_COUNTRIES = ("JP", "RU")
RELEVANT_LEVELS = ("high", "medium")
LEVELS = ("high", "medium", "low", "none")


class Relevance(NamedTuple):
    level: str
    reason: str

    @property
    def relevant(self) -> bool:
        return self.level in RELEVANT_LEVELS


@functools.cache
def _terms() -> dict[str, str]:
    """Term (casefolded) -> its canonical spelling in the data file."""
    with TERMS_FILE.open(encoding="utf-8", newline="") as handle:
        return {row["term"].casefold(): row["term"] for row in csv.DictReader(handle)}


_WORD_START = r"(?<![^\W_][\s\S])"  # said after a term's first character: none stands before it


@functools.cache
def _terms_pattern() -> re.Pattern[str]:
    """Every term, longest first; a term in a spaced script must stand as whole words.

    Written so ``re`` skips in C to the characters a term can start with (a case-blind pattern, or
    one opening with a lookbehind, is tried at every position: ~7x slower): a case-sensitive set of
    every case of the terms' first characters opens it, and each group of terms with one first
    character checks that character case-blindly just after it, then the word start, then the rest.
    The same matches as the plain alternation of the terms (the tests compare them)."""
    groups: dict[str, list[str]] = {}
    for term in sorted(_terms(), key=lambda t: (-len(t), t)):
        body = re.escape(term[1:]).replace(r"\ ", r"\s+")
        if _whole_words(term):
            body = rf"{_WORD_START}{body}(?![^\W_])"
        groups.setdefault(term[0], []).append(body)
    lead = first_characters(groups)
    branches = "|".join(f"(?<={re.escape(first)})(?:{'|'.join(bodies)})" for first, bodies in groups.items())
    return re.compile(f"{lead}(?i:{branches})")


def _whole_words(term: str) -> bool:
    """A term in a spaced script (Latin, Cyrillic letters) must stand as whole words."""
    return bool(re.match(r"[^\W\d_]", term) and term[0].isascii() or "\u0400" <= term[0] <= "\u04ff")


def dispute_terms(text: str) -> list[str]:
    """The dispute and treaty terms in ``text``, each once, in the order first found."""
    terms = _terms()
    found = (terms.get(" ".join(m.group().split()).casefold()) for m in _terms_pattern().finditer(text))
    return list(dict.fromkeys(t for t in found if t))


def islands_named(places) -> list[str]:
    return [name for name in places if (place := lookup(name)) is not None and place.kind in ISLAND_KINDS]


def officials_named(people) -> list[str]:
    return [name for name in people
            if (person := lookup_person(name)) is not None and person.country in DISPUTE_COUNTRIES]


def assess(article: Article) -> Relevance:
    """The article's relevance level and the finds behind it."""
    if not article.paragraphs:
        return Relevance("none", "no article text")
    # the article's places and people come from its prose paragraphs; its events' from every one
    places = dict.fromkeys([*article.places, *(p for e in article.events for p in e.places)])
    people = dict.fromkeys([*article.people, *(p for e in article.events for p in e.people)])
    islands = sorted(islands_named(places))
    terms = dispute_terms("\n".join(filter(None, (article.headline, article.body))))
    officials = sorted(officials_named(people))
    if islands and (terms or officials):
        level = "high"
    elif islands or (terms and officials):
        level = "medium"
    elif terms or officials:
        level = "low"
    else:
        level = "none"
    reason = "; ".join(
        f"{label}: {', '.join(names)}"
        for label, names in (("islands", islands), ("terms", terms), ("officials", officials)) if names
    )
    return Relevance(level, reason or "no island, dispute term or official named")
