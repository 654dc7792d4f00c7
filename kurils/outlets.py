"""Outlet (publisher) and wire source of an article.

The publisher shows in the page's own furniture (a "- Sputnik International"
or "| Reuters" suffix, a copyright line, the site's address) and in the
dateline credit at the start of the body ("TOKYO, January 22. /TASS/.",
"MOSCOW (Reuters) -", "(Kyodo) --"). An outlet merely named in a sentence
("TASS reported", "according to RIA Novosti") is a source, never evidence.
When the page belongs to one outlet and the credit names another agency, the
article is a reprint: the agency is the ``wire_source``.

The outlets, the names they print, their domains and which are agencies are rows of
``data/outlets.csv``: a new outlet needs a row, not code.

Whose page it is, by the real batches' convention (a-e): the site that serves the page, even when it
reposts another's story (a wire's copy on a paper's site, a forum thread or a bookmark page quoting a
paper: 5ch, 2ch and its archives, Hatena Bookmark, Ameba's blogs are named as such), except where the
page is a window onto one publisher: a news aggregator that credits it (Yahoo!ニュース' 配信 line), a
reader of newspapers whose address names the paper (PressReader), a mirror whose dateline credits it.
"""

from __future__ import annotations

import re

from kurils import reference
from kurils.models import CleanText, PageMeta, Source

# ``data/outlets.csv``: one outlet a row, with the names it is printed under and its domains
_OUTLET_ROWS = reference.rows("outlets.csv")
# canonical name -> names and abbreviations it is printed under (the alternation below is sorted by length)
# (two papers may print the same name, "The Nation" in Bangkok and in Lahore: their rows share it)
OUTLETS: dict[str, tuple[str, ...]] = {}
for _row in _OUTLET_ROWS:
    _known = OUTLETS.get(_row["name"], ())
    OUTLETS[_row["name"]] = tuple(dict.fromkeys(_known + reference.cell_list(_row["aliases"])))
# Agencies whose credit in a dateline marks a reprint when the page is someone else's.
AGENCIES = frozenset(row["name"] for row in _OUTLET_ROWS if reference.cell_bool(row["agency"]))
# registrable domain or host -> outlet
DOMAINS: dict[str, str] = {
    domain: row["name"] for row in _OUTLET_ROWS for domain in reference.cell_list(row["domains"])
}
# bare agency names as printed in photo credits and bylines: a credit, not the page's own name
WIRE_ALIASES = frozenset(
    credit.lower() for row in _OUTLET_ROWS for credit in reference.cell_list(row["credit_names"])
)
# ``data/platform_hosts.csv``: hosts of other publishers' stories (aggregators) and of blogs
_PLATFORMS: dict[str, str] = {row["domain"]: row["kind"] for row in reference.rows("platform_hosts.csv")}
# a blog platform's own name ("Blogger", "Hatena Blog"): the site of a blog known only by its account
_PLATFORM_NAMES: dict[str, str] = {
    row["domain"]: row["name"] for row in reference.rows("platform_hosts.csv") if row["name"]}
_ALIAS_TO_OUTLET = {alias.lower(): name for name, aliases in OUTLETS.items() for alias in aliases + (name,)}
# Outlets' names are looked up in ``_ALIAS_TO_OUTLET`` (a dict), never as one regex alternation of every
# name: with hundreds of outlets such a pattern costs seconds to compile and a scan of every name at
# every position. The patterns below find where a name may stand; the dict says whether it is one.
_SEPARATORS = "-|–—•"
# "Headline - Sputnik International", "Headline | Reuters": a separator that may open a site's name
_SUFFIX_SEP = re.compile(r"(?:^|(?<=\s))[-|–—•]\s*")
# dateline credits: "/TASS/", "(Reuters) -", "(Kyodo) --", "(AP) —", "[AFP]"
_CREDIT_SLOTS = re.compile(
    r"/\s*([^/\n]{1,60}?)\s*/|\(\s*([^()\n]{1,60}?)\s*\)\s*(?:[-–—−:]|\.|$)|\[\s*([^\]\n]{1,60}?)\s*\]"
)
_COPYRIGHT_HEAD_RE = re.compile(
    r"(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}\s*)?(?:[-–]\s*\d{4}\s*)?(?:by\s+)?", re.IGNORECASE
)
_BYLINE_HEAD = re.compile(r"^\s*(?:By\s+|Source:\s*|Sources?:\s*)?", re.IGNORECASE)
_STAFF_TAIL = re.compile(
    r"\s+(?:staff(?:\s+writers?)?|reporters?|writers?|newsroom|correspondents?|and news agencies|"
    r"with agencies)\s*$",
    re.IGNORECASE,
)
_PREFIX_SLOT = re.compile(r"^(\S.{0,80}?)\s+[-|–—•]\s+\S")
_PAREN_END = re.compile(r"\(\s*([^()]{1,60}?)\s*\)\s*$")
_MAX_NAME_WORDS = max(len(alias.split()) for alias in _ALIAS_TO_OUTLET)


