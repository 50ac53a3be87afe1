"""Lines of a nested item that give its parent a link (``Paper: url``, ``[code](url)``)."""

from __future__ import annotations

import re

from awesome_ptm.parse._entry import _LABEL_MAX, is_generic_label, line_kind
from awesome_ptm.parse._inline import Segment, plain


def link_line(segs: list[Segment]) -> bool:
    """``Paper: url``, ``Code url``, a bare URL: a line that gives a link of an entry."""
    kind = line_kind(segs)
    if kind in ("label-url", "url"):
        return True
    links = [s for s in segs if s.kind == "link"]
    rest = plain([s for s in segs if s.kind != "link"]).strip()
    return (
        kind == "text"
        and bool(links)
        and all(plain_target(s) for s in links)
        and (
            len(rest) <= _LABEL_MAX
            or _BRACKETED_NOTES.fullmatch(rest.replace("[]", "")) is not None
        )
    )


#: ``[[Paper]](url)[[Code]](url)(Gan with convolutional networks)(ICLR 2015)``: what a line of
#: links may add in brackets after them (a note, the venue).
_BRACKETED_NOTES = re.compile(r"\s{0,3}(?:\([^()\n]{1,80}\)\s{0,3}){1,3}")


def plain_target(seg: Segment) -> bool:
    """A link shown as its URL (``[official : https://github.com/o/r](https://github.com/o/r)``
    too) or as a generic label (``[code](url)``), not as a title."""
    return (
        seg.style != "inline"
        or not seg.text
        or seg.text == seg.href
        or is_generic_label(seg.text)
        or (bool(seg.href) and str(seg.href) in seg.text)
    )
