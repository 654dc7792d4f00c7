"""What the search box matches besides an event's own words: every spelling of its places and people.

A reader may know the islands by their Japanese names (Etorofu, 択捉, "Northern Territories") or
their Russian ones (Итуруп, "Южные Курилы"); the parser already knows these spellings, so the
search text of an event carries all of them. The four disputed islands also carry the names of the
group they are disputed as (the southern Kurils, the Northern Territories).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

DISPUTED_GROUP = "Kuril Islands"  # the gazetteer's entry whose spellings name the disputed islands


@lru_cache(maxsize=1)
def _disputed() -> frozenset[str]:
    from kurils.geo import ISLANDS

    return frozenset(island.name for island in ISLANDS)


def place_words(place: str) -> str:
    """Every spelling of a place (and of the disputed group, for one of the four islands), casefolded."""
    return _place_words(place)


@lru_cache(maxsize=4096)
def _place_words(place: str) -> str:
    from kurils.gazetteer import place_spellings

    spellings = place_spellings()
    words = [place, *spellings.get(place, ())]
    if place in _disputed():
        words += spellings.get(DISPUTED_GROUP, ())
    return " ".join(dict.fromkeys(words)).casefold()


@lru_cache(maxsize=4096)
def person_words(surname: str) -> str:
    """Every spelling of a person the people table knows, casefolded."""
    from kurils.people import person_spellings

    return " ".join(dict.fromkeys([surname, *person_spellings().get(surname, ())])).casefold()


def alias_text(places: Iterable[str], people: Iterable[str]) -> str:
    """The search words an event's places and people add."""
    return " ".join([*(place_words(p) for p in places), *(person_words(p) for p in people)])


def query_variants(query: str) -> tuple[str, ...]:
    """The casefolded search and, for a Russian surname in any case ("Путину", "Лавровым"), the
    person's canonical surname too."""
    from kurils.people import cyrillic_surname

    text = " ".join(query.split()).casefold()
    variants = [text]
    words = query.split()
    if len(words) == 1 and words[0][:1].isalpha() and not words[0].isascii():
        surname = cyrillic_surname(words[0][:1].upper() + words[0][1:])
        if surname:
            variants.append(surname.casefold())
    return tuple(dict.fromkeys(v for v in variants if v))
