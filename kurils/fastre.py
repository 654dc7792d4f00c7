"""Regular expressions in a shape Python's ``re`` scans fast, with the same matches.

Why: ``re`` tries a pattern at every position of a text unless the pattern opens with a literal,
a character set, or an alternation whose branches all open with a literal: then it skips ahead,
in C, to the characters that can begin a match. A pattern opening with ``\\b``, a lookbehind or
a big (worse, case-blind) alternation loses that, and on the parser's scans it cost ~3-10x.

- ``guarded`` puts a zero-width lookahead for a pattern's possible first characters in front;
- ``literal_alternation`` writes an alternation of strings grouped by first character, with a
  one-character lookbehind moved after that character;
- ``lowercased`` turns a case-blind pattern into a plain one for text lowered first (a plain scan
  is ~2x faster than IGNORECASE);
- ``spellings`` lists the strings a finite regex matches, in the order ``re`` tries them, so a
  hand-written regex of titles can become a ``literal_alternation``.

The character sets and spellings are read off the pattern itself (by ``regexsyntax``, a reader of
the syntax the ``re`` documentation gives), so they cannot drift from the pattern. A pattern it
does not read is left unguarded (the same matches, only slower).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from kurils.regexsyntax import (
    Branch,
    CharSet,
    Group,
    Lit,
    RegexSyntaxError,
    Repeat,
    Zero,
    parse,
)

__all__ = [
    "first_char_guard", "first_characters", "guarded", "literal_alternation", "lowercased", "opening_scan",
    "spellings",
]

_GLOBAL_FLAGS = re.compile(r"^(?:\(\?[aiLmsux]+\))+")  # must stay at the very start of a pattern


@functools.cache  # (pure; ``guarded`` and ``opening_scan`` ask for the same patterns' guards)
def first_char_guard(pattern: str, flags: int = 0) -> str:
    """A zero-width lookahead for the characters a match of ``pattern`` can start with, or "" when
    that set cannot be read off the pattern (a wildcard, a negated set, or a match may be empty).

    Lookarounds and ``\\b`` are skipped (they consume nothing); case-blind parts keep their own
    case-blind class.
    """
    try:
        parsed = parse(pattern, flags)
    except RegexSyntaxError:
        return ""
    chars: tuple[set[str], set[str]] = (set(), set())  # (case-sensitive, case-blind) class items
    if _first_items(parsed.items, chars) is not False:
        return ""
    classes = ["[" + "".join(sorted(items)) + "]" for items in chars]
    parts = [c for c, items in zip((classes[0], f"(?i:{classes[1]})"), chars, strict=True) if items]
    return "(?=" + "|".join(parts) + ")"


def _first_items(items, out: tuple[set[str], set[str]]) -> bool | None:
    """Add the class items a sequence of nodes can start with to ``out``; True when the sequence
    can match empty, None when its first character is not a plain set."""
    for node in items:
        if isinstance(node, Zero):
            continue  # consumes nothing
        if isinstance(node, Lit):
            out[node.blind].add(re.escape(node.char))
            return False
        if isinstance(node, CharSet):
            return _set_items(node, out)
        if isinstance(node, Branch):
            empty = False
            for alternative in node.alternatives:
                found = _first_items(alternative, out)
                if found is None:
                    return None
                empty = empty or found
            if not empty:
                return False
        elif isinstance(node, Group):
            found = _first_items(node.items, out)
            if found is not True:
                return found
        elif isinstance(node, Repeat):
            found = _first_items(node.items, out)
            if found is None:
                return None
            if node.least > 0 and not found:
                return False
        else:  # Opaque: any character, a backreference...
            return None
    return True


def _set_items(node: CharSet, out: tuple[set[str], set[str]]) -> bool | None:
    """A class's items as class text (False: it consumes one character), None when negated."""
    if node.negated:
        return None
    for item in node.items:
        if item[0] == "char":
            out[node.blind].add(re.escape(item[1]))
        elif item[0] == "range":
            out[node.blind].add(re.escape(item[1]) + "-" + re.escape(item[2]))
        else:
            out[node.blind].add(item[1])
    return False


