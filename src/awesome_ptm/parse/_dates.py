"""Dates as lists write them: ``2022-10``, ``2021.9``, ``2022/10/01``, ``Oct 2022``,
``2014/??``, ``[2023]``, ``2023年5月``.

A small set of patterns, not a date library: the cells hold a handful of shapes, and what we
need to know is which parts the text *states* (a year alone, a month, a day), which general
parsers hide by filling the rest from a default (``2022`` would come back as a full date).
They also guess at shapes that are not dates here (``2104.12369`` is an arXiv id).
Month names are data (``data/dates.yaml``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from awesome_ptm.datafiles import load_data
from awesome_ptm.model import Entry
from awesome_ptm.venues import split_venue_year
from awesome_ptm.venues._data import valid_year

# Longer notes are descriptions, not a date or a venue.
_MAX_NOTE = 60
#: The longest note whose closing date is read (``University of Cambridge & Singapore
#: Management University.2022.04``: who made it, then when).
_MAX_CLOSING_NOTE = 300
#: A year, anywhere in a text (``Workshop 2023``, ``(2019)``).
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")

# A cell that is a date and nothing else, once wrapping brackets and emphasis are gone.
_WRAP = " \t\u3000*_[]()【】（）`"
# "2014/??", "2023.xx": a month left unknown.
_NUMERIC = re.compile(
    r"(?P<y>\d{4})(?:\s?(?P<sep>[-/.])\s?(?P<m>\d{1,2}|\?\?|[xX]{2})"
    r"(?:\s?(?P=sep)\s?(?P<d>\d{1,2}|\?\?|[xX]{2}))?)?"
)
_UNKNOWN = ("??", "xx", "XX")
# "2023/08~2023/9", "2024/4 - 2024/05": two dates joined as a span.
_RANGE = re.compile(r"([^~～至]{4,18}?)\s{0,3}(?:~|～|至|–|—|\s-\s|\bto\b)\s{0,3}(.{4,18})")
#: ``12/21/2024``, ``21.12.2024``: a day and a month in either order, then the year.
_TWO_THEN_YEAR = re.compile(
    r"(?P<a>\d{1,2})\s?(?P<sep>[/.-])\s?(?P<b>\d{1,2})\s?(?P=sep)\s?(?P<y>(?:19|20)\d\d)"
)
_MONTHS = 12
#: ``05/2023``, ``12.2023``: a month, then the year.
_MONTH_FIRST = re.compile(r"(?P<m>0?[1-9]|1[0-2])\s?[/.-]\s?(?P<y>(?:19|20)\d\d)")
_CHINESE = re.compile(r"(?P<y>\d{4})\s?年(?:\s?(?P<m>\d{1,2})\s?月(?:\s?(?P<d>\d{1,2})\s?日)?)?")
# "Oct 2022", "Oct. 7, 2022", "7 Oct 2022", "October 7th 2022".
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_MONTH = r"(?P<mon>[^\W\d_]{3,9})\.?"
_NAMED = (
    re.compile(rf"(?:{_DAY}\s+)?{_MONTH},?\s+(?P<y>\d{{4}})"),
    re.compile(rf"{_MONTH}\s+{_DAY},?\s+(?P<y>\d{{4}})"),
    re.compile(rf"(?P<y>\d{{4}})\s+{_MONTH}(?:\s+{_DAY})?"),
)
# Searched in running text: a month name and a year, or a numeric year-month.
#: ``February 24-28, 2020``, ``Nov 29 - Dec 2, 2016``: the days of an event, in one month or
#: running into the next.
_DAY_SPAN = re.compile(
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s?[-–]\s?(?:[A-Za-z]{{3,9}}\.?\s+)?"
    rf"\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"
)
_FIND_NAMED = re.compile(
    r"(?<![A-Za-z0-9])(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Za-z]{3,9}\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
    r"(?:19|20)\d\d(?![0-9])"
)


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date as stated: ``year`` always, ``iso`` as precise as the text (``2022``,
    ``2022-10`` or ``2022-10-01``)."""

    year: int
    iso: str


@functools.cache
def _months() -> dict[str, int]:
    data = load_data("dates.yaml")
    return {
        str(name).casefold(): int(month)
        for month, names in data["months"].items()
        for name in names
    }


def is_month_name(word: str) -> bool:
    """Whether ``word`` names a month (``Oct``, ``Sept.``, ``October``)."""
    return word.casefold().rstrip(".") in _months()


#: The shortest month name a misspelling is matched against (not ``May``, ``Jun``).
_MISSPELT_MONTH_MIN = 5


def _misspelt_month(word: str) -> int | None:
    """``Februray``: a month's full name with one letter wrong, dropped, added or two
    swapped (one edit, optimal string alignment), for names of five letters or more."""
    folded = word.casefold()
    if len(folded) < _MISSPELT_MONTH_MIN:
        return None
    close = {
        month
        for name, month in _months().items()
        if len(name) >= _MISSPELT_MONTH_MIN and OSA.distance(folded, name, score_cutoff=1) <= 1
    }
    return close.pop() if len(close) == 1 else None


