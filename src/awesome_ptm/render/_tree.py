"""The sections of a list as a tree: one node per section path, entries under their section.

A list is named by its document title (its first heading, when that is its only level-1
heading), else by its file stem; the document title is then not a section of its own.
Headings, in-table section rows and list items that group entries are all sections. Two
sections with the same path (the same heading written twice) are one node.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from markdown_it import MarkdownIt

from awesome_ptm.model import Document, Entry, Heading


@dataclass
class SectionNode:
    """A section: its title, its path below the list, its own entries and its subsections."""

    title: str
    path: tuple[str, ...]
    entries: list[Entry] = field(default_factory=list)
    children: list[SectionNode] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Entries in this section and all its subsections."""
        return len(self.entries) + sum(child.total for child in self.children)

    def walk(self) -> list[SectionNode]:
        """This node and its descendants, depth first, in order."""
        nodes = [self]
        for child in self.children:
            nodes.extend(child.walk())
        return nodes


def list_title(document: Document) -> tuple[str, tuple[str, ...]]:
    """The list's name and the section path prefix it stands for (empty for a file stem)."""
    headings = document.headings
    if (
        headings
        and headings[0].level == 1
        and headings[0].title.strip()
        and sum(1 for heading in headings if heading.level == 1) == 1
    ):
        return _shown_title(headings[0]), (headings[0].title,)
    path = PurePosixPath(document.path.replace("\\", "/"))
    return path.stem or path.name, ()


@functools.cache
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark")


def _shown_title(heading: Heading) -> str:
    """A document title as a reader sees it: without its badges (``[![Awesome](…)](…)``),
    whose alt text the parser keeps."""
    parts: list[str] = []
    for token in _markdown().parse(heading.raw):
        for child in token.children or []:
            if child.type in ("text", "code_inline"):
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append(" ")
    return " ".join("".join(parts).split()) or heading.title.strip()


def section_tree(document: Document) -> SectionNode:
    """The list's sections as a tree whose root is the list itself."""
    name, prefix = list_title(document)
    root = SectionNode(title=name, path=())
    nodes: dict[tuple[str, ...], SectionNode] = {(): root}

    def relative(path: list[str]) -> tuple[str, ...]:
        if prefix and tuple(path[: len(prefix)]) == prefix:
            return tuple(path[len(prefix) :])
        return tuple(path)

    def node(path: tuple[str, ...]) -> SectionNode:
        found = nodes.get(path)
        if found is None:
            parent = node(path[:-1])
            found = SectionNode(title=path[-1], path=path)
            parent.children.append(found)
            nodes[path] = found
        return found

    for section in document.sections:
        full = list(section.path)
        if section.kind != "heading":
            # Table rows and grouping items record the path they stand in, without themselves.
            full.append(section.title)
        node(relative(full))
    for entry in document.entries:
        node(relative(entry.section)).entries.append(entry)
    _prune(root)
    return root


def _prune(node: SectionNode) -> None:
    """Drop sections that hold no entry, directly or below."""
    node.children = [child for child in node.children if child.total]
    for child in node.children:
        _prune(child)
