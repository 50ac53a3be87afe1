"""``**`Handcraft`** **`TRO`** BTC: A Binary and Triangle Combined Descriptor for 3D Place
Recognition 🔥``: short bold tags (the method's kind, its venue) opening a line before the
paper's title, which is plain text."""

from __future__ import annotations

from collections.abc import Callable

from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._inline import TAG_WORDS, Segment, is_blank, plain
from awesome_ptm.parse._venue_names import known_venue
from awesome_ptm.venues import VenueYear, canonical_venue, split_venue_year

#: The fewest bold tags that open such a line (one is a bold title or name).
_MIN_TAGS = 2
#: The fewest words of the title after the tags.
_TITLE_WORDS = 3


def tags_then_title(
    segs: list[Segment], read_rest: Callable[[list[Segment]], Draft]
) -> Draft | None:
    """The draft of a line opening with two or more short bold tags then a title in text
    (``read_rest`` reads the line from the title on); a tag naming a known venue gives the
    venue, the others are notes. None for any other line."""
    at = 0
    tags: list[str] = []
    while at < len(segs):
        seg = segs[at]
        if seg.kind == "strong" and seg.text.strip() and len(seg.text.split()) <= TAG_WORDS:
            tags.append(seg.text.strip(" `"))
        elif not is_blank(seg):
            break
        at += 1
    if len(tags) < _MIN_TAGS or at >= len(segs) or segs[at].kind != "text":
        return None
    first_link = next((i for i, s in enumerate(segs) if s.kind == "link"), len(segs))
    if len(plain(segs[at:first_link]).split()) < _TITLE_WORDS:
        return None
    venue: VenueYear | None = None
    notes: list[str] = []
    for tag in tags:
        found = split_venue_year(tag, unmarked=True) if venue is None else None
        if found is not None and found.venue is not None and known_venue(found.venue):
            venue = found
        else:
            notes.append(tag)
    if venue is None and notes[-1][:1].isupper():
        # (``**`Learning`** **`RAL/IROS`**``: the last tag is where the paper appeared, a
        # venue no alias knows kept as written)
        last = notes.pop()
        venue = VenueYear(canonical_venue(last) or last, None, last)
    if venue is None:
        return None  # (``**Title** **name** more words``: no venue among them, not tags)
    draft = read_rest([Segment("text", segs[at].text.lstrip()), *segs[at + 1 :]])
    if draft.venue is None or draft.venue.venue is None:
        year = draft.venue.year if draft.venue is not None else None
        draft.venue = VenueYear(venue.venue, venue.year or year, venue.raw)
    draft.notes[:0] = notes
    return draft
