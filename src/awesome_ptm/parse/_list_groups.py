"""The items of one list that name groups: a link or a bold name over nested entries,
a link-less name over papers cited without links, and the venues an introduction says the
list covers (see :class:`~awesome_ptm.parse._list_shape.ListShape` for the judgements
about single items)."""

from __future__ import annotations

import re

from awesome_ptm.parse._categories import bold_only, link_only, names_group
from awesome_ptm.parse._entry import interpret_head
from awesome_ptm.parse._inline import Segment, plain
from awesome_ptm.parse._list_shape import PAPER_TITLE_WORDS, ListShape
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._navigation import is_anchor_segment
from awesome_ptm.titles import plain_title
from awesome_ptm.venues import canonical_venue

#: The fewest venues a list in a file's introduction names to be the venues its papers
#: come from.
_VENUES_COVERED_MIN = 3
#: The level of the headings that open a file's sections.
_SECTION_LEVEL = 2
#: A name written in capitals (``DSAA``, ``COMPLEX NETWORKS``, ``IEEE S&P``).
_CAPITALS_NAME = re.compile(r"[A-Z][A-Z0-9&/-]{1,15}(?: [A-Z0-9&/-]{1,15}){0,3}")
#: The fewest nested papers cited without links that make the link-less item over them the
#: name of their group, and the share of the nested items (half) that must cite a venue
#: and a year.
_UNLINKED_PAPERS_MIN = 3
_UNLINKED_PAPERS_SHARE = 1 / 2
#: The most words of a link-less item that names a group of papers (``Formal Method &
#: Symoblic Execution``); a longer one is a paper or a sentence.
_GROUP_NAME_WORDS = 6


