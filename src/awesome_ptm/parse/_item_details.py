"""What adds to an entry rather than being one: a bullet list of details right after a
numbered list, a summary or the names under a paragraph entry, and a bold title over a list
of ``Paper: url`` items (one entry); the nested items are read in :mod:`._nested_notes`."""

from __future__ import annotations

import re

from awesome_ptm.model import Entry, Source
from awesome_ptm.parse._categories import bold_only, full_sentence
from awesome_ptm.parse._decoration import without_leading_decoration
from awesome_ptm.parse._detail_fields import (
    FIELD_LINE,
    cited_names_line,
    empty_link_field,
    field_venue,
)
from awesome_ptm.parse._entry import Draft, LinkDraft, clean_label, is_generic_label, line_kind
from awesome_ptm.parse._entry_lines import interpret, interpret_lines
from awesome_ptm.parse._inline import Segment, plain, split_lines, visible
from awesome_ptm.parse._link_lines import link_line, plain_target
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._names_venue import cited_names
from awesome_ptm.parse._navigation import image_only, is_anchor_segment, is_navigation_segment
from awesome_ptm.parse._nested_notes import NestedNotes
from awesome_ptm.parse._vocabulary import says_link_missing

#: The longest label of a link line under a bold title (``caffe-pr("Make R-CNN the Caffe
#: detection example"):``).
_LONG_LABEL_MAX = 100


def _long_labelled_link(segs: list[Segment]) -> bool:
    """``caffe-pr("Make R-CNN the Caffe detection example"): <url>``: a label too long for a
    label-url line, its colon, then one link shown as its address or a generic label."""
    shown = visible(segs)
    if len(shown) != 2 or shown[0].kind != "text" or shown[1].kind != "link":
        return False
    label = shown[0].text.strip()
    return label.endswith((":", "：")) and len(label) <= _LONG_LABEL_MAX and plain_target(shown[1])


#: ``Link:``, ``OpenReview:``, ``Code: Not Found``: a label before a link in a line of
#: labelled links (what follows a label may say the link is missing: ``Not Found``).
_LINK_LABEL = re.compile(r"[A-Za-z][\w.-]{0,20}(?: [\w.-]{1,20}){0,2}[ \t]{0,2}[:：]")


def _labelled_links(segs: list[Segment]) -> bool:
    """``Link: [url](url) Code: [url](url)``, ``OpenReview: [url](url) Code: Not Found``
    (Awesome-Evolutionary-Reinforcement-Learning): one line of links shown as their
    addresses or kinds, each after a label; nothing else."""
    if any(s.kind == "break" for s in segs) or "\n" in plain(segs):
        return False
    links = [s for s in segs if s.kind == "link"]
    if not links or not all(plain_target(s) for s in links):
        return False
    for seg in segs:
        if seg.kind == "link":
            continue
        if seg.kind != "text":
            return False
        rest = seg.text.strip()
        while rest:
            label = _LINK_LABEL.match(rest)
            if label is None:
                # (``Link [url](url)``: a link's kind before it, no colon)
                return says_link_missing(rest) or is_generic_label(rest)
            rest = rest[label.end() :].strip()
    return True


#: What may stand between the links of a line of links (besides spaces).
_LINK_BARS = " \t|/·•,"


def _titles_of_their_own(lines: list[list[Segment]], title: str) -> bool:
    """Whether every line of links under a bold title links a title of its own (``第 406
    期：[道可，道非，常道](url)``), none of them the bold title: the lines are the resources
    of a group the bold text names, not the links of one entry."""
    folded = " ".join(title.strip(" *_").casefold().split())
    for line in lines:
        titled = [s for s in line if s.kind == "link" and not plain_target(s)]
        if not titled or any(" ".join(s.text.casefold().split()) == folded for s in titled):
            return False
        label = clean_label(plain(line[: line.index(titled[0])]))
        if label and is_generic_label(label):
            return False  # ``- Paper: [CVPR Open Access Version](url)``: the entry's link
    return True


