"""How the duplicates rules point at and describe places: an entry's ``path:line``, a
link's or a title's column span, a quoted title, the scope of a repeat, and the heading
an entry stands under.
"""

from __future__ import annotations

from awesome_ptm.model import Document, Entry, Link
from awesome_ptm.rules.duplicates._index import EntrySite


def location(site: EntrySite, line: int | None = None) -> str:
    """``path:line`` of an entry (of ``line`` in its file, when given), for messages."""
    return f"{site.document.path}:{line if line is not None else site.entry.source.line}"


def link_span(link: Link) -> tuple[int, int | None]:
    """Column span of a link's URL (column 1 and no end when its column is unknown)."""
    if link.column is None:
        return 1, None
    return link.column, link.column + len(link.url)


def title_span(document: Document, entry: Entry) -> tuple[int, int | None]:
    """Column span of the title on the entry's first line, when it is written there."""
    text = document.line_text(entry.source.line)
    column = text.find(entry.title) if entry.title else -1
    if column < 0:
        return 1, None
    return column + 1, column + 1 + len(entry.title)


def quoted(title: str) -> str:
    """A title in the quotation marks of messages."""
    return f"“{title}”"


#: How each kind of repeat is described (see ``_duplicate_url._closest``).
SCOPE_NOTES = {
    "section": " in the same section",
    "section-cross": (
        " in another section (a cross-listing: allow with "
        "`rules.duplicate-url.allow-cross-listing`)"
    ),
    "file": " in another file",
    "preamble": " in the list's preamble (under its title, before the first section)",
}


def heading_above(site: EntrySite) -> int:
    """The line of the last heading before the entry (0: none): two "### Models" headings
    under two languages are two sections, though their titles are alike."""
    line = site.entry.source.line
    lines = [h.line for h in site.document.headings if h.line < line]
    return max(lines, default=0)
