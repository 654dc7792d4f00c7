"""Stage 1, read: raw bytes to "the text as read".

Every offset in the project points into the text this module returns, so all
normalisation happens here and nowhere later: decoding (UTF-8 with or without
BOM, UTF-16, Windows-1251/1252, Latin-1, KOI8-R, Shift-JIS, EUC-JP,
ISO-2022-JP), HTML pages reduced to their article text, newlines to LF, odd
spaces to ' ', zero-width characters and bidi and other format controls
removed, and print hyphenation at line breaks joined.
"""

from __future__ import annotations

import codecs
import copy
import re
from html.parser import HTMLParser

from kurils.models import PageMeta, ReadText
from kurils.settings import MAX_BYTES
from kurils.titles import strip_site_name

# Legacy encodings this coverage actually uses; limiting charset-normalizer to
# them stops its mis-guesses (cp1250, mac_*) on short Western text.
LEGACY_ENCODINGS = ["cp1252", "cp1251", "latin_1", "koi8_r"]
CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_PLAUSIBLE_CHAR = re.compile(
    r"[\sA-Za-z0-9\u00c0-\u024f\u0400-\u04ff\u2010-\u206f.,;:!?'\"()\[\]/&%$€£+=*#@<>-]"
)
_MOJIBAKE = re.compile(r"[ÂÃÐÑâ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
_HTML_MARKUP = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|article|section|span|meta|script|title|h[1-6]|br|a|li|ul)\b",
    re.IGNORECASE,
)
_ODD_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Format controls with no width and nothing to read: bidi marks, embeddings, overrides and isolates
# (U+200E/F, U+061C, U+202A-U+202E, U+2066-U+2069), invisible operators, the Mongolian vowel separator,
# interlinear annotation marks and tag characters. A pasted U+202E at a line's start made the line
# look like no prose at all.
_FORMAT_CONTROLS = re.compile(
    r"[\u200e\u200f\u061c\u202a-\u202e\u2061-\u2064\u2066-\u2069\u180e\ufff9-\ufffb\U000e0001\U000e0020-\U000e007f]"
)
_LINE_SEPARATORS = re.compile(r"[\u2028\u2029\x0b\x0c\x85]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MULTI_SPACE = re.compile(r" {2,}")
_TRAILING_SPACE = re.compile(r" +\n")
_BLANK_LINES = re.compile(r"\n{3,}")
# "Vladi-\nmir" or "Vladi- mir": a word broken by print hyphenation. Only a
# lowercase continuation counts, and not a conjunction ("two- and three-year").
# The literal '-' leads so the regex engine can jump between hyphens instead of trying the
# lookbehind at every character.
_HYPHEN_BREAK = re.compile(r"-(?<=[^\W\d_]{2}-)(?:\n| )(?=([a-zà-ÿа-яё]+)\b)")
# Any character one of the single-character passes of normalise() would change.
_NEEDS_CHARACTER_PASSES = re.compile(
    r"[\t\u00a0\u1680\u2000-\u200f\u202f\u205f\u3000\u2060\ufeff\u00ad\u2028\u2029\x0b\x0c\x85"
    r"\x00-\x08\x0e-\x1f\x7f\u061c\u202a-\u202e\u2061-\u2064\u2066-\u2069\u180e\ufff9-\ufffb"
    r"\U000e0001\U000e0020-\U000e007f]"
)
_ISO2022_ESCAPE = re.compile(rb"\x1b(?:\$[@B]|\$\([DOPQ]|\([BJI])")
_KANA_RUN = re.compile(r"[\u3041-\u309f\u30a0-\u30ff]+")
_LOW_BYTES = bytes(range(9))  # NUL..0x08: every other byte of UTF-16 Latin or Cyrillic text
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 13, 11, 12))
_NOT_CONTINUATIONS = {"and", "or", "nor", "to", "und", "oder", "bis", "et", "ou", "и", "или", "а"}


