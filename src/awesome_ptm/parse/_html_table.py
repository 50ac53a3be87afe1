"""HTML ``<table>`` blocks read as tables of entries, like GFM tables.

A list may lay its models out in an HTML table (``<th>`` header, ``<td>`` cells, ``<a
href>`` links, ``rowspan`` for a category that spans rows). The rows become the same cells
the GFM reader makes (:class:`~awesome_ptm.parse._row_cells.Cell`) and are read by the same
code. A table without a header row (layout tables: a video next to its text, a table of
contents) holds no entries. An entry's line is its ``<tr>`` line.

The standard library's :class:`html.parser.HTMLParser` does the tokenising: it tolerates
unclosed tags and attributes without quotes, which hand-written tables are full of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from awesome_ptm.parse._columns import assign_roles, title_stands_for
from awesome_ptm.parse._inline import Segment, split_bare_urls
from awesome_ptm.parse._name_column import name_column
from awesome_ptm.parse._navigation import is_anchor
from awesome_ptm.parse._row_cells import Cell
from awesome_ptm.parse._table import Row, finish_table, read_cells
from awesome_ptm.parse._venue_column import venue_column
from awesome_ptm.titles import CJK_CHAR

_TABLE_START = re.compile(r"^\s*(?:<div[^>]*>\s*)?<table\b", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# Longest rowspan / colspan honoured (a hostile "rowspan=10000000" must not allocate).
_MAX_SPAN = 1000


def is_html_table(first_line: str) -> bool:
    """Whether an HTML block starts a table (``<table>``, possibly inside a ``<div>``)."""
    return bool(_TABLE_START.match(first_line))


#: How many lines of wrapping may stand before a table in its HTML block.
_MAX_WRAPPER_LINES = 6
#: A tag as written in a line: its name.
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]{0,20})\b[^<>]{0,300}>")
#: The tags that wrap a table without being content of their own: ``<details open>``,
#: ``<summary>…</summary>``, ``<div align="center">``, ``<p>``, ``<br>``, emphasis; a
#: heading over it (``<h2 id="sec-1-2">1.2 Quiz</h2>``, read as the table's section).
_WRAPPER_TAGS = frozenset(
    ("details", "summary", "div", "p", "br", "center", "b", "strong", "span", "i", "em")
) | {f"h{level}" for level in range(1, 7)}
#: The most text a wrapping line may hold besides its tags (a summary's label).
_WRAPPER_TEXT = 80


def _wraps(line: str) -> bool:
    """Whether a line only wraps what follows it: wrapper tags and a short label."""
    names = _TAG.findall(line)
    text = _TAG.sub("", line).strip()
    return all(n.lower() in _WRAPPER_TAGS for n in names) and len(text) <= _WRAPPER_TEXT


def table_start(lines: list[str], start: int, end: int) -> int:
    """The line a table starts on in the HTML block on 1-based lines ``start..end``: its
    first line, or the ``<table>`` line below a few lines that only wrap it (``<details
    open>`` and its ``<summary>`` over a table of papers, grouped by year), whose links
    would be content (then ``start``: the block is read as it is)."""
    if is_html_table(lines[start - 1]):
        return start
    for at in range(start, min(end, start + _MAX_WRAPPER_LINES) + 1):
        line = lines[at - 1]
        if is_html_table(line):
            return at
        if not _wraps(line):
            return start
    return start


@dataclass(slots=True)
class _RawCell:
    header: bool
    rowspan: int
    colspan: int
    parts: list[Segment] = field(default_factory=list)
    source: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _RawRow:
    line: int
    end: int
    in_head: bool
    cells: list[_RawCell] = field(default_factory=list)


class _TableParser(HTMLParser):
    """Collects the rows and cells of the outermost table, with their links and lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[_RawRow] = []
        self.depth = 0  # table nesting
        #: ``<table>`` opened again before the table has a row (written twice, then closed
        #: twice): one table
        self.reopened = 0
        self.in_head = False
        self.cell: _RawCell | None = None
        self.link: Segment | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        if tag == "table":
            if self.depth == 1 and not self.rows:
                self.reopened += 1
            else:
                self.depth += 1
            return
        if self.depth != 1:
            return
        values = {k: v or "" for k, v in attrs}
        if tag == "thead":
            self.in_head = True
        elif tag == "tr":
            self._close_row()
            self.rows.append(_RawRow(line, line, self.in_head))
        elif tag in ("td", "th"):
            if not self.rows:
                self.rows.append(_RawRow(line, line, self.in_head))
            self.cell = _RawCell(
                tag == "th", _span(values.get("rowspan")), _span(values.get("colspan"))
            )
            self.rows[-1].cells.append(self.cell)
        elif self.cell is not None:
            if tag == "a" and values.get("href"):
                self.link = Segment("link", "", href=values["href"].strip(), style="inline")
            elif tag == "br":
                self.cell.parts.append(Segment("break", "\n"))
            elif tag == "img" and self.link is None:
                self.cell.parts.append(
                    Segment("image", values.get("alt", ""), href=values.get("src"))
                )

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "img"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            if self.reopened:
                self.reopened -= 1
                return
            self._close_row()
            self.depth -= 1
            return
        if self.depth != 1:
            return
        if tag == "thead":
            self.in_head = False
        elif tag == "tr":
            if self.rows:
                self.rows[-1].end = self.getpos()[0]
            self.cell = None
        elif tag in ("td", "th"):
            self._close_link()
            self.cell = None
        elif tag == "a":
            self._close_link()

    def handle_data(self, data: str) -> None:
        if self.depth != 1 or self.cell is None:
            return
        if self.link is not None:
            self.link.text += data
        else:
            self.cell.parts.append(Segment("text", data))
        self.cell.source.append(data)

    def _close_link(self) -> None:
        if self.link is not None and self.cell is not None:
            self.link.text = _SPACES.sub(" ", self.link.text).strip()
            self.cell.parts.append(self.link)
        self.link = None

    def _close_row(self) -> None:
        self._close_link()
        self.cell = None


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or "1"), _MAX_SPAN))
    except ValueError:
        return 1


