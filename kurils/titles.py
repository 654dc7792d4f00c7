"""A page title without the site's name: "Headline | Site", "Site » Blog Archive » Headline".

Sites write their name before or after the headline, set off by a separator. A segment at either end
is dropped when it names the site: the page's own site name (og:site_name), its address's domain
("columbus-entdeckt.de" for "Columbus entdeckt"), an outlet the project knows, or the blog software's
"Blog Archive". Anything else, however short, is part of the headline.
"""

from __future__ import annotations

import re

from kurils.urls import host_of, original_url, registrable_domain

# a separator between the headline and the site's name: spaced, so "Putin-Abe" or "9:30" stay whole
# (» and « only spaced: unspaced they are the quotes of a German or French headline)
_SEPARATOR = re.compile(r"\s+(?:\||–|—|-|»|«|::|·|•|~|/)\s+|\s*(?:\||::)\s*")
_LEFTOVER = " .:|-–—·•~/"  # what a separator leaves where a site's name was cut off
_NOT_ALNUM = re.compile(r"[\W_]+")
_SOFTWARE_SEGMENTS = {"blogarchive", "home", "startseite", "homepage", "accueil"}


def strip_site_name(title: str, site_name: str | None = None, url: str | None = None) -> str:
    """``title`` without leading or trailing segments that name the site; never empty."""
    names = site_keys(site_name, url)
    segments, separators = _split(title)
    while len(segments) > 1 and _names_site(segments[-1], names):
        segments.pop()
        separators.pop()
        segments[-1] = segments[-1].rstrip(_LEFTOVER)
    while len(segments) > 1 and _names_site(segments[0], names):
        segments.pop(0)
        separators.pop(0)
        segments[0] = segments[0].lstrip(_LEFTOVER)
    out = segments[0]
    for separator, segment in zip(separators, segments[1:], strict=True):
        out += separator + segment
    return out.strip() or title


def site_keys(site_name: str | None, url: str | None) -> set[str]:
    """Spellings of the site's name compared without case, spaces or punctuation."""
    keys = {_key(site_name)} if site_name else set()
    host = host_of(original_url(url)) if url else None
    domain = registrable_domain(host) if host else None
    for name in filter(None, (host, domain, host.removeprefix("www.") if host else None)):
        keys.add(_key(name))
    if domain:
        keys.add(_key(domain.split(".")[0]))
    return {k for k in keys if len(k) >= 2}


def names_site(line: str, outlet: str | None, url: str | None) -> bool:
    """Whether a line is only the site's name: the outlet chosen for the page or its address's name
    ("Windows to Russia" on windowstorussia.com)."""
    return _key(line) in site_keys(outlet, url)


def strip_named_site(headline: str, outlet: str | None, url: str | None) -> str:
    """A headline found in the text without a leading or trailing segment that is exactly the site's name: the
    outlet chosen for the page or its address ("Talks resume - Army Recognition" on armyrecognition.com,
    "Talks resume | Harbour Courier" where the page is the Harbour Courier's). Only an exact name is cut:
    a segment that merely starts like the domain ("Japan - Russia talks" on japantimes.co.jp) stays."""
    names = site_keys(outlet, url)
    segments, separators = _split(headline)
    while len(segments) > 1 and len(" ".join(segments[:-1]).split()) >= 3 and _key(segments[-1]) in names:
        segments.pop()
        separators.pop()
    while len(segments) > 1 and len(" ".join(segments[1:]).split()) >= 3 and _key(segments[0]) in names:
        segments.pop(0)
        separators.pop(0)
    out = segments[0]
    for separator, segment in zip(separators, segments[1:], strict=True):
        out += separator + segment
    return out.strip(_LEFTOVER) or headline


def _split(title: str) -> tuple[list[str], list[str]]:
    segments, separators, start = [], [], 0
    for match in _SEPARATOR.finditer(title):
        segments.append(title[start:match.start()])
        separators.append(match.group())
        start = match.end()
    segments.append(title[start:])
    return segments, separators


