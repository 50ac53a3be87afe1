"""Safety check, part two: outside the edited lines, the Markdown renders the same.

Both texts are parsed with the linter's own markdown-it-py configuration into block nodes
(paragraphs, headings, lists, list items, table rows, code and HTML blocks…), each with
its line range (trailing blank lines left out).

A line is *touched* when a hunk of the change map meets it; an untouched line maps to the
other text by the shift of the hunks before it (the *kept* lines of the other text are the
images of untouched lines). A node all of whose lines are untouched must have a
counterpart in the other text, under the same kinds of parents:

- on exactly the mapped lines: then both render the same HTML up to whitespace (mdformat's
  comparison), or the check fails;
- or, for a node with block children (a list, an item, a table, a quote), on the mapped
  lines plus lines that are not kept (edited lines that the node absorbed or gave up, as a
  list does when its last item is deleted): then the node counts as touched and its
  children are checked one by one;
- otherwise the check fails: a paragraph merged with its neighbour, a block swallowed by a
  new code fence, a paragraph that gained or lost a (lazy continuation) line.

A node inside a node that matched is not checked again. The check runs from the original
to the fixed text and back, so blocks that appear from untouched lines are caught too.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from markdown_it.token import Token

from awesome_ptm.fix._changes import Hunk
from awesome_ptm.parse._document import InlineParser
from awesome_ptm.parse._markdown import markdown

_WHITESPACE = re.compile(r"\s+")


def normalize_html(html: str) -> str:
    """mdformat's normalisation for comparing renderings: drop all whitespace."""
    return _WHITESPACE.sub("", html)


def render(text: str) -> str:
    """The HTML of a whole text, with the linter's parser configuration."""
    html: str = markdown().render(text)
    return html


@dataclass(frozen=True, slots=True)
class _Range:
    """A hunk seen from one side: ``[start, end)`` here, and the shift to the other side
    after it (other position = position + delta)."""

    start: int
    end: int
    delta: int


def _line_starts(text: str) -> list[int]:
    return [0, *itertools.accumulate(len(line) + 1 for line in text.split("\n")[:-1])]


def line_map(text: str, other: str, ranges: list[_Range]) -> dict[int, int]:
    """Untouched 1-based lines of ``text`` → their line in ``other``.

    A range touches the lines of its characters; an empty range (an insertion here, a
    deletion on the other side) touches the line it falls in. An untouched line maps by the
    shift of the ranges before it, and must start a line in ``other`` too.
    """
    starts = _line_starts(text)
    touched: set[int] = set()
    for item in ranges:
        first = bisect.bisect_right(starts, item.start)
        last = bisect.bisect_right(starts, item.end - 1) if item.end > item.start else first
        touched.update(range(first, last + 1))
    other_lines = {start: number for number, start in enumerate(_line_starts(other), 1)}
    mapping: dict[int, int] = {}
    k = 0
    delta = 0
    for number, start in enumerate(starts, 1):
        while k < len(ranges) and ranges[k].start < start:
            delta = ranges[k].delta
            k += 1
        if number in touched:
            continue
        target = other_lines.get(start + delta)
        if target is not None:
            mapping[number] = target
    return mapping


@dataclass(frozen=True, slots=True)
class _Node:
    path: tuple[str, ...]  # block types from the top level down to this node
    start: int  # 1-based first line
    end: int  # 1-based last line, trailing blank lines left out
    first: int  # token indexes, inclusive
    last: int
    parent: int | None  # index in the node list


def _trimmed(span: list[int], lines: list[str]) -> tuple[int, int]:
    first, last = span[0] + 1, span[1]
    while last > first and last <= len(lines) and not lines[last - 1].strip():
        last -= 1
    return first, last


