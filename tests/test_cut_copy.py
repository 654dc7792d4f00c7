"""A stored copy cut where the store stops (a page's first ~2,000 characters): the body's last line,
cut mid-sentence, still names the article's people and places, and a name cut mid-word names no one.
Sentences written for the rule."""

import pytest

from kurils import parse_bytes

HEAD = (
    "Japan recalls envoy over Kuril visit\n\n"
    "TOKYO, Nov 2 - Japan said on Tuesday it was recalling its ambassador to Moscow after Russian "
    "President Dmitry Medvedev visited one of the disputed islands.\n\n"
)


@pytest.mark.parametrize(
    "tail, person",
    [
        ("On Monday, Japanese Foreign Minister Seiji Maehara summoned Russian Ambassador to Japan Mikhail "
         "Bely to provide explanations on what Japan", "Bely"),
        ("Russian Foreign Minister Sergei Lavrov said that the two sides had agreed to keep talking on t",
         "Lavrov"),
    ],
)
def test_the_people_of_a_cut_last_line_are_the_articles(tail, person):
    article = parse_bytes((HEAD + tail).encode(), "cut.txt")
    assert person in article.people


def test_a_name_cut_mid_word_names_no_one():
    tail = ("The visiting delegation, which met with Shinzo Abe on Monday, was then received by "
            "Governor Oleg Kozhe")
    article = parse_bytes((HEAD + tail).encode(), "cut.txt")
    assert "Abe" in article.people
    assert "Kozhe" not in article.people
