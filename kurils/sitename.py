"""A readable name for a site the project does not know, read off its address.

An unknown site is better named "Army Recognition" than "armyrecognition.com": the address's first
label is split into words where every piece is a common word, and cased. The words are the project's
own ranked list (``data/site_words.txt.gz``: wordfreq's most frequent English words, then German's; see
``tools/make_word_list.py``) and the words of the outlets' names in ``data/outlets.csv``, read offline.

- a label that is a word of its own is one word ("russland" -> "Russland", not "Russ Land");
- a label that splits into common words is those words ("tellerreport" -> "Teller Report");
- "the" and a name ("thesaker" -> "The Saker"), a name and a long known word ("ritmeurasia" ->
  "Ritm Eurasia");
- a short piece that is no word is an abbreviation ("abc-news" -> "ABC News", "mr-7" -> "MR7", "kcna" ->
  "KCNA");
- a Japanese personal site's name is written in the order the project writes Japanese names
  ("nakagawa-masaharu.jp" -> "Masaharu Nakagawa");
- anything else is one word, capitalised ("kantsuu" -> "Kantsuu").
"""

from __future__ import annotations

import functools
import gzip
import math
import re
from pathlib import Path

_DATA = Path(__file__).parent / "data"
# pieces of three letters or fewer that may stand in a name; any other short piece is a bad split
_SHORT_WORDS = frozenset(
    "the of on and new sun one red war day web net now hub all big bay sea air art car law oil top way "
    "tv uk us eu".split()
)
_ABBREVIATION_PIECES = frozenset({"tv", "uk", "us", "eu"})  # "usembassy" -> "US Embassy"
_COMMON_RANK = 25_000  # a piece must be among the list's most frequent words (or an outlet's name word)
_LOWER_PIECES = frozenset({"of", "on", "and", "the"})
_ABBREVIATION_LETTERS = 4
_LONG_KNOWN = 6  # a known word this long may stand beside a name it does not know ("ritm" + "eurasia")
_MIN_NAME = 4  # ... when that name has at least this many letters


@functools.cache
def word_ranks() -> dict[str, int]:
    """Word -> rank (0 = most frequent): the packaged list, and outlets' name words ranked as common."""
    with gzip.open(_DATA / "site_words.txt.gz", "rt", encoding="utf-8") as handle:
        words = [line.strip() for line in handle if line.strip() and not line.startswith("#")]
    ranks = {word: rank for rank, word in enumerate(words)}
    for word in outlet_name_words():
        ranks[word] = min(ranks.get(word, _COMMON_RANK), 1_000)
    return ranks


@functools.cache
def outlet_name_words() -> frozenset[str]:
    """The words of the outlets' printed names (a-z, 4+ letters): "pravda", "shimbun", "kommersant"."""
    from kurils import reference

    found = set()
    for row in reference.rows("outlets.csv"):
        for name in (row["name"], *reference.cell_list(row["aliases"])):
            found.update(w for w in re.findall(r"[a-z]+", name.lower()) if len(w) >= 4)
    return frozenset(found)


@functools.cache
def _japanese_surnames() -> frozenset[str]:
    from kurils import reference

    return frozenset(row["surname"].lower() for row in reference.rows("surnames_ja.csv"))


def _cost(word: str, ranks: dict[str, int]) -> float:
    rank = ranks.get(word)
    return math.inf if rank is None else math.log((rank + 1) * math.log(len(ranks)))


def split_words(label: str) -> list[str]:
    """The cheapest split of ``label`` into listed words (a frequent word costs less, as in Zipf's
    law), or ``[label]`` when it cannot be split into listed words."""
    ranks = word_ranks()
    longest = 24
    best: list[tuple[float, int]] = [(0.0, 0)]
    for end in range(1, len(label) + 1):
        best.append(min((best[start][0] + _cost(label[start:end], ranks), start)
                        for start in range(max(0, end - longest), end)))
    if math.isinf(best[-1][0]):
        return [label]
    pieces, end = [], len(label)
    while end:
        start = best[end][1]
        pieces.append(label[start:end])
        end = start
    return pieces[::-1]


def _common(piece: str, ranks: dict[str, int]) -> bool:
    return ranks.get(piece, _COMMON_RANK) < _COMMON_RANK and (len(piece) >= 4 or piece in _SHORT_WORDS)


def label_words(label: str) -> list[str]:
    """The label's words when it reads as words ("armyrecognition" -> army, recognition), else the
    label as one word."""
    ranks = word_ranks()
    if label in ranks:
        return [label]  # a word of its own ("russland", "babel")
    pieces = split_words(label)
    if len(pieces) > 1 and all(_common(piece, ranks) for piece in pieces):
        return pieces
    if label.startswith("the") and len(label) >= 6:
        return ["the", *label_words(label[3:])]
    return _name_and_known_word(label, ranks) or [label]


def _name_and_known_word(label: str, ranks: dict[str, int]) -> list[str] | None:
    """A name the list does not know beside a long known word: "ritmeurasia" -> ritm, eurasia."""
    for cut in range(_MIN_NAME, len(label) - _MIN_NAME + 1):
        left, right = label[:cut], label[cut:]
        for known, other in ((right, left), (left, right)):
            if (len(known) >= _LONG_KNOWN and ranks.get(known, _COMMON_RANK) < _COMMON_RANK
                    and other not in ranks and len(split_words(other)) == 1):
                return [left, right]
    return None


def name_from_label(label: str, host: str | None = None) -> str | None:
    """"armyrecognition" -> "Army Recognition", "news-front" -> "News Front", "kcna" -> "KCNA"."""
    parts = [part for part in re.split(r"[-_]+", label.lower()) if part]
    if not parts or not any(c.isalpha() for c in label):
        return None
    if len(parts) == 1 and parts[0].isalpha() and len(parts[0]) <= _ABBREVIATION_LETTERS:
        return parts[0].upper()
    if host and host.endswith(".jp") and (person := _japanese_person(parts)):
        return person
    words: list[str] = []
    for part in parts:
        if part.isdigit() and words and words[-1].isupper():
            words[-1] += part  # "mr-7" -> "MR7": an abbreviation and its number are one name
        elif part.isalpha() and len(part) <= 3 and part not in _SHORT_WORDS and len(parts) > 1:
            words.append(part.upper())  # "abc-news" -> "ABC News"
        else:
            words.extend(label_words(part) if part.isalpha() else [part])
    named = [word if index and word in _LOWER_PIECES else word.upper() if word in _ABBREVIATION_PIECES
             else word[:1].upper() + word[1:] for index, word in enumerate(words)]
    return " ".join(named)


def _japanese_person(parts: list[str]) -> str | None:
    """"nakagawa-masaharu" (a Japanese politician's site, family name first) -> "Masaharu Nakagawa"."""
    if len(parts) != 2 or not all(p.isalpha() and len(p) >= 3 for p in parts):
        return None
    surnames, ranks = _japanese_surnames(), word_ranks()
    first, second = parts
    if first in surnames and second not in surnames and second not in ranks:
        return f"{second.capitalize()} {first.capitalize()}"
    if second in surnames and first not in surnames and first not in ranks:
        return f"{first.capitalize()} {second.capitalize()}"
    return None
