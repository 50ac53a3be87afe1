"""Pieces a title written as text is read with (see :mod:`~awesome_ptm.parse._text_title`):
a ``《Book》`` title in Chinese text, the date a first link shows, a venue inside a text, a
``[R2R]: Title`` short name, whether a venue is known or looks like a conference's acronym,
names after a spaced dash, and whether every link of a line leads to a paper."""

from __future__ import annotations

import re

from awesome_ptm.identity import link_kind
from awesome_ptm.parse._dates import YEAR_DIGITS, parse_date
from awesome_ptm.parse._inline import TAG_WORDS, Segment
from awesome_ptm.parse._names import names_at
from awesome_ptm.titles import in_title_case
from awesome_ptm.venues import VenueYear, canonical_venue, find_venue_year, split_venue_year

_BOOK_TITLE = re.compile(r"《([^《》]+)》")
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z\-']+")


def book_title(text: str) -> str | None:
    """The English title quoted as ``《Title》`` inside Chinese text, if any."""
    for match in _BOOK_TITLE.finditer(text):
        inner = match.group(1).strip()
        if len(_LATIN_WORDS.findall(inner)) >= 2:
            return inner
    return None


def linked_date(segs: list[Segment], first_link: int | None) -> str | None:
    """The date a text title's first link shows as its text (``[[4 Sep 2022]](url)``)."""
    if first_link is None:
        return None
    shown = segs[first_link].text.strip().strip("[]").strip()
    when = parse_date(shown) if shown else None
    return shown if when is not None and when.iso != str(when.year) else None


def venue_from_text(text: str) -> tuple[VenueYear, str] | None:
    found = find_venue_year(text)
    if found is None:
        return None
    venue, start, end = found
    return venue, text[:start] + " " + text[end:]


#: ``[R2R]: Title``: a short name in brackets (no link), a colon, the title.
_TAG_COLON = re.compile(
    r"[ \t]{0,3}\[(?P<tag>[^\[\]]{1,40})\][ \t]{0,2}[:：][ \t]{0,3}(?P<rest>\S.*)"
)
#: The fewest words of a title after such a name.
_TAG_COLON_TITLE_WORDS = 3


def bracketed_tag_colon(segs: list[Segment]) -> tuple[str, list[Segment]] | None:
    """The short name and the segments after it when a line opens ``[R2R]: Title`` (a name
    of a few words, no venue, year or date); else None."""
    if not segs or segs[0].kind != "text" or not segs[0].text.lstrip().startswith("["):
        return None
    found = _TAG_COLON.match(segs[0].text)
    if found is None:
        return None
    tag, rest = found.group("tag").strip(), found.group("rest")
    if not tag or len(tag.split()) > TAG_WORDS or len(rest.split()) < _TAG_COLON_TITLE_WORDS:
        return None
    if split_venue_year(tag, unmarked=True) is not None or parse_date(tag) is not None:
        return None  # (``[CVPR 2023]: Title``: a venue, read elsewhere)
    return tag, [Segment("text", rest), *segs[1:]]


#: ``Title - Names.``: a title, a spaced dash, then what follows it to the end.
_DASH_TAIL = re.compile(
    r"(?P<title>\S.{8,400}?)[ \t]{1,3}[-–—][ \t]{1,3}(?P<names>[^-–—]{4,400}?)\.?"
)
#: The fewest words of the title before such names.
_DASHED_TITLE_WORDS = 3


def known_or_none(venue: VenueYear) -> bool:
    """Whether ``venue`` names no venue (a year alone) or one an alias knows."""
    return venue.venue is None or canonical_venue(venue.venue) is not None


#: One word of three letters or more, two of them capitals at least (``MoST``, ``W2SP``,
#: ``ICTAI``): the look of a conference's acronym.
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&]{2,11}")
_ACRONYM_CAPITALS = 2


def known_or_acronym(venue: VenueYear) -> bool:
    """Whether ``venue`` names no venue, one an alias knows, or one written as an acronym
    (``Title, MoST 2012``: a conference no alias knows; a place is written in words)."""
    if known_or_none(venue):
        return True
    name = venue.venue or ""
    return (
        _ACRONYM.fullmatch(name) is not None
        and sum(c.isupper() for c in name) >= _ACRONYM_CAPITALS
        and split_venue_year(venue.raw) is not None
    )


def names_after_dash(title: str) -> tuple[str, list[str]] | None:
    """``Title - Yi Li, Gu Wang, Dieter Fox.``: the title and the names (two or more, or one
    and "et al.") after its spaced dash, or None."""
    if not any(dash in title for dash in ("- ", "– ", "— ")):
        return None  # (a cheap test first)
    found = _DASH_TAIL.fullmatch(title.strip())
    if found is None or len(found.group("title").split()) < _DASHED_TITLE_WORDS:
        return None
    written = " ".join(found.group("names").split())
    names = names_at(written, "several")
    # (one name will do when "et al." follows it: ``Title - Lianli Gao et al``)
    et_al = written.rstrip(" .,").casefold().endswith(("et al", "等"))
    if names is None or (len(names) < 2 and not et_al):
        return None
    return found.group("title").rstrip(), names


def papers_only(segs: list[Segment], first_link: int | None) -> bool:
    """Whether every link from ``first_link`` on leads to a paper (``arxiv.org/pdf/…``)."""
    if first_link is None:
        return False
    links = [s for s in segs[first_link:] if s.kind == "link"]
    return bool(links) and all(link_kind(str(s.href)) == "paper" for s in links)


#: ``Name (what the curator says of it)``: a bracket closing a name (nothing after it).
_CLOSING_NOTE = re.compile(r"(?P<name>[^()（）]{1,80}?)\s{0,2}[(（](?P<note>[^()（）]{3,300})[)）]")
#: The fewest words of such a remark (``(SAM)``, ``(Part 1)`` are the name's own).
_CLOSING_NOTE_WORDS = 3


def closing_note(title: str) -> tuple[str, str] | None:
    """``Rhea's Deli (Great seitan BBQ Chicken sandwich …)``, ``Fast-SAM (fast segment
    anything)``: a name and the remark in brackets closing it, three words or more and no
    year (``(ICCV 2019)`` is a venue, ``(SAM)`` the name's short form); the two, or None."""
    found = _CLOSING_NOTE.fullmatch(title.strip())
    if found is None:
        return None
    note = found.group("note").strip()
    if len(note.split()) < _CLOSING_NOTE_WORDS or YEAR_DIGITS.search(note):
        return None
    name = found.group("name").strip()
    if not any(ch.isalnum() for ch in name):
        return None
    if in_title_case(note) or _spells(name, note):
        # (``DeiT (Data-efficient Image Transformers)``, ``EsViT (Efficient self-supervised
        # Vision Transformers)``: the name's long form or its paper's title, the title's own)
        return None
    return name, note


def _spells(name: str, words: str) -> bool:
    """Whether the capitals of a one-word ``name`` are the initials of ``words``, in order,
    the first the first (``EsViT`` and ``Efficient self-supervised Vision Transformers``)."""
    if " " in name:
        return False
    capitals = [ch for ch in name if ch.isupper()]
    firsts = [word[0].upper() for word in re.split(r"[\s-]+", words) if word[:1].isalpha()]
    if len(capitals) < _ACRONYM_CAPITALS or not firsts or firsts[0] != capitals[0]:
        return False  # (``Fast-SAM (a faster segment anything model)``: a remark)
    initials = iter(firsts)
    return all(ch in initials for ch in capitals)
