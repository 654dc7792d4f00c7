"""A readable name for a site the project does not know, read off its address.

An unknown site is better named "Army Recognition" than "armyrecognition.com": the address's first
label is split into words where every piece is a common word, and cased. The words are the project's
own ranked list (``data/site_words.txt.gz``: wordfreq's most frequent English words, then German's; see
``tools/make_word_list.py``) and the words of the outlets' names in ``data/outlets.csv``, read offline.

- a label that is a word of its own is one word ("russland" -> "Russland", not "Russ Land");
- a label that splits into common words is those words ("tellerreport" -> "Teller Report");
- "the" and a name ("thesaker" -> "The Saker"), a name and a long known word ("ritmeurasia" ->
  "Ritm Eurasia");
- Russian words in Latin letters ("vestnikkavkaza" -> "Vestnik Kavkaza"; ``data/site_words_ru.txt.gz``);
- a number of two or more digits and the words after it ("38north" -> "38 North");
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
_LOWER_PIECES = frozenset({"of", "on", "and", "the", "to", "in", "for", "at", "by", "from"})
_ABBREVIATION_LETTERS = 4
_LONG_KNOWN = 6  # a known word this long may stand beside a name it does not know ("ritm" + "eurasia")
_MIN_NAME = 4  # ... when that name has at least this many letters
# words that may link two words inside an address ("windowstorussia" -> "Windows to Russia")
_LINK_WORDS = frozenset({"to", "in", "for", "at", "by", "from", "de"})
_EDGE_NAMES = 3  # a word closing or opening this many outlets' names is a name word ("times", "daily")
_NOT_NAME_EDGES = frozenset({"the", "com", "net", "org", "ru", "ua", "cz", "fm"})  # address endings
# a site whose address is a word this frequent goes by the word and its ending ("News.at", "Life.ru")
_EVERYDAY_RANK = 2_600
# a word written in Hepburn romaji syllables: "keisuke", "masaharu"
_ROMAJI = re.compile(r"(?:(?:[kgsztdnhbpmrwjf]|sh|ch|ts)?y?[aiueo]|n(?![aiueoy]))+")
# a last part of an address that names an edition's language or country, not the site ("freenews-en")
_EDITION_CODES = frozenset({"en", "eng", "ru", "rus", "jp", "ja", "de", "fr", "es", "cn", "ua"})
# articles that open papers' names in French, Spanish, Italian, German and Arabic ("Le Nouvelliste", "La
# Stampa", "Al Arabiya"): a word, never an abbreviation, and the rest of the label is the paper's name
_ARTICLES = frozenset({"le", "la", "les", "el", "il", "al", "der", "die", "das"})
# articles French and Italian elide before a vowel ("L'Express", "L'Orient"): "le" + "echaek" is no name
_ELIDED = frozenset({"le", "la", "il"})
_MIN_ARTICLE_REST = 5
_ENGLISH_WORDS = 50_000  # the list's English words come first (tools/make_word_list.py), then German's
_COMMON_ENGLISH = 20_000  # a piece ranked above this is a common English word: no German compound


@functools.cache
def listed_ranks() -> dict[str, int]:
    """Word -> rank (0 = most frequent) in the packaged list alone."""
    with gzip.open(_DATA / "site_words.txt.gz", "rt", encoding="utf-8") as handle:
        words = [line.strip() for line in handle if line.strip() and not line.startswith("#")]
    return {word: rank for rank, word in enumerate(words)}


@functools.cache
def russian_ranks() -> dict[str, int]:
    """Russian word in Latin letters -> rank (``data/site_words_ru.txt.gz``; see tools/make_word_list.py)."""
    with gzip.open(_DATA / "site_words_ru.txt.gz", "rt", encoding="utf-8") as handle:
        words = [line.strip() for line in handle if line.strip() and not line.startswith("#")]
    return {word: rank for rank, word in enumerate(words)}


def russian_split(label: str) -> list[str] | None:
    """A label made of two or three Russian words written in Latin letters, each of four or more letters
    ("vestnikkavkaza" -> vestnik, kavkaza; "govoritmoskva" -> govorit, moskva), or None."""
    ranks = russian_ranks()
    best: list[list[str] | None] = [[]] + [None] * len(label)
    for end in range(_MIN_NAME, len(label) + 1):
        for start in range(0, end - _MIN_NAME + 1):
            before = best[start]
            if before is not None and label[start:end] in ranks and (
                    best[end] is None or len(before) + 1 < len(best[end])):
                best[end] = [*before, label[start:end]]
    found = best[-1]
    return found if found and 2 <= len(found) <= 3 else None


@functools.cache
def word_ranks() -> dict[str, int]:
    """Word -> rank (0 = most frequent): the packaged list, and outlets' name words ranked as common."""
    ranks = dict(listed_ranks())
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


