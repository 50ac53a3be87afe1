"""A paper's citation written as a short list under its heading (Jikes RVM's publications):

```
### [Stop and go: understanding yieldpoint behavior](url)

- Yi Lin, Kunshan Wang, Stephen M. Blackburn, Antony L. Hosking and Michael Norrish
- ACM SIGPLAN International Symposium on Memory Management, ISMM'15, Portland, June 14, 2015,
```

The first item names the authors, the second states the venue and the date, any other is a
note (where the code is). The heading is the paper, linked or plain text: a plain heading
only when the venue's line gives a year and the names are plain text."""

from __future__ import annotations

import re

from awesome_ptm.parse._dates import YEAR_DIGITS, find_date
from awesome_ptm.parse._draft import Draft, LinkDraft
from awesome_ptm.parse._inline import Segment, first_visible, plain
from awesome_ptm.parse._names import loose_names, plain_names
from awesome_ptm.parse._names_quoted import CITED_YEAR
from awesome_ptm.venues import VenueYear, find_venue_year, split_venue_year

#: How many items such a citation has (the names, the venue, notes of its code or page).
_ITEMS_MAX = 4

#: ``(TACO)``, ``(VMIL)``: a venue's acronym in brackets after its full name.
_ACRONYM = re.compile(r"[(（]([A-Z][A-Z0-9&-]{1,9})[)）]")


def citation_items(draft: Draft, lines: list[list[Segment]], *, plain_heading: bool) -> bool:
    """Read the items' ``lines`` (each item's segments) into the heading's ``draft`` when
    they are its citation: its authors, venue, year and date, the rest notes and links.
    ``plain_heading``: the heading is text, no link. True when they were read so."""
    if not 1 <= len(lines) <= _ITEMS_MAX:
        return False
    venue_line = lines[1] if len(lines) > 1 else []
    lead = first_visible(venue_line)
    if lead is not None and lead.kind == "link" and find_date(plain(venue_line)) is None:
        return False  # (``- [Pandas](url)``: a resource of its own; a linked venue with
        # its date, ``- [5th workshop on … (VMIL)](url), …, 24 October 2011``, is the
        # citation's line)
    written = " ".join(plain(lines[0]).split()).rstrip(" .,")
    cited = [" ".join(plain(segs).split()).strip(" ,;") for segs in lines[1:]]
    dated = bool(cited) and YEAR_DIGITS.search(cited[0]) is not None
    if plain_heading and (not dated or any(s.kind != "text" for s in lines[0])):
        # (``### Maintainers`` over ``- Alice Smith, Bob Jones``: no paper; ``### Foundation
        # models`` over ``- **Awesome-LLM-Robotics** [repo link](url)``: its resources)
        return False
    names = plain_names(written)
    if names is None and dated:
        names = loose_names(written)  # (``- Byeongcheol Lee`` over the venue's line)
    if names is None:
        return False
    draft.authors = names
    if cited:
        cite_venue(draft, cited[0])  # (the line after the names; then notes)
    for segs, text in zip(lines, ["", *cited], strict=True):
        draft.links.extend(
            LinkDraft(href=str(seg.href), style=str(seg.style))
            for seg in segs
            if seg.kind == "link" and seg.href
        )
        if text:
            draft.notes.append(text)
    return True


def cite_venue(draft: Draft, text: str) -> None:
    """The venue, year and date a citation's line states (``ACM SIGPLAN International
    Symposium on Memory Management, ISMM'15, Portland, OR, USA, June 14, 2015``): a part
    between commas that is a venue and its year, else a known venue in the line, else an
    acronym in brackets; the date (its year when no venue gives one)."""
    venue = next(
        (
            found
            for part in text.split(",")
            if (found := split_venue_year(part.strip())) is not None
            and found.venue is not None
            and found.year is not None
        ),
        None,
    )
    if venue is None:
        marked = find_venue_year(text)
        venue = marked[0] if marked is not None else None
    when = find_date(text)
    acronym = _ACRONYM.search(text) if venue is None or venue.venue is None else None
    if acronym is not None and when is not None:
        # ``ACM Transactions on Architecture and Code Optimization (TACO), …, January 2016``
        venue = VenueYear(acronym.group(1), when.year, text)
    if venue is None and when is not None:
        venue = VenueYear(None, when.year, text)
    if venue is None or venue.year is None:
        # (``STOP '09 Proceedings for the 1st workshop …, 2009``, ``MIT Press 2009``: the
        # line's last year, no month named)
        years = CITED_YEAR.findall(text)  # (a year alone, no part of a longer number)
        if years:
            venue = VenueYear(venue.venue if venue else None, int(years[-1]), text)
    if venue is not None:
        draft.venue = venue
    if when is not None and when.iso != str(when.year) and draft.date is None:
        draft.date = when.iso
