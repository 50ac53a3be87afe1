"""Paragraphs that hold one entry a line: ``Title, NeurIPS 2021 [[Link](url)]<br>`` (a
paper cited a line), ``**Title** [2023].<br> Names <br>[[PDF](url)]<br>`` (a bold-titled
paper a source line), ``[RISE](url) - Turn notebooks into presentations.␠␠`` (a list
written without markers; a line without a link is a remark), and paragraphs without links
that cite papers (``[ISSCC 1997][Title]<br/>``, ``[2] Names (2010). Title. Venue.``,
``**Title**. (2023-ICLR) Names.``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from awesome_ptm.parse._apa import apa_reference
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._entry import interpret, interpret_lines
from awesome_ptm.parse._ieee import ieee_reference
from awesome_ptm.parse._inline import Segment, plain
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._notes import labels_for_rest
from awesome_ptm.parse._paragraph_kinds import (
    bold_led_lines,
    bold_opened_groups,
    cited_lines,
    listed_lines,
    source_lines_of,
    tagged_title_lines,
    titled_lines,
    unlinked_citation,
    venue_tagged_lines,
)

if TYPE_CHECKING:
    from awesome_ptm.model import Entry


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
        lines = source_lines_of(segs, source_lines)
        papers: list[Draft | None] | None = None
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
        elif lines is not None and (titled := titled_lines(lines)) is not None:
            papers = [interpret(line) for line in titled]
        if papers is not None:
            for offset, draft in enumerate(papers):
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
            for offset, line in enumerate(listed):
                draft = interpret(line) if any(s.kind == "link" for s in line) else None
                at = node.start + offset
                if draft is not None:
                    self.add_entry(draft, at, at)
                else:
                    self.add_block("prose", at, at)
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
        if unlinked_citation(segs):
            # ``**Title**. (2023-ICLR) Names.`` / ``**TLDR**: …``: a paper without links
            cited = interpret(segs)
            if cited is not None:
                self.add_entry(cited, node.start, node.end)
                return True
        return False
