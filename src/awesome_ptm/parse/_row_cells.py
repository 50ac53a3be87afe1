"""The cells of a table row, and how a cell other than the title is read into the entry.

A :class:`Cell` is one cell as the GFM and the HTML table readers give it. A value column
(venue, date, year, status, authors) sets that field of the draft; any other column gives
notes and links; every link of every cell is kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from awesome_ptm.parse._dates import DateValue, parse_date
from awesome_ptm.parse._entry import (
    Draft,
    LinkDraft,
    clean_label,
    interpret_lines,
    split_authors,
)
from awesome_ptm.parse._inline import Segment, plain, split_lines
from awesome_ptm.parse._presentation import without_presentation
from awesome_ptm.parse._rest import closing_venue_year
from awesome_ptm.parse._vocabulary import is_status
from awesome_ptm.titles import without_shortcodes
from awesome_ptm.venues import VenueYear, find_venue_year, split_venue_year


@dataclass(slots=True)
class Cell:
    """One cell: its inline segments and its source text."""

    segments: list[Segment]
    source: str


# The roles whose cells are read as values (the others as notes and links).
_READ_AS_VALUES = frozenset({"venue", "date", "year", "status", "authors"})


def read_cell(
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
        text = without_presentation(without_shortcodes(text))
        found = split_venue_year(text, unmarked=True)  # a venue cell: "ICLR23" is ICLR 2023
        if found is not None:
            year = found.year if found.year is not None else _year_of(draft)
            draft.venue = VenueYear(found.venue, year, found.raw)
        elif text and not is_status(text) and not any(s.kind == "link" for s in cell):
            draft.venue = VenueYear(venue=text, year=_year_of(draft), raw=text)
        keep_links(draft, cell, None)
        return None
    if role in ("date", "year"):
        keep_links(draft, cell, None)
        value = parse_date(text)
        if value is not None:
            return value
        found = split_venue_year(text)
        if found is not None and found.year is not None:
            venue = draft.venue.venue if draft.venue else found.venue
            draft.venue = VenueYear(venue=venue, year=found.year, raw=raw[role])
        return None
    if role == "status":
        keep_links(draft, cell, None)
        return None
    if role == "authors":
        draft.authors = split_authors(text)
        keep_links(draft, cell, None)
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


def keep_links(draft: Draft, cell: list[Segment], label: str | None) -> None:
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
