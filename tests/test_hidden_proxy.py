"""bench/hidden_proxy: the hidden set's figures, scored from extract's records against the annotations."""

from datetime import date

import pytest

from bench.hidden_proxy import Truth, contradicts, prints_its_date, score, within_month

TEXT = "Abe and Putin meet\nDecember 15, 2016\nTOKYO, Dec 15 (Reuters) - The leaders met on Thursday.\n"


def truth(day="2016-12-15", rng=None, printed=True) -> Truth:
    d = date.fromisoformat(day) if day else None
    return Truth("a/1.txt", "https://example.com/x", TEXT, "Reuters", "Abe and Putin meet", d,
                 rng or ((d, d) if d else None), printed)


@pytest.mark.parametrize(
    ("evidence", "printed"),
    [
        ("date line 'December 15, 2016' under the headline", True),
        ("the dateline 'TOKYO, Dec 15 (Reuters)'", True),
        ("URL /news/2016/12/15/; 'on Thursday' is 15 December", False),  # the address, and prose
        ("the photo caption 'December 15, 2016'", False),
        ("the page's date 2016-12-15 and 'Updated: 16-12-2016'", False),  # not in the text
    ],
)
def test_a_date_is_printed_when_the_annotation_quotes_it_from_the_text(evidence, printed):
    item = {"published": "2016-12-15", "published_source": evidence}
    assert prints_its_date(item, TEXT) is printed


def test_an_inferred_day_is_not_printed():
    item = {"published": "2016-12-15", "published_inferred": True,
            "published_source": "date line 'December 15, 2016'"}
    assert not prints_its_date(item, TEXT)


@pytest.mark.parametrize(
    ("found", "near", "against"),
    [
        ((date(2016, 12, 15), date(2016, 12, 15)), True, False),
        ((date(2016, 12, 1), date(2016, 12, 31)), True, False),  # the month: near, and no contradiction
        ((date(2016, 1, 1), date(2016, 12, 31)), False, False),  # a year is not within a month
        ((date(2017, 12, 12), date(2017, 12, 12)), False, True),
        (None, False, False),  # no date contradicts nothing
    ],
)
def test_near_and_contradicting_dates(found, near, against):
    assert within_month(found, truth()) is near
    assert contradicts(found, truth()) is against


def test_score_counts_each_figure_and_lists_the_misses():
    record = {"outlet": "Reuters", "headline": "Abe and  Putin meet", "published": "2016-12-16",
              "published_range": ["2016-12-16", "2016-12-16"]}
    figures, misses = score([truth()], {"a/1.txt": record}, {"a/1.txt": {}})
    got = {name: (right, total) for name, right, total in figures}
    assert got["outlet"] == (1, 1) and got["headline"] == (1, 1)
    assert got["printed dates exact"] == (0, 1) and got["date within a month"] == (1, 1)
    assert got["no contradicting date"] == (0, 1) and got["bare text: no contradicting date"] == (1, 1)
    assert {m[0] for m in misses} == {"printed dates exact", "no contradicting date"}


@pytest.mark.parametrize(
    ("found", "wanted", "same"),
    [
        ("Herald Net", "HeraldNet", True),
        ("News Pravda", "News-Pravda", True),
        ("Igambler", "iGambler", True),
        ("RU24", "RU24.pro", False),  # an ending is more than spelling
        ("RTL Today", "RTL", False),
        (None, "RTL", False),
    ],
)
def test_names_that_differ_only_in_case_or_spacing_are_told_apart_from_wrong_outlets(found, wanted, same):
    from bench.hidden_proxy import same_letters

    assert same_letters(found, wanted) is same
