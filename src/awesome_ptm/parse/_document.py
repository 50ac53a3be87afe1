"""Walk a Markdown file's blocks and build the :class:`~awesome_ptm.model.Document`."""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from awesome_ptm._gc import gc_paused
from awesome_ptm.identity import canonical_url, link_kind
from awesome_ptm.model import Block, Document, Entry, Heading, Layout, Link, Section, Source
from awesome_ptm.parse._dates import complete_from_notes
from awesome_ptm.parse._entry import (
    _LABEL_MAX,
    Draft,
    LinkDraft,
    author_line,
    clean_label,
    interpret,
    interpret_head,
    interpret_lines,
    is_generic_label,
    line_kind,
)
from awesome_ptm.parse._html_table import read_html_table
from awesome_ptm.parse._inline import Segment, identifiers_in, plain, segments, split_lines
from awesome_ptm.parse._markdown import Node, block_tree, markdown
from awesome_ptm.parse._navigation import (
    badge_line,
    image_only,
    is_anchor_segment,
    is_meta_heading,
    is_meta_text,
    is_navigation_segment,
    is_page_link,
    is_pointer,
    is_sentence_paragraph,
    mentions_link,
)
from awesome_ptm.parse._table import Row, read_rows
from awesome_ptm.parse._vocabulary import is_placeholder, is_toc_marker
from awesome_ptm.titles import normalize_title, plain_title

_BOOK_ONLY = "《"
#: The marks a quotation opens with.
_QUOTES = ('"', "“", "「")
#: ``1. C-Eval``: the numbering of a heading that names an entry.
_NUMBERING = re.compile(r"^\d{1,4}[.)、]\s*")
#: A file with at least this many entries with links is a list of links: its link-less
#: bullets in lists without any link are prose.
_MIN_LINKED = 5


