"""Lists of links into the list's own pages (``- [Datasets](datasets.md)``, ``- [key_module](
./io-control-lib/README.md#key_module)：…``, an outline of its repository's folders): the way
to its other pages, or entries each noted there; and the links an item holds."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from awesome_ptm.parse._inline import Segment, plain, title_before_link, visible
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._navigation import is_page_link
from awesome_ptm.parse._own_pages import articles, numbered_series

if TYPE_CHECKING:
    from awesome_ptm.parse._document import Builder


#: ``https://github.com/owner/repo``, with or without a path after it (``/blob/…``, ``/tree/…``
#: for a page of the repository): a link into a repository on GitHub.
GITHUB_REPOSITORY = re.compile(
    r"https?://github\.com/([^/\s]{1,100}/[^/\s#?]{1,100})(?:(?P<page>/(?:blob|tree)/)|[/#?]|$)"
)

#: ``1. Title``, ``2.3.1 Title``: a numbered outline entry.
_NUMBERED = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}\.?\s")


def _repository_root(href: str) -> str | None:
    """``owner/repo`` of any link into a GitHub repository, else None."""
    found = GITHUB_REPOSITORY.match(href)
    return found.group(1).casefold() if found is not None else None


#: The fewest items a list of the list's own pages has.
_PAGES_MIN_ITEMS = 2
#: The fewest characters of the description after a link that makes an item an entry
#: (``：简单易用的按键检测模块…``, ``- a tiny library for …``), not a contents line.
_DESCRIPTION_CHARS = 8
#: The fewest words written before an item's first link that make it a titled entry, not a
#: way to a page (``- Title - [abstract](classification/ICSE.md#title)``): more than these.
TITLE_BEFORE_LINK_WORDS = 2


class PageLists:
    """The judgements about links into the list's own pages, over the file's
    :class:`Builder` (see :class:`~awesome_ptm.parse._list_shape.ListShape`)."""

    doc: Builder

    def _item_links(self, item: Node) -> list[str]:
        """The targets of an item's links, its nested items' too."""
        return [str(s.href) for s in self._item_link_segments(item)]

    def _item_link_segments(self, item: Node) -> list[Segment]:
        """An item's links (with a target), its nested items' too."""
        links: list[Segment] = []
        stack = [item]
        while stack:
            node = stack.pop()
            for child in node.children:
                if child.type in ("bullet_list", "ordered_list"):
                    stack.extend(child.children)
                elif child.type == "paragraph":
                    links.extend(
                        s for s in self.doc.inline_segments(child) if s.kind == "link" and s.href
                    )
        return links

    def own_pages(self, items: list[Node]) -> bool:
        """Whether every item (two or more, none with nested items) links only the list's
        own other pages: ``- [程序员版面](./pages/README-Programmer-Edition.md)：…`` under
        ``### 子版面`` is the way to them, not an entry. (Asked after
        :meth:`described_page_anchors`, which finds entries among such links.)"""
        if len(items) < _PAGES_MIN_ITEMS:
            return False
        hrefs = [href for item in items for href in self._item_links(item)]
        if (
            hrefs
            and all(href.startswith("#") or is_page_link(href) for href in hrefs)
            and any(href.startswith("#") for href in hrefs)
            and any(not href.startswith("#") for href in hrefs)
        ):
            # (``- [Datasets](dataset.md)`` among ``- [papers](#papers)``: a quick navigation
            # through this file and the list's other pages)
            return True
        for item in items:
            first = item.children[0] if item.children else None
            if first is None or first.type != "paragraph" or len(item.children) > 1:
                return self._one_repository_outline(items)
            links = [s for s in self.doc.inline_segments(first) if s.kind in ("link", "image")]
            targets = [str(s.href) for s in links if s.href]
            if not targets or not all(is_page_link(href) for href in targets):
                return self._one_repository_outline(items)
        if numbered_series(hrefs):
            return False  # ``- 第 407 期：[Title](docs/issue-407.md)``: an archive's issues
        titled = sum(
            title_before_link(self.doc.inline_segments(item.children[0]), TITLE_BEFORE_LINK_WORDS)
            for item in items
        )
        if titled * 2 > len(items):
            # ``- ROSA: Finding Backdoors with Fuzzing - [abstract](classification/ICSE.md#…)``:
            # papers' titles, each with its notes on another page of the list: entries
            return False
        # (``* [关于时间复杂度，你不知道的都在这里！](./problems/时间复杂度.md)``: articles)
        return not articles([s for item in items for s in self._item_link_segments(item)])

    def described_page_anchors(self, items: list[Node]) -> bool:
        """Whether every link goes to an anchor of another page of the list and most items
        describe what they link after it: entries indexed here, each with its notes there
        (a page's contents names its sections and says no more)."""
        hrefs = [href for item in items for href in self._item_links(item)]
        if not hrefs or not all(is_page_link(href) and "#" in href for href in hrefs):
            return False
        described = 0
        for item in items:
            shown = self.head_segments(item)
            if shown and shown[0].kind == "link":
                rest = plain(shown[1:]).strip(" \t:：-–—")
                described += len(rest) >= _DESCRIPTION_CHARS
        return described * 2 > len(items)

    def _one_repository_outline(self, items: list[Node]) -> bool:
        """``* [1. Transparent Model Design](https://github.com/o/list/tree/master/tm)`` over
        numbered sub-items into the same repository: an outline of one repository's folders
        (the list's own), every item numbered, every link into that repository."""
        repositories: set[str] = set()
        stack = list(items)
        count = 0
        while stack:
            item = stack.pop()
            shown = self.head_segments(item)
            if (
                shown is None
                or len(shown) != 1
                or shown[0].kind != "link"
                or not _NUMBERED.match(shown[0].text)
            ):
                return False
            repositories.add(_repository_root(str(shown[0].href)) or "")
            count += 1
            stack.extend(
                sub
                for child in item.children[1:]
                if child.type in ("bullet_list", "ordered_list")
                for sub in child.children
            )
        return count >= _PAGES_MIN_ITEMS and len(repositories) == 1 and "" not in repositories

    def head_segments(self, item: Node) -> list[Segment] | None:
        """The segments of an item's first paragraph, blank text left out, or None when the
        item does not open with a paragraph."""
        first = item.children[0] if item.children else None
        if first is None or first.type != "paragraph":
            return None
        return visible(self.doc.inline_segments(first))
