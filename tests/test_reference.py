"""The reference tables in kurils/data: they parse, every row names its source, and the modules read them."""

import re

import pytest

from kurils import reference

TABLES = {
    "officials.csv": ("surname", "full_name", "role", "country", "other_names", "surname_alone", "source"),
    "official_terms.csv": ("surname", "office", "country", "from", "to", "source"),
    "outlets.csv": ("name", "aliases", "agency", "domains", "credit_names", "source"),
    "places.csv": ("name", "kind", "country", "lat", "lon", "aliases", "source"),
    "office_titles.csv": ("office", "pattern", "source"),
    "office_titles_ja.csv": ("title", "office", "source"),
    "office_titles_ru.csv": ("title", "office", "source"),
    "role_phrases.csv": ("pattern", "office", "country", "source"),
    "country_words.csv": ("word", "country", "source"),
    "generic_titles.csv": ("pattern", "source"),
    "not_name_words.csv": ("word", "source"),
    "east_asian_surnames.csv": ("surname", "source"),
    "event_triggers.csv": ("type", "priority", "pattern", "note", "source"),
}
_URL = re.compile(r"^https?://[\w.-]+\.[a-z]{2,}(?:/\S*)?(?: \(.+\))?$")


@pytest.mark.parametrize("name", sorted(TABLES))
def test_table_parses_with_its_header(name):
    rows = reference.rows(name)
    assert rows, name
    assert tuple(rows[0]) == TABLES[name]
    assert all(None not in row for row in rows), "a row with more cells than the header"


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_row_names_a_source(name):
    missing = [row for row in reference.rows(name) if not _URL.match(row["source"])]
    assert not missing, missing[:3]


@pytest.mark.parametrize(
    "name,key",
    [
        ("officials.csv", ("surname",)),
        ("official_terms.csv", ("surname", "office", "country", "from")),
        ("outlets.csv", ("name", "domains")),  # "The Nation" of Bangkok and of Lahore: one name, two sites
        ("places.csv", ("name", "kind")),  # Singapore is a city and a country
        ("office_titles.csv", ("office",)),
        ("role_phrases.csv", ("pattern",)),
        ("country_words.csv", ("word",)),
        ("not_name_words.csv", ("word",)),
        ("east_asian_surnames.csv", ("surname",)),
    ],
)
def test_rows_are_unique_by_their_key(name, key):
    keys = [tuple(row[k] for k in key) for row in reference.rows(name)]
    assert len(keys) == len(set(keys))


def test_terms_belong_to_officials_and_run_forwards():
    surnames = {row["surname"] for row in reference.rows("officials.csv")}
    for row in reference.rows("official_terms.csv"):
        assert row["surname"] in surnames, row
        assert re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", row["from"]), row
        month = r"\d{4}-(0[1-9]|1[0-2])"
        assert not row["to"] or (re.fullmatch(month, row["to"]) and row["to"] >= row["from"]), row


@pytest.mark.parametrize("name,column", [("officials.csv", "surname_alone"), ("outlets.csv", "agency")])
def test_yes_no_cells(name, column):
    assert {row[column] for row in reference.rows(name)} <= {"yes", "no"}


def test_places_have_a_known_kind_and_coordinates_in_range():
    for row in reference.rows("places.csv"):
        assert row["kind"] in {"island", "island_group", "city", "region", "country", "sea"}, row
        lat, lon = reference.cell_float(row["lat"]), reference.cell_float(row["lon"])
        assert (lat is None) == (lon is None), row
        assert lat is None or (-90 <= lat <= 90 and -180 <= lon <= 180), row
        assert row["kind"] == "city" or lat is not None or row["kind"] == "region", row


def test_domains_and_credits_are_unique_and_name_their_outlet():
    from kurils.outlets import canonical

    domains = [d for row in reference.rows("outlets.csv") for d in reference.cell_list(row["domains"])]
    assert len(domains) == len(set(domains))
    for row in reference.rows("outlets.csv"):
        for credit in reference.cell_list(row["credit_names"]):
            assert canonical(credit) == row["name"], credit


@pytest.mark.parametrize(
    "value,expected", [("", ()), ("a", ("a",)), ("a|b", ("a", "b")), (" a | b |", ("a", "b"))]
)
def test_cell_list(value, expected):
    assert reference.cell_list(value) == expected


def test_cell_bool_refuses_a_typo():
    with pytest.raises(ValueError):
        reference.cell_bool("Yes")


