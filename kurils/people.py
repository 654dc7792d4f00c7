"""People named in an article: the officials of this coverage, by canonical surname.

A curated table of office-holders (``data/officials.csv``, their terms in
``data/official_terms.csv``) is matched by full name, by surname, and
by a title followed by a name ("Foreign Minister Fumio Kishida"). Titled people who are not in
the table ("Governor Oleg Kozhemyako", "Ambassador Toyohisa Kozuki") are still found by the
title. Role phrases ("the Japanese premier", "the Russian leader") resolve to a person only when
the article has already named someone who held that office.

The same table bounds the publication year: a title and a name used together in the present
("Foreign Minister Fumio Kishida") can only be written during that person's term.
"""

from __future__ import annotations

import calendar
import csv
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from kurils import reference
from kurils.fastre import first_characters, guarded, literal_alternation, spellings
from kurils.language import english_function_words
from kurils.spans import TakenSpans

# --- offices ------------------------------------------------------------------------------------
# office kind -> regex of the title words that name it (no country; the country is separate), in
# table order (the first kind that has a spelling names it): ``data/office_titles.csv``
OFFICE_TITLES: dict[str, str] = {row["office"]: row["pattern"] for row in reference.rows("office_titles.csv")}

# a country's adjective or name before a title -> its code: ``data/country_words.csv``
COUNTRY_WORDS: dict[str, str] = {row["word"]: row["country"] for row in reference.rows("country_words.csv")}

Term = tuple[str, str, tuple[int, int], tuple[int, int] | None]  # office, country, (y, m) from, to


@dataclass(frozen=True)
class Person:
    """An official by canonical surname; ``role`` is the office most associated with them."""

    surname: str
    full_name: str
    role: str
    country: str | None
    terms: tuple[Term, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    text: str
    person: Person


def _year_month(value: str) -> tuple[int, int]:
    year, month = value.split("-")
    return int(year), int(month)


@functools.cache
def _terms_by_surname() -> dict[str, tuple[Term, ...]]:
    """Terms of office from ``data/official_terms.csv``: (office, country, (y, m) from, to or None)."""
    terms: dict[str, list[Term]] = {}
    for row in reference.rows("official_terms.csv"):
        end = _year_month(row["to"]) if row["to"] else None
        terms.setdefault(row["surname"], []).append(
            (row["office"], row["country"], _year_month(row["from"]), end)
        )
    return {surname: tuple(found) for surname, found in terms.items()}


class _Official(NamedTuple):
    """A row of ``data/officials.csv``: the person, other spellings, and whether the surname alone
    is safe to match (not an English word or a common name)."""

    person: Person
    other_names: tuple[str, ...]
    surname_alone: bool


@functools.cache
def _officials() -> tuple[_Official, ...]:
    terms = _terms_by_surname()
    return tuple(
        _Official(
            Person(row["surname"], row["full_name"], row["role"], row["country"] or None,
                   terms.get(row["surname"], ())),
            reference.cell_list(row["other_names"]) + _other_language_names().get(row["surname"], ()),
            reference.cell_bool(row["surname_alone"]),
        )
        for row in reference.rows("officials.csv")
    )


@functools.cache
def _other_language_names() -> dict[str, tuple[str, ...]]:
    """Surname -> the official's names in German, French, Polish, Arabic, ... ("Poutine", "Ławrow",
    "Medwedew"; ``data/official_names.csv``, each with the Wikipedia article in that language)."""
    names: dict[str, list[str]] = {}
    for row in reference.rows("official_names.csv"):
        if row["language"] not in UNSPACED_LANGUAGES:  # (those are read as Japanese names are)
            names.setdefault(row["surname"], []).append(row["spelling"])
    return {surname: tuple(spellings) for surname, spellings in names.items()}


# Role phrases that refer back to a person the article has named: (regex, office, country|None),
# in table order (an earlier phrase takes its span first): ``data/role_phrases.csv``
ROLE_PHRASES: tuple[tuple[str, str, str | None], ...] = tuple(
    (row["pattern"], row["office"], row["country"] or None) for row in reference.rows("role_phrases.csv")
)

_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|any|another|every|no)\s+$", re.IGNORECASE)

