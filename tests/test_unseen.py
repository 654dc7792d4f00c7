"""Rules found on articles written in the styles of outlets the seeds do not cover.

Short texts probe each rule; the written articles in tests/data/unseen/ run end to end
against what a careful reader finds there (tests/data/unseen/expected.json).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kurils.clean import clean_text
from kurils.outlets import detect_outlet
from kurils.published import infer_published

UNSEEN = Path(__file__).parent / "data" / "unseen"
BODY = ("Japan and Russia discussed the four disputed islands and a peace treaty at length, officials "
        "said, adding that economic cooperation would continue.\n")


def outlet_of(text: str):
    return detect_outlet(text, clean_text(text))


def headline_of(text: str):
    return clean_text(text).headline


def published_day(text: str):
    return infer_published(text, clean_text(text)).day


# ---------------------------------------------------------------- outlets

@pytest.mark.parametrize("first_line, outlet", [
    ("Putin arrives in Japan for talks on disputed islands | AP News", "AP"),
    ("Russia deploys air defense systems on Kuril Islands - Xinhua | English.news.cn", "Xinhua"),
    ("Japan and Russia agree to talks on islands | CGTN", "CGTN"),
])
def test_title_suffixes_and_site_addresses_in_them(first_line, outlet):
    assert outlet_of(f"{first_line}\n\n{BODY}")[0] == outlet
    assert headline_of(f"{first_line}\n\n{BODY}") == first_line.split(" | ")[0].split(" - Xinhua")[0]


def test_site_name_lines_of_the_japan_news_and_cgtn():
    assert outlet_of(f"The Japan News by The Yomiuri Shimbun\nPolitics\n\nSuga vows to press on with talks\n\n{BODY}")[0] == "Yomiuri"
    assert outlet_of(f"CGTN\nWorld\n\nPutin and Kishida hold phone talks\n\n{BODY}")[0] == "CGTN"


def test_guardian_archive_note_is_its_house_style():
    text = (f"World\nPutin and Abe fail to make breakthrough on islands\nJustin McCurry in Tokyo\n"
            f"Fri 16 Dec 2016 09.31 GMT\nThis article is more than 7 years old\n\n{BODY}")
    assert outlet_of(text)[0] == "The Guardian"


# ---------------------------------------------------------------- headlines

@pytest.mark.parametrize("top", [
    "The Moscow Times\nIndependent News From Russia\nNews",
    "Interfax\nRussia & CIS General Newswire",
    "The Japan News by The Yomiuri Shimbun\nPolitics",
])
def test_site_taglines_and_section_labels_are_not_the_headline(top):
    text = f"{top}\n\nRussia Pulls Out of Peace Treaty Talks With Japan\n\nMarch 21, 2022\n\n{BODY}"
    assert headline_of(text) == "Russia Pulls Out of Peace Treaty Talks With Japan"


# ---------------------------------------------------------------- stamps

@pytest.mark.parametrize("stamp, iso", [
    ("November 14, 2018 / 9:12 AM / Updated 6 years ago", "2018-11-14"),
    ("Source: Xinhua| 2020-12-01 19:45:12|Editor: huaxia", "2020-12-01"),
    ("January 30, 2019 (Mainichi Japan)", "2019-01-30"),
])
def test_stamp_lines_with_ages_meta_fields_and_site_names(stamp, iso):
    assert published_day(f"Japan and Russia agree on talks\n{stamp}\n\n{BODY}") == iso