def read_bytes(data: bytes, name: str = "", url: str | None = None) -> ReadText:
    """Decode and normalise one file's bytes; never raises, errors go in ``ReadText.error``.

    ``url`` is the page's address when the caller knows it (batch inputs): HTML metadata uses it."""
    if len(data) > MAX_BYTES:
        return ReadText(
            "",
            None,
            error=f"file too large for an article: {len(data) / 2**20:.1f} MB "
            f"(the limit is {MAX_BYTES / 2**20:.0f} MB)",
        )
    if not data.strip():
        return ReadText("", None, error="empty file")
    text, encoding = decode(data)
    if text is None:
        return ReadText("", None, error="binary file, not text")
    warnings: list[str] = []
    if encoding and "invalid" in encoding:
        read_as = encoding.split(" (")[0].upper().replace("SHIFT_JIS", "Shift-JIS")
        warnings.append(f"some bytes are not valid {read_as} and were replaced with U+FFFD")
    repaired = repair_mojibake(text)
    if repaired is not None:
        text = repaired
        warnings.append("text was UTF-8 read as Windows-1252 (mojibake); repaired")
    is_html = looks_like_html(text)
    page = None
    if is_html:
        text, page, html_warning = read_html(text, url=url)
        if html_warning:
            warnings.append(html_warning)
    text = normalise(text)
    if not text.strip():
        return ReadText(
            "",
            encoding,
            is_html=is_html,
            error="empty file" if not is_html else "no text found in HTML page",
            warnings=tuple(warnings),
            page=page,
        )
    return ReadText(text, encoding, is_html=is_html, warnings=tuple(warnings), page=page)


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, encoding name), or (None, None) when the bytes are not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.removesuffix("-sig")
            except UnicodeDecodeError:  # the BOM says what it is: a file cut short keeps what it has
                text = data.decode(encoding, errors="replace")
                if text.count("\ufffd") <= max(2, len(text) // 100):
                    return text, f"{encoding.removesuffix('-sig')} (with invalid bytes)"
                break
    utf16 = bomless_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if _ISO2022_ESCAPE.search(data):  # 7-bit Japanese: its escapes would read as binary, its bytes as ASCII
        iso2022 = iso2022_japanese(data)
        if iso2022:
            return iso2022
    if looks_binary(data):
        return None, None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if mostly_utf8(data):
        return data.decode("utf-8", errors="replace"), "utf-8 (with invalid bytes)"
    japanese = legacy_japanese(data)
    if japanese:
        return japanese
    encoding = guess_legacy_encoding(data)
    return data.decode(encoding, errors="replace"), encoding


def iso2022_japanese(data: bytes) -> tuple[str, str] | None:
    """ISO-2022-JP (e-mail, old news feeds): 7-bit, switched into JIS X 0208 by escape sequences."""
    for encoding in ("iso2022_jp", "iso2022_jp_2", "iso2022_jp_ext"):
        try:
            return data.decode(encoding), "iso-2022-jp"
        except UnicodeDecodeError:
            continue
    return None


def legacy_japanese(data: bytes) -> tuple[str, str] | None:
    """Shift-JIS or EUC-JP, when the bytes decode (all but a stray few) and read as Japanese.

    Reading as Japanese: kana are a fifth of the characters beyond ASCII. Prose in Japanese is
    never without them (particles, endings), while Russian or Western code-page text read in
    these encodings gives kanji and half-width katakana, not kana (kana take two bytes whose
    first, 0x82/0x83 or 0xA4/0xA5, is a rare punctuation mark in cp1251/cp1252 prose). A few
    undecodable bytes (a file cut mid-character) are replaced and said so.
    """
    best: tuple[float, str, str] | None = None
    for encoding, name in (("cp932", "shift_jis"), ("euc_jp", "euc-jp")):
        text = data.decode(encoding, errors="replace")
        beyond_ascii = len(text) - len(text.encode("ascii", "ignore"))
        if beyond_ascii < 4:
            continue
        broken = text.count("\ufffd")
        kana = sum(map(len, _KANA_RUN.findall(text)))
        share = kana / beyond_ascii
        if broken > max(2, beyond_ascii // 100) or share < 0.2 or kana < 4:
            continue
        if best is None or share > best[0]:
            best = (share, text, name if not broken else f"{name} (with invalid bytes)")
    return (best[1], best[2]) if best else None


def mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few stray bytes: its valid multi-byte characters outnumber the broken ones."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    return valid >= 3 and valid >= 2 * broken


def repair_mojibake(text: str) -> str | None:
    """UTF-8 that was once decoded as Windows-1252 ("Japanâ€™s"): undo it when that is clean."""
    if len(_MOJIBAKE.findall(text)) < 2:
        return None
    raw = bytearray()
    for char in text:
        try:
            raw += char.encode("cp1252")
        except UnicodeEncodeError:
            if ord(char) > 255:
                return None
            raw.append(ord(char))  # bytes cp1252 leaves undefined came through as Latin-1
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: NULs (Latin text) or 0x04 (Cyrillic) at every other byte.

    Decided by decoding a sample both ways and keeping the reading that is plausible
    text (Latin, Cyrillic, digits, punctuation, spaces).
    """
    sample = data[:4096]
    if len(sample) < 4:
        return None
    low_bytes = len(sample) - len(sample.translate(None, _LOW_BYTES))
    if low_bytes / len(sample) < 0.2:
        return None
    sample = sample[: len(sample) - len(sample) % 2]
    best, best_share = None, 0.9
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            decoded = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        share = sum(1 for c in decoded if _PLAUSIBLE_CHAR.match(c)) / max(len(decoded), 1)
        if share > best_share:
            best, best_share = encoding, share
    return best


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > 0.02


def guess_legacy_encoding(data: bytes) -> str:
    """Windows-1251, Windows-1252 or Latin-1, by charset-normalizer with a sanity check.

    The check: Russian text in cp1251 has high bytes (letters 0xC0-0xFF) in runs,
    Western text has them isolated (café, Gespräche, curly quotes 0x93/0x94).
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    guess = best.encoding if best is not None else "cp1252"
    runs = cyrillic_run_ratio(data)
    if guess in ("cp1251", "koi8_r") and runs < 0.5:
        guess = "cp1252"
    elif guess not in ("cp1251", "koi8_r") and runs > 0.7:
        guess = "cp1251"
    if guess == "koi8_r":
        return "koi8-r"
    if guess == "cp1251":
        return "windows-1251"
    has_c1 = any(0x80 <= b <= 0x9F for b in data)
    if has_c1 and not any(b in CP1252_UNDEFINED for b in data):
        return "windows-1252"
    return "iso-8859-1"


def cyrillic_run_ratio(data: bytes) -> float:
    """Share of letter-range high bytes (0xC0-0xFF) that sit next to another one."""
    high = [i for i, b in enumerate(data) if b >= 0xC0]
    if len(high) < 4:
        return 0.0
    positions = set(high)
    paired = sum(1 for i in high if i - 1 in positions or i + 1 in positions)
    return paired / len(high)


def looks_like_html(text: str) -> bool:
    """Decided by the markup itself, not the file name (a count of tag openings: linear time)."""
    head = text.lstrip()[:2000].lower()
    if head.startswith("<!doctype html") or head.startswith("<html"):
        return True
    window = text[:200_000]
    if head.startswith("<") and _has_code_element(window.lower()):
        return True  # markup from its first character, with a script or a style: a page, however few tags
    return len(_HTML_MARKUP.findall(window)) >= 5 and text.count("<") > 0.002 * len(text)


def _has_code_element(lowered: str) -> bool:
    """Whether an opened ``<script``/``<style`` element is closed later on (a find per tag: linear)."""
    for tag in ("script", "style"):
        start = lowered.find("<" + tag)
        if start >= 0 and lowered.find("</" + tag, start) > 0:
            return True
    return False


def html_to_text(page: str, url: str | None = None) -> tuple[str, str | None]:
    """Article text of an HTML page, its title as the first line so the headline survives."""
    text, _, warning = read_html(page, url)
    return text, warning


def read_html(page: str, url: str | None = None) -> tuple[str, PageMeta, str | None]:
    """(text, page metadata, warning) of an HTML page, from one parsed tree.

    trafilatura's ``bare_extraction`` gives the body (lists and tables kept), the title, the site name
    and htmldate's extensive date; htmldate's fast mode, on the same tree, the date the markup or the
    address declares. The text is the title, a blank line, then the body."""
    tree = parse_html(page)
    if tree is None:
        return "", PageMeta(url=url), "HTML page: no markup could be parsed"
    markup_date = page_date(tree, url)
    document = _bare_extraction(tree, url)
    body = (getattr(document, "text", None) or "").strip()
    warning = None
    if not body:
        text = tree_text(tree)
        body = text if text.strip() else _streamed_text(page)
        warning = "HTML page: the article extractor found nothing, all page text kept"
    raw_title = _one_line(getattr(document, "title", None))
    site_name = _one_line(getattr(document, "sitename", None))
    if site_name and raw_title and _site_name_is_title(site_name, raw_title):
        site_name = None  # a page that repeats its title as its site name names no site
    title = strip_site_name(raw_title, site_name, url) if raw_title else None
    library_date = getattr(document, "date", None)
    meta = PageMeta(url=url, title=title, raw_title=raw_title, site_name=site_name,
                    markup_date=markup_date, library_date=_iso_day(library_date))
    first_line = body.split("\n", 1)[0].strip()
    lines = [title] if title and first_line != title else []
    return "\n\n".join(lines + [body]), meta, warning


def _site_name_is_title(site_name: str, title: str) -> bool:
    return site_name.casefold() == title.casefold() or len(site_name) > 0.8 * len(title) > 20


def parse_html(page: str):
    """The page's lxml tree (libxml2's HTML parser: linear time on any markup), or None."""
    if not page.strip():
        return None
    try:
        from trafilatura import load_html

        return load_html(page)
    except Exception:  # noqa: BLE001 - an unparsable page keeps its error message, not a traceback
        return None


def _bare_extraction(tree, url: str | None):
    try:
        import trafilatura

        return trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                           include_tables=True)
    except Exception:  # noqa: BLE001 - a broken page must not stop the batch
        return None


def page_date(tree, url: str | None = None) -> str | None:
    """The publication date the page declares (its address, meta tags, JSON-LD, <time>), YYYY-MM-DD.

    htmldate's fast mode reads only those declarations, never guesses from the prose, and prefers the
    original date over an 'updated' one. ``tree`` may be the parsed page or its markup."""
    try:
        import htmldate

        if isinstance(tree, str):
            tree = parse_html(tree)
            if tree is None:
                return None
        found = htmldate.find_date(tree, url=url, extensive_search=False, original_date=True)
    except Exception:  # noqa: BLE001 - a page that confuses the date finder keeps its other evidence
        return None
    return _iso_day(found)


def html_title(page: str, url: str | None = None) -> str | None:
    """The page's headline as trafilatura reads it (og:title, JSON-LD, h1, <title>), site name stripped."""
    return read_html(page, url)[1].title


def _iso_day(value) -> str | None:
    return value if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None


def _one_line(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None


def tree_text(tree) -> str:
    """A plain fallback: the page's text without scripts and styles, a line per block."""
    from lxml import etree

    tree = copy.deepcopy(tree)
    etree.strip_elements(tree, "script", "style", "noscript", "template", etree.Comment, with_tail=False)
    for element in tree.iter("br", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "article",
                             "section", "tr"):
        element.tail = "\n" + (element.tail or "")
    text = "".join(tree.itertext())
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def strip_tags(page: str) -> str:
    """The text of markup, scripts and styles dropped, a line per block (parsed, never regex-scanned).

    libxml2 gives up below 256 nested elements; when its tree holds no text, the stdlib's streaming
    parser (linear, no depth limit) reads the page."""
    tree = parse_html(page)
    text = tree_text(tree) if tree is not None else ""
    return text if text.strip() else _streamed_text(page)


class _TextCollector(HTMLParser):
    """Collects a page's text outside scripts and styles, a line break at each block's edges."""

    _SKIP = {"script", "style", "noscript", "template"}
    _BLOCKS = {"br", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "article", "section", "tr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        self.skipping += tag in self._SKIP
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self.skipping:
            self.skipping -= 1
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def _streamed_text(page: str) -> str:
    """The page's text by the stdlib's streaming parser, fed without close(): as in a browser, an
    unclosed comment or tag hides the rest of the page instead of turning into text."""
    collector = _TextCollector()
    try:
        collector.feed(page)
    except Exception:  # noqa: BLE001 - markup the stdlib parser refuses has no text to give
        return ""
    text = "".join(collector.parts)
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def normalise(text: str) -> str:
    """LF newlines, plain spaces, no zero-width characters or bidi and other format controls, print
    hyphenation joined."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _NEEDS_CHARACTER_PASSES.search(text):  # most articles have none of these characters
        text = _LINE_SEPARATORS.sub("\n", text)
        text = _ZERO_WIDTH.sub("", text)
        text = _FORMAT_CONTROLS.sub("", text)
        text = _ODD_SPACES.sub(" ", text)
        text = _CONTROL.sub("", text)
    text = _MULTI_SPACE.sub(" ", text)
    text = _TRAILING_SPACE.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return join_hyphenation(text)


def join_hyphenation(text: str) -> str:
    def repl(match: re.Match) -> str:
        return match.group(0) if match.group(1) in _NOT_CONTINUATIONS else ""

    if "- " not in text and "-\n" not in text:
        return text
    return _HYPHEN_BREAK.sub(repl, text)