# Titles that introduce a person not in the table: "Governor Oleg Kozhemyako" (``data/generic_titles.csv``).
_GENERIC_TITLES = "(?:" + "|".join(row["pattern"] for row in reference.rows("generic_titles.csv")) + ")"
_NAME_REST = r"[a-zà-ÿ'’]+(?:-[A-Za-z][a-zà-ÿ]+)?"
_NAME_TOKEN = rf"[A-Z]{_NAME_REST}"
# Most titles open with a small letter ("head", "chief"), so re would try the alternation inside
# most words: the guard of the titles' first letters and "\b" turn those positions down quickly.
_GENERIC_TITLED = guarded(
    rf"\b{literal_alternation(spellings(_GENERIC_TITLES))},?\s+"
    rf"(?:(?:of|to|for) (?:the )?[A-Z][\w ]{{2,40}}?,?\s+)?"
    rf"({_NAME_TOKEN}(?:\s+[A-Z]\.)?\s+{_NAME_TOKEN}"
    rf"(?:\s+{_NAME_TOKEN})?)\b"
)
# A name doing what people do in news: "Dmitry Streltsov, a professor at ...", "Toyohisa Kozuki said".
# (The lookbehind sits after the first capital, so that ``re`` skips from capital to capital.)
# ... or given an age or an office in apposition, as wire copy introduces a name: "Mitsuhiro Morita, 35,",
# "Akira Muto, chief of the ministry's Russia section", "Yevgeny Lazarev, spokesman for ..." (the
# lowercase titles of ``data/generic_titles.csv``)
_APPOSED_TITLES = sorted(
    {row["pattern"] for row in reference.rows("generic_titles.csv") if row["pattern"][:1].islower()},
    key=len, reverse=True,
)
_NAME_ACTING = re.compile(
    rf"([A-Z](?<![\w’'-][A-Z]){_NAME_REST}(?:\s+[A-Z]\.)?\s+{_NAME_TOKEN})"
    r"(?:,\s+(?:a|an|the|who|Japan's|Russia's|Japan’s|Russia’s)\s|,?\s+(?:said|says|told|noted|added|stressed|"
    r"wrote|argued|explained|believes|thinks|warned)\b"
    r"|,\s+\d{1,2}(?:[,.;]|\s+(?:--|[–—]))(?:\s|$)"
    r"|,\s+(?:(?:deputy|vice|senior|former|chief)\s+)?(?:" + "|".join(_APPOSED_TITLES) + r")"
    r"\s+(?:of|for|at|to|in)\s)"
)
# Words that follow a title but are not names ("Prime Minister Office", "President Putin said"):
# ``data/not_name_words.csv``.
_NOT_NAME_WORDS = frozenset(row["word"] for row in reference.rows("not_name_words.csv"))


# Chinese and Korean names put the family name first: "Lü Xiang", "Wang Wenbin", "Kim Eun-jung".
# (``data/east_asian_surnames.csv``)
_EAST_ASIAN_SURNAMES = frozenset(row["surname"] for row in reference.rows("east_asian_surnames.csv"))
_PINYIN_NAME = re.compile(
    r"(?:(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouüv]{1,3})(?:ng|n|r)?){1,3}"
)


def surname_of(tokens: list[str]) -> str:
    """The family name of a name not in the table: the last word, but the first of a Chinese or Korean
    name ("Lü Xiang", "Kim Eun-jung"; a second word that reads as a pinyin or hyphenated given name)."""
    if len(tokens) == 2 and tokens[0] in _EAST_ASIAN_SURNAMES:
        given = tokens[1].lower()
        if "-" in given or _PINYIN_NAME.fullmatch(given):
            return tokens[0]
    return tokens[-1]


@functools.cache
def _people() -> tuple[Person, ...]:
    return tuple(official.person for official in _officials())


@functools.cache
def _by_surname() -> dict[str, Person]:
    return {p.surname: p for p in _people()}


@functools.cache
def _name_index() -> dict[str, Person]:
    """Every spelling that names a table person on its own: full names, and safe surnames."""
    index: dict[str, Person] = {}
    for person, others, alone in _officials():
        index[person.full_name] = person
        for other in others:
            if " " in other or "-" in other or alone:
                index[other] = person
        if alone:
            index[person.surname] = person
    for variant, person in list(index.items()):
        if len(variant) > 3:
            index.setdefault(variant.upper(), person)  # datelines and all-caps headlines
    return index


@functools.cache
def _name_pattern() -> re.Pattern[str]:
    names = sorted(_name_index(), key=len, reverse=True)
    return re.compile(literal_alternation(names, not_after=r"[\w’'-]") + r"(?![\w-])")


@functools.cache
def _titled_surname_pattern() -> re.Pattern[str]:
    """A title, an optional first name, then a table surname (for surnames unsafe alone)."""
    titles = "|".join(f"(?:{t})" for t in OFFICE_TITLES.values())
    return re.compile(
        literal_alternation(spellings(rf"(?:{titles}|Mr\.?|Ms\.?|Mrs\.?)"))
        + rf"\s+(?:[A-Z][\w'’-]+\s+){{0,2}}?({_surname_alternation()})(?![\w-])"
    )


@functools.cache
def _surnames() -> list[str]:
    return sorted({p.surname for p in _people()}, key=len, reverse=True)


@functools.cache
def _surname_alternation() -> str:
    return "|".join(re.escape(s) for s in _surnames())


@functools.cache
def _surname_scan() -> re.Pattern[str]:
    """A table surname as _titled_surname_pattern ends with one: a text without it has no titled name."""
    return re.compile(literal_alternation(_surnames()) + r"(?![\w-])")


class _RolePhrase(NamedTuple):
    pattern: re.Pattern[str]
    office: str
    country: str | None
    tails: frozenset[str]  # the last two words of its spellings: "Japanese premier", "prime minister"


@functools.cache
def _role_patterns() -> tuple[_RolePhrase, ...]:
    r"""Each role phrase as a fast scan ((?<![\w-])phrase(?![\w-]) in the shape re skips through),
    with substrings one of which every match holds: a paragraph without them cannot hold the
    phrase, and ``in`` tells that far more cheaply than the scan."""
    out = []
    for phrase, office, country in ROLE_PHRASES:
        forms = spellings(phrase)
        pattern = re.compile(literal_alternation(forms, not_after=r"[\w-]") + r"(?![\w-])")
        out.append(_RolePhrase(pattern, office, country, frozenset(" ".join(f.split()[-2:]) for f in forms)))
    return tuple(out)


