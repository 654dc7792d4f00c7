"""What a page's address says: its registrable domain, its outlet, a date in its path.

The registrable domain ("bbc.co.uk" for "www.bbc.co.uk", "site.wordpress.com" for a blog there) comes
from the public suffix list that the ``publicsuffixlist`` package ships: read offline, never fetched.
A date in the path ("/2016/12/15/", "/20161215/", "201702091050…", "/2016/12/") is evidence with its
own precision: a day, or a month when the path stops there.
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

from kurils.models import TimeValue
from kurils.outlets import outlet_for_domain

_EARLIEST_YEAR = 1990  # no news site had dated paths before the web
_LATEST_YEAR = 2099
# /2016/12/15/ or /2016-12-15 or /2016_12_15 (the separator is the same each time, or a year-month folder
# then the day's: china.org.cn's /2010-11/02/); a month when no day
_PATH_YMD = re.compile(r"(?<![0-9])((?:19|20)\d{2})([/_.-])(\d{1,2})(?:(?:\2|(?<=\d)/)(\d{1,2}))?(?![0-9])")
# /20161215/, -20161215-, or a timestamp that starts with one (201702091050...)
_PATH_COMPACT = re.compile(r"(?<![0-9])((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{2,8})?(?![0-9])")
# /16dec2016/, /16-dec-2016/: a day, an English month's abbreviation and the year (newsru.com's archive)
_PATH_DAY_MON_YEAR = re.compile(
    r"(?<![0-9a-z])(\d{1,2})[-_]?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[-_]?((?:19|20)\d{2})(?![0-9])",
    re.IGNORECASE)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# a Russian slug's day and month in transliteration, then the year: /news/8-sentyabrya-2022-1813-11158
_RU_MONTHS = ("yanvarya", "fevralya", "marta", "aprelya", "maya", "iyunya", "iyulya", "avgusta", "sentyabrya",
              "oktyabrya", "noyabrya", "dekabrya")
_PATH_DAY_RU_MONTH_YEAR = re.compile(
    rf"(?<![0-9a-z])(\d{{1,2}})[-_]({'|'.join(_RU_MONTHS)})[-_]((?:19|20)\d{{2}})(?![0-9])", re.IGNORECASE)
# a whole path segment /201102/: a year and a month (kantei.go.jp's /actions/201102/07hoppou.html)
_PATH_YEAR_MONTH = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])/")
# a path segment that is a MongoDB ObjectId (24 hex digits, the first 8 its creation time in Unix seconds):
# "rbc.ru/rbcfreenews/6168e5179a7947467a6ed1ad"
_OBJECT_ID = re.compile(r"(?<![0-9a-f])([0-9a-f]{8})[0-9a-f]{16}(?![0-9a-f])")

# https://web.archive.org/web/20120216182711/http://www.example.org/...: a capture time, then the page
_ARCHIVED = re.compile(r"/web/\d{4,14}[a-z_]*/(.+)")


def original_url(url: str) -> str:
    """The archived page's own address inside a Wayback Machine address; any other URL as it is."""
    try:
        archived = _ARCHIVED.match(urlsplit(url).path)
    except ValueError:
        return url
    return archived.group(1) if archived and "archive" in (urlsplit(url).hostname or "") else url


def host_of(url: str | None) -> str | None:
    """The lower-cased host name of a URL ('www.bbc.co.uk'), or None when there is none."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:  # a malformed address (bad port, brackets) names no host
        return None
    return host.rstrip(".") if host else None


@functools.cache
def _suffix_list():
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()  # the list bundled with the package; nothing is downloaded


def registrable_domain(url_or_host: str | None) -> str | None:
    """The domain a registrant holds: 'bbc.co.uk' for any address under it; None for an IP or none."""
    host = host_of(url_or_host)
    if not host or re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host):
        return None
    return _private_suffix(host)


@functools.lru_cache(maxsize=4096)
def _private_suffix(host: str) -> str | None:
    return _suffix_list().privatesuffix(host)


def outlet_from_url(url: str | None, site_name: str | None = None) -> tuple[str | None, str | None]:
    """(outlet, why): a known outlet's domain, else the page's site name, else the registrable domain."""
    host = host_of(original_url(url)) if url else None
    if host:
        known = outlet_for_domain(host)
        if known:
            return known, f"the address's domain '{registrable_domain(host) or host}'"
    if site_name and site_name.strip():
        return " ".join(site_name.split()), "the page's site name"
    domain = registrable_domain(host)
    if domain:
        return domain, "the address's domain (not a known outlet)"
    return None, None


def url_date(url: str | None) -> TimeValue | None:
    """The date written in a URL's path, at the precision it is written; None when there is none.

    Only the path is read (a query's ids are not dates), and only real calendar days count."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    if original_url(url) != url:  # the Wayback Machine's timestamp is when it crawled, not published
        return url_date(original_url(url))
    for match in _PATH_YMD.finditer(path):
        value = _value(int(match.group(1)), int(match.group(3)), match.group(4))
        if value is not None:
            return value
    for match in _PATH_COMPACT.finditer(path):
        value = _value(int(match.group(1)), int(match.group(2)), match.group(3))
        if value is not None and value.precision == "day":
            return value
    for match in _PATH_DAY_MON_YEAR.finditer(path):
        month = _MONTHS.index(match.group(2).lower()) + 1
        value = _value(int(match.group(3)), month, match.group(1))
        if value is not None:
            return value
    for match in _PATH_DAY_RU_MONTH_YEAR.finditer(path):
        value = _value(int(match.group(3)), _RU_MONTHS.index(match.group(2).lower()) + 1, match.group(1))
        if value is not None:
            return value
    found = _object_id_date(path)
    if found is None:
        for match in _PATH_YEAR_MONTH.finditer(path):
            found = found or _value(int(match.group(1)), int(match.group(2)), None)
    return found


def _object_id_date(path: str) -> TimeValue | None:
    """The creation day of an ObjectId that is a whole path segment, when it falls in the web's years."""
    for segment in path.split("/"):
        match = _OBJECT_ID.fullmatch(segment.split(".")[0])
        if match:
            stamp = datetime.fromtimestamp(int(match.group(1), 16), tz=UTC).date()
            if date(_EARLIEST_YEAR, 1, 1) <= stamp <= date(_LATEST_YEAR, 12, 31):
                return TimeValue(stamp, stamp, "day")
    return None


def _value(year: int, month: int, day: str | None) -> TimeValue | None:
    if not (_EARLIEST_YEAR <= year <= _LATEST_YEAR and 1 <= month <= 12):
        return None
    if day is None:
        last = calendar.monthrange(year, month)[1]
        return TimeValue(date(year, month, 1), date(year, month, last), "month")
    try:
        found = date(year, month, int(day))
    except ValueError:
        return None
    return TimeValue(found, found, "day")
