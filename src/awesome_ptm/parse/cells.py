"""Where the cells of a GFM table row stand in its source line (for findings and fixes)."""

from __future__ import annotations

from awesome_ptm.model import Document, Entry


def cell_spans(line: str) -> list[tuple[int, int]]:
    """Column spans ``(start, end)`` (0-based, end exclusive) of each cell's content in a
    table row, without the surrounding pipes and padding. ``\\|`` does not split a cell, nor
    does a pipe inside a code span."""
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
    stripped = line.strip()
    starts = [-1, *bounds]
    ends = [*bounds, len(line)]
    spans: list[tuple[int, int]] = []
    for n, (left, right) in enumerate(zip(starts, ends, strict=True)):
        if n == 0 and stripped.startswith("|"):
            continue
        if n == len(starts) - 1 and stripped.endswith("|"):
            continue
        start, end = left + 1, right
        while start < end and line[start] in " \t":
            start += 1
        while end > start and line[end - 1] in " \t":
            end -= 1
        spans.append((start, end))
    return spans


def entry_cell_span(document: Document, entry: Entry, role: str) -> tuple[int, int] | None:
    """Offsets in ``document.text`` of the content of ``role``'s cell (padding excluded) in
    a table-row entry, if it can be found."""
    order = list(entry.fields)  # cells in column order, keyed by role
    if role not in order:
        return None
    line = entry.field_lines.get(role, entry.source.line)
    spans = cell_spans(document.line_text(line))
    index = order.index(role)
    if index >= len(spans):
        return None
    base = document.offset(line)
    return base + spans[index][0], base + spans[index][1]