@functools.cache
def name_edges() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words that close, words that open) three or more outlets' names in ``data/outlets.csv``, longest
    first: "news", "times", "shimbun", "tribune"; "daily", "radio", "al", "le", "der". A site's address
    that ends or opens with one is that word and a name ("hindustantimes", "dailysabah", "lemonde")."""
    from collections import Counter

    from kurils import reference

    closing, opening = Counter(), Counter()
    for row in reference.rows("outlets.csv"):
        words = re.findall(r"[a-z]+", row["name"].lower())
        if len(words) >= 2:
            closing[words[-1]] += 1
            opening[words[0]] += 1
    def edge(counts: Counter, shortest: int) -> tuple[str, ...]:
        found = [w for w, n in counts.items()
                 if n >= _EDGE_NAMES and len(w) >= shortest and w not in _NOT_NAME_EDGES]
        return tuple(sorted(found, key=len, reverse=True))
    return edge(closing, 3), edge(opening, 2)


def _has_vowel(piece: str) -> bool:
    return any(c in "aeiouy" for c in piece)


def _abbreviation(piece: str, ranks: dict[str, int]) -> bool:
    """Two letters, or three or four that do not read as a word ("cbs", "sabc"; not "fox", "roya")."""
    vowels = sum(c in "aeiouy" for c in piece)
    return (len(piece) <= 2 or (len(piece) == 3 and (vowels == 0 or piece not in ranks))
            or (len(piece) == 4 and vowels <= 1 and piece not in ranks))


def _piece_words(piece: str, ranks: dict[str, int]) -> list[str]:
    """A name's piece beside a name word ("hindustan" of "hindustantimes", "cbs" of "cbsnews"): its
    words, an abbreviation in capitals (two letters, or three or four letters that do not read as a word:
    "CBS", "SABC", but "Fox", "Roya"), or the piece as one name."""
    if piece in ranks and (len(piece) >= 4 or (len(piece) == 3 and _has_vowel(piece))):
        return [piece]
    if _abbreviation(piece, ranks):
        return [piece.upper()]
    return _split_known(piece, ranks) or [piece]


def _split_known(label: str, ranks: dict[str, int]) -> list[str] | None:
    """The label's common words when it splits into them and nothing else."""
    pieces = split_words(label)
    if len(pieces) > 1 and all(_common(piece, ranks) or (0 < index < len(pieces) - 1 and piece in _LINK_WORDS)
                               for index, piece in enumerate(pieces)):
        return pieces
    return None


def _edge_split(label: str, ranks: dict[str, int]) -> list[str] | None:
    """A name word at the label's end ("sherbrook" + "times") or start ("daily" + "sabah", "le" +
    "monde"), and the rest as a name."""
    closing, opening = name_edges()
    for word in opening:
        rest = label[len(word):]
        if not label.startswith(word) or rest in closing:
            continue
        if len(word) <= 3 and len(rest) >= 4 and rest in ranks:  # "le" + "monde", "der" + "standard"
            return [word, rest]
        if len(word) >= 4 and (len(rest) >= 4 or (len(word) >= 5 and len(rest) == 2)):  # "daily" + "nk"
            return [word, *_piece_words(rest, ranks)]
    for word in closing:
        head = label[: -len(word)]
        if label.endswith(word) and len(head) >= 2:
            return [*_piece_words(head, ranks), word]
    return None


