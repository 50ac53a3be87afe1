"""Tables of contents that list the file's linked headings: ``- [(tatsu-lab/Alpaca)|52K](
https://github.com/tatsu-lab/stanford_alpaca)`` under ``# Table of Contents``, then, below,
the heading ``## [(tatsu-lab/Alpaca)|52K](https://github.com/tatsu-lab/stanford_alpaca)``
over the resource's details. The heading is the entry; the item before it, with the same
title and link, only leads to it.

A summary table is the other way round: ``|[KITTI](url)|2013|Single|1x HDL-64E|…|`` rows,
then ``### [KITTI](url)`` over ``- **Year**: 2013`` fields further down. Each row is the
entry (its columns are the resource's facts, and it is where a reader finds it); the
heading only details it.
"""

from __future__ import annotations

from awesome_ptm.model import Entry

#: How many items must repeat a heading below them to be a table of contents.
_MIN_ITEMS = 3


def heading_mirror_entries(entries: list[Entry]) -> list[Entry]:
    """The entries that repeat, title and link, an entry written as a linked heading further
    down the file, when at least :data:`_MIN_ITEMS` do; when most of them are rows of a
    table, the headings they repeat instead (see the module's docstring)."""
    headed: dict[tuple[str, str], Entry] = {}
    for entry in entries:
        if entry.shape == "heading" and entry.links:
            key = (entry.title.casefold(), entry.links[0].url)
            headed.setdefault(key, entry)
    if len(headed) < _MIN_ITEMS:
        return []
    pairs: list[tuple[Entry, Entry]] = []
    for entry in entries:
        if entry.shape == "heading" or len(entry.links) != 1:
            continue
        heading = headed.get((entry.title.casefold(), entry.links[0].url))
        if heading is not None and heading.source.line > entry.source.line:
            pairs.append((entry, heading))
    if len(pairs) < _MIN_ITEMS:
        return []
    rows = sum(entry.shape == "table-row" for entry, _ in pairs)
    if rows * 2 > len(pairs):
        return list({id(heading): heading for _, heading in pairs}.values())
    return [entry for entry, _ in pairs]