class _Builder:
    """State while walking one file: the heading path, the cursor for locating links."""

    def __init__(self, text: str, path: str) -> None:
        self.text = text
        self.path = path
        self.lines = text.split("\n")
        self.line_offsets = [0]
        for line in self.lines:
            self.line_offsets.append(self.line_offsets[-1] + len(line) + 1)
        self.headings: list[Heading] = []
        self.sections: list[Section] = []
        self.entries: list[Entry] = []
        self.blocks: list[Block] = []
        self.heading_path: list[tuple[int, str]] = []
        self.extra_path: list[str] = []
        #: The level of the meta heading (Contributing, License...) whose section the walk
        #: is in: its content is kept as ``meta`` blocks, never read as entries.
        self.meta_level: int | None = None
        #: A paragraph that is only a bold title, waiting for the list of its links
        #: (``**Title**`` then ``- Paper: url`` / ``- Code: url``), with its segments.
        self.pending: tuple[Node, list[Segment]] | None = None
        #: Entries from items of lists where no item has a link: prose bullets when the
        #: document is a list of links (decided at the end, see :meth:`finish`).
        self.unlinked: list[Entry] = []
        #: Entries from paragraphs written as a sentence around their link: prose that
        #: introduces a section when the file's entries are elsewhere (see :meth:`finish`).
        self.sentences: list[Entry] = []
        #: The entry of the last item of the numbered list just read (``1. [Hub](url): …``),
        #: whose details may follow as a one-item bullet list (``- 下载地址: <url>``).
        self.single_item: Entry | None = None
        #: The links of the prose under the last heading, for an entry the heading names.
        self.heading_links: list[LinkDraft] = []
        #: ``<details><summary>`` just opened (its heading comes next), and the level of
        #: the summary heading of the details the walk is in.
        self.summary_open = False
        self.details_level: int | None = None
        self.md = markdown()
        self._segments: dict[int, list[Segment]] = {}

    # -- sections ---------------------------------------------------------------------

    def section_path(self) -> list[str]:
        return [title for _, title in self.heading_path] + self.extra_path

    def add_section(self, title: str, level: int, kind: str, line: int, end: int) -> None:
        self.sections.append(
            Section(
                title=title,
                level=level,
                kind=kind,
                path=self.section_path(),
                source=Source(self.path, line, end),
            )
        )

    # -- entries ----------------------------------------------------------------------

    def raw(self, start: int, end: int) -> str:
        while end > start and not self.lines[end - 1].strip():
            end -= 1
        return "\n".join(self.lines[start - 1 : end])

    def trimmed_end(self, start: int, end: int) -> int:
        while end > start and not self.lines[end - 1].strip():
            end -= 1
        return end

    def locate(
        self, written: list[str], start: int, end: int, cursor: int
    ) -> tuple[str, int, int, int]:
        """Find a link target in the source lines; return (as written, line, column, cursor)."""
        lo = max(self.line_offsets[start - 1], cursor)
        hi = self.line_offsets[min(end, len(self.lines))]
        for candidate in written:
            found = self._find(candidate, lo, hi)
            if found is not None:
                return found
        return written[-1] if written else "", start, 0, cursor

    def _find(self, candidate: str, lo: int, hi: int) -> tuple[str, int, int, int] | None:
        if not candidate:
            return None
        index = self.text.find(candidate, lo, hi)
        if index < 0:
            return None
        line = bisect.bisect_right(self.line_offsets, index)
        column = index - self.line_offsets[line - 1] + 1
        return candidate, line, column, index + len(candidate)

    def make_links(self, drafts: list[LinkDraft], start: int, end: int) -> list[Link]:
        links: list[Link] = []
        cursor = 0
        for draft in drafts:
            if draft.style == "inline":
                # markdown-it gives an inline link's target percent-encoded; the source may
                # hold it decoded. Decoding costs an mdurl parse, so it is done only when the
                # target as given is not in the source (the result is the same either way).
                lo = max(self.line_offsets[start - 1], cursor)
                hi = self.line_offsets[min(end, len(self.lines))]
                found = self._find(draft.href, lo, hi)
                if found is None:
                    decoded = self.md.normalizeLinkText(draft.href)
                    candidates = [draft.href, decoded] if decoded != draft.href else [draft.href]
                    found = self.locate(candidates, start, end, cursor)
                url, line, column, cursor = found
            else:
                url, line, column, cursor = self.locate([draft.href], start, end, cursor)
            links.append(
                Link(
                    url=url,
                    canonical=canonical_url(url),
                    kind=link_kind(url, draft.label),
                    label=draft.label,
                    style=draft.style,
                    line=line,
                    column=column or None,
                    text=draft.text,
                )
            )
        return links

    def add_entry(self, draft: Draft, start: int, end: int, **extra: object) -> Entry:
        end = self.trimmed_end(start, end)
        links = self.make_links(draft.links, start, end)
        venue = draft.venue
        raw = self.raw(start, end)
        entry = Entry(
            id="",
            title=plain_title(draft.title),
            links=links,
            section=self.section_path(),
            source=Source(self.path, start, end),
            raw=raw,
            shape=draft.shape,
            venue=venue.venue if venue else None,
            venue_raw=venue.raw if venue else None,
            year=venue.year if venue else None,
            authors=draft.authors,
            notes=[n for n in draft.notes if n],
            aliases=draft.aliases,
        )
        for key, value in extra.items():
            setattr(entry, key, value)
        written = identifiers_in(raw)
        if written:
            entry.identifiers = _identifiers(written, links)
        if draft.shape != "table-row":  # a table's dates come from its date column
            complete_from_notes(entry)
        self.entries.append(entry)
        return entry

    def add_block(self, kind: str, start: int, end: int) -> None:
        end = self.trimmed_end(start, end)
        self.blocks.append(Block(kind=kind, line=start, end_line=end, text=self.raw(start, end)))

    # -- walking ----------------------------------------------------------------------

    def finish(self) -> None:
        """End of the file: a waiting bold title is prose; so are the items of link-less
        lists in a list of links (an introduction's bullets, notes under an entry), while a
        file of link-less items keeps them as its entries."""
        self.flush_pending()
        self._drop_preamble()
        self._drop_sentences()
        if not self.unlinked:
            return
        linked = sum(1 for entry in self.entries if entry.links)
        if linked < _MIN_LINKED or linked <= len(self.unlinked):
            return
        prose = {id(entry) for entry in self.unlinked}
        self.entries = [entry for entry in self.entries if id(entry) not in prose]
        for entry in self.unlinked:
            self.blocks.append(Block("prose", entry.source.line, entry.source.end_line, entry.raw))
        self.blocks.sort(key=lambda block: block.line)
        self.unlinked = []

    def _drop_sentences(self) -> None:
        """Paragraphs that describe a resource in a running sentence (``The [RACE
        dataset](url) is a reading comprehension dataset…``) introduce their sections
        when the file's entries are its list items and table rows."""
        if not self.sentences:
            return
        others = len(self.entries) - len(self.sentences)
        if others < max(_MIN_LINKED, 2 * len(self.sentences)):
            return
        self._to_prose(self.sentences)
        self.sentences = []

    def _to_prose(self, entries: list[Entry]) -> None:
        """Turn ``entries`` into prose blocks."""
        dropped = {id(entry) for entry in entries}
        self.entries = [entry for entry in self.entries if id(entry) not in dropped]
        self.unlinked = [entry for entry in self.unlinked if id(entry) not in dropped]
        for entry in entries:
            self.blocks.append(Block("prose", entry.source.line, entry.source.end_line, entry.raw))
        self.blocks.sort(key=lambda block: block.line)

    def _drop_preamble(self) -> None:
        """What stands between the list's title (``# Awesome X``) and its first section is
        its introduction: the sources to cite, the author's related lists. When the
        sections below hold the list's entries, links there are not entries."""
        if len(self.headings) < 2 or self.headings[0].level != 1 or self.headings[1].level == 1:
            return
        lo, hi = self.headings[0].line, self.headings[1].line
        intro = [entry for entry in self.entries if lo < entry.source.line < hi]
        if not intro or len(self.entries) - len(intro) < max(_MIN_LINKED, 2 * len(intro)):
            return
        self._to_prose(intro)

    def flush_pending(self) -> None:
        """The bold title paragraph waiting for its links had none: it is prose."""
        if self.pending is not None:
            node = self.pending[0]
            self.pending = None
            self.add_block("prose", node.start, node.end)

    def details(self, node: Node) -> None:
        """Follow ``<details><summary>`` … ``</details>`` (see :meth:`heading`)."""
        html = self.raw(node.start, node.end).casefold()
        if "</details>" in html:
            self.details_level = None
            self.summary_open = False
        if "<summary" in html and "</summary>" not in html:
            self.summary_open = True

    def walk(self, nodes: list[Node]) -> None:
        for node in nodes:
            kind = node.type
            single, self.single_item = self.single_item, None
            if kind == "html_block":
                self.details(node)
            if self.pending is not None:
                if kind == "bullet_list" and self._titled_links(node):
                    continue
                self.flush_pending()
            if kind == "heading":
                self.heading(node)
            elif self.meta_level is not None:
                self.add_block("meta", node.start, node.end)
            elif kind == "paragraph":
                self.paragraph(node)
            elif kind in ("bullet_list", "ordered_list"):
                if single is not None and self._detail_of(single, node):
                    continue
                count = len(self.entries)
                for item, linked in zip(
                    node.children, self._linked_flags(node.children), strict=True
                ):
                    self.list_item(item, linked)
                last = self.entries[-1] if len(self.entries) > count else None
                if (
                    kind == "ordered_list"
                    and last is not None
                    and last.source.line == node.children[-1].start
                ):
                    self.single_item = last
            elif kind == "table":
                self.table(node)
            elif kind == "html_block":
                rows = read_html_table(self.lines, node.start, node.end)
                if rows is None:
                    self.add_block("html", node.start, node.end)
                else:
                    self.table_rows(rows)
            elif kind in ("fence", "code_block"):
                self.add_block("code", node.start, node.end)
            elif kind == "hr":
                self.add_block("rule", node.start, node.end)
            elif kind == "blockquote":
                self.add_block("quote", node.start, node.end)
            else:
                self.add_block(kind, node.start, node.end)

    def segments_of(self, inline: Token) -> list[Segment]:
        """The segments of an inline token, which are all that is read from its tokens:
        made once, then the tokens are let go."""
        key = id(inline)
        found = self._segments.get(key)
        if found is None:
            found = self._segments[key] = segments(inline.children or [])
            inline.children = []
        return found

    def heading(self, node: Node) -> None:
        level = int(node.token.tag[1])
        inline = node.inline
        title = heading_title(self.segments_of(inline)) if inline is not None else ""
        if self.meta_level is not None and level <= self.meta_level:
            self.meta_level = None
        if self.meta_level is None and is_meta_heading(title):
            self.meta_level = level
        self.headings.append(Heading(level, title, node.start, self.lines[node.start - 1]))
        # Inside ``<details>`` whose ``<summary>`` is a heading, that heading names the
        # group: the headings of the details nest under it whatever their level.
        nesting = level
        if self.summary_open:
            self.summary_open = False
            self.details_level = level
        elif self.details_level is not None and level <= self.details_level:
            nesting = self.details_level + 1
        while self.heading_path and self.heading_path[-1][0] >= nesting:
            self.heading_path.pop()
        self.heading_path.append((nesting, title))
        self.extra_path = []
        self.add_section(title, level, "heading", node.start, node.end)
        self.heading_links = []

    def inline_segments(self, node: Node) -> list[Segment]:
        inline = node.inline
        return self.segments_of(inline) if inline is not None else []

    def paragraph(self, node: Node) -> None:
        segs = self.inline_segments(node)
        text = plain(segs).strip()
        kind = _layout_kind(segs, text)
        if kind is not None:
            self.add_block(kind, node.start, node.end)
            return
        segs = _without_navigation(segs)
        links = [s for s in segs if s.kind == "link"]
        if _bold_only(segs):
            self.pending = (node, segs)
            return
        if is_toc_marker(text):
            self.add_block("toc-marker", node.start, node.end)
        elif links and is_meta_text(text):
            self.add_block("meta", node.start, node.end)
        elif not links:
            if text.startswith(_BOOK_ONLY) and text.endswith("》") and "\n" not in text:
                draft = interpret_head(segs)
                if draft is not None:
                    self.add_entry(draft, node.start, node.end)
                    return
            if any(s.kind == "image" for s in segs) and not text.strip():
                self.add_block("image", node.start, node.end)
            elif is_placeholder(text):
                self.add_block("placeholder", node.start, node.end)
            elif text.rstrip().endswith((":", "：")) and "\n" not in text:
                self.add_block("label", node.start, node.end)
            else:
                self.add_block("prose", node.start, node.end)
        elif all(is_anchor_segment(s) for s in links):
            self.add_block("toc", node.start, node.end)
        elif all(is_page_link(str(s.href)) for s in links):
            # ``[查看完整列表→](docs/other.md)``, ``[Go back to the README](../README.md)``
            self.add_block("navigation", node.start, node.end)
        elif _is_prose_with_link(segs) or mentions_link(segs):
            self.add_block("prose", node.start, node.end)
            prose = interpret(segs)
            if prose is not None:
                self.heading_links.extend(prose.links)
        else:
            draft = interpret(segs)
            if draft is None:
                self.add_block("prose", node.start, node.end)
            elif self._named_by_heading(draft, node):
                return
            else:
                entry = self.add_entry(draft, node.start, node.end)
                if is_sentence_paragraph(segs):
                    self.sentences.append(entry)

    def list_item(self, item: Node, linked: bool = True) -> None:
        """Read one list item: an entry, a group of entries, or layout. ``linked`` says
        whether any item of its list has a link: in a list where none has, an item without
        a link, venue or bold title is a line of prose, not an entry."""
        first = item.children[0] if item.children else None
        # ``* #### [Toolkits](#toolkits)``: a heading as the item's head reads like a line.
        headed = first is not None and first.type in ("paragraph", "heading")
        head_segs = self.inline_segments(first) if first is not None and headed else []
        start = item.start
        head_end = first.end if first is not None and headed else start
        if first is None:
            self.add_block("empty-item", start, start)
            return
        text = plain(head_segs).strip()
        kind = _layout_kind(head_segs, text)
        if kind is not None and not self._holds_entries(item):
            self.add_block(kind, start, item.end)
            return
        content = _without_navigation(head_segs)
        if content is not head_segs:
            head_segs = content
            text = plain(head_segs).strip().strip("|").strip()
        links = [s for s in head_segs if s.kind == "link" and not is_anchor_segment(s)]
        if first.type == "heading" and links and all("#" in str(s.href) for s in links):
            # ``* #### [Toolkits](https://github.com/o/list#toolkits)``: a table of contents
            # that links to the list's own page by its full address.
            kind = "toc"
            links = []
            if not self._holds_entries(item):
                self.add_block(kind, start, item.end)
                return
        if first.type == "heading" and not links and not self._holds_entries(item):
            self.walk_children(item.children)  # a heading written as a list item
            return
        if not text and kind is not None:
            # Navigation or an anchor list over nested entries: only the entries count.
            self.add_block(kind, start, head_end)
            self.walk_children(item.children[1:])
            return
        if not text:
            self.add_block("empty-item", start, item.end)
            self.walk_children(item.children)
            return
        if is_placeholder(text):
            self.add_block("placeholder", start, item.end)
            return
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
            and self._any_entry(child_items)
            and not all(self._detail_lines(sub) is not None for sub in child_items)
        ):
            # A list item with no link of its own that holds entries names a group
            # (``* **Python**``, ``* <a id="py"></a> **Python** - libraries | [top](#top)``).
            title = _category_title(head_segs, text)
            self.add_section(title, len(self.extra_path) + 7, "list-item", start, head_end)
            self.extra_path.append(title)
            try:
                self.walk_children(children)
            finally:
                self.extra_path.pop()
            return
        draft = interpret(head_segs)
        if draft is None:
            self.add_block("empty-item", start, item.end)
            return
        end = head_end
        later: list[tuple[Node, bool]] = []
        for child in children:
            if child.type == "paragraph":
                child_segs = self.inline_segments(child)
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
                flags = self._linked_flags(child.children)
                for sub, sub_linked in zip(child.children, flags, strict=True):
                    if self._note_item(sub, draft):
                        end = max(end, sub.end)
                    else:
                        later.append((sub, sub_linked))
            else:
                later.append((child, True))
        entry = self.add_entry(draft, start, end)
        if lazy is not None:
            paper = interpret(paper_segs)
            if paper is not None:
                self.add_entry(paper, paper_line, paper_end)
        if not (
            linked
            or draft.links
            or draft.venue is not None
            or children  # an item with details of its own under it
            or _bold_only(head_segs)
            or text.startswith("《")
        ):
            self.unlinked.append(entry)
        for node, node_linked in later:
            if node.type == "list_item":
                self.list_item(node, node_linked)
            else:
                self.walk([node])

    def _detail_lines(self, sub: Node) -> list[list[Segment]] | None:
        """The lines of a nested item that only adds to its parent (a note without a link,
        a bare URL, ``地址：url`` / ``Code: url`` lines, badges), or None."""
        if len(sub.children) != 1 or sub.children[0].type != "paragraph":
            return None
        segs = self.inline_segments(sub.children[0])
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
            if kind == "url" and not all(_plain_target(s) for s in links):
                return None  # ``- [textacy](url)``: a resource of its own
        return lines

    def _comment_item(self, sub: Node, parent: Draft) -> bool:
        """A nested item that comments its parent: a quotation with its source
        (``"Transformer-XL is …" — [Thomas Wolf](url).``) or one link that labels the
        details under it (``[Comments from HN](url):`` then a ``<details>`` block). Its
        links are the parent's. True when it was taken in."""
        first = sub.children[0] if sub.children else None
        if first is None or first.type != "paragraph" or self._holds_entries(sub):
            return False
        segs = [
            s for s in self.inline_segments(first) if not (s.kind == "text" and not s.text.strip())
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
            return False
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

    def _titled_links(self, node: Node) -> bool:
        """``**Title**`` then a list of ``- Paper: url`` items: one entry, made here."""
        assert self.pending is not None
        lines: list[list[Segment]] = []
        for item in node.children:
            if len(item.children) != 1 or item.children[0].type != "paragraph":
                return False
            segs = self.inline_segments(item.children[0])
            if "\n" in plain(segs) or not _link_line(segs):
                return False
            if any(is_anchor_segment(seg) or is_navigation_segment(seg) for seg in segs):
                return False  # a table of contents under a bold group name
            lines.append(segs)
        title_node, title_segs = self.pending
        draft = interpret_lines([title_segs, *lines])
        if draft is None:
            return False
        self.pending = None
        self.add_entry(draft, title_node.start, node.end)
        return True

    def _holds_entries(self, item: Node) -> bool:
        """Whether a list item has nested items with links of their own (a ToC item's
        nested items link to anchors only)."""
        return self._any_entry(
            [
                sub
                for child in item.children[1:]
                if child.type in ("bullet_list", "ordered_list")
                for sub in child.children
            ]
        )

    def _named_by_heading(self, draft: Draft, node: Node) -> bool:
        """``### 1. C-Eval`` / a paragraph about it / ``\\[[官方网站](url)] \\[[Github](url)]``:
        a line of labelled links with no name of its own, first under its heading, is the
        entry the heading names (numbering taken off), with the links of the prose above.
        True when it was read so."""
        named = any(c.isalnum() for c in draft.title)
        if named and not is_generic_label(draft.title):
            return False
        if not self.headings or not self.heading_path or self.extra_path:
            return False
        heading = self.headings[-1]
        if self.entries and self.entries[-1].source.line > heading.line:
            return False
        title = _NUMBERING.sub("", heading.title).strip()
        if not title:
            return False
        draft.title = title
        draft.links = [*self.heading_links, *draft.links]
        self.heading_links = []
        entry = self.add_entry(draft, heading.line, node.end)
        entry.section = entry.section[:-1]  # the heading names the entry, not a group
        return True

    def _lazy_paper(
        self, segs: list[Segment], start: int, end: int
    ) -> tuple[list[Segment], list[Segment], int] | None:
        """``- [Tool](url) - description`` followed, with no blank line, by a paper
        paragraph (``**Title**`` / ``*Authors*`` / ``CIKM 23 [[link](url)]``): Markdown
        continues the item's paragraph lazily, but the bold title line starts an entry of
        its own. Returns the item's segments, the paper's, and the paper's first line."""
        lines = split_lines(segs)
        at = next((i for i in range(1, len(lines)) if _bold_only(lines[i])), None)
        if at is None or not any(s.kind == "link" for s in lines[0]):
            return None
        bold = next(s for s in lines[at] if s.kind == "strong").text.strip()
        line = next(
            (n for n in range(start + 1, end + 1) if bold in self.lines[n - 1]),
            None,
        )
        if line is None:
            return None
        head = [s for ln in lines[:at] for s in [*ln, Segment("break", "\n")]][:-1]
        tail = [s for ln in lines[at:] for s in [*ln, Segment("break", "\n")]][:-1]
        return head, tail, line

    def _detail_of(self, entry: Entry, node: Node) -> bool:
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
            segs = [s for s in self.inline_segments(item.children[0]) if s.kind != "break"]
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
        end = self.trimmed_end(node.start, node.end)
        entry.links.extend(self.make_links(scratch.links, node.start, end))
        entry.notes.extend(scratch.notes)
        entry.source = Source(self.path, entry.source.line, end)
        entry.raw = self.raw(entry.source.line, end)
        return True

    def _linked_flags(self, items: list[Node]) -> list[bool]:
        """For each item of a list, whether an item with a link comes at or before it. The
        link-less items that open a list of links (``* Drop OOV words!`` then
        ``* [ALaCarte](url): …``) introduce it, as a list where no item has a link does;
        a link-less item after linked ones is one more entry without a link."""
        flags: list[bool] = []
        seen = False
        for item in items:
            seen = seen or self._any_entry([item])
            flags.append(seen)
        return flags

    def _any_entry(self, items: list[Node]) -> bool:
        for item in items:
            first = item.children[0] if item.children else None
            if (
                first is not None
                and first.type == "paragraph"
                and any(
                    s.kind == "link" and not is_anchor_segment(s) and not is_navigation_segment(s)
                    for s in self.inline_segments(first)
                )
            ):
                return True
            for child in item.children[1:]:
                if child.type in ("bullet_list", "ordered_list") and self._any_entry(
                    child.children
                ):
                    return True
        return False

    def walk_children(self, nodes: list[Node]) -> None:
        for node in nodes:
            if node.type in ("bullet_list", "ordered_list"):
                for sub, linked in zip(
                    node.children, self._linked_flags(node.children), strict=True
                ):
                    self.list_item(sub, linked)
            else:
                self.walk([node])

    def table(self, node: Node) -> None:
        self.table_rows(read_rows(node, self.segments_of, self.lines))

    def table_rows(self, rows: list[Row]) -> None:
        """Add the rows of a GFM or HTML table: entries, in-table sections, placeholders."""
        table_start = len(self.extra_path)
        for row in rows:
            if row.kind not in ("entry", "section"):
                kind = "placeholder-row" if row.kind == "placeholder" else row.kind
                self.add_block(kind, row.line, row.end or row.line)
            elif row.kind == "section":
                del self.extra_path[table_start:]
                self.add_section(row.title, 7, "table-row", row.line, row.line)
                self.extra_path.append(row.title)
            elif row.draft is not None:
                entry = self.add_entry(
                    row.draft,
                    row.line,
                    row.end or row.line,
                    fields=row.fields,
                    field_lines=dict.fromkeys(row.fields, row.line),
                    null_fields=row.null_fields,
                    status=row.status,
                    date=row.date,
                )
                for link, role in zip(entry.links, row.link_roles, strict=False):
                    link.role = role
                if row.venue_raw is not None:
                    entry.venue_raw = row.venue_raw
        del self.extra_path[table_start:]


def _is_prose_with_link(segs: list[Segment]) -> bool:
    """Intro text that mentions a link (``Contributed by …; see [the figure](url).``): the
    first link is a Markdown link that comes after a sentence, not after a short label."""
    first = next((i for i, s in enumerate(segs) if s.kind == "link"), None)
    if first is None or segs[first].style != "inline":
        return False
    if segs[0].kind == "strong" and is_generic_label(segs[first].text):
        return False  # ``**Title**. *Authors*. Venue. [[pdf](url)]`` is an entry
    before = plain(segs[:first]).strip()
    return len(before) > _LABEL_MAX and not before.endswith((":", "：")) and "\n" not in before


def _link_line(segs: list[Segment]) -> bool:
    """``Paper: url``, ``Code url``, a bare URL: a line that gives a link of an entry."""
    kind = line_kind(segs)
    if kind in ("label-url", "url"):
        return True
    links = [s for s in segs if s.kind == "link"]
    rest = plain([s for s in segs if s.kind != "link"]).strip()
    return (
        kind == "text"
        and bool(links)
        and all(_plain_target(s) for s in links)
        and len(rest) <= _LABEL_MAX
    )


def _plain_target(seg: Segment) -> bool:
    """A link shown as its URL or as a generic label (``[code](url)``), not as a title."""
    return (
        seg.style != "inline" or not seg.text or seg.text == seg.href or is_generic_label(seg.text)
    )


def _bold_only(segs: list[Segment]) -> bool:
    """A line that is one bold title and nothing else (``**Scaffold-GS: …**``)."""
    # Emoji or punctuation around the bold title (``🔥 **Title**``) decorate it.
    content = [s for s in segs if not (s.kind == "text" and not any(c.isalnum() for c in s.text))]
    return (
        len(content) == 1
        and content[0].kind == "strong"
        and bool(content[0].text.strip())
        and "\n" not in content[0].text
    )


def _layout_kind(segs: list[Segment], text: str) -> str | None:
    """The kind of block a line is when it is layout, not content: ``navigation`` (only
    navigation links), ``toc`` (only links to anchors of the file), ``badge`` (only badge
    images), ``image`` (only images); None for anything else."""
    links = [s for s in segs if s.kind == "link"]
    if links:
        if all(is_navigation_segment(s) for s in links):
            rest = plain([s for s in segs if s.kind != "link"])
            if not any(ch.isalnum() for ch in rest):
                return "navigation"
        anchors = [s for s in links if not is_navigation_segment(s)]
        if text and anchors and all(is_anchor_segment(s) for s in anchors):
            return "toc"
        if len(anchors) > 1 and all(
            is_anchor_segment(s) or is_page_link(str(s.href)) for s in anchors
        ):
            # ``[📊 基准](#基准) · [📝 数据集](docs/datasets.md)``: a line of section links
            rest = plain([s for s in segs if s.kind != "link"])
            if not any(ch.isalnum() for ch in rest):
                return "toc"
        return "navigation" if is_pointer(segs) else None
    if image_only(segs):
        return "badge" if badge_line(segs) else "image"
    if segs and all(s.kind == "html" or not s.text.strip() for s in segs):
        return "html"  # ``<a name="top"></a>`` written inside a paragraph
    return None


def _without_navigation(segs: list[Segment]) -> list[Segment]:
    """The segments without navigation links (``| [Back to Top](#contents)``)."""
    if not any(s.kind == "link" and is_navigation_segment(s) for s in segs):
        return segs
    return [s for s in segs if not is_navigation_segment(s)]


def _category_title(segs: list[Segment], text: str) -> str:
    """The name of a category item: its bold name when it starts with one
    (``<a id="python"></a> **Python** - Python NLP libraries``), else its text."""
    content = [s for s in segs if s.kind != "html" and (s.kind != "text" or s.text.strip())]
    if content and content[0].kind == "strong" and content[0].text.strip():
        return plain_title(content[0].text).rstrip(":：").strip()
    return plain_title(text).rstrip(":：").strip()


_EMPTY_BRACKETS = ("()", "（）", "[]")


def heading_title(segs: list[Segment]) -> str:
    """A heading's text without its navigation links, badges and HTML tags:
    ``📖Topics ([©️back👆🏻](#paperlist))`` → ``📖Topics``."""
    kept = [s for s in segs if s.kind not in ("image", "html") and not is_navigation_segment(s)]
    title = plain(kept).strip()
    if len(kept) != len(segs):
        for empty in _EMPTY_BRACKETS:
            title = title.replace(empty, "")
        title = title.strip()
    return title


def _identifiers(written: list[str], links: list[Link]) -> list[str]:
    """Canonical forms of the identifiers written as text, in order, without those the
    entry already links to."""
    linked = {link.canonical for link in links}
    found: list[str] = []
    for ref in written:
        canonical = canonical_url(ref)
        if canonical not in linked and canonical not in found:
            found.append(canonical)
    return found


def entry_key(entry: Entry) -> str:
    """What identifies an entry: its first link's identity, else its normalised title."""
    if entry.links:
        return entry.links[0].canonical
    return "title:" + normalize_title(entry.title)


def assign_ids(entries: list[Entry]) -> None:
    """Give each entry a stable id from its key; a repeated key gets ``-2``, ``-3``… in order."""
    seen: dict[str, int] = {}
    for entry in entries:
        digest = hashlib.sha1(entry_key(entry).encode("utf-8")).hexdigest()[:12]
        count = seen.get(digest, 0) + 1
        seen[digest] = count
        entry.id = digest if count == 1 else f"{digest}-{count}"


def count_sections(sections: list[Section], entries: list[Entry]) -> None:
    """Count the entries directly under each section path."""
    counts: dict[tuple[str, ...], int] = {}
    for entry in entries:
        key = tuple(entry.section)
        counts[key] = counts.get(key, 0) + 1
    for section in sections:
        section.entry_count = counts.get(tuple(section.path), 0)


def layout(tokens: list[Token], first_index: int = 0) -> Layout:
    """Which list items are siblings and where the tables are, from the block tokens (the
    list-style and missing-url rules need both; recording them here saves a second parse).
    A list is known by the index of its opening token in the file's token stream
    (``first_index`` is the index of ``tokens[0]`` there)."""
    recorded = Layout({}, {}, [])
    _add_layout(recorded, tokens, first_index)
    return recorded


def _add_layout(recorded: Layout, tokens: list[Token], first_index: int) -> None:
    item_list = recorded.item_list
    list_items = recorded.list_items
    stack: list[int] = []
    for index, token in enumerate(tokens, start=first_index):
        if not token.nesting:
            continue
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            stack.append(index)
            list_items[index] = []
        elif kind in ("bullet_list_close", "ordered_list_close") and stack:
            stack.pop()
        elif kind == "list_item_open" and stack and token.map:
            line = token.map[0] + 1
            item_list[line] = stack[-1]
            list_items[stack[-1]].append(line)
        elif kind == "table_open" and token.map:
            recorded.tables.append((token.map[0] + 1, token.map[1]))


def build_document(text: str, path: str, bom: bool = False, newline: str = "\n") -> Document:
    with gc_paused():
        return _build_document(text, path, bom, newline)


class InlineParser:
    """The core rules that markdown-it runs after the block parse (parsing each inline
    token's content, joining text runs), run on the inline tokens of one top-level block
    at a time, just before the block is read.

    That gives the same tokens (each of these rules works on one inline token at a time,
    with the references the block parse collected) but not all at once: the inline tokens
    of a block are made, read into segments and let go while the walk goes on, so a large
    list never holds all of them (half of its tokens) at the same time.
    """

    #: The core rules after ``block`` that may be deferred; with any other one enabled
    #: (replacements, smartquotes, linkify: none is in our configuration) the whole parse
    #: runs at once instead.
    DEFERRABLE = frozenset({"inline", "text_join"})

    def __init__(
        self, md: MarkdownIt, env: dict[str, Any], before: list[Any], after: list[Any]
    ) -> None:
        self.md = md
        self.env = env
        self.before = before  # the core rules up to and including the block parse
        self.rules = after
        # One state, its token list swapped per call: the rules read only the tokens, the
        # parser and the environment (the references found by the block parse).
        self.state = StateCore("", md, env)

    @classmethod
    def create(cls, md: MarkdownIt, env: dict[str, Any]) -> InlineParser | None:
        """The inline parser of ``md`` for parses in ``env``, or None when its inline parse
        cannot be deferred (a core rule after ``block`` other than :data:`DEFERRABLE`)."""
        rules = [rule for rule in md.core.ruler.__rules__ if rule.enabled]
        names = [rule.name for rule in rules]
        if "block" not in names or "inline" not in names:
            return None
        after = rules[names.index("block") + 1 :]
        if any(rule.name not in cls.DEFERRABLE for rule in after):
            return None
        before = rules[: names.index("block") + 1]
        return cls(md, env, [rule.fn for rule in before], [rule.fn for rule in after])

    def block_tokens(self, text: str) -> list[Token]:
        """Run the block parse of ``text`` (the core rules up to ``block``) in this parser's
        environment; the inline tokens are left unparsed."""
        state = StateCore(text, self.md, self.env)
        for rule in self.before:
            rule(state)
        return state.tokens

    def parse(self, tokens: list[Token]) -> None:
        """Parse the inline content of the inline tokens among ``tokens``."""
        self.state.tokens = tokens
        for rule in self.rules:
            rule(self.state)
        self.state.tokens = []

    @classmethod
    def parse_blocks(cls, md: MarkdownIt, text: str) -> tuple[list[Token], InlineParser | None]:
        """The block tokens of the whole of ``text``, and the parser of their inline content
        (None when the whole parse ran, inline content included)."""
        inline = cls.create(md, {})
        if inline is None:
            return md.parse(text), None
        return inline.block_tokens(text), inline


#: Where the block stream finds the reader of a parse (in the parse's own environment, so
#: that the shared parser holds no state between parses).
_READER = "awesome_ptm_block_reader"


def _hand_over_blocks(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A block rule that never matches: tried first at every block, at the top level it
    hands the blocks finished so far to the reader (their rules have all returned, so
    nothing refers to their tokens by index any more), then lets the real rules run."""
    if not silent and state.level == 0 and state.tokens:
        reader = state.env.get(_READER)
        if reader is not None:
            finished = state.tokens[:]
            state.tokens.clear()
            reader.read(finished)
    return False


@functools.cache
def streaming_parser() -> MarkdownIt:
    """A parser like :func:`~awesome_ptm.parse._markdown.markdown` whose block parse hands
    each finished top-level block to the reader in its environment: the file's tokens are
    never all held at once."""
    md = markdown.__wrapped__()
    first = md.block.ruler.get_active_rules()[0]
    md.block.ruler.before(first, "awesome_ptm_hand_over_blocks", _hand_over_blocks)
    return md


def _may_define_references(text: str) -> bool:
    """A link reference definition (``[label]: url``) may come after the links that use it,
    so a file that may hold one is parsed whole before its inline content is read. Every
    definition has "]:" in it."""
    return "]:" in text


class _BlockReader:
    """Reads batches of top-level block tokens into the builder, in order: records the
    layout, parses each block's inline content, walks it, and lets its tokens go."""

    def __init__(self, builder: _Builder, inline_parser: InlineParser | None) -> None:
        self.builder = builder
        self.inline_parser = inline_parser
        self.layout = Layout({}, {}, [])
        self.seen = 0  # tokens read so far: list ids are indexes in the whole stream

    def read(self, tokens: list[Token]) -> None:
        _add_layout(self.layout, tokens, self.seen)
        self.seen += len(tokens)
        inline_parser = self.inline_parser
        tree: list[Node | None] = list(block_tree(tokens))
        inline = _inline_by_block(tokens) if inline_parser is not None else []
        if inline_parser is not None and len(inline) != len(tree):
            inline_parser.parse(tokens)  # blocks not as expected: all inline content now
            inline_parser = None
        del tokens
        # Top-level blocks one at a time, each let go once read: memory holds the entries
        # and the blocks still to come, not every token of the file.
        for index, node in enumerate(tree):
            tree[index] = None
            if inline_parser is not None:
                inline_parser.parse(inline[index])
                inline[index] = []
            if node is not None:
                self.builder.walk([node])
            # The segments are cached by the inline token's id, and a later batch's tokens
            # may reuse the ids of tokens let go: no block looks at another's segments.
            self.builder._segments.clear()


def _inline_by_block(tokens: list[Token]) -> list[list[Token]]:
    """The inline tokens of each top-level block, in order (one list per block)."""
    groups: list[list[Token]] = []
    depth = 0
    for token in tokens:
        if token.type == "inline":
            if groups:
                groups[-1].append(token)
        elif depth == 0 and token.nesting >= 0:
            groups.append([])
        depth += token.nesting
    return groups


def _build_document(text: str, path: str, bom: bool, newline: str) -> Document:
    builder = _Builder(text, path)
    recorded = _parse_into(builder, text, stream=not _may_define_references(text))
    assign_ids(builder.entries)
    count_sections(builder.sections, builder.entries)
    return Document(
        path=path,
        text=text,
        headings=builder.headings,
        sections=builder.sections,
        entries=builder.entries,
        blocks=builder.blocks,
        bom=bom,
        newline=newline,
        layout=recorded,
        _offsets=builder.line_offsets,
    )


def _parse_into(builder: _Builder, text: str, stream: bool) -> Layout:
    """Parse ``text`` and walk its blocks into ``builder``; return the recorded layout.

    With ``stream``, each top-level block is read as soon as the block parser has finished
    it (see :func:`streaming_parser`); else the block parse of the whole file comes first.
    Both give the same document (``tests/test_parse_streaming.py``).
    """
    md = streaming_parser() if stream else builder.md
    env: dict[str, Any] = {}
    inline = InlineParser.create(md, env)
    reader = _BlockReader(builder, inline)
    if inline is None:
        reader.read(md.parse(text))
        builder.finish()
        return reader.layout
    if stream:
        env[_READER] = reader
    tokens = inline.block_tokens(text)
    env.pop(_READER, None)
    if tokens:
        reader.read(tokens)  # the last block (or all of them, not streaming)
    builder.finish()
    return reader.layout