class ItemDetails(NestedNotes):
    """Reads the items and lists that add to an entry into it."""

    def summary_of(self, entry: Entry, node: Node) -> bool:
        """``[Qwen-AgentWorld: …](url)`` as a paragraph, then ``- Qwen-AgentWorld: introduces
        a native language world model …`` / ``- The framework utilizes CPT, SFT, and RL …``:
        a list right after a paper's paragraph whose items are all sentences without a link
        sums the paper up; its lines are the entry's notes. True when it was taken in."""
        notes = self.plain_items(node)
        links: list[LinkDraft] = []
        if notes is None:
            found = self._sentence_items(node)
            if found is None:
                return False
            notes, links = found
        if not all(full_sentence(text, _SUMMARY_WORDS) for text in notes):
            return False
        entry.notes.extend(notes)
        self.take_list(entry, node)
        entry.links.extend(self.doc.make_links(links, node.start, entry.source.end_line))
        return True

    def _sentence_items(self, node: Node) -> tuple[list[str], list[LinkDraft]] | None:
        """``* [Ward Cunningham](https://twitter.com/…) coined the term "tech debt".`` / ``*
        Talks about history, …``: the text and links of a list whose items are one paragraph
        each, a link only inside a sentence (words in small letters right after it, no dash
        or colon: a name the sentence goes on from, not a resource and its description)."""
        if node.type not in ("bullet_list", "ordered_list") or not node.children:
            return None
        texts: list[str] = []
        links: list[LinkDraft] = []
        for item in node.children:
            if len(item.children) != 1 or item.children[0].type != "paragraph":
                return None
            segs = self.doc.inline_segments(item.children[0])
            for index, seg in enumerate(segs):
                if seg.kind == "image":
                    return None
                if seg.kind != "link":
                    continue
                after = plain(segs[index + 1 : index + 2]).lstrip()
                if not after[:1].islower():
                    return None
                links.append(LinkDraft(href=str(seg.href), style=str(seg.style), label=None))
            texts.append(" ".join(plain(segs).split()))
        return texts, links

    def names_of(self, entry: Entry, node: Node) -> bool:
        """``Title [[paper](url)]`` as a paragraph, then ``  - Jiangtao Xie, Fei Long, Peihua
        Li --CVPR 2022`` (Meta-Learning-Papers): a one-item list right after a paper's
        paragraph, without a link, that is the paper's names (then perhaps its venue and
        year) gives them to the entry (the venue when it has none). True when it was taken
        in."""
        texts = self.plain_items(node)
        if entry.authors or texts is None or len(texts) != 1:
            return False
        cited = cited_names(texts[0])
        if cited is None:
            return False
        entry.authors, venue, date = cited
        if venue is not None and entry.venue is None and entry.year is None:
            entry.venue, entry.venue_raw, entry.year = venue.venue, venue.raw, venue.year
        if date:
            entry.notes.append(date)
        self.take_list(entry, node)
        return True

    def fields_of(self, entry: Entry, node: Node) -> bool:
        """``M. **Alsalman** et al.: [Title (2018)](url)`` as a paragraph, then ``- Aim: …``
        / ``- Learning type: …`` / ``- ML algorithms: MLP, SGD``: a list right after a
        paper's paragraph whose items all name a field and give its value (no link) is the
        paper's details; its lines are the entry's notes. True when it was taken in."""
        notes = self.plain_items(node)
        if notes is None or len(notes) < 2 or not all(map(_FIELD_LABEL.match, notes)):
            return False
        entry.notes.extend(notes)
        self.take_list(entry, node)
        return True

    def item_lines(self, node: Node) -> list[list[Segment]] | None:
        """The segments of each item of a list whose items are one paragraph each; None for
        any other block."""
        if node.type not in ("bullet_list", "ordered_list") or not node.children:
            return None
        lines: list[list[Segment]] = []
        for item in node.children:
            if len(item.children) != 1 or item.children[0].type != "paragraph":
                return None
            lines.append(self.doc.inline_segments(item.children[0]))
        return lines

    def plain_items(self, node: Node) -> list[str] | None:
        """The text of each item of a list whose items are one paragraph each, without a
        link or an image; None for any other block."""
        lines = self.item_lines(node)
        if lines is None or any(s.kind in ("link", "image") for segs in lines for s in segs):
            return None
        return [" ".join(plain(segs).split()) for segs in lines]

    def take_list(self, entry: Entry, node: Node) -> None:
        """The list ``node`` (right after ``entry``'s paragraph) is part of the entry."""
        end = self.doc.trimmed_end(node.start, node.end)
        entry.source = Source(self.doc.path, entry.source.line, end)
        entry.raw = self.doc.raw(entry.source.line, end)

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
            # (``- 🧪 [Title](url) [arXiv:2306.05499] — …``: an icon before the title link)
            head = next(
                (
                    s
                    for s in segs
                    if not (s.kind == "text" and not without_leading_decoration(s.text).strip())
                ),
                None,
            )
            if head is None or (
                head.kind == "link" and head.style == "inline" and not is_generic_label(head.text)
            ):
                return False  # ``- [Name](url)``: an entry of its own (``- [Paper](url)``: a link)
            if head.kind == "strong":
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

    def link_items(self, node: Node) -> tuple[list[list[Segment]], list[str]] | None:
        """The lines of a list whose items each give a link (``- arxiv: <url>``, ``-
        github(Keras): url``) or a field without one (``- intro: CVPR 2017``), at least one
        link among them: the link lines and the fields' texts; None for any other list."""
        lines: list[list[Segment]] = []
        fields: list[str] = []
        for item in node.children:
            if len(item.children) != 1 or item.children[0].type != "paragraph":
                return None
            segs = self.doc.inline_segments(item.children[0])
            text = plain(segs)
            if "\n" in text:
                return None
            if not any(s.kind == "link" for s in segs) and FIELD_LINE.match(text):
                fields.append(text.strip())  # ``- intro: under review at TPAMI``
                continue
            if empty_link_field(text):
                continue  # ``- Code:``: the address not given (yet), no field to keep
            if not (link_line(segs) or _long_labelled_link(segs)):
                return None
            if any(is_anchor_segment(seg) or is_navigation_segment(seg) for seg in segs):
                return None  # a table of contents under a bold group name
            if line_kind(segs) == "url" and not all(
                plain_target(s) for s in segs if s.kind == "link"
            ):
                return None  # ``**Vue**`` over ``- [Author - Title](url)``: a group's resources
            lines.append(segs)
        return (lines, fields) if lines else None

    def empty_link_fields(self, node: Node) -> int:
        """How many items of a list are a link's label with nothing after it (``- Code:``)."""
        return sum(
            1
            for item in node.children
            if len(item.children) == 1
            and item.children[0].type == "paragraph"
            and empty_link_field(plain(self.doc.inline_segments(item.children[0])))
        )

    def titled_links(self, node: Node) -> bool:
        """``**Title**`` then a list of ``- Paper: url`` items, maybe with ``- intro: CVPR
        2017`` fields among them, a paragraph of one address (``<https://…>``) or one of
        emphasised names and the paper's links (``*A, B. VLDB, 2019.* [[paper](url)]``): one
        entry, made here (a field's text a note, the venue and year it opens with the
        entry's)."""
        assert self.doc.pending is not None
        if node.type == "paragraph":
            segs = self.doc.inline_segments(node)
            # (``[📄 Paper](url) | [🌐 Project Page](url)``: bars only part the links)
            bare = [s for s in segs if not (s.kind == "text" and not s.text.strip(_LINK_BARS))]
            shown = line_kind(bare) == "url" and all(
                plain_target(s) for s in segs if s.kind == "link"
            )
            # (``Link: [url](url) Code: [url](url)``: the labelled links of the title above)
            cited = shown or cited_names_line(segs) or _labelled_links(segs)
            found: tuple[list[list[Segment]], list[str]] | None = ([segs], []) if cited else None
        else:
            found = self.link_items(node)
        if found is None:
            return False
        lines, fields = found
        title_node, title_segs = self.doc.pending
        if _titles_of_their_own(lines, plain(title_segs)):
            return False  # ``**七月**`` over ``- 第 406 期：[道可，道非，常道](url)``: a group
        # (``**Title**`` and a line of its names: the names line under the title line)
        draft = interpret_lines([*split_lines(title_segs), *lines])
        if draft is None:
            return False
        for field in fields:
            if draft.venue is None or draft.venue.year is None:
                # (``- intro: CVPR 2017`` over ``- arxiv: <url>``: the venue, not the label)
                draft.venue = field_venue(field) or draft.venue
            draft.notes.append(field)
        self.doc.pending = None
        self.doc.add_entry(draft, title_node.start, node.end)
        return True

    def titled_names(self, node: Node) -> bool:
        """``Few-shot Sequence Learning with Transformer`` alone, then ``  - Lajanugen
        Logeswaran, Ann Lee, … --NeurIPS 2020`` (Meta-Learning-Papers): a title waiting for
        its lines over a one-item list, without a link, of the paper's names, venue and year
        is one entry without a link (made here)."""
        assert self.doc.pending is not None
        texts = self.plain_items(node) if node.type == "bullet_list" else None
        cited = cited_names(texts[0]) if texts is not None and len(texts) == 1 else None
        if cited is None or cited[1] is None or cited[1].venue is None:
            return False
        title_node, title_segs = self.doc.pending
        draft = Draft(title=plain(title_segs).strip(), authors=cited[0], venue=cited[1])
        if cited[2]:
            draft.notes.append(cited[2])
        self.doc.pending = None
        self.doc.add_entry(draft, title_node.start, node.end)
        return True

    def quoted_details(self, node: Node) -> bool:
        """``**Topological Augmentation for …**`` then, set off as a quote, ``> *Names* \\``
        / ``> Arxiv 2023. [[paper](url)]\\`` / ``> 27 Aug 2023``: the paper's lines under
        its bold title, one entry with the title (made here)."""
        assert self.doc.pending is not None
        if node.type != "blockquote" or len(node.children) != 1:
            return False
        quoted = node.children[0]
        if quoted.type != "paragraph":
            return False
        segs = self.doc.inline_segments(quoted)
        if not any(s.kind == "link" for s in segs) or image_only(segs):
            return False
        title_node, title_segs = self.doc.pending
        if not bold_only(title_segs):
            return False
        draft = interpret_lines([*split_lines(title_segs), *split_lines(segs)])
        if draft is None or (draft.venue is None and not draft.authors):
            return False  # (a quote of links alone under a bold name: a group's note)
        self.doc.pending = None
        self.doc.add_entry(draft, title_node.start, node.end)
        return True


#: ``Aim: …``, ``Combination of CFD + ML: post``: a field's name (a few words), its colon.
_FIELD_LABEL = re.compile(r"[^\W\d_][^:：\n]{0,40}[:：]\s")
#: The fewest words of a sentence summing a paper up.
_SUMMARY_WORDS = 6