@functools.cache
def _role_tails_by_word() -> dict[str, frozenset[str]]:
    """Every role phrase's tails by their last word ("premier"): most paragraphs hold none of the
    dozen words, and then no tail needs looking for."""
    by_word: dict[str, set[str]] = {}
    for role in _role_patterns():
        for tail in role.tails:
            by_word.setdefault(tail.split()[-1], set()).add(tail)
    return {word: frozenset(tails) for word, tails in by_word.items()}


def lookup_person(surname: str) -> Person | None:
    """The table person with this canonical surname."""
    return _by_surname().get(surname)


def find_people(
    text: str,
    start: int = 0,
    end: int | None = None,
    known: set[str] | None = None,
    *,
    year: int | None = None,
    named: list[PersonMention] | None = None,
) -> list[PersonMention]:
    """People named in text[start:end], in order, with offsets into ``text``.

    Names and titled names always count; role phrases ("the Russian leader") only resolve to a
    surname in ``known`` who held that office (in ``year`` when given), and only when one does.
    ``named``, what ``find_named_people`` gave for the same range, spares scanning the names again.
    """
    end = len(text) if end is None else min(len(text), end)
    start = max(0, start)
    if start >= end:
        return []
    found = list(find_named_people(text, start, end) if named is None else named)
    if known is not None:  # without an article's names, a role phrase names no one
        found += _role_mentions(text, start, end, known, year, [(m.start, m.end) for m in found])
        found += ruja_role_mentions(text, start, end, known, year, [(m.start, m.end) for m in found])
        found.sort(key=lambda p: (p.start, p.end))
    return found


@functools.cache
def _ruja_role_patterns() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """Russian and Japanese role phrases (data/role_phrases_ruja.csv): Japanese writes no spaces and
    Russian declines the phrase, so each row is a regular expression of its own."""
    return tuple((re.compile(row["pattern"]), row["office"], row["country"])
                 for row in reference.rows("role_phrases_ruja.csv"))


_CYRILLIC_LETTER = re.compile(r"[А-Яа-яЁё]")
_NAME_AFTER_ROLE = re.compile(r"\s+[А-ЯЁ][а-яё]+|[\u4e00-\u9fff\u30a1-\u30fa]")


def ruja_role_mentions(
    text: str, start: int, end: int, known: set[str], year: int | None, taken: list[tuple[int, int]]
) -> list[PersonMention]:
    """Russian and Japanese role phrases with no name beside them ("首相は28日昼、…出発",
    "Глава МИД Японии выразил надежду"): the one person the article named who held that office that
    year, else the office's one holder that year; outside ``taken`` (a titled name's own span). A kanji
    surname two officials share, with a title ("菅総理"), is the one of them who held that office that
    year."""
    if not (_JAPANESE_LETTER.search(text, start, end) or _CYRILLIC_LETTER.search(text, start, end)):
        return []
    spans = TakenSpans(taken)
    known_people = [p for p in (_by_surname().get(s) for s in known) if p is not None]
    found = []
    for pattern, office, country in _ruja_role_patterns():
        for m in pattern.finditer(text, start, end):
            a, b = m.span()
            if not spans.free(a, b) or _NAME_AFTER_ROLE.match(text, b):
                continue  # "Премьер-министр Японии Фумио Кисида": the name says who
            if m.groupdict().get("surname"):  # "菅総理": Kan in 2011, Suga in 2021
                person = resolve_role(office, country, _japanese_bearers(m.group("surname")), year)
            else:
                person = resolve_role(office, country, known_people, year)
                if person is None and year is not None:
                    person = office_holder(office, country, year)
            if person is not None:
                found.append(PersonMention(a, b, text[a:b], person))
                spans.add(a, b)
    return found


def _japanese_bearers(surname: str) -> list[Person]:
    """The officials whose Japanese spelling starts with a kanji surname ("菅": Suga and Kan)."""
    bearers = {name for spelling, name in japanese_names().items() if spelling.startswith(surname)}
    return [person for person in map(_by_surname().get, sorted(bearers)) if person is not None]


JAPANESE_NAMES = Path(__file__).parent / "data" / "names_ja.csv"
_JAPANESE_LETTER = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# Chinese and Korean write a name with no word boundary after it ("普京與", "푸틴은"), as Japanese does
UNSPACED_LANGUAGES = ("zh", "ko")
_UNSPACED_LETTER = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


@functools.cache
def japanese_names() -> dict[str, str]:
    """Officials as Japanese text writes them (data/names_ja.csv), and as Chinese and Korean do
    (data/official_names.csv's zh and ko rows: "普京", "푸틴") -> canonical surname. A kanji surname
    that two officials share (菅: Suga and Kan) is listed only in full or with its title."""
    with JAPANESE_NAMES.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    rows += [row for row in reference.rows("official_names.csv") if row["language"] in UNSPACED_LANGUAGES]
    return {row["spelling"]: row["surname"] for row in rows if row["surname"] in _by_surname()}


@functools.cache
def _japanese_name_pattern() -> re.Pattern[str]:
    """Japanese writes no spaces, so a name is matched wherever it stands ("安倍晋三首相は")."""
    return re.compile("|".join(re.escape(n) for n in sorted(japanese_names(), key=len, reverse=True)))


