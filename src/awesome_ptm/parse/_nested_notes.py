"""The nested items under an entry that add to it rather than being entries: its
comments, badges, notes, link lines (``Code: url``), sentences with links, field lines and
outline."""

from __future__ import annotations

import re

from awesome_ptm.parse._categories import is_sentence
from awesome_ptm.parse._detail_fields import (
    cited_paper,
    labelled_field,
    names_venue_date,
    tagged_year,
)
from awesome_ptm.parse._entry import Draft, LinkDraft, clean_label, is_generic_label, line_kind
from awesome_ptm.parse._entry_lines import interpret
from awesome_ptm.parse._inline import Segment, first_visible, plain, visible
from awesome_ptm.parse._leading_marker import leading_marker
from awesome_ptm.parse._link_lines import plain_target
from awesome_ptm.parse._list_groups import ListGroups
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._names import plain_names
from awesome_ptm.parse._navigation import image_only, note_pointer
from awesome_ptm.parse._paper_lines import (
    date_then_venue,
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


class NestedNotes(ListGroups):
    """Takes the nested items that only add to their parent entry into it."""

    def _comment_item(self, sub: Node, parent: Draft) -> bool:
        """A nested item that comments its parent: a quotation with its source
        (``"Transformer-XL is …" — [Thomas Wolf](url).``) or one link that labels the
        details under it (``[Comments from HN](url):`` then a ``<details>`` block). Its
        links are the parent's. True when it was taken in."""
        first = sub.children[0] if sub.children else None
        if first is None or first.type != "paragraph" or self.holds_entries(sub):
            return False
        segs = visible(self.doc.inline_segments(first))
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
        first = first_visible(segs)
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
        if self._badged_link_item(sub, parent) or self._kind_link_item(sub, parent):
            return True
        if parent.shape == "bold-title" and not parent.links and self._paper_of_name(sub, parent):
            return True
        lines = self._detail_lines(sub)
        if lines is None:
            return (
                self._outline_item(sub, parent)
                or self._field_item(sub, parent)
                or self._pointer_item(sub, parent)
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
                elif (parent.venue is None or parent.venue.venue is None) and (
                    opened := date_then_venue(text)
                ) is not None:
                    # ``  - (2024. 10) Arxiv`` under a paper's title and names
                    parent.venue, parent.date = opened[0], parent.date or opened[1]
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

    def _kind_link_item(self, sub: Node, parent: Draft) -> bool:
        """``   - [paper](url): [arXiv 2019] Celeb-DF: A New Dataset …`` with notes nested
        under it, under a dataset's item (592McAvoy/fake-face-detection): a nested item that
        opens with a link named by its kind (paper, code, homepage) and holds no titled link
        is the parent's link; what it says is a note, a venue it marks the parent's when the
        parent has none, and the links of the items nested under it the parent's too. True
        when it was taken in so."""
        if len(sub.children) < 2 or sub.children[0].type != "paragraph":
            return False  # (one paragraph alone is read as a line of links: _detail_lines)
        segs = self.doc.inline_segments(sub.children[0])
        shown = visible(segs)
        if not shown or shown[0].kind != "link" or not is_generic_label(clean_label(shown[0].text)):
            return False
        nested = sub.children[1:]
        if any(child.type not in ("bullet_list", "ordered_list") for child in nested):
            return False
        lines = [shown]
        for child in nested:
            for item in child.children:
                if item.children and item.children[0].type == "paragraph":
                    lines.append(self.doc.inline_segments(item.children[0]))
        after_kind = [s for line in lines for s in line if s is not shown[0]]
        if any(s.kind == "link" and not plain_target(s) for s in after_kind):
            return False  # (``- [code](url): … [Another Paper](url)``: a resource of its own)
        for line in lines:
            parent.links.extend(
                LinkDraft(href=str(s.href), style=str(s.style), label=clean_label(s.text))
                for s in line
                if s.kind == "link" and s.href
            )
        said = plain(shown[1:]).strip(" :：-–")
        if said:
            parent.notes.append(said)
            marked = leading_marker(said) if parent.venue is None else None
            if marked is not None and marked[0].year is not None:
                parent.venue = marked[0]
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

    def _pointer_item(self, sub: Node, parent: Draft) -> bool:
        """``  * Featured in [the morning paper](url)`` under a paper: a few words pointing
        to one page about the entry above (see :func:`note_pointer`), the link and nothing
        after it: the link is the parent's, the line its note. True when it was taken in."""
        if len(sub.children) != 1 or sub.children[0].type != "paragraph":
            return False
        segs = self.doc.inline_segments(sub.children[0])
        link = note_pointer(segs)
        if link is None or not link.href:
            return False
        parent.links.append(
            LinkDraft(href=str(link.href), style=str(link.style), label=clean_label(link.text))
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
