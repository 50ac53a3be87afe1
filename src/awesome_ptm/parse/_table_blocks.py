"""Tables and HTML blocks of a file: each row of a GFM or HTML table an entry, an in-table
section or layout; an HTML block written as a list, one resource a line, its entries."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from awesome_ptm.parse._columns import assign_roles, field_table
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._entry import interpret_head
from awesome_ptm.parse._entry_lines import interpret
from awesome_ptm.parse._html_lines import read_html_lines
from awesome_ptm.parse._html_table import is_html_table, read_html_table, table_start
from awesome_ptm.parse._inline import Segment
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._outline import LABEL_LEVEL
from awesome_ptm.parse._table import Row, header_texts, read_rows
from awesome_ptm.venues import split_venue_year

if TYPE_CHECKING:
    from markdown_it.token import Token

    from awesome_ptm.model import Entry


#: A cell of a table of scores: a number (``42.80``, ``75.7%``, ``±0.3``) or a dash.
_SCORE_CELL = re.compile(
    r"[-–—]?|[-+±~]?\s{0,2}\d{1,6}(?:[.,]\d{1,6})?\s{0,2}%?(?:\s{0,2}[±(]"
    r"\s{0,2}\d{1,6}(?:[.,]\d{1,6})?\)?)?\*{0,2}"
)
#: The fewest score columns and the share of the cells past the first column that must
#: be scores for a table without links to be a benchmark's results.
_SCORE_COLUMNS = 3
_SCORE_SHARE = 0.75
#: The most words of a cell beside the scores (``PB``, ``Two-stage``); a longer one names a
#: paper.
_SCORE_LABEL_WORDS = 3
#: Link markup in a cell's source: a table holding it is no table of scores.
_LINK_MARKUP = re.compile(r"\]\(|<a\s|https?://", re.IGNORECASE)


def _scores_table(node: Node) -> bool:
    """Whether a table without a link anywhere holds, past its first column, mostly
    numbers in three columns or more: a benchmark's results, not a list of resources."""
    body = node.children[1] if len(node.children) > 1 else None
    if body is None or not body.children:
        return False
    scores = cells = numbers = decimals = 0
    for row in body.children:
        texts = [c.inline.content.strip() if c.inline is not None else "" for c in row.children]
        if any(_LINK_MARKUP.search(text) for text in texts):
            return False
        values = texts[1:]
        if len(values) < _SCORE_COLUMNS:
            return False
        cells += len(values)
        for text in values:
            if _SCORE_CELL.fullmatch(text):
                scores += 1
                numbers += any(ch.isdigit() for ch in text)
                decimals += "." in text or "%" in text
            elif len(text.split()) > _SCORE_LABEL_WORDS:
                return False  # (a paper's title beside its scores: the row cites it)
    # (whole numbers are counts, ``| Cora | 2708 | 5429 |``: a data set's statistics)
    return scores >= _SCORE_SHARE * cells and 2 * decimals >= numbers > 0


def _venue_column_cites(node: Node) -> bool:
    """Whether a table has a year or venue column whose cells mostly name a venue and its
    year (``| P&C | CVPR'2020 | MSM | 50.7 | …``): its rows cite papers by their methods'
    names, a paper list with scores, not a results table alone."""
    headers = header_texts(node)
    roles = assign_roles(headers)
    columns = [at for at, role in enumerate(roles) if role in ("venue", "year", "date")]
    body = node.children[1] if len(node.children) > 1 else None
    if not columns or body is None or not body.children:
        return False
    cited = 0
    for row in body.children:
        for at in columns:
            cell = row.children[at] if at < len(row.children) else None
            text = cell.inline.content.strip() if cell is not None and cell.inline else ""
            stated = split_venue_year(text) if text else None
            if stated is not None and stated.venue is not None and stated.year is not None:
                cited += 1
                break
    return 2 * cited > len(body.children)


#: ``</details>``, ``<summary``: a folded part's end, and the opening of its title.
_DETAILS_CLOSE = re.compile(r"</details\s{0,5}>", re.IGNORECASE)
_SUMMARY_OPEN = re.compile(r"<summary\b", re.IGNORECASE)


