"""What the builder drops from the entries once the whole file is read: an introduction's
links, sentences about a resource, tables of contents written with the list's address,
advertising, and link-less items in a list of links. Each pass turns entries into blocks:
what it drops stays in the document's layout."""

from __future__ import annotations

import re

from awesome_ptm.model import Block, Entry, Heading, Section
from awesome_ptm.parse._detail_fields import FIELD_LINE
from awesome_ptm.parse._heading_mirrors import heading_mirror_entries
from awesome_ptm.parse._own_anchors import own_anchor_entries
from awesome_ptm.parse._promotion import promoted_entries
from awesome_ptm.titles import in_title_case
from awesome_ptm.venues import canonical_venue

#: How many linked entries a file needs before link-less items or sentences among them
#: are read as prose.
MIN_LINKED = 5
#: How many entries an introduction holds at most: it cites the list's sources, its
#: related lists, a few links; more are a section the title heads.
MAX_INTRO = 10
#: ``- [Wiki] [Sign Language](url)``: an item whose link follows a bracketed word of its kind.
_TAG_BEFORE_LINK = re.compile(r"\s{0,3}[-*+]\s{1,4}\[[A-Za-z][\w -]{0,20}\]\s{1,3}\[")


#: How many link-less paper titles under one section make them that section's entries.
_MIN_TITLED_RUN = 5
#: The fewest words of a paper's title named without a link.
_TITLE_WORDS = 4
#: The fewest words a run of link-less titles has on average to be works' titles.
_RUN_MEAN_WORDS = 6


def _paper_title(title: str) -> bool:
    """``Object-Centric Unsupervised Image Captioning``, ``ECCV Caption: Correcting False
    Negatives …``: a work's title (title case, a few words, no sentence's full stop, no
    quotation), not a bullet of prose (``Written in Rust.``, ``Supports many formats``,
    ``Yann LeCun: "self-supervised learning is the cake"``)."""
    words = title.split()
    if len(words) < _TITLE_WORDS or title.rstrip().endswith((".", "。", "!", "?")):
        return False
    if any(mark in title for mark in '"“”(（') or not title[:1].isalnum():
        return False  # (a quotation, ``Data Mining (KDD, WSDM)``, ``🎯Solve …``)
    return in_title_case(title)


#: The most words of a field's value (``Level of annotation: Posts``).
_FIELD_VALUE_WORDS = 2


def _short_field(title: str) -> bool:
    """``Level of annotation: Posts``: a field's label and a short value, not a title."""
    labelled = FIELD_LINE.match(title)
    return labelled is not None and len(title[labelled.end() :].split()) <= _FIELD_VALUE_WORDS


