"""Where a reference-style citation says a paper appeared, when no venue-and-year pair does:
the container of a GB/T 7714 citation (``[C]//European Conference on Computer Vision.
Springer, Cham, 2014: 109-122.``) and an arXiv preprint cited by its identifier
(``arXiv preprint arXiv:1708.02002``, the form Google Scholar's citations use)."""

from __future__ import annotations

import re

from awesome_ptm.venues import VenueYear, canonical_venue

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
