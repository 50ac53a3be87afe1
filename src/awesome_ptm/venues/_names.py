"""Venue names: alias to canonical name."""

from __future__ import annotations

import functools
import re

from ._data import fold, key, tables

# "58th Annual Meeting of ...": the edition number says nothing about which venue it is.
# Also spelled out, as Google Scholar's citations write it ("Proceedings of the thirteenth
# International Conference on ...", "twenty-first").
_ORDINAL = re.compile(
    r"(?:[0-9]{1,3}(?:st|nd|rd|th)"
    r"|(?:[a-z]+ty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth)\s"
)

# Longer than any venue name anyone writes; refuse early rather than fold a whole document.
_MAX_NAME = 200


@functools.lru_cache(maxsize=8192)  # pure; asked about the same few names again and again
def canonical_venue(name: str) -> str | None:
    """The canonical name of the venue ``name`` is an alias of, or None if unknown.

    Matching is case-insensitive and ignores whitespace, dots, hyphens, underscores, colons,
    apostrophes and slashes: "NIPS", "nips" and "NeurIPS" give "NeurIPS"; "EMNLP-IJCNLP" gives
    "EMNLP"; "findings-emnlp" gives "Findings of EMNLP". Wrapping words such as "In
    Proceedings of the" and an edition number ("58th") are ignored. The name must be only a
    venue: "ACL 2020" is not one (see :func:`split_venue_year`).
    """
    text = name.strip()
    if not text or len(text) > _MAX_NAME:
        return None
    t = tables()
    found = t.aliases.get(key(text))
    if found is not None:
        return found
    folded = " ".join(fold(text).split())
    rest = folded
    for prefix in t.prefixes:
        if rest.startswith(prefix + " "):
            rest = rest[len(prefix) + 1 :]
            break
    if _ORDINAL.match(rest):
        rest = rest.split(" ", 1)[1]
    if rest == folded:
        return None
    return t.aliases.get(key(rest))


def without_venue_prefix(name: str) -> str:
    """``Proc. SLT`` → ``SLT``, ``In Proceedings of the Workshop …`` → ``Workshop …``: a
    venue's name as written without the wrapping words ``prefixes`` of venues.yaml lists
    (the longest that opens it), for a name no alias knows."""
    written = name.strip()
    lowered = written.casefold()
    for prefix in tables().prefixes:
        if lowered.startswith(prefix + " "):
            return written[len(prefix) + 1 :].lstrip()
    return written


def is_preprint_server(name: str) -> bool:
    """Whether a venue as written is a preprint server (``Arxiv``, ``bioRxiv``: the
    ``preprints`` of venues.yaml), where a work is posted before a venue publishes it."""
    return canonical_venue(name.strip()) in tables().preprints