def label_words(label: str, whole: bool = True) -> list[str]:
    """The label's words when it reads as words ("armyrecognition" -> army, recognition; "lemonde" ->
    le, monde; "cbsnews" -> CBS, news), else the label as one word. ``whole``: the label is the address's
    whole name, not a part set off by a hyphen or digits (where "al" opens no paper's name)."""
    ranks = word_ranks()
    if label in ranks:
        return [label]  # a word of its own ("russland", "babel")
    known = _split_known(label, ranks)
    if known:
        return [label] if _german_compound(known) else known
    if label.startswith("the") and len(label) >= 6:
        return ["the", *label_words(label[3:])]
    edged = _edge_split(label, ranks)
    if edged and _german_compound(edged):
        return [label]
    return (edged or (_article_split(label, ranks) if whole else None) or russian_split(label)
            or _name_and_known_word(label, ranks) or [label])


def _german_compound(pieces: list[str]) -> bool:
    """Pieces of a German compound, which German writes as one word ("hauptstadt" + "zeitung" ->
    "Hauptstadtzeitung", "nord" + "kurier" -> "Nordkurier"): one piece is German only (listed after the
    English words) and none is a common English word. A piece before the last with an inflected ending is
    an adjective or a genitive before its noun, which German writes apart ("Kleine Zeitung", "Berliner
    Zeitung")."""
    listed = listed_ranks()
    german = [listed.get(piece, 0) >= _ENGLISH_WORDS for piece in pieces]
    return (any(german) and all(listed.get(piece, 0) >= _COMMON_ENGLISH for piece in pieces)
            and not any(piece.endswith(("e", "er", "es", "en")) for piece in pieces[:-1]))


def _article_split(label: str, ranks: dict[str, int]) -> list[str] | None:
    """An article and a name the word list lacks: "le" + "nouvelliste", "al" + "arabiya", "les" + "echos"."""
    closing = name_edges()[0]
    for word in sorted(_ARTICLES, key=len, reverse=True):
        rest = label[len(word):]
        if (label.startswith(word) and len(rest) >= _MIN_ARTICLE_REST and _has_vowel(rest)
                and not (word in _ELIDED and rest[0] in "aeiouy") and rest not in closing
                and not _split_known(rest, ranks)):
            return [word, rest]
    return None


def _name_and_known_word(label: str, ranks: dict[str, int]) -> list[str] | None:
    """A name the list does not know beside a long known word: "ritmeurasia" -> ritm, eurasia."""
    for cut in range(_MIN_NAME, len(label) - _MIN_NAME + 1):
        left, right = label[:cut], label[cut:]
        for known, other in ((right, left), (left, right)):
            if (len(known) >= _LONG_KNOWN and ranks.get(known, _COMMON_RANK) < _COMMON_RANK
                    and other not in ranks and len(split_words(other)) == 1):
                return [left, right]
    return None


def _run_words(label: str) -> list[str]:
    """A label with digits in runs: "kxan36news" -> KXAN, 36, news; "tvn24" -> TVN24; "mir24" -> Mir, 24."""
    ranks = word_ranks()
    runs = re.findall(r"[a-z]+|\d+", label)
    if len(runs) == 2 and len(runs[0]) >= 2 and runs[0].isdigit() and (words := _common_words(runs[1])):
        return [runs[0], *words]  # a number and the words after it: "38north" -> 38 North ("1news": 1News)
    if len(runs) < 3:  # a word and its number are one name ("Defence24", "15min"); an abbreviation's too
        return [runs[0].upper() + "".join(runs[1:]) if runs[0].isalpha() and _abbreviation(runs[0], ranks)
                else label]
    words: list[str] = []
    for index, run in enumerate(runs):
        last = index == len(runs) - 1
        if run.isdigit() and words and words[-1].isupper() and (last or len(words[-1]) == 1):
            words[-1] += run  # "tvn24" -> "TVN24", "e2" -> "E2": an abbreviation and its number
        elif last and len(run) == 1 and words and words[-1].isdigit():
            words[-1] += run  # "news24h" -> "News 24h": a number and its unit's letter
        elif run.isdigit():
            words.append(run)
        elif _abbreviation(run, ranks):
            words.append(run.upper())
        else:
            words.extend(label_words(run, whole=False))
    return words


def _common_words(text: str) -> list[str] | None:
    """``text`` as common words of four or more letters ("north", "hours worlds"), or None."""
    ranks = word_ranks()
    pieces = [text] if text in ranks else _split_known(text, ranks) or []
    return pieces if pieces and all(len(p) >= 4 and _common(p, ranks) for p in pieces) else None


