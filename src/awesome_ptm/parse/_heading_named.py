"""Entries a heading names: ``### 1. C-Eval``, a paragraph about it, then a line of
labelled links with no name of their own (``\\[[官方网站](url)] \\[[Github](url)]``) or a
list of labelled addresses (``- arxiv: <url>``). The heading (numbering taken off) is the
entry's title; the links of the prose under it are the entry's too."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from awesome_ptm.parse._checklist import task_item
from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._detail_fields import FIELD_LINE
from awesome_ptm.parse._draft import Draft, LinkDraft
from awesome_ptm.parse._entry import is_generic_label
from awesome_ptm.parse._entry_lines import interpret_lines
from awesome_ptm.parse._field_items import bold_label
from awesome_ptm.parse._inline import Segment, plain, visible
from awesome_ptm.parse._leading_marker import leading_marker
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._names import split_authors
from awesome_ptm.parse._navigation import is_badge, is_meta_heading
from awesome_ptm.parse._vocabulary import column_role, names_a_profile
from awesome_ptm.venues import VenueYear

if TYPE_CHECKING:
    from awesome_ptm.model import Entry, Heading
    from awesome_ptm.parse._items import ItemReader

#: The highest heading level that may name a picture's entry (``### fliqlo``; ``## Clocks``
#: above it is a category).
_NAMED_LEVEL = 3
#: The longest line of text (a price) that may stand between such a picture and the next
#: heading.
_NOTE_CHARS = 60
#: An address that is an image file (a figure linking its full size), not a page.
_IMAGE_FILE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp)(?:[?#]|$)", re.IGNORECASE)

#: The fewest labelled fields of a card a heading names (``- Creator: …``, ``- URL: …``,
#: ``- Description: …``).
_CARD_FIELDS = 3
#: The highest heading level that may name such a card's entry (the list's title names the
#: list).
_CARD_LEVEL = 2
#: The fewest site-named links under a heading that make them the links of what it names,
#: and the shallowest heading that may name one resource (``## Links`` names a part).
_SITE_LINKS_MIN = 2
_SITE_LINKS_LEVEL = 3
#: The most words of a site's name (``Official page``, ``Google Play``).
_SITE_WORDS = 3
#: The fewest labels a table's header would name (``Author``, ``Date``) among a card's bold
#: labels (``- **Author:** …``).
_BOLD_CARD_ROLES = 2

#: The fewest lines of pictures under a heading that make them the entry it names.
_BADGE_LINES_MIN = 2
#: `` - [EIA-MVS]``: a method's short name after the title of a heading that names it.
_SHORT_NAME_TAIL = re.compile(r" {1,3}[-–] {1,3}\[[^\]\s]{1,30}\]$")

#: The fewest headings that each name the one bare address under them.
_NAMED_ADDRESSES_MIN = 3


def _bare_address(entry: Entry) -> bool:
    """An entry that is one address and nothing else: its title is its only link."""
    return (
        len(entry.links) == 1
        and entry.title == entry.links[0].url
        and entry.title.startswith(("http://", "https://"))
    )


#: ``1. C-Eval``: the numbering of a heading that names an entry.
_NUMBERING = re.compile(r"^\d{1,4}[.)、]\s*")


class HeadingNamedEntries:
    """The builder's reading of links that the heading above them names."""

    entries: list[Entry]
    headings: list[Heading]
    heading_path: list[tuple[int, str]]
    extra_path: list[str]
    #: The links of the prose under the last heading, for an entry the heading names.
    heading_links: list[LinkDraft]
    items: ItemReader
    lines: list[str]

    if TYPE_CHECKING:  # (the builder's)

        def add_entry(self, draft: Draft, start: int, end: int, **extra: object) -> Entry: ...

        def inline_segments(self, node: Node) -> list[Segment]: ...

    def name_addresses_by_headings(self) -> None:
        """``### Reluplex: An Efficient SMT Solver …`` / ``<https://arxiv.org/abs/…>`` / a
        summary, again and again: where three headings or more of one level each hold one
        entry, a bare address first under the heading, and those are most headings of that
        level, the heading names the entry (a heading over several entries, or over one of
        a few, is a category)."""
        found: dict[int, list[tuple[Heading, Entry]]] = {}
        # (one pass over entries sorted by line, a bisection per heading: a file of
        # thousands of headings and entries stays linear)
        ordered = sorted(self.entries, key=lambda e: e.source.line)
        lines = [e.source.line for e in ordered]
        for index, heading in enumerate(self.headings):
            upper = self.headings[index + 1].line if index + 1 < len(self.headings) else None
            lo = bisect.bisect_right(lines, heading.line)
            hi = bisect.bisect_left(lines, upper) if upper is not None else len(lines)
            if hi - lo == 1 and _bare_address(ordered[lo]):
                found.setdefault(heading.level, []).append((heading, ordered[lo]))
        for level, pairs in found.items():
            total = sum(1 for heading in self.headings if heading.level == level)
            if len(pairs) < _NAMED_ADDRESSES_MIN or 2 * len(pairs) < total:
                continue
            for heading, entry in pairs:
                title = _NUMBERING.sub("", heading.title).strip()
                if not title:
                    continue
                entry.title = title
                entry.source.line = heading.line
                entry.section = entry.section[:-1]

    def links_named_by_heading(self, node: Node) -> bool:
        """A list of two or more labelled addresses (``- arxiv: <url>``, ``- github(Keras):
        url``), first under its heading: the entry the heading names (see
        :meth:`named_by_heading`). Links titled by their text (``- [Website](url)``) are
        resources of their own."""
        found = self.items.link_items(node)
        # (``- Paper: url`` over ``- Code:``: an address left empty still labels the list)
        if found is None or len(found[0]) + self.items.empty_link_fields(node) < 2 or found[1]:
            return False
        if not all(
            line[0].kind == "text" and line[0].text.rstrip().endswith((":", "："))
            for line in found[0]
        ):
            return False
        draft = interpret_lines(found[0])
        return draft is not None and self.named_by_heading(draft, node)

    def site_links_named_by_heading(self, node: Node) -> bool:
        """``### Aegis`` over ``- [x] [Google Play](url)``, ``- [x] [F-Droid](url)``, ``- [x]
        [GitHub](url)``, ``- [ ] Official page`` (Psyhackological/AAA): a checklist whose items
        are each one short link or name, two or more naming where it leads (a store, a site,
        a kind of page), first under a heading of level three or deeper, is the entry the
        heading names, ticked where it is found (see :meth:`named_by_heading`). Without the
        boxes such links under ``### Official Resources`` are resources of their own.
        A heading that is itself such a name (``### Links``) or a meta heading is none."""
        if node.type != "bullet_list" or len(node.children) < _SITE_LINKS_MIN:
            return False
        if not self.headings or self.headings[-1].level < _SITE_LINKS_LEVEL:
            return False
        title = self.headings[-1].title
        if is_generic_label(title) or names_a_profile(title) or is_meta_heading(title):
            return False
        links: list[LinkDraft] = []
        named = 0
        for item in node.children:
            if len(item.children) != 1 or item.children[0].type != "paragraph":
                return False
            written = self.inline_segments(item.children[0])
            segs, _ = task_item(written)
            if segs is written:
                return False  # (no ``[x]`` box: ``### Official Resources`` over its links)
            shown = visible(segs)
            if len(shown) != 1 or shown[0].kind not in ("link", "text"):
                return False
            text = shown[0].text.strip()
            if len(text.split()) > _SITE_WORDS:
                return False  # (``- [A Long Article Title](url)``: a resource of its own)
            named += is_generic_label(text) or names_a_profile(text)
            if shown[0].kind == "text":
                continue  # (``- [ ] Google Play``: a store the resource is not in)
            if not shown[0].href or str(shown[0].href).startswith("#"):
                return False
            links.append(LinkDraft(href=str(shown[0].href), style=str(shown[0].style), label=text))
        if not links or named < _SITE_LINKS_MIN:
            return False
        return self.named_by_heading(Draft(title="", links=links), node)

    def badges_named_by_heading(self, node: Node) -> bool:
        """``#### GoMVS: Geometrically Consistent Cost Aggregation …`` over ``- ![Publication](
        …badge/2024-CVPR)  [![Paper](…badge/arxiv…)](https://arxiv.org/abs/…)``, ``- [![GitHub
        stars](…)](https://github.com/…)``, ``- ![Image](…png)`` (walsvid/Awesome-MVS): a list
        of two or more lines of pictures alone, some linking pages, every linked one a badge or
        a link's label, first under a heading of level three or deeper, is the entry the
        heading names, the pages its links (see :meth:`named_by_heading`). A trailing
        ``- [EIA-MVS]`` on the heading is the method's short name, not its title."""
        if node.type != "bullet_list" or len(node.children) < _BADGE_LINES_MIN:
            return False
        if not self.headings or self.headings[-1].level < _SITE_LINKS_LEVEL:
            return False
        title = self.headings[-1].title
        if "](" in self.headings[-1].raw or is_generic_label(title) or is_meta_heading(title):
            return False
        links: list[LinkDraft] = []
        for item in node.children:
            if len(item.children) != 1 or item.children[0].type != "paragraph":
                return False
            shown = visible(self.inline_segments(item.children[0]))
            if not shown or any(seg.kind != "image" for seg in shown):
                return False
            for seg in shown:
                href = str(seg.href or "")
                if not href or href == seg.src or _IMAGE_FILE.search(href):
                    continue  # (``![Image](…png)``: a picture that links nothing)
                if not href.startswith(("http://", "https://")):
                    return False
                if not is_badge(seg.src) and not is_generic_label(seg.text):
                    return False  # (``[![Kornia](logo.png)](url)``: a resource's own picture)
                links.append(LinkDraft(href=href, style=str(seg.style), label=seg.text))
        if not links:
            return False
        draft = Draft(title="", links=links)
        if not self.named_by_heading(draft, node):
            return False
        entry = self.entries[-1]
        entry.title = _SHORT_NAME_TAIL.sub("", entry.title).strip() or entry.title
        return True

    def fields_named_by_heading(self, node: Node) -> bool:
        """``### BAGICODE`` over ``- Creator: Robby Dianputra``, ``- URL: https://bagicode.com``,
        ``- Description: …``, ``- Rating: 0`` (ajari-koding): a card of labelled fields, an
        address among them, first under its heading, is the entry the heading names; the
        addresses are its links, a creator's field its names, the other fields its notes
        (see :meth:`named_by_heading`)."""
        if node.type != "bullet_list" or len(node.children) < _CARD_FIELDS:
            return False
        if not self.headings or self.headings[-1].level < _CARD_LEVEL:
            return False  # (``# librosgratis.dev`` over ``- Web: …``: the list's own card)
        draft = Draft(title="")
        bold = roles = 0
        for item in node.children:
            if len(item.children) != 1 or item.children[0].type != "paragraph":
                return False
            segs = self.inline_segments(item.children[0])
            text = plain(segs).strip()
            if segs[0].kind == "strong":
                # ``- **Author:** Bruno Deprez, …``, ``- **Language(s):** English``: a bold
                # label (its value may run on over lines: ``- **Abstract:**`` over it)
                bold += 1
                bolded = bold_label(segs)
                if bolded is None or len(bolded[0].split()) > _BOLD_LABEL_WORDS:
                    return False
                label, value = bolded
            else:
                labelled = FIELD_LINE.match(text)
                if labelled is None or segs[0].kind != "text" or "\n" in text:
                    return False
                if not FIELD_LINE.match(segs[0].text.lstrip()):
                    return False  # (``- [Tool](url): …``: a linked name, a resource of its own)
                label, value = labelled.group(1).strip(), text[labelled.end() :].strip()
            for seg in segs:
                if seg.kind == "link" and seg.href and not str(seg.href).startswith("#"):
                    draft.links.append(LinkDraft(href=str(seg.href), style=str(seg.style)))
            role = column_role(label)
            roles += role is not None
            when = parse_date(value) if role in ("date", "year") else None
            if not draft.authors and value and role == "authors":
                draft.authors = split_authors(value)  # (``Creator: Robby Dianputra``)
            elif when is not None and draft.venue is None:
                draft.venue = VenueYear(None, when.year, value)  # (``**Date:** 2026-05-21``)
                draft.date = when.iso if when.iso != str(when.year) else None
            elif value and not any(s.kind == "link" for s in segs):
                draft.notes.append(text)
        if bold and roles < _BOLD_CARD_ROLES:
            return False  # (``- **Pandas**: data frames``: bold names, not a card's labels)
        if bold and "](" in self.lines[self.headings[-1].line - 1]:
            # (``### [Title](url)`` over ``- **Metrics:** …``: a linked heading is its own
            # entry, the fields under it its details)
            return False
        # (a card holds fields of text beside its addresses: ``- Paper: url`` / ``- Code:
        # url`` alone are labelled links, read as such)
        if not draft.links or (not draft.notes and not draft.authors):
            return False
        return self.named_by_heading(draft, node)

    def picture_named_by_heading(self, segs: list[Segment], node: Node) -> bool:
        """``### fliqlo`` / ``> A flip clock screensaver.`` / ``[![](screenshots/fliqlo.png)](
        http://fliqlo.com/)`` (awesome-macos-screensavers): a picture alone that links a web
        page, first under a heading below the list's top sections, is the entry the heading
        names (see :meth:`named_by_heading`). A picture that links its own image file is a
        figure."""
        pictures = [s for s in segs if s.kind in ("link", "image")]
        if len(pictures) != 1 or not self.headings or self.headings[-1].level < _NAMED_LEVEL:
            return False
        href = str(pictures[0].href or "")
        if not href.startswith(("http://", "https://")) or _IMAGE_FILE.search(href):
            return False
        if href == pictures[0].src:
            return False  # (``![关注](url)``: a picture that links nothing)
        if not self._closes_part(node.end):
            return False  # (a channel's avatar over the paragraph that names it)
        if "](" in self.headings[-1].raw or "href" in self.headings[-1].raw.lower():
            return False  # (``### [author](repo)`` over its screenshots: a linked heading)
        draft = Draft(title="", links=[LinkDraft(href=href, style=str(pictures[0].style))])
        return self.named_by_heading(draft, node)

    def table_named_by_heading(self, node: Node, values: list[list[Segment]]) -> bool:
        """``#### OneNote`` / a paragraph about it / ``| Property | Value |`` over ``|
        Developer | [Microsoft](https://microsoft.com) |``, ``| URL | https://onenote.com |``
        (dend/awesome-product-management): a card of fields first under its heading is the
        entry the heading names, the links of its ``values`` cells its links (see
        :meth:`named_by_heading`). True when it was read so."""
        links = [
            LinkDraft(href=str(seg.href), style=str(seg.style), label=seg.text)
            for cell in values
            for seg in cell
            if seg.kind == "link" and seg.href and not str(seg.href).startswith("#")
        ]
        return self.named_by_heading(Draft(title="", links=links), node)

    def _closes_part(self, end: int) -> bool:
        """Whether a heading (or the end of the file) is what comes after line ``end``, a
        short line of text without a link aside (``Free (Open Source)``: the price)."""
        noted = False
        for line in self.lines[end:]:
            text = line.strip()
            if not text:
                continue
            if text.startswith("#"):
                return True
            if noted or len(text) > _NOTE_CHARS or "](" in text or "://" in text:
                return False
            noted = True
        return True

    def named_by_heading(self, draft: Draft, node: Node) -> bool:
        """``### 1. C-Eval`` / a paragraph about it / ``\\[[官方网站](url)] \\[[Github](url)]``:
        a line of labelled links with no name of its own, first under its heading, is the
        entry the heading names (numbering taken off), with the links of the prose above.
        True when it was read so."""
        named = any(c.isalnum() for c in draft.title)
        if named and not is_generic_label(draft.title):
            return False
        if not self.headings or not self.heading_path or self.extra_path:
            return False
        heading = self.headings[-1]
        if self.entries and self.entries[-1].source.line >= heading.line:
            return False
        title = _NUMBERING.sub("", heading.title).strip()
        if not title:
            return False
        marked = leading_marker(title)
        if marked is not None and marked[0].year is not None:
            # ``### [CCS'17] Directed Greybox Fuzzing``: the venue and year before the title
            title = marked[1].strip()
            if draft.venue is None or draft.venue.venue is None:
                draft.venue = marked[0]
        draft.title = title
        draft.links = [*self.heading_links, *draft.links]
        self.heading_links = []
        entry = self.add_entry(draft, heading.line, node.end)
        entry.section = entry.section[:-1]  # the heading names the entry, not a group
        return True


#: The most words of a bold field label (``Methods and/or Models``).
_BOLD_LABEL_WORDS = 4
