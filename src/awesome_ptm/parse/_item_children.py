"""What stands under an entry's list item: its names line, its links, notes and nested
items that only add to it (taken into its draft), and the nested items and blocks that
are entries of their own (read after it). :class:`ItemReader` reads the item itself."""

from __future__ import annotations

from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._entry import author_line
from awesome_ptm.parse._entry_lines import interpret
from awesome_ptm.parse._inline import Segment, plain
from awesome_ptm.parse._item_details import ItemDetails
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._material import material_parts, take_part
from awesome_ptm.parse._names import plain_names
from awesome_ptm.parse._names_venue import names_venue_item
from awesome_ptm.parse._notes import labels_for_rest
from awesome_ptm.parse._paper_lines import names_then_emphasised_venue
from awesome_ptm.parse._write_ups import summary_citation
from awesome_ptm.titles import normalize_title

#: The fewest words of the title of a paper nested under another paper as its own entry.
OWN_PAPER_TITLE_WORDS = 4

#: A block read after its entry: the node, whether its list is linked, whether its list's
#: linked items name groups (see :meth:`ItemReader.list_item`).
Later = tuple[Node, bool, bool]


class ItemChildren(ItemDetails):
    """The builder's reading of the blocks under an entry's list item."""

    #: ids of the items that name a group over one nested entry (set by the reader)
    one_groups: dict[int, Node]

    def entry_children(
        self, draft: Draft, children: list[Node], head_end: int
    ) -> tuple[int, list[Later]]:
        """Take into ``draft`` what the blocks under its item add to it; the entry's last
        line, and the blocks to read after it as entries or layout of their own."""
        end = head_end
        later: list[Later] = []
        for child in children:
            quoted = _quoted_paragraph(child)
            if quoted is not None:
                # ``  >*Zeyu Zhu, Fanrong Li, et al.* [[Paper]](url)``: the names and links
                # under the title set off as a quote are the paper's own line
                child = quoted
            if child.type == "paragraph":
                # (a copy: ``author_line`` leaves in it only the links after the names)
                child_segs = list(self.doc.inline_segments(child))
                if author_line(draft, child_segs):
                    # ``*Pranav Rajpurkar et al.* EMNLP 2016. [[Paper](url)]`` below the title
                    draft.links.extend(labels_for_rest(child_segs, None))
                    end = max(end, child.end)
                    continue
                child_links = [s for s in child_segs if s.kind == "link"]
                extra = interpret(child_segs) if child_links else None
                if extra is not None:
                    draft.links.extend(extra.links)
                    draft.notes.extend(
                        n for n in [extra.title, *extra.notes] if n and extra.shape != "bare-url"
                    )
                else:
                    written = plain(child_segs).strip()
                    if not draft.authors:
                        # ``    Weijia Zhang, Jiuyong Li, Lin Liu.`` under the paper's line
                        draft.authors = plain_names(written) or []
                    draft.notes.append(written)
                end = max(end, child.end)
            elif child.type in ("bullet_list", "ordered_list"):
                flags = self.linked_flags(child.children)
                sub_named = self.named_groups(child.children)
                found = self.among_categories(child.children)
                found |= self.bold_groups_of_one(child.children)
                self.one_groups |= kept_items(found, child.children)
                parts = material_parts(child.children, self.doc.inline_segments)
                for sub, sub_linked in zip(child.children, flags, strict=True):
                    cited_segs = self._citation_segments(sub)
                    if id(sub) in parts:
                        take_part(sub, draft, self.doc.inline_segments)
                        end = max(end, sub.end)
                    elif cited_segs is not None and names_then_emphasised_venue(draft, cited_segs):
                        # ``  - Y. You, …, and Y. Shen. *NIPS 2020*. [[pdf]](url)``
                        draft.links.extend(labels_for_rest(cited_segs, None))
                        end = max(end, sub.end)
                    elif cited_segs is not None and names_venue_item(draft, cited_segs):
                        # ``  - Xun Chen et al, IEEE Transactions on … (TIM), 2019``
                        end = max(end, sub.end)
                    elif self._paper_of_its_own(sub, draft):
                        later.append((sub, sub_linked, sub_named))
                    elif self._note_item(sub, draft):
                        end = max(end, sub.end)
                    else:
                        later.append((sub, sub_linked, sub_named))
            else:
                if child.type == "html_block" and not draft.authors:
                    cited_in = summary_citation(self.doc.raw(child.start, child.end))
                    if cited_in is not None:
                        # ``<details><summary> Names. <em>Venue</em>, 2024 </summary>``
                        draft.authors = cited_in[0]
                        if draft.venue is None or draft.venue.venue is None:
                            draft.venue = cited_in[1]
                later.append((child, True, False))
        return end, later

    def _paper_of_its_own(self, sub: Node, parent: Draft) -> bool:
        """``- **[TransE]** Title. NeurIPS. 2013. [[paper]](url)`` over ``  - **[TransH]**
        Title. AAAI. 2014. [[paper]](url)``: under a paper that states its venue and year, a
        nested item that cites another paper (a title of its own, its venue and year, a link
        the parent does not have) is an entry of its own, not a detail of the paper above."""
        if parent.venue is None or parent.venue.year is None or parent.venue.venue is None:
            return False
        first = sub.children[0] if sub.children else None
        if first is None or first.type != "paragraph":
            return False
        segs = self.doc.inline_segments(first)
        paper = interpret(segs) if any(s.kind == "link" for s in segs) else None
        if paper is None or paper.venue is None or paper.venue.venue is None:
            return False
        theirs = {link.href for link in parent.links}
        return (
            paper.venue.year is not None
            and len(paper.title.split()) >= OWN_PAPER_TITLE_WORDS
            and normalize_title(paper.title) != normalize_title(parent.title)
            and bool(paper.links)
            and not any(link.href in theirs for link in paper.links)
        )

    def _citation_segments(self, sub: Node) -> list[Segment] | None:
        """A copy of the segments of a nested item of one paragraph and nothing else."""
        if len(sub.children) != 1 or sub.children[0].type != "paragraph":
            return None
        return list(self.doc.inline_segments(sub.children[0]))


def _quoted_paragraph(node: Node) -> Node | None:
    """The one paragraph of a quote (``> *Names.* [[Paper]](url)``), or None."""
    if node.type != "blockquote" or len(node.children) != 1:
        return None
    inner = node.children[0]
    return inner if inner.type == "paragraph" else None


def kept_items(found: set[int], items: list[Node]) -> dict[int, Node]:
    """The ``items`` whose ids are in ``found``, by id."""
    return {id(item): item for item in items if id(item) in found}
