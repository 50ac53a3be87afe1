"""Dates with a two-digit year in a table's date column (``19-06-11``, ``23.03.25``,
``9/04/24``).

One such cell does not say its order: ``19-06-20`` is 2019-06-20 read year first and
2020-06-19 read day first; ``9/04/24`` is 2024-09-04 read month first (as in the US) and
2024-04-09 read day first. The table decides, as a reader does: from the cells that can be
read only one way (``31-12-05`` only day first, ``05-12-31`` only year first, ``8/28/24``
only month first), then from the venue years of the rows (a paper dated a few months before
the ``IJCAI 2023`` of its venue column). Without a clear majority the cells stay unread (no
date, no year) rather than guessed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from awesome_ptm.venues import VenueYear

if TYPE_CHECKING:
    from awesome_ptm.parse._table import Row

#: ``19-06-11``, ``19.06.11``, ``9/04/24``: three numbers (the last of two digits), one
#: separator.
_SHORT_DATE = re.compile(r"(\d{1,2})([-./])(\d{1,2})\2(\d{2})")


def is_short_date(text: str) -> bool:
    """Whether ``text`` is a date with a two-digit year (``17/11/12``), whatever its order."""
    return _SHORT_DATE.fullmatch(text.strip()) is not None


#: How many rows must be read so before the table is read at all.
_MIN_ROWS = 3
#: How much larger the winning order's evidence must be than the other's.
_MARGIN = 4
#: A paper is published in its venue this many years after its date, at most.
_VENUE_LAG = 2

#: ``98`` is 1998, ``05`` 2005.
_CENTURY_PIVOT = 50

_ORDERS = ("year-first", "day-first", "month-first")


def _reading(order: str, first: int, middle: int, last: int) -> tuple[int, int, int] | None:
    """Year, month and day of a cell read in ``order``, or None when impossible."""
    if order == "year-first":
        year, month, day = first, middle, last
    elif order == "day-first":
        year, month, day = last, middle, first
    else:
        year, month, day = last, first, middle
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return (2000 if year < _CENTURY_PIVOT else 1900) + year, month, day


def read_short_dates(rows: list[Row]) -> None:
    """Give the entry rows of one table whose date cell has a two-digit year their date
    (and their year, when their venue states none), in the order the table's evidence
    shows: first where the year stands, then (the year last) whether the day or the month
    comes first."""
    _read_year_months(rows)
    cells: list[_Cell] = []
    for row in rows:
        if row.kind != "entry" or row.draft is None or row.date is not None:
            continue
        found = _SHORT_DATE.fullmatch(row.fields.get("date", "").strip())
        if found is not None:
            numbers = (int(found.group(1)), int(found.group(3)), int(found.group(4)))
            cells.append(_Cell(row, numbers, len(found.group(1)) == 2, found.group(2)))
    if len(cells) < _MIN_ROWS:
        return
    order = _year_place(cells)
    if order == "year-last":
        order = _day_or_month_first(cells)
    if order is None:
        return
    for cell in cells:
        value = _read(cell, order)
        row, draft = cell.row, cell.row.draft
        if value is None or draft is None:
            continue
        year, month, day = value
        row.date = f"{year:04d}-{month:02d}-{day:02d}"
        venue = draft.venue
        if venue is None:
            draft.venue = VenueYear(venue=None, year=year, raw=row.date)
        elif venue.year is None:
            draft.venue = VenueYear(venue=venue.venue, year=year, raw=venue.raw)


class _Cell(NamedTuple):
    row: Row
    numbers: tuple[int, int, int]
    #: the first number has two digits (a year is written so: ``9/04/24`` is never 2009)
    two_digit_first: bool
    separator: str


def _read(cell: _Cell, order: str) -> tuple[int, int, int] | None:
    if order == "year-first" and not cell.two_digit_first:
        return None
    return _reading(order, *cell.numbers)


def _year_place(cells: list[_Cell]) -> str | None:
    """``year-first`` or ``year-last`` as the cells that can be read one way only and the
    rows' venue years show, or None without a clear majority."""
    evidence = {"year-first": 0, "year-last": 0}
    for cell in cells:
        first, _, last = cell.numbers
        years = {
            "year-first": _read(cell, "year-first"),
            "year-last": _read(cell, "day-first") or _read(cell, "month-first"),
        }
        possible = [place for place, value in years.items() if value is not None]
        if len(possible) == 1:
            evidence[possible[0]] += 2  # only one place can hold the year
            continue
        draft = cell.row.draft
        venue_year = draft.venue.year if draft and draft.venue else None
        if venue_year is None or first == last:
            continue  # (``24-05-24`` is the same year read either way: no evidence)
        for place, value in years.items():
            if value is not None and 0 <= venue_year - value[0] <= _VENUE_LAG:
                evidence[place] += 1
    winner, loser = sorted(evidence, key=lambda place: -evidence[place])
    if evidence[winner] < _MIN_ROWS or evidence[winner] < _MARGIN * evidence[loser]:
        return None
    return winner