def _alias(text: str | None) -> str | None:
    """``text`` itself when it is an outlet's printed name (any case), else None."""
    return text if text and text.lower() in _ALIAS_TO_OUTLET else None


def suffix_outlet(line: str) -> tuple[int, str] | None:
    """(where the suffix starts, the name) for a line ending in a separator and an outlet's name."""
    for match in _SUFFIX_SEP.finditer(line):
        name = _alias(line[match.end():].strip())
        if name:
            return max(match.start() - 1, 0), name
    return None


def site_line_outlet(line: str) -> str | None:
    """The name when a line is only an outlet's name ("- Sputnik International", "Reuters")."""
    text = line.strip()
    if text[:1] and text[:1] in _SEPARATORS:
        text = text[1:].strip()
    return _alias(text)


def credit_outlet(text: str) -> str | None:
    """The first dateline credit in ``text`` that names an outlet ("/TASS/", "(Reuters) -", "[AFP]")."""
    for match in _CREDIT_SLOTS.finditer(text):
        name = _alias(next(g for g in match.groups() if g is not None))
        if name:
            return name
    return None


def _leading_alias(text: str) -> tuple[str, int] | None:
    """The longest outlet name that ``text`` opens with, ending at a word boundary, and its end."""
    words = list(re.finditer(r"\S+", text[:300]))[:_MAX_NAME_WORDS]
    for n in range(len(words), 0, -1):
        end = words[n - 1].end()
        for stop in range(end, words[n - 1].start(), -1):
            candidate = text[words[0].start():stop]
            if _alias(candidate) and (stop == len(text) or not (text[stop].isalnum() or text[stop] == "_")
                                      or not (candidate[-1].isalnum() or candidate[-1] == "_")):
                return candidate, stop
    return None


def copyright_outlet(line: str) -> str | None:
    """The outlet a copyright notice names ("© 2016 Reuters", "Copyright by TASS"); not a photo
    credit ("© Sputnik / Vladimir Fedorenko")."""
    for match in _COPYRIGHT_HEAD_RE.finditer(line):
        found = _leading_alias(line[match.end():])
        if found and not re.match(r"\s*/", line[match.end() + found[1]:]):
            return found[0]
    return None


def byline_outlet(line: str) -> str | None:
    """An outlet standing as the byline: "By Reuters", "Source: Xinhua", "AFP staff writers"."""
    text = _BYLINE_HEAD.sub("", line, count=1).strip()
    return _alias(text) or _alias(_STAFF_TAIL.sub("", text).strip())


def agency_byline_outlet(line: str) -> str | None:
    """The outlet after a writer's name: "By Jane Doe, Reuters", "By Ivan Petrov TASS"."""
    if not re.match(r"By\s", line):
        return None
    text = line.rstrip()
    for match in re.finditer(r"[\s,]+", text):
        if 3 <= match.start() - 3 <= 60 and _alias(text[match.end():]):
            return text[match.end():]
    return None


def tail_credit_outlet(line: str) -> str | None:
    """A credit line at the very end: "- Kyodo", "(AFP)", "Reuters"."""
    text = line.strip().lstrip("-–—(").strip()
    if text.endswith(")"):
        text = text[:-1].strip()
    return _alias(text)


def prefix_outlet(line: str) -> str | None:
    """The site's name opening a meta line: "KYODO NEWS - Dec 16, 2016 - 19:43"."""
    match = _PREFIX_SLOT.match(line)
    return _alias(match.group(1)) if match else None


