"""Headings as the walk meets them: Markdown headings, HTML heading elements and headings
written without the space after their marks (``#2 Deep Learning Method``). A heading
starts a section; it opens or closes the contents and the meta sections (Contributing,
License, the list's News) whose blocks are layout, not entries."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from markdown_it import MarkdownIt
from markdown_it.token import Token

from awesome_ptm.parse._categories import heading_title, html_heading, legacy_heading, summary_text
from awesome_ptm.parse._dates import find_date
from awesome_ptm.parse._drop_passes import MIN_LINKED
from awesome_ptm.parse._inline import Segment, segments
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._navigation import (
    is_community_heading,
    is_contributing_heading,
    is_credit_heading,
    is_meta_heading,
    is_news_heading,
    is_toc_heading,
)
from awesome_ptm.parse._own_anchors import anchor_key, linked_anchors

#: A heading's marks opening a source line (``## References``).
_HEADING_MARKS = re.compile(r" {0,3}(#{1,6})(?:[ \t]|$)")
#: A list item's marker opening a source line.
_ITEM_MARK = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]")
#: The level a folded part of news is given: below every heading, so that the next
#: heading ends it as ``</details>`` does.
_FOLDED_LEVEL = 7
#: How many of the entries read last say whether the list is one of papers.
_PAPERS_WINDOW = 300
#: A year in a heading (``## 2024``, ``## Updates in 2025``).
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

if TYPE_CHECKING:
    from awesome_ptm.model import Entry, Section
    from awesome_ptm.parse._draft import LinkDraft
    from awesome_ptm.parse._headed import LinkedHeadings


class HeadingSections:
    """The builder's reading of headings (see the module)."""

    text: str
    lines: list[str]
    md: MarkdownIt
    entries: list[Entry]
    sections: list[Section]
    heading_path: list[tuple[int, str]]
    headed: LinkedHeadings
    meta_level: int | None
    meta_news: bool
    meta_news_late: bool
    meta_community: bool
    meta_contributing: bool
    meta_in_contents: bool
    toc_level: int | None
    heading_links: list[LinkDraft]

    if TYPE_CHECKING:  # (the builder's and its other bases')

        def segments_of(self, inline: Token) -> list[Segment]: ...

        def inline_segments(self, node: Node) -> list[Segment]: ...

        def raw(self, start: int, end: int) -> str: ...

        def section_path(self) -> list[str]: ...

        def enter_heading(
            self, level: int, title: str, line: int, text: str, html: bool = False
        ) -> None: ...

        def add_section(self, title: str, level: int, kind: str, line: int, end: int) -> None: ...

    def heading(self, node: Node) -> None:
        level = int(node.token.tag[1])
        inline = node.inline
        segs = self.segments_of(inline) if inline is not None else []
        title = heading_title(segs) if inline is not None else ""
        self.start_section(level, title, node)
        self.headed.start(segs, node, self.section_path()[:-1])

    def written_heading(self, node: Node) -> bool:
        """Read a block that is a heading in another spelling: an HTML heading element
        (``<h3 id="llm">Reasoning - <i>An Emergent Ability</i></h3>``) or a one-line
        paragraph without the space after its marks (``#2 Deep Learning Method``). True
        when it was read so."""
        if node.type == "html_block":
            found = html_heading(self.raw(node.start, node.end))
            if found is None:
                # (``<h1 id="sec-1">1. Answer Format</h1>`` / ``<h2 id="sec-1-1">1.1 MCQ</h2>``)
                return self.html_heading_lines(node.start, node.end)
            level, inner = found
            title = self._inner_title(inner)
        else:
            if node.end != node.start:
                return False
            found = legacy_heading(self.lines[node.start - 1])
            if found is None:
                return False
            level = found[0]
            title = heading_title(self.inline_segments(node)).lstrip("#").strip()
        if not title:
            return False
        self.start_section(level, title, node, html=node.type == "html_block")
        return True

    def _inner_title(self, inner: str) -> str:
        """The title an HTML heading element's inner HTML shows."""
        tokens = self.md.parseInline(inner)
        return heading_title(segments(tokens[0].children or []) if tokens else [])

    def html_heading_lines(self, start: int, end: int) -> bool:
        """Lines ``start..end`` that are HTML heading elements, one a line (blank lines
        between): each starts its section. True when they were read so; False (nothing
        read) when any other line is among them."""
        found: list[tuple[int, int, str]] = []
        for number in range(start, end + 1):
            line = self.lines[number - 1]
            if not line.strip():
                continue
            heading = html_heading(line.strip())
            if heading is None:
                return False
            title = self._inner_title(heading[1])
            if not title:
                return False
            found.append((number, heading[0], title))
        for number, level, title in found:
            line_node = Node(Token("html_block", "", 0, map=[number - 1, number]))
            self.start_section(level, title, line_node, html=True)
        return bool(found)

    def start_section(self, level: int, title: str, node: Node, html: bool = False) -> None:
        """A heading of ``level`` and ``title`` (the block ``node``; ``html``: an HTML
        heading element) starts a section."""
        self.headed.close()
        if self.meta_level is not None and (
            level <= self.meta_level
            # (``## 📢 Updates`` left out of the contents, then ``### ▶️ 1 Foundation``,
            # a part the contents lead to: the list, not its news)
            or (not self.meta_in_contents and anchor_key(title) in self._contents_anchors)
        ):
            self.meta_level = None
        elif (
            self.meta_level == 1
            and self.meta_news
            and level > 1
            and not is_meta_heading(title, top=False)
            and find_date(title) is None
            and _YEAR.search(title) is None
        ):
            # ``# News`` written at the title's level, then ``## Introduction``, ``##
            # Existing SpeechLMs``: the news ended; the list's sections follow (a dated
            # ``## 2024`` under the news is still news)
            self.meta_level = None
        if self.toc_level is not None and level <= self.toc_level:
            self.toc_level = None
        if self.toc_level is None and is_toc_heading(title):
            self.toc_level = level
        # (the list's own title, its first heading, names the subject: ``# Awesome First
        # Pull Request Opportunities`` is no section about the list; a subsection of the
        # list's content is ``top`` no more)
        own_title = level == 1 and not any(s.kind == "heading" for s in self.sections)
        top = all(at <= 1 for at, _ in self.heading_path if at < level)
        # (``## Reference and forums`` / ``### Reference`` over the language's docs: a
        # subsection of the content, not the list's credits)
        # (``## References`` after a list of tools, ``- [puppetlabs/httpd](url) - Beaker
        # tests in Travis.``: a category of reference material; a paper list's references,
        # or citations without links, ``- Wei-Lin Chiang et al, "Vicuna: …," 2023.``, credit
        # the list's sources)
        credits = (
            is_credit_heading(title)
            and len(self.entries) >= MIN_LINKED
            and top
            and (self._papers_listed() or not self._linked_items_below(node.end, level))
        )
        meta = not own_title and (is_meta_heading(title, top=top) or credits)
        if self.meta_level is None and meta:
            self.meta_level = level
            self.meta_news = is_news_heading(title)
            # (``## 📰 News`` after sections of entries: a category of news sites, not the
            # list's own news; its linked resources are entries)
            self.meta_news_late = self.meta_news and len(self.entries) >= MIN_LINKED
            self.meta_community = is_community_heading(title)
            self.meta_contributing = is_contributing_heading(title)
            self.meta_in_contents = anchor_key(title) in self._contents_anchors
        self.enter_heading(level, title, node.start, self.lines[node.start - 1], html)
        self.add_section(title, level, "heading", node.start, node.end)
        self.heading_links = []

    def folded_news(self, html: str) -> None:
        """``<details><summary>Change Log</summary>`` (an HTML block, ``html``): what the
        folded part holds is the list's news, as under a ``## Change Log`` heading, up to
        ``</details>`` (or the next heading, whatever its level)."""
        folded = html.casefold()
        if self.meta_level == _FOLDED_LEVEL and "</details>" in folded:
            self.meta_level = None
        opened = folded.rfind("<summary")
        if self.meta_level is not None or opened < 0 or "</details>" in folded[opened:]:
            return
        text = summary_text(html)
        if text is None or not is_news_heading(text):
            return
        self.meta_level = _FOLDED_LEVEL
        self.meta_news, self.meta_news_late = True, False
        self.meta_community = self.meta_contributing = self.meta_in_contents = False

    def _papers_listed(self) -> bool:
        """Whether half the entries read last, or more, are papers (a venue, or a link to
        a paper). (The last few hundred: a file of many such headings costs no more.)"""
        recent = self.entries[-_PAPERS_WINDOW:]
        papers = sum(
            1
            for entry in recent
            if entry.venue is not None or any(link.kind == "paper" for link in entry.links)
        )
        return 2 * papers >= len(recent)

    def _linked_items_below(self, end: int, level: int) -> bool:
        """Whether most list items of the section a heading of ``level`` opens (its source
        lines from ``end`` to the next heading as high) carry a link."""
        items = linked = 0
        for line in self.lines[end:]:
            found = _HEADING_MARKS.match(line)
            if found is not None and len(found.group(1)) <= level:
                break
            if _ITEM_MARK.match(line):
                items += 1
                linked += "](" in line or "http" in line
        return items > 0 and 2 * linked > items

    def table_under_instructions(self, node: Node) -> bool:
        """A table of linked rows in a Contributing section, before any entry of the file:
        the list itself, written under the request for pull requests that opens it."""
        if not self.meta_contributing or self.entries:
            return False
        body = self.lines[node.start + 1 : node.end]  # (after the header and its delimiter)
        return sum("](" in row or "<a " in row for row in body) >= MIN_LINKED

    @functools.cached_property
    def _contents_anchors(self) -> frozenset[str]:
        """The keys of the headings the file's own links lead to."""
        return linked_anchors(self.text)
