"""Venue and year from paper ids (ACL Anthology, arXiv, DOI) and proceedings URLs."""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

from ._data import Tables, UrlRule, tables, two_digit_year, valid_year
from ._names import canonical_venue
from ._types import VenueYear

# ACL Anthology, up to 2019: letter, two-digit year, four-digit number ("N19-1423").
_ACL_OLD = re.compile(r"([A-Z])([0-9]{2})-([0-9]{4})(?:V[0-9]{1,2})?", re.IGNORECASE)
# ACL Anthology, 2020 on: "2020.acl-main.703", "2020.findings-emnlp.58", "2020.tacl-1.5".
_ACL_NEW = re.compile(
    r"([0-9]{4})\.([a-z0-9]{1,30})-([a-z0-9]{1,30})\.([0-9]{1,5})(?:v[0-9]{1,2})?", re.IGNORECASE
)
# arXiv, April 2007 on: YYMM.NNNN or YYMM.NNNNN.
_ARXIV_NEW = re.compile(r"([0-9]{2})([0-9]{2})\.[0-9]{4,5}(?:v[0-9]{1,3})?", re.IGNORECASE)
# arXiv, before April 2007: archive[.subject]/YYMMNNN.
_ARXIV_OLD = re.compile(
    r"[a-z][a-z\-]{0,20}(?:\.[a-z]{2})?/([0-9]{2})([0-9]{2})[0-9]{3}(?:v[0-9]{1,3})?",
    re.IGNORECASE,
)
_DOI_RESOLVERS = (
    "https://doi.org/",
    "http://doi.org/",
    "https://dx.doi.org/",
    "http://dx.doi.org/",
)

# Ids and URLs are short; anything longer is not one, and not worth scanning.
_MAX_ID = 300
_MAX_URL = 2000


def _acl(value: str, raw: str, t: Tables) -> VenueYear | None:
    text = value.strip().rstrip("/")
    if text.lower().endswith(".pdf"):
        text = text[:-4]
    m = _ACL_OLD.fullmatch(text)
    if m:
        letter, yy = m.group(1).upper(), int(m.group(2))
        year = two_digit_year(yy)
        ident = text.upper()
        venue = next((v for p, v in t.acl_overrides if ident.startswith(p)), None)
        if venue is None:
            venue = t.acl_letters.get(letter)
        if venue is None or year is None:
            return None
        return VenueYear(venue, year, raw)
    m = _ACL_NEW.fullmatch(text)
    if m:
        year = int(m.group(1))
        if not valid_year(year):
            return None
        slug, volume = m.group(2).lower(), m.group(3).lower()
        venue = t.acl_slugs.get(f"{slug}-{volume}") or t.acl_slugs.get(slug)
        return VenueYear(venue, year, raw)
    return None


def _arxiv(value: str, raw: str) -> VenueYear | None:
    text = value.strip()
    if text.lower().startswith("arxiv:"):
        text = text[len("arxiv:") :].strip()
    m = _ARXIV_NEW.fullmatch(text)
    if m:
        yy, mm = int(m.group(1)), int(m.group(2))
        # New-style ids began in April 2007 (0704); earlier YYMM cannot be one.
        if not 1 <= mm <= 12 or yy * 100 + mm < 704 or not valid_year(2000 + yy):
            return None
        return VenueYear("arXiv", 2000 + yy, raw)
    m = _ARXIV_OLD.fullmatch(text)
    if m:
        yy, mm = int(m.group(1)), int(m.group(2))
        # Old-style ids ran from August 1991 to March 2007.
        year = 1900 + yy if yy >= 91 else 2000 + yy
        if not 1 <= mm <= 12 or year > 2007:
            return None
        return VenueYear("arXiv", year, raw)
    return None


def _doi(value: str, raw: str, t: Tables) -> VenueYear | None:
    text = value.strip()
    lowered = text.casefold()
    for resolver in (*_DOI_RESOLVERS, "doi:"):
        if lowered.startswith(resolver):
            text = text[len(resolver) :].strip()
            lowered = text.casefold()
            break
    for prefix in t.doi_acl_prefixes:
        if lowered.startswith(prefix):
            return _acl(text[len(prefix) :], raw, t)
    return None


def venue_from_paper_id(scheme: str, value: str) -> VenueYear | None:
    """The venue and year a paper id implies, or None if it implies none.

    ``scheme`` is "acl" (ACL Anthology: "N19-1423" is NAACL 2019, "2020.findings-emnlp.58" is
    Findings of EMNLP 2020), "arxiv" ("2004.08097" is arXiv 2020, "cs/0112017" arXiv 2001) or
    "doi" (only ACL Anthology DOIs such as "10.18653/v1/N19-1423" carry a venue). A new-style
    ACL id whose venue slug is not in the tables gives the year with venue None. ``raw`` of
    the result is ``value``.
    """
    if len(value) > _MAX_ID:
        return None
    kind = scheme.strip().lower()
    if kind == "acl":
        return _acl(value, value, tables())
    if kind == "arxiv":
        return _arxiv(value, value)
    if kind == "doi":
        return _doi(value, value, tables())
    return None


def _nips_year(number: int, t: Tables) -> int | None:
    for first, last, year in t.nips_numbers:
        if first <= number <= last:
            return year
    return None


def _apply(rule: UrlRule, m: re.Match[str], raw: str, t: Tables) -> VenueYear | None:
    groups = m.groupdict()
    venue = rule.venue
    if groups.get("venue"):
        venue = canonical_venue(groups["venue"]) or venue
    year: int | None = None
    if groups.get("year"):
        year = int(groups["year"])
    elif groups.get("yy"):
        year = two_digit_year(int(groups["yy"]))
    elif groups.get("volume"):
        volume = int(groups["volume"])
        if rule.volumes == "pmlr":
            hit = t.pmlr.get(volume)
            if hit is not None:
                venue, year = hit
        elif rule.volume_year_offset is not None:
            year = volume + rule.volume_year_offset
    elif groups.get("number"):
        year = _nips_year(int(groups["number"]), t)
    if year is not None and not valid_year(year):
        year = None
    if venue is None:
        return None
    return VenueYear(venue, year, raw)


# Pure and immutable; the venue rules ask about each paper link more than once.
@functools.lru_cache(maxsize=1 << 18)
def venue_from_url(url: str) -> VenueYear | None:
    """The venue and year a proceedings URL implies, or None if it implies no venue.

    The rules are ``url_rules`` in venues.yaml: NeurIPS proceedings by year or (old URLs) by
    paper number, PMLR volumes (ICML, AISTATS, ...), AAAI, IJCAI, CVF open access, and so on.
    OpenReview, ACL Anthology and arXiv URLs give None here: their venue is not in the URL or
    comes from the paper id (see :func:`venue_from_paper_id`). ``raw`` of the result is
    ``url``.
    """
    text = url.strip()
    if not text or len(text) > _MAX_URL:
        return None
    if "://" not in text:
        text = "http://" + text
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    host = host.removeprefix("www.")
    t = tables()
    for rule in t.url_rules:
        if host not in rule.hosts:
            continue
        m = rule.path.match(parts.path)
        if m:
            return _apply(rule, m, url, t)
    return None
