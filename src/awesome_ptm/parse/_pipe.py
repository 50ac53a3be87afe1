"""A line of cells separated by bars, outside any table: ``2019 | Title | Authors | Venue |
[PDF](url)``."""

from __future__ import annotations

from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._inline import Segment, plain
from awesome_ptm.parse._names import split_authors
from awesome_ptm.parse._notes import labels_for_rest
from awesome_ptm.parse._rest import YEAR
from awesome_ptm.titles import unwrap_title_brackets
from awesome_ptm.venues import VenueYear, split_venue_year


def pipe_cells(segs: list[Segment]) -> list[list[Segment]] | None:
    """The line's cells (three or more), or None when the bars do not make a row."""
    cells: list[list[Segment]] = [[]]
    for seg in segs:
        if seg.kind == "text" and "|" in seg.text:
            pieces = seg.text.split("|")
            for n, piece in enumerate(pieces):
                if n:
                    cells.append([])
                if piece.strip():
                    cells[-1].append(Segment("text", piece))
        else:
            cells[-1].append(seg)
    cells = [c for c in cells if c]
    return cells if len(cells) >= 3 else None


def pipe_style(segs: list[Segment]) -> Draft:
    """``2019 | Title | Authors | Venue | [PDF](url)``."""
    cells = pipe_cells(segs) or []
    draft = Draft(title="", shape="pipe")
    year: int | None = None
    venue: VenueYear | None = None
    texts: list[str] = []
    for cell in cells:
        links = [s for s in cell if s.kind == "link"]
        text = plain([s for s in cell if s.kind != "link"]).strip()
        if links:
            draft.links.extend(labels_for_rest(cell, None))
            if not draft.title and not text and links[0].style == "inline" and len(cells) == 1:
                draft.title = links[0].text
            continue
        if YEAR.match(text) and year is None:
            year = int(text)
        elif not draft.title and text:
            draft.title = unwrap_title_brackets(text)
        elif venue is None and (found := split_venue_year(text)) is not None and found.venue:
            venue = found
        elif not draft.authors and text and ("," in text or " et al" in text or "，" in text):
            draft.authors = split_authors(text)
        elif text:
            texts.append(text)
    if venue is None and year is not None:
        venue = VenueYear(venue=None, year=year, raw=str(year))
    elif venue is not None and venue.year is None and year is not None:
        venue = VenueYear(venue=venue.venue, year=year, raw=venue.raw)
    draft.venue = venue
    draft.notes = texts
    return draft
