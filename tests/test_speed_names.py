"""The fast-scan helpers of people/gazetteer write the same regexes in a shape ``re`` scans quickly:
the matches must be exactly those of the plain alternation."""

import re

from kurils.fastre import literal_alternation, spellings
from kurils.people import _GENERIC_TITLES, OFFICE_TITLES, ROLE_PHRASES


def test_spellings_lists_a_finite_regex_in_the_order_re_tries_it():
    assert spellings(r"(?:Kremlin|presidential) (?:aide|Aide)") == [
        "Kremlin aide", "Kremlin Aide", "presidential aide", "presidential Aide"]
    assert spellings(r"(?:State )?Duma|Defen[cs]e|Mr\.?|Ms\.??") == [
        "State Duma", "Duma", "Defence", "Defense", "Mr.", "Mr", "Ms", "Ms."]


def test_spellings_refuses_a_regex_that_is_not_a_finite_list():
    for regex in (r"a+", r"\w", r"[^a]", r"a{2,5}", r"(?<!x)a", r"(?i)ab", r"x(?i:ab)"):
        try:
            spellings(regex)
        except ValueError:
            continue
        raise AssertionError(regex)


def test_the_title_tables_are_finite_lists():
    for regex in (*OFFICE_TITLES.values(), _GENERIC_TITLES, *(p for p, _o, _c in ROLE_PHRASES)):
        assert spellings(regex)


def test_literal_alternation_matches_as_the_plain_alternation():
    words = ["Abe", "Shinzo Abe", "Shinzō Abe", "Aso", "Putin", "Путин", "Путина", "Kim Jong-un", "Kim",
             "K", "Ab", "PUTIN", "Mr", "Mr.", "Mrs"]
    text = ("Shinzo Abe met Putin; Путина и Путин. Abe-san, xAbe, 'Abe', -Abe, Kim Jong-un and Kim, "
            "PUTIN, K., Ab Abe Mrs. Mr. Mr Aso\nAbe")
    for order in (words, sorted(words, key=len, reverse=True), sorted(words)):
        plain = re.compile(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, order)) + r")(?![\w-])")
        fast = re.compile(literal_alternation(order, not_after=r"[\w’'-]") + r"(?![\w-])")
        for start in range(0, len(text), 7):
            assert [m.span() for m in fast.finditer(text, start)] == [
                m.span() for m in plain.finditer(text, start)]
        unguarded = re.compile("(?:" + "|".join(map(re.escape, order)) + ")")
        assert [m.span() for m in re.finditer(literal_alternation(order), text)] == [
            m.span() for m in unguarded.finditer(text)]


def test_literal_alternation_of_a_regexs_spellings_matches_as_the_regex():
    regex = r"(?:Sakhalin |Hokkaido )?(?:Governor|governor)|Governor of|Gov\.?"
    text = "Sakhalin Governor Oleg, governor, Hokkaido governor and Gov. X; Gov Y; Governor of Z"
    tail = r"\s+\w"
    assert [m.span() for m in re.finditer(literal_alternation(spellings(regex)) + tail, text)] == [
        m.span() for m in re.finditer(f"(?:{regex}){tail}", text)]


def test_role_phrases_are_found_in_any_spelling_and_not_inside_words():
    from kurils.people import find_people

    text = ("Japan’s PM spoke, then the Japanese Prime Minister and The Russian head of state met; "
            "the Kremlin spokesman said so. Outthe Japanese premier is not one. The US President too.")
    found = [(m.text, m.person.surname) for m in find_people(text, known={"Abe", "Putin", "Peskov", "Obama"})]
    assert found == [("Japan’s PM", "Abe"), ("the Japanese Prime Minister", "Abe"),
                     ("The Russian head of state", "Putin"), ("the Kremlin spokesman", "Peskov"),
                     ("The US President", "Obama")]
