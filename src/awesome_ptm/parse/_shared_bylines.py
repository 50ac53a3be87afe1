"""Titles that each close with their maker's name after "by" (``[Dina by Jørgen Ibsen](url)``,
``[bitocra by ninjaaron](url)``, Tecate/bitmap-fonts): where most entries of a section are
written so, the name is the maker's, not the title's. A few titles keep their words (``Deep
Multimodal Fusion by Channel Exchanging``, ``SaaS Starter by Cloudrix``), and so does the
title of a paper's link."""

from __future__ import annotations

import re

from awesome_ptm.identity import link_kind
from awesome_ptm.model import Entry
from awesome_ptm.parse._names import citation_words, fold_word

#: ``Dina by Jørgen Ibsen``: a title, "by", then a short name (no list, no bracket).
_BYLINE = re.compile(
    r"(?P<title>\S.{0,200}?)[ \t]{1,3}by[ \t]{1,3}(?P<name>[^\s,;()\[\]][^,;()\[\]]{0,40})"
)
#: The fewest titles of a section that still carry such a name (a paper list's authors are
#: no sign), and the share of the section's entries written so (those whose one author
#: was already read off their "by" counted too).
_MIN_BYLINES = 5
_BYLINE_SHARE = 0.6
#: The most words of such a name (``Christian Gruen``, ``caffeinebasedlifeform``).
_NAME_WORDS = 3


def split_shared_bylines(entries: list[Entry]) -> None:
    """Take the maker's name off each title of a section whose entries mostly close with
    one (see the module), as the entry's author."""
    by_section: dict[tuple[str, ...], list[Entry]] = {}
    for entry in entries:
        by_section.setdefault(tuple(entry.section), []).append(entry)
    for run in by_section.values():
        found = [
            (entry, split)
            for entry in run
            # (the title's test first: most titles have no byline, few links are read)
            if not entry.authors
            and (split := _byline(entry.title)) is not None
            and not any(link_kind(link.url) == "paper" for link in entry.links)
        ]
        # (``CG Mono by Christian Gruen``: a title of two words or more already gave its
        # maker; it is written the same way)
        written = len(found) + sum(1 for entry in run if len(entry.authors) == 1)
        if len(found) < _MIN_BYLINES or written < _BYLINE_SHARE * len(run):
            continue
        for entry, (title, name) in found:
            entry.title = title
            if fold_word(name) not in citation_words().no_one:
                entry.authors = [name]


def _byline(title: str) -> tuple[str, str] | None:
    """The title and the name a title closes with after "by", or None."""
    found = _BYLINE.fullmatch(title.strip())
    if found is None:
        return None
    name = found.group("name").strip().rstrip(".")  # (``…. by Google.``: the sentence's stop)
    before = found.group("title").split()
    if len(name.split()) > _NAME_WORDS:
        return None
    if fold_word(before[-1].strip(",.;")) in citation_words().not_author_before_by:
        return None  # (``Powered by Rust``: what it runs on)
    return found.group("title").strip().rstrip(".").rstrip(), name
