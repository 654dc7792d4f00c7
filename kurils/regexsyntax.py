"""A reader of Python's regular-expression syntax into a small tree, for ``fastre``.

Why: ``fastre`` needs the characters a pattern can begin with, and the strings a finite pattern
spells. Python's own parser (``re._parser``) is private and may change under us, so this module
reads the syntax itself, following the ``re`` documentation. What it does not know (a verbose
pattern, a conditional group) it refuses with ``RegexSyntaxError``, and ``fastre`` then leaves the
pattern as it is: the same matches, only scanned slower.

The tree:
- ``Lit(char, blind)``: one character; ``blind`` when case-insensitive there;
- ``CharSet(items, negated, blind)``: a class; items are ``("char", c)``, ``("range", a, b)`` or
  ``("category", r"\\d")``;
- ``Zero()``: an assertion that consumes nothing (``\\b``, ``^``, a lookaround);
- ``Opaque()``: anything that consumes text in a way this module does not describe (``.``, a
  backreference, an atomic group);
- ``Branch(alternatives)``, ``Group(items, add, remove)``, ``Repeat(items, least, most, lazy)``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

__all__ = [
    "Branch", "CharSet", "Group", "Lit", "Opaque", "RegexSyntaxError", "Repeat", "Zero", "parse",
]

UNBOUNDED = -1
CATEGORIES = "dDsSwW"
ASSERTION_ESCAPES = "bBAZ"
CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "0": "\0"}
FLAG_LETTERS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE,
                "a": re.ASCII, "u": re.UNICODE, "L": re.LOCALE}
LEADING_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")
QUANTIFIER = re.compile(r"\{(\d*)(,?)(\d*)\}")
# a run of characters that read as themselves: none opens a construct, ends one or repeats the one before
PLAIN_RUN = re.compile(r"[^\\()\[\]|.^$*+?{]{2,}")


class RegexSyntaxError(ValueError):
    """A pattern this reader does not describe (or that is not a valid pattern)."""


@dataclass(frozen=True)
class Lit:
    char: str
    blind: bool


@dataclass(frozen=True)
class CharSet:
    items: tuple
    negated: bool
    blind: bool


@dataclass(frozen=True)
class Zero:
    pass


@dataclass(frozen=True)
class Opaque:
    pass


@dataclass(frozen=True)
class Branch:
    alternatives: tuple


@dataclass(frozen=True)
class Group:
    items: tuple
    add: int
    remove: int


@dataclass(frozen=True)
class Repeat:
    items: tuple
    least: int
    most: int
    lazy: bool


@dataclass(frozen=True)
class Parsed:
    items: tuple
    flags: int


def parse(pattern: str, flags: int = 0) -> Parsed:
    """The tree of ``pattern`` and its flags (those given plus a leading ``(?i)``-style group)."""
    flags |= _leading_flags(pattern)
    if flags & re.VERBOSE:
        raise RegexSyntaxError("verbose patterns are not read")
    reader = _Reader(pattern)
    items = reader.sequence(int(flags), top=True)  # (a plain int: RegexFlag's operators are slow)
    if reader.pos != len(pattern):
        raise RegexSyntaxError(f"unbalanced parenthesis at {reader.pos}")
    return Parsed(tuple(items), flags)


def _leading_flags(pattern: str) -> int:
    flags, pos = 0, 0
    while found := LEADING_FLAGS.match(pattern, pos):
        flags |= _flag_bits(found.group(1))
        pos = found.end()
    return flags


class _Reader:
    """A cursor over the pattern text; each method reads one construct."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def peek(self, width: int = 1) -> str:
        return self.text[self.pos:self.pos + width]

    def take(self, width: int = 1) -> str:
        chunk = self.text[self.pos:self.pos + width]
        if len(chunk) < width:
            raise RegexSyntaxError("pattern ends early")
        self.pos += width
        return chunk

    def sequence(self, flags: int, top: bool = False) -> list:
        """Alternatives up to a closing parenthesis (left unread), as one Branch if there are several."""
        alternatives = [self.concatenation(flags)]
        while self.peek() == "|":
            self.take()
            alternatives.append(self.concatenation(flags))
        if not top and self.peek() != ")":
            raise RegexSyntaxError("missing )")
        if len(alternatives) == 1:
            return alternatives[0]
        return [Branch(tuple(tuple(a) for a in alternatives))]

    def concatenation(self, flags: int) -> list:
        items: list = []
        blind = bool(flags & re.IGNORECASE)
        text, end = self.text, len(self.text)
        while self.pos < end and text[self.pos] not in "|)":
            run = PLAIN_RUN.match(text, self.pos)
            if run is not None:  # all but its last character at once (a quantifier may follow the last)
                items += [_literal(char, blind) for char in text[self.pos:run.end() - 1]]
                self.pos = run.end() - 1
            atom = self.atom(flags)
            if atom is None:
                continue  # a comment or the leading flags
            items.append(self.quantified(atom))
        return items

    def quantified(self, atom):
        bounds = self.quantifier()
        if bounds is None:
            return atom
        least, most = bounds
        lazy = self.peek() == "?"
        if lazy or self.peek() == "+":
            self.take()  # "+" makes a possessive repeat: the same characters can start it
        return Repeat((atom,), least, most, lazy)

    def quantifier(self) -> tuple[int, int] | None:
        char = self.peek()
        if char in ("*", "+", "?") and char:
            self.take()
            return {"*": (0, UNBOUNDED), "+": (1, UNBOUNDED), "?": (0, 1)}[char]
        found = QUANTIFIER.match(self.text, self.pos) if char == "{" else None
        if found is None or not (found.group(1) or found.group(3)):
            return None  # a "{" that is no quantifier is a literal
        self.pos = found.end()
        least = int(found.group(1) or 0)
        if not found.group(2):
            return least, least
        return least, int(found.group(3)) if found.group(3) else UNBOUNDED

    def atom(self, flags: int):
        char = self.take()
        blind = bool(flags & re.IGNORECASE)
        if char == "(":
            return self.group(flags)
        if char == "[":
            return self.char_set(blind)
        if char == "\\":
            return self.escape(blind)
        if char in "^$":
            return Zero()
        if char == ".":
            return Opaque()
        if char in "*+?":
            raise RegexSyntaxError(f"nothing to repeat at {self.pos - 1}")
        return _literal(char, blind)

    def escape(self, blind: bool):
        char = self.take()
        if char in ASSERTION_ESCAPES:
            return Zero()
        if char in CATEGORIES:
            return CharSet((("category", "\\" + char),), False, blind)
        if char.isdigit() and char != "0":
            return Opaque()  # a backreference
        return Lit(self.escaped_char(char), blind)

    def escaped_char(self, char: str) -> str:
        if char in CHAR_ESCAPES:
            return CHAR_ESCAPES[char]
        widths = {"x": 2, "u": 4, "U": 8}
        if char in widths:
            return chr(int(self.take(widths[char]), 16))
        if char.isascii() and char.isalnum():
            raise RegexSyntaxError(f"unknown escape \\{char}")
        return char

    def char_set(self, blind: bool) -> CharSet:
        negated = self.peek() == "^"
        if negated:
            self.take()
        items: list = []
        first = True
        while first or self.peek() != "]":
            if not self.peek():
                raise RegexSyntaxError("unterminated character set")
            items.append(self.set_item())
            first = False
        self.take()
        return CharSet(tuple(items), negated, blind)

    def set_item(self) -> tuple:
        start = self.set_char()
        if start[0] == "char" and self.peek() == "-" and self.peek(2) not in ("-]", "-"):
            self.take()
            end = self.set_char()
            if end[0] != "char":
                raise RegexSyntaxError("bad character range")
            return ("range", start[1], end[1])
        return start

    def set_char(self) -> tuple:
        char = self.take()
        if char != "\\":
            return ("char", char)
        char = self.take()
        if char in CATEGORIES:
            return ("category", "\\" + char)
        if char == "b":
            return ("char", "\b")
        return ("char", self.escaped_char(char))

    def group(self, flags: int):
        if self.peek() != "?":
            return self.group_body(flags, 0, 0)
        self.take()
        kind = self.take()
        if kind == ":":
            return self.group_body(flags, 0, 0)
        if kind == "P":
            return self.named_group(flags)
        if kind in "=!":
            self.group_body(flags, 0, 0)
            return Zero()
        if kind == "<" and self.peek() in ("=", "!"):
            self.take()
            self.group_body(flags, 0, 0)
            return Zero()
        if kind == "#":
            end = self.text.find(")", self.pos)
            if end < 0:
                raise RegexSyntaxError("unterminated comment")
            self.pos = end + 1
            return None
        if kind == ">":
            self.group_body(flags, 0, 0)
            return Opaque()  # an atomic group: left undescribed
        return self.flag_group(flags, kind)

    def named_group(self, flags: int):
        kind = self.take()
        end = self.text.find(">" if kind == "<" else ")", self.pos)
        if kind not in "<=" or end < 0:
            raise RegexSyntaxError("bad named group")
        self.pos = end + 1
        if kind == "=":
            return Opaque()  # a backreference by name
        return self.group_body(flags, 0, 0)

    def flag_group(self, flags: int, first: str):
        found = re.compile(r"([aiLmsux]*)(?:-([imsx]+))?([:)])").match(self.text, self.pos - 1)
        if found is None:
            raise RegexSyntaxError(f"unknown group (?{first} at {self.pos}")
        self.pos = found.end()
        add = _flag_bits(found.group(1))
        remove = _flag_bits(found.group(2) or "")
        if found.group(3) == ")":
            return None  # leading flags, already read by parse()
        return self.group_body(flags, add, remove)

    def group_body(self, flags: int, add: int, remove: int) -> Group:
        inner = (flags | add) & ~remove
        if inner & re.VERBOSE:
            raise RegexSyntaxError("verbose groups are not read")
        items = self.sequence(inner)
        self.take()  # ")"
        return Group(tuple(items), add, remove)


@functools.cache
def _literal(char: str, blind: bool) -> Lit:
    """One Lit per character and case mode (they are immutable): start-up reads ~40,000 of them."""
    return Lit(char, blind)


def _flag_bits(letters: str) -> int:
    bits = 0
    for letter in letters:
        bits |= FLAG_LETTERS[letter]
    return bits