@functools.cache
def _japanese_titled_pattern() -> re.Pattern[str]:
    """A common Japanese surname (data/surnames_ja.csv) at a word's start, an optional given name of up
    to three characters and an office title or 氏 (data/titles_ja.csv): "吉田朋之外務報道官",
    "清水征支郎団長", "吉田報道官". A one-character surname (林, 森) needs its given name."""
    surnames = sorted((row["spelling"] for row in reference.rows("surnames_ja.csv")), key=len, reverse=True)
    titles = sorted((row["title"] for row in reference.rows("titles_ja.csv")), key=len, reverse=True)
    long = "|".join(re.escape(n) for n in surnames if len(n) > 1)
    short = "|".join(re.escape(n) for n in surnames if len(n) == 1)
    given = r"[\u4e00-\u9fff々\u3041-\u3096\u30a1-\u30fa]"
    return re.compile(
        rf"(?<![\u4e00-\u9fff々])(?P<name>(?P<long>{long}){given}{{0,3}}?|(?P<short>{short}){given}{{1,3}}?)"
        rf"(?:{'|'.join(map(re.escape, titles))})"
    )


@functools.cache
def _japanese_surnames() -> dict[str, str]:
    return {row["spelling"]: row["surname"] for row in reference.rows("surnames_ja.csv")}


def _japanese_titled(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, romanised surname) of people a Japanese title names ("外務省の吉田朋之外務報道官は")."""
    for m in _japanese_titled_pattern().finditer(text, start, end):
        group = "long" if m.group("long") else "short"
        yield m.start(), m.end("name"), _japanese_surnames()[m.group(group)]


ROMANISATION = Path(__file__).parent / "data" / "romanisation.csv"
_CYRILLIC_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]{2,}(?![\w-])")


@functools.cache
def _romanisation(system: str) -> dict[str, str]:
    """Cyrillic -> Latin letters (data/romanisation.csv): BGN/PCGN for Russian names; for Japanese
    names written in Russian (Polivanov: "Кисида", "Хаяси") the Hepburn letters where they differ."""
    with ROMANISATION.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    table = {row["cyrillic"]: row["latin"] for row in rows if row["system"] == "bgn"}
    if system == "japanese":
        table.update((row["cyrillic"], row["latin"]) for row in rows if row["system"] == "polivanov")
    return table


def romanise(word: str, system: str = "bgn") -> str:
    """A Cyrillic word in Latin letters, the longest table entry first ("дзи" before "дз")."""
    table, word, out, i = _romanisation(system), word.lower(), [], 0
    while i < len(word):
        n = next((n for n in (3, 2, 1) if word[i : i + n] in table), 0)
        out.append(table[word[i : i + n]] if n else word[i])
        i += n or 1
    return "".join(out)


@functools.cache
def _morph():
    """pymorphy3's Russian analyser, loaded (~0.4 s) only when a Russian text names someone."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=8192)
def cyrillic_surname(word: str) -> str | None:
    """The table surname a Russian-text word declines ("Моргуловым", "Кисиды", "Захаровой", "Маэхара"):
    its dictionary forms by pymorphy3, romanised as a Russian and as a Japanese name."""
    forms = {word.lower()}
    for parse in _morph().parse(word):
        forms.add(parse.normal_form)
        if {"Surn", "femn"} <= parse.tag.grammemes and (nominative := parse.inflect({"nomn"})):
            forms.add(nominative.word)  # "Захаровой" -> "захарова", not the masculine "захаров"
    surnames = _latin_surnames()
    return next((surnames[r] for form in sorted(forms) for system in ("bgn", "japanese")
                 if (r := romanise(form, system)) in surnames), None)


def _adjective(word: str) -> bool:
    """A Russian word that reads only as an adjective ("Белый дом", "Белого"): alone, not the surname
    spelled the same (ambassador Bely), which a given name or a title before it still names."""
    return all(parse.tag.POS in {"ADJF", "ADJS", "COMP", "PRTF"} for parse in _morph().parse(word))


@functools.cache
def _latin_surnames() -> dict[str, str]:
    return {surname.lower(): surname for surname in _by_surname() if len(surname) >= 3}


RUSSIAN_TITLES = "titles_ru.csv"


def _title_stems() -> list[str]:
    rows = reference.rows(RUSSIAN_TITLES)
    return sorted({stem for row in rows for stem in reference.cell_list(row["stems"])}, key=len, reverse=True)


def _title_stem_pattern(stems: list[str]) -> re.Pattern[str]:
    """A word that may be a title ("послу", "вице-премьеров", "губернатор"): it starts with a stem every
    case form of a title in titles_ru.csv keeps; its lemma confirms it (the cheap test comes first)."""
    return re.compile(r"(?<![\w-])(?i:" + "|".join(map(re.escape, stems)) + r")[а-яё-]*")


_RU_TITLE_STEMS = _title_stems()
_RU_TITLE_STEM = _title_stem_pattern(_RU_TITLE_STEMS)
# every case of the stems' first letters, which re skips to in C: a paragraph with none (an English one)
# is spared the case-blind scan above, which re tries at every word start
_RU_TITLE_OPENING = re.compile(first_characters(stem[0] for stem in _RU_TITLE_STEMS))
_RU_WORD = re.compile(r"[А-ЯЁа-яё][а-яё-]*|[^\s\w]")


@functools.cache
def _russian_titles() -> frozenset[str]:
    return frozenset(row["lemma"] for row in reference.rows(RUSSIAN_TITLES))


@functools.lru_cache(maxsize=4096)
def _is_russian_title(word: str) -> bool:
    return any(parse.normal_form in _russian_titles() for parse in _morph().parse(word))


