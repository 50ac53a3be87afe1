"""What reading one entry's inline content gives, before it becomes an :class:`Entry`."""

from __future__ import annotations

from dataclasses import dataclass, field

from awesome_ptm.venues import VenueYear


@dataclass(slots=True)
class LinkDraft:
    """A link of the entry, with the label the line gives it (``论文链接：``, ``[pdf]``)."""

    href: str
    style: str
    label: str | None = None
    text: str | None = None


@dataclass(slots=True)
class Draft:
    """The fields read from an entry's text: title, links, venue and year, authors, notes."""

    title: str
    links: list[LinkDraft] = field(default_factory=list)
    venue: VenueYear | None = None
    authors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    shape: str = "text"
    #: the date a tag states in a form no note is read as (``arXiv 26.05``), ISO-shaped
    date: str | None = None