def _key(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


def _names_site(segment: str, names: set[str]) -> bool:
    from kurils.outlets import canonical

    key = _key(segment)
    if not key:
        return True  # an empty segment ("Title |") is a separator's leftover
    if key in _SOFTWARE_SEGMENTS or key in names or canonical(segment.strip()):
        return True
    # "Columbus entdeckt" for columbus-entdeckt.de, "SPIEGEL ONLINE" for spiegel.de
    return any(len(name) >= 4 and (key.startswith(name) or name.startswith(key) and len(key) >= 4)
               for name in names) and len(segment.split()) <= 4


def supplied_headline(title: str | None, text: str, found: str | None, found_span: tuple[int, int] | None,
                      site_name: str | None = None, url: str | None = None
                      ) -> tuple[str | None, tuple[int, int] | None]:
    """The headline when the batch supplied a title (a scraper's ``title`` field): that title without the
    site's name, placed on the line of the text that prints it when there is one. A blank or one-word
    title gives way to the headline found in the text (``found`` at ``found_span``)."""
    from kurils.outlets import split_title_suffix

    raw = " ".join((title or "").split())
    if len(raw.split()) < 2 and not (raw and not raw.isascii() and len(raw) >= 6):
        return found, found_span
    headline = strip_site_name(raw, site_name, url)
    headline = headline[: split_title_suffix(headline)[0]].rstrip() or headline
    # the title's own part, however many segments a site's name took: the text's headline may confirm it
    segments, _ = _split(raw)
    keys = {_key(headline)} | {_key(" ".join(segments[:n])) for n in range(1, len(segments))}
    keys = {k for k in keys if len(k) >= 8}
    if found and _key(found) in keys:
        return found, found_span
    offset = 0
    for line in text.split("\n"):
        if _key(line) in keys:
            start = offset + len(line) - len(line.lstrip())
            return line.strip(), (start, start + len(line.strip()))
        offset += len(line) + 1
    return headline, None


class SiteSegments:
    """Title segments repeated across one site's pages in a batch: the site's name, however the site
    spells it ("Talks resume | Harbour Courier", "Visas end | Harbour Courier" on harbour.example).

    A leading or trailing segment of a headline is the site's name when two pages of the same site (the
    same registrable domain) print it beside different headlines. ``observe`` every page of a batch (or
    of a window of it) first, then ``strip`` each; the memory held is capped (``limit`` segments)."""

    def __init__(self, limit: int = 100_000) -> None:
        self._rests: dict[tuple[str, str], set[str]] = {}
        self._limit = limit

    def observe(self, url: str | None, headline: str | None) -> None:
        site = _site(url)
        if not site or not headline:
            return
        segments, _ = _split(headline)
        if len(segments) < 2:
            return
        for edge, rest in ((segments[-1], segments[:-1]), (segments[0], segments[1:])):
            key = (site, _key(edge))
            if not key[1]:
                continue
            rests = self._rests.get(key)
            if rests is None:
                if len(self._rests) >= self._limit:
                    continue
                rests = self._rests[key] = set()
            if len(rests) < 2:
                rests.add(_key(" ".join(rest)))

    def is_site_name(self, site: str, segment: str) -> bool:
        return len(self._rests.get((site, _key(segment)), ())) >= 2

    def strip(self, url: str | None, headline: str | None,
              span: tuple[int, int] | None = None) -> tuple[str | None, tuple[int, int] | None]:
        """``headline`` without a leading or trailing segment shared with another page of its site
        (at least three words are kept), and its span moved to match."""
        site = _site(url)
        if not site or not headline:
            return headline, span
        segments, separators = _split(headline)
        while len(segments) > 1 and len(" ".join(segments[:-1]).split()) >= 3 and \
                self.is_site_name(site, segments[-1]):
            segments.pop()
            separators.pop()
        while len(segments) > 1 and len(" ".join(segments[1:]).split()) >= 3 and \
                self.is_site_name(site, segments[0]):
            segments.pop(0)
            separators.pop(0)
        out = segments[0]
        for separator, segment in zip(separators, segments[1:], strict=True):
            out += separator + segment
        out = out.strip(_LEFTOVER) or headline
        if out == headline:
            return headline, span
        where = headline.find(out)
        moved = (span[0] + where, span[0] + where + len(out)) if span and where >= 0 else span
        return out, moved


def _site(url: str | None) -> str | None:
    host = host_of(url) if url else None
    return (registrable_domain(host) or host) if host else None


BATCH_WINDOW = 512  # pages held at once to compare their titles: memory stays bounded on any batch


def strip_shared_segments(articles, window: int = BATCH_WINDOW):
    """Articles in input order, each headline without its site's name as a segment repeated across the
    site's pages (``SiteSegments``): pages are compared within windows of ``window`` articles, and what
    earlier windows showed is remembered."""
    from dataclasses import replace
    from itertools import islice

    segments = SiteSegments()
    articles = iter(articles)
    while held := list(islice(articles, window)):
        for article in held:
            segments.observe(article.source.url if article.source else None, article.headline)
        for article in held:
            url = article.source.url if article.source else None
            headline, span = segments.strip(url, article.headline, article.headline_span)
            yield article if headline == article.headline else replace(
                article, headline=headline, headline_span=span)
