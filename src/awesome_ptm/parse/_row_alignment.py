"""Column alignment by evidence: which column each cell of a row written with a cell or two
too few stands under (a date under the date column, a venue under the venue column), and
whether a row's links only point to the file's own headings or pages (an index row).
"""

from __future__ import annotations

import itertools

from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._inline import plain
from awesome_ptm.parse._row_cells import Cell
from awesome_ptm.parse._short_dates import is_short_date
from awesome_ptm.parse._vocabulary import is_null
from awesome_ptm.venues import split_venue_year

# How many cells a row may miss and still be aligned by evidence (more: padded at the end).
_MAX_MISSING = 2
# Wider tables are padded at the end (the combinations grow with the square of the width).
_MAX_ALIGNED = 24


def is_index_link(href: str) -> bool:
    """Whether a link points to the file's own headings or to another page of the
    repository (an anchor, a relative ``.md`` file or folder): a link of an index row."""
    if href.startswith("#"):
        return True
    if "://" in href or href.startswith(("mailto:", "//")):
        return False
    path = href.split("#", 1)[0].split("?", 1)[0]
    return path.lower().endswith((".md", ".markdown")) or path.endswith("/")


def _fit(role: str, cell: Cell) -> int:
    """How well a cell's content fits a column role: positive when it fits, negative when it
    cannot be that column's, 0 when it says nothing."""
    text = cell.source
    if is_null(text):
        return 0
    links = [s for s in cell.segments if s.kind == "link"]
    dated = parse_date(plain(cell.segments)) is not None or is_short_date(plain(cell.segments))
    if role in ("date", "year"):
        if dated:
            return 3
        # (``|CVPR23|[Title](url)`` under ``| Time | Paper | Repo |``: a venue and its year
        # written where the date goes)
        found = split_venue_year(plain(cell.segments), unmarked=True)
        return 3 if found is not None and found.year is not None else -3
    if role == "venue":
        # (read as a venue cell is: ``'18-AAAI``, ``ICLR23``)
        found = split_venue_year(plain(cell.segments), unmarked=True)
        return 3 if found is not None and found.venue is not None else -1
    if role == "code":
        return 2 if any("github.com" in str(s.href) for s in links) else (-1 if not links else 0)
    if role in ("paper", "link", "download", "demo"):
        return 1 if links else -1
    if role == "title":
        if dated:
            return -3
        return 1 if links or len(text) > 3 else 0
    if dated:
        return -1
    return 0


def align_cells(cells: list[Cell], roles: list[str]) -> tuple[list[str], list[str]]:
    """The role of each written cell, and the roles of the columns the row leaves out.

    A row with as many cells as the header (or more) is read in order. A row with one or two
    cells fewer is matched to the columns its cells fit best (a date under the date column,
    a venue under the venue column), the missing columns anywhere; on a tie, the cells are
    read from the left as GFM renders them."""
    extra = [f"column-{n + 1}" for n in range(len(roles), len(cells))]
    if len(cells) >= len(roles) or not cells:
        return [*roles, *extra][: len(cells)], []
    gap = len(roles) - len(cells)
    padded = roles[: len(cells)]
    if gap > _MAX_MISSING or len(roles) > _MAX_ALIGNED:
        return padded, roles[len(cells) :]
    best = padded
    best_score = sum(_fit(r, c) for r, c in zip(padded, cells, strict=True))
    for skipped in itertools.combinations(range(len(roles)), gap):
        chosen = [r for i, r in enumerate(roles) if i not in skipped]
        score = sum(_fit(r, c) for r, c in zip(chosen, cells, strict=True))
        if score > best_score:
            best, best_score = chosen, score
    return best, [r for r in roles if r not in best]