@functools.lru_cache(maxsize=8192)
def _given_name(word: str) -> str | None:
    """'ru' for a Russian first name ("Михаил"), 'ja' for a word the Russian dictionary does not know
    (a Japanese given name: "Тоёхисе", "Эиити"), None for any other word ("Токио", "России")."""
    parses = _morph().parse(word)
    if any("Name" in parse.tag and parse.is_known for parse in parses[:2]):
        return "ru"
    return "ja" if not any(parse.is_known for parse in parses) else None


def _nominative_surname(word: str, given: str) -> str:
    """A surname in the nominative: "Галузина" -> "Галузин", "Хуснуллина" -> "Хуснуллин"; a Japanese
    name keeps its letters but for the feminine-like endings Russian gives it ("Хасэгавой")."""
    if given == "ja":
        for ending, nominative in (("ой", "а"), ("ы", "а")):
            if word.endswith(ending) and len(word) > 4:
                return word[: -len(ending)] + nominative
        # "Суги", "Суге", "Сугу" (Suga's genitive after г, dative, accusative): the -а name when the table
        # has it; a name that ends so in the nominative ("Мотэги") keeps its letters
        if word[-1:] in "иеу" and romanise(word, "japanese") not in _latin_surnames():
            nominative = word[:-1] + "а"
            if romanise(nominative, "japanese") in _latin_surnames():
                return nominative
        return word
    for parse in _morph().parse(word):
        if "Surn" in parse.tag and (nominative := parse.inflect({"nomn", "sing"})):
            return nominative.word.capitalize()
    for parse in _morph().parse(word):  # a surname declined as an adjective: "Михаила Белого"
        if "ADJF" in parse.tag and (nominative := parse.inflect({"nomn", "sing", "masc"})):
            return nominative.word.capitalize()
    return word


def _russian_titled(text: str, start: int, end: int) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, surname, full name) of people a Russian title introduces: "посол России в Токио Михаил
    Галузин", "вице-премьеров Марата Хуснуллина и Дмитрия Григоренко". The name is the first given
    name and surname within six words of the title; a sentence mark ends the search."""
    for title in _RU_TITLE_STEM.finditer(text, start, end):
        if not _is_russian_title(title.group()):
            continue
        words = list(_RU_WORD.finditer(text, title.end(), min(end, title.end() + 160)))[:10]
        i = 0
        while i < len(words) - 1 and i <= 6:
            first, second = words[i].group(), words[i + 1].group()
            if not first[0].isalpha() and first not in ",":
                break
            given = first[0].isupper() and second[0].isupper() and _given_name(first)
            if not given:
                i += 1
                continue
            surname = _nominative_surname(second, given)
            system = "bgn" if given == "ru" else "japanese"
            yield (words[i + 1].start(), words[i + 1].end(), romanise(surname, system).capitalize(),
                   f"{first} {second}")
            # "Марата Хуснуллина и Дмитрия Григоренко": a second name joined by "и"
            joined = i + 4 < len(words) and words[i + 2].group() == "и"
            if joined and words[i + 3].group()[0].isupper() and words[i + 4].group()[0].isupper():
                if g2 := _given_name(words[i + 3].group()):
                    surname = _nominative_surname(words[i + 4].group(), g2)
                    yield (words[i + 4].start(), words[i + 4].end(),
                           romanise(surname, "bgn" if g2 == "ru" else "japanese").capitalize(),
                           f"{words[i + 3].group()} {words[i + 4].group()}")
            break


_RU_FULL_NAME = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])")


def _russian_full_names(text: str, start: int, end: int) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, surname, full name) of people named by a Russian first name and a surname with no
    title ("..., – сказал газете ВЗГЛЯД японист Валерий Кистанов"): the first name is one the Russian
    dictionary knows as a name, the second word a surname or a word it does not know."""
    for m in _RU_FULL_NAME.finditer(text, start, end):
        first, second = m.group(1), m.group(2)
        if _given_name(first) != "ru" or not _may_be_surname(second):
            continue
        surname = _nominative_surname(second, "ru")
        yield m.start(2), m.end(2), romanise(surname, "bgn").capitalize(), f"{first} {second}"


@functools.lru_cache(maxsize=8192)
def _may_be_surname(word: str) -> bool:
    parses = _morph().parse(word)
    return (any("Surn" in p.tag for p in parses[:3]) or not any(p.is_known for p in parses)
            or _RU_SURNAME_ENDING.search(word) is not None)


# "Стрельцов", "Стрельцова", "Лаврову", "Шойгу" aside: the endings of most Russian surnames in any case
_RU_SURNAME_ENDING = re.compile(
    r"(?:[оеё]в|[иы]н|[сц]ки[йх]|[сц]ко[йм]|[сц]кая|[сц]кую)(?:[аеу]|ой|ым|ом|ых)?$"
)


