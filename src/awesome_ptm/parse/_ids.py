"""Entry ids and section counts, once a file is read."""

from __future__ import annotations

import hashlib

from awesome_ptm.identity import canonical_url
from awesome_ptm.model import Entry, Link, Section
from awesome_ptm.titles import normalize_title


def identifiers(written: list[str], links: list[Link]) -> list[str]:
    """Canonical forms of the identifiers written as text, in order, without those the
    entry already links to."""
    linked = {link.canonical for link in links}
    found: list[str] = []
    for ref in written:
        canonical = canonical_url(ref)
        if canonical not in linked and canonical not in found:
            found.append(canonical)
    return found


def entry_key(entry: Entry) -> str:
    """What identifies an entry: its first link's identity, else its normalised title."""
    if entry.links:
        return entry.links[0].canonical
    return "title:" + normalize_title(entry.title)


def assign_ids(entries: list[Entry]) -> None:
    """Give each entry a stable id from its key; a repeated key gets ``-2``, ``-3``… in order."""
    seen: dict[str, int] = {}
    for entry in entries:
        digest = hashlib.sha1(entry_key(entry).encode("utf-8")).hexdigest()[:12]
        count = seen.get(digest, 0) + 1
        seen[digest] = count
        entry.id = digest if count == 1 else f"{digest}-{count}"


def count_sections(sections: list[Section], entries: list[Entry]) -> None:
    """Count the entries directly in each section (not in the groups below it)."""
    counts: dict[tuple[str, ...], int] = {}
    for entry in entries:
        key = tuple(entry.section)
        counts[key] = counts.get(key, 0) + 1
    for section in sections:
        # A heading's path ends with its own title; a group item's, label's or table
        # row's path is where it stands, and its entries are one level below.
        path = section.path if section.kind == "heading" else [*section.path, section.title]
        section.entry_count = counts.get(tuple(path), 0)
