"""A reference whose names open the line before its linked title, behind tags in brackets:
``- [NeurIPS 2022] [ComENet] Wang, Limei, et al. [Title](url)`` (a venue and year, a short
name, then the first author written surname first and cut by "et al.")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from awesome_ptm.parse._inline import TAG_WORDS
from awesome_ptm.parse._names import names_at
from awesome_ptm.parse._venue_names import venue_of_tag
from awesome_ptm.venues import VenueYear

#: ``[NeurIPS 2022] ``: one tag in brackets.
_TAG = re.compile(r"\s{0,3}\[([^\[\]]{1,60})\]")
#: The most tags before the names.
_MAX_TAGS = 3
#: ``Hong, Yuhui, et al.``, ``de Cripan, et al.``: a surname, perhaps a given name after a
#: comma, then "et al." (Google Scholar's way of citing a first author).
_INVERTED_ET_AL = re.compile(
    r"(?P<surname>(?:[a-z]{1,4}[ \t])?[A-Z][\w'’-]{1,30}(?:[ \t-][A-Z][\w'’-]{1,30})?)"
    r"[ \t]{0,2},[ \t]{0,2}(?:(?P<given>[A-Z][\w'’.-]{0,30}(?:[ \t][A-Z][\w'’.-]{0,30}){0,2})"
    r"[ \t]{0,2},[ \t]{0,2})?et\.?[ \t]{0,2}al\.?"
)


@dataclass
class TaggedReference:
    """What a reference's prefix says: its names, and the venue and short names its tags
    state."""

    names: list[str]
    venue: VenueYear | None = None
    aliases: list[str] = field(default_factory=list)


def inverted_first_author(text: str) -> list[str] | None:
    """``Hong, Yuhui, et al.``: the first author, given name first (``Yuhui Hong``), or
    None."""
    found = _INVERTED_ET_AL.fullmatch(text.strip(" .,;:"))
    if found is None:
        return None
    given = found.group("given")
    surname = found.group("surname")
    return [f"{given} {surname}" if given else surname]


def tagged_reference(prefix: str) -> TaggedReference | None:
    """The names (and tags) of a linked title's prefix that is tags then a reference's
    names, or that is only a first author cut by "et al." written surname first; None for
    any other prefix."""
    text = prefix.strip()
    at, venue, aliases, tags = 0, None, [], 0
    while tags < _MAX_TAGS and (tag := _TAG.match(text, at)) is not None:
        inner = tag.group(1).strip(" *_")
        stated = venue_of_tag(inner)
        if stated is not None and stated.venue is not None and venue is None:
            venue = stated
        elif inner and len(inner.split()) <= TAG_WORDS and not any(ch.isdigit() for ch in inner):
            aliases.append(inner)  # ``[ComENet]``: the method's short name
        else:
            return None
        at, tags = tag.end(), tags + 1
    rest = text[at:].strip(" .,:;")
    if not rest:
        return None
    names = inverted_first_author(rest)
    if names is None and tags:
        names = names_at(rest, "several")
    return TaggedReference(names, venue, aliases) if names else None