def _nodes(tokens: list[Token], lines: list[str]) -> list[_Node]:
    """Block nodes with a source map, in document order (parents before children)."""
    slots: list[_Node | None] = []
    stack: list[tuple[int, int | None]] = []  # (opening token index, node slot or None)

    def parent() -> int | None:
        return next((slot for _, slot in reversed(stack) if slot is not None), None)

    def path_of(token: Token) -> tuple[str, ...]:
        names = [tokens[i].type.removesuffix("_open") for i, _ in stack]
        return (*names, token.type.removesuffix("_open"))

    for index, token in enumerate(tokens):
        if token.nesting == 1:
            slot: int | None = None
            if token.map is not None:
                slots.append(None)
                slot = len(slots) - 1
            stack.append((index, slot))
        elif token.nesting == -1:
            opened, slot = stack.pop()
            opening = tokens[opened]
            if slot is not None and opening.map is not None:
                first, last = _trimmed(opening.map, lines)
                slots[slot] = _Node(path_of(opening), first, last, opened, index, parent())
        elif token.type != "inline" and token.block and token.map is not None:
            first, last = _trimmed(token.map, lines)
            slots.append(_Node(path_of(token), first, last, index, index, parent()))
    return [node for node in slots if node is not None]


class _Side:
    """One text's block tokens; the inline content of a block is parsed only when its HTML
    is needed.

    Two blocks whose tokens agree in everything the renderer reads (type, tag, attributes,
    info, content, hidden…) render the same HTML when both texts define the same link
    references: the inline content is then parsed from the same source with the same
    references. Only blocks that differ there are parsed inline and rendered, which spares
    the inline parse and the rendering of every untouched block of a large file.
    """

    def __init__(self, text: str) -> None:
        self.tokens, self._inline = InlineParser.parse_blocks(markdown(), text)
        self._parsed: set[int] = set()
        self.nodes = _nodes(self.tokens, text.split("\n"))

    def references(self) -> dict[str, tuple[str, str]] | None:
        """The link reference definitions (label → target and title), or None when the
        inline content was parsed already (nothing is deferred then)."""
        if self._inline is None:
            return None
        found = self._inline.env.get("references", {})
        return {label: (ref["href"], ref["title"]) for label, ref in found.items()}

    def parse_all(self) -> None:
        """Parse every inline token now (blocks are then compared by their HTML only)."""
        if self._inline is not None:
            self._inline.parse(self.tokens)
            self._inline = None

    def signature(self, node: _Node) -> tuple[object, ...]:
        return tuple(
            (
                token.type,
                token.tag,
                token.nesting,
                tuple(token.attrs.items()),
                token.block,
                token.hidden,
                token.info,
                token.markup,
                token.content,
            )
            for token in self.tokens[node.first : node.last + 1]
        )

    def html(self, node: _Node) -> str:
        """The node's HTML, whitespace dropped (mdformat's comparison)."""
        span = self.tokens[node.first : node.last + 1]
        if self._inline is not None:
            fresh = [t for t in span if t.type == "inline" and id(t) not in self._parsed]
            self._parsed.update(id(token) for token in fresh)
            self._inline.parse(fresh)
        md = markdown()
        return normalize_html(md.renderer.render(span, md.options, {}))

    def same(self, node: _Node, other: _Side, counterpart: _Node) -> bool:
        """Whether ``node`` here and ``counterpart`` in ``other`` render the same (the
        texts' references are known to be the same, or all inline content is parsed)."""
        if self._inline is not None and self.signature(node) == other.signature(counterpart):
            return True
        return self.html(node) == other.html(counterpart)


def _describe(node: _Node, side: str) -> str:
    kind = node.path[-1].replace("_", " ")
    where = f"line {node.start}" if node.start == node.end else f"lines {node.start}-{node.end}"
    return f"the {kind} at {where} of the {side} text"


def _compare(here: _Side, there: _Side, mapping: dict[int, int], side: str) -> str | None:
    """Check the untouched nodes of one text against the other; a reason or None."""
    nodes = here.nodes
    index: dict[tuple[tuple[str, ...], int], list[_Node]] = {}
    for other in there.nodes:
        index.setdefault((other.path, other.start), []).append(other)
    kept = set(mapping.values())
    containers = {node.parent for node in nodes if node.parent is not None}
    settled = [False] * len(nodes)
    for position, node in enumerate(nodes):
        if node.parent is not None and settled[node.parent]:
            settled[position] = True
            continue
        if not all(n in mapping for n in range(node.start, node.end + 1)):
            continue  # touched: its untouched children are checked on their own
        low, high = mapping[node.start], mapping[node.end]
        exact = [o for o in index.get((node.path, low), []) if o.end == high]
        if exact:
            if not any(here.same(node, there, other) for other in exact):
                return f"{_describe(node, side)}, outside the edits, would render differently"
            settled[position] = True
            continue
        if position not in containers or not _absorbs_edits(node, low, high, index, kept):
            return f"{_describe(node, side)}, outside the edits, would be merged, split or lost"
    return None