def paren_site_outlet(line: str) -> str | None:
    """"(Mainichi Japan)" after a stamp, "(The Japan News)" on a caption: the site's own name."""
    match = _PAREN_END.search(line)
    return _alias(match.group(1)) if match else None
JAPAN_TODAY_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}\s[—–]$")
URL_RE = re.compile(r"https?://(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})", re.IGNORECASE)
# page styles typical of one site: weak evidence only
RT_STAMP = re.compile(r"^\d{1,2} [A-Z][a-z]{2,3}, \d{4} \d{2}:\d{2}$", re.MULTILINE)
RT_TIME_STAMP = re.compile(r"^(?:Published|Edited) time:", re.MULTILINE)
DW_AGENCY_INITIALS = re.compile(r"^[a-z]{2,4}(?:/[a-z]{2,4})+\s*\([^)]{2,60}\)\s*$", re.MULTILINE)
# "NATIONAL / POLITICS & DIPLOMACY" over "BY NAME" and "STAFF WRITER": The Japan Times' header
JAPAN_TIMES_SECTION = re.compile(
    r"^(?:NATIONAL|WORLD|BUSINESS|ASIA PACIFIC|OPINION|COMMENTARY|LIFE|CULTURE) / [A-Z][A-Z &/-]+$",
    re.MULTILINE,
)
# "This article is more than 5 years old": the archive note The Guardian prints on older pieces
GUARDIAN_AGE_NOTE = re.compile(r"^This article is more than \w+ (?:years?|months?) old$", re.MULTILINE)
NYT_PRINT_NOTE = re.compile(r"of the New York edition|appears in print on", re.IGNORECASE)
# "By TAKASHI FUNAKOSHI/ Staff Writer": The Asahi Shimbun's byline style
ASAHI_BYLINE = re.compile(r"^By [A-Z][A-Z .'-]+/\s*(?:Senior )?Staff Writers?$", re.MULTILINE)
# NHK reports speak of themselves: "NHK has learned ...", "NHK learned from sources ..."
NHK_SELF = re.compile(r"\bNHK (?:has )?learned\b")
TASS_FURNITURE = re.compile(r"^(?:ID\s*:|Auther\s*:|All news)\s*$", re.MULTILINE)
SPUTNIK_FURNITURE = re.compile(r"Go to the mediabank|©\s*Sputnik\s*/", re.IGNORECASE)


def canonical(alias: str) -> str | None:
    """The canonical outlet name for a printed name or abbreviation."""
    return _ALIAS_TO_OUTLET.get(alias.strip().lower())


def detect_outlet(text: str, cleaned: CleanText) -> tuple[str | None, str | None]:
    """(publisher, wire_source) from structural evidence only; (None, None) when unknown."""
    publisher = page_publisher(text, cleaned)
    credit = dateline_credit(text, cleaned)
    if publisher and credit and credit != publisher:
        return publisher, credit
    return publisher or credit, None


def choose_outlet(text: str, cleaned: CleanText, page: PageMeta | None = None,
                  source: Source | None = None) -> tuple[str | None, str | None, str | None]:
    """(outlet, wire_source, why), strongest evidence first: a known outlet's domain in the address,
    the outlet the batch supplied, a known outlet as the page's site name, the text's own furniture,
    then the page's site name or the address's domain as they are."""
    from kurils.urls import host_of, original_url, outlet_from_url

    publisher, credit = page_publisher(text, cleaned), dateline_credit(text, cleaned)
    url = (source.url if source else None) or (page.url if page else None)
    site = page.site_name if page else None
    supplied = source.outlet.strip() if source and source.outlet and source.outlet.strip() else None
    by_url, url_why = outlet_from_url(url)
    host = host_of(original_url(url)) if url else None
    if supplied:
        supplied = canonical(supplied) or outlet_for_domain(supplied) or supplied
    platform = platform_kind(host) if host else None
    known_host = outlet_for_domain(host) if host and platform != "aggregator" else None
    hosted = outlet_in_address(original_url(url)) if host and not known_host else None
    if publisher in AGENCIES and host and not known_host:
        credit, publisher = credit or publisher, None  # a wire's name on another site's page: a credit
    reposted = repost_credit(text, cleaned) if host and not known_host else None
    choices = [  # strongest first; each is only worked out when the ones before it gave nothing
        (lambda: known_host, url_why),
        (lambda: supplied, "supplied with the item"),
        (lambda: platform == "aggregator" and reposted and (canonical(reposted) or reposted),
         "the publisher an aggregator's page credits"),
        (lambda: hosted, "the address names a known outlet"),
        (lambda: site and canonical(site), "the page's site name"),
        (lambda: publisher, "the text"),
        (lambda: host and printed_site_name(text, cleaned, host), "a printed name that spells the domain"),
        (lambda: reposted and canonical(reposted) not in AGENCIES and canonical(reposted),
         "the known publisher a repost credits"),
        (lambda: site, "the page's site name"),
        (lambda: host and brand_in_text(text, host), "the page writes the address's name"),
        (lambda: host and outlet_for_domain(host), url_why),
        (lambda: host and name_from_address(host), "the address's name, read as words"),
        (lambda: by_url, url_why),
    ]
    outlet, why = next(((o, w) for choose, w in choices if (o := choose())), (None, None))
    if outlet is None and credit:
        return credit, None, "the text"
    return outlet, credit if credit and credit != outlet else None, why


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


