"""A marker opening a paper's item before its title: a venue and year in brackets
(``(*NAACL'21*) Title``, ``[ICLR 2024] Title``, ``(Arxiv 24.05.31, ICML24, Mamba-2) Title``,
``(*NeurIPS2013_DeViSE*) Title``) or unbracketed (``2013-NIPS - Title``, ``ICLR'24-spotlight
Title``): the venue, the title after it and the date the marker states."""

from __future__ import annotations

import re

from awesome_ptm.parse._dated import VENUE_YEAR_MONTH, venue_year_month
from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._decoration import without_leading_decoration
from awesome_ptm.parse._presentation import without_trailing_presentation
from awesome_ptm.parse._venue_names import (
    VENUE_NAME,
    known_venue,
    names_a_venue,
    venue_after_names,
    venue_of_tag,
)
from awesome_ptm.parse._venue_prefix import leading_venue_word, short_year_venue
from awesome_ptm.venues import VenueYear, canonical_venue, split_venue_year, two_digit_year

#: ``2019 Computers & Graphics``, ``2018 TCSVT``: a year, then a venue's name.
_YEAR_THEN_NAME = re.compile(rf"((?:19|20)\d\d)[ \t]{{1,3}}({VENUE_NAME})")
#: The fewest words a title after a leading venue without a year has.
_MIN_TITLE_WORDS = 3
#: ``(*NAACL'21*) Title``, ``[ICLR 2024] Title``, ``【ICMI 2023】Title``: a bracketed marker
#: opening a paper item.
_LEADING_BRACKET = re.compile(
    r"\s{0,3}[(（\[【]\s{0,2}([^()（）\[\]【】\n]{2,60}?)\s{0,2}[)）\]】]\s{0,3}(?=\S)"
)
#: ``Transport Policy'2024``, ``arXiv'2024.01``, ``arXiv‘202502``: a venue's name, an
#: apostrophe, the full year (the month after it perhaps).
_APOSTROPHE_YEAR = re.compile(
    r"(?P<name>[A-Za-z][\w&. -]{0,50}?)[ \t]{0,2}['’‘]"
    r"(?P<y>(?:19|20)\d\d)(?:\.?(?P<m>0[1-9]|1[0-2]))?"
)


#: ``arXiv:2402.05892``, ``arxiv 2401.09417v2``: an arXiv identifier with its name.
_ARXIV_MARK = re.compile(r"arxiv\s{0,2}[:：]?\s{0,2}\d{4}\.\d{4,5}(?:v\d{1,2})?", re.IGNORECASE)


