"""What a badge image says: ``![](https://img.shields.io/badge/EMNLP2023--findings-orange)``
renders the text "EMNLP2023-findings". Paper lists put a paper's venue there; the reader of
the rendered page sees it as text, so the entry states it.

Only static badges are read: shields.io's (``/badge/<label>-<message>-<colour>``, ``--`` a
dash, ``_`` a space) and badgen.net's (``/badge/<label>/<message>/<colour>``, ``?label=``
replacing the label); only a known venue counts: a badge of stars or licences names none.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from awesome_ptm.parse._dates import YEAR_DIGITS, parse_date
from awesome_ptm.parse._inline import Segment, first_visible
from awesome_ptm.parse._navigation import structure
from awesome_ptm.parse._notes import is_generic_label
from awesome_ptm.parse._presentation import without_trailing_presentation
from awesome_ptm.parse._venue_names import known_venue
from awesome_ptm.parse._vocabulary import is_badge_link_word, is_badge_word, without_venue_label
from awesome_ptm.venues import VenueYear, canonical_venue, split_venue_year

#: ``COLING2025``: a year glued to the venue's name, spaced before reading.
_GLUED_YEAR = re.compile(r"(?<=[A-Za-z])(?=(?:19|20)\d\d)")
#: What joins a badge's label and message when read as a venue (``EMNLP2023-findings``).
_JOINS = re.compile(r"[-:]+")


def badge_text(src: str) -> str | None:
    """The text a static badge renders (label and message), or None."""
    try:
        parts = urlsplit(src)
    except ValueError:
        return None
    if parts.netloc.casefold() not in structure().badge_hosts or not parts.path.startswith(
        "/badge/"
    ):
        return None
    if parts.netloc.casefold() == _BADGEN:
        return _badgen_text(parts.path[len("/badge/") :], parts.query)
    body = unquote(parts.path[len("/badge/") :]).replace("--", "\x00")
    pieces = [
        p.replace("\x00", "-").replace("__", "\x01").replace("_", " ").replace("\x01", "_")
        for p in body.split("-")
    ]
    if len(pieces) >= 2:
        pieces = pieces[:-1]  # the last piece is the colour
    text = " ".join(p.strip() for p in pieces if p.strip())
    return text or None


#: The host whose badges are ``/badge/<label>/<message>/<colour>``.
_BADGEN = "badgen.net"


def _badgen_text(path: str, query: str) -> str | None:
    """``color/ICLR/blue?label=``: a badgen.net badge's text, its label replaced by the
    ``label`` parameter when there is one (empty: the message alone)."""
    pieces = [unquote(p) for p in path.split("/")]
    if len(pieces) < 2:
        return None
    label, message = pieces[0], pieces[1]
    for key, _, value in (item.partition("=") for item in query.split("&") if item):
        if key == "label":
            label = unquote(value)
    text = " ".join(p.strip() for p in (label, message) if p.strip())
    return text or None


#: ``ENLSP at NIPS 2023``: a workshop's acronym held at a venue.
_HELD_AT = re.compile(r"([A-Z][A-Za-z0-9-]{1,20}) (?:at|@) (.{3,40})")


def badge_venue(segs: list[Segment]) -> VenueYear | None:
    """The first badge among ``segs`` that renders a known venue and its year
    (``COLING2025``, ``EMNLP2023-findings``, ``ICML 2024 Oral``), read as a venue cell is;
    else a badge naming a known venue alone (``arXiv``) beside one giving the date alone
    (``2024.02``): that venue, the date's year."""
    found = _badge_venue(segs)
    if found is not None:
        return found
    # (``![TPAMI](…/badge/TPAMI-blue) ![2022](…/badge/2022-lightgrey)``: a year alone too)
    dated = badge_date_only(segs) or _badge_year_only(segs)
    if dated is None:
        return None
    for seg in segs:
        text = badge_text(seg.src) if seg.kind == "image" and seg.src else None
        named = canonical_venue(text) if text else None
        if named is not None:
            when = parse_date(dated)
            if when is not None:
                return VenueYear(named, when.year, f"{text} {dated}")
    return None


def badge_date_only(segs: list[Segment]) -> str | None:
    """``![](…/badge/2024.02-blue)``: the date (a year and month) a badge gives alone, as
    written, or None."""
    for seg in segs:
        if seg.kind != "image" or not seg.src:
            continue
        text = badge_text(seg.src)
        if text is None or not _DATE_ONLY.fullmatch(text):
            continue
        when = parse_date(text)
        if when is not None and when.iso != str(when.year):
            return text
    return None


def _badge_year_only(segs: list[Segment]) -> str | None:
    """``![2022](…/badge/2022-lightgrey)``: the year a badge gives alone, or None."""
    for seg in segs:
        if seg.kind == "image" and seg.src:
            text = badge_text(seg.src)
            if text is not None and YEAR_DIGITS.fullmatch(text):
                return text
    return None