# an outlet's printed names squashed ("bangkokpost", "voa"): how an address spells them
_SQUASHED: dict[str, str] = {}
for _printed, _outlet in _ALIAS_TO_OUTLET.items():
    _SQUASHED.setdefault(_squash(_printed), _outlet)
_LABEL_TAILS = ("", "news", "online", "daily", "web", "tv", "now")
_COPYRIGHT_HEAD = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?", re.IGNORECASE)


def outlet_in_address(url: str | None) -> str | None:
    """A known outlet that a host of other sites' pages names in the address: a subdomain
    ("voa.pangea-cms.com") or a path segment ("pressreader.com/thailand/bangkok-post/20170908/…"; a
    wire agency's name in a path is a wire section, not the publisher)."""
    from urllib.parse import urlsplit

    from kurils.urls import host_of, registrable_domain

    host = host_of(url)
    domain = registrable_domain(host) if host else None
    if not host or not domain:
        return None
    labels = host.removesuffix(domain).strip(".").split(".")
    for label in filter(None, labels):
        if len(label) >= 3 and _squash(label) in _SQUASHED:
            return _SQUASHED[_squash(label)]
    try:
        segments = urlsplit(url).path.split("/")[1:4]
    except ValueError:
        return None
    for segment in segments:
        key = _squash(segment)
        # a wire's name in a path is another site's wire section ("/reuters/"), not the paper it shows
        if len(key) >= 6 and key in _SQUASHED and _SQUASHED[key] not in AGENCIES:
            return _SQUASHED[key]
    return None


def printed_site_name(text: str, cleaned: CleanText, host: str) -> str | None:
    """A short name printed at the head or foot of the page, or as a title's end segment, whose letters
    spell the address's domain ("Japan Bullet" on japanbullet.com, "The National" on
    thenationalnews.com): the site's own name as it prints it."""
    label = _squash(site_label(host) or "")
    if len(label) < 4:
        return None
    # the name printed with its address's ending: "PanARMENIAN.Net" on panarmenian.net, "Gazeta.Ru"
    from kurils.urls import registrable_domain

    with_suffix = _squash(registrable_domain(host.lower()) or host)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    candidates = lines[:12] + lines[-6:] + [p.text for p in cleaned.furniture]
    stems = {label.removeprefix("the")} | {label[: -len(t)] for t in _LABEL_TAILS if t and label.endswith(t)}
    blob = _squash(" ".join(line[:200] for line in candidates))
    if not any(len(stem) >= 4 and stem.removeprefix("the") in blob for stem in stems):
        return None  # the domain's letters are printed nowhere near the head or foot
    for line in candidates:
        parts = [part.strip() for part in _SEGMENT_SEP.split(line)[::2]]
        if len(line) > 200:  # a long line: only a name set off at its start ("PanARMENIAN.Net - Abe said")
            parts = parts[:1] if len(parts) > 1 and len(parts[0].split()) <= 3 else []
            line = parts[0] if parts else ""
        if not line:
            continue
        for segment in [line, *parts]:
            segment = _COPYRIGHT_HEAD.sub("", segment).strip()
            key = _squash(segment)
            spellings = (key, key.removeprefix("the"), "the" + key)
            if 0 < len(segment.split()) <= 5 and key and (key == with_suffix or any(
                    label == spelling + tail for spelling in spellings for tail in _LABEL_TAILS)):
                return " ".join(segment.split())
            # "Expatica news" on expatica.com: the name and a lowercase word saying what the page is
            described = segment.rsplit(" ", 1)
            if (len(described) == 2 and described[1] in _LABEL_TAILS
                    and _squash(described[0]) in spellings_of(label) and 0 < len(described[0].split()) <= 4):
                return " ".join(described[0].split())
    return None


