"""A venue or year stated with a date, a term or an edition: a paper line opening with its
venue and date (``ICLR 24 – Oct 23``), a course's term (``SPRING 2021``), an edition's year
(``2020 version``)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from awesome_ptm.parse._dates import date_value, parse_date
from awesome_ptm.parse._names import citation_words
from awesome_ptm.parse._presentation import without_trailing_presentation
from awesome_ptm.venues import VenueYear, canonical_venue, split_venue_year
from awesome_ptm.venues._data import two_digit_year

#: ``ACL 23 – Jul 2023 [[link](url)]``, ``arXiv - Nov 2023 [[Paper](url)]``, ``ICLR 24 – Oct
#: 23``: a paper line that opens with its venue (a two-digit year may follow it), a dash and
#: the date. Anchored at the start, with bounded runs.
_VENUE_DASH_DATE = re.compile(
    r"\s{0,8}(?P<venue>[A-Za-z][A-Za-z0-9]{1,15})(?:\s{1,4}'?(?P<yy>\d{2}))?"
    r"\s{0,4}[-–—]\s{0,4}(?P<date>[^\[\]\s][^\[\]]{2,24}?)\s*(?:\[|$)"
)


#: ``arXiv 26.05``, ``ICLR 25.1``, ``arXiv'21.06``: a venue, then a two-digit year and a
#: month after a dot.
_VENUE_YY_MM = re.compile(
    r"(?P<venue>[A-Za-z][\w&-]{1,15}(?: [A-Za-z][\w&-]{1,15}){0,2})(?: |[ \t]?['’‘])"
    r"(?P<yy>\d{2})\.(?P<mm>\d{1,2})"
    r"(?:\.(?P<dd>\d{1,2}))?"
)


#: ``arXiv 2402``: an arXiv tag glued to the two-digit year and month its identifiers
#: open with; read so only where the four digits cannot be a year (``arXiv 2004`` may be).
_ARXIV_YYMM = re.compile(r"(?P<venue>arxiv)[ \t:]{0,2}(?P<yy>2[1-9]|3\d)(?P<mm>\d{2})", re.I)


def venue_year_month(text: str) -> tuple[VenueYear, str] | None:
    """``arXiv 26.05`` (a tag after a title), ``Arxiv 24.05.27``, ``arXiv 2402``: a known
    venue, then its two-digit year and the month (and day), as the venue and year and the
    ISO date (``2026-05``, ``2024-05-27``); None for anything else (an unknown name:
    ``v 26.05`` may be a version)."""
    found = _VENUE_YY_MM.fullmatch(text.strip()) or _ARXIV_YYMM.fullmatch(text.strip())
    if found is None:
        return None
    venue = canonical_venue(found.group("venue"))
    year = two_digit_year(int(found.group("yy")))
    month = int(found.group("mm"))
    if venue is None or year is None or not 1 <= month <= 12:
        return None
    day = found.groupdict().get("dd")
    when = date_value(str(year), str(month), day)
    if when is None or (day and when.iso.count("-") != 2):
        return None
    return VenueYear(venue, year, text.strip()), when.iso


#: ``arxiv 2023.05``, ``arXiv 2025.07``: a venue, then the year and month of the work.
VENUE_YEAR_MONTH = re.compile(r"(.{2,50}?)[\s,]{1,3}((?:19|20)\d\d[./-](?:0?[1-9]|1[0-2]))")


#: ``Oct 23``: a month and a two-digit year, as the date of such a line.
_MONTH_YY = re.compile(r"(?P<mon>[A-Za-z]{3,9})\.?\s{1,3}'?(?P<yy>\d{2})")


@dataclass(frozen=True, slots=True)
class DashDate:
    """What :func:`venue_dash_date` reads: the venue and its span in the line, and the line
    with its date written out in full (``Oct 23`` → ``Oct 2023``) for the notes."""

    venue: VenueYear
    start: int
    end: int
    text: str


def venue_dash_date(text: str) -> DashDate | None:
    """:data:`_VENUE_DASH_DATE`: the venue with its year (the two-digit year after the venue,
    the same as the date's or the next: ``ICLR 24 – Oct 23`` was submitted in October 2023),
    or the date's year. The span covers the venue and its short year; the date stays in the
    text (it gives the entry its date)."""
    found = _VENUE_DASH_DATE.match(text)
    if found is None:
        return None
    venue = canonical_venue(found.group("venue"))
    if venue is None:
        return None
    written = found.group("date").strip(" ,.")
    date = parse_date(written)
    line = text
    if date is None:
        short = _MONTH_YY.fullmatch(written)
        year = two_digit_year(int(short.group("yy"))) if short is not None else None
        if short is None or year is None:
            return None
        full = f"{short.group('mon')} {year}"
        date = parse_date(full)
        at = found.start("date")
        line = text[:at] + text[at:].replace(written, full, 1)
    if date is None:
        return None
    year = date.year
    short_year = found.group("yy")
    if short_year is not None:
        stated = two_digit_year(int(short_year))
        if stated is None or not 0 <= stated - date.year <= 1:
            return None
        year = stated
    start = found.start("venue")
    end = found.end("yy") if short_year is not None else found.end("venue")
    return DashDate(VenueYear(venue, year, text[start:end]), start, end, line)


_YEAR_DIGITS = re.compile(r"(?:19|20)[0-9]{2}")


@functools.cache
def _term_pattern() -> re.Pattern[str]:
    table = citation_words()
    terms = "|".join(re.escape(w) for w in sorted(table.terms, key=lambda w: (-len(w), w)))
    editions = "|".join(re.escape(w) for w in sorted(table.editions, key=lambda w: (-len(w), w)))
    year = r"(?:19[5-9][0-9]|20[0-3][0-9])"
    return re.compile(
        rf"(?<![A-Za-z])(?:{terms})\s{{1,3}}(?P<a>{year})(?![0-9])"
        rf"|(?<![0-9])(?P<b>{year})\s{{1,3}}(?:{editions})(?![A-Za-z])",
        re.IGNORECASE,
    )


def term_year(text: str) -> VenueYear | None:
    """``DS-GA 1008 · SPRING 2021``, ``2020 version``: the year of a course's term or of an
    edition, written in a description (the terms and editions are data). The last one wins."""
    if _YEAR_DIGITS.search(text) is None:
        return None
    found: VenueYear | None = None
    for match in _term_pattern().finditer(text):
        year = match.group("a") or match.group("b")
        found = VenueYear(None, int(year), match.group(0))
    return found


#: The most words a venue written before its date may have (``Current Opinion in
#: Structural Biology``).
_VENUE_WORDS = 8


def venue_with_date(text: str, *, cited: bool = False) -> tuple[VenueYear, str] | None:
    """``Machine Learning in Molecular Sciences, October 2023.``, ``Preprint, June 2019.``,
    ``NeurIPS 2021 Datasets and Benchmarks Track, December 2021.``: a line naming the venue
    then, after its last comma, the date. The venue is read as the alias table knows it
    (``Preprint`` is arXiv) or kept as written; the year is the date's when the venue states
    none. Returns the venue and the date as written (it gives the entry its date), or None."""
    head, comma, tail = text.strip().rstrip(".").rpartition(",")
    name = head.strip()
    if not comma:
        return _known_venue_month(text)
    if not name:
        return None
    date = parse_date(tail.strip())
    if date is None:
        return None
    known = split_venue_year(without_trailing_presentation(name))
    if known is not None and known.venue is not None:
        # ``ICCV Highlight, 2025``: a known venue may close with its year alone
        return VenueYear(known.venue, known.year or date.year, name), tail.strip()
    if date.iso == str(date.year) and not cited:
        # an unknown name: only a month says that the text is a date (``cited``: the text
        # stands where a citation puts its venue, ``"Title", Venue, 2022``)
        return None
    if (
        not name[0].isupper()
        or len(name.split()) > _VENUE_WORDS
        or any(ch in name for ch in ",;:!?()[]")
    ):
        return None
    return VenueYear(name, date.year, name), tail.strip()


def _known_venue_month(text: str) -> tuple[VenueYear, str] | None:
    """``arXiv Feb 2024``, ``arXiv June 2024``: a venue the alias table knows, then a month
    and a year without a comma between them; the venue and the date as written, or None."""
    words = text.strip().rstrip(".").split()
    if len(words) < 3:
        return None
    written = " ".join(words[-2:])
    date = parse_date(written)
    if date is None or date.iso == str(date.year):
        return None  # (``RSS 2024``: a year alone is read as a venue's year elsewhere)
    name = " ".join(words[:-2])
    known = split_venue_year(name)
    venue = known.venue if known is not None and known.year is None else canonical_venue(name)
    if venue is None:
        return None
    return VenueYear(venue, date.year, name), written
