"""Names of groups written before a list instead of a heading: a bold paragraph waiting
for the links of its title names the group of the entries listed after it when it reads as
a name (``**Datasets:**``), and a numbered item alone in its list names the group of the
list of works after it (``1. Survey paper``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from awesome_ptm.parse._categories import (
    bold_only,
    bold_with_badges,
    label_text,
    numbered_label,
    venue_label,
)
from awesome_ptm.parse._inline import Segment
from awesome_ptm.parse._markdown import Node

if TYPE_CHECKING:
    from awesome_ptm.model import Entry
    from awesome_ptm.parse._items import ItemReader

#: The block types of a Markdown list.
LIST_KINDS = ("bullet_list", "ordered_list")


class GroupLabels:
    """The builder's reading of group names written before a list (see the module)."""

    entries: list[Entry]
    unlinked: list[Entry]
    pending: tuple[Node, list[Segment]] | None
    pending_images: list[Node]
    items: ItemReader

    if TYPE_CHECKING:  # (the builder's and its other bases')

        def set_label(self, label: str, kind: str, line: int, end: int) -> None: ...

        def add_block(self, kind: str, start: int, end: int) -> None: ...

        def paragraph(
            self, node: Node, segs: list[Segment] | None = None, waited: bool = False
        ) -> None: ...

    def flush_pending(self, after: Node | None = None) -> None:
        """The bold title paragraph waiting for its links had none: it names the group of
        the entries listed ``after`` it when it reads as a name (see
        :func:`~awesome_ptm.parse._categories.label_text`), else it is a paragraph."""
        if self.pending is None:
            return
        node, segs = self.pending
        self.pending = None
        images, self.pending_images = self.pending_images, []
        label = (label_text(segs) or venue_label(segs)) if not bold_with_badges(segs) else None
        if label is not None and after is not None and self.lists_entries(after):
            self.set_label(label, "label", node.start, node.end)
            self.add_block("label", node.start, node.end)
        elif bold_only(segs):
            self.add_block("prose", node.start, node.end)
        else:
            self.paragraph(node, segs, waited=True)
        for image in images:
            self.add_block("image", image.start, image.end)

    def numbered_group(self, single: Entry, node: Node) -> bool:
        """Read the entry of an ordered list's one item (``single``) as the name of the group
        of the list of entries right after it (``node``): ``1. Survey paper`` over ``- K.
        Chan and D. Yeung, Title, …, 2000.`` is a heading written as a number. True when
        it was read so."""
        if (
            single.links
            or single.venue is not None
            or single.authors
            or single.notes
            or single.source.end_line != single.source.line
            or single is not self.entries[-1]
        ):
            return False
        label = numbered_label(single.title)
        if label is None or not self.items.listed_works(node.children):
            return False
        self.entries.pop()
        self.unlinked = [entry for entry in self.unlinked if entry is not single]
        line = single.source.line
        self.set_label(label, "label", line, line)
        self.add_block("label", line, line)
        return True

    def lists_entries(self, node: Node) -> bool:
        """Whether a block is a list or a table of entries."""
        if node.type in LIST_KINDS:
            return self.items.any_entry(node.children)
        return node.type == "table"
