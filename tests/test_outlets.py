"""Outlet and wire source come from page furniture and credits, never from outlets quoted as sources."""

import pytest

from kurils.clean import clean_text
from kurils.outlets import canonical, detect_outlet

BODY = (
    "Japan and Russia agreed on Friday to start talks on joint economic activities on four disputed islands, "
    "a step toward ending a territorial row that has kept them from signing a peace treaty."
)
MORE = "The two leaders are expected to meet again later this year, officials said."


def outlet_of(text: str) -> tuple[str | None, str | None]:
    return detect_outlet(text, clean_text(text))


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("TOKYO, January 22. /TASS/.", "TASS"),
        ("MOSCOW, April 12 /ITAR-TASS/.", "TASS"),
        ("TOKYO (Sputnik) –", "Sputnik"),
        ("MOSCOW (Reuters) -", "Reuters"),
        ("TOKYO, Dec 15 (Reuters) -", "Reuters"),
        ("NAGATO, Japan (Kyodo) --", "Kyodo"),
        ("TOKYO (AP) —", "AP"),
        ("TOKYO (AFP) -", "AFP"),
        ("TOKYO, Jan. 5 (Xinhua) --", "Xinhua"),
        ("MOSCOW. Sept 29 (Interfax) -", "Interfax"),
        ("MOSCOW, January 14 (RIA Novosti) –", "RIA Novosti"),
        ("TOKYO (Jiji Press) —", "Jiji Press"),
        ("ТОКИО, 22 января. /ТАСС/.", "TASS"),
    ],
)
def test_dateline_credit_names_the_outlet(dateline, outlet):
    text = f"Japan, Russia agree to start island talks\n\n{dateline} {BODY}\n\n{MORE}\n"
    assert outlet_of(text) == (outlet, None)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Japan, Russia agree to start island talks | Reuters", "Reuters"),
        ("Japan, Russia agree to start island talks - The Japan Times", "The Japan Times"),
        ("Japan, Russia agree to start island talks - Sputnik International", "Sputnik"),
        ("Japan, Russia agree to start island talks | The Diplomat", "The Diplomat"),
        ("Japan, Russia agree to start island talks - Nikkei Asia", "Nikkei"),
        ("Japan, Russia agree to start island talks | NHK WORLD-JAPAN News", "NHK World"),
    ],
)
def test_site_suffix_names_the_outlet(line, outlet):
    text = f"{line}\n\n{BODY}\n\n{MORE}\n"
    assert outlet_of(text)[0] == outlet


def test_quoted_agencies_are_sources_not_the_outlet():
    text = (
        "Japan, Russia agree to start island talks\n\n"
        f"{BODY} TASS reported, citing the NHK broadcaster.\n\n"
        "Abe was cited as saying by RIA Novosti, and the Nikkei news outlet said the deal was close.\n\n"
        f"{MORE} according to Kyodo.\n"
    )
    assert outlet_of(text) == (None, None)


def test_reprint_keeps_the_agency_as_wire_source():
    text = (
        "Abe and Putin agree to boost economic ties - The Japan Times\n"
        "Abe and Putin agree to boost economic ties\nKYODO\nSep 3, 2016\n"
        f"VLADIVOSTOK, RUSSIA – {BODY}\n{MORE}\n"
    )
    assert outlet_of(text) == ("The Japan Times", "Kyodo")
    text = f"Abe and Putin agree to boost economic ties | Japan Today\n\nTOKYO (Kyodo) -- {BODY}\n\n{MORE}\n"
    assert outlet_of(text) == ("Japan Today", "Kyodo")


def test_agency_credit_at_the_end_and_byline():
    assert outlet_of(f"Island talks go on\n\n{BODY}\n\n{MORE}\n\n© KYODO\n") == ("Kyodo", None)
    assert outlet_of(f"Island talks go on\nBy Reuters Staff\n{BODY}\n{MORE}\n") == ("Reuters", None)
    text = f"Island talks go on\n{BODY}\n{MORE}\nCopyright 2019 The Associated Press. All rights reserved.\n"
    assert outlet_of(text) == ("AP", None)


def test_photo_credit_is_not_the_publisher():
    text = (
        "Island talks go on | The Mainichi\n\n"
        "Abe and Putin shake hands in Vladivostok. | KYODO\n\n"
        f"{BODY}\n\n{MORE}\n"
    )
    assert outlet_of(text)[0] == "Mainichi"


def test_site_address_names_the_outlet():
    text = (
        f"https://www.themoscowtimes.com/2019/01/14/lavrov-kurils\nIsland talks go on\n\n{BODY}\n\n{MORE}\n"
    )
    assert outlet_of(text)[0] == "The Moscow Times"


