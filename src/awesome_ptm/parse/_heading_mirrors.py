"""Tables of contents that list the file's linked headings: ``- [(tatsu-lab/Alpaca)|52K](
https://github.com/tatsu-lab/stanford_alpaca)`` under ``# Table of Contents``, then, below,
the heading ``## [(tatsu-lab/Alpaca)|52K](https://github.com/tatsu-lab/stanford_alpaca)``
over the resource's details. The heading is the entry; the item before it, with the same
title and link, only leads to it.
"""

from __future__ import annotations

from awesome_ptm.model import Entry

#: How many items must repeat a heading below them to be a table of contents.
_MIN_ITEMS = 3


def heading_mirror_entries(entries: list[Entry]) -> list[Entry]:
    """The entries that repeat, title and link, an entry written as a linked heading further
    down the file, when at least :data:`_MIN_ITEMS` do."""
    headed: dict[tuple[str, str], int] = {}
    for entry in entries:
        if entry.shape == "heading" and entry.links:
            key = (entry.title.casefold(), entry.links[0].url)
            headed.setdefault(key, entry.source.line)
    if len(headed) < _MIN_ITEMS:
        return []
    mirrors = [
        entry
        for entry in entries
        if entry.shape != "heading"
        and len(entry.links) == 1
        and headed.get((entry.title.casefold(), entry.links[0].url), 0) > entry.source.line
    ]
    return mirrors if len(mirrors) >= _MIN_ITEMS else []
