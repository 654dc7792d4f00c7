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

The character sets and spellings are read off the parsed pattern itself (Python's own, private,
``re._parser``), so they cannot drift from the pattern. Should a Python change those internals,
``guarded`` leaves patterns unguarded (the same matches, only slower).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

try:  # the parser of Python's own re (3.11+)
    from re import _constants as _sre
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - another Python's internals
    _sre = _sre_parser = None

__all__ = ["first_char_guard", "guarded", "literal_alternation", "lowercased", "spellings"]

_GLOBAL_FLAGS = re.compile(r"^(?:\(\?[aiLmsux]+\))+")  # must stay at the very start of a pattern


def first_char_guard(pattern: str, flags: int = 0) -> str:
    """A zero-width lookahead for the characters a match of ``pattern`` can start with, or "" when
    that set cannot be read off the pattern (a wildcard, a negated set, or a match may be empty).

    Lookarounds and ``\\b`` are skipped (they consume nothing); case-blind parts keep their own
    case-blind class.
    """
    if _sre_parser is None:
        return ""
    try:
        tree = _sre_parser.parse(pattern, flags)
        chars: tuple[set[str], set[str]] = (set(), set())  # (case-sensitive, case-blind) class items
        if _first_items(list(tree), tree.state.flags, chars) is not False:
            return ""
    except Exception:  # noqa: BLE001 - private internals that may change: then no guard, same matches
        return ""
    classes = ["[" + "".join(sorted(items)) + "]" for items in chars]
    parts = [c for c, items in zip((classes[0], f"(?i:{classes[1]})"), chars, strict=True) if items]
    return "(?=" + "|".join(parts) + ")"


def _first_items(items: list, flags: int, out: tuple[set[str], set[str]]) -> bool | None:
    """Add the class items a sequence of parsed nodes can start with to ``out``; True when the
    sequence can match empty, None when its first character is not a plain set."""
    blind = bool(flags & re.IGNORECASE)
    categories = {
        _sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s",
        _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W",
    }
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width
        if op is _sre.LITERAL:
            out[blind].add(re.escape(chr(av)))
            return False
        if op is _sre.IN:
            for item, value in av:
                if item is _sre.LITERAL:
                    out[blind].add(re.escape(chr(value)))
                elif item is _sre.RANGE:
                    out[blind].add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
                elif item is _sre.CATEGORY and value in categories:
                    out[blind].add(categories[value])
                else:
                    return None  # a negated class or another category
            return False
        if op is _sre.BRANCH:
            empty = False
            for alternative in av[1]:
                found = _first_items(list(alternative), flags, out)
                if found is None:
                    return None
                empty = empty or found
            if not empty:
                return False
        elif op is _sre.SUBPATTERN:
            _group, add, remove, sub = av
            found = _first_items(list(sub), (flags | add) & ~remove, out)
            if found is not True:
                return found
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            least, _most, sub = av
            found = _first_items(list(sub), flags, out)
            if found is None:
                return None
            if least > 0 and not found:
                return False
        else:
            return None
    return True


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
    if _sre_parser is None:  # pragma: no cover - another Python's internals
        raise ValueError("this Python's re internals are unknown")

    def expand(items) -> list[str]:
        out = [""]
        for op, av in items:
            if op is _sre.LITERAL:
                options = [chr(av)]
            elif op is _sre.IN and all(o in (_sre.LITERAL, _sre.RANGE) for o, _a in av):
                options = [chr(c) for o, a in av
                           for c in ([a] if o is _sre.LITERAL else range(a[0], a[1] + 1))]
            elif op is _sre.BRANCH:
                options = [s for branch in av[1] for s in expand(branch)]
            elif op is _sre.SUBPATTERN and not av[1] and not av[2]:  # a group without flags
                options = expand(av[3])
            elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[:2] in ((0, 1), (1, 1)):
                inner = expand(av[2])
                if av[0] == 1:
                    options = inner
                else:  # greedy "?" tries with the item first, lazy "??" without
                    options = inner + [""] if op is _sre.MAX_REPEAT else ["", *inner]
            else:
                raise ValueError(f"not a finite regex of literals: {regex!r} ({op})")
            out = [a + b for a in out for b in options]
        return out

    parsed = _sre_parser.parse(regex)
    if parsed.state.flags & re.IGNORECASE:  # the spellings would miss other cases
        raise ValueError(f"not a finite regex of literals: {regex!r} (flags)")
    return list(dict.fromkeys(expand(parsed)))
