"""A document's list and table structure as the rules read it (the parser's layout, or
one parse per run), and the rows of each of its tables."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator

from awesome_ptm.model import Document, Entry, Layout
from awesome_ptm.parse._document import layout
from awesome_ptm.parse._markdown import markdown
from awesome_ptm.rules._base import Context


def table_rows(rows: list[Entry], tables: list[tuple[int, int]]) -> Iterator[list[Entry]]:
    """For each table ``(first, last)``, the entries of ``rows`` whose line lies in it, in
    their order. Rows come in document order, so each table's are found by bisection: a
    filter of every row per table would cost rows × tables, quadratic on a long list."""
    lines = [entry.source.line for entry in rows]
    ordered = all(a <= b for a, b in itertools.pairwise(lines))
    for first, last in tables:
        if ordered:
            yield rows[bisect.bisect_left(lines, first) : bisect.bisect_right(lines, last)]
        else:
            yield [entry for entry in rows if first <= entry.source.line <= last]


def document_structure(document: Document, context: Context) -> Layout:
    """The list and table structure of ``document``: recorded by the parser, else (for a
    document built some other way) parsed once per run."""
    if document.layout is not None:
        return document.layout
    structure: Layout = context.memo(
        f"links.structure:{document.path}", lambda: layout(markdown().parse(document.text))
    )
    return structure