# a site's name as a page writes it in its prose: "Joinfo.ua reports", "according to RusReality"
_BRAND_TOKEN = re.compile(
    r"(?<![\w.@/])([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(\.[A-Za-z]{2,6})?(?![\w@/-]|\.[A-Za-z])")


def brand_in_text(text: str, host: str) -> str | None:
    """The address's name as the page spells it anywhere in its text, where the spelling says more than
    the address does: with an address's ending ("Joinfo.ua" on joinfo.com: "Joinfo"; "Stende.ru" on
    stende.ru: "Stende.ru") or with capitals inside it ("RusReality", "iGambler"). A plain capitalised
    word ("Babel") says nothing the address does not."""
    from kurils.urls import registrable_domain

    label = _squash(site_label(host) or "")
    if len(label) < 4 or not label.isalnum():
        return None
    suffix = (registrable_domain(host.lower()) or host).split(".", 1)[-1].lower()
    for match in _BRAND_TOKEN.finditer(text):
        name, ending = match.group(1), match.group(2)
        if _squash(name) != label:
            continue
        if ending:
            return name + ending if ending[1:].lower() == suffix else name
        if any(c.isupper() for c in name[1:]) and not name.isupper():
            return name
    return None


def spellings_of(label: str) -> set[str]:
    """How a printed name may squash to an address's label: itself, with or without "the"."""
    return {label, label.removeprefix("the"), "the" + label}


def platform_kind(host: str) -> str | None:
    """"aggregator" (a host of other publishers' stories), "blog" (a blog platform), "portal" (a
    company's short domain whose subdomains are its brands: espn.go.com, abcnews.go.com), or None."""
    host = host.lower()
    while host:
        if host in _PLATFORMS:
            return _PLATFORMS[host]
        if "." not in host:
            return None
        host = host.split(".", 1)[1]
    return None


def platform_name(host: str) -> str | None:
    """The name of the blog platform serving ``host`` ("Blogger" for cruelkev2.blogspot.com), or None."""
    host = host.lower()
    while "." in host:
        if host in _PLATFORM_NAMES:
            return _PLATFORM_NAMES[host]
        host = host.split(".", 1)[1]
    return None


def site_label(host: str) -> str | None:
    """The label that names the site: the registrable domain's first label ("detroitnews" for
    www.detroitnews.com), or a blog's own subdomain on a blog platform ("katakami.wordpress.com")."""
    from kurils.urls import registrable_domain

    host = host.lower().removeprefix("www.")
    domain = registrable_domain(host) or host
    if platform_kind(host) in ("blog", "portal"):
        below = host.removesuffix(domain).strip(".")
        if below:
            return below.split(".")[-1]
    return domain.split(".")[0] or None


def name_from_address(host: str) -> str | None:
    """A name for a site the project does not know, read off its address ("Army Recognition"). A blog on
    a platform goes by the platform ("Blogger", "Webnode", "Hatena Blog"): its subdomain is an account, a
    handle ("cruelkev2.blogspot.com") or words ("dailygeonews.blogspot.com"), and the real batches name
    such a page by its host, as they name a forum thread by its forum. A blog that prints its own name is
    named by it before this is asked (``printed_site_name``)."""
    from kurils.sitename import name_from_label

    label = site_label(host)
    if not label or len(label) < 2:
        return None
    if platform_kind(host) == "blog" and (platform := platform_name(host)):
        return platform
    # on a blog platform or a portal the label is a subdomain: its address's ending is the platform's
    return name_from_label(label, None if platform_kind(host) else host)


