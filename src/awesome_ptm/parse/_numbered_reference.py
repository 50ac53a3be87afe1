"""A reference opening with its number in brackets: ``**[1]** Nicolas Schweighofer and
Kenji Doya. **Meta-learning in reinforcement learning**. Neural Networks, 16(1):5–9, 2003.``
(floodsung/Meta-Learning-Papers): the number, the names, the title set in bold, then where
and when it was published."""

from __future__ import annotations

import re
from dataclasses import replace

from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._inline import Segment, visible
from awesome_ptm.parse._names_first import names_then_marked_title

#: ``[1]``, ``[12]``: a reference's number in brackets (a full stop after it perhaps).
_KEY = re.compile(r"\s{0,3}\[\d{1,4}\]\.?\s{0,3}")
#: ``[1] `` opening a text.
_KEY_OPENING = re.compile(r"\s{0,3}\[\d{1,4}\]\.?[ \t]{1,3}")


def numbered_reference(segs: list[Segment], first_link: int | None) -> Draft | None:
    """The reference ``segs`` are when they open with its number (bold or not), then the
    names and the bold or italic title, and state its year: its draft, or None."""
    shown = visible(segs)
    if len(shown) < 3:
        return None
    rest: list[Segment]
    if shown[0].kind == "strong" and _KEY.fullmatch(shown[0].text):
        rest = segs[segs.index(shown[0]) + 1 :]
    elif shown[0].kind == "text" and (key := _KEY_OPENING.match(shown[0].text)) is not None:
        at = segs.index(shown[0])
        rest = [replace(shown[0], text=shown[0].text[key.end() :]), *segs[at + 1 :]]
    else:
        return None
    while rest and rest[0].kind == "text" and not rest[0].text.strip():
        rest = rest[1:]
    if not rest or rest[0].kind != "text" or any(mark in rest[0].text for mark in '"“'):
        return None  # (``[2] L. Wald, “Title,” *Journal*, …``: the quoted title's reading)
    offset = len(segs) - len(rest)
    linked = None if first_link is None else first_link - offset
    draft = names_then_marked_title(rest, linked, numbered=True)
    if draft is None or draft.venue is None or draft.venue.year is None:
        return None
    return draft
