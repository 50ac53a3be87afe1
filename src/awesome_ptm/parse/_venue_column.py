"""A column whose header says where a work comes from without naming a venue (or says
nothing: ``| Title | | Paper |`` over ``CVPR(25)``): ``| Title | Source | Date |`` over
``NIPS 2025``, ``TACL 2023``, ``arxiv``. It is the venue column when
most of its cells read as known venues; elsewhere a Source column holds ✅ marks or links to
code, and stays a column we do not know.
"""

from __future__ import annotations

from awesome_ptm.parse._columns import column_words, fold
from awesome_ptm.parse._inline import plain
from awesome_ptm.parse._presentation import without_trailing_presentation
from awesome_ptm.parse._row_cells import Cell, written_venue
from awesome_ptm.parse._venue_names import known_venue
from awesome_ptm.parse._vocabulary import is_null
from awesome_ptm.venues import split_venue_year

#: The fewest filled cells the column is judged on (two rows show no pattern).
_MIN_CELLS = 3


def _reads_as_venue(text: str) -> bool:
    found = split_venue_year(text, unmarked=True) or split_venue_year(
        without_trailing_presentation(text), unmarked=True
    )
    if found is None:
        # (``CVPR(25)``: a known venue and its year, written as a venue cell may be)
        written = written_venue(text, None)
        found = written if written.year is not None else None
    return found is not None and found.venue is not None and known_venue(found.venue)


def venue_column(headers: list[str], roles: list[str], rows: list[list[Cell]]) -> list[str]:
    """``roles`` with a ``Source`` column made the venue column when the table has none
    and at least half of its filled cells (three or more) read as known venues."""
    if "venue" in roles:
        return roles
    words = column_words().venue_if_read
    for index, header in enumerate(headers):
        if index >= len(roles) or not roles[index].startswith("column-"):
            continue
        if fold(header) not in words:
            continue
        texts = [" ".join(plain(row[index].segments).split()) for row in rows if index < len(row)]
        filled = [text for text in texts if text and not is_null(text)]
        read = sum(1 for text in filled if _reads_as_venue(text))
        if len(filled) >= _MIN_CELLS and 2 * read >= len(filled):
            return [*roles[:index], "venue", *roles[index + 1 :]]
    return roles
