"""The column that names a table's entries when its header names no title column.

``| Clone of | Demo | Repo |`` with rows ``| Airbnb | [YouTube](…) | [GitHub](…) |``: the
first column's header is not one we know, and its cells are short plain names, one per row,
while the row's links sit in the other columns and say where (a site, a host), not what.
"""

from __future__ import annotations

from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._inline import plain
from awesome_ptm.parse._row_cells import Cell
from awesome_ptm.parse._vocabulary import is_null, is_status

#: The share of rows whose first cell must be a plain name (the others may be empty).
_NAMED_SHARE = 0.9
#: The longest name: longer cells are descriptions, not names.
_NAME_MAX = 60
#: The fewest rows the rule is tried on (a two-row table shows no pattern).
_MIN_ROWS = 4


def _plain_name(cell: Cell) -> bool:
    if any(s.kind in ("link", "image", "html") for s in cell.segments):
        return False
    text = " ".join(plain(cell.segments).split())
    return (
        0 < len(text) <= _NAME_MAX
        and any(ch.isalpha() for ch in text)
        and not is_null(text)
        and not is_status(text)
        and parse_date(text) is None
    )


def name_column(headers: list[str], roles: list[str], rows: list[list[Cell]]) -> list[str]:
    """``roles`` with the first column made the title column when the table has no title
    column, the first header is one we do not know, and nearly every row's first cell is a
    short plain name while its links are in the other cells."""
    if "title" in roles or not roles or not roles[0].startswith("column-"):
        return roles
    if not headers or not headers[0].strip() or len(rows) < _MIN_ROWS:
        return roles
    names = [
        " ".join(plain(cells[0].segments).split())
        for cells in rows
        if cells and _plain_name(cells[0])
    ]
    named = len(names)
    if len(set(names)) < _NAMED_SHARE * named:
        # (``<th rowspan="4">Simile</th>``: a first column repeating its names groups the
        # rows, it does not name them)
        return roles
    linked = sum(
        1 for cells in rows if any(s.kind == "link" for cell in cells[1:] for s in cell.segments)
    )
    if named < _NAMED_SHARE * len(rows) or linked < _NAMED_SHARE * len(rows):
        return roles
    return ["title", *roles[1:]]
