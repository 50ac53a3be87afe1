"""Tables and HTML blocks of a file: each row of a GFM or HTML table an entry, an in-table
section or layout; an HTML block written as a list, one resource a line, its entries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._entry import interpret_head
from awesome_ptm.parse._html_lines import read_html_lines
from awesome_ptm.parse._inline import Segment
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._outline import LABEL_LEVEL
from awesome_ptm.parse._table import Row, read_rows

if TYPE_CHECKING:
    from markdown_it.token import Token

    from awesome_ptm.model import Entry


class TableBlocks:
    """The builder's reading of tables and HTML blocks."""

    lines: list[str]
    extra_path: list[str]
    html_listed: bool

    if TYPE_CHECKING:  # (the builder's and its other bases')

        def segments_of(self, inline: Token) -> list[Segment]: ...

        def add_block(self, kind: str, start: int, end: int) -> None: ...

        def add_entry(self, draft: Draft, start: int, end: int, **extra: object) -> Entry: ...

        def add_section(self, title: str, level: int, kind: str, line: int, end: int) -> None: ...

    def table(self, node: Node) -> None:
        self.table_rows(read_rows(node, self.segments_of, self.lines))

    def html_lines(self, node: Node) -> None:
        """An HTML block: a list written in HTML, one resource a line, has entries (see
        :mod:`~awesome_ptm.parse._html_lines`); its other lines, or the whole block, are
        layout."""
        at = node.start
        found = read_html_lines(self.lines, node.start, node.end, listed=self.html_listed)
        for line, last, segs in found:
            draft = interpret_head(segs)
            if draft is None:
                continue
            if line > at:
                self.add_block("html", at, line - 1)
            self.add_entry(draft, line, last)
            self.html_listed = True
            at = last + 1
        if at <= node.end:
            self.add_block("html", at, node.end)

    def table_rows(self, rows: list[Row]) -> None:
        """Add the rows of a GFM or HTML table: entries, in-table sections, placeholders."""
        table_start = len(self.extra_path)
        for row in rows:
            if row.kind not in ("entry", "section"):
                kind = "placeholder-row" if row.kind == "placeholder" else row.kind
                self.add_block(kind, row.line, row.end or row.line)
            elif row.kind == "section":
                del self.extra_path[table_start:]
                self.add_section(row.title, LABEL_LEVEL, "table-row", row.line, row.line)
                self.extra_path.append(row.title)
            elif row.draft is not None:
                entry = self.add_entry(
                    row.draft,
                    row.line,
                    row.end or row.line,
                    fields=row.fields,
                    field_lines=dict.fromkeys(row.fields, row.line),
                    null_fields=row.null_fields,
                    status=row.status,
                    date=row.date,
                )
                for link, role in zip(entry.links, row.link_roles, strict=False):
                    link.role = role
                if row.venue_raw is not None:
                    entry.venue_raw = row.venue_raw
        del self.extra_path[table_start:]