# the publisher a reposted story credits:
# Yahoo!ニュース prints it on the line under "7/26(水) 7:03配信" and over "最終更新:7/26(水) 7:03"
_DELIVERED_STAMP = re.compile(r"配信\s*$")
_UPDATED_STAMP = re.compile(r"^最終更新\s*[:：]")
# "Source: Kyodo", "Источник: ФедералПресс", "出典：北海道新聞", "Quelle: dpa"
_SOURCE_LINE = re.compile(
    r"^(?:Source|Sources|Originally published (?:by|in|at)|Источник|Первоисточник|Quelle|Fuente|Fonte|"
    r"出典|提供|配信元)\s*[:：]?\s*(\S[^\n]{0,50}?)\s*$", re.IGNORECASE)
# a Russian dateline credit: "ЮЖНО-САХАЛИНСК, 14 октября, ФедералПресс.", "МОСКВА, 7 ноя — РИА Новости."
_RU_DATELINE_CREDIT = re.compile(
    r"^[А-ЯЁ][А-ЯЁ-]+(?: [А-ЯЁ-]+)*,\s*\d{1,2}\s+[а-яё]+\.?(?:\s+\d{4}(?:\s*г\.)?)?\s*(?:,|[—–-])\s*"
    r"([^\s.,/—–][^.,/\n—–]{1,40}?)\s*\.")
# a Japanese paper's credit closing a paragraph or a caption: "…と話した。（北海道新聞）"
_PAREN_CREDIT = re.compile(r"[（(]([^（）()\n\d]{2,20}?)[)）]\s*$")
_PUBLISHER_WORD = re.compile(
    r"(?:新聞|新報|日報|通信|タイムス|ニュース|放送|テレビ|Shimbun|Shinbun|News|Times|Post|Press)$")


def repost_credit(text: str, cleaned: CleanText) -> str | None:
    """The publisher a reposted story credits, as printed: Yahoo!ニュース' line under its 配信 stamp,
    a "Source:" line, a Russian dateline's credit, a Japanese paper's name in brackets at a paragraph's
    end. Credits inside the story ("according to TASS") are not read."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for index, line in enumerate(lines[:-1]):
        if len(line) < 40 and _DELIVERED_STAMP.search(line) and re.search(r"\d", line):
            name = lines[index + 1]
            if len(name) <= 30 and not _SENTENCE_END_CHARS.search(name):
                return name
        updated = _UPDATED_STAMP.match(lines[index + 1])
        if updated and len(line) <= 30 and not _SENTENCE_END_CHARS.search(line):
            return line
    for line in lines[:40] + lines[-8:]:
        match = _SOURCE_LINE.match(line) if len(line) <= 80 else None
        if match and (canonical(match.group(1)) or not _SENTENCE_END_CHARS.search(match.group(1))):
            return match.group(1)
    for paragraph in cleaned.paragraphs[:3]:
        match = _RU_DATELINE_CREDIT.match(paragraph.text)
        if match:
            return match.group(1)
    for line in lines[:40] + lines[-8:]:
        match = _PAREN_CREDIT.search(line)
        if match and (canonical(match.group(1)) or _PUBLISHER_WORD.search(match.group(1))):
            return match.group(1)
    return None


_SENTENCE_END_CHARS = re.compile(r"[.!?。！？]\s*$")


_SEGMENT_SEP = re.compile(r"\s+(\||-|–|—|•)\s+")
_DATE_SEGMENT = re.compile(r"^[\d\s./:-]+$")
_DOMAIN_SEGMENT = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$", re.IGNORECASE)


def split_title_suffix(line: str) -> tuple[int, str | None]:
    """Where a page title's own part ends, and the outlet named in its suffix.

    "X | Reuters" -> (len("X"), "Reuters"); "X | News | DW | 15.12.2016" -> (len("X"), "DW");
    a suffix that names no outlet ("... - prime minister") is part of the title.
    """
    end, alias = len(line), None
    while True:
        separators = list(_SEGMENT_SEP.finditer(line, 0, end))
        if not separators:
            return end, alias
        last = separators[-1]
        segment = line[last.end() : end].strip()
        title_words = len(line[: last.start()].split())
        if title_words < 3:
            return end, alias
        name = canonical(segment) or (outlet_for_domain(segment) if _DOMAIN_SEGMENT.match(segment) else None)
        if name and not alias:
            alias = name if canonical(segment) is None else segment
        elif name and canonical(alias) == name:
            pass  # "X - Xinhua | English.news.cn": the site's name and its address
        elif _DATE_SEGMENT.match(segment) and any(c.isdigit() for c in segment):
            pass
        elif alias and last.group(1) == "|" and len(segment.split()) <= 3:
            pass
        else:
            return end, alias
        end = last.start()


def page_publisher(text: str, cleaned: CleanText) -> str | None:
    """The site the page belongs to: suffixes, site-name lines, copyright, address, then site style."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return None
    if len(lines[0]) < 300:
        _, alias = split_title_suffix(lines[0])
        if alias:
            return canonical(alias)
    for line in lines[:6]:
        name = prefix_outlet(line)
        if name and len(line) < 120 and (cleaned.headline is None or line != cleaned.headline):
            return canonical(name)
    for line in lines[:12] + [p.text for p in cleaned.furniture]:
        if len(line) > 300:
            continue
        suffix = suffix_outlet(line)
        for name in (suffix[1] if suffix else None, site_line_outlet(line),
                     paren_site_outlet(line) if len(line) <= 120 else None):
            if name and (name.lower() not in WIRE_ALIASES or line.lstrip()[:1] in _SEPARATORS):
                return canonical(name)
    for line in lines[:5] + lines[-6:]:
        name = copyright_outlet(line) if len(line) < 200 else None
        if name and name.lower() not in WIRE_ALIASES:
            return canonical(name)
    for line in lines[:5] + lines[-5:]:
        match = URL_RE.search(line)
        if match and len(line) < 300:
            outlet = outlet_for_domain(match.group(1))
            if outlet:
                return outlet
    return site_style(lines)