def _day_or_month_first(cells: list[_Cell]) -> str | None:
    """With the year last: ``day-first`` when some cell can only be read so (``31-12-05``),
    ``month-first`` when some can only be read so (``8/28/24``), None when both are seen.
    When no cell tells, day first, as dashes and dots are written (``19-06-11``); slashes
    are written both ways (``3/04/24``), so such a column stays unread."""
    day_only = month_only = 0
    for cell in cells:
        day, month = _read(cell, "day-first"), _read(cell, "month-first")
        day_only += day is not None and month is None
        month_only += month is not None and day is None
    if day_only and month_only:
        return None
    if month_only:
        return "month-first"
    if day_only or all(cell.separator != "/" for cell in cells):
        return "day-first"
    return None


#: ``20.10``, ``23.12``: a two-digit year and a month (or a month and a year: ``10.20``);
#: ``2308``, ``2401``: the same glued.
_YEAR_MONTH = re.compile(r"(\d{2})(\.?)(\d{2})")


#: How many glued cells of a date column must be no year (``2308``) for it to be read as
#: ``YYMM`` (and at least half of them).
_GLUED_NOT_YEARS = 2


def _read_year_months(rows: list[Row]) -> None:
    """``| 20.10 | … |``, ``| 23.12 | … |``: a date column of a two-digit year and a month
    (``YY.MM``). Read so only when some cell cannot be a month first (``20.10``) and none
    can be a year last only (``10.20`` with a month over 12 first is never seen); the year
    is the row's when its venue states none. Glued (``| 2308 |``, ``| 2006 |``), a column
    is read so only when some cells cannot be years (``2308``, ``2401``: ``2006`` alone is
    the year 2006)."""
    cells: list[tuple[Row, int, int, str]] = []
    for row in rows:
        if row.kind != "entry" or row.draft is None:
            continue
        written = row.fields.get("date", "").strip()
        found = _YEAR_MONTH.fullmatch(written)
        # (a glued cell was read as a year, ``2006``: the column may say otherwise)
        if found is not None and (row.date is None or (not found.group(2) and row.date == written)):
            cells.append((row, int(found.group(1)), int(found.group(3)), found.group(2)))
    if len(cells) < _MIN_ROWS:
        return
    glued = [first for _, first, _, dot in cells if not dot]
    if glued and len(glued) < len(cells):
        return  # (``20.10`` and ``2010`` in one column: not one way of writing)
    year_first = sum(1 for _, first, _, _ in cells if first > 12)
    if year_first < _MIN_ROWS or any(not 1 <= month <= 12 for _, _, month, _ in cells):
        return
    not_years = sum(1 for first in glued if first not in (19, 20))
    if glued and (not_years < _GLUED_NOT_YEARS or 2 * not_years < len(glued)):
        return  # (``| 2010 | 2011 |``: years)
    for row, yy, month, _ in cells:
        year = (2000 if yy < _CENTURY_PIVOT else 1900) + yy
        written_year = int(row.date) if row.date is not None and row.date.isdigit() else None
        row.date = f"{year:04d}-{month:02d}"
        draft = row.draft
        if draft is None:
            continue
        if draft.venue is None:
            draft.venue = VenueYear(venue=None, year=year, raw=row.date)
        elif draft.venue.year is None or draft.venue.year == written_year:
            draft.venue = VenueYear(venue=draft.venue.venue, year=year, raw=draft.venue.raw)