def _segments(parts: list[Segment]) -> list[Segment]:
    """Text runs joined and tidied (HTML collapses whitespace), bare URLs split out."""
    out: list[Segment] = []
    text = ""
    for part in [*parts, Segment("break", "")]:
        if part.kind == "text":
            text += part.text
            continue
        if text.strip():
            out.extend(split_bare_urls(_SPACES.sub(" ", text)))
        elif text and out and out[-1].kind == "link":
            out.append(Segment("text", " "))
        text = ""
        if part.text or part.kind != "break":
            out.append(part)
    return out


def read_html_table(lines: list[str], start: int, end: int) -> list[Row] | None:
    """The rows of the HTML table on 1-based lines ``start..end`` as entries, or None when
    the block is no table with a header row (then it stays an HTML block)."""
    if not is_html_table(lines[start - 1]):
        return None
    parser = _TableParser()
    parser.feed("\n".join(lines[start - 1 : end]))
    parser.close()
    parser._close_row()
    rows = [r for r in parser.rows if r.cells]
    caption: Row | None = None
    if len(rows) > 2 and _caption(rows[0]) and _header_row(rows[1]):
        # ``<th colspan="6"><h3>Knowledge-based Approaches</h3></th>`` over the header row:
        # the table's caption, a section of its rows
        title = " ".join("".join(rows[0].cells[0].source).split())
        caption = Row(kind="section", line=start + rows[0].line - 1, title=title)
        rows = rows[1:]
    head = next((r for r in rows if r.in_head or all(c.header for c in r.cells)), None)
    if head is None and rows and _names_columns(rows[0]):
        head = rows[0]  # ``<tr><td>Years</td><td>Title</td>…``: a header written with <td>
    if head is None or head is not rows[0]:
        if head is not None or not _name_and_description_rows(rows):
            return None
        # ``<tr><td><a href=…>AbuseIPDB</a></td><td>AbuseIPDB is a project …</td></tr>``: a
        # table of resources without a header, a linked name then what it is (an icon
        # before them perhaps)
        if len(rows[0].cells) == 3:
            headers, roles = ["Icon", "Name", "Description"], ["column-1", "title", "notes"]
        else:
            headers, roles = ["Name", "Description"], ["title", "notes"]
        body = rows
    else:
        headers = [
            " ".join("".join(c.source).split()) for c in head.cells for _ in range(c.colspan)
        ]
        roles, body = assign_roles(headers), rows[1:]
    result: list[Row] = []
    pending: dict[int, tuple[int, Cell]] = {}  # column -> (rows left, cell) of a rowspan
    placed = [
        (raw, _place(raw.cells, pending, len(roles)))
        for raw in body
        if not (raw.in_head or all(c.header for c in raw.cells))
    ]
    roles = name_column(headers, roles, [cells for _, cells in placed])
    roles = venue_column(headers, roles, [cells for _, cells in placed])
    for raw, cells in placed:
        row = read_cells(cells, roles, start + raw.line - 1)
        row.end = start + raw.end - 1
        if row.draft is not None:
            for link in row.draft.links:
                link.style = "html"
        result.append(row)
    read = finish_table(result, roles, title_stands_for(headers, roles))
    return [caption, *read] if caption is not None and read is not None else read