def test_site_styles_are_weak_evidence():
    icons = (
        "icon bookmarkicon cameraicon checkicon chevron downicon closeicon editicon fbicon fileicon shareicon"
    )
    assert outlet_of(f"{icons}\n12 Jan, 2017 10:15\n\nIsland talks go on\n\n{BODY}\n")[0] == "RT"
    assert outlet_of(f"ID :\n123456\nAuther :\n\nIsland talks go on\n\n{BODY}\n")[0] == "TASS"
    # a dateline credit of another agency beats nothing, and a site style plus credit is a reprint
    assert outlet_of(f"All news\n\nIsland talks go on\n\nTOKYO (Kyodo) -- {BODY}\n") == ("TASS", "Kyodo")


def test_unknown_outlet_is_none():
    assert outlet_of(f"Island talks go on\n\n{BODY}\n\n{MORE}\n") == (None, None)
    assert outlet_of("") == (None, None)


def test_canonical_names():
    assert canonical("ITAR-TASS") == "TASS"
    assert canonical("Associated Press") == "AP"
    assert canonical("agence france-presse") == "AFP"
    assert canonical("Nobody Gazette") is None


def test_more_site_evidence():
    guardian = f"Japan and Russia talk | World news | The Guardian\n\n{BODY}\n\n{MORE}\n"
    assert outlet_of(guardian)[0] == "The Guardian"
    dw = f"Island talks go on\n\n{BODY}\n\n{MORE}\n\nng/msh (AP, dpa, Reuters)\n"
    assert outlet_of(dw)[0] == "DW"
    mainichi = f"Island talks go on\nDecember 15, 2016 (Mainichi Japan)\n\n{BODY}\n\n{MORE}\n"
    assert outlet_of(mainichi)[0] == "Mainichi"
    nikkei = f"Island talks go on\nNikkei staff writers\n\n{BODY}\n\n{MORE}\n"
    assert outlet_of(nikkei)[0] == "Nikkei"
    aljazeera = f"Island talks go on\n\n{BODY}\n\n{MORE}\n\nSource: Al Jazeera and news agencies\n"
    assert outlet_of(aljazeera)[0] == "Al Jazeera"
    rt = f"Island talks go on\nPublished time: 15 Dec, 2016 09:43 Edited time: 15 Dec, 2016 12:20\n\n{BODY}\n"
    assert outlet_of(rt)[0] == "RT"
    copyright_site = (
        f"Island talks go on\n\n{BODY}\n\n{MORE}\n\nCopyright © The Japan Times. All rights reserved.\n"
    )
    assert outlet_of(copyright_site)[0] == "The Japan Times"


def test_site_name_opening_a_meta_line_and_agency_byline_under_standfirst():
    kyodo = f"KYODO NEWS - Dec 16, 2016 - 19:43 | All, Japan, World\nIsland talks go on\n{BODY}\n{MORE}\n"
    assert outlet_of(kyodo) == ("Kyodo", None)
    assert clean_text(kyodo).headline == "Island talks go on"
    scmp = (
        "Island talks go on | South China Morning Post\nAsia/ East Asia\nIsland talks go on\n"
        "Talks between the two leaders end without a breakthrough on the disputed islands\n"
        f"Agence France-Presse\nPublished: 10:45pm, 22 Jan, 2019\n{BODY}\n{MORE}\n"
    )
    assert outlet_of(scmp) == ("South China Morning Post", "AFP")


def test_photo_credit_at_the_end_is_not_a_wire_credit():
    icons = (
        "icon bookmarkicon cameraicon checkicon chevron downicon closeicon editicon fbicon fileicon shareicon"
    )
    text = f"{icons}\nIsland talks go on\n\n{BODY}\n\n{MORE}\n\n© Sputnik / Alexei Druzhinin\n"
    assert outlet_of(text) == ("RT", None)


def test_house_styles_of_asahi_and_nhk():
    asahi = f"Island talks go on\nBy TAKASHI FUNAKOSHI/ Staff Writer\n{BODY}\n{MORE}\n"
    assert outlet_of(asahi)[0] == "Asahi Shimbun"
    nhk = f"Island talks go on\n{BODY}\nNHK has learned that the two leaders will meet in December.\n"
    assert outlet_of(nhk)[0] == "NHK World"
    quoted = f"Island talks go on\n{BODY}\nThe NHK broadcaster reported that the two leaders will meet.\n"
    assert outlet_of(quoted)[0] is None


def test_reprint_of_tass_on_another_site():
    text = f"Island talks go on - The Moscow Times\n\nTOKYO, January 22. /TASS/. {BODY}\n\n{MORE}\n"
    assert outlet_of(text) == ("The Moscow Times", "TASS")
