"""GFM tables: a header naming the columns, rows as entries or in-table section rows.

Columns are read by meaning (see :mod:`~awesome_ptm.parse._columns`), not by position: the
title comes from the title column, or, in a table without one, from the cell that carries
the entry's main link; dates, venues and authors from their columns; every link of every
cell is kept, tagged with its column's role. The rows of HTML ``<table>`` blocks are read by
the same code (:mod:`~awesome_ptm.parse._html_table` turns them into the same cells).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from markdown_it.token import Token

from awesome_ptm.parse._columns import (
    assign_roles,
    holds_entries,
    may_be_title,
    title_stands_for,
)
from awesome_ptm.parse._dates import DateValue, parse_date
from awesome_ptm.parse._entry import (
    Draft,
    LinkDraft,
    clean_label,
    interpret_head,
    interpret_lines,
    is_generic_label,
    split_authors,
)
from awesome_ptm.parse._inline import Segment, plain, segments, split_lines
from awesome_ptm.parse._markdown import Node, markdown
from awesome_ptm.parse._presentation import without_presentation
from awesome_ptm.parse._rest import closing_venue_year
from awesome_ptm.parse._short_dates import read_short_dates
from awesome_ptm.parse._vocabulary import is_null, is_status
from awesome_ptm.parse.cells import cell_spans
from awesome_ptm.titles import unwrap_title_brackets
from awesome_ptm.venues import VenueYear, find_venue_year, split_venue_year


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


@dataclass(slots=True)
class Cell:
    """One cell: its inline segments and its source text."""

    segments: list[Segment]
    source: str


#: The segments of an inline token (the builder's, which parses inline content on demand).
SegmentsOf = Callable[[Token], list[Segment]]

# "1) " / "12. " before a title in a numbered table.
_NUMBERING = re.compile(r"^\s*\d{1,4}[.)、]\s+")
# A title cell written "Title  Description…" (two spaces between them, the bold lost).
_TITLE_GAP = re.compile(r"\S(\s{2,})\S")
_TITLE_MAX = 200
# The roles whose cells are read as values (the others as notes and links).
_READ_AS_VALUES = frozenset({"venue", "date", "year", "status", "authors"})
# Between the links of a title cell that names several things.
_LIST_SEPARATORS = " \t,，、/;；|"
# What a title may start with besides a letter or digit.
_TITLE_OPENERS = "[(《\"'“‘【「"
# "[Open-Sora] Open-Sora: …": a short tag before the title.
_LEADING_TAG = re.compile(r"\[([^\[\]]{1,40})\]\s*")
# "…for All(@hpcaitech)": the affiliation after the title.
_AFFILIATION = re.compile(r"[(（]@[^()（）]{0,80}[)）]\s*$")
# 'Authors. "Title." Venue, year.': a reference written out in a cell.
_CITATION_TITLE = re.compile(r"[^\"“”]{3,300}?[\"“](?P<t>[^\"“”]{8,300})[\"”]")
_ANY_YEAR = re.compile(r"(?<![0-9])(?:19[5-9][0-9]|20[0-2][0-9]|203[0-5])(?![0-9])")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,200})?/?>")
# How many cells a row may miss and still be aligned by evidence (more: padded at the end).
_MAX_MISSING = 2
# How many cells past the header a row may add and still have them read.
_MAX_EXTRA = 8
# Wider tables are padded at the end (the combinations grow with the square of the width).
_MAX_ALIGNED = 24


def _inline_segments(inline: Token) -> list[Segment]:
    return segments(inline.children or [])


def _header_texts(table: Node) -> list[str]:
    head = table.children[0] if table.children else None
    if head is None or not head.children:
        return []
    return [
        cell.inline.content if cell.inline is not None else "" for cell in head.children[0].children
    ]


def column_roles(table: Node) -> list[str]:
    """The role of each column from its header, ``column-N`` where the header is unknown."""
    return assign_roles(_header_texts(table))


def read_rows(
    table: Node, segments_of: SegmentsOf = _inline_segments, lines: list[str] | None = None
) -> list[Row]:
    """The body rows of a GFM table. With the file's ``lines``, a row written with fewer
    cells than the header is aligned by what its cells hold, and cells written past the
    header's last column (which GFM drops) are read too: their links are the entry's."""
    headers = _header_texts(table)
    roles = assign_roles(headers)
    rows: list[Row] = []
    body = table.children[1] if len(table.children) > 1 else None
    if body is None:
        return rows
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
            if _written_as_parsed(source, len(cells)):
                rows.append(read_cells(cells, roles, start))
                continue
            spans = cell_spans(source)
            if len(spans) < len(cells):
                cells = cells[: len(spans)]
            elif len(spans) > len(cells) and len(spans) <= _MAX_EXTRA + len(cells):
                cells.extend(_extra_cell(source[a:b]) for a, b in spans[len(cells) :])
        rows.append(read_cells(cells, roles, start))
    return finish_table(rows, roles, title_stands_for(headers, roles))


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
    if holds_entries(roles, any_link):
        return rows
    for row in rows:
        if row.kind == "entry":
            row.kind = "table-row"
            row.draft = None
    return rows


def read_cells(cells: list[Cell], roles: list[str], line: int) -> Row:
    """Read one row's cells under the table's column roles."""
    row_roles, missing = _align(cells, roles)
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
            if seg.kind == "link":
                hrefs.append(str(seg.href))
    if len(null_fields) == len(raw):
        return Row(kind="placeholder", line=line, fields=raw, null_fields=null_fields)
    first = row_roles[0]
    if (
        len(null_fields) == len(raw) - 1
        and first not in null_fields
        and len(roles) > 1
        and not any(s.kind == "link" for s in cells[0].segments)
        and parse_date(cells[0].source) is None
    ):
        return Row(kind="section", line=line, title=plain(cells[0].segments).strip(), fields=raw)
    if hrefs and all(_is_index_link(href) for href in hrefs):
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


def _is_index_link(href: str) -> bool:
    if href.startswith("#"):
        return True
    if "://" in href or href.startswith(("mailto:", "//")):
        return False
    path = href.split("#", 1)[0].split("?", 1)[0]
    return path.lower().endswith((".md", ".markdown")) or path.endswith("/")


# -- alignment ---------------------------------------------------------------------------


def _fit(role: str, cell: Cell) -> int:
    """How well a cell's content fits a column role: positive when it fits, negative when it
    cannot be that column's, 0 when it says nothing."""
    text = cell.source
    if is_null(text):
        return 0
    links = [s for s in cell.segments if s.kind == "link"]
    if role in ("date", "year"):
        return 3 if parse_date(plain(cell.segments)) is not None else -3
    if role == "venue":
        found = split_venue_year(plain(cell.segments))
        return 3 if found is not None and found.venue is not None else -1
    if role == "code":
        return 2 if any("github.com" in str(s.href) for s in links) else (-1 if not links else 0)
    if role in ("paper", "link", "download", "demo"):
        return 1 if links else -1
    if role == "title":
        if parse_date(plain(cell.segments)) is not None:
            return -3
        return 1 if links or len(text) > 3 else 0
    if parse_date(plain(cell.segments)) is not None:
        return -1
    return 0


