"""Entries written as linked headings: ``### [翻译: OpenAI Translator](url)`` then a
paragraph that describes the tool, screenshots and a line of more links. Such a heading is
an entry (its title the link text, its links the heading's and those of its paragraphs, its
section the heading's parent) and still a section heading for the layout."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from awesome_ptm.model import Entry
from awesome_ptm.parse._categories import full_sentence
from awesome_ptm.parse._dates import find_date
from awesome_ptm.parse._detail_fields import labelled_field
from awesome_ptm.parse._draft import Draft, LinkDraft
from awesome_ptm.parse._entry import interpret_head
from awesome_ptm.parse._heading_citation import citation_items
from awesome_ptm.parse._inline import (
    ITEM_NUMBERING,
    Segment,
    first_visible,
    plain,
    split_lines,
    visible,
)
from awesome_ptm.parse._leading_marker import leading_marker
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._names import loose_names, plain_names
from awesome_ptm.parse._notes import clean_label, is_generic_label
from awesome_ptm.parse._vocabulary import column_role

if TYPE_CHECKING:
    from awesome_ptm.parse._document import Builder


#: ``Metrics:``, ``数据集：``: a bold label of a detail line.
_LABEL = re.compile(r"[^\s:：][^:：]{0,30}[:：]")
#: ``Summary:``, ``Data generation model:``: a plain label opening a detail line.
_PLAIN_LABEL = re.compile(r"([A-Za-z][A-Za-z ]{0,30}?)\s{0,2}[:：]")


@dataclass(slots=True)
class _Open:
    draft: Draft
    start: int
    end: int
    section: list[str]
    index: int
    decided: bool = False
    notes: list[str] = field(default_factory=list)
    #: a heading of plain text, an entry only when its citation follows (see
    #: :meth:`LinkedHeadings._citation_items`)
    plain: bool = False
    #: its authors and venue followed as a list: a paper's, an entry alone or in a run
    cited: bool = False


def heading_link(segs: list[Segment]) -> Segment | None:
    """The link of a heading whose text is one link to a web page (``### [Tool](url)``,
    ``### <a href="url">Tool</a>``, a full stop after it perhaps), or None."""
    shown = [s for s in segs if not (s.kind == "text" and not s.text.strip(" \t.:;"))]
    if len(shown) != 1 or shown[0].kind != "link" or shown[0].style not in ("inline", "html"):
        return None
    href = str(shown[0].href or "")
    if not href.startswith(("https://", "http://")) or not shown[0].text.strip():
        return None
    return shown[0]


def heading_entry(segs: list[Segment]) -> Draft | None:
    """The entry a heading presents, or None: one link to a web page (``### [Tool](url)``),
    a title link and its date (``#### [Title](url) *15 Jun 2022*``), or a paper's whole
    line (``##### • [\\[arXiv:2111.06500\\]](url) Title. [\\[PDF\\]](url)``, ``##### •
    \\[2018 TPAMI\\] Title. [\\[PDF\\]](url)``)."""
    link = heading_link(segs)
    if link is not None:
        draft = Draft(
            title=link.text.strip(),
            links=[LinkDraft(href=str(link.href), style=str(link.style))],
            shape="heading",
        )
        marker = leading_marker(draft.title)
        if marker is not None and marker[0].year is not None:
            # ``### <a href="…">[Unite 2015] A coder's guide to …</a>``: the talk's venue and
            # year before its title
            draft.title, draft.venue = marker[1].strip(), marker[0]
        return draft
    shown = visible(segs)
    remarked = _logo_link_remark(shown) or _link_then_generic_links(shown)
    if remarked is not None:
        return remarked
    if shown and shown[0].kind == "text" and shown[0].text.strip() in _BULLETS:
        shown = shown[1:]  # ``• Title``: a bullet drawn in the heading
    elif shown and shown[0].kind == "text" and shown[0].text.lstrip()[:1] in _BULLETS:
        shown = [Segment("text", shown[0].text.lstrip()[1:]), *shown[1:]]
    if len(shown) > 1 and shown[0].kind == "text" and ITEM_NUMBERING.fullmatch(shown[0].text):
        shown = shown[1:]  # ``###### 1) *"Title"* [[paper](url)]``: the number counts
    web = [s for s in shown if s.kind == "link" and _is_web(s)]
    if not shown or not web:
        return None
    first = shown[0]
    if first.kind == "link" and _is_web(first) and first.text.strip():
        rest = plain(shown[1:]).strip()
        if rest and all(s.kind in ("text", "em") for s in shown[1:]) and find_date(rest):
            draft = Draft(
                title=first.text.strip(),
                links=[LinkDraft(href=str(first.href), style="inline")],
                shape="heading",
            )
            draft.notes.append(rest)  # (the date: the entry's)
            return draft
        described = _DESCRIBED_AFTER.match(rest) if rest else None
        if described is not None and all(s.kind in ("text", "em", "strong") for s in shown[1:]):
            # ``### [ARCore](url)---ARCore是谷歌推出的…``: the linked name, a dash, what it is
            draft = Draft(
                title=first.text.strip(),
                links=[LinkDraft(href=str(first.href), style="inline")],
                shape="heading",
            )
            draft.notes.append(rest[described.end() :].strip())
            return draft
    read = interpret_head(shown)
    if read is None or not read.links or len(read.title.split()) < _PAPER_WORDS:
        return None
    read.shape = "heading"
    return read


#: ``---``, `` - ``, ``：``: what separates a heading's linked name from its description.
_DESCRIBED_AFTER = re.compile(r"(?:-{1,3}|[–—]{1,2}|[:：])[ \t]{0,3}(?=\S)")
#: The longest remark between a heading's link and its generic links (``(v3.03.0) ~``).
_BETWEEN_LINKS_MAX = 30


def _link_then_generic_links(shown: list[Segment]) -> Draft | None:
    """``### [Caffeinate](url) (v3.03.0) ~ [Download](url)``: a web link names the heading,
    short remarks and generic links (``Download``, ``Docs``) follow it. The draft (the
    remarks a note), or None."""
    first = shown[0] if shown else None
    if first is None or first.kind != "link" or not _is_web(first) or not first.text.strip():
        return None
    rest = shown[1:]
    links = [s for s in rest if s.kind == "link"]
    remark = " ".join(plain([s for s in rest if s.kind != "link"]).split())
    if (
        not links
        or len(remark) > _BETWEEN_LINKS_MAX
        or any(s.kind not in ("text", "link") for s in rest)
    ):
        return None
    if not all(s.href and is_generic_label(s.text.strip("[]() ")) for s in links):
        return None
    draft = Draft(
        title=first.text.strip(),
        links=[LinkDraft(href=str(s.href), style="inline") for s in (first, *links)],
        shape="heading",
    )
    if remark.strip(" ~-–—|/·"):
        draft.notes.append(remark)
    return draft


#: `` - Launcher``, `` – Keyboard remapping``: a dash, then what a heading's link is.
_DASH_REMARK = re.compile(r"[-–—]\s{1,3}([^\s].{0,120})")
#: ``(IETF)``, ``(Bluetooth SIG)``: who stands behind what a heading links, in brackets.
_REMARK = re.compile(r"[(（][^()（）]{1,40}[)）]")


def _logo_link_remark(shown: list[Segment]) -> Draft | None:
    """``#### <img src=logo.png /> - [Eddystone](url) (Google)``, ``#### [CoAP](url)
    (IETF)``: a logo and a dash may open the heading, one web link names it, a remark in
    brackets may close it (a note). The draft, or None."""
    rest = [s for s in shown if s.kind not in ("html", "image")]
    if len(rest) < len(shown) and rest and rest[0].kind == "text" and rest[0].text.strip() in "-–—":
        rest = rest[1:]  # (the dash between the logo and the link)
    if not rest or rest[0].kind != "link" or not _is_web(rest[0]) or not rest[0].text.strip():
        return None
    remark = plain(rest[1:]).strip()
    if len(rest) == len(shown) and not remark:
        return None  # (a heading of one link alone is read by heading_link)
    described = _DASH_REMARK.fullmatch(remark)
    if described is not None and all(s.kind == "text" for s in rest[1:]):
        remark = described.group(1)  # ``#### [Alfred](url) - Launcher``: what it is
    elif remark and (not all(s.kind == "text" for s in rest[1:]) or not _REMARK.fullmatch(remark)):
        return None
    draft = Draft(
        title=rest[0].text.strip(),
        links=[LinkDraft(href=str(rest[0].href), style="inline")],
        shape="heading",
    )
    if remark:
        draft.notes.append(remark)
    return draft


def _is_web(seg: Segment) -> bool:
    return str(seg.href or "").startswith(("https://", "http://"))


#: Bullets drawn by hand at the start of a heading.
_BULLETS = frozenset("•·▪◦‣")
#: How many entry headings of one level make the level the file's way of listing entries.
_RUN = 3
#: The fewest words a paper heading's title has.
_PAPER_WORDS = 3


class LinkedHeadings:
    """Reads the entries that linked headings present into a :class:`Builder`."""

    def __init__(self, doc: Builder) -> None:
        self.doc = doc
        self.open: _Open | None = None
        self.made: list[tuple[int, Entry]] = []
        #: The level of every heading of the file and whether it is one link, in order.
        self.headings: list[tuple[int, bool]] = []

    def start(self, segs: list[Segment], node: Node, section: list[str]) -> None:
        """A heading was read (``section``: the path of its parent): close the entry of
        the heading before, open one when this heading is one link."""
        self.close()
        draft = heading_entry(segs)
        self.headings.append((int(node.token.tag[1]), draft is not None))
        if self.doc.meta_level is not None:
            return
        index = len(self.headings) - 1
        if draft is not None:
            self.open = _Open(draft, node.start, node.end, section, index)
            return
        title = " ".join(plain(segs).split())
        if len(title.split()) >= _PAPER_WORDS and all(s.kind in ("text", "em") for s in segs):
            # ``### Fast Conservative Garbage Collection``: a paper's title, if its names
            # and venue follow as a list
            draft = Draft(title=title, shape="heading")
            self.open = _Open(draft, node.start, node.end, section, index, plain=True)

    def block(self, node: Node, segs: list[Segment] | None) -> bool:
        """A block under the open heading (``segs``: a paragraph's segments): its
        paragraphs' links are the heading entry's. A list or a table first under it makes
        the heading a category over entries. True when the block was taken in."""
        state = self.open
        if state is None:
            return False
        if state.plain:
            taken = not state.decided and (
                (node.type in ("bullet_list", "ordered_list") and self._citation_items(node, state))
                or (
                    node.type == "paragraph"
                    and segs is not None
                    and self._citation_lines(split_lines(segs), node, state)
                )
            )
            if taken:
                state.decided = True
            else:
                self.open = None  # (a section's heading: what follows is its content)
            return taken
        if not state.decided:
            if node.type in ("bullet_list", "ordered_list") and (
                self._details(node, state) or self._citation_items(node, state)
            ):
                state.decided = True  # ``- **Metrics:** AUC`` under ``### [Paper](url)``
                return True
            if node.type in ("bullet_list", "ordered_list", "table"):
                self.open = None  # ``### [Python](url)`` over the Python tools
                return False
            state.decided = True
        elif (
            node.type in ("bullet_list", "ordered_list")
            and (points := self._point_links(node)) is not None
        ):
            # ``This book helps you:`` over ``- Write idiomatic code in Go``, ``Features:``
            # over ``- 🚀 Simple setup`` and its sub-points, ``- Configuration file using
            # [TOML](url) syntax.``: points of the heading's description, below its prose
            # (the links they mention are the entry's)
            state.draft.links.extend(points)
            state.end = max(state.end, node.end)
            self.doc.add_block("prose", node.start, node.end)
            return True
        if segs is None or node.type != "paragraph":
            return False
        for line in split_lines(segs):
            # ``*Last published*: **2015**``, ``*Authors:* **A** and **B**``: the entry's
            labelled_field(state.draft, " ".join(plain(line).split()))
        if not state.draft.authors:
            # ``Jason Wei, Yi Tay, …`` / ``_Zhigang Tu, Zhisheng Huang_`` under a paper's heading
            named = _names_line(segs)
            if named is not None:
                state.draft.authors = named
                state.end = max(state.end, node.end)
                self.doc.add_block("prose", node.start, node.end)
                return True
        links = [s for s in segs if s.kind == "link" and s.href]
        for seg in links:
            shown = seg.style == "inline" and seg.text != seg.href
            state.draft.links.append(
                LinkDraft(
                    href=str(seg.href),
                    style=str(seg.style),
                    label=clean_label(seg.text) if shown else None,
                )
            )
        if links:
            state.end = max(state.end, node.end)
        self.doc.add_block("prose", node.start, node.end)
        return True

    def _details(self, node: Node, state: _Open) -> bool:
        """A list right under a linked heading whose items all open with a label, bold
        (``- **Metrics:** AUC``, ``- **Datasets:** HaluEval``) or plain (``- Summary: …``,
        ``- paper: [Title](url)``, one of them a field's name such as ``paper`` or
        ``summary``), tells about the heading's resource: its text becomes the entry's
        notes, its links (those of the items' sub-items too) the entry's. True when the
        list was taken in so."""
        lines: list[list[Segment]] = []
        plain_labels: list[str] = []
        mentions = False
        for item in node.children:
            first = item.children[0] if item.children else None
            if first is None or first.type != "paragraph":
                return False
            segs = self.doc.inline_segments(first)
            lead = first_visible(segs)
            if lead is None:
                return False
            if lead.kind == "text" and _mentions_link(segs):
                mentions = True  # ``- Described in [wiki](url).``: a sentence about it
            elif lead.kind == "text" and (label := _PLAIN_LABEL.match(lead.text.lstrip())):
                plain_labels.append(label.group(1))
            elif lead.kind != "strong" or not _LABEL.fullmatch(lead.text.strip()):
                after = segs[segs.index(lead) + 1] if lead in segs[:-1] else None
                labelled = (
                    lead.kind == "strong"
                    and after is not None
                    and after.kind == "text"
                    and after.text.lstrip().startswith((":", "："))
                )
                if not labelled:
                    return False
            lines.append(segs)
            lines.extend(self._nested_lines(item))
        fields = any(column_role(label) is not None for label in plain_labels)
        if plain_labels and not fields and not mentions:
            return False  # (``- Django: web framework``: names, not a resource's fields)
        for segs in lines:
            for seg in segs:
                if seg.kind == "link" and seg.href:
                    state.draft.links.append(
                        LinkDraft(href=str(seg.href), style=str(seg.style), label=None)
                    )
            text = " ".join(plain([s for s in segs if s.kind != "html"]).split())
            if text:
                state.draft.notes.append(text)
        state.end = max(state.end, node.end)
        self.doc.add_block("prose", node.start, node.end)
        return True

    def _citation_items(self, node: Node, state: _Open) -> bool:
        """A short list under a paper's heading that is its citation: the names, then the
        venue's line (see :func:`~awesome_ptm.parse._heading_citation.citation_items`), the
        paper's. True when the list was taken in so."""
        lines: list[list[Segment]] = []
        for item in node.children:
            if len(item.children) != 1 or item.children[0].type != "paragraph":
                return False
            lines.append(self.doc.inline_segments(item.children[0]))
        return self._citation_lines(lines, node, state)

    def _citation_lines(self, lines: list[list[Segment]], node: Node, state: _Open) -> bool:
        """The lines of a list's items, or of a paragraph under a paper's heading
        (gradual-typing-bib: ``Jeremy G. Siek and Walid Taha.`` / ``In Seventh Workshop on
        Scheme …, September 2006.`` / ``http://…pdf``): its citation when they read so, taken
        in. True when they were."""
        if not citation_items(state.draft, lines, plain_heading=state.plain):
            return False
        if state.plain:
            # (``##### Gradual typing for functional languages.``: a reference's full stop)
            state.draft.title = state.draft.title.rstrip(".").rstrip() or state.draft.title
        state.cited = True
        state.end = max(state.end, node.end)
        self.doc.add_block("prose", node.start, node.end)
        return True

    def _point_links(self, node: Node) -> list[LinkDraft] | None:
        """The links of a list of points (``- 🚀 Simple setup``, sub-points under them, ``-
        Uses [TOML](url) syntax.``): every item a line of text that does not open with a
        link (a resource's own), with only such points nested under it; None for any
        other list. (Most points name no link: an empty list.)"""
        if not node.children:
            return None
        links: list[LinkDraft] = []
        for item in node.children:
            first = item.children[0] if item.children else None
            if first is None or first.type != "paragraph":
                return None
            segs = self.doc.inline_segments(first)
            lead = first_visible(segs)
            if lead is None or lead.kind in ("link", "image"):
                return None
            if any(
                s.kind == "link" and (s.style == "bare" or is_generic_label(s.text.strip("[]")))
                for s in segs
            ):
                # (``* "Title", *arXiv, Oct 2024*. [[Paper](url)]``: a paper; ``- **Debian**
                # — https://wiki.debian.org/…``: a resource named, then its address)
                return None
            links.extend(
                LinkDraft(href=str(s.href), style=str(s.style))
                for s in segs
                if s.kind == "link" and s.href
            )
            for child in item.children[1:]:
                nested = (
                    self._point_links(child)
                    if child.type in ("bullet_list", "ordered_list")
                    else None
                )
                if nested is None:
                    return None
                links.extend(nested)
        return links

    def _nested_lines(self, item: Node) -> list[list[Segment]]:
        """The lines of the items nested in ``item`` (``- Related:`` over its links)."""
        found: list[list[Segment]] = []
        for child in item.children[1:]:
            if child.type not in ("bullet_list", "ordered_list"):
                continue
            for sub in child.children:
                for block in sub.children:
                    if block.type == "paragraph":
                        found.append(self.doc.inline_segments(block))
                found.extend(self._nested_lines(sub))
        return found

    def close(self) -> None:
        """The open heading's section ended: add its entry."""
        state, self.open = self.open, None
        if state is None or (state.plain and not state.decided):
            return
        entry = self.doc.add_entry(state.draft, state.start, state.end)
        entry.section = state.section
        # in the file's order: before the entries listed under the heading
        entries = self.doc.entries
        entries.pop()
        at = len(entries)
        while at > 0 and entries[at - 1].source.line > state.start:
            at -= 1
        entries.insert(at, entry)
        if not state.cited:  # (a heading over its citation is an entry, run or not)
            self.made.append((state.index, entry))

    def finish(self) -> None:
        """End of the file: a linked heading is an entry in a run of linked headings; one
        whose sibling headings (the heading before and after it at its level) are plain
        titles a section and links the section's own page."""
        self.close()
        alone = [entry for index, entry in self.made if not self._in_run(index)]
        if alone:
            self.doc._to_prose(alone)
        self.made = []

    def _in_run(self, index: int) -> bool:
        level = self.headings[index][0]
        if sum(1 for other, linked in self.headings if other == level and linked) >= _RUN:
            return True  # (the file's entries are headings of this level; this one alone
            # under its parent)
        before = reversed(self.headings[:index])
        after = self.headings[index + 1 :]
        for side in (before, after):
            for other_level, linked in side:
                if other_level < level:
                    break
                if other_level == level:
                    if linked:
                        return True
                    break
        return False


def _names_line(segs: list[Segment]) -> list[str] | None:
    """A paragraph that is only names, plain or emphasised, or None."""
    shown = visible(segs)
    if not shown or any(s.kind not in ("text", "em") for s in shown):
        return None
    text = " ".join(plain(shown).split())
    if len(shown) == 1 and shown[0].kind == "em":
        return loose_names(text)
    return plain_names(text)


#: The fewest words of a sentence that mentions a link under a linked heading.
_MENTION_WORDS = 3


def _mentions_link(segs: list[Segment]) -> bool:
    """``Described in [wiki](url).``: a sentence of a few words that mentions a link, which
    opens with words, not with the link."""
    text = " ".join(plain(segs).split())
    return any(s.kind == "link" for s in segs) and full_sentence(text, _MENTION_WORDS)
