"""What follows a bold title and is no title: an emphasised venue and its year (``**Title**,
*ACM Computing Surveys*, 2022.``), or the year, venue and names of a citation written after
it (``**Title** (2022), ICSE, Ezzini S, Abualhaija S.``)."""

from __future__ import annotations

import re

from awesome_ptm.parse._inline import Segment
from awesome_ptm.parse._names import bibtex_names, loose_names, read_names
from awesome_ptm.venues import VenueYear, canonical_venue

#: ``, 2022.``: the year right after an emphasised venue.
_YEAR_AFTER = re.compile(r"\s{0,3}[,.]?\s{0,3}((?:19|20)\d\d)\b")


def em_venue_then_year(written: str, after: list[Segment]) -> VenueYear | None:
    """``*ACM Computing Surveys*, 2022``, ``*JASA*, 2018``: the venue an emphasis after a
    bold title names when a year follows it: a known venue, or words that read as no
    names (``*IEEE*``); None for names (``*Liuyi Yao*, 2018``)."""
    year = _YEAR_AFTER.match(after[0].text) if after and after[0].kind == "text" else None
    name = written.strip(" .,;")
    if year is None or not name:
        return None
    known = canonical_venue(name)
    if known is None and (read_names(name) is not None or not name[:1].isupper()):
        return None
    return VenueYear(known or name, int(year.group(1)), f"{name}, {year.group(1)}")


#: ``(2022), ICSE, Ezzini S, Abualhaija S.``: a year in brackets, a venue, the names.
_YEAR_VENUE_NAMES = re.compile(
    r"\s{0,3}[(（](?P<year>(?:19|20)\d\d)[)）]\s{0,3}[,，]\s{0,3}"
    r"(?P<venue>[A-Za-z][\w&/.-]{0,15}(?: [\w&/.-]{1,15}){0,2}),\s{1,3}(?P<names>.{2,600})"
)


def year_venue_names(text: str) -> tuple[VenueYear, list[str]] | None:
    """The venue and year and the names of ``(2020), RE, Wang, Yawen; Shi, Lin.`` after a
    bold title (a short venue, as written when it is not a known one), or None when what
    follows the venue does not read as names."""
    found = _YEAR_VENUE_NAMES.fullmatch(text.rstrip())
    if found is None:
        return None
    written = found.group("venue")
    if not any(ch.isupper() for ch in written):
        return None
    written_names = found.group("names").rstrip(".")
    names = bibtex_names(written_names) or (
        # (``Sridhara, Giriprasad; G., Ranjani H.``: semicolons part the names however each
        # is written)
        [n.strip() for n in written_names.split(";") if n.strip()]
        if ";" in written_names
        else loose_names(written_names)
    )
    if not names or (len(names) < 2 and " " not in names[0]):
        return None
    venue = canonical_venue(written) or written
    return VenueYear(venue, int(found.group("year")), found.group(0).strip()), names
