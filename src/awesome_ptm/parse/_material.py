"""Material lines under an entry: a course item followed by ``- [Lecture Videos](url)``,
``- [Assignments](url)``, ``- 3 Assignments: [Lab1](url), [Lab2](url)``. Such nested items
are parts of their parent (their links are its links), not resources of their own. The
words are data (``material_words`` in ``data/structure.yaml``)."""

from __future__ import annotations

import functools
from collections.abc import Callable

from awesome_ptm.datafiles import load_data
from awesome_ptm.parse._draft import Draft, LinkDraft
from awesome_ptm.parse._inline import Segment, plain, visible
from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._navigation import letters
from awesome_ptm.parse._notes import clean_label

#: The longest text beside the links of a material line (``3 Assignments:``).
_REST_MAX = 30


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_data("structure.yaml")
    return (
        frozenset(letters(w) for w in data["material_words"]),
        frozenset(w.casefold() for w in data["material_connectives"]),
    )


def is_material_label(text: str) -> bool:
    """``Lecture Videos``, ``Old Exams``, ``Lab1``, ``Lecture Notes/Resources``: every word
    names course material (numbers and connectives aside)."""
    material, connectives = _words()
    words = [w for w in letters(text).split() if w not in connectives]
    return bool(words) and all(w in material for w in words)


def _material_line(segs: list[Segment]) -> bool:
    """The line opens with a link labelled as material (``[Lectures](url) of a previous
    session``), every link of it is so labelled, or the line's own label is (``3
    Assignments: [Lab1](url), [Lab2](url)``)."""
    shown = visible(segs)
    links = [s for s in shown if s.kind == "link"]
    if not links:
        return False
    if all(_material_link(s) for s in links) or _material_link(shown[0]):
        return True
    rest = plain([s for s in segs if s.kind != "link"]).strip(" \t,;:：、|")
    return bool(rest) and len(rest) <= _REST_MAX and is_material_label(rest)


def _resource_line(segs: list[Segment]) -> bool:
    """``[Plugin A](url) - A plugin.``: a title link with a description of its own."""
    shown = visible(segs)
    if not shown or shown[0].kind != "link" or _material_link(shown[0]):
        return False
    return bool(plain(shown[1:]).strip(" \t,;:：、|-–—"))


def _material_link(seg: Segment) -> bool:
    return (
        seg.kind == "link"
        and seg.style == "inline"
        and bool(seg.text)
        and is_material_label(seg.text)
    )


def _paragraphs(sub: Node) -> list[Node] | None:
    """The paragraphs of a nested item made of one-line items only (its own line, then
    items of the same kind nested under it), or None."""
    if not sub.children or sub.children[0].type != "paragraph":
        return None
    found = [sub.children[0]]
    for child in sub.children[1:]:
        if child.type not in ("bullet_list", "ordered_list"):
            return None
        for item in child.children:
            inner = _paragraphs(item)
            if inner is None:
                return None
            found.extend(inner)
    return found


def material_parts(subs: list[Node], segments_of: Callable[[Node], list[Segment]]) -> set[int]:
    """The ids of the nested items of one list that are parts of their parent entry: when
    a third of the lines with links are material lines and none presents a resource of its
    own (a title link with a description), every item of one-line items (the
    course's description too, ``Course by [Name](url)``); else none."""
    linked = 0
    material = 0
    joined: set[int] = set()
    for sub in subs:
        paragraphs = _paragraphs(sub)
        if paragraphs is None:
            continue
        joined.add(id(sub))
        for paragraph in paragraphs:
            segs = segments_of(paragraph)
            if any(s.kind == "link" for s in segs):
                linked += 1
                material += _material_line(segs)
                if _resource_line(segs):
                    return set()  # a resource of its own is listed here
    if not material or 3 * material < linked:
        return set()
    return joined


def take_part(sub: Node, parent: Draft, segments_of: Callable[[Node], list[Segment]]) -> None:
    """Give ``parent`` the links and text of the material item ``sub``."""
    for paragraph in _paragraphs(sub) or []:
        segs = segments_of(paragraph)
        for seg in segs:
            if seg.kind == "link" and seg.href:
                shown = seg.style == "inline" and seg.text != seg.href
                own = clean_label(seg.text) if shown else None
                parent.links.append(LinkDraft(href=str(seg.href), style=str(seg.style), label=own))
        text = plain(segs).strip()
        if text and not any(s.kind == "link" for s in segs):
            parent.notes.append(text)