def leading_marker(head: str) -> tuple[VenueYear, str, str] | None:
    """``(*NAACL'21*) Knowledge Graph Based …``, ``(*arxiv 2023.05*) GPT4Graph: …``,
    ``(IEEE Intelligent Systems 2023) Title``: a venue and year in brackets before a
    paper's title. Returns the venue, the head without the marker and the date the marker
    states (``2023.05``; ISO for a two-digit year: ``25.05`` gives ``2025-05``; else empty),
    or None."""
    head = without_leading_decoration(head)  # (``⭐⭐(NeurIPS 2023) …``)
    found = _LEADING_BRACKET.match(head)
    if found is None:
        # (``ICLR'24-spotlight Title``: an unbracketed venue word, its qualifier a note)
        return (
            _leading_year_marker(head)
            or _underscore_marker(head)
            or leading_venue_word(head)
            or short_year_venue(head)
            or _colon_marker(head)
        )
    inner = found.group(1).strip(" *_")
    if "|" in inner:
        # ``[**2024 | arXiv | 🤖**] Title``: the year and the venue between bars (an icon
        # after them says what kind of work it is)
        barred = (part.strip(" *_") for part in inner.split("|"))
        inner = " ".join(part for part in barred if any(ch.isalnum() for ch in part))
    rest = head[found.end() :]
    if len(rest.split()) < 2:
        return None  # ``[ICLR 2024] Tool``: too little left to be a title
    if _ARXIV_MARK.fullmatch(inner):
        # ``(arXiv:2402.05892) Mamba-ND: …``: the preprint's identifier (its number no year)
        return VenueYear("arXiv", None, inner), rest, ""
    when = parse_date(inner)
    if when is not None and when.iso != str(when.year):
        # ``[May 2024] **"Title."**``: the date it was added or published, no venue
        return VenueYear(None, when.year, inner), rest, inner
    dated = VENUE_YEAR_MONTH.fullmatch(inner)
    if dated is not None:
        year = int(dated.group(2)[:4])
        venue = split_venue_year(dated.group(1))
        if venue is not None and venue.venue is not None and venue.year is None:
            return VenueYear(venue.venue, year, inner), rest, dated.group(2)
        named = venue_after_names(f"{dated.group(1).strip(' ,')} {year}")
        if named is not None and named.venue is not None:  # ``Nature Communications``
            return named, rest, dated.group(2)
    marked = _APOSTROPHE_YEAR.fullmatch(inner)
    if marked is not None:
        # ``(*Transport Policy'2024*)``, ``(*arXiv'2024.01*)``, ``(*arXiv'202502*)``: a
        # name, an apostrophe and the year (and month): the venue, known or not
        name, month = marked.group("name"), marked.group("m")
        venue = VenueYear(canonical_venue(name) or name, int(marked.group("y")), inner)
        return venue, rest, f"{marked.group('y')}.{month}" if month else ""
    keyed = _venue_key_name(inner)
    if keyed is not None:
        return keyed, rest, ""  # ``(*NeurIPS2013_DeViSE*) Title``: the venue, the short name
    # (``[ICLR 2025 Spotlight] Title``: how it was presented follows the venue)
    named = venue_of_tag(inner)
    if named is not None and named.year is not None:
        return named, rest, ""
    for written in (inner, without_trailing_presentation(inner)):
        # ``(NeurIPS24)Title``, ``(CVPR24 Highlight)Title``: a known venue and its
        # two-digit year written as a venue cell writes them
        glued = split_venue_year(written, unmarked=True)
        if glued is not None and glued.venue is not None and glued.year is not None:
            return glued, rest, ""
    year_first = _YEAR_THEN_NAME.fullmatch(inner)
    if year_first is not None and len(rest.split()) >= _MIN_TITLE_WORDS:
        # ``\[2019 Computers & Graphics\] Title``, ``[2018 TCSVT] Title``: the year, then a
        # journal no alias knows
        name = year_first.group(2)
        return VenueYear(name, int(year_first.group(1)), inner), rest, ""
    if len(rest.split()) < _MIN_TITLE_WORDS:
        return None
    # ``[Arxiv 25.05] **Title**``: a venue, its two-digit year and the month (the date ISO)
    month = venue_year_month(inner)
    if month is not None:
        return month[0], rest, month[1]
    parts = [p.strip(" *_") for p in re.split(r"[,，]|->", inner) if p.strip(" *_")]
    if len(parts) > 1:
        # ``(Arxiv 24.05.31, ICML24, Mamba-2)``: the preprint's date, then where it was
        # published (that venue is the entry's), a short name perhaps
        dated_part = next((m for p in parts if (m := venue_year_month(p)) is not None), None)
        published = next(
            (
                v
                for p in parts
                if (v := split_venue_year(p, unmarked=True)) is not None
                and v.venue is not None
                and v.year is not None
            ),
            None,
        )
        date = dated_part[1] if dated_part is not None else ""
        if published is not None:
            return published, rest, date
        if dated_part is not None:
            return dated_part[0], rest, date
    # ``[Pattern Recognition] **Dual-Channel Graph …**``, ``[AAAI workshop] **Title**``: a
    # known venue (maybe with its qualifier), its year unsaid
    known = split_venue_year(inner)
    if known is None or known.venue is None:
        return None
    if not known_venue(known.venue):
        return None
    return known, rest, ""


#: Qualifiers a key glues to its venue's name (``NeurIPSws2014``: a NeurIPS workshop).
_GLUED_WORKSHOP = ("ws", "w")


