"""Where a reference-style citation says a paper appeared, when no venue-and-year pair does:
the container of a GB/T 7714 citation (``[C]//European Conference on Computer Vision.
Springer, Cham, 2014: 109-122.``) and an arXiv preprint cited by its identifier
(``arXiv preprint arXiv:1708.02002``, the form Google Scholar's citations use)."""

from __future__ import annotations

import re

from awesome_ptm.model import Entry
from awesome_ptm.parse._names import read_names
from awesome_ptm.venues import VenueYear, canonical_venue
from awesome_ptm.venues._data import two_digit_year

#: ``[C]//Venue. Publisher, City, 2014: 109-122.``, ``[J]. Journal, 2019, 41(2): 1-10.``: a
#: GB/T 7714 document-type marker (conference, journal, collection, book, thesis, report),
#: the container's name up to its full stop, an optional publisher and place (``Springer,
#: Cham,``), and the year
#: the pages, volume or full stop follow.
_GBT_CONTAINER = re.compile(
    r"\[(?:C|J|A|M|D|R)\](?:\s?//|\s?\.)?\s{0,3}"
    r"(?P<venue>[A-Z][^.\[\]\d]{2,150}?)[.,]\s{0,3}"
    r"(?:[A-Z][^.\d:\[\]]{0,60},\s{0,3}){0,2}"
    r"(?P<year>(?:19|20)\d\d)\s{0,2}(?=[:,(.]|$)"
)
#: ``arXiv preprint arXiv:1708.02002``: an arXiv preprint cited by its identifier.
_ARXIV_PREPRINT = re.compile(
    r"\barXiv preprint,?\s{1,3}arXiv:\s?(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})",
    re.IGNORECASE,
)


def cited_container(text: str) -> VenueYear | None:
    """The venue and year a reference-style citation in ``text`` names, or None.

    A GB/T 7714 container gives its year and its name (the canonical name when the name is
    a known venue's, else as written); an arXiv preprint cited by its identifier gives the
    venue arXiv and no year (the identifier's digits are a month's number, not a year the
    list states)."""
    if "[" in text:
        found = _GBT_CONTAINER.search(text)
        if found is not None:
            written = " ".join(found.group("venue").split())
            venue = canonical_venue(written) or written
            return VenueYear(venue, int(found.group("year")), found.group(0))
    preprint = _ARXIV_PREPRINT.search(text)
    if preprint is not None:
        return VenueYear("arXiv", None, preprint.group(0))
    return None


#: `` [C]``, ``[J]``: a GB/T 7714 document-type mark closing a title.
_KIND_MARK_END = re.compile(r"\s?\[(?P<kind>[CJAMDR])\]$")


def gbt_marked_title(entry: Entry) -> None:
    """``**Can deep learning revolutionize mobile sensing?[C]**`` over the names and
    ``Sensors, 2016, 16(1): 115.`` (jindongwang/activityrecognition's notes): the GB/T 7714
    mark closing a title is no part of it, and the container's line among the entry's notes
    gives its venue and year when nothing else did."""
    found = _KIND_MARK_END.search(entry.title)
    if found is None or found.start() == 0:
        return
    entry.title = entry.title[: found.start()].rstrip()
    if entry.venue is not None or entry.year is not None:
        return
    for note in entry.notes:
        cited = cited_container(f"[{found.group('kind')}]. {note}")
        if cited is not None:
            entry.venue, entry.year, entry.venue_raw = cited.venue, cited.year, note
            return


#: ``. Eyal I, Sirer EG. FC '14.``, ``. Danezis G, Meiklejohn S. '15.``: the tail of a
#: citation after its linked title, the names, then the venue perhaps and the year (two
#: digits after an apostrophe, or four), closing the line.
_CITED_TAIL = re.compile(
    r"[.,]?[ \t]{0,3}(?P<names>[A-Z][^\d\[\]()]{1,300}?)\.[ \t]{1,3}"
    r"(?:(?P<venue>[A-Z][^\d'’.,\[\]()]{0,60}?)[ \t]{1,3})?"
    r"(?P<y>['’]\d\d|(?:19|20)\d\d)\??\.?[ \t]*"
)


def cited_tail(text: str) -> VenueYear | None:
    """The venue and year closing a citation after its linked title (``[Title](url). Eyal
    I, Sirer EG. FC '14.``, decrypto-org's blockchain papers): the names must read as
    names; the venue is kept as written when no alias knows it. None for any other text."""
    found = _CITED_TAIL.fullmatch(text.strip())
    if found is None or read_names(found.group("names")) is None:
        return None
    written = found.group("y")
    year = two_digit_year(int(written[1:])) if len(written) == 3 else int(written)
    if year is None:
        return None
    venue = found.group("venue")
    if venue is None:
        return VenueYear(None, year, written)
    name = venue.strip()
    return VenueYear(canonical_venue(name) or name, year, f"{name} {written}")
