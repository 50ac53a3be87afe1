"""Dates with a two-digit year in a table's date column (``19-06-11``, ``23.03.25``).

One such cell does not say its order: ``19-06-20`` is 2019-06-20 read year first and
2020-06-19 read day first. The table decides, as a reader does: from the cells that can be
read only one way (``31-12-05`` only day first, ``05-12-31`` only year first), then from
the venue years of the rows (a paper dated a few months before the ``IJCAI 2023`` of its
venue column). Without a clear majority the cells stay unread (no date, no year) rather
than guessed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from awesome_ptm.venues import VenueYear

if TYPE_CHECKING:
    from awesome_ptm.parse._table import Row

#: ``19-06-11``, ``19.06.11``, ``19/06/11``: three two-digit numbers, one separator.
_SHORT_DATE = re.compile(r"(\d{2})([-./])(\d{2})\2(\d{2})")
#: How many rows must be read so before the table is read at all.
_MIN_ROWS = 3
#: How much larger the winning order's evidence must be than the other's.
_MARGIN = 4
#: A paper is published in its venue this many years after its date, at most.
_VENUE_LAG = 2

#: ``98`` is 1998, ``05`` 2005.
_CENTURY_PIVOT = 50

_ORDERS = ("year-first", "day-first")


def _reading(order: str, first: int, month: int, last: int) -> tuple[int, int, int] | None:
    """Year, month and day of a cell read in ``order``, or None when impossible."""
    year, day = (first, last) if order == "year-first" else (last, first)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return (2000 if year < _CENTURY_PIVOT else 1900) + year, month, day


def read_short_dates(rows: list[Row]) -> None:
    """Give the entry rows of one table whose date cell has a two-digit year their date
    (and their year, when their venue states none), in the order the table's evidence
    shows."""
    cells = []
    for row in rows:
        if row.kind != "entry" or row.draft is None or row.date is not None:
            continue
        found = _SHORT_DATE.fullmatch(row.fields.get("date", "").strip())
        if found is not None:
            cells.append((row, int(found.group(1)), int(found.group(3)), int(found.group(4))))
    if len(cells) < _MIN_ROWS:
        return
    evidence = dict.fromkeys(_ORDERS, 0)
    for row, first, month, last in cells:
        readings = {order: _reading(order, first, month, last) for order in _ORDERS}
        possible = [order for order, value in readings.items() if value is not None]
        if len(possible) == 1:
            evidence[possible[0]] += 2  # only one order can read it
            continue
        venue_year = row.draft.venue.year if row.draft and row.draft.venue else None
        if venue_year is None or first == last:
            continue  # (``24-05-24`` is the same year read either way: no evidence)
        for order, value in readings.items():
            if value is not None and 0 <= venue_year - value[0] <= _VENUE_LAG:
                evidence[order] += 1
    winner, loser = sorted(_ORDERS, key=lambda order: -evidence[order])
    if evidence[winner] < _MIN_ROWS or evidence[winner] < _MARGIN * evidence[loser]:
        return
    for row, first, month, last in cells:
        value = _reading(winner, first, month, last)
        if value is None or row.draft is None:
            continue
        year, month, day = value
        row.date = f"{year:04d}-{month:02d}-{day:02d}"
        venue = row.draft.venue
        if venue is None:
            row.draft.venue = VenueYear(venue=None, year=year, raw=row.date)
        elif venue.year is None:
            row.draft.venue = VenueYear(venue=venue.venue, year=year, raw=venue.raw)