def guarded(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled with its first-character guard in front (same matches, found faster).

    A compiled pattern keeps its flags, and comes back as it is when no guard can be read.
    """
    if isinstance(pattern, re.Pattern):
        source, flags = pattern.pattern, pattern.flags
    else:
        source = pattern
    guard = first_char_guard(source, flags) if isinstance(source, str) else ""
    if not guard:
        return pattern if isinstance(pattern, re.Pattern) else re.compile(source, flags)
    lead = _GLOBAL_FLAGS.match(source)
    lead_text = lead.group() if lead else ""
    return re.compile(f"{lead_text}{guard}(?:{source[len(lead_text):]})", flags)


def opening_scan(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """A scan for the characters a match of ``pattern`` can start with, which ``re`` runs in C: where it
    finds none in a stretch of text, no match of ``pattern`` starts there (a Russian pattern in an
    English sentence). None when that set cannot be read off the pattern or has case-blind parts."""
    guard = first_char_guard(pattern, flags)
    if not guard or "(?i:" in guard:
        return None
    return re.compile(guard[len("(?="):-1])  # the one class inside the lookahead


# characters other than a letter's own cases that a case-blind letter matches in Python's re: the four
# the re docs name for ASCII letters, and Cyrillic Extended-C (old variant forms of в д о с т ъ ѣ ꙋ);
# tests check against every code point that the sets built with it miss none
_OTHER_CASES = "\u0130\u0131\u017f\u212a\u1c80-\u1c8f"


def first_characters(firsts: Iterable[str]) -> str:
    """A case-sensitive regex set of every character a case-blind match of one of ``firsts`` can be
    (a set ``re`` skips to in C, where a case-blind pattern is tried at every position)."""
    cases = sorted({c for first in firsts for c in (first, first.lower(), first.upper(), first.title())
                    if len(c) == 1})
    return "[" + "".join(map(re.escape, cases)) + _OTHER_CASES + "]"


def lowercased(pattern: str) -> str:
    """A case-blind pattern for text lowered first: the same matches, scanned case-sensitively.

    An escape like ``\\S`` or a group name in capitals would change meaning when lowered, so
    such a pattern is refused (ValueError); named groups keep their ``(?P<`` / ``(?P=``.
    """
    if re.search(r"\\[A-Z]|\(\?P<[^>]*[A-Z]", pattern):
        raise ValueError(f"an escape or group name would change case: {pattern[:60]}")
    return pattern.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")


def literal_alternation(strings: Iterable[str], not_after: str | None = None) -> str:
    """A regex alternation of ``strings`` tried in the given order, like ``(?<!not_after)(?:a|b|...)``.

    The branches are grouped by first character (strings that differ there never compete, so
    the order that matters, within a group, is kept), and the lookbehind ``not_after`` (a
    one-character class) is checked just after that character, where it costs nothing.
    """
    groups: dict[str, list[str]] = {}
    for s in strings:
        groups.setdefault(s[0], []).append(re.escape(s[1:]))
    guard = rf"(?<!{not_after}[\s\S])" if not_after else ""
    return "(?:" + "|".join(f"{re.escape(c)}{guard}(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"


def spellings(regex: str) -> list[str]:
    """Every string a finite regex (literals, classes, ``|``, groups, ``?``) matches, in the order
    ``re`` tries them, so that ``literal_alternation(spellings(r))`` matches as ``r`` does.

    Raises ValueError for anything else (a repeat, a case-blind flag, a category...).
    """
    try:
        parsed = parse(regex)
    except RegexSyntaxError as error:
        raise ValueError(f"not a finite regex of literals: {regex!r} ({error})") from None
    if parsed.flags & re.IGNORECASE:  # the spellings would miss other cases
        raise ValueError(f"not a finite regex of literals: {regex!r} (flags)")
    return list(dict.fromkeys(_expand(parsed.items, regex)))


def _expand(items, regex: str) -> list[str]:
    """The strings a sequence of nodes spells, in the order ``re`` tries them."""
    out = [""]
    for node in items:
        options = _options(node, regex)
        out = [a + b for a in out for b in options]
    return out


def _options(node, regex: str) -> list[str]:
    if isinstance(node, Lit) and not node.blind:
        return [node.char]
    if isinstance(node, CharSet) and not node.negated and not node.blind \
            and all(item[0] in ("char", "range") for item in node.items):
        return [chr(c) for item in node.items
                for c in ([ord(item[1])] if item[0] == "char" else range(ord(item[1]), ord(item[2]) + 1))]
    if isinstance(node, Branch):
        return [s for alternative in node.alternatives for s in _expand(alternative, regex)]
    if isinstance(node, Group) and not node.add and not node.remove:
        return _expand(node.items, regex)
    if isinstance(node, Repeat) and (node.least, node.most) in ((0, 1), (1, 1)):
        inner = _expand(node.items, regex)
        if node.least == 1:
            return inner
        return ["", *inner] if node.lazy else inner + [""]  # greedy "?" tries with the item first
    raise ValueError(f"not a finite regex of literals: {regex!r} ({type(node).__name__})")
