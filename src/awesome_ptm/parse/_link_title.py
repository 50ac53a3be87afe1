"""A link's text read as a title: ``[DCN] Deep & Cross Network for Ad Click Predictions
(Stanford 2017)`` — a leading tag that names the work (or its venue), a closing bracket that
states the venue and year or who made it and when."""

from __future__ import annotations

import re
from dataclasses import dataclass

from awesome_ptm.parse._vocabulary import is_link_label
from awesome_ptm.venues import VenueYear, canonical_venue, split_venue_year

#: ``[DCN] Deep & Cross Network``: a short tag in brackets opening a link's title.
_LEADING_TAG = re.compile(r"\[([^\[\]]{1,40})\]\s{0,3}(?=\S)")
#: ``Title (Stanford 2017)``, ``Title (HKUST, 2015)``, ``Title (2014)``: a closing bracket
#: that ends in a year, with at most a few words (a venue or who made it) before it.
_CLOSING_YEAR = re.compile(
    r"\s{0,3}[(（](?P<who>[^()（）\d]{0,40}?)[,，]?\s{0,3}(?P<y>(?:19|20)\d\d)[)）]\s*$"
)
#: Words before the year in such a bracket: more would be a sentence, not a maker's name.
_MAKER_WORDS = 4


@dataclass(frozen=True, slots=True)
class LinkTitle:
    """A link's text read as a title: the title, a tag that names the work, the venue or
    year its brackets state, and who made it (``Stanford``) as a note."""

    title: str
    alias: str | None
    venue: VenueYear | None
    note: str | None


def link_title_marks(text: str) -> LinkTitle:
    """``[DCN] Deep & Cross Network for Ad Click Predictions (Stanford 2017)``: a link's
    title with a leading tag (an alias, or a venue: ``[ICLR 2024]``) and a closing bracket
    that states a venue and year (``(CVPR 2016)``) or who made it and when (``(Stanford
    2017)``, ``(2014)``). Text without them comes back as it is."""
    title, alias, venue, note = text, None, None, None
    tag = _LEADING_TAG.match(title)
    if tag is not None and len(title[tag.end() :].split()) >= 2:
        found = split_venue_year(tag.group(1))
        if found is not None and found.venue is not None:
            venue = found
        else:
            alias = tag.group(1).strip()
        title = title[tag.end() :]
    closing = _CLOSING_YEAR.search(title)
    if closing is not None and closing.start() > 0 and venue is None:
        who = closing.group("who").strip(" ,，")
        inner = f"{who} {closing.group('y')}".strip()
        found = split_venue_year(inner)
        if found is not None and found.venue is not None and canonical_venue(found.venue):
            venue, title = found, title[: closing.start()].rstrip()
        elif len(who.split()) <= _MAKER_WORDS:
            year = int(closing.group("y"))
            venue = VenueYear(None, year, closing.group("y"))
            note = who or None
            title = title[: closing.start()].rstrip()
    kind = _CLOSING_KIND.search(title) if title.endswith((")", "）")) else None
    if kind is not None and kind.start() > 0 and is_link_label(kind.group(1)):
        # ``segment-anything-video (Project)``: the kind of page, not a word of the name
        note = kind.group(1) if note is None else f"{note}; {kind.group(1)}"
        title = title[: kind.start()].rstrip()
    return LinkTitle(title, alias, venue, note)


#: ``… (Project)``: one short word in a bracket closing a title.
_CLOSING_KIND = re.compile(r"\s{1,3}[(（]([A-Za-z]{3,12})[)）]$")
