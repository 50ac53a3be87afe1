"""A reference written the IEEE way: ``G. Vivone, M. Dalla Mura, and F. Pacifici, “A
Benchmarking Protocol for Pansharpening,” *IEEE Geosci. Remote Sens. Mag.*, vol. 9, no. 1,
pp. 18–52, Mar. 2021, doi: …`` (the names, the title in double quotes with its comma
inside them, then where it was published, its volume and pages, the month and year)."""

from __future__ import annotations

import re

from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._names import loose_names, names_at
from awesome_ptm.venues import VenueYear, find_venue_year, split_venue_year

#: ``[8] Names, “Title,” rest``: a number in brackets perhaps, the names, then the title in
#: double quotes closed by a comma inside them (``."`` is MLA's, whose venue runs on to the
#: year: ``arXiv preprint arXiv:1809.09600 (2018)``), then the rest.
_IEEE = re.compile(
    r"(?:\[\d{1,4}\][ \t]{1,3})?(?P<names>[^“”\"]{2,400}?),?[ \t]{0,2}[“\"]"
    r"(?P<title>[^“”\"]{4,400}?),[ \t]?[”\"][ \t]{0,2}(?P<rest>\S.{0,600})"
)
#: What follows the publication data and holds no date of it.
_TAIL = re.compile(r"(?:,|\.)?[ \t]{0,3}(?:doi:|Accessed:|\[Online\]|Available:|\[)", re.IGNORECASE)
#: ``Mar. 2021``, ``May 2006``, ``2022``: the month perhaps, then the year.
_DATE = re.compile(
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]{1,3}"
    r"(?:\d{1,2},[ \t]{1,3})?)?(?:19|20)\d\d(?!\d)"
)
#: ``pp. 2049–2054``, ``pages 77-101``, ``p. 12``: a reference's pages.
_PAGES = re.compile(
    r"(?<![A-Za-z])(?:pp?\.|pages)[ \t]{0,2}\d{1,6}(?:[ \t]{0,2}[–-][ \t]{0,2}\d{1,6})?"
)
#: ``IEEE Geosci. Remote Sens. Mag., vol. 9``: the venue before its first comma.
_VENUE = re.compile(r"(?:in[ \t]+)?(?P<venue>[^,]{2,150}?)(?:,|\.?$)")
#: The fewest words of such a title.
_TITLE_WORDS = 3


def ieee_reference(text: str) -> Draft | None:
    """The entry an IEEE reference is (its title, authors, venue and year, the month as a
    note when stated), or None for any other text."""
    found = _IEEE.fullmatch(" ".join(text.split()))
    if found is None:
        return None
    written = found.group("names").strip(" ,*")
    names = names_at(written, "several") or (
        [name.strip("* ") for name in loose_names(written) or []] if "," in written else None
    )
    title = found.group("title").strip()
    if not names or len(title.split()) < _TITLE_WORDS:
        return None
    rest = found.group("rest").strip()
    tail = _TAIL.search(rest)
    published = rest[: tail.start()] if tail is not None else rest
    # (``pp. 2049–2054``: the pages are no year; blanked, the places stay where they are)
    dates = list(_DATE.finditer(_PAGES.sub(lambda pages: " " * len(pages.group()), published)))
    if not dates:
        return None
    date = parse_date(dates[-1].group(0))
    if date is None:
        return None
    draft = Draft(title=title, authors=names, shape="text-title")
    known = find_venue_year(published)
    place = _VENUE.match(published)
    if known is not None and known[0].venue is not None:
        draft.venue = VenueYear(known[0].venue, date.year, known[0].raw)
    elif place is not None and place.start("venue") < dates[-1].start():
        name = place.group("venue").strip(" *_")
        venue = _named_venue(name)
        draft.venue = VenueYear(venue, date.year, name)
    else:
        draft.venue = VenueYear(None, date.year, dates[-1].group(0))
    if date.iso != str(date.year):
        draft.notes.append(dates[-1].group(0))  # (the month it appeared: the entry's date)
    draft.notes.append(rest)
    return draft


#: ``arXiv preprint arXiv:2403.05783``, ``arXiv preprintarXiv:…``: a preprint on arXiv.
_ARXIV_PREPRINT = re.compile(r"arxiv[ \t]{0,2}preprint", re.IGNORECASE)
#: ``2024 IEEE International Conference on Communications Workshops (ICC Workshops)``: the
#: short name in brackets after a proceedings' long one.
_BRACKETED_ACRONYM = re.compile(r"[(（](?P<short>[A-Z][A-Za-z&-]{1,15}(?: Workshops?)?)[)）]")


def _named_venue(name: str) -> str:
    """The venue a reference's place names (``IEEE Wireless Communications``): the name an
    alias knows, ``arXiv`` for an arXiv preprint, the short name in brackets after a long
    one (``… Conference (WCNC)``), else the name as written."""
    stated = split_venue_year(name)
    if stated is not None and stated.venue is not None:
        return stated.venue
    if _ARXIV_PREPRINT.match(name):
        return "arXiv"
    short = _BRACKETED_ACRONYM.search(name)
    if short is not None:
        known = split_venue_year(short.group("short"))
        return known.venue if known is not None and known.venue else short.group("short")
    return name