def name_from_label(label: str, host: str | None = None) -> str | None:
    """"armyrecognition" -> "Army Recognition", "news-front" -> "News Front", "kcna" -> "KCNA"."""
    parts = [part for part in re.split(r"[-_]+", label.lower()) if part]
    while len(parts) > 1 and parts[-1] in _EDITION_CODES:
        parts.pop()  # "freenews-en": the English edition of "Free News"
    if not parts or not any(c.isalpha() for c in label):
        return None
    if len(parts) == 1 and host and (addressed := _word_and_ending(parts[0], host)):
        return addressed
    if len(parts) == 1 and parts[0].isalnum() and len(parts[0]) <= _ABBREVIATION_LETTERS:
        everyday = listed_ranks().get(parts[0], _EVERYDAY_RANK) < _EVERYDAY_RANK
        if len(parts[0]) == _ABBREVIATION_LETTERS and everyday:
            return parts[0].capitalize()  # an everyday word: a blog "life.wordpress.com" is "Life"
        return parts[0].upper()  # "kcna", "2nn"
    if host and host.endswith(".jp") and (person := _japanese_person(parts)):
        return person
    if len(parts) == 1 and (branded := _i_brand(parts[0])):
        return branded
    words: list[str] = []
    for part in parts:
        if part.isdigit() and words and words[-1].isupper():
            words[-1] += part  # "mr-7" -> "MR7": an abbreviation and its number are one name
        elif part.isalpha() and len(part) <= 3 and part not in _SHORT_WORDS | _ARTICLES and len(parts) > 1:
            words.append(part.upper())  # "abc-news" -> "ABC News"
        elif part.isalpha():
            words.extend(label_words(part, whole=len(parts) == 1))
        else:
            words.extend(_run_words(part) if any(c.isalpha() for c in part) else [part])
    named = [word if index and word in _LOWER_PIECES else word.upper() if word in _ABBREVIATION_PIECES
             else word[:1].upper() + word[1:] for index, word in enumerate(words)]
    return " ".join(named)


def _i_brand(label: str) -> str | None:
    """A lowercase "i" before a word, the way internet brands write it ("ipolitics" -> "iPolitics",
    "igambler" -> "iGambler"); not a word of its own ("ireland", "inform")."""
    ranks = word_ranks()
    rest = label[1:]
    if (label.startswith("i") and label.isalpha() and label not in ranks and len(rest) >= _MIN_NAME
            and _common(rest, ranks)):
        return "i" + rest.capitalize()
    return None


def _word_and_ending(label: str, host: str) -> str | None:
    """A site whose address is one everyday word goes by the word and its ending ("news.at" ->
    "News.at", "life.ru" -> "Life.ru"): the word alone names nothing."""
    from kurils.urls import registrable_domain

    domain = registrable_domain(host) or ""
    rank = listed_ranks().get(label)
    if not (label.isalpha() and len(label) >= 4 and rank is not None and rank < _EVERYDAY_RANK
            and domain.startswith(label + ".")):
        return None
    return label.capitalize() + domain[len(label):]


def _japanese_person(parts: list[str]) -> str | None:
    """"nakagawa-masaharu" (a Japanese politician's site, family name first) -> "Masaharu Nakagawa";
    "yamamotokeisuke" too, where a listed family name and a given name written in romaji make the label."""
    if len(parts) == 1 and parts[0].isalpha():
        label = parts[0]
        for cut in range(3, len(label) - 2):
            for surname, given in ((label[:cut], label[cut:]), (label[cut:], label[:cut])):
                if (surname in _japanese_surnames() and _ROMAJI.fullmatch(given) and len(given) >= 4
                        and word_ranks().get(given, _COMMON_RANK) >= _COMMON_RANK):
                    return f"{given.capitalize()} {surname.capitalize()}"
        return None
    if len(parts) != 2 or not all(p.isalpha() and len(p) >= 3 for p in parts):
        return None
    surnames, ranks = _japanese_surnames(), word_ranks()
    first, second = parts
    if first in surnames and second not in surnames and second not in ranks:
        return f"{second.capitalize()} {first.capitalize()}"
    if second in surnames and first not in surnames and first not in ranks:
        return f"{first.capitalize()} {second.capitalize()}"
    return None
