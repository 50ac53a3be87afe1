"""GFM task-list items (``- [x] Done``, ``- [ ] To do``). A reading list may tick off
its papers (``- [x] [Paper](url)``): such an item is an entry, its box taken off. A
maintenance checklist (``- [ ] Add (links to) training code?``) holds to-do sentences,
which are not entries."""

from __future__ import annotations

import re

from awesome_ptm.parse._entry_lines import interpret
from awesome_ptm.parse._inline import Segment, is_blank
from awesome_ptm.parse._navigation import mentions_link

#: The box a task item opens with.
_BOX = re.compile(r"^\s*\[[ xX]\]\s+")


def task_item(segs: list[Segment]) -> tuple[list[Segment], bool]:
    """The segments of a list item's head without its task box, and whether the item is a
    to-do: a task item with no link that states no venue or year, or a sentence that
    mentions its link (see :func:`~awesome_ptm.parse._navigation.mentions_link`). An item
    without a box comes back as it was, not a to-do."""
    index = next((i for i, s in enumerate(segs) if not is_blank(s)), None)
    if index is None or segs[index].kind != "text":
        return segs, False
    box = _BOX.match(segs[index].text)
    if box is None:
        return segs, False
    rest = segs[index].text[box.end() :]
    unboxed = [*segs[:index], *([Segment("text", rest)] if rest else []), *segs[index + 1 :]]
    if any(s.kind == "link" for s in unboxed):
        # ``- [ ] ~~Add number of tokens trained?~~ (see [considerations](url))``
        return unboxed, mentions_link(unboxed)
    draft = interpret(unboxed)
    return unboxed, draft is None or draft.venue is None