class DropPasses:
    """The passes over the builder's entries at the end of the file."""

    entries: list[Entry]
    blocks: list[Block]
    unlinked: list[Entry]
    headings: list[Heading]
    sections: list[Section]
    sentences: list[Entry]
    lines: list[str]

    def drop_non_entries(self) -> None:
        """Run every pass, in order."""
        self._drop_preamble()
        self._drop_sentences()
        self._drop_own_anchors()
        self._drop_heading_mirrors()
        self._drop_promotions()
        if not self.unlinked:
            return
        linked = sum(1 for entry in self.entries if entry.links)
        if linked < MIN_LINKED or linked <= len(self.unlinked):
            return
        titled = self._titled_runs()
        if linked <= len(self.entries) - linked:
            # Most entries have no link, their venue read (``- Title, `TSE`, 2024``): the
            # list names its works without links, and a long title among them whose venue
            # no alias knows (``- Title, `LLM4Code`, 2024``) is one of them; a short line
            # (``- UIUC (Gupta)``) is still no work; a work's title written so, four words
            # or more in title case, is one (``- Co-Attention for Conditioned Image Matching``)
            titled |= {
                id(entry)
                for entry in self.unlinked
                if len(entry.title.split()) >= _RUN_MEAN_WORDS
                or (_paper_title(entry.title) and not _short_field(entry.title))
            }
        self._to_prose([entry for entry in self.unlinked if id(entry) not in titled])

    def _titled_runs(self) -> set[int]:
        """The link-less entries that stand in a run of paper titles under one section
        (``### ECCV-2022`` over ``- Object-Centric Unsupervised Image Captioning``…): the
        list names its works without links, it does not introduce or annotate them."""
        by_section: dict[tuple[str, ...], list[Entry]] = {}
        for entry in self.unlinked:
            by_section.setdefault(tuple(entry.section), []).append(entry)
        kept: set[int] = set()
        for run in by_section.values():
            if len(run) < _MIN_TITLED_RUN or not all(_paper_title(e.title) for e in run):
                continue
            # (works' titles are long: ``- Data Mining`` or goals are short)
            if sum(len(e.title.split()) for e in run) >= _RUN_MEAN_WORDS * len(run):
                kept.update(id(entry) for entry in run)
        return kept

    def _drop_own_anchors(self) -> None:
        """Items leading into this file by its address and its headings' anchors are a
        table of contents (see :mod:`~awesome_ptm.parse._own_anchors`)."""
        self._to_blocks(own_anchor_entries(self.entries, self.headings), "toc")

    def _drop_heading_mirrors(self) -> None:
        """Items repeating the linked headings below them are a table of contents (see
        :mod:`~awesome_ptm.parse._heading_mirrors`)."""
        self._to_blocks(heading_mirror_entries(self.entries), "toc")

    def _drop_promotions(self) -> None:
        """Groups whose every link carries one campaign's tracking, in a list whose entries
        carry none, are advertising (see :mod:`~awesome_ptm.parse._promotion`)."""
        self._to_blocks(promoted_entries(self.entries), "promotion")

    def _to_blocks(self, entries: list[Entry], kind: str) -> None:
        """Turn ``entries`` into blocks of ``kind``."""
        if not entries:
            return
        dropped = {id(entry) for entry in entries}
        self.entries = [entry for entry in self.entries if id(entry) not in dropped]
        self.unlinked = [entry for entry in self.unlinked if id(entry) not in dropped]
        for entry in entries:
            self.blocks.append(Block(kind, entry.source.line, entry.source.end_line, entry.raw))
        self.blocks.sort(key=lambda block: block.line)

    def _drop_sentences(self) -> None:
        """Paragraphs that describe a resource in a running sentence (``The [RACE
        dataset](url) is a reading comprehension dataset…``) introduce their sections
        when the file's entries are its list items and table rows."""
        if not self.sentences:
            return
        others = len(self.entries) - len(self.sentences)
        if others < max(MIN_LINKED, 2 * len(self.sentences)):
            return
        self._to_prose(self.sentences)
        self.sentences = []

    def _to_prose(self, entries: list[Entry]) -> None:
        """Turn ``entries`` into prose blocks."""
        self._to_blocks(entries, "prose")

    def _drop_preamble(self) -> None:
        """What stands between the list's title (``# Awesome X``) and its first section is
        its introduction: the sources to cite, the author's related lists. When the
        sections below hold the list's entries, links there are not entries."""
        if len(self.headings) < 2 or self.headings[0].level != 1 or self.headings[1].level == 1:
            return
        lo, hi = self.headings[0].line, self.headings[1].line
        named = [e for e in self.entries if lo < e.source.line < hi]
        if (
            named
            and all(_names_a_venue(e) for e in named)
            and len(self.entries) - len(named) >= MIN_LINKED
        ):
            # ``… papers from the following conferences:`` over ``* [NeurIPS](https://nips.cc/)``,
            # ``* [ICML](https://icml.cc/)``: the venues the list draws from, its scope
            self._to_prose(named)
            return
        # (a group the introduction names, ``**其他相关资源**`` over its items, is curated:
        # its items stay entries)
        groups = {
            section.title
            for section in self.sections
            if section.kind in ("label", "list-item") and lo < section.source.line < hi
        }
        intro = [
            entry
            for entry in self.entries
            if lo < entry.source.line < hi and not (entry.section and entry.section[-1] in groups)
        ]
        if not intro or len(self.entries) - len(intro) < max(MIN_LINKED, 2 * len(intro)):
            return
        if len(intro) >= MAX_INTRO:
            return  # (``# Papers`` over sixteen papers: a section, not an introduction)
        tagged = [e for e in intro if _TAG_BEFORE_LINK.match(self.lines[e.source.line - 1])]
        if len(tagged) >= MIN_LINKED and len(tagged) == len(intro):
            # ``- [Wiki] [Sign Language](url)``, ``- [Resource] [owner/list](url)``: links the
            # curator sorted by kind, a list of its own, not the sources of an introduction
            return
        self._to_prose(intro)


def _names_a_venue(entry: Entry) -> bool:
    """An entry that is a venue's name and nothing more (its home page): no year, no
    authors, one link."""
    return (
        canonical_venue(entry.title) is not None
        and entry.year is None
        and not entry.authors
        and len(entry.links) == 1
    )
