"""The items of one list as a whole, before any is read: which hold entries (a link of
their own at any depth), which come at or after the list's first link (the link-less ones
before it introduce the list, those closing it are its to-do tail), and which nested items
only add lines to their parent; the items that name groups are judged in
:mod:`._list_groups`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from awesome_ptm.parse._categories import is_one_word_name
from awesome_ptm.parse._dates import find_date, parse_date
from awesome_ptm.parse._detail_fields import (
    bracketed_label,
    labelled_link,
    labelled_links,
    marked_links,
    named_code,
    tagged_repository,
)
from awesome_ptm.parse._entry import interpret_head, is_generic_label, line_kind
from awesome_ptm.parse._entry_lines import interpret
from awesome_ptm.parse._inline import Segment, plain, split_lines, visible
from awesome_ptm.parse._link_lines import plain_target
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._navigation import (
    image_only,
    is_anchor_segment,
    is_navigation_segment,
    is_page_section_link,
)
from awesome_ptm.parse._page_lists import GITHUB_REPOSITORY, PageLists
from awesome_ptm.parse._vocabulary import names_a_profile

if TYPE_CHECKING:
    from awesome_ptm.parse._document import Builder


#: Words of a list's own news (``We released …``, ``Our survey is accepted``).
#: (``I`` only before a verb or an apostrophe, ``us`` only in small letters: ``Performance
#: Web I: otimizando …``, ``AWS US East`` are no one speaking; nor is ``del.icio.us``)
_FIRST_PERSON = re.compile(
    r"(?i:\b(?:we|our)\b)|(?<!\.)\bus\b|我们"
    r"|\bI(?:['’]|\s(?:am|was|have|had|will|would|can|could"
    r"|wrote|write|made|use|used|built|created|maintain|found|think|hope|started|do|did"
    r"|recommend|keep)\b)"
)


def _repository(href: str) -> str | None:
    """``owner/repo`` of a link to a page of a GitHub repository, else None."""
    found = GITHUB_REPOSITORY.match(href)
    return found.group(1).casefold() if found is not None and found.group("page") else None


#: ``Part 1: Integers``, ``Chapter 2``, ``Lesson 3 -``, ``第3部分``: a link text that numbers a
#: part of one work.
_PART = re.compile(
    r"(?:part|chapter|lesson|step|episode|section|lecture)\s{0,2}(?:\d{1,3}|[ivx]{1,5})\b"
    r"|第\s{0,2}\d{1,3}\s{0,2}[部章节课篇]",
    re.IGNORECASE,
)
#: The fewest parts that make a work in parts (one, when it says it is a part: a series
#: whose first part alone is out).
_PARTS_MIN = 1
#: The fewest names over their profiles that make a list of them (creators, channels).
_PROFILES_MIN = 3
#: The share of the items that must be numbered parts.
_PARTS_SHARE = 0.75

#: ``[OpenAI] ``, ``[Google DeepMind] ``: the source of a news item, in brackets, first.
_SOURCE_TAG = re.compile(r"\[[^\[\]\d]{2,40}\]")
#: The fewest words a cited paper's title has.
PAPER_TITLE_WORDS = 3

#: How many link-less items closing a list of links make its to-do tail (one alone may be a
#: resource named without its link).
_PLANNED_TAIL = 2


#: At most one item in this many of a list of linked resources may name its link in a
#: sentence.
_SENTENCE_SHARE = 5


def _titled_badge_links(segs: list[Segment]) -> bool:
    """``+ **Title** (12 Feb 2025)`` over ``[![Paper](badge)](https://arxiv.org/…)`` lines: a
    titled item whose links are linked badges (a linked image: its target is not its
    picture) that say what they link (``Paper``, ``Code``: not a rating's badge beside a
    name, ``Google Authenticator [![](tosdr badge)](url)``)."""
    linked = any(
        s.kind == "image"
        and s.href
        and s.href != s.src
        and is_generic_label(s.text.replace("_", " "))
        for s in segs
    )
    return linked and any(
        s.kind in ("strong", "text") and any(ch.isalpha() for ch in s.text) for s in segs
    )


def _bold_with_link(segs: list[Segment]) -> bool:
    """A paragraph that opens with bold text and holds a link (a paper under a group)."""
    shown = visible(segs)
    return bool(shown) and shown[0].kind == "strong" and any(s.kind == "link" for s in shown)


#: ``2020-04-05 - Hacker News - ``, ``2016-10-10 - ``: a date (then where it appeared)
#: opening an item before its linked title.
_DATED_SOURCE = re.compile(
    r"[ \t]*(?P<date>\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?)[ \t]*[-–—:][ \t]*"
    r"(?:[^-–—:\[\]]{1,40}?[ \t]*[-–—:][ \t]*)?"
)


def _dated_source(segs: list[Segment]) -> bool:
    """Whether a line opens with a date (and the name of where it appeared) before a titled
    link: ``2020-04-05 - Hacker News - [Self-hosted instance of Shaarli](url)``."""
    if len(segs) < 2 or segs[0].kind != "text" or segs[1].kind != "link":
        return False
    found = _DATED_SOURCE.fullmatch(segs[0].text)
    return (
        found is not None
        and parse_date(found.group("date")) is not None
        and any(ch.isalpha() for ch in segs[1].text)
        and not is_generic_label(segs[1].text)
    )


class ListShape(PageLists):
    """The judgements :class:`~awesome_ptm.parse._items.ItemReader` makes about the items
    of a list, over the file's :class:`Builder`."""

    def __init__(self, doc: Builder) -> None:
        self.doc = doc

    def holds_entries(self, item: Node) -> bool:
        """Whether a list item has nested items with links of their own (a ToC item's
        nested items link to anchors only)."""
        return self.any_entry(
            [
                sub
                for child in item.children[1:]
                if child.type in ("bullet_list", "ordered_list")
                for sub in child.children
            ]
        )

    def any_entry(self, items: list[Node]) -> bool:
        for item in items:
            first = item.children[0] if item.children else None
            if first is not None and first.type == "paragraph":
                segs = self.doc.inline_segments(first)
                if any(
                    s.kind == "link" and not is_anchor_segment(s) and not is_navigation_segment(s)
                    for s in segs
                ) or _titled_badge_links(segs):
                    return True
            for child in item.children[1:]:
                if child.type in ("bullet_list", "ordered_list") and self.any_entry(child.children):
                    return True
                if child.type == "paragraph" and _bold_with_link(self.doc.inline_segments(child)):
                    return True  # ``  - Python Interpreter`` over ``**Title**, … [[Paper]](url)``
        return False

    def contents_items(self, items: list[Node]) -> list[bool] | None:
        """Under a contents heading: which items of a list are its contents, when at least
        half the list's links (nested items too) go to the file's own headings; None when
        they do not. An item is contents when its links go to headings or to pages of a
        repository the list links more than once (the list's own: ``[**Survey**](https://
        github.com/o/list/blob/main/Lists/Survey.md)``); a lone outside link with its
        description is an entry slipped in (``[Bernstein](https://github.com/c/b) - …``)."""
        links = [self._item_links(item) for item in items]
        flat = [href for item_links in links for href in item_links]
        anchors = sum(1 for href in flat if href.startswith("#"))
        if not anchors or anchors < len(flat) - anchors:
            return None
        repos = [_repository(href) for href in flat if not href.startswith("#")]
        own = {repo for repo in repos if repo is not None and repos.count(repo) > 1}
        return [
            all(href.startswith("#") or _repository(href) in own for href in item_links)
            for item_links in links
        ]

    def parts_of_one(self, items: list[Node]) -> bool:
        """Whether nested items (none with items of its own) are the numbered parts of one
        work: each only a link, most (a ``[Bonus - Multithreading](url)`` among them) with a
        text that opens with ``Part 1``, ``Chapter 2``, ``第3部分``…"""
        if len(items) < _PARTS_MIN:
            return False
        numbered = 0
        for item in items:
            if len(item.children) != 1 or item.children[0].type != "paragraph":
                return False
            shown = visible(self.doc.inline_segments(item.children[0]))
            if len(shown) != 1 or shown[0].kind != "link":
                return False
            numbered += _PART.match(shown[0].text) is not None
        return numbered >= max(_PARTS_MIN, len(items) * _PARTS_SHARE)

    def profile_groups(self, items: list[Node]) -> set[int]:
        """The ids of the items that are a plain name over its profiles only (``- BitDahi``
        over ``- [YouTube](url)``, ``- [Instagram](url)``: a creator, one entry), when most
        items of the list, and at least :data:`_PROFILES_MIN`, have that shape (a lone
        ``- Community`` over ``- [Discord](url)`` names a group)."""
        found: set[int] = set()
        for item in items:
            kids = item.children
            if len(kids) != 2 or kids[0].type != "paragraph" or kids[1].type != "bullet_list":
                continue
            head = self.doc.inline_segments(kids[0])
            if any(s.kind in ("link", "image") for s in head) or not plain(head).strip():
                continue
            if kids[1].children and all(self._profile_link(sub) for sub in kids[1].children):
                found.add(id(item))
        if len(found) < _PROFILES_MIN or 2 * len(found) < len(items):
            return set()
        return found

    def _profile_link(self, item: Node) -> bool:
        """Whether an item is one link naming a profile's site (``[YouTube](url)``)."""
        if len(item.children) != 1 or item.children[0].type != "paragraph":
            return False
        shown = visible(self.doc.inline_segments(item.children[0]))
        return len(shown) == 1 and shown[0].kind == "link" and names_a_profile(shown[0].text)

    def linked_resources(self, items: list[Node]) -> bool:
        """Whether every item opens with a link titled by its text (``- [Terraform Gitter](
        url)``, ``* [Digital Forensics Discord Server](url) - …``) and none speaks as "we":
        under a Community heading such a list gives the subject's community, not the list's
        (``- We have a Discord server! …``)."""
        if not items:
            return False
        # (one item in five may name its link inside a sentence: ``- You can usually find
        # members in the official [`#rust-embedded:matrix.org` Matrix room]``)
        sentences = 0
        for item in items:
            segs = self.head_segments(item)
            if segs is None or _FIRST_PERSON.search(plain(segs)) is not None:
                return False
            lead = segs[0] if segs else None
            if lead is not None and _dated_source(segs):
                continue  # ``- 2020-04-05 - Hacker News - [Title](url)``: a dated article
            if lead is None or lead.kind != "link" or lead.style != "inline":
                if self._group_of_resources(item):
                    continue
                sentences += 1
                if not any(s.kind == "link" for s in segs):
                    return False
                continue
            if not any(ch.isalpha() for ch in lead.text) or is_generic_label(lead.text):
                return False
        return sentences * _SENTENCE_SHARE <= len(items)

    def _group_of_resources(self, item: Node) -> bool:
        """``- Web forums`` over ``  - [TOPLAP Forum](url) - …``: an item without a link
        that groups linked resources."""
        nested = [
            sub
            for child in item.children[1:]
            if child.type in ("bullet_list", "ordered_list")
            for sub in child.children
        ]
        if not nested:
            return False
        heads = [self.head_segments(sub) for sub in nested]
        # (``- Mastodon`` over ``  - Official TOPLAP mastodon instance: [TOPLAP Social](url)``:
        # each nested item gives its link, maybe after a few words)
        return all(
            segs is not None
            and any(s.kind == "link" for s in segs)
            and _FIRST_PERSON.search(plain(segs)) is None
            for segs in heads
        )

    def listed_works(self, items: list[Node]) -> bool:
        """Whether a list names works, one to an item: two items or more, each a titled link
        (``- 🧪 [Title](url) [arXiv:2306.05499] — …``) or a title cited without one, two
        thirds of them or more linked or dated (``- Hu, L., Zanibbi, R.: Title. In:
        Proceedings of the 12th ICDAR, pp. 1180–1184. Washington (2013)``)."""
        if len(items) < 2:
            return False
        known = 0
        for item in items:
            first = item.children[0] if item.children else None
            if first is None or first.type != "paragraph":
                return False
            draft = interpret(self.doc.inline_segments(first))
            if draft is None:
                return False
            if draft.shape == "link-title" and not is_generic_label(draft.title):
                known += 1
            elif draft.links or len(draft.title.split()) < PAPER_TITLE_WORDS:
                return False  # (``- [paper](url): …``, ``- [to be released]``: a work's lines)
            elif draft.venue is not None and draft.venue.year is not None:
                known += 1
        return 3 * known >= 2 * len(items)

    def cited_papers(self, items: list[Node], share: float = 1.0) -> bool:
        """Whether every item (``share`` of them at least) cites a paper at its venue (``*
        [NeurIPS 2024] Title [[Paper]](url)``) or a titled page by its source (``- [OpenAI]
        [Introducing deep research](url)``). Under a News heading such a list gives the works
        added lately; announcements (``[2024-05] We released …``) open with a date or speak
        as "we"."""
        if not items:
            return False
        cited = 0
        for item in items:
            first = item.children[0] if item.children else None
            if first is None or first.type != "paragraph":
                return False
            segs = self.doc.inline_segments(first)
            text = plain(segs).strip()
            opening = text[:24]
            if find_date(opening) is not None or _FIRST_PERSON.search(text) is not None:
                return False
            cited += self._cites_paper(segs)
        return cited >= share * len(items)

    def _cites_paper(self, segs: list[Segment]) -> bool:
        """Whether an item's head cites a paper at its venue, or a titled page by its
        source (see :meth:`cited_papers`)."""
        draft = interpret_head(segs)
        if draft is None or not draft.links or not draft.title:
            return False
        shown = visible(segs)
        if (
            len(shown) == 2
            and shown[0].kind == "text"
            and _SOURCE_TAG.fullmatch(shown[0].text.strip())
            and shown[1].kind == "link"
        ):
            return True  # (a source's page: its title may be short, or Chinese)
        if draft.venue is None or draft.venue.venue is None:
            return False
        return len(draft.title.split()) >= PAPER_TITLE_WORDS

    def all_toc(self, items: list[Node], pages: bool = False) -> bool:
        """Whether every item (and every item nested in them) links only to anchors of the
        file (``pages``: or to headings of the list's other pages): a table of contents, or
        a part of one."""
        for item in items:
            first = item.children[0] if item.children else None
            if first is None or first.type != "paragraph":
                return False
            links = [s for s in self.doc.inline_segments(first) if s.kind == "link"]
            if not links or not all(
                is_anchor_segment(s) or (pages and is_page_section_link(str(s.href))) for s in links
            ):
                return False
            for child in item.children[1:]:
                if child.type in ("bullet_list", "ordered_list") and not self.all_toc(
                    child.children, pages
                ):
                    return False
        return True

    def linked_flags(self, items: list[Node]) -> list[bool]:
        """For each item of a list, whether an item with a link comes at or before it. The
        link-less items that open a list of links (``* Drop OOV words!`` then
        ``* [ALaCarte](url): …``) introduce it, as a list where no item has a link does;
        a link-less item between linked ones is one more entry without a link. So is one
        that opens the list with a name of one word (``- S3VM`` before ``- [Clustering](url)``):
        a resource named without its link, not a sentence. A run of link-less items after
        the last linked one closes the list as its to-do tail (articles planned, not
        written): no entries in a list of links."""
        flags: list[bool] = []
        seen = False
        for item in items:
            seen = seen or self.any_entry([item])
            flags.append(seen)
        if seen:
            for index, flag in enumerate(flags):
                if flag:
                    break
                flags[index] = self._one_word_item(items[index])
            # The link-less items that close a list of links are its plans, not yet written
            # (``- [KV Cache](url)`` … then ``- FlashAttention``, ``- Flash Decoding``); one
            # alone may be a resource named without its link.
            tail = 0
            while tail < len(items) and not self.any_entry([items[len(items) - 1 - tail]]):
                tail += 1
            if tail >= _PLANNED_TAIL:
                flags[len(items) - tail :] = [False] * tail
        return flags

    def _one_word_item(self, item: Node) -> bool:
        first = item.children[0] if len(item.children) == 1 else None
        if first is None or first.type != "paragraph":
            return False
        return is_one_word_name(plain(self.doc.inline_segments(first)))

    def _detail_lines(self, sub: Node) -> list[list[Segment]] | None:
        """The lines of a nested item that only adds to its parent (a note without a link,
        a bare URL, ``地址：url`` / ``Code: url`` lines, badges), or None."""
        if len(sub.children) == 1 and sub.children[0].type == "html_block":
            # ``+ <details><summary>Abstract</summary> … </details>`` under a paper: its
            # abstract folded away, nothing that makes it an entry of its own
            html = sub.children[0].token.content.lstrip().casefold()
            return [] if html.startswith("<details") else None
        if len(sub.children) != 1 or sub.children[0].type != "paragraph":
            return None
        segs = self.doc.inline_segments(sub.children[0])
        if not plain(segs).strip():
            return None
        lines = split_lines(segs)
        for line in lines:
            kind = line_kind(line)
            if kind == "empty" or image_only(line):
                continue
            links = [s for s in line if s.kind == "link"]
            if not links:
                continue
            if kind not in ("url", "label-url") and not (
                marked_links(line, links)
                or labelled_links(line, links)
                or named_code(line, links)
                or tagged_repository(line, links)
            ):
                return None
            if kind == "url" and not all(
                plain_target(s) or bracketed_label(s) or labelled_link(s) for s in links
            ):
                return None  # ``- [textacy](url)``: a resource of its own
        return lines
