"""Relevance: a level and its reason from the islands, dispute terms and officials an article names."""

from __future__ import annotations

import csv

import pytest

from kurils.pipeline import parse_bytes
from kurils.relevance import TERMS_FILE, dispute_terms


@pytest.mark.parametrize(
    ("text", "level", "reason"),
    [
        ("Talks on the islands\n\nJapanese Prime Minister Shinzo Abe met Russian President Vladimir Putin "
         "in Moscow on Monday to discuss Iturup and Kunashir and a peace treaty.\n",
         "high", "islands: Iturup, Kunashir; terms: peace treaty; officials: Abe, Putin"),
        ("Kunashir fishing\n\nFishermen on Kunashir said on Monday the season had been good this year.\n",
         "medium", "islands: Kunashir"),
        ("Treaty talks\n\nPrime Minister Fumio Kishida said on Monday Tokyo still sought a peace treaty "
         "with Russia, despite the war.\n", "medium", "terms: peace treaty; officials: Kishida"),
        ("Ukraine\n\nRussian President Vladimir Putin said on Monday the war in Ukraine would go on "
         "for as long as needed.\n", "low", "officials: Putin"),
        ("Paris weather\n\nIt will be sunny in Paris on Monday and rain is expected on Tuesday, the "
         "forecasters said.\n", "none", "no island, dispute term or official named"),
        ("", "none", "no article text"),
    ],
    ids=["high", "islands", "treaty and official", "official only", "other news", "empty"],
)
def test_levels_and_reasons(text, level, reason):
    article = parse_bytes(text.encode(), "a.txt")
    assert (article.relevance, article.relevance_reason) == (level, reason)
    assert article.to_record()["relevance"] == level


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("They signed the Joint  Declaration and spoke of a PEACE TREATY.",
         ["Joint Declaration", "peace treaty"]),
        ("Переговоры о мирном договоре и мирного договора.", ["мирном договоре", "мирного договора"]),
        ("日本は平和条約の締結を目指す。", ["平和条約"]),
        ("peace treatymaking is not a term", []),
        ("Ein Friedensvertrag fehlt.", ["Friedensvertrag"]),
    ],
)
def test_terms_are_whole_words_any_case(text, found):
    assert dispute_terms(text) == found


def test_every_term_has_a_kind_and_a_source():
    with TERMS_FILE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 20
    kinds = {"dispute", "treaty", "programme"}
    assert all(r["term"].strip() and r["kind"] in kinds and r["source"] for r in rows)
    assert len({r["term"].casefold() for r in rows}) == len(rows)


def test_seeds_are_all_relevant():
    from pathlib import Path

    from kurils.pipeline import iter_articles

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    assert {a.relevance for a in iter_articles([seeds])} <= {"high", "medium"}


def _plain_terms_pattern():
    """The terms as a plain case-blind alternation: what the fast pattern must match exactly as."""
    import re

    from kurils.relevance import _terms, _whole_words

    parts = []
    for term in sorted(_terms(), key=lambda t: (-len(t), t)):
        body = re.escape(term).replace(r"\ ", r"\s+")
        parts.append(rf"(?<![^\W_]){body}(?![^\W_])" if _whole_words(term) else body)
    return re.compile("|".join(parts), re.IGNORECASE)


def test_the_fast_term_scan_matches_as_the_plain_alternation():
    import random
    from pathlib import Path

    from kurils.relevance import _terms, _terms_pattern

    root = Path(__file__).parent
    texts = [p.read_text(encoding="utf-8", errors="replace")
             for p in [*sorted((root.parent / "seeds").iterdir()), *sorted(root.glob("data/real/*/*.txt"))]]
    pieces = [*_terms(), *"peacetrtyPEACETRTY ſKıİ_-1956 мирныйдоговорМИРᲃᲄ平和条約ビザ\n", " Peace\n treaty"]
    rnd = random.Random(15)
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30))) for _ in range(3000)]
    plain, fast = _plain_terms_pattern(), _terms_pattern()
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_the_term_scan_opens_on_every_character_a_first_letter_matches_case_blind():
    """The fast scan skips to its first-character set, so no code point that a term's first
    character matches case-blindly (in this Python's re) may be missing from it."""
    import re
    import sys

    from kurils.relevance import _terms, first_characters

    firsts = {term[0] for term in _terms()}
    blind = re.compile("[" + "".join(map(re.escape, firsts)) + "]", re.IGNORECASE)
    lead = re.compile(first_characters(firsts))
    missing = [hex(c) for c in range(sys.maxunicode + 1) if blind.match(chr(c)) and not lead.match(chr(c))]
    assert missing == []
