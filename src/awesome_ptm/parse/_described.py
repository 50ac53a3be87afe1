"""Paragraphs that describe the entry right before them: ``* [《Title》](url)`` then, as a
paragraph of its own, ``介绍: … http://…``; ``**Venue:** ICML 2023``; ``**Authors:** A, B.``"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from awesome_ptm.model import Block, Entry, Section
from awesome_ptm.parse._draft import Draft, LinkDraft
from awesome_ptm.parse._inline import Segment
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._names import split_authors
from awesome_ptm.parse._row_cells import written_venue
from awesome_ptm.parse._venue_names import venue_after_names
from awesome_ptm.parse._vocabulary import column_role
from awesome_ptm.venues import split_venue_year

if TYPE_CHECKING:
    from awesome_ptm.model import Link

#: ``介绍:``, ``Description:``: a label opening a paragraph (the label's word checked apart).
_DESCRIPTION_LABEL = re.compile(r"\s{0,3}([^\W\d_]{1,12})\s{0,2}[:：]")


class DescribedEntries:
    """The builder's reading of a paragraph that describes the entry before it."""

    entries: list[Entry]
    blocks: list[Block]
    sections: list[Section]

    if TYPE_CHECKING:  # (SourceText's, the builder's other base)

        def make_links(self, drafts: list[LinkDraft], start: int, end: int) -> list[Link]: ...

        def raw(self, start: int, end: int) -> str: ...

    def described(self, node: Node, segs: list[Segment], text: str) -> bool:
        """``* [《Title》](url)`` then, as a paragraph of its own, ``介绍: … http://…``: a
        paragraph that opens with a description label right after an entry describes it.
        Its text is the entry's note, its links the entry's, its lines the entry's. A
        ``**Venue:** ICML 2023`` or ``**Authors:** A, B.`` paragraph gives that field."""
        if not self.entries:
            return False
        entry = self.entries[-1]
        label = _DESCRIPTION_LABEL.match(text)
        role = column_role(label.group(1)) if label is not None else None
        if label is None or role not in ("notes", "remarks", "venue", "authors"):
            return False
        if (self.blocks and self.blocks[-1].line > entry.source.line) or (
            self.sections and self.sections[-1].source.line > entry.source.line
        ):
            return False  # (something came between the entry and the paragraph)
        draft = Draft(title="")
        draft.links = [
            LinkDraft(href=str(s.href), style=str(s.style), label=None)
            for s in segs
            if s.kind == "link" and s.href
        ]
        known = {link.url for link in entry.links}
        entry.links.extend(
            link
            for link in self.make_links(draft.links, node.start, node.end)
            if link.url not in known
        )
        note = text[label.end() :].strip()
        if role == "venue" and note and entry.venue is None:
            written = note.rstrip(".")
            venue = (
                venue_after_names(written)
                or split_venue_year(written)
                or written_venue(written, None)
            )
            entry.venue, entry.year = venue.venue, venue.year or entry.year
            entry.venue_raw = venue.raw
        elif role == "authors" and note and not entry.authors:
            entry.authors = split_authors(note)
        elif note:
            entry.notes.append(note)
        entry.source.end_line = node.end
        entry.raw = self.raw(entry.source.line, node.end)
        return True