def date_value(year: str, month: str | None, day: str | None) -> DateValue | None:
    """The date of a year, a month and a day as written (month and day maybe unknown), or
    None when the year or month is out of range."""
    y = int(year)
    if not valid_year(y):
        return None
    if month is None or month in _UNKNOWN:
        return DateValue(y, f"{y:04d}")
    m = int(month)
    if not 1 <= m <= 12:
        return None
    if day is None or day in _UNKNOWN:
        return DateValue(y, f"{y:04d}-{m:02d}")
    d = int(day)
    if not 1 <= d <= 31:
        return DateValue(y, f"{y:04d}-{m:02d}")
    return DateValue(y, f"{y:04d}-{m:02d}-{d:02d}")


#: ``T12:56:05.000Z``, ``T10:00:00+02:00``, `` 15:57``: the time after an ISO day.
_ISO_TIME = re.compile(
    r"(?<=\d{4}-\d\d-\d\d)(?:T| )\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?$"
)


@functools.lru_cache(maxsize=4096)  # tables repeat their date cells
def parse_date(text: str) -> DateValue | None:
    """The date a short text (a table cell) is, or None when it is not only a date.

    ``2022-10``, ``2021.9``, ``2022/10/01``, ``2014/??``, ``2023.xx``, ``[2023]``, ``05/2023``,
    ``Oct 2022``,
    ``7 Oct 2022``, ``2023年5月``. Years run 1950..2035.
    """
    cell = text.strip().strip(_WRAP).strip()
    if not cell or len(cell) > 40 or not any(ch.isdigit() for ch in cell):
        return None
    if cell.endswith(".") and cell[-2:-1].isdigit():
        cell = cell[:-1].rstrip()  # ``2011. 5.``: the full stop of the last number
    # ``2024-12-27T12:56:05.000Z``: an ISO 8601 timestamp, its day the date
    cell = _ISO_TIME.sub("", cell, count=1)
    m = _NUMERIC.fullmatch(cell)
    if m is not None:
        return date_value(m.group("y"), m.group("m"), m.group("d"))
    m = _CHINESE.fullmatch(cell)
    if m is not None:
        return date_value(m.group("y"), m.group("m"), m.group("d"))
    m = _MONTH_FIRST.fullmatch(cell)
    if m is not None:
        return date_value(m.group("y"), m.group("m"), None)
    m = _TWO_THEN_YEAR.fullmatch(cell)
    if m is not None:
        # ``12/21/2024`` (month first), ``21/12/2024`` (day first), ``08/03/2024`` (either:
        # the year alone is sure)
        a, b = int(m.group("a")), int(m.group("b"))
        if a > _MONTHS and b <= _MONTHS:
            return date_value(m.group("y"), str(b), str(a))
        if b > _MONTHS and a <= _MONTHS:
            return date_value(m.group("y"), str(a), str(b))
        return date_value(m.group("y"), None, None) if a <= _MONTHS and b <= _MONTHS else None
    for pattern in _NAMED:
        m = pattern.fullmatch(cell)
        if m is not None:
            month = _months().get(m.group("mon").casefold()) or _misspelt_month(m.group("mon"))
            if month is None:
                return None
            return date_value(m.group("y"), str(month), m.groupdict().get("d"))
    spanned = _DAY_SPAN.fullmatch(cell)
    if spanned is not None:
        # ``February 24-28, 2020``: an event of some days is dated by its first month
        month = _months().get(spanned.group("mon").casefold())
        return date_value(spanned.group("y"), str(month), None) if month is not None else None
    ranged = _RANGE.fullmatch(cell)
    if ranged is not None:
        # ``2023/08~2023/9``: a span of time; the work is dated by its start
        first, last = parse_date(ranged.group(1)), parse_date(ranged.group(2))
        if first is not None and last is not None and first.year <= last.year:
            return first
    return None


def find_date(text: str) -> DateValue | None:
    """A date with a named month in running text (``7 Oct 2022``, ``Oct. 2022``), the last
    one when there are several; None when there is none. Numeric dates are not searched for
    in running text: ``2021.9`` there may be a version or a score."""
    if not any(ch.isdigit() for ch in text):
        return None
    found: DateValue | None = None
    for m in _FIND_NAMED.finditer(text):
        value = parse_date(m.group(0))
        if value is not None:
            found = value
    return found


# What may trail a note that is only a venue or a date: the dot ending it, the bracket that
# opened the links after it ("NeurIPS 2023. [[Paper](…)]").
_NOTE_TAIL = " \t.,;[(（【"


