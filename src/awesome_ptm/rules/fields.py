"""PTM21x: cells and items — missing values, placeholders, values in the wrong column, cells
beyond a table's header."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from awesome_ptm.findings import Edit, Finding, Fix
from awesome_ptm.model import Block, Document, Entry
from awesome_ptm.parse._vocabulary import is_null, is_status
from awesome_ptm.parse.cells import entry_cell_span
from awesome_ptm.rules._base import Context, Rule
from awesome_ptm.rules._conventions import FILLED, MIN_SAMPLE, MOSTLY, conventions
from awesome_ptm.rules.links._structure import document_structure
from awesome_ptm.titles import CJK_CHAR
from awesome_ptm.venues import split_venue_year

#: Roles where a table needs a value. ``venue`` is left to missing-venue (PTM201), which also
#: knows when an identifier implies it.
DEFAULT_REQUIRED = ("title", "notes", "year", "date", "authors")

#: Markers that hold a place and say so (``NULL``, ``TODO``): in any column a row fills,
#: readers see them as content. ("-", "N/A" and empty cells are reported only in the columns
#: of ``roles``: elsewhere they say "none" on purpose, as a score not reported.)
_WRITTEN_PLACEHOLDERS = frozenset({"null", "todo", "tbd"})

#: A section needs this many rows with a column before its own habit for that column counts.
_MIN_SECTION_ROWS = 3


def _section_cells(entries: Iterable[Entry]) -> dict[tuple[tuple[str, ...], str], list[int]]:
    """Per (section, role): how many table rows fill the cell, and how many have it."""
    counts: dict[tuple[tuple[str, ...], str], list[int]] = {}
    for entry in entries:
        if entry.shape != "table-row":
            continue
        for role in {*entry.fields, *entry.null_fields}:
            tally = counts.setdefault((tuple(entry.section), role), [0, 0])
            tally[1] += 1
            if role not in entry.null_fields:
                tally[0] += 1
    return counts


#: "Name: what it is", "Name - what it is": a name followed by its description.
_NAME_THEN_DESCRIPTION = re.compile(r"\S[ \t]*(?:[:：]|[ \t][-–—]{1,2}[ \t])[ \t]*\w{2}")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*")
#: A title of this many words (or CJK characters) is a phrase, not a name.
_PHRASE_WORDS = 5
_PHRASE_CJK = 8


def _describes_itself(title: str) -> bool:
    """Whether a title says what its row is, not only what it is called: a name with a
    description after a colon or dash, or a phrase (a sentence, a paper's title)."""
    if _NAME_THEN_DESCRIPTION.search(title):
        return True
    return (
        len(_LATIN_WORD.findall(title)) >= _PHRASE_WORDS
        or len(CJK_CHAR.findall(title)) >= _PHRASE_CJK
    )


def _remove_lines(document: Document, first: int, last: int) -> Edit:
    """An edit that deletes whole lines ``first..last`` with their line endings."""
    offsets = document.line_offsets()
    start = offsets[first - 1]
    end = min(offsets[last], len(document.text))
    return Edit(start, end, "")


class NullField(Rule):
    """A table cell that says NULL, None, N/A, TODO or nothing where a value belongs.

    ## What it does
    Reports cells of the columns that need a value (title, description, year or date,
    authors; the rule option ``roles`` changes the list) written as a "no value" marker: ``NULL``,
    ``None``, ``N/A``, ``-``, ``TODO`` or an empty cell; in the other columns, the markers
    that only hold a place (``NULL``, ``TODO``, ``TBD``). A missing venue is reported by
    missing-venue (PTM201) instead, which can often supply it. A column that more than one
    row in ten leaves empty is optional in that list (its convention), and so is one that
    most rows of the entry's own table leave empty: its empty cells are not reported. An
    empty description cell is not reported either when the name cell already says what the
    row is (``Name: what it is``, a sentence, a paper's title); a written marker such as
    ``NULL`` still is, since readers see it.

    ## Why is this bad
    Readers see the word ``NULL`` as if it were content, and programs reading the export get
    an entry without the field the table promises.

    ## Example
    ```markdown
    | 名称 | 来源 | 说明 |
    | ---- | ---- | ---- |
    | 《Semantics-aware BERT for Language Understanding》 | AAAI2020 | NULL |
    ```

    ## Fix
    Write the value (here a one-line description), or drop the column if the list does not
    keep it.
    """

    code = "PTM211"
    name = "null-field"
    severity = "warning"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        roles = context.options(self).get("roles", DEFAULT_REQUIRED)
        learned = conventions(document, context)
        sections = _section_cells(document.entries)
        for entry in document.entries:
            for role in entry.null_fields:
                written = entry.fields.get(role, "").strip()
                share = learned.for_entry(entry, papers=False).cells.get(role)
                placeholder = written.casefold() in _WRITTEN_PLACEHOLDERS
                if role not in roles and not (
                    placeholder and share is not None and share.total >= MIN_SAMPLE
                ):
                    # "-" or an empty cell in a column no row must fill; a placeholder in
                    # a table too short to say whether its rows fill the column.
                    continue
                # A column a tenth of the rows leave empty is optional; a written NULL in a
                # column most rows fill is still a placeholder readers see.
                if share is not None and not share.expected(MOSTLY if placeholder else FILLED):
                    continue  # most rows here leave this column empty: an optional column
                filled, rows = sections.get((tuple(entry.section), role), (0, 0))
                own = share is not None and _MIN_SECTION_ROWS <= rows < share.total
                if own and 2 * filled < rows:
                    # The file fills this column, but most rows of this entry's own section
                    # (its table) leave it empty: a column that table keeps optional.
                    continue
                if not written and role == "notes" and _describes_itself(entry.title):
                    # An empty description beside a name cell that already says what the
                    # row is ("HuaTuo: a LLaMA tuned on Chinese medical knowledge", a
                    # sentence, a paper's title): nothing is missing. A written marker
                    # (NULL) is still reported: readers see it.
                    continue
                if (
                    role == "notes"
                    and not placeholder
                    and entry.fields.get("remarks", "").strip().casefold()
                    not in _WRITTEN_PLACEHOLDERS | {"", "-"}
                ):
                    # "-" under 简介 (description) with the row's description written under
                    # 备注 (remarks): the row says what it is, in the other column.
                    continue
                written = written or "an empty cell"
                span = entry_cell_span(document, entry, role)
                message = f"{role} of {entry.title!r} is {written}; write the value"
                if span is None:
                    yield self.finding(document, entry.source.line, message)
                else:
                    yield self.span_finding(document, span[0], max(span[1], span[0] + 1), message)


class Placeholder(Rule):
    """A row, item or paragraph that only holds a place: all-NULL rows, empty items, "更新中".

    ## What it does
    Reports table rows whose every cell is a "no value" marker, list items with no text
    (``- ``), and paragraphs or items that only promise content (``（持续更新中...）``,
    "coming soon").

    ## Why is this bad
    They render as noise — a row of NULLs, an empty bullet — and count as nothing.

    ## Example
    ```markdown
    | NULL  | NULL |NULL |NULL |NULL |
    - [融合检索和生成的SimBERT模型](https://spaces.ac.cn/archives/7427)
    -
    ```

    ## Fix
    The safe fix deletes all-NULL rows and empty items. Text placeholders are removed only
    with ``--unsafe-fixes``: the author may want to keep the promise.
    """

    code = "PTM212"
    name = "placeholder"
    severity = "warning"
    fixable = "sometimes"

    _MESSAGES: ClassVar[dict[str, tuple[str, bool]]] = {
        "placeholder-row": ("table row with no value in any cell", True),
        "empty-item": ("list item with no text", True),
        "placeholder": ("placeholder text instead of content", False),
    }

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        for block in document.blocks:
            if block.kind not in self._MESSAGES:
                continue
            message, safe = self._MESSAGES[block.kind]
            if block.kind == "placeholder" and "](" in document.line_text(block.line):
                continue  # a linked title that says "To Be Continued" is an article's name
            if block.kind == "empty-item" and not _is_single_bullet(block):
                if _HEADING_IN_ITEM.match(document.line_text(block.line)):
                    continue  # "* #### [Toolkits](#toolkits)": a heading as a list item
                yield self.finding(document, block.line, message)
                continue
            edit = _remove_lines(document, block.line, block.end_line)
            fix = Fix("safe" if safe else "unsafe", (edit,), f"remove the {block.kind}")
            line_text = document.line_text(block.line)
            yield self.finding(
                document,
                block.line,
                f"{message}: {line_text.strip()[:40]!r}",
                end_line=block.end_line,
                fix=fix,
            )


#: A list item that holds a heading (tables of contents are written so): not empty.
_HEADING_IN_ITEM = re.compile(r"^[ \t]*[-*+][ \t]+#{1,6}[ \t]+\S")


def _is_single_bullet(block: Block) -> bool:
    return (block.line == block.end_line and block.text.strip() in ("-", "*", "+")) or (
        block.line == block.end_line and block.text.strip().rstrip(".)").isdigit()
    )


class MisplacedField(Rule):
    """A value in the wrong column: a status such as ``done`` where the venue belongs.

    ## What it does
    Reports a venue cell holding a status word (done, todo, 已读…) and a status cell holding
    a venue (``ACL2019``).

    ## Why is this bad
    The venue is lost (the export shows no venue) and the status column means nothing when
    values wander between columns.

    ## Example
    ```markdown
    | 名称 | 来源 | 说明 | 状态 |
    | ---- | ---- | ---- | ---- |
    | 《ALBERT: A Lite BERT for Self-supervised Learning》 | done | ALBERT | done |
    ```

    ## Fix
    Move the value to its column and write the real venue. The unsafe fix clears the venue
    cell to ``NULL`` when the status cell already says the same thing, so nothing is lost.
    """

    code = "PTM213"
    name = "misplaced-field"
    severity = "warning"
    fixable = "unsafe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        for entry in document.entries:
            venue = entry.fields.get("venue", "").strip()
            status = entry.fields.get("status", "").strip()
            if venue and is_status(venue):
                span = entry_cell_span(document, entry, "venue")
                fix = None
                if span is not None and status.casefold() == venue.casefold():
                    fix = Fix(
                        "unsafe",
                        (Edit(span[0], span[1], "NULL"),),
                        "clear the venue cell (the status column already says so)",
                    )
                message = (
                    f"venue column of {entry.title!r} holds the status {venue!r}; "
                    "move it to the status column and write the venue"
                )
                if span is None:
                    yield self.finding(document, entry.source.line, message, fix=fix)
                else:
                    yield self.span_finding(document, span[0], span[1], message, fix=fix)
            if status and not is_null(status) and not is_status(status):
                found = split_venue_year(status)
                if found is not None and found.venue is not None:
                    span = entry_cell_span(document, entry, "status")
                    message = (
                        f"status column of {entry.title!r} holds the venue {status!r}; "
                        "move it to the venue column"
                    )
                    if span is None:
                        yield self.finding(document, entry.source.line, message)
                    else:
                        yield self.span_finding(document, span[0], span[1], message)


# --- PTM214 extra-cells -----------------------------------------------------------------------

#: One cell of a GFM delimiter row: ``---``, ``:-:``, ``--:``.
_DELIMITER_CELL = re.compile(r":?-+:?")
#: A cell boundary: a pipe not escaped with a backslash (GFM splits on these even inside
#: code spans).
_PIPE = re.compile(r"(?<!\\)\|")


def pipe_cells(line: str) -> list[tuple[int, str]]:
    """The cells of a pipe-table line as GFM splits them: (column offset in ``line``, text),
    the optional pipes at the ends dropped."""
    text = line.rstrip()
    start = len(text) - len(text.lstrip())
    if text[start : start + 1] == "|":
        start += 1
    end = len(text)
    if end > start and text[end - 1] == "|" and not text[: end - 1].endswith("\\"):
        end -= 1
    cells: list[tuple[int, str]] = []
    at = start
    for match in _PIPE.finditer(text, start, end):
        cells.append((at, text[at : match.start()]))
        at = match.end()
    cells.append((at, text[at:end]))
    return cells


def _is_delimiter_row(line: str) -> bool:
    """Whether ``line`` is a GFM delimiter row: ``| --- | :-: |`` (pipes at the ends
    optional). Cell by cell, so that no pattern backtracks over a long row."""
    if "-" not in line:
        return False
    return all(_DELIMITER_CELL.fullmatch(text.strip()) for _, text in pipe_cells(line))


class ExtraCells(Rule):
    """A table row with more cells than its header.

    ## What it does
    Reports a row of a pipe table that has more cells than the table's header row, when a
    cell past the header's last column holds something (an empty trailing cell, ``| a | b
    ||``, loses nothing). Cells are split as GitHub splits them: on every pipe not escaped
    with a backslash, code spans included.

    ## Why is this bad
    GitHub (and every GFM renderer) drops the cells past the header's count: their content
    is in the file but never shown, and a stray cell usually means the row's values have
    shifted (a pipe typed in a title, a column added to some rows only).

    ## Example
    ```markdown
    | Date | Paper | Venue | Code |
    | --- | --- | --- | --- |
    | 2023.10 | **MASTERKEY** | NDSS'24 | [link](https://github.com/LLMSecurity/MasterKey) | - |
    ```

    ## Fix
    Delete the extra cell, add the column to the header (and to the other rows), or escape a
    pipe that belongs to a cell's text as ``\\|``. A person decides which.
    """

    code = "PTM214"
    name = "extra-cells"
    severity = "warning"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        for first, last in document_structure(document, context).tables:
            if last <= first or not _is_delimiter_row(document.line_text(first + 1)):
                continue  # an HTML table, or no pipe table here
            header = document.line_text(first)
            columns = len(pipe_cells(header))
            if len(pipe_cells(document.line_text(first + 1))) != columns:
                continue  # not a table GFM would render
            for line in range(first + 2, last + 1):
                cells = pipe_cells(document.line_text(line))
                extra = [(at, text) for at, text in cells[columns:] if text.strip()]
                if not extra:
                    continue
                shown = ", ".join(repr(text.strip()) for _, text in extra)
                column = extra[0][0] + 1
                yield self.finding(
                    document,
                    line,
                    f"row has {len(cells)} cells but the header has {columns}: GitHub drops "
                    f"{shown}; delete the extra cell or add its column",
                    column=column,
                    end_column=extra[-1][0] + len(extra[-1][1]) + 1,
                )


RULES: tuple[type[Rule], ...] = (NullField, Placeholder, MisplacedField, ExtraCells)