class ListGroups(ListShape):
    """The judgements about the items of a list that name the groups of what is nested
    under them."""

    def named_groups(self, items: list[Node]) -> bool:
        """Whether the items of a list that are one link over nested entries name groups:
        most of them (two at least) are questions, venues or years (``- [论文不会找怎么办？](…)``
        … ``- [外文写起来麻烦怎么办](…)``): the items of one list play one part."""
        titles = []
        for item in items:
            first = item.children[0] if item.children else None
            if first is None or first.type != "paragraph" or len(item.children) < 2:
                continue
            nested = [c for c in item.children[1:] if c.type in ("bullet_list", "ordered_list")]
            child_items = [i for lst in nested for i in lst.children]
            title = self._linked_group(self.doc.inline_segments(first), child_items)
            if title is not None:
                titles.append(title)
        named = sum(1 for title in titles if names_group(title))
        return named >= 2 and 2 * named >= len(titles)

    def among_categories(self, items: list[Node]) -> set[int]:
        """The items (their ids) that link a resource over nested entries in a list whose
        other items over nested entries are category items, two at least and no fewer
        (``- [Outliers](#outliers-)`` … ``- [Elastic Net](wiki)`` over one paper): like
        their siblings they name the group of what is nested, even over one entry."""
        categories = 0
        linked: list[int] = []
        for item in items:
            first = item.children[0] if item.children else None
            if first is None or first.type != "paragraph":
                continue
            nested = [c for c in item.children[1:] if c.type in ("bullet_list", "ordered_list")]
            child_items = [i for lst in nested for i in lst.children]
            if not child_items or not self.any_entry(child_items):
                continue
            head = self.doc.inline_segments(first)
            if any(s.kind == "link" and not is_anchor_segment(s) for s in head):
                linked.append(id(item))
            else:
                categories += 1
        if categories < 2 or categories < len(linked):
            return set()
        return set(linked)

    def bold_groups_of_one(self, items: list[Node]) -> set[int]:
        """The bold items without a link (their ids) over one nested entry in a list where
        two or more such items hold two entries or more (``- **USA**`` over ``* [Section
        508](url)`` beside ``- **UK**`` over two laws): like their siblings they name a
        group, not a resource whose paper is nested (``- **diff2vec**`` over its paper)."""
        groups = 0
        single: list[int] = []
        for item in items:
            first = item.children[0] if item.children else None
            # (an item without nested items names no group: a cheap test first)
            if first is None or first.type != "paragraph" or len(item.children) < 2:
                continue
            if not bold_only(self.doc.inline_segments(first)):
                continue
            nested = [c for c in item.children[1:] if c.type in ("bullet_list", "ordered_list")]
            under = [
                sub
                for lst in nested
                for sub in lst.children
                if self._detail_lines(sub) is None and self.any_entry([sub])
            ]
            if len(under) >= 2:
                groups += 1
            elif len(under) == 1:
                single.append(id(item))
        return set(single) if groups >= 2 else set()

    def venues_covered(self, items: list[Node]) -> bool:
        """Before the list's first section heading, a list (nested items too) whose every
        link is an item of only that link naming a venue, three at least an alias knows, the
        others written in capitals (``   * [KDD](https://www.kdd.org/)`` under ``- Data
        Mining``): the venues a list of papers covers, said in its introduction, not its
        entries."""
        if any(level >= _SECTION_LEVEL for level, _ in self.doc.heading_path):
            return False
        names = self._link_only_names(items)
        if names is None:
            return False
        known = sum(1 for name in names if canonical_venue(name) is not None)
        # (a venue no alias knows is written in capitals, ``ASONAM``, ``COMPLEX NETWORKS``;
        # a tool among them, ``XGBoost``, makes the list the introduction's resources)
        return known >= _VENUES_COVERED_MIN and all(
            canonical_venue(name) is not None or _CAPITALS_NAME.fullmatch(name) for name in names
        )

    def _link_only_names(self, items: list[Node]) -> list[str] | None:
        """The link texts of a list whose linked items (nested ones too) are each one link
        and nothing else, or None."""
        names: list[str] = []
        for item in items:
            first = item.children[0] if item.children else None
            if first is None or first.type != "paragraph":
                return None
            segs = self.doc.inline_segments(first)
            if any(s.kind == "link" for s in segs):
                link = link_only(segs)
                if link is None:
                    return None
                names.append(plain_title(link.text))
            for child in item.children[1:]:
                if child.type not in ("bullet_list", "ordered_list"):
                    return None
                nested = self._link_only_names(child.children)
                if nested is None:
                    return None
                names.extend(nested)
        return names

    def unlinked_papers(self, head: list[Segment], items: list[Node]) -> bool:
        """``+ Static Analysis`` over ``  + FlowDroid: Precise Context, …, PLDI 2014``, …: a
        short name without a link, venue or year over three or more nested items of one
        line and no link, half of them at least papers cited at a venue and year, names
        their group (a paper's own notes under it are not a run of citations)."""
        if len(items) < _UNLINKED_PAPERS_MIN or any(s.kind == "link" for s in head):
            return False
        if len(plain(head).split()) > _GROUP_NAME_WORDS:
            return False
        own = interpret_head(head)
        if own is None or own.venue is not None:
            return False
        cited = 0
        for item in items:
            if len(item.children) != 1 or item.children[0].type != "paragraph":
                return False
            segs = self.doc.inline_segments(item.children[0])
            if any(s.kind == "link" for s in segs):
                return False
            draft = interpret_head(segs)
            if (
                draft is not None
                and draft.venue is not None
                and draft.venue.venue is not None
                and draft.venue.year is not None
                and len(draft.title.split()) >= PAPER_TITLE_WORDS
            ):
                cited += 1
        return cited >= _UNLINKED_PAPERS_SHARE * len(items)

    def _linked_group(
        self, head: list[Segment], child_items: list[Node], *, one: bool = False
    ) -> str | None:
        """The group an item that is one link names for the entries nested under it (two
        or more, or one under a question, venue or year, or, with ``one``, any), or None."""
        link = link_only(head) if child_items else None
        if link is None:
            return None
        title = plain_title(link.text)
        under = [
            sub for sub in child_items if self._detail_lines(sub) is None and self.any_entry([sub])
        ]
        if len(under) >= 2 or (under and (one or names_group(title))):
            return title
        return None
