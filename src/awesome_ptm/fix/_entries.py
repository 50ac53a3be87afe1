"""Safety check, part one: every entry keeps its title, canonical links and notes.

Entries of the original and the fixed text are matched in order by normalised title; an
entry whose title changed is matched when it keeps the same non-empty set of canonical
links. An entry may be lost, or lose or gain links and notes, only where an edit of a
removing rule (:data:`~awesome_ptm.fix.REMOVING_RULES`) touched it.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from awesome_ptm.model import Document, Entry
from awesome_ptm.titles import normalize_title

_SPACE = re.compile(r"\s+")


def _short(text: str, width: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _canonicals(entry: Entry) -> frozenset[str]:
    return frozenset(link.canonical for link in entry.links)


def _notes(entry: Entry) -> list[str]:
    return [_SPACE.sub(" ", note).strip() for note in entry.notes]


def _span(document: Document, entry: Entry) -> tuple[int, int]:
    """Character range of the entry's lines (without the last line ending)."""
    start = document.offset(entry.source.line)
    last = min(entry.source.end_line, len(document.line_offsets()) - 1)
    return start, document.offset(last) + len(document.line_text(last))


def _touched(span: tuple[int, int], removals: list[tuple[int, int]]) -> bool:
    start, end = span
    return any((a < end and start < b) or (a == b and start <= a <= end) for a, b in removals)


def match_entries(
    original: Document, fixed: Document
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """(matched pairs of indexes, lost original indexes, new fixed indexes)."""
    old, new = original.entries, fixed.entries
    matcher = SequenceMatcher(
        None,
        [normalize_title(e.title) for e in old],
        [normalize_title(e.title) for e in new],
        autojunk=False,
    )
    pairs: list[tuple[int, int]] = []
    lost: list[int] = []
    gained: list[int] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs.extend(zip(range(i1, i2), range(j1, j2), strict=True))
            continue
        candidates = list(range(j1, j2))
        for i in range(i1, i2):
            links = _canonicals(old[i])
            hit = next((j for j in candidates if links and _canonicals(new[j]) == links), None)
            if hit is None:
                lost.append(i)
                continue
            pairs.append((i, hit))
            gained.extend(j for j in candidates if j < hit)
            candidates = [j for j in candidates if j > hit]
        gained.extend(candidates)
    return pairs, lost, sorted(gained)


def entry_problem(
    original: Document, fixed: Document, removals: list[tuple[int, int]]
) -> str | None:
    """A one-line reason why the fixed text loses content, or None."""
    pairs, lost, gained = match_entries(original, fixed)
    old, new = original.entries, fixed.entries
    for i in lost:
        entry = old[i]
        if not _touched(_span(original, entry), removals):
            return f"entry {_short(entry.title)!r} (line {entry.source.line}) would be lost"
    for j in gained:
        entry = new[j]
        return f"a new entry {_short(entry.title)!r} would appear (line {entry.source.line})"
    for i, j in pairs:
        before, after = old[i], new[j]
        if _touched(_span(original, before), removals):
            continue
        where = f"{_short(before.title)!r} (line {before.source.line})"
        gone = _canonicals(before) - _canonicals(after)
        if gone:
            url = next(link.url for link in before.links if link.canonical in gone)
            return f"link {_short(url, 70)} of {where} would be lost or point elsewhere"
        added = _canonicals(after) - _canonicals(before)
        if added:
            url = next(link.url for link in after.links if link.canonical in added)
            return f"link {_short(url, 70)} would be added to {where}"
        if _notes(before) != _notes(after):
            was = " / ".join(_notes(before)) or "no note"
            now = " / ".join(_notes(after)) or "no note"
            return f"the note of {where} would change from {_short(was)!r} to {_short(now)!r}"
    return None