def _absorbs_edits(
    node: _Node,
    low: int,
    high: int,
    index: dict[tuple[tuple[str, ...], int], list[_Node]],
    kept: set[int],
) -> bool:
    """Whether the other text has this node on the mapped lines plus only lines that are
    not images of untouched lines (edited lines it absorbed or gave up)."""
    start = low
    while True:
        for other in index.get((node.path, start), []):
            if other.end >= high and not any(n in kept for n in range(high + 1, other.end + 1)):
                return True
        start -= 1
        if start < 1 or start in kept:
            return False


#: Characters an edit inside a line may not hold for the block structure to be known to
#: stay: a line break, a table's cell separator (and the backslash and backtick that can
#: escape or hide one), the ends of HTML blocks (``-->``, ``?>``, ``>``) and their starts.
_STRUCTURAL = re.compile(r"[\n\r|<>\\`]")
_LETTER = re.compile(r"[^\W\d_]")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]*\]:", re.MULTILINE)


def inline_only(original: str, fixed: str, hunks: list[Hunk]) -> bool:
    """Whether every hunk is an edit inside one line that cannot change any block: then
    only the blocks holding edited lines can render differently, and the check holds
    without parsing either text (most fixes rewrite a venue or a link inside a line).

    Inline content is parsed block by block, so an edit reaches other blocks only through
    the block structure or a link reference definition. A hunk keeps the structure when it
    lies after the first letter of its line (list markers, indentation, ``#``, ``>``, fence
    and table delimiter lines are all before it, and the line stays non-blank), holds no
    line break, ``|``, ``<`` or ``>`` (cells, HTML block ends) on either side, and its line
    does not start an HTML block. Texts with reference definitions always get the full
    check.
    """
    if not hunks or _REFERENCE.search(original) or _REFERENCE.search(fixed):
        return False
    for hunk in hunks:
        old = original[hunk.old_start : hunk.old_end]
        new = fixed[hunk.new_start : hunk.new_end]
        if _STRUCTURAL.search(old) or _STRUCTURAL.search(new):
            return False
        line_start = original.rfind("\n", 0, hunk.old_start) + 1
        line_end = original.find("\n", hunk.old_start)
        line = original[line_start : len(original) if line_end < 0 else line_end]
        if line.lstrip(" \t").startswith("<"):
            return False
        letter = _LETTER.search(line)
        if letter is None or hunk.old_start <= line_start + letter.start():
            return False
        last_pipe = line.rfind("|")
        if (
            last_pipe >= 0
            and not line[last_pipe + 1 :].strip()
            and (hunk.old_start > line_start + last_pipe)
        ):
            return False  # (``| a | b |9``: text after a row's closing pipe is one more cell)
    return True


def html_problem(original: str, fixed: str, hunks: list[Hunk]) -> str | None:
    """A one-line reason why the text outside the edits renders differently, or None."""
    if inline_only(original, fixed, hunks):
        return None
    return full_html_problem(original, fixed, hunks)


def full_html_problem(original: str, fixed: str, hunks: list[Hunk]) -> str | None:
    """:func:`html_problem` without the shortcut of :func:`inline_only`."""
    forward = [_Range(h.old_start, h.old_end, h.new_end - h.old_end) for h in hunks]
    backward = [_Range(h.new_start, h.new_end, h.old_end - h.new_end) for h in hunks]
    old, new = _Side(original), _Side(fixed)
    if old.references() != new.references():
        # A reference changed: the same inline source may now link elsewhere.
        old.parse_all()
        new.parse_all()
    problem = _compare(old, new, line_map(original, fixed, forward), "original")
    if problem is None:
        problem = _compare(new, old, line_map(fixed, original, backward), "fixed")
    return problem
