"""List items: an entry with the sub-items that only add to it (notes, ``Code: url``
lines, comments), a category item that names the group of the items nested under it, or
layout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from awesome_ptm.model import Entry, Source
from awesome_ptm.parse._categories import (
    bold_only,
    category_title,
    is_one_word_name,
    is_prose_line,
    is_sentence,
    link_only,
    names_group,
)
from awesome_ptm.parse._checklist import task_item
from awesome_ptm.parse._entry import (
    Draft,
    LinkDraft,
    author_line,
    clean_label,
    interpret,
    interpret_lines,
    line_kind,
)
from awesome_ptm.parse._inline import Segment, plain, split_lines
from awesome_ptm.parse._link_lines import link_line, plain_target
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._material import material_parts, take_part
from awesome_ptm.parse._navigation import (
    image_only,
    is_anchor_segment,
    is_navigation_segment,
    layout_kind,
    without_navigation,
)
from awesome_ptm.parse._outline import LABEL_LEVEL
from awesome_ptm.parse._quoted import citation_title
from awesome_ptm.parse._vocabulary import is_placeholder
from awesome_ptm.titles import plain_title

if TYPE_CHECKING:
    from awesome_ptm.parse._document import Builder

#: The marks a quotation opens with.
_QUOTES = ('"', "“", "「")

#: How many link-less items closing a list of links make its to-do tail (one alone may be a
#: resource named without its link).
_PLANNED_TAIL = 2


class ItemReader:
    """Reads the list items of one file into its :class:`Builder`."""

    def __init__(self, doc: Builder) -> None:
        self.doc = doc
        #: ids of the items that name a group over one nested entry (:meth:`among_categories`)
        self.one_groups: set[int] = set()

    def read_items(self, items: list[Node]) -> None:
        """Read the items of one list (see :meth:`list_item`)."""
        named = self.named_groups(items)
        self.one_groups |= self.among_categories(items)
        for item, linked in zip(items, self.linked_flags(items), strict=True):
            self.list_item(item, linked, named)

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
        if (
            not links
            and child_items
            and self.any_entry(child_items)
            and not all(self._detail_lines(sub) is not None for sub in child_items)
        ):
            # A list item with no link of its own that holds entries names a group
            # (``* **Python**``, ``* <a id="py"></a> **Python** - libraries | [top](#top)``).
            title = category_title(head_segs, text)
            if is_sentence(title):
                # ``- 当你看到这一篇文档，…的路径。`` over the groups: prose, not a group name.
                self.doc.add_block("prose", start, head_end)
                self.walk_children(children)
            else:
                self.group(title, "list-item", start, head_end, children)
            return
        group = self._linked_group(head_segs, child_items, one=id(item) in self.one_groups)
        if group is not None and (named or names_group(group)):
            # ``- [ACL2020](ACL/ACL2020.md)`` over its papers: a group, not a resource.
            self.group(group, "linked-item", start, head_end, children)
            return
        draft = interpret(head_segs)
        if draft is None:
            self.doc.add_block("empty-item", start, item.end)
            return
        cited = citation_title(head_segs)  # ``- Authors. "Title." Venue (2015). [pdf](url)``
        draft.title = cited or draft.title
        end = head_end
        later: list[tuple[Node, bool, bool]] = []
        for child in children:
            if child.type == "paragraph":
                child_segs = self.doc.inline_segments(child)
                child_links = [s for s in child_segs if s.kind == "link"]
                extra = interpret(child_segs) if child_links else None
                if extra is None and author_line(draft, child_segs):
                    pass
                elif extra is not None:
                    draft.links.extend(extra.links)
                    draft.notes.extend(
                        n for n in [extra.title, *extra.notes] if n and extra.shape != "bare-url"
                    )
                else:
                    draft.notes.append(plain(child_segs).strip())
                end = max(end, child.end)
            elif child.type in ("bullet_list", "ordered_list"):
                flags = self.linked_flags(child.children)
                sub_named = self.named_groups(child.children)
                self.one_groups |= self.among_categories(child.children)
                parts = material_parts(child.children, self.doc.inline_segments)
                for sub, sub_linked in zip(child.children, flags, strict=True):
                    if id(sub) in parts:
                        take_part(sub, draft, self.doc.inline_segments)
                        end = max(end, sub.end)
                    elif self._note_item(sub, draft):
                        end = max(end, sub.end)
                    else:
                        later.append((sub, sub_linked, sub_named))
            else:
                later.append((child, True, False))
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
        if group is not None:
            # ``- [Ensemble Learning](url)`` over ``- [Boosting](url)``…: a resource that
            # also names the group of the resources nested under it.
            self.doc.add_section(
                group, len(self.doc.extra_path) + LABEL_LEVEL, "linked-item", start, end
            )
            self.doc.extra_path.append(group)
        try:
            for node, node_linked, node_named in later:
                if node.type == "list_item":
                    self.list_item(node, node_linked, node_named)
                else:
                    self.doc.walk([node])
        finally:
            if group is not None:
                self.doc.extra_path.pop()

    def group(self, title: str, kind: str, start: int, end: int, children: list[Node]) -> None:
        """Read ``children`` as the group ``title`` names (a category item)."""
        self.doc.add_section(title, len(self.doc.extra_path) + LABEL_LEVEL, kind, start, end)
        self.doc.extra_path.append(title)
        try:
            self.walk_children(children)
        finally:
            self.doc.extra_path.pop()

    def named_groups(self, items: list[Node]) -> bool:
        """Whether the items of a list that are one link over nested entries name groups:
        most of them (two at least) are questions, venues or years (``- [论文不会找怎么办？](…)``
        … ``- [外文写起来麻烦怎么办](…)``): the items of one list play one part."""
        titles = []
        for item in items:
            first = item.children[0] if item.children else None
            if first is None or first.type != "paragraph" or len(item.children) < 2:
                continue
            nested = [c for c in item.children[1:] if c.type in ("bullet_list", "ordered_list")]
            child_items = [i for lst in nested for i in lst.children]
            title = self._linked_group(self.doc.inline_segments(first), child_items)
            if title is not None:
                titles.append(title)
        named = sum(1 for title in titles if names_group(title))
        return named >= 2 and 2 * named >= len(titles)

    def among_categories(self, items: list[Node]) -> set[int]:
        """The items (their ids) that link a resource over nested entries in a list whose
        other items over nested entries are category items, two at least and no fewer
        (``- [Outliers](#outliers-)`` … ``- [Elastic Net](wiki)`` over one paper): like
        their siblings they name the group of what is nested, even over one entry."""
        categories = 0
        linked: list[int] = []
        for item in items:
            first = item.children[0] if item.children else None
            if first is None or first.type != "paragraph":
                continue
            nested = [c for c in item.children[1:] if c.type in ("bullet_list", "ordered_list")]
            child_items = [i for lst in nested for i in lst.children]
            if not child_items or not self.any_entry(child_items):
                continue
            head = self.doc.inline_segments(first)
            if any(s.kind == "link" and not is_anchor_segment(s) for s in head):
                linked.append(id(item))
            else:
                categories += 1
        if categories < 2 or categories < len(linked):
            return set()
        return set(linked)

    def _linked_group(
        self, head: list[Segment], child_items: list[Node], *, one: bool = False
    ) -> str | None:
        """The group an item that is one link names for the entries nested under it (two
        or more, or one under a question, venue or year, or, with ``one``, any), or None."""
        link = link_only(head) if child_items else None
        if link is None:
            return None
        title = plain_title(link.text)
        under = [
            sub for sub in child_items if self._detail_lines(sub) is None and self.any_entry([sub])
        ]
        if len(under) >= 2 or (under and (one or names_group(title))):
            return title
        return None

    def _detail_lines(self, sub: Node) -> list[list[Segment]] | None:
        """The lines of a nested item that only adds to its parent (a note without a link,
        a bare URL, ``地址：url`` / ``Code: url`` lines, badges), or None."""
        if len(sub.children) != 1 or sub.children[0].type != "paragraph":
            return None
        segs = self.doc.inline_segments(sub.children[0])
        if not plain(segs).strip():
            return None
        lines = split_lines(segs)
        for line in lines:
            kind = line_kind(line)
            if kind == "empty" or image_only(line):
                continue
            links = [s for s in line if s.kind == "link"]
            if not links:
                continue
            if kind not in ("url", "label-url"):
                return None
            if kind == "url" and not all(plain_target(s) for s in links):
                return None  # ``- [textacy](url)``: a resource of its own
        return lines

    def _comment_item(self, sub: Node, parent: Draft) -> bool:
        """A nested item that comments its parent: a quotation with its source
        (``"Transformer-XL is …" — [Thomas Wolf](url).``) or one link that labels the
        details under it (``[Comments from HN](url):`` then a ``<details>`` block). Its
        links are the parent's. True when it was taken in."""
        first = sub.children[0] if sub.children else None
        if first is None or first.type != "paragraph" or self.holds_entries(sub):
            return False
        segs = [
            s
            for s in self.doc.inline_segments(first)
            if not (s.kind == "text" and not s.text.strip())
        ]
        links = [s for s in segs if s.kind == "link"]
        if not links:
            return False
        quoted = segs[0].kind == "text" and segs[0].text.lstrip().startswith(_QUOTES)
        labelling = (
            len(segs) == 2
            and segs[0].kind == "link"
            and segs[1].kind == "text"
            and segs[1].text.strip() in (":", "：")
            and len(sub.children) > 1
        )
        if not (quoted or labelling):
            return False
        for seg in links:
            own = clean_label(seg.text) if seg.style == "inline" and seg.text != seg.href else None
            parent.links.append(LinkDraft(href=str(seg.href), style=str(seg.style), label=own))
        return True

    def _note_item(self, sub: Node, parent: Draft) -> bool:
        """A nested item without a link of its own is a note of its parent; a nested item
        of bare URLs or ``label: URL`` lines gives its parent more links."""
        if self._comment_item(sub, parent):
            return True
        lines = self._detail_lines(sub)
        if lines is None:
            return self._outline_item(sub, parent)
        for line in lines:
            kind = line_kind(line)
            links = [s for s in line if s.kind == "link"]
            if not links:
                text = plain(line).strip()
                if text and not image_only(line):
                    parent.notes.append(text)
                continue
            label = clean_label(plain([s for s in line if s.kind != "link"]))
            for seg in links:
                own = (
                    clean_label(seg.text)
                    if seg.style == "inline" and seg.text != seg.href
                    else None
                )
                style = "paren" if seg.style == "bare" and seg.in_parens else str(seg.style)
                draft_label = own or (label if kind == "label-url" else None)
                parent.links.append(LinkDraft(href=str(seg.href), style=style, label=draft_label))
        return True

    def _outline_item(self, sub: Node, parent: Draft) -> bool:
        """A nested item with items of its own and no link anywhere (``- 论文动机：`` over
        its points, ``- 3.1 Fixed patterns`` over its sub-points) outlines its parent: its
        line is a note of the parent. True when it was taken in."""
        first = sub.children[0] if sub.children else None
        if first is None or first.type != "paragraph" or len(sub.children) < 2:
            return False
        if any(c.type not in ("bullet_list", "ordered_list") for c in sub.children[1:]):
            return False
        segs = self.doc.inline_segments(first)
        if any(s.kind == "link" for s in segs) or self.any_entry([sub]):
            return False
        text = plain(segs).strip()
        if text:
            parent.notes.append(text)
        return True

    def titled_links(self, node: Node) -> bool:
        """``**Title**`` then a list of ``- Paper: url`` items: one entry, made here."""
        assert self.doc.pending is not None
        lines: list[list[Segment]] = []
        for item in node.children:
            if len(item.children) != 1 or item.children[0].type != "paragraph":
                return False
            segs = self.doc.inline_segments(item.children[0])
            if "\n" in plain(segs) or not link_line(segs):
                return False
            if any(is_anchor_segment(seg) or is_navigation_segment(seg) for seg in segs):
                return False  # a table of contents under a bold group name
            lines.append(segs)
        title_node, title_segs = self.doc.pending
        draft = interpret_lines([title_segs, *lines])
        if draft is None:
            return False
        self.doc.pending = None
        self.doc.add_entry(draft, title_node.start, node.end)
        return True

    def holds_entries(self, item: Node) -> bool:
        """Whether a list item has nested items with links of their own (a ToC item's
        nested items link to anchors only)."""
        return self.any_entry(
            [
                sub
                for child in item.children[1:]
                if child.type in ("bullet_list", "ordered_list")
                for sub in child.children
            ]
        )

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

    def detail_of(self, entry: Entry, node: Node) -> bool:
        """``1. [HuggingFace](url): …`` then, after a blank line, ``- 模型下载地址: <url>``:
        a bullet list right after a numbered list (a list of its own only because its
        marker changed) whose items each give a link line, a sentence or a comment (see
        :meth:`_comment_item`), never a title link, adds to the entry of the numbered
        list's last item. True when it was taken in."""
        if node.type != "bullet_list" or not node.children:
            return False
        scratch = Draft(title="")
        for item in node.children:
            if self._comment_item(item, scratch):
                continue
            if len(item.children) != 1 or item.children[0].type != "paragraph":
                return False
            segs = [s for s in self.doc.inline_segments(item.children[0]) if s.kind != "break"]
            if not segs or (segs[0].kind == "link" and segs[0].style == "inline"):
                return False  # ``- [Name](url)``: an entry of its own
            if segs[0].kind == "strong":
                return False
            draft = interpret(segs)
            if draft is None:
                return False
            scratch.links.extend(draft.links)
            note = plain(segs).strip() if draft.shape == "text-title" else ""
            if note and line_kind(segs) not in ("url", "label-url"):
                scratch.notes.append(note)
        end = self.doc.trimmed_end(node.start, node.end)
        entry.links.extend(self.doc.make_links(scratch.links, node.start, end))
        entry.notes.extend(scratch.notes)
        entry.source = Source(self.doc.path, entry.source.line, end)
        entry.raw = self.doc.raw(entry.source.line, end)
        return True

    def linked_flags(self, items: list[Node]) -> list[bool]:
        """For each item of a list, whether an item with a link comes at or before it. The
        link-less items that open a list of links (``* Drop OOV words!`` then
        ``* [ALaCarte](url): …``) introduce it, as a list where no item has a link does;
        a link-less item between linked ones is one more entry without a link. So is one
        that opens the list with a name of one word (``- S3VM`` before ``- [Clustering](url)``):
        a resource named without its link, not a sentence. A run of link-less items after
        the last linked one closes the list as its to-do tail (articles planned, not
        written): no entries in a list of links."""
        flags: list[bool] = []
        seen = False
        for item in items:
            seen = seen or self.any_entry([item])
            flags.append(seen)
        if seen:
            for index, flag in enumerate(flags):
                if flag:
                    break
                flags[index] = self._one_word_item(items[index])
            # The link-less items that close a list of links are its plans, not yet written
            # (``- [KV Cache](url)`` … then ``- FlashAttention``, ``- Flash Decoding``); one
            # alone may be a resource named without its link.
            tail = 0
            while tail < len(items) and not self.any_entry([items[len(items) - 1 - tail]]):
                tail += 1
            if tail >= _PLANNED_TAIL:
                flags[len(items) - tail :] = [False] * tail
        return flags

    def _one_word_item(self, item: Node) -> bool:
        first = item.children[0] if len(item.children) == 1 else None
        if first is None or first.type != "paragraph":
            return False
        return is_one_word_name(plain(self.doc.inline_segments(first)))

    def any_entry(self, items: list[Node]) -> bool:
        for item in items:
            first = item.children[0] if item.children else None
            if (
                first is not None
                and first.type == "paragraph"
                and any(
                    s.kind == "link" and not is_anchor_segment(s) and not is_navigation_segment(s)
                    for s in self.doc.inline_segments(first)
                )
            ):
                return True
            for child in item.children[1:]:
                if child.type in ("bullet_list", "ordered_list") and self.any_entry(child.children):
                    return True
        return False

    def walk_children(self, nodes: list[Node]) -> None:
        for node in nodes:
            if node.type in ("bullet_list", "ordered_list"):
                self.read_items(node.children)
            else:
                self.doc.walk([node])