def test_modules_read_the_tables():
    from kurils.gazetteer import lookup
    from kurils.outlets import AGENCIES, WIRE_ALIASES, outlet_for_domain
    from kurils.people import lookup_person

    abe = lookup_person("Abe")
    assert abe is not None and abe.full_name == "Shinzo Abe"
    assert ("pm", "JP", (2012, 12), (2020, 9)) in abe.terms
    assert lookup_person("Lavrov").terms[0][3] is None  # still in office: an empty "to"
    assert outlet_for_domain("english.kyodonews.net") == "Kyodo"
    assert "Reuters" in AGENCIES and "The Japan Times" not in AGENCIES
    assert "itar-tass" in WIRE_ALIASES
    assert lookup("Etorofu").name == "Iturup"
    assert lookup("Tokyo").lat is not None  # a city row without coordinates takes GeoNames'


def test_role_phrases_name_a_known_office_and_compile():
    offices = {row["office"] for row in reference.rows("office_titles.csv")} | {"leader"}
    countries = {row["country"] for row in reference.rows("country_words.csv")}
    for row in reference.rows("role_phrases.csv") + reference.rows("office_titles.csv"):
        re.compile(row["pattern"])
    for row in reference.rows("role_phrases.csv"):
        assert row["office"] in offices and (not row["country"] or row["country"] in countries), row


def test_event_triggers_have_a_known_type_a_priority_and_compile():
    from kurils.events import TRIGGERS, TYPE_NOUNS

    rows = reference.rows("event_triggers.csv")
    for row in rows:
        assert row["type"] in TYPE_NOUNS and float(row["priority"]) > 0, row
        re.compile(row["pattern"])
    assert TRIGGERS[: len(rows)] == tuple((r["type"], float(r["priority"]), r["pattern"]) for r in rows)


def test_people_read_the_word_tables():
    from kurils.people import find_people, surname_of

    assert surname_of(["Wang", "Wenbin"]) == "Wang"  # east_asian_surnames.csv
    text = "Foreign Minister Fumio Kishida met Lavrov. The Japanese foreign minister said ..."
    found = [m.person.surname for m in find_people(text, known={"Kishida", "Lavrov"}, year=2016)]
    assert found == ["Kishida", "Lavrov", "Kishida"]  # role_phrases.csv, office_titles.csv


def test_data_folder_sits_in_the_package():
    assert reference.DATA_DIR.name == "data" and reference.DATA_DIR.parent.name == "kurils"
    assert all((reference.DATA_DIR / name).is_file() for name in TABLES)


def test_a_new_row_is_all_it_takes(tmp_path):
    """An outlet, an official, a place and a known event added as rows, in a copy of the package,
    are found by the unchanged code."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    package = Path(reference.__file__).parent
    shutil.copytree(package, tmp_path / "kurils", ignore=shutil.ignore_patterns("__pycache__"))
    data = tmp_path / "kurils" / "data"
    rows = {
        "outlets.csv": "Example Herald,Example Herald|The Example Herald,no,exampleherald.test,,https://exampleherald.test/",
        "officials.csv": "Zorinsky,Pavel Zorinsky,Foreign Minister of Russia,RU,,yes,https://example.test/zorinsky",
        "official_terms.csv": "Zorinsky,fm,RU,2031-01,,https://example.test/zorinsky",
        "places.csv": "Exampleton,city,JP,43.0,145.0,Examplet,https://example.test/exampleton",
        "chronology.csv": "2031-05-05,,day,meeting,summit,Exampleton summit,Exampleton,Pavel Zorinsky,"
                          "Exampleton summit,,https://example.test/summit",
    }
    for name, row in rows.items():
        with (data / name).open("a", encoding="utf-8") as handle:
            handle.write(row + "\n")
    probe = (
        "from datetime import date\n"
        "from kurils.outlets import canonical, outlet_for_domain\n"
        "from kurils.people import lookup_person, office_year_bounds\n"
        "from kurils.gazetteer import lookup\n"
        "from kurils.chronology import publication_bounds\n"
        "assert canonical('The Example Herald') == 'Example Herald'\n"
        "assert outlet_for_domain('www.exampleherald.test') == 'Example Herald'\n"
        "assert lookup_person('Zorinsky').terms == (('fm', 'RU', (2031, 1), None),)\n"
        "assert office_year_bounds('Foreign Minister Pavel Zorinsky said')[0] == 2031\n"
        "assert lookup('Examplet').name == 'Exampleton'\n"
        "text = 'They met after the Exampleton summit.'\n"
        "assert publication_bounds(text, [(0, len(text))])[0].lo == date(2031, 5, 5)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


def test_every_japanese_title_names_an_office_with_terms():
    offices = {row["office"] for row in reference.rows("official_terms.csv")}
    assert {row["office"] for row in reference.rows("office_titles_ja.csv")} <= offices
    assert {row["office"] for row in reference.rows("office_titles_ru.csv")} <= offices