def complete_from_notes(entry: Entry) -> None:
    """A note that is only a date (``4 Feb 2023``) gives the entry its date, and its year
    when it has none; a note that is only a venue and year (``NeurIPS 2023.``) gives an
    entry without venue or year both. Notes are left as they are."""
    if not entry.notes or entry.date is not None:
        return
    _short_day_of_preprint(entry)
    if entry.date is not None:
        return
    if any(_tagged_venue_date(entry, note) for note in entry.notes):
        return
    for note in entry.notes:
        # Most notes are descriptions: too long, or without the digits of a year.
        if len(note) > _MAX_CLOSING_NOTE or YEAR_DIGITS.search(note) is None:
            continue
        text = note.strip().rstrip(_NOTE_TAIL)
        short = len(note) <= _MAX_NOTE
        if entry.date is None:
            # A note that is a date, or holds one with its month named ("ACL 23 – Jul 2023").
            value = (parse_date(text) or find_date(text)) if short else None
            closing = _CLOSING_DATE.search(text) if value is None else None
            if closing is not None:
                # ``bob3bob3（2025-07）``: the date the talk was given, closing the note
                dated = parse_date(closing.group(1) or closing.group(2))
                value = dated if dated is not None and dated.iso != str(dated.year) else None
            if value is not None:
                entry.date = value.iso
                if entry.year is None:
                    entry.year = value.year
                if value.iso == text or parse_date(text) is not None:
                    continue
        if entry.venue is None and entry.year is None and short:
            found = split_venue_year(text)
            if found is not None and found.venue is not None and found.year is not None:
                entry.venue, entry.year, entry.venue_raw = found.venue, found.year, found.raw


#: ``[ICLR 2025] [2025.2]``, ``[arxiv] [2025.3]``: a note of two or three tags in brackets
#: (escaped in the source: ``\\[arxiv\\]``).
_BRACKET_TAGS = re.compile(r"\s{0,3}(?:\[[^\[\]\n]{1,40}\]\s{0,3}){2,3}")
_BRACKET_TAG = re.compile(r"\[([^\[\]\n]{1,40})\]")


def _tagged_venue_date(entry: Entry, note: str) -> bool:
    """``- \\[ICLR 2025\\] \\[2025.2\\]`` under a paper (awesome-SAE): a note of tags in
    brackets, one of them a date (the entry's date, and its year) and one perhaps a known
    venue (its venue, the year it states first); True when the note was read so."""
    if _BRACKET_TAGS.fullmatch(note) is None:
        return False
    tags = [t.strip() for t in _BRACKET_TAG.findall(note)]
    dates = [value for t in tags if (value := parse_date(t)) is not None]
    if len(dates) != 1 or dates[0].iso == str(dates[0].year):
        return False  # (``[ICLR] [2025]``: a year is no date; read as a venue's note)
    entry.date = dates[0].iso
    venues = [
        found
        for t in tags
        if parse_date(t) is None
        and (found := split_venue_year(t)) is not None
        and found.venue is not None
    ]
    if entry.venue is None and len(venues) == 1:
        entry.venue, entry.venue_raw = venues[0].venue, venues[0].raw
        if entry.year is None and venues[0].year is not None:
            entry.year = venues[0].year
    if entry.year is None:
        entry.year = dates[0].year
    return True


#: ``（2025-07）``, ``(2022-03)``: a date in brackets closing a note; ``…, 2021.11``,
#: ``… University.2022.04``: a year and month after a comma or a full stop closing it.
_CLOSING_DATE = re.compile(
    r"(?:[(（]\s{0,2}([0-9][0-9./ -]{5,12})\s{0,2}[)）]"
    r"|[,，.、]\s{0,2}((?:19|20)\d\d[./-]\d{1,2}))$"
)
#: ``26.4.30``: a two-digit year, a month and a day, alone in a note.
_SHORT_DAY = re.compile(r"(?<![\d.])(?P<yy>\d{2})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})(?![\d.])")
#: ``arxiv.org/abs/2604.27393``: the year and month an arXiv identifier starts with.
_ARXIV_MONTH = re.compile(r"arxiv\.org/(?:abs|pdf)/(?P<yy>\d{2})(?P<m>\d{2})\.\d{4,5}", re.I)


def _short_day_of_preprint(entry: Entry) -> None:
    """``| 26.4.30`` after a paper whose arXiv identifier starts with 2604: the date written
    with a two-digit year, read only when the identifier's year and month agree (alone,
    ``26.4.30`` could be a version number)."""
    if not any("." in note for note in entry.notes):
        return
    months = {
        (int(m.group("yy")), int(m.group("m")))
        for link in entry.links
        if (m := _ARXIV_MONTH.search(link.url)) is not None
    }
    if not months:
        return
    for note in entry.notes:
        found = _SHORT_DAY.search(note)
        if found is None:
            continue
        yy, month = int(found.group("yy")), int(found.group("m"))
        if (yy, month) not in months:
            continue
        value = date_value(str(2000 + yy), str(month), found.group("d"))
        if value is None or value.iso.count("-") != 2:
            continue
        entry.date = value.iso
        if entry.year is None:
            entry.year = value.year
        return


#: The year arXiv opened: an arXiv year before it is the year and month of an identifier.
_ARXIV_FIRST_YEAR = 1991


def arxiv_identifier_year(entry: Entry) -> None:
    """``![arXiv'1906](…)``, ``arXiv:1911.05722``: an arXiv entry whose year reads before
    arXiv existed took an identifier's year and month (``1906``: June 2019) for a year; its
    year is the identifier's."""
    year = entry.year
    if entry.venue != "arXiv" or year is None or year >= _ARXIV_FIRST_YEAR:
        return
    month = year % 100
    if 1 <= month <= 12:
        entry.year = 2000 + year // 100 % 100