def _caption(row: _RawRow) -> bool:
    """A row of one header cell spanning columns (``<th colspan="6">``)."""
    return len(row.cells) == 1 and row.cells[0].header and row.cells[0].colspan > 1


def _header_row(row: _RawRow) -> bool:
    """A row of two or more header cells (``<th>``): the one naming the columns."""
    return len(row.cells) > 1 and all(c.header for c in row.cells)


def _names_columns(row: _RawRow) -> bool:
    """Whether a first row written with ``<td>`` cells is a header all the same: no links,
    and its texts name a title column and another column the tables know."""
    if len(row.cells) < 2 or any(p.kind == "link" for c in row.cells for p in c.parts):
        return False
    roles = assign_roles([" ".join("".join(c.source).split()) for c in row.cells])
    known = [r for r in roles if not r.startswith("column-")]
    return "title" in roles and len(known) >= 2


#: The fewest rows a header-less table of resources has.
_MIN_NAMED_ROWS = 3


def _name_and_description_rows(rows: list[_RawRow]) -> bool:
    """Whether every row of a table without a header is two cells, a linked name (one link
    to a page, with words) then a description with words: a list of resources laid out as a
    table, not a layout table (an image beside its text, a grid of logos, contents)."""
    if len(rows) < _MIN_NAMED_ROWS:
        return False
    iconed = len(rows[0].cells) == 3
    for row in rows:
        if len(row.cells) != (3 if iconed else 2):
            return False
        if iconed and not _icon_only(row.cells[0]):
            return False  # (``<td><img …></td><td><a …>Name</a></td><td>…</td>``)
        name, description = row.cells[-2:]
        links = [p for p in name.parts if p.kind == "link"]
        if len(links) != 1 or is_anchor(str(links[0].href)) or not links[0].text.strip():
            return False
        words = " ".join("".join(description.source).split())
        if len(words.split()) < 2 and len(CJK_CHAR.findall(words)) < _CJK_WORDS:
            return False  # (Chinese is written without spaces: its characters count)
    return True


#: How many CJK characters a description without spaces needs to count as words.
_CJK_WORDS = 4


def _icon_only(cell: _RawCell) -> bool:
    """A cell holding an image and no words (an icon beside a resource's name)."""
    text = " ".join("".join(cell.source).split())
    return not any(p.kind == "link" for p in cell.parts) and not any(ch.isalnum() for ch in text)


def _place(
    raw_cells: list[_RawCell], pending: dict[int, tuple[int, Cell]], width: int
) -> list[Cell]:
    """The row's cells by column: cells spanning down from earlier rows fill their columns
    first (their text, not their links: a link belongs to the row it is written in), the
    row's own cells the rest, in order."""
    placed: dict[int, Cell] = {}
    for col, (left, cell) in list(pending.items()):
        placed[col] = cell
        if left <= 1:
            del pending[col]
        else:
            pending[col] = (left - 1, cell)
    column = 0
    for raw in raw_cells:
        while column in placed:
            column += 1
        cell = Cell(_segments(raw.parts), " ".join("".join(raw.source).split()))
        placed[column] = cell
        if raw.rowspan > 1:
            # (``<td rowspan=50><a href=…>ICML 2023</a></td>``: a link's words stay)
            text_only = [Segment("text", s.text) if s.kind == "link" else s for s in cell.segments]
            pending[column] = (raw.rowspan - 1, Cell(text_only, cell.source))
        for extra in range(1, raw.colspan):
            placed[column + extra] = Cell([], "")
        column += raw.colspan
    last = max(width, max(placed) + 1) if placed else width
    return [placed.get(n, Cell([], "")) for n in range(last)]
