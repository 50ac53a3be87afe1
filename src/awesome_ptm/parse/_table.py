"""GFM tables: a header naming the columns, rows as entries or in-table section rows.

Columns are read by meaning (see :mod:`~awesome_ptm.parse._columns`), not by position: the
title comes from the title column, or, in a table without one, from a first column of plain
names (:mod:`~awesome_ptm.parse._name_column`), else from the cell that carries the entry's
main link; dates, venues and authors from their columns; every link of every
cell is kept, tagged with its column's role. The rows of HTML ``<table>`` blocks are read by
the same code (:mod:`~awesome_ptm.parse._html_table` turns them into the same cells).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from markdown_it.token import Token

from awesome_ptm.parse._columns import (
    assign_roles,
    column_group_width,
    holds_entries,
    title_stands_for,
)
from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._entry import Draft, is_generic_label
from awesome_ptm.parse._inline import Segment, plain, segments, visible
from awesome_ptm.parse._markdown import Node, markdown
from awesome_ptm.parse._name_column import name_column, paper_title_column
from awesome_ptm.parse._row_alignment import align_cells, is_index_link
from awesome_ptm.parse._row_cells import Cell, read_cell
from awesome_ptm.parse._row_title import main_link_title, title_draft
from awesome_ptm.parse._short_dates import read_short_dates
from awesome_ptm.parse._unnamed_columns import unnamed_columns
from awesome_ptm.parse._venue_column import venue_column
from awesome_ptm.parse._vocabulary import is_null
from awesome_ptm.parse.cells import cell_spans
from awesome_ptm.titles import unwrap_title_brackets
from awesome_ptm.venues import VenueYear


@dataclass(slots=True)
class Row:
    """A table row as read: ``kind`` is ``entry``, ``section``, ``placeholder`` or ``toc``
    (a row of links to the file's own headings).

    ``link_roles`` is the column role of each of ``draft.links``, in order; ``missing``
    names the columns a row with a cell too few is missing, as its cells' content shows
    (the row is aligned by evidence, not padded at the end).
    """

    kind: str
    line: int
    draft: Draft | None = None
    title: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    null_fields: list[str] = field(default_factory=list)
    status: str | None = None
    venue_raw: str | None = None
    link_roles: list[str] = field(default_factory=list)
    date: str | None = None
    missing: list[str] = field(default_factory=list)
    #: last line of the row (an HTML row spans ``<tr>`` to ``</tr>``); 0 means ``line``
    end: int = 0


#: The segments of an inline token (the builder's, which parses inline content on demand).
SegmentsOf = Callable[[Token], list[Segment]]

_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,200})?/?>")
# How many cells past the header a row may add and still have them read.
_MAX_EXTRA = 8
#: The fewest words of a link's text that name a work (not ``2024``, ``CVPR 2023``).
_TITLED_LINK_WORDS = 3


def _inline_segments(inline: Token) -> list[Segment]:
    return segments(inline.children or [])


def header_texts(table: Node) -> list[str]:
    """The text of each header cell of a GFM table, as written."""
    head = table.children[0] if table.children else None
    if head is None or not head.children:
        return []
    return [
        cell.inline.content if cell.inline is not None else "" for cell in head.children[0].children
    ]


def column_roles(table: Node) -> list[str]:
    """The role of each column from its header, ``column-N`` where the header is unknown."""
    return assign_roles(header_texts(table))


def read_rows(
    table: Node,
    segments_of: SegmentsOf = _inline_segments,
    lines: list[str] | None = None,
    section: list[str] | None = None,
) -> list[Row]:
    """The body rows of a GFM table. With the file's ``lines``, a row written with fewer
    cells than the header is aligned by what its cells hold, and cells written past the
    header's last column (which GFM drops) are read too: their links are the entry's.
    ``section``: the headings the table is under (a table of data sets names them)."""
    headers = header_texts(table)
    roles = assign_roles(headers)
    rows: list[Row] = []
    body = table.children[1] if len(table.children) > 1 else None
    if body is None:
        return rows
    read: list[tuple[list[Cell], int]] = []
    for row in body.children:
        start = row.start
        cells = [
            Cell(
                segments_of(cell.inline) if cell.inline is not None else [],
                cell.inline.content.strip() if cell.inline is not None else "",
            )
            for cell in row.children
        ]
        if lines is not None and 0 < start <= len(lines):
            source = lines[start - 1]
            if not _written_as_parsed(source, len(cells)):
                spans = cell_spans(source)
                if len(spans) < len(cells):
                    cells = cells[: len(spans)]
                elif len(spans) > len(cells) and len(spans) <= _MAX_EXTRA + len(cells):
                    cells.extend(_extra_cell(source[a:b]) for a, b in spans[len(cells) :])
        read.append((cells, start))
    width = column_group_width(headers)
    if width is not None:
        # ``| [Pieter Abbeel](url) | UC Berkeley | [Sergey Levine](url) | UC Berkeley |``
        # under ``| Name | Institution | Name | Institution |``: entries side by side, each
        # read as a row of its own under the first group's headers
        headers = headers[:width]
        roles = assign_roles(headers)
        read = [
            (cells[at : at + width], start)
            for cells, start in read
            for at in range(0, len(cells), width)
            if any(cell.source.strip() for cell in cells[at : at + width])
        ]
    roles = name_column(headers, roles, [cells for cells, _ in read])
    roles = paper_title_column(headers, roles, [cells for cells, _ in read], section or [])
    roles = venue_column(headers, roles, [cells for cells, _ in read])
    roles = unnamed_columns(headers, roles, [cells for cells, _ in read])
    rows = [read_cells(cells, roles, start) for cells, start in read]
    rows = _pages_like_entries(rows, read, roles)
    _description_rows(rows, [cells for cells, _ in read])
    return finish_table(rows, roles, title_stands_for(headers, roles))


def _description_rows(rows: list[Row], cells_of: list[list[Cell]]) -> None:
    """``| | | | *Leverages confidence-guided matting …* | | |`` under a paper's row
    (Awesome-Dichotomous-Image-Segmentation): a row whose one filled cell is emphasised
    text, no link, says what the paper above does. Its text is that entry's note; the row
    is a block of its own (``description-row``), no entry."""
    for index in range(1, len(rows)):
        row, above = rows[index], rows[index - 1]
        if row.kind != "entry" or above.kind != "entry" or above.draft is None:
            continue
        filled = [cell for cell in cells_of[index] if cell.source.strip()]
        if len(filled) != 1:
            continue
        shown = visible(filled[0].segments)
        if not shown or any(s.kind != "em" for s in shown):
            continue
        above.draft.notes.append(" ".join(plain(shown).split()))
        row.kind = "description-row"


def _page_folder(cells: list[Cell]) -> str | None:
    """The folder of the repository page the first link of a row leads to
    (``./Projects/1-Beginner/Bin2Dec-App.md`` → ``./Projects/1-Beginner``), or None: its
    first link is an anchor, an address, or none."""
    for cell in cells:
        for seg in cell.segments:
            if seg.kind == "link" and seg.href:
                href = str(seg.href).split("#", 1)[0]
                if not href or not is_index_link(href) or "/" not in href:
                    return None
                return href.rsplit("/", 1)[0]
    return None


def _pages_like_entries(
    rows: list[Row], read: list[tuple[list[Cell], int]], roles: list[str]
) -> list[Row]:
    """``| [Bin2Dec](./Projects/1-Beginner/Bin2Dec-App.md) | Binary-to-Decimal number
    converter | 1-Beginner |`` (app-ideas) among rows of the same table whose pages of one
    folder were read as entries (described at length): the table lists the repository's
    pages of its works, a short description no less than a long one; the row is an entry,
    not an index."""
    folders: dict[str, int] = {}
    for row, (cells, _) in zip(rows, read, strict=True):
        folder = _page_folder(cells) if row.kind == "entry" else None
        if folder is not None:
            folders[folder] = folders.get(folder, 0) + 1
    if not folders:
        return rows
    return [
        read_cells(cells, roles, start, index=False)
        if row.kind == "toc" and folders.get(_page_folder(cells) or "", 0) >= _PAGE_ENTRIES
        else row
        for row, (cells, start) in zip(rows, read, strict=True)
    ]


def _written_as_parsed(source: str, count: int) -> bool:
    """Whether a row's line plainly holds ``count`` cells: one pipe more than cells, at both
    ends (nearly every row; the others are measured cell by cell)."""
    stripped = source.strip()
    return (
        stripped.count("|") == count + 1
        and stripped.startswith("|")
        and stripped.endswith("|")
        and "\\" not in stripped
        and "`" not in stripped
    )


def _extra_cell(text: str) -> Cell:
    """A cell past the header's last column, parsed here (GFM drops it)."""
    tokens = markdown().parseInline(text.replace("\\|", "|"), {})
    children = tokens[0].children if tokens and tokens[0].children else []
    return Cell(segments(children), text.strip())


def finish_table(rows: list[Row], roles: list[str], title_of: str | None = None) -> list[Row]:
    """Table-level reading: a log, a credits table or a table of facts (no resource column,
    no link anywhere) holds no entries; its rows stay blocks. ``title_of`` names the role
    the title column stands for (``model``): its cells are kept under that role too, so that
    a row says it names a model (two models of one paper are two entries)."""
    read_short_dates(rows)
    if title_of is not None:
        for row in rows:
            if "title" in row.fields and title_of not in row.fields:
                row.fields[title_of] = row.fields["title"]
    any_link = any(r.draft is not None and r.draft.links for r in rows)
    # (asked only of a table led by its venue column: see :func:`holds_entries`)
    titled_link = roles[:1] == ["venue"] and any(
        len((link.text or "").split()) >= _TITLED_LINK_WORDS
        for r in rows
        if r.draft is not None
        for link in r.draft.links
    )
    if holds_entries(roles, any_link, titled_link):
        return rows
    for row in rows:
        if row.kind == "entry":
            row.kind = "table-row"
            row.draft = None
    return rows


def read_cells(cells: list[Cell], roles: list[str], line: int, index: bool = True) -> Row:
    """Read one row's cells under the table's column roles (``index``: a row that only links
    the file's headings or the repository's pages may be an index row)."""
    row_roles, missing = align_cells(cells, roles)
    raw: dict[str, str] = {}
    by_role: dict[str, list[Segment]] = {}
    null_fields: list[str] = []
    hrefs: list[str] = []
    for role, cell in zip(row_roles, cells, strict=False):  # one pass: rows are many
        raw[role] = cell.source
        by_role[role] = cell.segments
        if is_null(cell.source):
            null_fields.append(role)
        for seg in cell.segments:
            # (a linked image's target counts: ``[![bilibili](badge)](video)``; a picture's
            # own source, ``<img src="figures/teaser.png">``, is no link)
            if seg.kind == "link" or (seg.kind == "image" and seg.href and seg.style):
                hrefs.append(str(seg.href))
    if len(null_fields) == len(raw):
        if not any(value.strip() for value in raw.values()):
            # ``|      |      |`` between rows: a blank line drawn as a row, spacing
            return Row(kind="spacer", line=line, fields=raw)
        return Row(kind="placeholder", line=line, fields=raw, null_fields=null_fields)
    if not hrefs and not any(
        s.kind != "html" and s.kind != "image" and s.text.strip()
        for cell in cells
        for s in cell.segments
    ):
        # ``| <img width=10> | <img width=80/> |  |``: a row that only sets column widths
        return Row(kind="spacer", line=line, fields=raw)
    first = row_roles[0]
    if (
        len(null_fields) == len(raw) - 1
        and first not in null_fields
        and len(roles) > 1
        and not any(s.kind == "link" for s in cells[0].segments)
        and parse_date(cells[0].source) is None
    ):
        return Row(kind="section", line=line, title=plain(cells[0].segments).strip(), fields=raw)
    if (
        index
        and hrefs
        and all(is_index_link(href) for href in hrefs)
        and not _summary_page(by_role)
    ):
        # A row of links to the file's own headings or to the repository's other pages
        # ("[查看完整列表 →](docs/nlu-models.md)"): an index, not an entry.
        return Row(kind="toc", line=line, fields=raw)
    result = Row(kind="entry", line=line, fields=raw, null_fields=[*null_fields, *missing])
    result.missing = missing
    _row_draft(result, by_role, raw, null_fields)
    venue_text = raw.get("venue", "")
    if venue_text and "venue" not in null_fields:
        result.venue_raw = venue_text
    status_text = raw.get("status", "")
    if status_text and "status" not in null_fields:
        result.status = status_text
    return result


#: The fewest words a title column's link text has to name a work (not ``查看 →``).
_WORK_WORDS = 3


#: The fewest cells of facts besides its name (a size, a date, a note) that make a row
#: linking a page of the list's own an entry.
_FACT_CELLS = 3
#: The fewest cells of facts that make a row an entry whose name links a section of this
#: file (a contents row says no more than where it leads).
_ANCHORED_FACT_CELLS = 4
#: The fewest words of a description that makes a row linking a page of the list's own an
#: entry (an index row says no more than where it leads).
_DESCRIBED_WORDS = 6
#: How many rows of a table, read as entries, must lead to pages of one folder before the
#: other rows leading there are read as entries too.
_PAGE_ENTRIES = 2


def _summary_page(cells: dict[str, list[Segment]]) -> bool:
    """``| [CodeQuant: Unified Clustering and Quantization …](../../Summary/codequant.md) |``: a
    title column whose link names a work and leads to the repository's page about it (a
    summary, a review), not to a heading of this file, or a row that links such a page and
    describes it (``| [Akka .NET](docs/akka-net.md) | Akka.NET is a toolkit … |``): the row
    is an entry, not an index."""
    own_page = [
        seg
        for seg in cells.get("title", [])
        if seg.kind == "link" and not str(seg.href).startswith("#")
    ]
    if any(len(seg.text.split()) >= _WORK_WORDS for seg in own_page):
        return True
    # (``| [Akka .NET](docs/akka-net.md) | Akka.NET is a toolkit and runtime for … |``: a
    # page named and described, a resource of the list's own)
    named = own_page or [
        seg
        for role, cell in cells.items()
        if role != "notes"
        for seg in cell
        if seg.kind == "link" and not str(seg.href).startswith("#")
    ]
    described = plain(cells.get("notes", [])).split()
    # (``|1|[LLaMA-2](Open-LLMs/llama2.md)|7B,13B|2T|2023-07-18|可商用|``: the row states
    # facts of the thing it names, sizes, a date; an index row only says where it leads)
    facts = [
        role
        for role, cell in cells.items()
        if role not in ("title", "number") and plain(cell).strip(" -–—")
    ]
    # (facts count for the page its title cell links: ``| **NLU系列** | 自然语言理解 | … |
    # [查看完整列表 →](docs/nlu-models.md) |`` is an index row, however many cells it fills)
    anchored = [
        seg
        for role, cell in cells.items()
        if role != "notes"
        for seg in cell
        if seg.kind == "link" and str(seg.href).startswith("#")
    ]
    # (facts in words, not links: a grid of contents links every cell to a section)
    worded = [r for r in facts if not any(s.kind == "link" for s in cells[r])]
    if anchored and len(worded) >= _ANCHORED_FACT_CELLS:
        # ``|[MoodsMIREX](#moods-mirex)|2007|269 excerpts|MP3|736MB|…|``: a data set whose
        # row states its facts and links the section below that tells more of it
        return True
    return bool(named) and (
        len(described) >= _DESCRIBED_WORDS or (bool(own_page) and len(facts) >= _FACT_CELLS)
    )


def _row_draft(
    row: Row, cells: dict[str, list[Segment]], raw: dict[str, str], null_fields: list[str]
) -> None:
    title_role = "title" if "title" in cells and "title" not in null_fields else None
    shown_title = plain(cells[title_role]).strip() if title_role is not None else ""
    if title_role is not None and (
        is_generic_label(shown_title)
        or not any(ch.isalnum() for ch in shown_title)
        or _link_labels_only(cells[title_role])
    ):
        # A paper column standing in for the title whose cell only says "paper" or "pdf"
        # (``[Paper](url)/[Code](url)`` under ``Paper/Code``), or a title cell left as
        # ``/``: the name is elsewhere in the row (a model column, the main link's cell).
        title_role = main_link_title(cells, [*null_fields, title_role]) or title_role
    if title_role is None:
        title_role = main_link_title(cells, null_fields)
    title_cell = cells[title_role] if title_role is not None else []
    draft = title_draft(title_cell) if title_cell else Draft(title="")
    shown = " ".join(plain(title_cell).split()).strip("*_ ") if title_cell else ""
    if not draft.title.strip() and shown and draft.venue is not None:
        # ``| **Neural Networks** |`` in a title column: a course named like a journal is
        # the title, not a venue
        draft.title, draft.venue = shown, None
    if "<" in draft.title:  # "**M<sup>3</sup>CoT**": the tags are markup, not the name
        draft.title = " ".join(_HTML_TAG.sub("", draft.title).split())
    draft.title = unwrap_title_brackets(draft.title)
    draft.shape = "table-row"
    if not all(draft.notes):
        draft.notes = [n for n in draft.notes if n]
    roles: list[str] = [title_role or "title"] * len(draft.links)
    date = None
    first_role = next(iter(cells))
    for role, cell in cells.items():
        if role == title_role or role in null_fields:
            continue
        before = len(draft.links)
        date = read_cell(draft, role, cell, raw) or date
        if len(draft.links) > before:
            roles.extend([role] * (len(draft.links) - before))
    if date is None and draft.venue is not None and draft.venue.venue is None and draft.venue.raw:
        # ``[name](url) (Mar 2026)`` in the title cell: the date the name is written with
        date = parse_date(draft.venue.raw)
    if date is not None:
        row.date = date.iso
        if draft.venue is None:
            draft.venue = VenueYear(venue=None, year=date.year, raw=date.iso)
        elif draft.venue.year is None or draft.venue.raw in _paper_link_texts(cells):
            # (``| 2021.11 | … | [[ECCV‘22]](arxiv) |``: the date column's year is the row's,
            # the paper link's text its venue)
            draft.venue = VenueYear(venue=draft.venue.venue, year=date.year, raw=draft.venue.raw)
    row.draft = draft
    row.link_roles = roles
    if title_role is not None and roles and roles[0] == title_role and title_role != first_role:
        # Links in the order they are written (the title cell need not be the first): the
        # builder finds each one in the source after the one before.
        order = {role: index for index, role in enumerate(cells)}
        paired = sorted(
            zip(draft.links, roles, strict=True), key=lambda pair: order.get(pair[1], len(order))
        )
        draft.links = [link for link, _ in paired]
        row.link_roles = [role for _, role in paired]


def _link_labels_only(cell: list[Segment]) -> bool:
    """Whether a cell is only links that say what they are (``[[Project](url)][[Paper](url)]``,
    ``[Paper](url)/[Code](url)``): no word of its own outside them."""
    links = [s for s in cell if s.kind == "link"]
    return (
        bool(links)
        and all(is_generic_label(s.text) for s in links)
        and not any(
            ch.isalnum()
            for s in cell
            if s.kind in ("text", "strong", "em", "code")
            for ch in s.text
        )
    )


def _paper_link_texts(cells: dict[str, list[Segment]]) -> set[str]:
    """The texts of the links of a row's paper column (``ICCV-2025``)."""
    return {s.text.strip() for s in cells.get("paper", []) if s.kind == "link"}
