"""What adds to an entry rather than being one: the nested items that are its notes,
comments, link lines (``Code: url``) or outline, a bullet list of details right after a
numbered list, and a bold title over a list of ``Paper: url`` items (one entry)."""

from __future__ import annotations

import re

from awesome_ptm.model import Entry, Source
from awesome_ptm.parse._categories import bold_only, full_sentence, is_sentence
from awesome_ptm.parse._detail_fields import (
    FIELD_LINE,
    cited_names_line,
    cited_paper,
    empty_link_field,
    field_venue,
    labelled_field,
    names_venue_date,
    tagged_year,
)
from awesome_ptm.parse._entry import (
    Draft,
    LinkDraft,
    clean_label,
    interpret,
    interpret_lines,
    is_generic_label,
    line_kind,
)
from awesome_ptm.parse._inline import Segment, plain, split_lines, without_leading_decoration
from awesome_ptm.parse._link_lines import link_line, plain_target
from awesome_ptm.parse._list_shape import ListShape
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._names import plain_names
from awesome_ptm.parse._names_venue import cited_names
from awesome_ptm.parse._navigation import image_only, is_anchor_segment, is_navigation_segment
from awesome_ptm.parse._paper_lines import (
    names_then_venue,
)
from awesome_ptm.venues import find_venue_year, split_venue_year

#: ``ExpEnv:``, ``Key:``, ``数据集：``: a field's name opening a nested item (one to three
#: words, bounded).
_FIELD = re.compile(r"\s{0,3}([^\W\d_][\w-]{0,20}(?: [\w-]{1,20}){0,2})\s?[:：]\s")


def _field_name(segs: list[Segment]) -> str | None:
    """The name of the field a nested item opens with (``ExpEnv: …``, ``**Host**: …``,
    ``**Host:** …``), or None. The name is text (``[Keras](url) : …`` is a resource and its
    description), maybe set in bold."""
    if not segs:
        return None
    if segs[0].kind == "text":
        field = _FIELD.match(segs[0].text)
        return field.group(1).strip() if field is not None else None
    if segs[0].kind != "strong" or len(segs) < 2 or segs[1].kind != "text":
        return None
    name, after = segs[0].text.strip(), segs[1].text
    if not name.endswith((":", "：")):
        name, after = f"{name}:", after.lstrip()[1:] if after.lstrip()[:1] in ":：" else ""
    field = _FIELD.fullmatch(f"{name} ")
    return field.group(1).strip() if field is not None and after[:1].isspace() else None


#: The longest label of a link line under a bold title (``caffe-pr("Make R-CNN the Caffe
#: detection example"):``).
_LONG_LABEL_MAX = 100


def _long_labelled_link(segs: list[Segment]) -> bool:
    """``caffe-pr("Make R-CNN the Caffe detection example"): <url>``: a label too long for a
    label-url line, its colon, then one link shown as its address or a generic label."""
    shown = [s for s in segs if not (s.kind == "text" and not s.text.strip())]
    if len(shown) != 2 or shown[0].kind != "text" or shown[1].kind != "link":
        return False
    label = shown[0].text.strip()
    return label.endswith((":", "：")) and len(label) <= _LONG_LABEL_MAX and plain_target(shown[1])


#: The fewest words a paper's linked title under a bold name has.
_PAPER_TITLE_WORDS = 3

#: ``\t- <details>``: a nested item (its marker in the source) that opens a details block.
_DETAILS_OPEN = re.compile(r"\s{0,12}(?:[-*+]|\d{1,3}[.)])?\s{0,4}<details\b", re.IGNORECASE)
#: What shows as blank between badges: spaces, and the Hangul filler and braille blank that
#: lists use as visible-but-empty spacers.
_BLANKS = " \t\n\u00a0\u3164\u2800\u200b"

#: `` - ``, `` – ``: the dash after a resource's name.
_SPACED_DASH = re.compile(r"\s[-–—]\s")
#: The fewest words before the first link of a sentence that holds links.
_SENTENCE_LEAD_WORDS = 3


def _link_sentence(segs: list[Segment]) -> bool:
    """``(iii) Optimized performance when possible using [joblib](url).``: a line of prose
    (see :func:`is_sentence`; a colon may close it: ``… It is featured for:``) whose first
    link, if any, follows a few words of it; not a line that opens with its link or a
    label."""
    text = plain(segs).strip()
    if not text or not (
        is_sentence(text) or (text.endswith((":", "：")) and is_sentence(text[:-1] + "."))
    ):
        return False
    at = next((i for i, s in enumerate(segs) if s.kind == "link"), None)
    if at is None:
        return True
    lead = plain(segs[:at])
    # (``🔴 gym-dart - OpenAI Gym environments … [⭐ 140](url)``: a name and its description)
    return len(lead.split()) >= _SENTENCE_LEAD_WORDS and _SPACED_DASH.search(lead) is None


