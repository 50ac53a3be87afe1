"""Columns a table leaves without a header (``| | | | |`` over the rows): what their cells
hold names them. A column of years is the year column; any other stays a column we do not
know."""

from __future__ import annotations

from collections.abc import Callable

from awesome_ptm.parse._dates import YEAR_DIGITS
from awesome_ptm.parse._inline import plain
from awesome_ptm.parse._row_cells import Cell
from awesome_ptm.parse._vocabulary import is_null

#: The fewest filled cells a column is judged on (two rows show no pattern).
_MIN_CELLS = 3
#: How many of the filled cells must read so: nine in ten.
_SHARE = 0.9


def unnamed_columns(headers: list[str], roles: list[str], rows: list[list[Cell]]) -> list[str]:
    """``roles`` with a column whose header is empty named ``year`` when nine in ten of its
    filled cells (three or more) are years alone, where the table has no year column yet
    (awesome-data-valuation)."""
    named = list(roles)
    for index, header in enumerate(headers):
        if header.strip() or index >= len(named) or not named[index].startswith("column-"):
            continue
        texts = [" ".join(plain(row[index].segments).split()) for row in rows if index < len(row)]
        filled = [text for text in texts if text and not is_null(text)]
        if len(filled) < _MIN_CELLS:
            continue
        if "year" not in named and _share(filled, _is_year) >= _SHARE:
            named[index] = "year"
    return named


def _is_year(text: str) -> bool:
    return YEAR_DIGITS.fullmatch(text) is not None


def _share(texts: list[str], test: Callable[[str], bool]) -> float:
    return sum(1 for text in texts if test(text)) / len(texts)
