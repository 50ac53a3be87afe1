"""The builder's reading of a paragraph: a layout block, a title waiting for its links,
prose, a citation, lines of entries, or one entry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from awesome_ptm.parse._categories import bold_only, bold_with_badges, label_text, venue_label
from awesome_ptm.parse._entry import Draft, interpret_head
from awesome_ptm.parse._entry_lines import interpret
from awesome_ptm.parse._inline import Segment, plain
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._navigation import (
    is_anchor_segment,
    is_definition,
    is_housekeeping_link,
    is_link_bar,
    is_meta_text,
    is_page_link,
    is_sentence_paragraph,
    layout_kind,
    mentions_link,
    without_navigation,
)
from awesome_ptm.parse._paragraph_kinds import (
    bold_over_names,
    bracketed_title,
    is_footnote_definition,
    is_prose_with_link,
    title_alone,
    title_over_icons,
)
from awesome_ptm.parse._text_leads import venue_tag_lead
from awesome_ptm.parse._trailing_title import trailing_title
from awesome_ptm.parse._vocabulary import is_placeholder, is_toc_marker

if TYPE_CHECKING:
    from awesome_ptm.model import Entry
    from awesome_ptm.parse._entry import LinkDraft
    from awesome_ptm.parse._headed import LinkedHeadings
    from awesome_ptm.parse._quoted import CitationReader

#: ``《Title》``: a paragraph that is a book's title alone, in Chinese title marks.
_BOOK_ONLY = "《"


class Paragraphs:
    """The builder's reading of paragraphs (see :meth:`paragraph`)."""

    lines: list[str]
    entries: list[Entry]
    #: (see the builder's ``__init__`` for what each holds)
    pending: tuple[Node, list[Segment]] | None
    paragraph_entry: Entry | None
    heading_links: list[LinkDraft]
    sentences: list[Entry]
    headed: LinkedHeadings
    citations: CitationReader

    if TYPE_CHECKING:  # (the builder's and its other bases')

        def add_entry(self, draft: Draft, start: int, end: int, **extra: object) -> Entry: ...

        def add_block(self, kind: str, start: int, end: int) -> None: ...

        def inline_segments(self, node: Node) -> list[Segment]: ...

        def html_linked_reference(self, node: Node, segs: list[Segment]) -> bool: ...

        def picture_named_by_heading(self, segs: list[Segment], node: Node) -> bool: ...

        def described(self, node: Node, segs: list[Segment], text: str) -> bool: ...

        def unlinked_entries(self, node: Node, segs: list[Segment], text: str) -> bool: ...

        def entry_lines(self, node: Node, segs: list[Segment]) -> bool: ...

        def named_by_heading(self, draft: Draft, node: Node) -> bool: ...

    def paragraph_entry_before(self, node: Node) -> Entry | None:
        """The entry of the paragraph right before ``node`` (only blank lines between), or
        None."""
        if not self.entries or self.paragraph_entry is not self.entries[-1]:
            return None
        entry = self.entries[-1]
        between = self.lines[entry.source.end_line : node.start - 1]
        return entry if all(not line.strip() for line in between) else None

    def paragraph(
        self, node: Node, segs: list[Segment] | None = None, waited: bool = False
    ) -> None:
        """Read a paragraph (``segs``: its segments, when it ``waited`` for the block after
        it to be read, see :meth:`flush_pending`)."""
        if is_footnote_definition(self.lines[node.start - 1]):
            self.add_block("meta", node.start, node.end)  # ``[^1]: H. Lyu, …``: a reference
            return
        segs = self.inline_segments(node) if segs is None else segs
        icons = title_over_icons(segs)
        segs = icons if icons is not None else segs
        # (under a linked heading, the links of its description are the entry's, HTML too:
        # ``### <a href=…>convchain</a>`` over ``Port of <a href=…>ConvChain</a>.``)
        described_segs = segs
        if any(s.style == "html" for s in segs) and icons is None:
            if self.html_linked_reference(node, segs):
                return  # ``F. Jiang, …, “Title,” IEEE …, 2024.[<a href=…>Paper</a>]``
            # (``A curated list of <a href=…>VS Code</a>``: a paragraph's HTML links are the
            # introduction's markup; the HTML links of items and cells are read)
            segs = [Segment("html", s.text) if s.style == "html" else s for s in segs]
        text = plain(segs).strip()
        kind = layout_kind(segs, text)
        if kind == "image" and self.picture_named_by_heading(segs, node):
            return  # ``### fliqlo`` over ``[![](fliqlo.png)](http://fliqlo.com/)``
        if kind is not None:
            self.add_block(kind, node.start, node.end)
            return
        if self.headed.block(node, described_segs):
            return
        if self.described(node, segs, text):
            return
        segs = without_navigation(segs)
        links = [s for s in segs if s.kind == "link"]
        if not waited and (
            bold_only(segs)
            or bold_with_badges(segs)
            or (not links and (label_text(segs) is not None or bold_over_names(segs)))
            or (links and venue_label(segs) is not None)
            or bracketed_title(segs)
            or title_alone(segs)
            or (not links and "\n" not in text and venue_tag_lead(segs) is not None)
        ):
            # (``**ICLR 2021** Genetic Soft Updates for …`` alone: a paper's venue and title
            # waiting for the line of its links)
            self.pending = (node, segs)
            return
        if is_toc_marker(text):
            self.add_block("toc-marker", node.start, node.end)
        elif links and (
            is_meta_text(text) or all(is_housekeeping_link(str(s.href)) for s in links)
        ):
            self.add_block("meta", node.start, node.end)
        elif not links:
            if self.unlinked_entries(node, segs, text):
                return
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
        elif all(is_page_link(str(s.href)) for s in links) or is_link_bar(segs):
            # ``[查看完整列表→](docs/other.md)``, ``[Go back to the README](../README.md)``
            self.add_block("navigation", node.start, node.end)
        elif self.citations.read(segs, node):
            return
        elif self.entry_lines(node, segs):
            pass  # a paragraph of entries, one a line (see :mod:`._line_entries`)
        elif (trailed := trailing_title(segs)) is not None:
            # ``:green_square: `UVOS` - [paper](url) / [code](url) - Title``: a paper a paragraph
            self.add_entry(trailed, node.start, node.end)
        elif is_prose_with_link(segs) or mentions_link(segs):
            self.add_block("prose", node.start, node.end)
            prose = interpret(segs)
            if prose is not None:
                self.heading_links.extend(prose.links)
        else:
            draft = interpret(segs)
            if draft is None:
                self.add_block("prose", node.start, node.end)
            elif self.named_by_heading(draft, node):
                return
            else:
                entry = self.add_entry(draft, node.start, node.end)
                self.paragraph_entry = entry
                # (``(Arxiv 24.02.05) Swin-UMamba: Mamba-based UNet …``: a paper its marker
                # dates, not a term and its definition)
                dated = draft.venue is not None and draft.venue.year is not None
                if not dated and (is_sentence_paragraph(segs) or is_definition(segs)):
                    self.sentences.append(entry)
