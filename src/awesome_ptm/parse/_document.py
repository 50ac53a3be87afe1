"""Walk a Markdown file's blocks and build the :class:`~awesome_ptm.model.Document`."""

from __future__ import annotations

from typing import Any

from markdown_it.token import Token

from awesome_ptm._gc import gc_paused
from awesome_ptm.errors import AwesomePtmError, InternalError
from awesome_ptm.model import Block, Document, Entry, Layout, Source
from awesome_ptm.parse._badges import badge_named_work
from awesome_ptm.parse._categories import (
    bold_only,
    bold_with_badges,
)
from awesome_ptm.parse._cited_in import gbt_marked_title
from awesome_ptm.parse._dated import venue_year_month
from awesome_ptm.parse._dates import arxiv_identifier_year, complete_from_notes, parse_date
from awesome_ptm.parse._described import DescribedEntries
from awesome_ptm.parse._drop_passes import DropPasses
from awesome_ptm.parse._entry import Draft, LinkDraft
from awesome_ptm.parse._entry_features import EntryFeatures
from awesome_ptm.parse._footnotes import cited_footnotes
from awesome_ptm.parse._group_labels import LIST_KINDS, GroupLabels
from awesome_ptm.parse._headed import LinkedHeadings
from awesome_ptm.parse._heading_named import HeadingNamedEntries
from awesome_ptm.parse._heading_sections import HeadingSections
from awesome_ptm.parse._html_lines import without_comments
from awesome_ptm.parse._ids import assign_ids, count_sections, entry_key, identifiers
from awesome_ptm.parse._inline import Segment, identifiers_in, segments
from awesome_ptm.parse._items import ItemReader
from awesome_ptm.parse._line_entries import LineEntries
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._navigation import (
    image_only,
)
from awesome_ptm.parse._note_venue import venue_in_notes
from awesome_ptm.parse._outline import SectionPath
from awesome_ptm.parse._paragraph_kinds import (
    bold_over_names,
    bracketed_title,
    quoted_entries,
    title_alone,
)
from awesome_ptm.parse._paragraph_lines import opens_with_resource
from awesome_ptm.parse._paragraphs import Paragraphs
from awesome_ptm.parse._quoted import CitationReader
from awesome_ptm.parse._shared_bylines import split_shared_bylines
from awesome_ptm.parse._source import SourceText
from awesome_ptm.parse._stream import (
    READER,
    BlockReader,
    InlineParser,
    layout,
    may_define_references,
    streaming_parser,
)
from awesome_ptm.parse._table_blocks import TableBlocks
from awesome_ptm.parse._text_leads import venue_tag_lead
from awesome_ptm.parse._write_ups import WriteUps
from awesome_ptm.titles import plain_title

# Where other modules found these before they had a module of their own.
__all__ = [
    "BlockReader",
    "Builder",
    "InlineParser",
    "assign_ids",
    "build_document",
    "entry_key",
    "layout",
]

#: The share of a quoted list's items that must cite a paper at its venue for the list to
#: be of papers (a few name a journal no alias knows: ``[NC'2401] ViSNet: [Title](url)``).
_QUOTED_PAPERS_SHARE = 0.8
#: The level from which a heading that reads as instructions (``### How to Use``) sits
#: inside a topic and may head the topic's papers.
_TOPIC_META_LEVEL = 3