def _venue_key_name(inner: str) -> VenueYear | None:
    """``NeurIPS2013_DeViSE``, ``NeurIPSws2014_UVSE``: a venue and its year glued, an
    underscore, then the work's short name. The venue (``ws`` a workshop of it), or None."""
    key, underscore, name = inner.partition("_")
    if not underscore or not name.strip() or " " in key:
        return None
    found = split_venue_year(key, unmarked=True)
    if found is None or found.venue is None or found.year is None:
        return None
    venue = canonical_venue(found.venue)
    if venue is None:
        for glued in _GLUED_WORKSHOP:
            base = found.venue[: -len(glued)] if found.venue.endswith(glued) else ""
            known = canonical_venue(base) if base else None
            if known is not None:
                venue = canonical_venue(f"{known} Workshop") or f"{known} Workshop"
                break
    return VenueYear(venue, found.year, inner) if venue is not None else None


#: ``2013-NIPS - Learning with Noisy Labels.``, ``2014 - A Comprehensive Introduction``: a
#: year (and the venue after it) opening a paper item, a dash, then the title.
_LEADING_YEAR_MARKER = re.compile(
    r"\s{0,3}(?P<y>(?:19|20)\d\d)(?:[-_ ](?P<v>[A-Za-z][\w&.-]{0,30}))?"
    r"\s{0,3}[-–—]\s{1,3}(?=[^\W\d_])"
)


def _leading_year_marker(head: str) -> tuple[VenueYear, str, str] | None:
    """See :func:`leading_marker`: the year-first marker before a dash."""
    found = _LEADING_YEAR_MARKER.match(head)
    if found is None:
        return None
    rest = head[found.end() :]
    if len(rest.split()) < 3:
        return None  # (``**2016** - +60 citations``: a note about a year, not a paper)
    year = int(found.group("y"))
    written = found.group("v")
    if not written:
        return VenueYear(None, year, found.group("y")), rest, ""
    known = split_venue_year(written) or split_venue_year(written.replace("_", " "))
    venue = known.venue if known is not None and known.venue is not None else written
    return VenueYear(venue, year, found.group(0).strip(" -–—:")), rest, ""


#: ``23_ASE_PERFCE: …``, ``21_Usenix ATC_…``, ``22_Online …``: a year (two digits or
#: four), an underscore, the venue perhaps (once more, perhaps: ``20_VLDB_VLDB_``) and an
#: underscore, as a paper's file is named, opening its title.
_UNDERSCORE_MARKER = re.compile(
    r"\s{0,3}(?P<y>(?:19|20)?\d\d)_"
    r"(?:(?P<v>[A-Za-z][A-Za-z0-9&.-]{0,15}(?: [A-Za-z0-9&.-]{1,15}){0,2})_(?:(?P=v)_)?)?"
    r"(?=[^\W_])"
)


def _underscore_marker(head: str) -> tuple[VenueYear, str, str] | None:
    """See :func:`leading_marker`: ``23_Asplos_ShapleyIQ: Influence Quantification …``
    (the venue as written when no alias knows it: ``ICSE Workshop``)."""
    found = _UNDERSCORE_MARKER.match(head)
    if found is None:
        return None
    rest = head[found.end() :]
    if len(rest.split()) < _MIN_TITLE_WORDS:
        return None
    digits = found.group("y")
    year = int(digits) if len(digits) == 4 else two_digit_year(int(digits))
    if year is None:
        return None
    written = found.group("v")
    venue = (canonical_venue(written) or written) if written else None
    return VenueYear(venue, year, found.group(0).strip(" _")), rest, ""


#: ``TKDE 2021: ``, ``ACM MM 2023: ``: a venue and its year, then a colon, opening a title.
_COLON_MARKER = re.compile(
    r"\s{0,3}(?P<m>[A-Za-z][^:：\[\]()]{1,40}?[ \t]?(?:19|20)\d\d)[ \t]?[:：][ \t]+"
)


def _colon_marker(head: str) -> tuple[VenueYear, str, str] | None:
    """See :func:`leading_marker`: ``NeurIPS 2022: BOND: Benchmarking …`` (a venue the
    tables know, or a name no alias knows that reads as a venue's, and its year before a
    colon)."""
    found = _COLON_MARKER.match(head)
    if found is None:
        return None
    rest = head[found.end() :]
    if len(rest.split()) < _MIN_TITLE_WORDS:
        return None
    venue = venue_of_tag(found.group("m"))
    if venue is None or venue.venue is None or venue.year is None:
        return None
    if not names_a_venue(venue.venue):
        return None  # (``Update 2023: we added …``: a word, not a venue's name or acronym)
    return venue, rest, ""
