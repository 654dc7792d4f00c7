"""Text keeps a contrast of at least 4.5:1 (WCAG AA) in the light and the dark theme: the theme's
own colours, the reader's and the legends' text colours (on the theme's background or on their
own), places and people inside the highlighted evidence, and the map's labels on their halo."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from kurils.views import geomap, legend, reader, timeline

ROOT = Path(__file__).resolve().parent.parent
THEMES = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["theme"]
DARK_MEDIA = "@media (prefers-color-scheme: dark){"
AA = 4.5


def luminance(colour: str) -> float:
    """WCAG relative luminance of #rgb or #rrggbb."""
    hexa = colour.lstrip("#")
    if len(hexa) == 3:
        hexa = "".join(c * 2 for c in hexa)
    channels = [int(hexa[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def rules(style: str, theme: str) -> dict[str, dict[str, str]]:
    """Each class selector's declarations in this theme (the dark media block, which ends the style,
    overrides)."""
    light, _, dark = style.partition(DARK_MEDIA)
    out: dict[str, dict[str, str]] = {}
    for block in [light] + ([dark] if theme == "dark" else []):
        for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", block):
            props = dict(re.findall(r"([\w-]+)\s*:\s*([^;]+)", body))
            for selector in selectors.replace("<style>", "").split(","):
                out.setdefault(selector.strip(), {}).update(props)
    return out


def hex_of(value: str) -> str | None:
    match = re.fullmatch(r"\s*(#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?)\s*", value)
    return match.group(1) if match else None


def rgb_hex(colour: list[int]) -> str:
    return "#" + "".join(f"{c:02x}" for c in colour[:3])


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("fg", ["textColor", "primaryColor"])
@pytest.mark.parametrize("bg", ["backgroundColor", "secondaryBackgroundColor"])
def test_theme_text_on_theme_backgrounds(theme, fg, bg):
    colours = THEMES[theme]
    assert contrast(colours[fg], colours[bg]) >= AA, (theme, fg, bg)


STYLES = {"reader": reader.STYLE, "legend": legend.LEGEND_STYLE + legend.map_legend_html()}


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("name", list(STYLES))
def test_every_text_colour_on_its_background(name, theme):
    checked = 0
    for selector, props in rules(STYLES[name], theme).items():
        text = hex_of(props.get("color", ""))
        if text is None or " " in selector:  # inside another mark: the test below
            continue
        ground = hex_of(props.get("background", "")) or THEMES[theme]["backgroundColor"]
        assert contrast(text, ground) >= AA, (name, theme, selector, text, ground)
        checked += 1
    assert checked >= 1


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("mark", [".kr-place", ".kr-person"])
@pytest.mark.parametrize("evidence", [".kr-ev", ".kr-ev2"])
def test_names_inside_the_highlighted_evidence(mark, evidence, theme):
    """A place or a person inside the evidence is drawn on the evidence's own background."""
    css = rules(reader.STYLE, theme)
    text = hex_of(css.get(f"{evidence} {mark}", css[mark])["color"])
    ground = hex_of(css[evidence]["background"])
    assert contrast(text, ground) >= AA, (theme, evidence, mark, text, ground)


def test_inline_text_colours_in_the_legends_hold_in_both_themes():
    html = legend.map_legend_html() + legend.timeline_legend_html()
    for colour in re.findall(r'style="[^"]*\bcolor:\s*(#[0-9a-fA-F]{3,6})', html):
        for theme in ("light", "dark"):
            assert contrast(colour, THEMES[theme]["backgroundColor"]) >= AA, (colour, theme)


@pytest.mark.parametrize("text, halo", [
    (geomap.LABEL_TEXT, geomap.LABEL_HALO), (geomap.AREA_TEXT, geomap.LABEL_HALO)
])
def test_map_labels_on_their_halo(text, halo):
    """The map's names carry their own light halo, so they read on land, sea and either theme."""
    assert contrast(rgb_hex(text), rgb_hex(halo)) >= AA and halo[3] >= 200


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("mark", [timeline.SEVERAL_COLOUR, timeline.OUTLINE])
def test_timeline_marks_show_on_both_backgrounds(mark, theme):
    """Graphics need 3:1 (WCAG 1.4.11): a near-black 'several outlets' dot vanished in the dark theme."""
    assert contrast(mark, THEMES[theme]["backgroundColor"]) >= 3, (mark, theme)


def test_timeline_grid_is_translucent_so_it_stays_faint_in_the_dark_theme(seeds):
    corpus = seeds
    figure = timeline.build_timeline(corpus.merged, timeline.outlet_colours(corpus.choices.outlets))
    layout = figure.spec["layout"]
    assert layout["xaxis"]["gridcolor"] == layout["yaxis"]["gridcolor"] == timeline.GRID
    alpha = float(re.fullmatch(r"rgba\(128,128,128,([0-9.]+)\)", timeline.GRID).group(1))
    assert alpha <= 0.3
    outlines = {t["marker"]["line"]["color"] for t in figure.spec["data"] if "line" in t.get("marker", {})}
    assert outlines <= {timeline.OUTLINE}
