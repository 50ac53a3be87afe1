"""The structured view of a hand-written list: documents, headings, sections, entries, links.

Everything here is plain data. Lines are 1-based; ``end_line`` is inclusive.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

#: Link kinds, in the order the export schema lists them.
LINK_KINDS = ("paper", "code", "article", "slides", "model", "video", "other")

#: How a link is written in the source.
LINK_STYLES = ("inline", "bare", "paren", "autolink", "reference", "html")


@dataclass(slots=True)
class Source:
    """Where something stands in its file."""

    path: str
    line: int
    end_line: int

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "end_line": self.end_line}


@dataclass(slots=True)
class Link:
    """One link of an entry.

    ``url`` is the target exactly as written; ``canonical`` is its identity (two links to
    the same resource share it); ``column`` is the 1-based column of ``url`` on ``line``;
    ``role`` is the part of the entry the link was written in (a table column's role such as
    ``title``, ``code`` or ``authors``; ``None`` when the entry has no named parts).
    """

    url: str
    canonical: str
    kind: str
    label: str | None
    style: str
    line: int
    column: int | None = None
    text: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "canonical": self.canonical,
            "kind": self.kind,
            "label": self.label,
            "style": self.style,
            "text": self.text,
            "line": self.line,
            "column": self.column,
            "role": self.role,
        }


@dataclass(slots=True)
class Entry:
    """One curated resource: a paper, a repository, an article.

    ``fields`` keeps the table cells (or other named parts) as written, keyed by role;
    ``null_fields`` names the roles written as a "missing" marker (NULL, None, N/A, -, empty).
    ``date`` is the date as stated, ISO-shaped (``2022``, ``2022-10`` or ``2022-10-01``);
    ``identifiers`` are paper identities written as text, not as links (``arXiv:2106.07139``),
    in canonical URL form, so that an entry has an identity without an invented link.
    """

    id: str
    title: str
    links: list[Link]
    section: list[str]
    source: Source
    raw: str
    shape: str
    venue: str | None = None
    venue_raw: str | None = None
    year: int | None = None
    authors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    status: str | None = None
    aliases: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    field_lines: dict[str, int] = field(default_factory=dict)
    null_fields: list[str] = field(default_factory=list)
    date: str | None = None
    identifiers: list[str] = field(default_factory=list)

    @property
    def primary_link(self) -> Link | None:
        """The link that identifies the entry (its first one), if any."""
        return self.links[0] if self.links else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "links": [link.to_dict() for link in self.links],
            "venue": self.venue,
            "venue_raw": self.venue_raw,
            "year": self.year,
            "date": self.date,
            "authors": list(self.authors),
            "notes": list(self.notes),
            "status": self.status,
            "aliases": list(self.aliases),
            "section": list(self.section),
            "shape": self.shape,
            "fields": dict(self.fields),
            "field_lines": dict(self.field_lines),
            "null_fields": list(self.null_fields),
            "identifiers": list(self.identifiers),
            "source": self.source.to_dict(),
            "raw": self.raw,
        }


@dataclass(slots=True)
class Heading:
    """A Markdown heading."""

    level: int
    title: str
    line: int
    raw: str

    def to_dict(self) -> dict[str, Any]:
        return {"level": self.level, "title": self.title, "line": self.line}


@dataclass(slots=True)
class Section:
    """A named group of entries. ``kind``: ``heading``; ``table-row`` (a section row inside
    a table); ``list-item`` (a list item with no link of its own that holds entries);
    ``linked-item`` (a list item that is one link over the entries nested under it); or
    ``label`` (a line of bold or italic text over a list, or a ``<details>`` summary)."""

    title: str
    level: int
    kind: str
    path: list[str]
    source: Source
    entry_count: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "level": self.level,
            "kind": self.kind,
            "path": list(self.path),
            "entry_count": self.entry_count,
            "source": self.source.to_dict(),
        }


@dataclass(slots=True)
class Block:
    """Content that is not an entry (prose, images, HTML, placeholders), kept and counted."""

    kind: str
    line: int
    end_line: int
    text: str


@dataclass(slots=True)
class Layout:
    """What the entry model does not keep, recorded while parsing: which list items are
    siblings and where the tables are (lines are 1-based)."""

    #: first line of a list item -> the id of its list (ids are opaque)
    item_list: dict[int, int]
    #: list id -> first lines of its items
    list_items: dict[int, list[int]]
    #: (first line, last line) of each table
    tables: list[tuple[int, int]]


@dataclass(slots=True)
class Document:
    """One parsed Markdown file."""

    path: str
    text: str
    headings: list[Heading]
    sections: list[Section]
    entries: list[Entry]
    blocks: list[Block]
    bom: bool = False
    newline: str = "\n"
    _offsets: list[int] | None = field(default=None, repr=False, compare=False)
    #: The list and table layout of ``text``, when the parser recorded it.
    layout: Layout | None = field(default=None, repr=False, compare=False)

    def line_offsets(self) -> list[int]:
        """``offsets[n - 1]`` is the character offset where line n starts."""
        if self._offsets is None:
            offsets = [0]
            for line in self.text.split("\n"):
                offsets.append(offsets[-1] + len(line) + 1)
            self._offsets = offsets
        return self._offsets

    def offset(self, line: int, column: int = 1) -> int:
        """Character offset of a 1-based (line, column)."""
        return self.line_offsets()[line - 1] + column - 1

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        return position_in(self.line_offsets(), offset)

    def line_text(self, line: int) -> str:
        """The text of 1-based line ``line`` (without its ending)."""
        offsets = self.line_offsets()
        return self.text[offsets[line - 1] : offsets[line] - 1]

    @property
    def lines(self) -> list[str]:
        """The text split into lines (without line endings); ``lines[n - 1]`` is line n."""
        return self.text.split("\n")

    def block_counts(self) -> dict[str, int]:
        """How many non-entry blocks of each kind the file has, sorted by kind."""
        counts: dict[str, int] = {}
        for block in self.blocks:
            counts[block.kind] = counts.get(block.kind, 0) + 1
        return dict(sorted(counts.items()))


def position_in(offsets: list[int], offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset, given a document's ``line_offsets()``
    (for callers that look up many offsets of one document)."""
    line = bisect.bisect_right(offsets, offset)
    line = max(1, min(line, len(offsets) - 1))
    return line, offset - offsets[line - 1] + 1


class Exportable(Protocol):
    """What the exporters read: documents, and their entries in document order.

    :class:`awesome_ptm.corpus.Corpus` is one; the exporters name this protocol instead of
    the class so that ``export`` does not depend on ``corpus`` (which uses the exporters).
    """

    @property
    def documents(self) -> list[Document]: ...

    def __iter__(self) -> Iterator[Entry]: ...
