"""The regex syntax reader behind fastre: its tree, and guards that keep every match (public re only)."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kurils.fastre import first_char_guard, guarded, opening_scan, spellings
from kurils.regexsyntax import (
    Branch,
    CharSet,
    Group,
    Lit,
    Opaque,
    RegexSyntaxError,
    Repeat,
    Zero,
    parse,
)


@pytest.mark.parametrize(("pattern", "first"), [
    ("abc", Lit("a", False)),
    (r"\d+", Repeat((CharSet((("category", r"\d"),), False, False),), 1, -1, False)),
    ("[^a]", CharSet((("char", "a"),), True, False)),
    ("[a-c-]", CharSet((("range", "a", "c"), ("char", "-")), False, False)),
    ("[]a]", CharSet((("char", "]"), ("char", "a")), False, False)),
    (r"\b", Zero()),
    ("(?<!x)", Zero()),
    ("(?=y)", Zero()),
    (".", Opaque()),
    (r"(a)\1", Group((Lit("a", False),), 0, 0)),
    ("(?i:k)", Group((Lit("k", True),), re.IGNORECASE, 0)),
    ("a|b", Branch(((Lit("a", False),), (Lit("b", False),)))),
    ("x{2,}?", Repeat((Lit("x", False),), 2, -1, True)),
    ("{", Lit("{", False)),
    (r"\u00e9", Lit("é", False)),
])
def test_parse_reads_each_construct(pattern, first):
    assert parse(pattern).items[0] == first


@pytest.mark.parametrize(("pattern", "items"), [
    ("abc", (Lit("a", False), Lit("b", False), Lit("c", False))),
    ("abc?", (Lit("a", False), Lit("b", False), Repeat((Lit("c", False),), 0, 1, False))),
    ("ab{2}", (Lit("a", False), Repeat((Lit("b", False),), 2, 2, False))),
    ("ab{x", (Lit("a", False), Lit("b", False), Lit("{", False), Lit("x", False))),
    ("a b.", (Lit("a", False), Lit(" ", False), Lit("b", False), Opaque())),
    ("(?i)kß+", (Lit("k", True), Repeat((Lit("ß", True),), 1, -1, False))),
])
def test_a_run_of_plain_characters_reads_as_one_literal_each(pattern, items):
    """(read a run at a time: only its last character can take a quantifier)"""
    assert parse(pattern).items == items


def test_leading_flags_apply_to_the_whole_pattern():
    parsed = parse("(?i)ab")
    assert parsed.flags & re.IGNORECASE
    assert parsed.items == (Lit("a", True), Lit("b", True))


@pytest.mark.parametrize("pattern", ["(?x) a b", "(?(1)a|b)", r"\q", "(a", "[a", r"a\N{DASH}"])
def test_what_it_does_not_read_is_refused_and_left_unguarded(pattern):
    with pytest.raises(RegexSyntaxError):
        parse(pattern)
    assert first_char_guard(pattern) == ""


@pytest.mark.parametrize(("regex", "strings"), [
    (r"Mr\.?", ["Mr.", "Mr"]),
    (r"Mr\.??", ["Mr", "Mr."]),
    ("(?:Prime |Foreign )?Minister", ["Prime Minister", "Foreign Minister", "Minister"]),
    ("[ab]c", ["ac", "bc"]),
])
def test_spellings_in_the_order_re_tries_them(regex, strings):
    assert spellings(regex) == strings


@pytest.mark.parametrize("regex", ["(?i)mr", "a*", r"\d", ".", r"\ba"])
def test_spellings_refuse_what_is_not_a_finite_list(regex):
    with pytest.raises(ValueError):
        spellings(regex)


_ATOMS = ["a", "b", "A", "K", r"\.", r"\d", r"\w", r"\s", "[ab]", "[a-c]", "[^a]", ".", r"\b", "(?<!x)",
          "(?=y)", "(?!a)", r"[\w-]", "é", "ж", r"\-", "x{2}", "{", "ſ", "\u212a", "^", "$"]


@st.composite
def _patterns(draw, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.integers(0, 9)) if depth < 3 else 0
        if kind <= 5:
            part = draw(st.sampled_from(_ATOMS))
        elif kind <= 7:
            part = f"(?:{draw(_patterns(depth + 1))}|{draw(_patterns(depth + 1))})"
        elif kind == 8:
            part = f"(?i:{draw(_patterns(depth + 1))})"
        else:
            part = f"({draw(_patterns(depth + 1))}|)"
        parts.append(part + draw(st.sampled_from(["", "", "", "*", "+", "?", "??", "{0,2}", "{1,}"])))
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(pattern=_patterns(), blind=st.booleans(),
       text=st.text(alphabet="aAbBKkxyz.-é ſ\u212aжЖ0129_\n", max_size=40))
def test_a_guard_keeps_every_match(pattern, blind, text):
    flags = re.IGNORECASE if blind else 0
    try:
        plain = re.compile(pattern, flags)
    except re.error:  # e.g. a repeated repeat: not a pattern at all
        assume(False)
    fast = guarded(pattern, flags)
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)
    ]


@pytest.mark.parametrize(("pattern", "flags", "scan"), [
    (r"\bsanctions?\b|\bembargo\b", 0, "[es]"),
    (r"\b(?:визит\w*|форум)", 0, "[вф]"),
    ("(?i:visit)", 0, None),  # case-blind: left to the pattern's own guard
    ("visit", re.IGNORECASE, None),
    (".x", 0, None),
])
def test_opening_scan_is_the_class_of_first_characters(pattern, flags, scan):
    found = opening_scan(pattern, flags)
    assert (found.pattern if found is not None else None) == scan


@settings(max_examples=300, deadline=None)
@given(pattern=_patterns(), text=st.text(alphabet="aAbBKkxyz.-é ſ\u212aжЖ0129_\n", max_size=40),
       start=st.integers(0, 40), end=st.integers(0, 40))
def test_no_opening_character_means_no_match(pattern, text, start, end):
    try:
        plain = re.compile(pattern)
    except re.error:
        assume(False)
    scan = opening_scan(pattern)
    assume(scan is not None and scan.search(text, start, end) is None)
    assert plain.search(text, start, end) is None