#: ``2024.02``, ``2023-06``: a year and a month, nothing else.
_DATE_ONLY = re.compile(r"(?:19|20)\d\d[./-](?:0?[1-9]|1[0-2])")


def _badge_venue(segs: list[Segment]) -> VenueYear | None:
    """The first badge among ``segs`` that renders a known venue and its year."""
    for seg in segs:
        if seg.kind != "image" or not seg.src:
            continue
        text = badge_text(seg.src)
        if text is None or not re.search(r"[A-Za-z]{2}", text):
            continue
        spaced = " ".join(_JOINS.sub(" ", _GLUED_YEAR.sub(" ", text)).split())
        spaced = without_venue_label(spaced)  # (``Conference-SIGMOD_2026``)
        held = _HELD_AT.fullmatch(spaced)  # (``ENLSP_at_NIPS2023``: a workshop at NeurIPS)
        found = split_venue_year(
            without_trailing_presentation(held.group(2) if held else spaced), unmarked=True
        )
        if found is None or found.venue is None or found.year is None:
            dated = _NAME_DATE.fullmatch(text)
            if dated is not None and is_badge_link_word(dated.group("name")):
                # ``PDF-2024.03``: the work's date, on a badge naming no venue
                return VenueYear(None, int(dated.group("y")), text)
            if dated is not None and _venue_label(dated.group("name")):
                # ``arXiv-2025.09``, ``IEEE_TAC-2025``, ``Notion-2025.02``: a label naming
                # where the work appeared, a message giving when (a venue no alias knows kept
                # as written)
                name = dated.group("name")
                return VenueYear(canonical_venue(name) or name, int(dated.group("y")), text)
            continue  # (``![arXiv](…/badge/arXiv-b31b1b)`` names where a link goes, not when)
        if not known_venue(found.venue):
            continue  # (``ICLR_WorkShop-2024``: a known venue's workshop counts too)
        if held is not None:
            return VenueYear(f"{held.group(1)} at {found.venue}", found.year, text)
        return found
    return None


#: ``arXiv 2025.09``, ``IEEE TAC 2025``: a badge's label, then a year (and month) alone.
_NAME_DATE = re.compile(r"(?P<name>[^\d]{2,40}?) (?P<y>(?:19|20)\d\d)(?:[.-](?P<m>\d{1,2}))?")


def _venue_label(name: str) -> bool:
    """Whether a badge's label may name a venue: capitalised (``Notion``, ``IEEE TAC``) and
    not a word badges use for something else (``updated``, ``last commit``: parse.yaml)."""
    if is_badge_word(name):
        return False
    return name[:1].isupper() or canonical_venue(name) is not None  # (``arXiv``)


def badge_date(venue: VenueYear) -> str | None:
    """``2025.09``: the year and month a badge's venue was written with, or None."""
    dated = _NAME_DATE.fullmatch(venue.raw or "")
    if dated is None or not dated.group("m"):
        return None
    return f"{dated.group('y')}.{dated.group('m')}"


def badge_cell_text(cell: list[Segment]) -> str | None:
    """The text a cell of only badge images shows (``![Static Badge](…/badge/color/ICLR/
    blue?label=)`` shows "ICLR"), the badges' texts joined; None for any other cell."""
    shown: list[str] = []
    for seg in cell:
        if seg.kind in ("text", "break") and not seg.text.strip():
            continue
        if seg.kind != "image" or not seg.src:
            return None
        text = badge_text(seg.src)
        if text is None:
            return None
        shown.append(text)
    return " ".join(shown) or None


def badge_named_work(segs: list[Segment]) -> list[Segment] | None:
    """``[![ZOC](https://img.shields.io/badge/AAAI'22-ZOC-fdd7e6)](https://arxiv.org/abs/…)``
    opening an item: a linked badge whose message is the work's name (its alt text) and
    whose label its venue and year. Read as the link ``[ZOC](…)`` followed by ``(AAAI'22)``,
    then the rest of the item; None for any other item (a badge of stars, a licence, a
    survey's own ``arXiv-2407.21794`` badge: their label names no venue and year)."""
    first = first_visible(segs)
    if first is None or first.kind != "image" or not first.src or not first.href:
        return None
    name = first.text.strip()
    text = badge_text(first.src)
    if text is None or not name or first.href == first.src or is_generic_label(name):
        return None
    message = _alnum_key(name)
    words = text.split()
    for cut in range(len(words) - 1, 0, -1):
        if _alnum_key(" ".join(words[cut:])) == message:
            label = " ".join(words[:cut])
            break
    else:
        return None
    venue = split_venue_year(label)
    if venue is None or venue.venue is None or venue.year is None:
        return None
    at = segs.index(first)
    link = Segment("link", name, href=first.href, style="inline")
    return [*segs[:at], link, Segment("text", f" ({label})"), *segs[at + 1 :]]


def _alnum_key(text: str) -> str:
    """Letters and digits only, case folded (``GL-MCM`` and ``GLMCM`` are one name)."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())