class Builder(
    SourceText,
    SectionPath,
    DropPasses,
    DescribedEntries,
    TableBlocks,
    WriteUps,
    Paragraphs,
    HeadingNamedEntries,
    LineEntries,
    HeadingSections,
    GroupLabels,
):
    """State while walking one file: what waits for the next block, what is decided at the
    end of the file (see :meth:`finish`)."""

    def __init__(self, text: str, path: str) -> None:
        SourceText.__init__(self, text)
        SectionPath.__init__(self, path)
        #: The level of the meta heading (Contributing, License...) whose section the walk
        #: is in: its content is kept as ``meta`` blocks, never read as entries.
        self.meta_level: int | None = None
        #: the meta section is the list's news (see ListShape.cited_papers)
        self.meta_news = False
        #: the meta section is a News heading after entries (see :meth:`start_section`)
        self.meta_news_late = False
        #: the meta section may list the subject's community (see ListShape.linked_resources)
        self.meta_community = False
        #: the meta section tells how to contribute (see :meth:`table_under_instructions`)
        self.meta_contributing = False
        #: the meta heading is one the file's contents lead to
        self.meta_in_contents = False
        #: the level of the contents heading the walk is under, if any
        self.toc_level: int | None = None
        #: A paragraph that is only a bold title, waiting for the list of its links
        #: (``**Title**`` then ``- Paper: url`` / ``- Code: url``), with its segments.
        self.pending: tuple[Node, list[Segment]] | None = None
        #: figures between the waiting bold title and the list of its links
        self.pending_images: list[Node] = []
        #: Entries from items of lists where no item has a link: prose bullets when the
        #: document is a list of links (decided at the end, see :meth:`finish`).
        self.unlinked: list[Entry] = []
        #: Entries from paragraphs written as a sentence around their link: prose that
        #: introduces a section when the file's entries are elsewhere (see :meth:`finish`).
        self.sentences: list[Entry] = []
        #: The entry of the last item of the numbered list just read (``1. [Hub](url): …``),
        #: whose details may follow as a one-item bullet list (``- 下载地址: <url>``).
        self.single_item: Entry | None = None
        #: The entry the last paragraph read made (see :meth:`paragraph_entry_before`).
        self.paragraph_entry: Entry | None = None
        #: The links of the prose under the last heading, for an entry the heading names.
        self.heading_links: list[LinkDraft] = []
        self._segments: dict[int, list[Segment]] = {}
        #: An HTML block of the file was a list of resources (see :meth:`html_lines`).
        self.html_listed = False
        self.items = ItemReader(self)
        self.features = EntryFeatures(self)
        self.citations = CitationReader(self)
        self.headed = LinkedHeadings(self)

    def forget_segments(self) -> None:
        """Let the segments read so far go: a later batch of tokens may reuse their ids."""
        self._segments.clear()

    def add_entry(self, draft: Draft, start: int, end: int, **extra: object) -> Entry:
        end = self.trimmed_end(start, end)
        links = self.make_links(draft.links, start, end)
        links.extend(self.linked_images(start, end, {link.url for link in links}))
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
        if draft.date is None and venue is not None and venue.venue is None and venue.raw:
            # (``**Title (2023.8)**``: a date alone where the venue goes; its month is kept)
            stated = parse_date(venue.raw)
            draft.date = stated.iso if stated is not None and "-" in stated.iso else None
        elif draft.date is None and venue is not None and venue.raw:
            # (``[arXiv 2402](url)``: the venue and year read from its tag, the month too)
            tagged = venue_year_month(venue.raw)
            draft.date = tagged[1] if tagged is not None and tagged[0] == venue else None
        if draft.date is not None:
            entry.date = draft.date
            if entry.year is None and draft.date[:4].isdigit():
                # (``- PLDI, San Jose, CA, USA, June 2011`` under the title: the venue known,
                # its year only in the date)
                entry.year = int(draft.date[:4])
        for key, value in extra.items():
            setattr(entry, key, value)
        written = identifiers_in(raw)
        if written:
            entry.identifiers = identifiers(written, links)
        gbt_marked_title(entry)  # (``Title[C]``: a reference's kind mark)
        arxiv_identifier_year(entry)
        if draft.shape != "table-row":  # a table's dates come from its date column
            complete_from_notes(entry)
            venue_in_notes(entry)
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
        self.close_table()
        self.flush_pending()
        self.headed.finish()
        self.close_subtitle(None)
        self.name_addresses_by_headings()
        self.drop_non_entries()
        split_shared_bylines(self.entries)

    def walk(self, nodes: list[Node]) -> None:
        for node in nodes:
            kind = node.type
            single, self.single_item = self.single_item, None
            html: str | None = None
            if kind == "html_block":
                # (``<!-- <details><summary>…</summary> -->``: what a comment holds is not read)
                html = without_comments(self.raw(node.start, node.end))
                if not html.strip():
                    self.add_block("html", node.start, node.end)
                    continue
            if self.table_goes_on(node, html):
                continue
            if self.in_write_up(node, html):
                continue  # (a work's write-up folded under its summary)
            if html is not None:
                if self.open_write_up(node.start, node.end, html):
                    continue
                self.details(node.start, html)
                self.folded_news(html)
            if self.pending is not None:
                waiting = self.pending[1]
                bold = (
                    bold_only(waiting)
                    or bold_with_badges(waiting)
                    or bold_over_names(waiting)
                    or bracketed_title(waiting)
                    or title_alone(waiting)
                    or venue_tag_lead(waiting) is not None
                )
                if kind in ("bullet_list", "paragraph") and bold and self.items.titled_links(node):
                    self.pending_images = []  # (the entry spans them)
                    continue
                if kind == "bullet_list" and bold and self.items.titled_names(node):
                    self.pending_images = []
                    continue
                if (
                    kind in LIST_KINDS
                    and bold_only(waiting)
                    and self.features.under_waiting_label(node, *self.pending)
                ):
                    self.pending, self.pending_images = None, []
                    continue  # ``**GameHub supports:**`` over what the tool above runs
                if kind == "blockquote" and bold and self.items.quoted_details(node):
                    self.pending_images = []
                    continue
                if kind == "paragraph" and bold and image_only(self.inline_segments(node)):
                    self.pending_images.append(node)  # a figure before the title's links
                    continue
                self.flush_pending(node)
            if kind == "bullet_list" and (
                self.links_named_by_heading(node)
                or self.fields_named_by_heading(node)
                or self.site_links_named_by_heading(node)
                or self.badges_named_by_heading(node)
            ):
                continue  # ``## Mask R-CNN`` over ``- arxiv: <url>`` / ``- github: url``
            if kind not in ("heading", "paragraph") and self.headed.block(node, None):
                continue  # (the detail lines of a linked heading's entry)
            if kind == "heading":
                self.heading(node)
            elif kind in ("html_block", "paragraph") and self.written_heading(node):
                continue
            elif self.meta_level is not None and not (
                (
                    kind in LIST_KINDS
                    and (
                        (self.meta_news and self.items.cited_papers(node.children))
                        # (``## Vision Language Pretraining`` / ``### How to Use`` over
                        # ``- Title. ICLR 2023. [[paper](url)]``: papers on using the subject,
                        # a topic inside a topic, not instructions; never a contributing guide's
                        # example line, nor ``## Acknowledgement``'s thanks to a survey)
                        or (
                            not self.meta_contributing
                            and self.meta_level >= _TOPIC_META_LEVEL
                            and self.items.cited_papers(node.children)
                        )
                        or (self.meta_news_late and self.items.linked_resources(node.children))
                        or (self.meta_community and self.items.linked_resources(node.children))
                    )
                )
                or (kind == "table" and self.table_under_instructions(node))
            ):
                self.add_block("meta", node.start, node.end)
            elif kind == "paragraph":
                self.paragraph(node)
            elif kind in LIST_KINDS:
                if kind == "ordered_list" and cited_footnotes(node, self.lines):
                    # ``1. LDMud's `mud/lp-245` [README](url) describes it …`` under a table
                    # that cites it as ``[1]``: the list's sources, not its entries
                    self.add_block("meta", node.start, node.end)
                    continue
                if single is not None and self.numbered_group(single, node):
                    single = None
                if single is not None and self.items.detail_of(single, node):
                    continue
                if self.features.under_label_block(node):
                    continue  # ``Cartridge Features`` over what the tool above does
                if (paper := self.paragraph_entry_before(node)) is not None and (
                    self.items.summary_of(paper, node)
                    or self.items.title_and_names_of(paper, node)
                    or self.items.fields_of(paper, node)
                    or self.items.names_of(paper, node)
                ):
                    continue  # ``- The framework utilizes …`` under a paper's paragraph
                contents = (
                    self.items.contents_items(node.children) if self.toc_level is not None else None
                )
                if contents is not None:
                    # ``## Content`` over ``* [5. Paper With Code](#head5)`` and a few links
                    # to the list's other pages: the contents (an entry slipped in stays one)
                    for item, is_contents in zip(node.children, contents, strict=True):
                        if is_contents:
                            self.add_block("toc", item.start, item.end)
                        else:
                            self.items.read_items([item])
                    continue
                count = len(self.entries)
                self.items.read_items(node.children)
                last = self.entries[-1] if len(self.entries) > count else None
                if (
                    kind == "ordered_list"
                    and last is not None
                    and last.source.line == node.children[-1].start
                ):
                    self.single_item = last
            elif kind == "table":
                self.table(node)
            elif html is not None:
                self.html_block(node, html)
            elif kind in ("fence", "code_block"):
                self.add_block("code", node.start, node.end)
            elif kind == "hr":
                self.add_block("rule", node.start, node.end)
            elif kind == "blockquote":
                if quoted_entries(node, self.inline_segments, self._quoted_list):
                    # ``> **[ArchUnit](url)** <kbd>★ 3.8k</kbd><br>Test library for …``: a
                    # resource set off as a quote, one to a quote
                    self.walk(node.children)
                    if node.children[-1].type == "heading":
                        # (``> ###### 1) *"Title"* [[paper](url)]``: the quote ends the last
                        # paper's heading; nothing after it is that heading's)
                        self.headed.close()
                else:
                    self.add_block("quote", node.start, node.end)
            else:
                self.add_block(kind, node.start, node.end)

    def _quoted_list(self, items: list[Node]) -> bool:
        """Whether a list set off as a quote holds resources (see :func:`quoted_entries`):
        each opens with its link (or a name and a dash before it: ``> + QM9——[Paper](url)``),
        or most cite a paper at its venue (``> + [NIPS'17] SchNet: [Title](url)``)."""
        if self.items.linked_resources(items):
            return True
        heads = [self.items.head_segments(item) or [] for item in items]
        if all(opens_with_resource(head, colon=False) for head in heads):
            return True
        return self.items.cited_papers(items, share=_QUOTED_PAPERS_SHARE)

    def segments_of(self, inline: Token) -> list[Segment]:
        """The segments of an inline token, which are all that is read from its tokens:
        made once, then the tokens are let go."""
        key = id(inline)
        found = self._segments.get(key)
        if found is None:
            found = segments(inline.children or [])
            # ``[![ZOC](…/badge/AAAI'22-ZOC-…)](https://arxiv.org/…)`` opening a line: the
            # work's name and its venue, as the rendered badge shows them
            found = self._segments[key] = badge_named_work(found) or found
            inline.children = []
        return found

    def inline_segments(self, node: Node) -> list[Segment]:
        inline = node.inline
        return self.segments_of(inline) if inline is not None else []