class TableBlocks:
    """The builder's reading of tables and HTML blocks."""

    lines: list[str]
    extra_path: list[str]
    html_listed: bool
    #: The lines (first, last so far) of an HTML table whose blocks blank lines split
    #: (``<table>`` … ``</tr>``, a blank line, ``<tr>`` …): it is read once it closes.
    open_table: tuple[int, int] | None = None

    if TYPE_CHECKING:  # (the builder's and its other bases')

        def segments_of(self, inline: Token) -> list[Segment]: ...

        def add_block(self, kind: str, start: int, end: int) -> None: ...

        def add_entry(self, draft: Draft, start: int, end: int, **extra: object) -> Entry: ...

        def add_section(self, title: str, level: int, kind: str, line: int, end: int) -> None: ...

        def raw(self, start: int, end: int) -> str: ...

        def summary_over_table(self, html: str, line: int, end: int) -> None: ...

        def html_heading_lines(self, start: int, end: int) -> bool: ...

        def table_named_by_heading(self, node: Node, values: list[list[Segment]]) -> bool: ...

        def end_details(self) -> None: ...

        def section_path(self) -> list[str]: ...

    def table(self, node: Node) -> None:
        if field_table(header_texts(node)):
            # ``| Property | Value |`` over ``| Developer | [Microsoft](…) |``: the fields of
            # what the heading above names (its entry), not a table of entries
            if not self.table_named_by_heading(node, self._value_cells(node)):
                self.add_block("fields", node.start, node.end)
            return
        if _scores_table(node) and not _venue_column_cites(node):
            # ``|  MCN  | 42.80 | 21.37 | 9.58 | - | … | PB |``: a benchmark's results, the
            # methods by their scores, no link anywhere: no entries
            self.add_block("scores", node.start, node.end)
            return
        self.table_rows(read_rows(node, self.segments_of, self.lines, self.section_path()))

    def _value_cells(self, node: Node) -> list[list[Segment]]:
        """The segments of the last cell of each body row of a table."""
        body = node.children[1] if len(node.children) > 1 else None
        rows = body.children if body is not None else []
        return [
            self.segments_of(row.children[-1].inline)
            for row in rows
            if row.children and row.children[-1].inline is not None
        ]

    def html_block(self, node: Node, html: str) -> None:
        """An HTML block (``html``: its text without comments): a table's rows, else its
        lines (see :meth:`html_lines`). A table the block opens but does not close waits
        for the HTML blocks after it (see :meth:`table_goes_on`)."""
        start = table_start(self.lines, node.start, node.end)
        if start > node.start and self.html_heading_lines(node.start, start - 1):
            pass  # ``<h2 id="sec-1-2">1.2 Quiz</h2>`` over the table: its section
        elif start > node.start:
            # ``<details open>`` and its ``<summary>`` over the table: layout, the summary
            # the name of the group of its rows
            self.add_block("html", node.start, start - 1)
            self.summary_over_table(self.raw(node.start, start - 1), node.start, start - 1)
        if is_html_table(self.lines[start - 1]) and "</table" not in html.lower():
            self.open_table = (start, node.end)
            return
        self.html_range(start, node.end)
        if start > node.start and "</details>" in html.casefold():
            self.end_details()  # (the block closes the group it opened)

    def table_goes_on(self, node: Node, html: str | None) -> bool:
        """Whether the block ``node`` (``html``: its text, for an HTML block) is more of the
        HTML table left open (read when this block closes it). Any other block closes the
        table first (``False``: the block is still to be read)."""
        if self.open_table is None:
            return False
        start, _ = self.open_table
        if html is None:
            self.close_table()
            return False
        self.open_table = (start, node.end)
        if "</table" in html.lower():
            self.close_table()
        return True

    def close_table(self) -> None:
        """Read the HTML table left open, up to its last block so far (a file may end in
        it, or a Markdown block may stand where its ``</table>`` is missing)."""
        if self.open_table is not None:
            start, end = self.open_table
            self.open_table = None
            self.html_range(start, end)

    def html_range(self, start: int, end: int) -> None:
        """HTML on lines ``start..end``: a table's rows, or its lines."""
        rows = read_html_table(self.lines, start, end)
        if rows is None:
            self.html_lines(start, end)
        else:
            self.table_rows(rows)

    def html_lines(self, start: int, end: int) -> None:
        """HTML on lines ``start..end``: a list written in HTML, one resource a line, has
        entries (see :mod:`~awesome_ptm.parse._html_lines`); its other lines, or the whole
        block, are layout."""
        at = start
        found = read_html_lines(self.lines, start, end, listed=self.html_listed)
        # (the block's last line that closes a ``<details>``; 0: none)
        closed_at = next(
            (n for n in range(end, start - 1, -1) if _DETAILS_CLOSE.search(self.lines[n - 1])),
            0,
        )
        grouped = False
        for line, last, segs in found:
            # (an item of several lines, ``<br>`` between them, is read as a paragraph is)
            draft = (
                interpret(segs) if any(s.kind == "break" for s in segs) else interpret_head(segs)
            )
            if draft is None:
                continue
            if line > at:
                self.add_block("html", at, line - 1)
                grouped = self._folded_group(at, line - 1, closed_at, grouped)
            self.add_entry(draft, line, last)
            self.html_listed = True
            at = last + 1
        if at <= end:
            self.add_block("html", at, end)
            if grouped and closed_at >= at:
                self.end_details()

    def _folded_group(self, start: int, end: int, closed_at: int, grouped: bool) -> bool:
        """The lines ``start..end`` of an HTML block, between its entries: a ``</details>``
        there closes the group a summary before it opened, and a ``<summary>`` names the
        group of the entries after it, when the same block closes it later (its last
        ``</details>`` on line ``closed_at``): ``<details> <summary>Android</summary> <br>
        Udemy- Android in 90 Minutes<br> Website- https://… </details>``, several such parts
        in one block; a part the block leaves open is read as the block's, see
        ``Builder.details``. True when a group is open."""
        between = self.raw(start, end)
        closes = [found.end() for found in _DETAILS_CLOSE.finditer(between)]
        if grouped and closes:
            self.end_details()
            grouped = False
        opened = max((found.start() for found in _SUMMARY_OPEN.finditer(between)), default=-1)
        if opened > max(closes, default=-1) and closed_at > end:
            self.summary_over_table(between[opened:], start, end)
            grouped = True
        return grouped

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