def find_named_people(text: str, start: int = 0, end: int | None = None) -> list[PersonMention]:
    """People named in text[start:end] by name (with or without a title), in order.

    Unlike role phrases these need nothing from the rest of the article, so an article's
    paragraphs are scanned for them once.
    """
    end = len(text) if end is None else min(len(text), end)
    start = max(0, start)
    if start >= end:
        return []
    found: list[PersonMention] = []
    taken = TakenSpans()
    free = taken.free

    def add(a: int, b: int, person: Person) -> None:
        found.append(PersonMention(a, b, text[a:b], person))
        taken.add(a, b)

    index = _name_index()
    for m in _name_pattern().finditer(text, start, end):
        if m.group().isupper() and len(m.group()) <= 3:
            continue
        add(m.start(), m.end(), index[m.group()])
    for m in _CYRILLIC_WORD.finditer(text, start, end):
        word = m.group()
        if free(m.start(), m.end()) and (surname := cyrillic_surname(word)) and not _adjective(word):
            add(m.start(), m.end(), _by_surname()[surname])
    titled = _russian_titled(text, start, end) if _RU_TITLE_OPENING.search(text, start, end) \
        and _RU_TITLE_STEM.search(text, start, end) else ()
    for a, b, surname, full_name in titled:
        if free(a, b):
            person = _by_surname().get(surname) or Person(surname, full_name, "official", None)
            add(a, b, person)
    cyrillic = _CYRILLIC_WORD.search(text, start, end) is not None
    for a, b, surname, full_name in _russian_full_names(text, start, end) if cyrillic else ():
        if free(a, b):
            add(a, b, _by_surname().get(surname) or Person(surname, full_name, "", None))
    if _UNSPACED_LETTER.search(text, start, end):
        for m in _japanese_name_pattern().finditer(text, start, end):
            if free(m.start(), m.end()):
                add(m.start(), m.end(), _by_surname()[japanese_names()[m.group()]])
        for a, b, surname in _japanese_titled(text, start, end):
            if free(a, b):
                add(a, b, _by_surname().get(surname) or Person(surname, text[a:b], "official", "JP"))
    has_surname = _surname_scan().search(text, start, end)  # a third of paragraphs have none
    for m in _titled_surname_pattern().finditer(text, start, end) if has_surname else ():
        a, b = m.span(1)
        if free(a, b):
            add(a, b, _by_surname()[m.group(1)])
    for m in _GENERIC_TITLED.finditer(text, start, end):
        a, b = m.span(1)
        if not free(a, b):
            continue
        tokens = m.group(1).split()
        if any(t.rstrip(".") in _NOT_NAME_WORDS for t in tokens):
            continue
        surname = surname_of(tokens)
        person = _by_surname().get(surname) or Person(surname, " ".join(tokens), _title_of(m.group()), None)
        add(a, b, person)
    for m in _titled_japanese_surname().finditer(text, start, end):
        a, b = m.span(1)
        if free(a, b):
            surname = m.group(1)
            add(a, b, _by_surname().get(surname) or Person(surname, surname, _title_of(m.group()), "JP"))
    for m in _NAME_ACTING.finditer(text, start, end):
        a, b = m.span(1)
        tokens = m.group(1).split()
        if not free(a, b) or any(t.rstrip(".") in _NOT_NAME_WORDS for t in tokens):
            continue
        if text.startswith(",", b) and m.group()[-1].isalpha() and text[max(0, a - 2):a] != ", ":
            continue  # ", says" after a name in apposition only ("The head of X, Tadashi Kato, says")
        surname = surname_of(tokens)
        add(a, b, _by_surname().get(surname) or Person(surname, " ".join(tokens), "", None))
    if _HONORIFIC_OPENING.search(text, start, end):
        for m in honorific_mentions(text, start, end, [(m.start, m.end) for m in found]):
            add(m.start, m.end, m.person)
    found.sort(key=lambda p: (p.start, p.end))
    return found


# "Mr Lukyanov", "Ms. Zakharova": an honorific before one capitalised word names a person by surname
# alone, as English news refers to someone it has named or assumes known.
_HONORIFIC_SURNAME = re.compile(rf"\b(?:Mr|Ms|Mrs)\.?\s+({_NAME_TOKEN})\b(?!\s+[A-Z])")
_HONORIFIC_OPENING = re.compile(r"\bM(?:r|s|rs)\b")
# Month and weekday names and English function words are never a person's surname met alone.
_NEVER_ALONE = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)


