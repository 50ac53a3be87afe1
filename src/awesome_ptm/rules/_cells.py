"""Table cells for the rules: :mod:`awesome_ptm.parse.cells` with a fast path.

``parse.cells.cell_spans`` walks a row one character at a time in Python, to honour ``\\|``
and pipes inside code spans; the venue and field rules ask for a cell of every table row,
several times over. A row with neither a backslash nor a backtick splits at every pipe, which
``str.find`` locates without the walk; other rows take the parser's function.
"""

from __future__ import annotations

from awesome_ptm.model import Document, Entry
from awesome_ptm.parse.cells import cell_spans as _walked_cell_spans

__all__ = ["cell_spans", "entry_cell_span"]


def cell_spans(line: str) -> list[tuple[int, int]]:
    """The same as :func:`awesome_ptm.parse.cells.cell_spans`: column spans ``(start, end)``
    (0-based, end exclusive) of each cell's content in a table row, padding excluded."""
    if "\\" in line or "`" in line:
        return _walked_cell_spans(line)
    bounds: list[int] = []
    at = line.find("|")
    while at != -1:
        bounds.append(at)
        at = line.find("|", at + 1)
    stripped = line.strip()
    starts = [-1, *bounds]
    ends = [*bounds, len(line)]
    first = 1 if stripped.startswith("|") else 0
    last = len(starts) - 1 if stripped.endswith("|") else len(starts)
    spans: list[tuple[int, int]] = []
    for n in range(first, last):
        start, end = starts[n] + 1, ends[n]
        while start < end and line[start] in " \t":
            start += 1
        while end > start and line[end - 1] in " \t":
            end -= 1
        spans.append((start, end))
    return spans


def entry_cell_span(document: Document, entry: Entry, role: str) -> tuple[int, int] | None:
    """The same as :func:`awesome_ptm.parse.cells.entry_cell_span`: offsets in
    ``document.text`` of the content of ``role``'s cell in a table-row entry, if found."""
    if role not in entry.fields:
        return None
    line = entry.field_lines.get(role, entry.source.line)
    spans = cell_spans(document.line_text(line))
    index = list(entry.fields).index(role)  # cells in column order, keyed by role
    if index >= len(spans):
        return None
    base = document.offset(line)
    return base + spans[index][0], base + spans[index][1]