def _align(cells: list[Cell], roles: list[str]) -> tuple[list[str], list[str]]:
    """The role of each written cell, and the roles of the columns the row leaves out.

    A row with as many cells as the header (or more) is read in order. A row with one or two
    cells fewer is matched to the columns its cells fit best (a date under the date column,
    a venue under the venue column), the missing columns anywhere; on a tie, the cells are
    read from the left as GFM renders them."""
    extra = [f"column-{n + 1}" for n in range(len(roles), len(cells))]
    if len(cells) >= len(roles) or not cells:
        return [*roles, *extra][: len(cells)], []
    gap = len(roles) - len(cells)
    padded = roles[: len(cells)]
    if gap > _MAX_MISSING or len(roles) > _MAX_ALIGNED:
        return padded, roles[len(cells) :]
    best = padded
    best_score = sum(_fit(r, c) for r, c in zip(padded, cells, strict=True))
    for skipped in itertools.combinations(range(len(roles)), gap):
        chosen = [r for i, r in enumerate(roles) if i not in skipped]
        score = sum(_fit(r, c) for r, c in zip(chosen, cells, strict=True))
        if score > best_score:
            best, best_score = chosen, score
    return best, [r for r in roles if r not in best]


# -- the entry ---------------------------------------------------------------------------


def _strip_numbering(cell: list[Segment]) -> list[Segment]:
    """``1) **Title** - …``: the row number is not part of the title."""
    start = 0
    while start < len(cell) and cell[start].kind == "text" and not cell[start].text.strip():
        start += 1
    if (
        start == len(cell)
        or cell[start].kind != "text"
        or not cell[start].text.lstrip()[:1].isdigit()
    ):
        return cell
    m = _NUMBERING.match(cell[start].text)
    if m is None:
        return cell
    rest = cell[start].text[m.end() :]
    head = [Segment("text", rest)] if rest.strip() else []
    return [*head, *cell[start + 1 :]]


