"""Paragraphs that hold one entry a line: ``Title, NeurIPS 2021 [[Link](url)]<br>`` (a
paper cited a line), ``**Title** [2023].<br> Names <br>[[PDF](url)]<br>`` (a bold-titled
paper a source line), ``[RISE](url) - Turn notebooks into presentations.␠␠`` (a list
written without markers; a line without a link is a remark), and paragraphs without links
that cite papers (``[ISSCC 1997][Title]<br/>``, ``[2] Names (2010). Title. Venue.``,
``**Title**. (2023-ICLR) Names.``, ``Names. Title. In Proceedings of APLAS'05, ….``); and a
reference whose links are HTML (``Names, “Title,” Venue, 2024.[<a href=…>Paper</a>]``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from awesome_ptm.parse._apa import apa_reference
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._entry import is_generic_label
from awesome_ptm.parse._entry_lines import interpret, interpret_lines
from awesome_ptm.parse._ieee import ieee_reference
from awesome_ptm.parse._inline import Segment, plain
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._notes import labels_for_rest
from awesome_ptm.parse._numbered_reference import numbered_reference
from awesome_ptm.parse._paragraph_kinds import unlinked_citation
from awesome_ptm.parse._paragraph_lines import (
    bold_led_lines,
    bold_opened_groups,
    cited_lines,
    line_starts,
    listed_lines,
    source_lines_of,
    tagged_title_lines,
    titled_lines,
    venue_tagged_lines,
)
from awesome_ptm.parse._quoted import quoted_reference

if TYPE_CHECKING:
    from awesome_ptm.model import Entry


#: How many lines after a reference are looked at for the links line of its work.
_LOOKAHEAD_LINES = 8
#: ``[Web](url)``: a link opening a line, its text.
_OPENING_LINK = re.compile(r"\[([^\[\]]{1,40})\]\(")
#: The most characters of a paragraph read as one reference (a page of prose is none).
_REFERENCE_MAX = 600
#: The first word of a text (a name's, in a reference).
_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]{0,40}")


def unlinked_reference(segs: list[Segment], text: str) -> Draft | None:
    """``Sebastian Hack and Gerhard Goos. Optimal register allocation for SSA-form programs
    in polynomial time. In Information Processing Letters 98(4): 150-155, 2006.``: a short
    paragraph without links that cites one paper, names first: the paper, when its reading
    finds both its authors and its year (a sentence of prose states neither so)."""
    if len(text) > _REFERENCE_MAX or not text[:1].isalpha():
        return None
    quoted = quoted_reference(" ".join(text.split()))
    if quoted is not None:
        return quoted
    draft = interpret(segs)
    if draft is None or not draft.authors or draft.venue is None or draft.venue.year is None:
        return None
    # (the names open the reference: ``… such as PaLM inference (Pope et al., 2022)`` is a
    # sentence citing a work, not a reference)
    first_word = _FIRST_WORD.match(text)
    if first_word is None or first_word.group(0) not in draft.authors[0]:
        return None
    return draft if draft.title and draft.title != text.strip() else None


class LineEntries:
    """The builder's reading of paragraphs of entries, one a line."""

    lines: list[str]

    if TYPE_CHECKING:  # (the builder's)

        def add_entry(self, draft: Draft, start: int, end: int, **extra: object) -> Entry: ...

        def add_block(self, kind: str, start: int, end: int) -> None: ...

    def entry_lines(self, node: Node, segs: list[Segment]) -> bool:
        """Read the paragraph ``node`` (its segments ``segs``) as entries a line, when it is
        one of the shapes above. True when it was read so."""
        source_lines = node.end - node.start + 1
        raw = self.lines[node.start - 1 : node.end]
        lines = source_lines_of(segs, raw)
        papers: list[Draft | None] | None = None
        # (each line's source line: one a line, or where a link's text ran onto the next)
        starts = list(range(source_lines))
        if lines is not None and len(lines) != source_lines:
            starts = line_starts(raw)
        if lines is not None and (cited := cited_lines(lines)) is not None:
            papers = [interpret(line) for line in cited]
        elif (
            lines is not None
            and segs[0].kind == "strong"
            and (tagged := venue_tagged_lines(lines)) is not None
        ):
            papers = [interpret(line) for line in tagged]
        elif (bold_led := bold_led_lines(segs, source_lines)) is not None:
            papers = [interpret_lines(group) for group in bold_led]
            starts = list(range(len(papers)))
        elif lines is not None and (titled := titled_lines(lines)) is not None:
            papers = [interpret(line) for line in titled]
        if papers is not None:
            for offset, draft in zip(starts, papers, strict=True):
                if draft is not None:
                    self.add_entry(draft, node.start + offset, node.start + offset)
            return True
        if (opened := bold_opened_groups(segs)) is not None:
            starts = self._bold_opened_starts(node)
            if len(starts) == len(opened):
                # (each paper from its bold name's source line to the line before the next)
                ends = [start - 1 for start in starts[1:]] + [node.end]
                for group, start, end in zip(opened, starts, ends, strict=True):
                    draft = interpret_lines(group)
                    if draft is not None:
                        self.add_entry(draft, start, end)
                return True
        if lines is not None and (listed := listed_lines(lines)) is not None:
            for offset, line in zip(starts, listed, strict=True):
                draft = interpret(line) if any(s.kind == "link" for s in line) else None
                at = node.start + offset
                end = node.start + next((o for o in starts if o > offset), source_lines) - 1
                if draft is not None:
                    self.add_entry(draft, at, end)
                else:
                    self.add_block("prose", at, end)
            return True
        return False

    def _bold_opened_starts(self, node: Node) -> list[int]:
        """The source lines of the paragraph ``node`` that open with a bold name."""
        return [
            number
            for number in range(node.start, node.end + 1)
            if self.lines[number - 1].lstrip().startswith(("**", "__"))
        ]

    def html_linked_reference(self, node: Node, segs: list[Segment]) -> bool:
        """Read the paragraph ``node`` as one paper when it is a reference whose links are
        HTML (``F. Jiang, Y. Peng, and X. You, “Title,” arXiv preprint arXiv:2403.05783,
        2024.[<a href="url">Paper</a>]``): the text before its first link an IEEE reference,
        its links the paper's. True when it was read so (an introduction's HTML links are
        prose, read by the caller)."""
        first = next((i for i, s in enumerate(segs) if s.kind == "link"), None)
        if first is None or first == 0 or segs[first].style != "html":
            return False
        draft = ieee_reference(plain(segs[:first]))
        if draft is None:
            return False
        draft.links.extend(labels_for_rest(segs[first:], None))
        self.add_entry(draft, node.start, node.end)
        return True

    def _links_line_follows(self, end: int) -> bool:
        """Whether the next line of text after line ``end`` (blank, image and HTML lines
        skipped) opens with a link whose text only says what it is (``[Web](url)
        [Paper](url)``): the links of a work the heading above names, the reference before
        them its citation (dl-music-generation-review), not an entry of its own."""
        for line in self.lines[end : end + _LOOKAHEAD_LINES]:
            stripped = line.strip()
            if not stripped or stripped.startswith(("<", "![")):
                continue
            label = _OPENING_LINK.match(stripped)
            return label is not None and is_generic_label(label.group(1))
        return False

    def unlinked_entries(self, node: Node, segs: list[Segment], text: str) -> bool:
        """Read the paragraph ``node`` without links (its segments ``segs``, its ``text``)
        as the papers it cites, when it is one of the shapes that need no link to say so.
        True when it was read so."""
        paired = tagged_title_lines(segs)
        if paired is not None:
            # ``[ISSCC 1997][Title]<br/>`` a line: papers without links
            for paper, first, last in paired:
                self.add_entry(paper, node.start + first, node.start + last)
            return True
        referenced = apa_reference(text) if "\n" not in text else None
        if referenced is not None:
            # ``[2] Kim, Y. E., et al. (2010). Title. Venue, pp. 1–9.``: a reference
            self.add_entry(referenced, node.start, node.end)
            return True
        numbered = numbered_reference(segs, None)
        if numbered is not None:
            # ``**[1]** Names. **Title**. Neural Networks, 16(1):5–9, 2003.``: a reference
            self.add_entry(numbered, node.start, node.end)
            return True
        if unlinked_citation(segs):
            # ``**Title**. (2023-ICLR) Names.`` / ``**TLDR**: …``: a paper without links
            cited = interpret(segs)
            if cited is not None:
                self.add_entry(cited, node.start, node.end)
                return True
        reference = unlinked_reference(segs, text)
        if reference is not None and not self._links_line_follows(node.end):
            # ``Jeffrey Dean, David Grove, Craig Chambers. Optimization of Object-Oriented
            # Programs Using Static Class Hierarchy Analysis. In Proceedings of ECOOP'95.``
            self.add_entry(reference, node.start, node.end)
            return True
        return False
