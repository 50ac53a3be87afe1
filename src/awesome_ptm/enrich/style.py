"""A new entry written the way a section writes its entries, learned from the section itself.

The most common shape among the section's paper entries (table row, ``[Title](url)`` item,
``Title，**Venue**（url）`` item…) is the model, and its last entry the template: the new
entry is the template's line with its title, paper link and venue replaced and the rest
(notes, code links, status cells) left out or written as the section writes an empty cell.
A paper link keeps the template's form (``arxiv.org/pdf/ID.pdf`` stays a PDF link) when both
are of one kind; a venue keeps its separator (``ACL 2020``, ``ACL2020``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from awesome_ptm.identity import paper_identifier
from awesome_ptm.metadata.ids import entry_keys, key_url
from awesome_ptm.model import Document, Entry
from awesome_ptm.parse._vocabulary import is_null
from awesome_ptm.parse.cells import cell_spans
from awesome_ptm.render._escape import escape_inline, link_target
from awesome_ptm.rules.venues._written import venue_span

_NUMBER = re.compile(r"^(?P<indent>\s*)(?P<number>\d{1,9})(?P<dot>[.)])")
_WRITTEN = re.compile(r"^(?P<name>.*?[^\s\-])(?P<sep>\s*-\s*|\s+|)(?P<year>[0-9]{4})$")
#: What may close a piece of an entry right after it: brackets, emphasis.
_CLOSERS = ")）]】》>*_"
# No bracket inside the label and no parenthesis inside the URL: searched at every position
# of a cell, the pattern then gives up at the next bracket (linear on "[[[[…").
_CELL_LINK = re.compile(r"\[(?P<label>[^\[\]]*)\]\((?P<url>[^()\s]+)\)")


@dataclass(frozen=True, slots=True)
class NewPaper:
    """What the new entry says."""

    key: str
    title: str
    venue: str | None
    year: int | None
    authors: tuple[str, ...] = ()


def paper_entries(entries: list[Entry]) -> list[Entry]:
    """The entries that link a paper identity (the model for a new paper entry)."""
    return [entry for entry in entries if entry_keys(entry)]


def template(entries: list[Entry]) -> Entry | None:
    """The last entry of the most common shape among ``entries`` (paper entries preferred)."""
    pool = paper_entries(entries) or entries
    if not pool:
        return None
    counts = Counter(entry.shape for entry in pool)
    shape = min(counts, key=lambda s: (-counts[s], s))
    return [entry for entry in pool if entry.shape == shape][-1]


def link_like(example: str | None, key: str) -> str:
    """The link of ``key`` in the form of ``example`` when both name a paper of one kind
    (``https://arxiv.org/pdf/1907.11692.pdf`` → the same with the new id), else canonical."""
    scheme, _, value = key.partition(":")
    if example:
        old = paper_identifier(example)
        if old is not None and old.scheme == scheme:
            written = old.value + (old.version or "")
            at = example.find(written)
            if at == -1 and scheme != "arxiv":
                at = example.lower().find(written.lower())
            if at != -1:
                return example[:at] + value + example[at + len(written) :]
    return key_url(key)


def venue_in_style(written: str | None, venue: str | None, year: int | None) -> str | None:
    """``venue`` and ``year`` joined as ``written`` joins its own (default: a space)."""
    if venue is None:
        return str(year) if year is not None else None
    if year is None:
        return venue
    sep = " "
    if written:
        match = _WRITTEN.match(written.strip())
        if match:
            sep = "-" if "-" in match["sep"] else (" " if match["sep"] else "")
    return f"{venue}{sep}{year}"


def _paper_link(entry: Entry) -> tuple[int, str] | None:
    """(column, url) of the entry's first paper link on its first line."""
    for link in entry.links:
        if link.kind == "paper" and link.column is not None and link.line == entry.source.line:
            return link.column - 1, link.url
    return None


def render_item(document: Document, example: Entry, paper: NewPaper, number: int | None) -> str:
    """A list item like ``example`` for ``paper`` (one line)."""
    line = document.line_text(example.source.line)
    base = document.offset(example.source.line)
    pieces: list[tuple[int, int, str]] = []
    link = _paper_link(example)
    if link is not None:
        column, url = link
        pieces.append((column, column + len(url), link_target(link_like(url, paper.key))))
    title = example.title.strip()
    at = line.find(title) if title else -1
    if at != -1 and not any(s <= at < e for s, e, _ in pieces):
        pieces.append((at, at + len(title), escape_inline(paper.title)))
    span = venue_span(document, example)
    if span is not None and span[0] >= base and span[1] <= base + len(line):
        written = document.text[span[0] : span[1]]
        text = venue_in_style(written, paper.venue, paper.year)
        if text is not None:
            pieces.append((span[0] - base, span[1] - base, text))
    pieces.sort()
    if not pieces or not any(text.startswith(("http", "<")) for _, _, text in pieces):
        # No paper link to model: the plainest item of the list's marker.
        marker = _marker(line, number)
        return f"{marker}[{escape_inline(paper.title)}]({link_target(key_url(paper.key))})"
    out = [_marker(line, number) + line[len(_marker(line, None)) : pieces[0][0]]]
    for index, (_start, end, text) in enumerate(pieces):
        out.append(text)
        if index + 1 < len(pieces):
            out.append(line[end : pieces[index + 1][0]])
        else:
            stop = end
            while stop < len(line) and line[stop] in _CLOSERS:
                stop += 1
            out.append(line[end:stop])
    return "".join(out).rstrip()


def _marker(line: str, number: int | None) -> str:
    """The list marker of ``line`` with its spacing (``1. ``, ``- ``), renumbered."""
    match = _NUMBER.match(line)
    if match:
        rest = line[match.end() :]
        spacing = rest[: len(rest) - len(rest.lstrip())]
        value = str(number) if number is not None else match["number"]
        return f"{match['indent']}{value}{match['dot']}{spacing}"
    stripped = line.lstrip()
    if stripped[:1] in "-*+" and stripped[1:2] in (" ", "\t"):
        rest = stripped[1:]
        spacing = rest[: len(rest) - len(rest.lstrip())]
        return line[: len(line) - len(stripped)] + stripped[0] + spacing
    return ""


def numbered(document: Document, example: Entry) -> bool:
    return _NUMBER.match(document.line_text(example.source.line)) is not None


def next_number(document: Document, entries: list[Entry], example: Entry) -> int | None:
    """The number after the last one of the list ``example`` is in, if it is numbered."""
    if not numbered(document, example):
        return None
    indent = _marker(document.line_text(example.source.line), None)
    depth = len(indent) - len(indent.lstrip())
    numbers = []
    for entry in entries:
        match = _NUMBER.match(document.line_text(entry.source.line))
        if match and len(match["indent"]) == depth:
            numbers.append(int(match["number"]))
    return max(numbers) + 1 if numbers else 1


def render_row(document: Document, example: Entry, paper: NewPaper, null_marker: str) -> str:
    """A table row like ``example`` for ``paper``."""
    line = document.line_text(example.source.line)
    spans = cell_spans(line)
    roles = list(example.fields)
    own = _paper_link(example)
    url = link_like(own[1] if own is not None else None, paper.key)
    has_link_cell = any(_CELL_LINK.search(line[s:e]) for s, e in spans)
    title = paper.title.replace("|", "\\|")
    out = line
    for index in range(len(spans) - 1, -1, -1):
        start, end = spans[index]
        cell = line[start:end]
        role = roles[index] if index < len(roles) else None
        if role == "title":
            wrapped = cell.startswith("《") and cell.endswith("》")
            if _CELL_LINK.search(cell) is not None or not has_link_cell:
                # The title carries the link, as here or because no other cell could.
                text = f"[{title}]({link_target(url)})"
                text = f"《{text}》" if wrapped else text
            else:
                text = f"《{title}》" if wrapped else title
        elif role == "venue":
            text = venue_in_style(cell, paper.venue, paper.year) or null_marker
        elif role == "year" and paper.year is not None:
            text = str(paper.year)
        elif role == "authors" and paper.authors:
            text = ", ".join(paper.authors).replace("|", "\\|")
        elif (found := _CELL_LINK.search(cell)) and paper_identifier(found["url"]):
            text = f"[{found['label']}]({link_target(link_like(found['url'], paper.key))})"
        else:
            text = null_marker
        out = out[:start] + text + out[end:]
    return out


def null_marker(document: Document, entries: list[Entry]) -> str:
    """How the section writes an empty cell: its most common null marker, else nothing."""
    counts: Counter[str] = Counter()
    for entry in entries:
        for role in entry.null_fields:
            value = entry.fields.get(role, "").strip()
            if is_null(value):
                counts[value] += 1
    if not counts:
        return ""
    return min(counts, key=lambda v: (-counts[v], v))