def _title_draft(cell: list[Segment]) -> Draft:
    segs = _strip_numbering(cell)
    lines = split_lines(segs) if any(s.kind == "break" for s in segs) else [segs]
    first = [s for s in lines[0] if s.kind != "text" or s.text.strip()]
    if segs is not cell and first and first[0].kind == "text":
        # Only in numbered rows ("1) Title  Description"): elsewhere two spaces are a typo.
        lead = first[0].text.strip()
        gap = _TITLE_GAP.search(lead)
        if gap is not None and gap.start(1) <= _TITLE_MAX:
            # "Title  Description…": the title and its description, the bold markers lost.
            draft = Draft(title=lead[: gap.start(1)].strip(), shape="table-row")
            rest = " ".join(plain([Segment("text", lead[gap.end(1) :]), *first[1:]]).split())
            draft.notes.append(rest)
            _keep_links(draft, first[1:], None)
            _rest_lines(draft, lines[1:])
            return draft
    titled = [s for s in first if s.kind == "link" and s.text.strip() and s.text != s.href]
    if len(titled) > 1 and not plain([s for s in first if s.kind != "link"]).strip(
        _LIST_SEPARATORS
    ):
        # "[盘古](u1),[盘古气象](u2),[盘古-Σ](u3)": the cell names several things; all are
        # the title, each link is the entry's.
        draft = Draft(title=" ".join(plain(first).split()), shape="table-row")
        draft.links.extend(
            LinkDraft(href=str(s.href), style=str(s.style), text=s.text) for s in titled
        )
        _rest_lines(draft, lines[1:])
        return draft
    if _decorated(first) and not any(s.kind == "link" for s in first):
        text = " ".join(plain(first).split())
        cleaned, tagged = clean_row_title(text)
        if cleaned != text:
            # "🔥🔥[Open-Sora] Open-Sora: Democratizing …(@hpcaitech)": decoration, a short
            # tag and the affiliation around the title.
            draft = Draft(title=cleaned, shape="table-row", venue=tagged)
            _rest_lines(draft, lines[1:])
            return draft
    if (
        first
        and first[0].kind == "text"
        and len(first) == 1
        and ('"' in first[0].text or "“" in first[0].text)
    ):
        cited = _cited_title(first[0].text)
        if cited is not None:
            _rest_lines(cited, lines[1:])
            return cited
    head = interpret_head(segs)
    return head if head is not None else Draft(title="")


def _cited_title(text: str) -> Draft | None:
    """A reference written out: ``Zou, Lei, et al. "Title." Proceedings of …, 2014.``: the
    quoted title, the venue and year of what follows it."""
    m = _CITATION_TITLE.match(text.strip())
    if m is None:
        return None
    rest = text.strip()[m.end() :]
    draft = Draft(title=m.group("t").strip().rstrip(".,").strip(), shape="table-row")
    found = find_venue_year(rest)
    years = _ANY_YEAR.findall(rest)
    if found is not None and found[0].venue is not None:
        draft.venue = found[0]
    elif years:
        draft.venue = VenueYear(None, int(years[-1]), years[-1])
    if rest.strip():
        draft.notes.append(rest.strip())
    return draft


def _decorated(first: list[Segment]) -> bool:
    """Whether a title line may carry decoration (it starts with a symbol or a ``[tag]``),
    or ends with an ``(@affiliation)``: the others are read as they are, without a look."""
    if not first or first[0].kind != "text":
        return bool(first) and first[-1].kind == "text" and "@" in first[-1].text
    lead = first[0].text.lstrip()[:1]
    if lead and (not (lead.isalnum() or lead in _TITLE_OPENERS) or lead == "["):
        return True
    return first[-1].kind == "text" and "@" in first[-1].text


def _rest_lines(draft: Draft, lines: list[list[Segment]]) -> None:
    for line in lines:
        rest = interpret_head(line)
        if rest is not None:
            draft.links.extend(rest.links)
            draft.notes.extend(n for n in [rest.title, *rest.notes] if n)


def clean_row_title(text: str) -> tuple[str, VenueYear | None]:
    """A title cell without its decoration: leading emoji and symbols, short ``[tags]``
    before the title (a ``[ICLR2025]`` tag gives the venue), a trailing ``(@affiliation)``."""
    start = 0
    while start < len(text) and not (text[start].isalnum() or text[start] in _TITLE_OPENERS):
        start += 1
    title = text[start:]
    venue: VenueYear | None = None
    while True:
        m = _LEADING_TAG.match(title)
        if m is None or not title[m.end() :].strip():
            break
        found = split_venue_year(m.group(1))
        if found is not None and found.venue is not None:
            venue = found
        title = title[m.end() :]
    title = _AFFILIATION.sub("", title).strip()
    return (title, venue) if title else (text, None)


