"""List items: an entry with the sub-items that only add to it (notes, ``Code: url``
lines, comments), a category item that names the group of the items nested under it, or
layout. What a list's items are as a whole is judged in :mod:`._list_shape`; the items
that add to an entry are read in :mod:`._item_details`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from awesome_ptm.model import Entry
from awesome_ptm.parse._categories import (
    bold_only,
    category_title,
    is_prose_line,
    is_sentence,
    names_group,
)
from awesome_ptm.parse._checklist import task_item
from awesome_ptm.parse._columns import exact_role
from awesome_ptm.parse._draft import Draft, LinkDraft
from awesome_ptm.parse._entry_lines import interpret
from awesome_ptm.parse._field_items import emoji_fields, field_card, named_card
from awesome_ptm.parse._inline import Segment, plain, split_lines, title_before_link, visible
from awesome_ptm.parse._item_children import OWN_PAPER_TITLE_WORDS, ItemChildren, kept_items
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._names import plain_names
from awesome_ptm.parse._navigation import (
    is_anchor_segment,
    is_housekeeping_link,
    is_meta_group,
    is_page_section_link,
    layout_kind,
    without_navigation,
)
from awesome_ptm.parse._outline import LABEL_LEVEL
from awesome_ptm.parse._page_lists import TITLE_BEFORE_LINK_WORDS
from awesome_ptm.parse._paper_lines import names_then_emphasised_venue
from awesome_ptm.parse._quoted import citation_title, fill_citation_fields
from awesome_ptm.parse._vocabulary import is_placeholder
from awesome_ptm.titles import normalize_title

if TYPE_CHECKING:
    from awesome_ptm.parse._document import Builder


#: The fewest words of a bold paper title in a paragraph under a group's item.
_PAPER_TITLE_WORDS = 3


#: The fewest words of a title that a nested citation repeats.
_CITED_TITLE_WORDS = 4


class ItemReader(ItemChildren):
    """Reads the list items of one file into its :class:`Builder`."""

    def title_and_names_of(self, entry: Entry, node: Node) -> bool:
        """``Mimic. *CVPR 2017*.`` / ``\\[[CVF](url)\\]`` as a paragraph, then ``- Mimicking
        Very Efficient Network for Object Detection`` / ``- Quanquan Li and Shengying Jin and
        Junjie Yan``: a two-item list right after a paper's paragraph, no link in it, its
        first item a title and its second the names, gives the paper its full title (the
        short name an alias) and its authors. True when it was taken in."""
        texts = self.plain_items(node) if node.type == "bullet_list" else None
        if texts is None or len(texts) != 2:
            return False
        title, written = texts
        names = plain_names(written)
        if names is None or len(title.split()) < OWN_PAPER_TITLE_WORDS or plain_names(title):
            return False
        short = entry.title.strip(" .,;:")
        if short and normalize_title(short) != normalize_title(title):
            entry.aliases.append(short)
        entry.title, entry.authors = title, entry.authors or names
        self.take_list(entry, node)
        return True

    def __init__(self, doc: Builder) -> None:
        super().__init__(doc)
        #: ids of the items that name a group over one nested entry (:meth:`among_categories`)
        #: (each id kept with its node: a node freed meanwhile, one of a ``<details>`` block
        #: read on its own, would hand its id on to another)
        self.one_groups: dict[int, Node] = {}
        #: ids of the items that are a name over its profiles (:meth:`profile_groups`)
        self.profiled: dict[int, Node] = {}
        #: ids of the items of an index of entries noted on another page
        #: (:meth:`described_page_anchors`)
        self.indexed: dict[int, Node] = {}

    def read_items(self, items: list[Node]) -> None:
        """Read the items of one list (see :meth:`list_item`)."""
        # (``- [key_module](./io-control-lib/README.md#key_module)：简单易用的按键检测模块…``:
        # libraries each described here, with its notes under an anchor of another page)
        described = self.described_page_anchors(items)
        if not described and self.own_pages(items):
            for item in items:
                self.doc.add_block("navigation", item.start, item.end)
            return
        if self.venues_covered(items):
            # ``A curated list of … papers from the following conferences:`` over ``- Data
            # Mining`` / ``   * [KDD](url)``: what the list covers, not its entries
            self.doc.add_block("prose", items[0].start, items[-1].end)
            return
        if self.field_card(items):
            # ``* Author: Hu, X., …`` / ``* Description …: …`` / ``* Link: url`` under a data
            # set's heading: the fields of what the heading names, no entries
            for item in items:
                self.doc.add_block("fields", item.start, item.end)
            return
        named = self.named_groups(items)
        self.one_groups |= kept_items(
            self.among_categories(items) | self.bold_groups_of_one(items), items
        )
        self.profiled |= kept_items(self.profile_groups(items), items)
        if described:
            self.indexed |= {id(item): item for item in items}
        labels = [self._label_item(item) for item in items]
        # (whether an item with a link comes after each item: asked only of a list that
        # has a label item)
        linked_after = [False] * len(items)
        for index in range(len(items) - 2, -1, -1) if any(labels) else ():
            linked_after[index] = linked_after[index + 1] or self.any_entry([items[index + 1]])
        for index, (item, linked) in enumerate(zip(items, self.linked_flags(items), strict=True)):
            label = labels[index] if linked_after[index] else None
            if label is not None:
                # ``- ***Cross person:***`` over items of linked papers: the name of the group
                # of the items after it, written as an item of their list
                self.doc.set_label(label, "label", item.start, item.end)
                self.doc.add_block("label", item.start, item.end)
                continue
            self.list_item(item, linked, named)

    def _label_item(self, item: Node) -> str | None:
        """The name an item is when it is only bold text closed by a colon (``- **Cross
        person:**``), nothing under it; else None."""
        if len(item.children) != 1 or item.children[0].type != "paragraph":
            return None
        segs = self.doc.inline_segments(item.children[0])
        text = plain(segs).strip()
        if not bold_only(segs) or not text.rstrip("*_ ").endswith((":", "：")):
            return None
        return category_title(segs, text) or None

    def field_card(self, items: list[Node]) -> bool:
        """Whether every item of a list (three or more) is one line ``Label: value`` whose
        label a table's header would name (``Author``, ``Link``, ``Description …``), no
        nested list, one of them a link at most: a card of fields, not a list of entries."""
        if len(items) < _CARD_FIELDS:
            return False
        linked = 0
        roles = 0
        for item in items:
            if len(item.children) != 1 or item.children[0].type != "paragraph":
                return False
            segs = self.doc.inline_segments(item.children[0])
            found = _CARD_LINE.match(plain(segs))
            if found is None:
                return False
            linked += any(s.kind == "link" for s in segs)
            roles += exact_role(found.group(1)) is not None
        return linked <= 1 and roles >= 2

    def list_item(self, item: Node, linked: bool = True, named: bool = False) -> None:
        """Read one list item: an entry, a group of entries, or layout. ``linked`` says
        whether any item of its list has a link: in a list where none has, an item without
        a link, venue or bold title is a line of prose, not an entry. ``named`` says that
        the items of its list that link a page over nested entries name groups (see
        :meth:`named_groups`)."""
        first = item.children[0] if item.children else None
        # ``* #### [Toolkits](#toolkits)``: a heading as the item's head reads like a line.
        headed = first is not None and first.type in ("paragraph", "heading")
        head_segs = self.doc.inline_segments(first) if first is not None and headed else []
        start = item.start
        head_end = first.end if first is not None and headed else start
        if first is None:
            self.doc.add_block("empty-item", start, start)
            return
        if first.type == "html_block" and first.start == start:
            # ``- <details><summary>Digest</summary> …``: an item whose content is HTML is
            # read as that block, not as an empty item (``* * [x](url)`` still is one)
            self.walk_children(item.children)
            return
        text = plain(head_segs).strip()
        kind = layout_kind(head_segs, text)
        if kind is not None and not self.holds_entries(item):
            self.doc.add_block(kind, start, item.end)
            return
        content = without_navigation(head_segs)
        if content is not head_segs:
            head_segs = content
            text = plain(head_segs).strip().strip("|").strip()
        links = [s for s in head_segs if s.kind == "link" and not is_anchor_segment(s)]
        into_pages = links and all(is_page_section_link(str(s.href)) for s in links)
        if into_pages and title_before_link(head_segs, TITLE_BEFORE_LINK_WORDS):
            # ``- ROSA: Finding Backdoors with Fuzzing - [abstract](classification/ICSE.md#…)``:
            # a paper's title, then its notes on another page of the list: an entry
            into_pages = False
        if into_pages and self.indexed.get(id(item)) is item:
            # ``- [key_module](./io-control-lib/README.md#key_module)：简单易用的按键检测模块…``
            # in a list of such: a library described here, its notes on another page
            into_pages = False
        if into_pages and self.all_toc([item], pages=True):
            # ``- [Visual Captioning](README_multimodal.md#visual-captioning)``: contents of
            # the list's other pages
            self.doc.add_block("toc", start, item.end)
            return
        housekeeping = links and all(is_housekeeping_link(str(s.href)) for s in links)
        if housekeeping and not self.holds_entries(item):
            # ``* [Contributing Guide](CONTRIBUTING.md)``, ``* [Issues](…/issues)``
            self.doc.add_block("meta", start, item.end)
            return
        if first.type == "heading" and links and all("#" in str(s.href) for s in links):
            # ``* #### [Toolkits](https://github.com/o/list#toolkits)``: a table of contents
            # that links to the list's own page by its full address.
            kind = "toc"
            links = []
            if not self.holds_entries(item):
                self.doc.add_block(kind, start, item.end)
                return
        if first.type == "heading" and not links and not self.holds_entries(item):
            self.walk_children(item.children)  # a heading written as a list item
            return
        if not text and kind is not None:
            # Navigation or an anchor list over nested entries: only the entries count.
            self.doc.add_block(kind, start, head_end)
            self.walk_children(item.children[1:])
            return
        if not text:
            self.doc.add_block("empty-item", start, item.end)
            self.walk_children(item.children)
            return
        if is_placeholder(text):
            self.doc.add_block("placeholder", start, item.end)
            return
        unboxed, todo = task_item(head_segs)
        if todo:  # ``- [ ] Add (links to) training code?``: a maintenance checklist
            self.doc.add_block("task", start, item.end)
            return
        if unboxed is not head_segs:
            head_segs, text = unboxed, plain(unboxed).strip()
        lazy = self._lazy_paper(head_segs, start, head_end) if len(item.children) == 1 else None
        if lazy is not None:
            head_segs, paper_segs, paper_line = lazy
            paper_end = head_end
            head_end = paper_line - 1
        children = item.children[1:]
        nested = [c for c in children if c.type in ("bullet_list", "ordered_list")]
        child_items = [i for lst in nested for i in lst.children]
        if not links and child_items and self.all_toc(child_items):
            # ``* 语言无关类`` over ``* [操作系统](#操作系统)``…: a group of the contents
            self.doc.add_block("toc", start, item.end)
            return
        if (
            not links
            and text
            and (self.parts_of_one(child_items) or self.profiled.get(id(item)) is item)
        ):
            # ``- Write a C compiler`` over ``- [Part 1: Integers, …](url)``, ``- [Part 2:
            # …](url)``: one work in parts, one entry with every part's link; ``- BitDahi``
            # over ``- [YouTube](url)``, ``- [Instagram](url)``: a creator and its profiles
            # (``Machine that Changed the World - a documentary …``: the name, then a note)
            name, _, described = text.partition(" - ")
            series = Draft(title=name.strip() if described else text, shape="text-title")
            if described:
                series.notes.append(described.strip())
            for sub in child_items:
                for seg in self.doc.inline_segments(sub.children[0]):
                    if seg.kind == "link" and seg.href:
                        series.links.append(
                            LinkDraft(href=str(seg.href), style=str(seg.style), label=seg.text)
                        )
            self.doc.add_entry(series, start, item.end)
            return
        cited_title = self._citation_of(text, child_items) if not links else None
        if cited_title is not None:
            # ``1. Title`` over ``* Liu X, Liu W, et al. Title[C]//Venue. 2016.[[pdf]](url)``:
            # the paper's title, then its citation, one entry
            cited_title.title = text
            self.doc.add_entry(cited_title, start, item.end)
            return
        heads = [self.head_segments(sub) or [] for sub in child_items]
        if not links and len(nested) == len(children) == 1 and emoji_fields(heads):
            # ``- **NASA Battery Data Set**`` over ``📅 *Year*: 2008``, ``🔗 [Download](url)``…
            thing = interpret(head_segs)
            if thing is not None:
                fields = [
                    (h, self._lines_under(sub)) for h, sub in zip(heads, child_items, strict=True)
                ]
                self.doc.add_entry(named_card(thing, fields), start, item.end)
                return
        if not links and self._paragraphs_of_papers(children):
            # ``- Python Interpreter`` over ``**Pal: Program-aided …**, ICML 2023. [[Paper]](url)``
            # paragraphs: a group, each paragraph its entry
            self.group(category_title(head_segs, text), "list-item", start, head_end, children)
            return
        if (
            not links
            and child_items
            and self.any_entry(child_items)
            and not all(self._detail_lines(sub) is not None for sub in child_items)
            and not self.field_card(child_items)
            and (
                self.one_groups.get(id(item)) is item
                or not self._name_over_paper(head_segs, child_items)
            )
            and not self._cited_under(child_items)
        ):
            # A list item with no link of its own that holds entries names a group
            # (``* **Python**``, ``* <a id="py"></a> **Python** - libraries | [top](#top)``).
            title = category_title(head_segs, text)
            if is_meta_group(title) and not self.linked_resources(child_items):
                # ``- Introduction:`` over ``- List of awesome papers …``, ``- Any
                # [contributions](…) are welcomed``: sentences about the list, layout
                self.doc.add_block("meta", start, item.end)
                return
            if is_sentence(title):
                # ``- 当你看到这一篇文档，…的路径。`` over the groups: prose, not a group name.
                self.doc.add_block("prose", start, head_end)
                self.walk_children(children)
            else:
                self.group(title, "list-item", start, head_end, children)
            return
        if not links and self.unlinked_papers(head_segs, child_items):
            # ``+ Static Analysis`` over ``  + FlowDroid: …, PLDI 2014``: papers cited
            # without links, grouped under the name
            self.group(category_title(head_segs, text), "list-item", start, head_end, children)
            return
        group = self._linked_group(
            head_segs, child_items, one=self.one_groups.get(id(item)) is item
        )
        if group is not None and (named or names_group(group)):
            # ``- [ACL2020](ACL/ACL2020.md)`` over its papers: a group, not a resource.
            self.group(group, "linked-item", start, head_end, children)
            return
        if not links and bold_only(head_segs) and any(c.type == "table" for c in children):
            # ``* **GOT-10k:star2:**`` over a table of trackers (and notes under it): the
            # name of the table's group, not a resource with the notes' links
            self.group(category_title(head_segs, text), "list-item", start, head_end, children)
            return
        card = field_card(head_segs, [self.head_segments(sub) for sub in child_items])
        if card is not None and len(nested) == len(children):
            self.doc.add_entry(card, start, item.end)  # ``- **Title**: …`` over its fields
            return
        draft = interpret(head_segs)
        if draft is None:
            self.doc.add_block("empty-item", start, item.end)
            return
        cited = citation_title(head_segs)  # ``- Authors. "Title." Venue (2015). [pdf](url)``
        if cited is not None:
            draft.title = cited
            fill_citation_fields(draft, head_segs, in_item=True)
        end, later = self.entry_children(draft, children, head_end)
        entry = self.doc.add_entry(draft, start, end)
        if lazy is not None:
            paper = interpret(paper_segs)
            if paper is not None:
                self.doc.add_entry(paper, paper_line, paper_end)
        if not (
            linked
            or draft.links
            # (a venue or year names a paper; alone, ``- **2016** : +60 citations`` is prose)
            or (draft.venue is not None and any(c.isalnum() for c in draft.title))
            # an item with details of its own under it, unless they are lines of prose
            # (``- 问题`` over the questions a guide answers)
            or (children and not (draft.notes and all(map(is_prose_line, draft.notes))))
            or bold_only(head_segs)
            or text.startswith("《")
        ):
            self.doc.unlinked.append(entry)
        depth = len(self.doc.extra_path)
        if group is not None:
            # ``- [Ensemble Learning](url)`` over ``- [Boosting](url)``…: a resource that
            # also names the group of the resources nested under it.
            self.doc.add_section(group, depth + LABEL_LEVEL, "linked-item", start, end)
            self.doc.extra_path.append(group)
        try:
            for node, node_linked, node_named in later:
                if node.type == "list_item":
                    self.list_item(node, node_linked, node_named)
                else:
                    self.doc.walk([node])
        finally:
            # (a heading inside the item, ``- ##### Token-wise Generation``, may have
            # started the path afresh: only what is left of the group's goes)
            del self.doc.extra_path[depth:]

    def _lines_under(self, item: Node) -> list[list[Segment]]:
        """The segments of every item nested (at any depth) under ``item``."""
        lines: list[list[Segment]] = []
        for child in item.children[1:]:
            for sub in child.children if child.type in ("bullet_list", "ordered_list") else []:
                lines.append(self.head_segments(sub) or [])
                lines.extend(self._lines_under(sub))
        return lines

    def _cited_under(self, child_items: list[Node]) -> bool:
        """``- GraphCL: Graph Contrastive Learning with Augmentations.`` over ``  - Y. You,
        …. *NIPS 2020*. [[pdf]](url)``: a paper's title over its names, venue and links, one
        entry, not a group of one."""
        if not child_items:
            return False
        segs = self._citation_segments(child_items[0])
        return segs is not None and names_then_emphasised_venue(Draft(title=""), segs)

    def _citation_of(self, title: str, child_items: list[Node]) -> Draft | None:
        """The one nested item under a link-less title that cites that title with its link
        (``* Yan K, Tian Y, et al. Exploiting Multi-Grain Ranking …[C]//Proceedings of …
        2017.[[pdf]](url)``), read; None for anything else."""
        if len(child_items) != 1 or len(title.split()) < _CITED_TITLE_WORDS:
            return None
        segs = self.head_segments(child_items[0])
        if not segs or not any(s.kind == "link" for s in segs):
            return None
        if normalize_title(title) not in normalize_title(plain(segs)):
            return None
        return interpret(segs)

    def _name_over_paper(self, head: list[Segment], child_items: list[Node]) -> bool:
        """``- **diff2vec**`` over its linked paper title and label links (``[[Python]](url)``):
        one entry, the bold name's, not a group of one paper."""
        if not bold_only(head):
            return False
        papers = [sub for sub in child_items if self._detail_lines(sub) is None]
        return len(papers) == 1 and self.paper_under_name(papers[0]) is not None

    def _paragraphs_of_papers(self, children: list[Node]) -> bool:
        """Whether an item's later blocks are paragraphs, each a paper: a bold title of a few
        words with a link after it (``**Title**, Venue Year. [[Paper]](url)``)."""
        paragraphs = [c for c in children if c.type == "paragraph"]
        if not paragraphs or len(paragraphs) != len(children):
            return False
        for paragraph in paragraphs:
            segs = visible(self.doc.inline_segments(paragraph))
            if not segs or segs[0].kind != "strong" or not any(s.kind == "link" for s in segs):
                return False
            if len(segs[0].text.split()) < _PAPER_TITLE_WORDS:
                return False  # (``**Note**: see [docs](url)``: a remark, no paper)
        return True

    def group(self, title: str, kind: str, start: int, end: int, children: list[Node]) -> None:
        """Read ``children`` as the group ``title`` names (a category item)."""
        depth = len(self.doc.extra_path)
        self.doc.add_section(title, depth + LABEL_LEVEL, kind, start, end)
        self.doc.extra_path.append(title)
        try:
            self.walk_children(children)
        finally:
            # (a heading inside the group, ``- ##### Token-wise Generation``, may have
            # started the path afresh: only what is left of the group's goes)
            del self.doc.extra_path[depth:]

    def _lazy_paper(
        self, segs: list[Segment], start: int, end: int
    ) -> tuple[list[Segment], list[Segment], int] | None:
        """``- [Tool](url) - description`` followed, with no blank line, by a paper
        paragraph (``**Title**`` / ``*Authors*`` / ``CIKM 23 [[link](url)]``): Markdown
        continues the item's paragraph lazily, but the bold title line starts an entry of
        its own. Returns the item's segments, the paper's, and the paper's first line."""
        lines = split_lines(segs)
        at = next((i for i in range(1, len(lines)) if bold_only(lines[i])), None)
        if at is None or not any(s.kind == "link" for s in lines[0]):
            return None
        bold = next(s for s in lines[at] if s.kind == "strong").text.strip()
        line = next(
            (n for n in range(start + 1, end + 1) if bold in self.doc.lines[n - 1]),
            None,
        )
        if line is None:
            return None
        head = [s for ln in lines[:at] for s in [*ln, Segment("break", "\n")]][:-1]
        tail = [s for ln in lines[at:] for s in [*ln, Segment("break", "\n")]][:-1]
        return head, tail, line

    def walk_children(self, nodes: list[Node]) -> None:
        for node in nodes:
            if node.type in ("bullet_list", "ordered_list"):
                self.read_items(node.children)
            else:
                self.doc.walk([node])


#: The fewest items of a card of fields (``Author:``, ``Description:``, ``Link:``).
_CARD_FIELDS = 3
#: ``Annotation (categorical): …``, ``Description and music styles: …``: a field's label
#: (a few words, brackets allowed) and its colon.
_CARD_LINE = re.compile(r"\s{0,3}([^\W\d_][^:：\n\[\]]{0,40}?)\s?(?::\s|：)")
