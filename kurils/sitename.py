"""A readable name for a site the project does not know, read off its address.

An unknown site is better named "Army Recognition" than "armyrecognition.com": the address's first
label is split into words where every piece is a common English word (``wordninja``'s word list,
shipped with the package and read offline), and cased. A label that does not split cleanly into
common words ("kantsuu", "nakanune") is capitalised as one word; a label of up to four letters is an
abbreviation ("kcna" -> "KCNA"). A blog platform's subdomain is the blog ("katakami.wordpress.com").
"""

from __future__ import annotations

import functools
import gzip
import os
import re

# pieces of three letters or fewer that may stand in a name; any other short piece is a bad split
_SHORT_WORDS = frozenset(
    "the of on and new sun one red war day web net now hub all big bay sea air art car law oil top way "
    "tv uk us eu".split()
)
_COMMON_RANK = 50_000  # a piece must be among the word list's most frequent words
_LOWER_PIECES = frozenset({"of", "on", "and", "the"})
_ABBREVIATION_LETTERS = 4


@functools.cache
def _word_ranks() -> dict[str, int]:
    import wordninja

    path = os.path.join(os.path.dirname(wordninja.__file__), "wordninja", "wordninja_words.txt.gz")
    with gzip.open(path) as handle:
        words = handle.read().decode("utf-8").split()
    return {word: rank for rank, word in enumerate(words[:_COMMON_RANK])}


def label_words(label: str) -> list[str]:
    """The label's words when it splits into common words ("armyrecognition" -> army, recognition),
    else the label as one word."""
    import wordninja

    pieces = wordninja.split(label)
    ranks = _word_ranks()
    if len(pieces) > 1 and all(
            piece in ranks and (len(piece) >= 4 or piece in _SHORT_WORDS) for piece in pieces):
        return pieces
    return [label]


def name_from_label(label: str) -> str | None:
    """"armyrecognition" -> "Army Recognition", "news-front" -> "News Front", "kcna" -> "KCNA"."""
    parts = [part for part in re.split(r"[-_]+", label.lower()) if part]
    if not parts or not any(c.isalpha() for c in label):
        return None
    if len(parts) == 1 and parts[0].isalpha() and len(parts[0]) <= _ABBREVIATION_LETTERS:
        return parts[0].upper()
    words = [word for part in parts for word in (label_words(part) if part.isalpha() else [part])]
    named = [word if index and word in _LOWER_PIECES else word[:1].upper() + word[1:]
             for index, word in enumerate(words)]
    return " ".join(named)