def build_document(text: str, path: str, bom: bool = False, newline: str = "\n") -> Document:
    """The Document of ``text``; a parser bug becomes one :class:`InternalError` naming ``path``."""
    with gc_paused():
        try:
            return _build_document(text, path, bom, newline)
        except AwesomePtmError:
            raise
        except Exception as error:  # a bug names the file; no traceback
            raise InternalError.parsing(error, path) from error


def _build_document(text: str, path: str, bom: bool, newline: str) -> Document:
    builder = Builder(text, path)
    recorded = _parse_into(builder, text, stream=not may_define_references(text))
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


def _parse_into(builder: Builder, text: str, stream: bool) -> Layout:
    """Parse ``text`` and walk its blocks into ``builder``; return the recorded layout.

    With ``stream``, each top-level block is read as soon as the block parser has finished
    it (see :func:`streaming_parser`); else the block parse of the whole file comes first.
    Both give the same document (``tests/test_parse_streaming.py``).
    """
    md = streaming_parser() if stream else builder.md
    env: dict[str, Any] = {}
    inline = InlineParser.create(md, env)
    reader = BlockReader(builder, inline)
    if inline is None:
        reader.read(md.parse(text))
        builder.finish()
        return reader.layout
    if stream:
        env[READER] = reader
    tokens = inline.block_tokens(text)
    env.pop(READER, None)
    if tokens:
        reader.read(tokens)  # the last block (or all of them, not streaming)
    builder.finish()
    return reader.layout