def site_style(lines: list[str]) -> str | None:
    """Weak evidence: page layouts typical of one site."""
    head = "\n".join(lines[:8])
    if any(line.count("icon") >= 8 for line in lines[:3]):
        return "RT"
    if any("Go to the mediabank" in line for line in lines):
        return "Sputnik"
    if TASS_FURNITURE.search(head):
        return "TASS"
    if RT_STAMP.search(head) or RT_TIME_STAMP.search(head):
        return "RT"
    tail = "\n".join(lines[-8:])
    if DW_AGENCY_INITIALS.search(tail):
        return "DW"
    if NYT_PRINT_NOTE.search(tail):
        return "The New York Times"
    if JAPAN_TIMES_SECTION.search(head) and any(line == "STAFF WRITER" for line in lines[:12]):
        return "The Japan Times"
    if GUARDIAN_AGE_NOTE.search("\n".join(lines[:20])):
        return "The Guardian"
    if any(JAPAN_TODAY_DATELINE.match(line) for line in lines[:8]):
        return "Japan Today"
    if ASAHI_BYLINE.search(head):
        return "Asahi Shimbun"
    if any(NHK_SELF.search(line) for line in lines):
        return "NHK World"
    if any(SPUTNIK_FURNITURE.search(line) for line in lines):
        return "Sputnik"  # a Sputnik photo credit: the weakest hint, other sites use its photos too
    return None


def outlet_for_domain(host: str) -> str | None:
    host = host.lower()
    while host:
        if host in DOMAINS:
            return DOMAINS[host]
        if "." not in host:
            return None
        host = host.split(".", 1)[1]
    return None


def dateline_credit(text: str, cleaned: CleanText) -> str | None:
    """The agency credited in the dateline, on a byline, or on a credit line at the very end."""
    paragraphs = cleaned.paragraphs
    for paragraph in paragraphs[:3]:
        name = credit_outlet(paragraph.text[:160])
        if name:
            return canonical(name)
    body_start = paragraphs[min(2, len(paragraphs) - 1)].start if paragraphs else len(text)
    head = [p.text for p in cleaned.furniture if p.start < body_start] + [p.text for p in paragraphs[:2]]
    for line in head:
        name = (byline_outlet(line) or agency_byline_outlet(line)) if len(line) < 80 else None
        if name:
            return canonical(name)
    body_end = paragraphs[-1].start if paragraphs else 0
    tail = [p.text for p in cleaned.furniture if p.start >= body_end] + [p.text for p in paragraphs[-1:]]
    for line in tail:
        if len(line) > 120:
            continue
        name = byline_outlet(line) or tail_credit_outlet(line) or copyright_outlet(line)
        if name:
            return canonical(name)
    return None
