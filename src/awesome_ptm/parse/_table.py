"""GFM tables: a header naming the columns, rows as entries or in-table section rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from markdown_it.token import Token

from awesome_ptm.parse._entry import Draft, LinkDraft, clean_label, interpret_head, interpret_lines
from awesome_ptm.parse._inline import Segment, plain, segments, split_lines
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._vocabulary import column_role, is_null, is_status
from awesome_ptm.titles import unwrap_title_brackets
from awesome_ptm.venues import VenueYear, split_venue_year


@dataclass(slots=True)
class Row:
    """A table row as read: ``kind`` is ``entry``, ``section`` or ``placeholder``."""

    kind: str
    line: int
    draft: Draft | None = None
    title: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    null_fields: list[str] = field(default_factory=list)
    status: str | None = None
    venue_raw: str | None = None


#: The segments of an inline token (the builder's, which parses inline content on demand).
SegmentsOf = Callable[[Token], list[Segment]]


def _inline_segments(inline: Token) -> list[Segment]:
    return segments(inline.children or [])


def _cells(row: Node, segments_of: SegmentsOf) -> list[list[Segment]]:
    return [segments_of(cell.inline) if cell.inline is not None else [] for cell in row.children]


def _cell_source(row: Node, index: int) -> str:
    cell = row.children[index] if index < len(row.children) else None
    return cell.inline.content.strip() if cell is not None and cell.inline is not None else ""


def column_roles(table: Node) -> list[str]:
    """The role of each column from its header, ``column-N`` where the header is unknown."""
    head = table.children[0] if table.children else None
    roles: list[str] = []
    if head is None or not head.children:
        return roles
    for index, cell in enumerate(head.children[0].children):
        text = cell.inline.content if cell.inline is not None else ""
        role = column_role(text)
        if role is None or role in roles:
            role = "title" if index == 0 and "title" not in roles else f"column-{index + 1}"
        roles.append(role)
    return roles


def read_rows(table: Node, segments_of: SegmentsOf = _inline_segments) -> list[Row]:
    roles = column_roles(table)
    rows: list[Row] = []
    body = table.children[1] if len(table.children) > 1 else None
    if body is None:
        return rows
    for row in body.children:
        rows.append(_read_row(row, roles, segments_of))
    return rows


def _read_row(row: Node, roles: list[str], segments_of: SegmentsOf) -> Row:
    cells = _cells(row, segments_of)
    raw = {
        roles[i] if i < len(roles) else f"column-{i + 1}": _cell_source(row, i)
        for i in range(len(cells))
    }
    null_fields = [role for role, value in raw.items() if is_null(value)]
    filled = [role for role in raw if role not in null_fields]
    line = row.start
    if not filled:
        return Row(kind="placeholder", line=line, fields=raw, null_fields=null_fields)
    first = next(iter(raw))
    if filled == [first] and len(raw) > 1 and not any(s.kind == "link" for s in cells[0]):
        return Row(kind="section", line=line, title=plain(cells[0]).strip(), fields=raw)
    by_role = dict(zip(raw, cells, strict=False))
    draft = _row_draft(by_role, raw, null_fields)
    result = Row(kind="entry", line=line, draft=draft, fields=raw, null_fields=null_fields)
    venue_text = raw.get("venue", "")
    if venue_text and "venue" not in null_fields:
        result.venue_raw = venue_text
    status_text = raw.get("status", "")
    if status_text and "status" not in null_fields:
        result.status = status_text
    return result


def _row_draft(
    cells: dict[str, list[Segment]], raw: dict[str, str], null_fields: list[str]
) -> Draft:
    title_cell = cells.get("title") or next(iter(cells.values()))
    head = interpret_head(title_cell)
    draft = head if head is not None else Draft(title="")
    draft.title = unwrap_title_brackets(draft.title)
    draft.shape = "table-row"
    draft.notes = [n for n in draft.notes if n]
    for role, cell in cells.items():
        if role == "title" or cell is title_cell or role in null_fields:
            continue
        if role == "venue":
            text = plain(cell).strip()
            found = split_venue_year(text)
            if found is not None:
                draft.venue = found
            elif text and not is_status(text):
                draft.venue = VenueYear(venue=text, year=None, raw=text)
            continue
        if role == "year":
            found = split_venue_year(plain(cell))
            if found is not None and found.year is not None:
                venue = draft.venue.venue if draft.venue else None
                draft.venue = VenueYear(venue=venue, year=found.year, raw=raw[role])
            continue
        if role == "status":
            continue
        if role == "authors":
            draft.authors = [a.strip() for a in plain(cell).split(",") if a.strip()]
            continue
        default_label = role if role in ("paper", "code", "link") else None
        _read_cell_lines(draft, cell, default_label)
    return draft


def _read_cell_lines(draft: Draft, cell: list[Segment], default_label: str | None) -> None:
    """Notes and remarks cells: ``<br/>`` lines of text, ``label：url`` and bare URLs."""
    lines = split_lines(cell)
    if not any(s.kind == "link" for s in cell):
        for line in lines:
            text = plain(line).strip()
            if text:
                draft.notes.append(text)
        return
    inner = interpret_lines([[Segment("text", "-")], *lines])
    if inner is None:
        return
    for link in inner.links:
        if link.label is None and default_label is not None:
            link = LinkDraft(href=link.href, style=link.style, label=default_label, text=link.text)
        draft.links.append(link)
    for note in inner.notes:
        label = clean_label(note)
        if label and note.strip() and not _only_labels(note, inner.links):
            draft.notes.append(note)


def _only_labels(note: str, links: list[LinkDraft]) -> bool:
    return any(link.label and note.strip().rstrip(":：；;") == link.label for link in links)