def _main_link_title(cells: dict[str, list[Segment]], null_fields: list[str]) -> str | None:
    """In a table without a title column: the role of the cell holding the entry's main
    link (a link whose text names something, not ``pdf`` or ``code``), else of the first
    cell of plain text that is not a date, a number or a status."""
    for role, cell in cells.items():
        if role in null_fields or not may_be_title(role):
            continue
        for seg in cell:
            if (
                seg.kind == "link"
                and seg.style == "inline"
                and seg.text.strip()
                and seg.text != seg.href
                and not is_generic_label(seg.text)
            ):
                return role
    for role, cell in cells.items():
        if role in null_fields or not may_be_title(role):
            continue
        text = plain(cell).strip()
        if (
            text
            and not any(s.kind == "link" for s in cell)
            and parse_date(text) is None
            and not is_status(text)
            and not text.replace(".", "").isdigit()
        ):
            return role
    return None


def _row_draft(
    row: Row, cells: dict[str, list[Segment]], raw: dict[str, str], null_fields: list[str]
) -> None:
    title_role = "title" if "title" in cells and "title" not in null_fields else None
    if title_role is not None and is_generic_label(plain(cells[title_role]).strip()):
        # A paper column standing in for the title whose cell only says "paper" or "pdf":
        # the name is elsewhere in the row (a model column, the main link's cell).
        title_role = _main_link_title(cells, [*null_fields, title_role]) or title_role
    if title_role is None:
        title_role = _main_link_title(cells, null_fields)
    title_cell = cells[title_role] if title_role is not None else []
    draft = _title_draft(title_cell) if title_cell else Draft(title="")
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
        date = _read_cell(draft, role, cell, raw) or date
        if len(draft.links) > before:
            roles.extend([role] * (len(draft.links) - before))
    if date is not None:
        row.date = date.iso
        if draft.venue is None:
            draft.venue = VenueYear(venue=None, year=date.year, raw=date.iso)
        elif draft.venue.year is None:
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


def _read_cell(
    draft: Draft, role: str, cell: list[Segment], raw: dict[str, str]
) -> DateValue | None:
    """Read one non-title cell into the draft; a date or year cell returns its date."""
    if role not in _READ_AS_VALUES:
        _read_other(draft, role, cell)
        return None
    # HTML (a comment such as ``2023/03<!--13-->``, a tag) is not part of the value a
    # reader sees in the cell.
    text = plain([s for s in cell if s.kind != "html"]).strip()
    if role == "venue":
        text = without_presentation(text)
        found = split_venue_year(text, unmarked=True)  # a venue cell: "ICLR23" is ICLR 2023
        if found is not None:
            year = found.year if found.year is not None else _year_of(draft)
            draft.venue = VenueYear(found.venue, year, found.raw)
        elif text and not is_status(text) and not any(s.kind == "link" for s in cell):
            draft.venue = VenueYear(venue=text, year=_year_of(draft), raw=text)
        _keep_links(draft, cell, None)
        return None
    if role in ("date", "year"):
        _keep_links(draft, cell, None)
        value = parse_date(text)
        if value is not None:
            return value
        found = split_venue_year(text)
        if found is not None and found.year is not None:
            venue = draft.venue.venue if draft.venue else found.venue
            draft.venue = VenueYear(venue=venue, year=found.year, raw=raw[role])
        return None
    if role == "status":
        _keep_links(draft, cell, None)
        return None
    if role == "authors":
        draft.authors = split_authors(text)
        _keep_links(draft, cell, None)
        return None
    return None


def _read_other(draft: Draft, role: str, cell: list[Segment]) -> None:
    """A cell of notes, links or a column we do not know: its lines and links."""
    if role == "model" and (draft.venue is None or draft.venue.year is None):
        # "Gated-Attention Reader (Dhingra et al., 2017)": the model's paper's year.
        cited = find_venue_year(plain(cell))
        if cited is not None and cited[0].year is not None:
            venue = draft.venue.venue if draft.venue is not None else cited[0].venue
            draft.venue = VenueYear(venue, cited[0].year, cited[0].raw)
    if role in ("notes", "remarks") and draft.venue is None:
        # "An Open Bilingual Pre-Trained Model (ICLR 2023)": the venue closing a description.
        draft.venue = closing_venue_year(plain([s for s in cell if s.kind != "html"]))
    default_label = role if role in ("paper", "code", "link") else None
    _read_cell_lines(draft, cell, default_label)


def _year_of(draft: Draft) -> int | None:
    return draft.venue.year if draft.venue is not None else None


def _keep_links(draft: Draft, cell: list[Segment], label: str | None) -> None:
    """Every link of a cell is kept, whatever the column."""
    for seg in cell:
        if seg.kind == "link":
            text = seg.text if seg.style == "inline" and seg.text != seg.href else None
            own = clean_label(seg.text) if text else None
            style = "paren" if seg.style == "bare" and seg.in_parens else str(seg.style)
            draft.links.append(
                LinkDraft(href=str(seg.href), style=style, label=own or label, text=text)
            )


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
