"""A ``<details>`` block whose ``<summary>`` names a work with its address (``<summary>
End-to-End Adversarial Text-to-Speech: http://arxiv.org/abs/2006.03575 (Click to Expand)
</summary>``) is that work's entry; what the block folds up to its ``</details>`` is the
write-up about it (notes, images, a link or two), layout, not entries."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from awesome_ptm.parse._categories import groups, summary_text
from awesome_ptm.parse._draft import Draft, LinkDraft
from awesome_ptm.parse._entry import clean_label, interpret_head
from awesome_ptm.parse._html_lines import summary_resource, summary_titled_work
from awesome_ptm.parse._inline import Segment, split_bare_urls
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._names import names_at
from awesome_ptm.venues import VenueYear, canonical_venue

if TYPE_CHECKING:
    from awesome_ptm.model import Entry, Link

#: Only the tag that opens a ``<details>`` block (and spaces) before its summary.
_DETAILS_OPEN = re.compile(r"\s*<details\b[^<>]{0,200}>\s*", re.IGNORECASE)
#: ``<summary``, ``<details``, ``</details>``: where a summary and a folded part open, where
#: the part closes.
_SUMMARY_TAG = re.compile(r"<summary\b", re.IGNORECASE)
_DETAILS_TAG = re.compile(r"<details\b", re.IGNORECASE)
_DETAILS_END = re.compile(r"</details\s{0,5}>", re.IGNORECASE)


def _last_tag(tag: re.Pattern[str], html: str) -> int:
    """Where the last ``tag`` opens in ``html`` as written, or -1 (an index found in a
    case-folded copy could slip: ``ß`` folds to two letters)."""
    return max((m.start() for m in tag.finditer(html)), default=-1)


#: ``(Click to Expand)``: a bracket closing a summary that says there is more.
_CLOSING_BRACKET = re.compile(r"\s{0,3}[(（]([^()（）]{1,40})[)）]\s*$")
#: Small words such a bracket may hold besides the words that say there is more.
_SMALL = frozenset({"to", "for", "here", "me", "the"})


def summary_work(html: str, closed: bool = False) -> Draft | None:
    """The entry a ``<details>`` block's summary names with the work's address, or None
    (no summary, no address in it, or the block closes in the same HTML unless ``closed``
    allows it: the whole write-up written in one block)."""
    folded = html.casefold()
    if not closed and "</details>" in html[_last_tag(_SUMMARY_TAG, html) :].casefold():
        return None
    text = summary_text(html)
    if text is None:
        return None
    if closed and "://" in text:
        return None  # (a closed block is read only when its summary's links are HTML anchors)
    if "://" not in text:
        # ``<summary><a href=…>name</a> - description</summary>``: a resource, its link
        # written in HTML; ``<summary>Title (2023) [<a href=…>Paper</a>]</summary>``: a work
        linked = summary_resource(html)
        if linked is None and "<details" in folded:
            # (a bare summary with no ``<details>`` around it folds nothing: efficient-r1's
            # papers each stand in one, and are read line by line)
            linked = summary_titled_work(html)
        return interpret_head(linked) if linked is not None else None
    closing = _CLOSING_BRACKET.search(text)
    if closing is not None:
        more = groups().more_words
        words = closing.group(1).casefold().split()
        if all(w in more or w in _SMALL for w in words):
            text = text[: closing.start()]
    segs = split_bare_urls(text.strip())
    if not any(s.kind == "link" for s in segs):
        return None
    return interpret_head(segs)


#: ``<summary> A. Holzinger et al. <em>xxAI - Beyond Explainable AI</em>, 2020 </summary>``:
#: the names, the venue in italics and the year of the work a write-up is about.
_SUMMARY_CITATION = re.compile(
    r"<summary>\s*(?P<names>[^<>]{3,300}?)\s*<em>(?P<venue>[^<>]{2,120})</em>\s*,?\s*"
    r"(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def summary_citation(html: str) -> tuple[list[str], VenueYear] | None:
    """The names and the venue and year a ``<details>`` block's summary cites (the block
    folded under a paper's item: ``* [Title](url)`` / ``<details><summary> Names.
    <em>Venue</em>, 2024 </summary> abstract </details>``), or None."""
    found = _SUMMARY_CITATION.search(html)
    if found is None:
        return None
    written = " ".join(found.group("names").split()).rstrip(" .,;")
    names = names_at(written.replace(" & ", " and "), "medium") or names_at(
        written.replace(" & ", " and "), "several"
    )
    if names is None:
        return None
    venue = " ".join(found.group("venue").split())
    year = int(found.group("y"))
    return names, VenueYear(canonical_venue(venue) or venue, year, found.group(0))


class WriteUps:
    """The builder's reading of ``<details>`` write-ups: the entry whose write-up the walk
    is in (see :meth:`open_write_up`)."""

    #: The entry whose folded write-up the walk is in, until its ``</details>``.
    write_up: Entry | None = None

    if TYPE_CHECKING:  # (the builder's and its other bases')

        def add_entry(self, draft: Draft, start: int, end: int, **extra: object) -> Entry: ...

        def add_block(self, kind: str, start: int, end: int) -> None: ...

        def inline_segments(self, node: Node) -> list[Segment]: ...

        def make_links(self, drafts: list[LinkDraft], start: int, end: int) -> list[Link]: ...

    def open_write_up(self, start: int, end: int, html: str) -> bool:
        """An HTML block (lines ``start``–``end``) that opens a summary naming a work:
        the work is an entry (on the summary's line), and what follows to ``</details>``
        its write-up. True when it was read so."""
        if self.write_up is not None:
            return False
        summary = _last_tag(_SUMMARY_TAG, html)
        # (``<details><summary>1. <a href=…>Title</a> by<i> Names</i></summary><blockquote>…
        # </blockquote></details>`` in one block, event-extraction-papers: the work and its
        # write-up closed together, one entry)
        closed = (
            summary >= 0
            and len(_DETAILS_TAG.findall(html)) == 1
            and _DETAILS_END.search(html, summary) is not None
        )
        draft = summary_work(html, closed=closed)
        if draft is None:
            return False
        before = html[:summary]
        # The entry opens with its ``<details>`` tag when only that stands before its summary:
        # the work's block is the entry's, so a fix that moves or drops the entry takes the
        # whole ``<details>`` with it (a ``</details>`` closing the previous work stays out).
        opening = _last_tag(_DETAILS_TAG, before)
        if opening >= 0 and _DETAILS_OPEN.fullmatch(before[opening:]):
            before = before[:opening]
        line = start + before.count("\n")
        if line > start:
            self.add_block("html", start, line - 1)
        entry = self.add_entry(draft, line, end)
        if not closed:
            self.write_up = entry
        return True

    def in_write_up(self, node: Node, html: str | None) -> bool:
        """A block inside an open write-up is layout (``details``), its links the work's;
        the HTML block that closes it closes the write-up. True when the block was taken
        here."""
        entry = self.write_up
        if entry is None:
            return False
        if html is not None and "</details>" in html.casefold():
            self.write_up = None
            folded = html.casefold()
            if folded.rfind("<summary") > folded.rfind("</details>"):
                return False  # (``</details>`` then ``<details><summary>``: the next work)
        else:
            drafts = [
                LinkDraft(href=str(s.href), style=str(s.style), label=clean_label(s.text))
                for paragraph in _paragraphs(node)
                for s in self.inline_segments(paragraph)
                if s.kind == "link" and s.href
            ]
            entry.links.extend(self.make_links(drafts, node.start, node.end))
        self.add_block("details", node.start, node.end)
        return True


def _paragraphs(node: Node) -> list[Node]:
    """The paragraphs a block holds, at any depth (a list's items, a quote's lines)."""
    if node.type == "paragraph":
        return [node]
    return [p for child in node.children for p in _paragraphs(child)]
