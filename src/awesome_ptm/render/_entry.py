"""One entry as one canonical Markdown list item.

``- [Title](url) — **Venue Year** · [code](…) · [label](…) · note · note``

The first link carries the title; further links are named by their label, else by their
kind (``paper``, ``code``…, ``link`` for other). An entry without links is ``- Title — …``.

Links point where the lists point: ``Link.url`` (as written, after any ``fix``), not
``Link.canonical``. The canonical form is an identity for finding duplicates — it drops
``www.``, tracking parameters and arXiv versions, and may not be the page the curator chose,
or even a working address; reading the README back gives the same canonical form anyway.
Titles, labels and notes are escaped so that parsing the item gives back the same title,
links, venue, year and notes.

The notes are joined by `` · `` on the item's line when that reads back as the same text.
Where it would not — a note ending in ``：`` or ``；`` (the parser trims separators at the
ends of a line's rest), an entry with neither link nor venue (nothing would end its title),
a note that reads as a venue — each note goes on a line of its own, nested under the entry
(``  - note``), which the parser reads back exactly.
"""

from __future__ import annotations

from collections.abc import Collection

from awesome_ptm.model import Entry, Link
from awesome_ptm.render._escape import escape_inline, escape_line_start, link_target

#: The parts of an entry that can be shown besides its title and title link.
FIELDS = ("venue", "year", "links", "notes")

TITLE_SEPARATOR = " — "
PART_SEPARATOR = " · "

#: How an entry reads back: title, link identities, venue, year, notes joined by " · ".
EntryKey = tuple[str, tuple[str, ...], "str | None", "int | None", str]


def venue_text(entry: Entry, fields: Collection[str] = FIELDS) -> str | None:
    """``**ACL 2020**``, ``**ACL**``, ``**2020**`` or None."""
    words = []
    if "venue" in fields and entry.venue:
        words.append(entry.venue)
    if "year" in fields and entry.year is not None:
        words.append(str(entry.year))
    if not words:
        return None
    return f"**{escape_inline(' '.join(words))}**"


def link_name(link: Link) -> str:
    """How a further link is shown: its label, else its kind (``other`` as ``link``)."""
    if link.label:
        return link.label
    return "link" if link.kind == "other" else link.kind


def render_link(text: str, url: str) -> str:
    return f"[{escape_inline(text)}]({link_target(url)})"


def shown_key(entry: Entry, fields: Collection[str] = FIELDS) -> EntryKey:
    """What the rendered entry must read back as, given the fields shown."""
    links = entry.links if "links" in fields else entry.links[:1]
    notes = [note.strip() for note in entry.notes if note.strip()] if "notes" in fields else []
    return (
        entry.title.strip(),
        tuple(link.canonical for link in links),
        entry.venue if "venue" in fields else None,
        entry.year if "year" in fields else None,
        PART_SEPARATOR.join(notes),
    )


def read_key(entry: Entry) -> EntryKey:
    """How a parsed entry compares with :func:`shown_key`."""
    return (
        entry.title,
        tuple(link.canonical for link in entry.links),
        entry.venue,
        entry.year,
        PART_SEPARATOR.join(entry.notes),
    )


def render_entry(entry: Entry, fields: Collection[str] = FIELDS) -> str:
    """The entry as a list item: one line, or one line and a nested line per note. No
    trailing newline."""
    title = entry.title.strip()
    if entry.links:
        head = render_link(title, entry.links[0].url)
    else:
        head = escape_line_start(escape_inline(title))
    parts: list[str] = []
    venue = venue_text(entry, fields)
    if venue is not None:
        parts.append(venue)
    if "links" in fields:
        parts.extend(render_link(link_name(link), link.url) for link in entry.links[1:])
    notes = [note.strip() for note in entry.notes if note.strip()] if "notes" in fields else []
    line = f"- {head}"
    if parts or notes:
        inline = (
            f"{line}{TITLE_SEPARATOR}{PART_SEPARATOR.join([*parts, *map(escape_inline, notes)])}"
        )
        if not notes or _reads_back(inline, shown_key(entry, fields)):
            return inline
    if parts:
        line = f"{line}{TITLE_SEPARATOR}{PART_SEPARATOR.join(parts)}"
    nested = [f"  - {escape_line_start(escape_inline(note))}" for note in notes]
    return "\n".join([line, *nested])


def _reads_back(markdown: str, expected: EntryKey) -> bool:
    from awesome_ptm.parse import parse_text

    entries = parse_text(markdown + "\n").entries
    return len(entries) == 1 and read_key(entries[0]) == expected
