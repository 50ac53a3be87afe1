"""The column that names a table's entries when its header does not say so.

``| Clone of | Demo | Repo |`` with rows ``| Airbnb | [YouTube](…) | [GitHub](…) |``: the
first column's header is not one we know, and its cells are short plain names, one per row,
while the row's links sit in the other columns and say where (a site, a host), not what.

``| Name | Category | Paper | Code |`` with rows ``| **DIR** | … | [[ICLR 2022] Discovering
invariant rationales for graph neural networks](url) | … |``: the name column holds the
method's short name, the paper column the work's full title; the paper is the entry.
"""

from __future__ import annotations

import re

from awesome_ptm.parse._columns import column_words, fold
from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._inline import plain
from awesome_ptm.parse._link_title import link_title_marks
from awesome_ptm.parse._notes import is_generic_label
from awesome_ptm.parse._row_cells import Cell
from awesome_ptm.parse._vocabulary import is_null, is_status

#: The share of rows whose first cell must be a plain name (the others may be empty).
_NAMED_SHARE = 0.9
#: The longest name: longer cells are descriptions, not names.
_NAME_MAX = 60
#: The fewest rows the rule is tried on (a two-row table shows no pattern).
_MIN_ROWS = 4


def _plain_name(cell: Cell) -> bool:
    if any(s.kind in ("link", "image", "html") for s in cell.segments):
        return False
    text = " ".join(plain(cell.segments).split())
    return (
        0 < len(text) <= _NAME_MAX
        and any(ch.isalpha() for ch in text)
        and not is_null(text)
        and not is_status(text)
        and parse_date(text) is None
    )


def name_column(headers: list[str], roles: list[str], rows: list[list[Cell]]) -> list[str]:
    """``roles`` with the first column made the title column when the table has no title
    column, the first header is one we do not know, and nearly every row's first cell is a
    short plain name while its links are in the other cells."""
    if "title" in roles or not roles or not roles[0].startswith("column-"):
        return roles
    if not headers or not headers[0].strip() or len(rows) < _MIN_ROWS:
        return roles
    names = [
        " ".join(plain(cells[0].segments).split())
        for cells in rows
        if cells and _plain_name(cells[0])
    ]
    named = len(names)
    if len(set(names)) < _NAMED_SHARE * named:
        # (``<th rowspan="4">Simile</th>``: a first column repeating its names groups the
        # rows, it does not name them)
        return roles
    linked = sum(
        1 for cells in rows if any(s.kind == "link" for cell in cells[1:] for s in cell.segments)
    )
    if named < _NAMED_SHARE * len(rows) or linked < _NAMED_SHARE * len(rows):
        return roles
    return ["title", *roles[1:]]


#: The most words of a short name (``DIR``, ``GNN-DRO``, ``Pop Music Transformer``).
_SHORT_NAME_WORDS = 3
#: The fewest words of a paper's full title.
_FULL_TITLE_WORDS = 4


def _words(cell: Cell) -> int:
    return len(plain(cell.segments).split())


def _first_link(cell: Cell) -> str | None:
    """The target of a cell's first link, if any."""
    return next((str(s.href) for s in cell.segments if s.kind == "link" and s.href), None)


def _full_title(cell: Cell) -> bool:
    """A paper cell holding the work's title: its first link's text (a venue tag before it
    set aside) or its text runs to several words and is no label (``[Paper]``, ``arXiv``)."""
    link = next((s for s in cell.segments if s.kind == "link"), None)
    text = link.text if link is not None else plain(cell.segments)
    title = link_title_marks(" ".join(text.split())).title
    return len(title.split()) >= _FULL_TITLE_WORDS and not is_generic_label(title)


#: A word of a heading.
_WORD = re.compile(r"\w+")


def _names_resources(section: list[str]) -> bool:
    """Whether a heading of the section names data sets or benchmarks (``## Datasets``,
    ``### Benchmarks of Multimodal Instruction Tuning``, ``数据集``)."""
    words = column_words().named_resources
    for title in section:
        folded = title.casefold()
        if words.intersection(_WORD.findall(folded)):
            return True
        if any(not w.isascii() and w in folded for w in words):
            return True
    return False


def paper_title_column(
    headers: list[str], roles: list[str], rows: list[list[Cell]], section: list[str]
) -> list[str]:
    """``roles`` with the paper column made the title column and the name column the alias
    when the title column's header names a short name (``Name``), its cells are short plain
    names (a name with its own link is the resource's), nearly every row's paper cell holds
    the work's full title, no two rows cite one paper, and no heading of the ``section``
    names data sets (whose names are the entries, each with the paper that made it)."""
    if "title" not in roles or "paper" not in roles or len(rows) < _MIN_ROWS:
        return roles
    at, paper = roles.index("title"), roles.index("paper")
    if at >= len(headers) or fold(headers[at]) not in column_words().short_names:
        return roles
    named = [cells for cells in rows if len(cells) > max(at, paper) and _words(cells[at])]
    if len(named) < _NAMED_SHARE * len(rows) or _names_resources(section):
        return roles
    if any(s.kind == "link" for cells in named for s in cells[at].segments):
        return roles
    papers = [_first_link(cells[paper]) for cells in named]
    if len({p for p in papers if p}) < len([p for p in papers if p]):
        # (``| **CLEVR-ATVC** | [Title](2303.05983) |`` over ``| **Fruit-ATVC** | [Title](
        # 2303.05983) |``: two data sets of one paper, each named by its name)
        return roles
    short = sum(1 for cells in named if _words(cells[at]) <= _SHORT_NAME_WORDS)
    titled = sum(1 for cells in named if _full_title(cells[paper]))
    if short < _NAMED_SHARE * len(named) or titled < _NAMED_SHARE * len(named):
        return roles
    changed = list(roles)
    changed[at], changed[paper] = "alias", "title"
    return changed