def honorific_mentions(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[PersonMention]:
    """People named by an honorific and a surname ("Mr Galuzin") whom the names already found miss."""
    found = []
    for m in _HONORIFIC_SURNAME.finditer(text, start, end):
        a, b = m.span(1)
        surname = m.group(1)
        if surname in _NOT_NAME_WORDS or surname in _NEVER_ALONE or any(x < b and a < y for x, y in taken):
            continue
        person = _by_surname().get(surname) or Person(surname, surname, "", None)
        found.append(PersonMention(a, b, surname, person))
    return found


def introduced_people(mentions: list[PersonMention]) -> dict[str, Person]:
    """Latin-script people that the article introduced by a full name ("Russian Ambassador Mikhail
    Galuzin", "Rahm Emanuel, the US ambassador", "Naoto Kan"), by surname: English news then refers to
    them by the surname alone ("Galuzin said", "Emanuel recalled", "Kan told parliament"). The table's
    people whose surname alone is safe anywhere are matched by the table already."""
    people: dict[str, Person] = {}
    for m in mentions:
        person = m.person
        if (person.surname not in _safe_alone() and " " in m.text.strip()
                and person.surname.isascii() and person.surname[:1].isupper() and len(person.surname) > 2
                and person.surname not in _NOT_NAME_WORDS and person.surname not in _NEVER_ALONE
                and person.surname.lower() not in english_function_words()):
            people.setdefault(person.surname, person)
    return people


@functools.cache
def _safe_alone() -> frozenset[str]:
    return frozenset(o.person.surname for o in _officials() if o.surname_alone)


def lone_surname_mentions(
    text: str, start: int, end: int, people: dict[str, Person], taken: list[tuple[int, int]]
) -> list[PersonMention]:
    """Each surname alone of ``introduced_people`` in text[start:end], outside the spans already taken,
    and not the first word of a longer name ("Galuzin", not "Galuzin Street" or "Anna Galuzin")."""
    if not people:
        return []
    pattern = _lone_surname_pattern(tuple(sorted(people)))
    found = []
    for m in pattern.finditer(text, start, end):
        a, b = m.span()
        before = _WORD_BEFORE.search(text, max(start, a - 40), a)
        if any(x < b and a < y for x, y in taken) or (before and _may_be_given_name(before.group(1))):
            continue
        found.append(PersonMention(a, b, m.group(), people[m.group()]))
    return found


@functools.lru_cache(maxsize=256)
def _lone_surname_pattern(surnames: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(s) for s in sorted(surnames, key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?:{alternation})(?![\w’'-])(?!\s+[A-Z][a-z])")


_WORD_BEFORE = re.compile(r"([A-Z][\w’'-]*)\s+$")


def _may_be_given_name(word: str) -> bool:
    """A capitalised word just before a surname that may be another person's given name ("Anna
    Galuzin"), unlike a title, a month or a sentence's first function word ("Ambassador Galuzin")."""
    return not (word in _NOT_NAME_WORDS or word in _NEVER_ALONE or word.lower() in english_function_words()
                or re.fullmatch(_GENERIC_TITLES, word))


@functools.cache
def _titled_japanese_surname() -> re.Pattern[str]:
    """A capitalised title and a common Japanese surname alone (``data/surnames_ja.csv``):
    "President Matsumoto of the League of Residents", "Mr Muto", "said spokesman Taniguchi"."""
    titles = [s for s in spellings(_GENERIC_TITLES) if s[:1].isupper()] + [
        "Mr", "Ms", "Mrs", "spokesman", "spokeswoman", "ambassador", "governor", "mayor"]
    surnames = sorted({row["surname"] for row in reference.rows("surnames_ja.csv")}, key=len, reverse=True)
    return guarded(
        rf"\b{literal_alternation(sorted(set(titles), key=len, reverse=True))}\.?\s+"
        rf"({literal_alternation(surnames)})(?![\w'’-])(?!\s+[A-Z])"
    )


def _role_mentions(
    text: str, start: int, end: int, known: set[str], year: int | None, taken: list[tuple[int, int]]
) -> list[PersonMention]:
    """Role phrases ("the Japanese premier") that resolve to a known person, outside ``taken``."""
    found: list[PersonMention] = []
    paragraph = text[start:end]
    present = {
        tail
        for word, tails in _role_tails_by_word().items()
        if word in paragraph
        for tail in tails
        if tail in paragraph
    }
    if not present:
        return found
    spans = TakenSpans(taken)
    known_people = [p for p in (_by_surname().get(s) for s in known) if p is not None]
    for pattern, office, country, tails in _role_patterns():
        if tails.isdisjoint(present):
            continue  # none of the phrase's last two words are in the paragraph
        for m in pattern.finditer(text, start, end):
            a, b = m.span()
            if not spans.free(a, b) or _INDEFINITE_BEFORE.search(text, max(0, a - 8), a):
                continue  # "a Russian premier" is any premier, not the one the article named
            person = resolve_role(office, country, known_people, year)
            if person is None and country is not None and year is not None:
                person = office_holder(office, country, year)  # "the Russian president" in 2016
            if person is not None:
                found.append(PersonMention(a, b, text[a:b], person))
                spans.add(a, b)
    return found


def _title_of(phrase: str) -> str:
    m = re.match(_GENERIC_TITLES, phrase)
    return m.group().rstrip(".") if m else ""


def resolve_role(
    office: str, country: str | None, known: list[Person], year: int | None = None
) -> Person | None:
    """The one known person who held ``office`` (of ``country``), or None when none or several did."""
    candidates = []
    for person in known:
        for term_office, term_country, first, last in person.terms:
            if office == "leader":
                ok = term_office in ("president", "pm")
            else:
                ok = term_office == office
            if not ok or (country is not None and term_country != country):
                continue
            if year is not None and not (first[0] <= year and (last is None or year <= last[0])):
                continue
            candidates.append(person)
            break
    unique = list(dict.fromkeys(candidates))
    if office == "leader" and len(unique) > 1:
        return None
    return unique[0] if len(unique) == 1 else None


def office_holder(office: str, country: str, year: int) -> Person | None:
    """The one person who held ``office`` of ``country`` throughout ``year``, or None."""
    if office == "leader":
        return None
    holders = [
        person
        for person in _people()
        for term_office, term_country, first, last in person.terms
        if term_office == office
        and term_country == country
        and first[0] <= year
        and (last is None or year <= last[0])
    ]
    unique = list(dict.fromkeys(holders))
    return unique[0] if len(unique) == 1 else None


# --- year bounds --------------------------------------------------------------------------------
@functools.cache
def _office_spellings() -> dict[str, str]:
    """Every spelling of an office title -> its kind: the first kind that has it, the one the
    alternation of all titles in table order would have matched."""
    kinds: dict[str, str] = {}
    for kind, regex in OFFICE_TITLES.items():
        for spelling in spellings(regex):
            kinds.setdefault(spelling, kind)
    return kinds


@functools.cache
def _bounds_pattern() -> re.Pattern[str]:
    offices = literal_alternation(_office_spellings())
    countries = sorted(COUNTRY_WORDS, key=len, reverse=True)
    names = sorted(_name_index_with_unsafe(), key=len, reverse=True)
    former = spellings("former|ex-|then-|then|late|Former|Ex-")
    # a phrase opens with a former, country or office word: the guard skips to their first letters
    return guarded(
        rf"(?P<former>\b(?:{'|'.join(map(re.escape, former))})\s*)?"
        rf"(?:(?P<country>{literal_alternation(countries)})\s+)?(?P<office>{offices})"
        rf"(?:\s+(?:of|to)\s+(?:the\s+)?"
        rf"(?P<country2>Japan|Russia|Russian Federation|the United States|China|Tokyo|Moscow))?,?\s+"
        rf"(?:[A-Z][\w'’.-]+\s+){{0,2}}?(?P<name>{literal_alternation(names)})(?![\w-])"
    )


@functools.cache
def _name_index_with_unsafe() -> dict[str, Person]:
    index = dict(_name_index())
    for person in _people():
        index.setdefault(person.surname, person)
    return index


@functools.lru_cache(maxsize=16)
def office_mentions(text: str) -> tuple[tuple[int, int, Person, str, bool], ...]:
    """(start, end, person, office kind, former) for each title+name phrase in ``text``.

    Cached: the year bounds and the term test of one article both scan the same text.
    """
    out = []
    for m in _bounds_pattern().finditer(text):
        if _NOT_HOLDER.search(text, max(0, m.start("office") - 20), m.start("office")):
            continue  # "Acting Ambassador", "Deputy Ambassador": not the office's holder, no term to read
        kind = _office_spellings()[m.group("office")]
        person = _name_index_with_unsafe()[m.group("name")]
        recalled = bool(_RECALLED_OFFICE.search(text, max(0, m.start() - 30), m.start()))
        out.append((m.start(), m.end(), person, kind, bool(m.group("former")) or recalled))
    return tuple(out)


_NOT_HOLDER = re.compile(r"(?i)\b(?:acting|deputy|vice|interim)[\s-]+\Z")
# "when he was president, Medvedev visited Kunashiri": an office recalled, like "former"
_RECALLED_OFFICE = re.compile(r"\b(?:when|while|back when)\s+(?:he|she)\s+was\s+(?:still\s+)?\Z",
                              re.IGNORECASE)


def office_term_test(text: str):
    """A test that a day falls within a term (to the month) of every office named in the present:
    "Prime Minister Shinzo Abe" holds for Sept 2006 - Sept 2007 and Dec 2012 - Sept 2020, not the
    years between, which the hull of office_year_bounds leaves open. None when no office is named."""
    spans: list[list[tuple[tuple[int, int], tuple[int, int] | None]]] = []
    for _a, _b, person, kind, former in office_mentions(text):
        terms = [(t[2], t[3]) for t in person.terms if t[0] == kind]
        if terms and not former:
            spans.append(terms)
    if not spans:
        return None

    verdicts: dict[tuple[int, int], bool] = {}  # the date inference asks about every day of a range

    def test(day) -> bool:
        ym = (day.year, day.month)
        verdict = verdicts.get(ym)
        if verdict is None:
            verdict = verdicts[ym] = all(
                any(start <= ym and (end is None or ym <= end) for start, end in terms) for terms in spans
            )
        return verdict

    return test


def office_year_bounds(text: str) -> tuple[int | None, int | None, str | None]:
    """Years a text must have been written in, from titles used with names in the present.

    "Foreign Minister Fumio Kishida" -> (2012, 2017, evidence). A person who held the office
    twice gives the hull of both terms; "former X" only says the first term had begun. Phrases
    that contradict the bounds found so far are ignored (a text can recall an old office).
    """
    low: int | None = None
    high: int | None = None
    evidence: list[str] = []
    for a, b, person, kind, former in office_mentions(text):
        terms = [t for t in person.terms if t[0] == kind]
        if not terms:
            continue
        first = min(t[2][0] for t in terms)
        if former:
            t_low, t_high = first, None
        else:
            ends = [t[3][0] if t[3] else None for t in terms]
            t_low, t_high = first, (None if None in ends else max(e for e in ends if e is not None))
        new_low = t_low if low is None else max(low, t_low)
        new_high = t_high if high is None else (high if t_high is None else min(high, t_high))
        if new_high is not None and new_low is not None and new_low > new_high:
            continue
        if (new_low, new_high) != (low, high):
            evidence.append(text[a:b])
        low, high = new_low, new_high
    if low is None and high is None:
        return None, None, None
    span = f"{low if low is not None else '?'}-{high if high is not None else '?'}"
    return low, high, f"office-holders' terms give {span}: " + "; ".join(f"'{e}'" for e in evidence)


@functools.cache
def person_spellings() -> dict[str, tuple[str, ...]]:
    """Every spelling the people table knows for each person, keyed by canonical surname (full
    names, other spellings, Japanese names), for the app's search; a Cyrillic name is read by
    ``cyrillic_surname`` instead, whatever its case ending."""
    names: dict[str, list[str]] = {}
    for spelling, person in _name_index_with_unsafe().items():
        names.setdefault(person.surname, []).append(spelling)
    for spelling, surname in japanese_names().items():
        names.setdefault(surname, []).append(spelling)
    return {surname: tuple(dict.fromkeys(spellings)) for surname, spellings in names.items()}
