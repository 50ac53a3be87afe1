"""The features of a tool a paragraph presents: ``[GameHub](url) is a unified library …``,
then (past a screenshot) ``**GameHub supports:**``, ``Cartridge Features`` or ``**The
following systems are supported:**`` over a list. The label names the tool or only says what
follows, the list says what the tool does or runs: it is part of the paragraph's entry, not a
group of entries of its own (mikeroyal's guides, Steam-Deck-Guide, Retro-Gaming-Guide)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from awesome_ptm.model import Entry
from awesome_ptm.parse._decoration import without_leading_decoration
from awesome_ptm.parse._draft import LinkDraft
from awesome_ptm.parse._inline import Segment, plain
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._notes import is_generic_label

if TYPE_CHECKING:
    from awesome_ptm.parse._document import Builder

#: A label longer than this is a sentence, not a label.
_LABEL_WORDS = 8
#: An HTML tag (``<img src=…>``, ``<p align="center">``) or a Markdown image on a line.
_PICTURE_MARKUP = re.compile(r"<[^<>\n]{0,1000}>|!\[[^\]\n]{0,300}\]\([^()\s]{0,1000}\)")
#: ``:sparkle:``: an emoji written as its short code.
_SHORT_CODE = re.compile(r"^\s{0,3}:[a-z0-9_+-]{1,40}:")
#: The blocks a label paragraph becomes when nothing follows it yet.
_LABEL_BLOCKS = ("label", "prose")
#: The blocks a picture between the paragraph and its features' label becomes.
_PICTURE_BLOCKS = ("image", "html")


def features_label(title: str, label: str, plain_list: bool) -> bool:
    """Whether ``label`` heads a list of the features of the tool named ``title``: it
    starts with the name (``GameHub supports:``, ``Cartridge Features``), or it ends with a
    colon over a list of plain items (``The following systems are supported:``)."""
    words = label.strip(" *_").split()
    if not words or len(words) > _LABEL_WORDS:
        return False
    folded = " ".join(words).casefold()
    name = " ".join(title.split()).casefold()
    if name and folded.startswith(name + " "):
        return True
    return plain_list and folded.endswith((":", "："))


def links_label(label: str) -> bool:
    """Whether ``label`` only names the kind of the links under it (``:sparkle: **Code:**``,
    ``Code:``, ``Implementations:``), an emoji or its short code before it perhaps."""
    text = _SHORT_CODE.sub("", label).strip()
    text = without_leading_decoration(text).strip(" *_")
    if not text.endswith((":", "：")):
        return False
    return is_generic_label(text[:-1].strip(" *_"))


def pictures_only(lines: list[str]) -> bool:
    """Whether ``lines`` hold nothing but blank lines and pictures (``<p align="center">``,
    ``<img src=…>``, ``![](shot.png)``)."""
    return all(not _PICTURE_MARKUP.sub("", line).strip() for line in lines)


class EntryFeatures:
    """Decides whether a list is the features of the paragraph entry above its label."""

    def __init__(self, doc: Builder) -> None:
        self.doc = doc

    def _paragraph_entry_over(self, line: int) -> Entry | None:
        """The entry of the last paragraph read when only pictures stand between its end and
        ``line`` (1-based, the line after them), or None."""
        doc = self.doc
        if not doc.entries or doc.paragraph_entry is not doc.entries[-1]:
            return None
        entry = doc.entries[-1]
        return entry if pictures_only(doc.lines[entry.source.end_line : line - 1]) else None

    def under_waiting_label(self, node: Node, label: Node, segs: list[Segment]) -> bool:
        """``**GameHub supports:**`` (a bold paragraph waiting for what follows it) over the
        list ``node``: True when the list was taken into the entry above the label."""
        entry = self._paragraph_entry_over(label.start)
        return entry is not None and self._take(entry, node, plain(segs))

    def under_label_block(self, node: Node) -> bool:
        """``Cartridge Features`` (a one-line paragraph already read as a label or prose)
        over the list ``node``: True when the list was taken into the entry above it."""
        doc = self.doc
        if not doc.blocks:
            return False
        block = doc.blocks[-1]
        if block.kind not in _LABEL_BLOCKS or block.line != block.end_line:
            return False
        if not pictures_only(doc.lines[block.end_line : node.start - 1]):
            return False
        entry = self._paragraph_entry_over(block.line)
        if entry is None or not self._take(entry, node, block.text):
            return False
        doc.blocks.pop()
        return True

    def _take(self, entry: Entry, node: Node, label: str) -> bool:
        """Take the list ``node`` into ``entry`` when ``label`` heads its features, or its
        links (``:sparkle: **Code:**`` over ``*   [Torch-based](url)``: the paper's code,
        one link an item)."""
        items = self.doc.items
        links = self._links_only(node) if links_label(label) else None
        if links is not None:
            end = self.doc.trimmed_end(node.start, node.end)
            entry.links.extend(self.doc.make_links(links, node.start, end))
            items.take_list(entry, node)
            return True
        texts = items.plain_items(node)
        if not features_label(entry.title, label, texts is not None):
            return False
        items.take_list(entry, node)
        entry.notes.extend(texts or [])
        # (the pictures between the paragraph and the list are the entry's now)
        lo, hi = entry.source.line, entry.source.end_line
        self.doc.blocks = [
            b for b in self.doc.blocks if not (lo <= b.line <= hi and b.kind in _PICTURE_BLOCKS)
        ]
        return True

    def _links_only(self, node: Node) -> list[LinkDraft] | None:
        """The links of a list whose every item is one link and nothing else (``*
        [TensorFlow-based](url)``), or None."""
        lines = self.doc.items.item_lines(node)
        if lines is None:
            return None
        links: list[LinkDraft] = []
        for segs in lines:
            linked = [s for s in segs if s.kind == "link" and s.href]
            if len(linked) != 1 or plain([s for s in segs if s.kind != "link"]).strip():
                return None
            links.append(LinkDraft(href=str(linked[0].href), style=str(linked[0].style)))
        return links
