"""Where the cells of a GFM table row stand in its source line (for findings and fixes)."""

from __future__ import annotations

from awesome_ptm.model import Document, Entry


def cell_spans(line: str) -> list[tuple[int, int]]:
    """Column spans ``(start, end)`` (0-based, end exclusive) of each cell's content in a
    table row, without the surrounding pipes and padding. ``\\|`` does not split a cell, nor
    does a pipe inside a code span."""
    return _spans(line, pipe_bounds(line))


def pipe_bounds(line: str) -> list[int]:
    """Where the row's cell-separating pipes are. A row with neither a backslash nor a
    backtick (nearly every row; the rules ask for a cell of every row, several times) splits
    at every pipe, found by ``str.find``; others are walked to honour escapes and code."""
    if "\\" in line or "`" in line:
        return walked_pipe_bounds(line)
    bounds: list[int] = []
    at = line.find("|")
    while at != -1:
        bounds.append(at)
        at = line.find("|", at + 1)
    return bounds


def walked_pipe_bounds(line: str) -> list[int]:
    """:func:`pipe_bounds` one character at a time, for any row."""
    bounds: list[int] = []
    in_code = False
    index = 0
    while index < len(line):
        char = line[index]
        if char == "\\":
            index += 2
            continue
        if char == "`":
            in_code = not in_code
        elif char == "|" and not in_code:
            bounds.append(index)
        index += 1
    return bounds


def _spans(line: str, bounds: list[int]) -> list[tuple[int, int]]:
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
    """Offsets in ``document.text`` of the content of ``role``'s cell (padding excluded) in
    a table-row entry, if it can be found."""
    if role not in entry.fields:
        return None
    line = entry.field_lines.get(role, entry.source.line)
    spans = cell_spans(document.line_text(line))
    index = list(entry.fields).index(role)  # cells in column order, keyed by role
    if index >= len(spans):
        return None
    base = document.offset(line)
    return base + spans[index][0], base + spans[index][1]