#: The marks a quotation opens with.
_QUOTES = ('"', "“", "「")


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


class ItemDetails(ListShape):
    """Reads the items and lists that add to an entry into it."""

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

    def _badged_link_item(self, sub: Node, parent: Draft) -> bool:
        """``  - [YouTube channel ![](…/badge/youtube-red)](url)`` under an entry
        (awesome-lidar): a link whose own badge says what kind of page it is, one of the
        entry's pages (its channel, its repository, its paper), not a resource of its own.
        True when it was taken in."""
        if len(sub.children) != 1 or sub.children[0].type != "paragraph":
            return False
        segs = self.doc.inline_segments(sub.children[0])
        first = next((s for s in segs if not (s.kind == "text" and not s.text.strip())), None)
        if first is None or first.kind != "link" or not first.badged:
            return False
        for seg in segs:
            if seg.kind == "link" and seg.href:
                parent.links.append(
                    LinkDraft(href=str(seg.href), style=str(seg.style), label=clean_label(seg.text))
                )
        return True

    def _badge_details(self, sub: Node, parent: Draft) -> bool:
        """``  - <details><summary>Stats</summary>`` / ``[![GitHub: o/r](badge)](repo)
        [![Report](badge)](page)`` / ``</details>`` under an entry: a folded block of linked
        badges about it; their targets are the entry's links. True when it was taken in."""
        first = sub.children[0] if sub.children else None
        if first is None or first.type != "html_block":
            return False
        if _DETAILS_OPEN.match(self.doc.raw(first.start, first.end)) is None:
            return False
        found: list[Segment] = []
        for child in sub.children[1:]:
            if child.type == "html_block":
                continue
            if child.type != "paragraph":
                return False
            segs = [
                s
                for s in self.doc.inline_segments(child)
                if not (s.kind in ("text", "break") and not s.text.strip(_BLANKS))
            ]
            if not segs or not all(s.kind == "image" and s.href for s in segs):
                return False
            found.extend(segs)
        if not found:
            return False
        # (a linked image is a Markdown link: ``[![alt](badge)](target)``)
        parent.links.extend(
            LinkDraft(href=str(seg.href), style="inline", label=None, text=seg.text or None)
            for seg in found
        )
        return True

    def _note_item(self, sub: Node, parent: Draft) -> bool:
        """A nested item without a link of its own is a note of its parent; a nested item
        of bare URLs or ``label: URL`` lines gives its parent more links."""
        if self._comment_item(sub, parent) or self._badge_details(sub, parent):
            return True
        if self._badged_link_item(sub, parent):
            return True
        if parent.shape == "bold-title" and not parent.links and self._paper_of_name(sub, parent):
            return True
        lines = self._detail_lines(sub)
        if lines is None:
            return (
                self._outline_item(sub, parent)
                or self._field_item(sub, parent)
                or self._sentence_item(sub, parent)
            )
        for line in lines:
            kind = line_kind(line)
            links = [s for s in line if s.kind == "link"]
            if not links:
                text = plain(line).strip()
                alone = not parent.authors and len(lines) == 1
                cited = names_then_venue(line) if alone else None
                dated = names_venue_date(text) if alone and cited is None else None
                names = plain_names(text) if alone and cited is None and dated is None else None
                if dated is not None:
                    # ``  - Wall Kim, Chaeyoung Song, Hanul Kim. arXiv 2026. 2/2026.``
                    parent.authors = dated[0]
                    if parent.venue is None or parent.venue.venue is None:
                        parent.venue = dated[1]
                    parent.date = parent.date or dated[2]
                    parent.notes.extend(dated[3])
                elif cited is not None:
                    # ``  - Sanjeev Arora, …, Nikunj Saunshi. *ICML 2019*`` under a paper
                    parent.authors = cited[0]
                    if parent.venue is None or parent.venue.venue is None:
                        parent.venue = cited[1]
                elif names is not None:
                    parent.authors = names  # ``  - Leonel Aguilar, Jan Nagler.`` under a paper
                elif alone and cited_paper(parent, line):
                    parent.notes.append(text)  # (the citation as written stays a note)
                elif text and not image_only(line):
                    labelled_field(parent, text)
                    tagged_year(parent, line)
                    parent.notes.append(text)
                continue
            label = clean_label(plain([s for s in line if s.kind != "link"]))
            if kind == "text" and parent.venue is None:
                # ``[[Arxiv]](url) [[WWW 2018]]``, ``[[Paper]](url) (SDM 2018)``: the mark
                marked = find_venue_year(plain([s for s in line if s.kind == "text"]))
                parent.venue = marked[0] if marked is not None else None
                label = None
            for seg in links:
                own = (
                    clean_label(seg.text)
                    if seg.style == "inline" and seg.text != seg.href
                    else None
                )
                style = "paren" if seg.style == "bare" and seg.in_parens else str(seg.style)
                draft_label = own or (label if kind == "label-url" else None)
                parent.links.append(LinkDraft(href=str(seg.href), style=style, label=draft_label))
                named = split_venue_year(own) if own and parent.venue is None else None
                if named is not None and named.venue is not None and named.year is not None:
                    parent.venue = named  # ``  - [[KDD 2016]](url)`` under the paper's name
        return True

    def paper_under_name(self, sub: Node) -> Draft | None:
        """``  - [Fast Sequence Based Embedding with Diffusion Graphs](url), CompleNet 2018``
        under ``- **diff2vec**``: a nested item that is one linked paper title (three words
        or more), read; else None."""
        segs = self.head_segments(sub) if len(sub.children) == 1 else None
        if not segs or segs[0].kind != "link" or segs[0].style != "inline":
            return None
        if len(segs[0].text.split()) < _PAPER_TITLE_WORDS:
            return None
        return interpret(segs)

    def _paper_of_name(self, sub: Node, parent: Draft) -> bool:
        """The linked paper under a bold name (see :meth:`paper_under_name`) gives the
        entry its links and venue; its title stays a note. True when it was taken in."""
        paper = self.paper_under_name(sub)
        if paper is None:
            return False
        parent.links.extend(paper.links)
        if parent.venue is None or parent.venue.venue is None:
            parent.venue = paper.venue or parent.venue
        parent.notes.append(paper.title)
        return True

    def _field_item(self, sub: Node, parent: Draft) -> bool:
        """``  - ExpEnv: [mujoco](url), [roboschool](url)`` under a paper with its link: a
        field of the entry (a short name and a colon), its links the entry's, labelled by
        the field. True when it was taken in."""
        if not parent.links or len(sub.children) != 1 or sub.children[0].type != "paragraph":
            return False
        segs = self.doc.inline_segments(sub.children[0])
        label = _field_name(segs)
        if label is None or not any(s.kind == "link" for s in segs):
            return False
        for seg in segs:
            if seg.kind == "link" and seg.href:
                parent.links.append(
                    LinkDraft(href=str(seg.href), style=str(seg.style), label=label)
                )
        parent.notes.append(plain(segs).strip())
        return True

    def _sentence_item(self, sub: Node, parent: Draft) -> bool:
        """A nested item that is a sentence about its parent, its links inside the sentence
        (``  - This package also provides utilities, see [API reference](url).``), maybe
        over more such sentences (``… It is featured for:`` over ``    - (i) Unified APIs,
        detailed [documentation](url).``): the sentences are the parent's notes, their
        links the parent's. True when it was taken in."""
        sentences = self._sentences(sub)
        if sentences is None or not any(s.kind == "link" for segs in sentences for s in segs):
            return False
        for segs in sentences:
            parent.links.extend(
                LinkDraft(href=str(s.href), style=str(s.style), label=clean_label(s.text))
                for s in segs
                if s.kind == "link" and s.href
            )
            parent.notes.append(plain(segs).strip())
        return True

    def _sentences(self, item: Node) -> list[list[Segment]] | None:
        """The lines of ``item`` and of the items nested in it when each is a sentence
        whose links stand inside it (a few words before the first), else None."""
        first = item.children[0] if item.children else None
        if first is None or first.type != "paragraph":
            return None
        segs = self.doc.inline_segments(first)
        if not _link_sentence(segs):
            return None
        found = [segs]
        for child in item.children[1:]:
            if child.type not in ("bullet_list", "ordered_list"):
                return None
            for nested in child.children:
                more = self._sentences(nested)
                if more is None:
                    return None
                found.extend(more)
        return found

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

    def summary_of(self, entry: Entry, node: Node) -> bool:
        """``[Qwen-AgentWorld: …](url)`` as a paragraph, then ``- Qwen-AgentWorld: introduces
        a native language world model …`` / ``- The framework utilizes CPT, SFT, and RL …``:
        a list right after a paper's paragraph whose items are all sentences without a link
        sums the paper up; its lines are the entry's notes. True when it was taken in."""
        notes = self.plain_items(node)
        if notes is None or not all(full_sentence(text, _SUMMARY_WORDS) for text in notes):
            return False
        entry.notes.extend(notes)
        self.take_list(entry, node)
        return True

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

    def plain_items(self, node: Node) -> list[str] | None:
        """The text of each item of a list whose items are one paragraph each, without a
        link or an image; None for any other block."""
        if node.type not in ("bullet_list", "ordered_list") or not node.children:
            return None
        texts: list[str] = []
        for item in node.children:
            if len(item.children) != 1 or item.children[0].type != "paragraph":
                return None
            segs = self.doc.inline_segments(item.children[0])
            if any(s.kind in ("link", "image") for s in segs):
                return None
            texts.append(" ".join(plain(segs).split()))
        return texts

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
            if head is None or (head.kind == "link" and head.style == "inline"):
                return False  # ``- [Name](url)``: an entry of its own
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
            cited = shown or cited_names_line(segs)
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
