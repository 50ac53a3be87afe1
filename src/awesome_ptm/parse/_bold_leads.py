"""What opens a paper item before its bold title: a date in brackets (``[2023/10] **Title.**``,
``📖 [May 2024] **"Title."**``), a short name (``Squad: **"Title".**``, ``RT-1 **RT-1: …**``).
The bold title and what follows it are :func:`~awesome_ptm.parse._bold.bold_title`'s."""

from __future__ import annotations

import re

from awesome_ptm.parse._bold import bold_title
from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._decoration import without_leading_decoration
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._inline import Segment
from awesome_ptm.venues import split_venue_year

#: The most words a short name before a bold quoted title has (``Squad:``, ``Social IQA:``).
_SHORT_NAME_WORDS = 4


#: The fewest words of a bold title after a bare short name (``- RT-1 **RT-1: Robotics
#: Transformer for Real-World Control at Scale**, Dec 2022, [paper link](url)``).
_TITLE_AFTER_NAME_WORDS = 4


def _bare_name_before_title(name: str, bold: str) -> bool:
    """A method's name alone before a bold title: one word that looks like an identifier
    (``RT-2``, ``DreamZero``, ``π_0.5``; no venue), the bold text a title of some words."""
    return (
        len(name.split()) == 1
        and name[:1].isalpha()
        # (an identifier's look: ``DIAL``, ``DreamZero``, ``RT-2``; not ``We``, ``[2012]``)
        and (
            sum(ch.isupper() for ch in name) >= 2 or any(ch in "-_" or ch.isdigit() for ch in name)
        )
        and split_venue_year(name) is None
        and len(bold.split()) >= _TITLE_AFTER_NAME_WORDS
    )


def name_then_bold_title(segs: list[Segment]) -> Draft | None:
    """``Squad: **"Squad: 100, 000+ questions for machine comprehension of text".**``: a
    short name and a colon, then the quoted title in bold (or a name alone before a bold
    title: ``RT-1 **RT-1: Robotics Transformer …**``); the name is an alias. The draft, or
    None for any other line."""
    if len(segs) < 2 or segs[0].kind != "text" or segs[1].kind != "strong":
        return None
    name = segs[0].text.strip()
    quoted_after_colon = name.endswith((":", "：")) and segs[1].text.lstrip().startswith(('"', "“"))
    if not quoted_after_colon and not _bare_name_before_title(name, segs[1].text):
        return None
    name = name.rstrip(":：").strip()
    if not name or len(name.split()) > _SHORT_NAME_WORDS:
        return None
    draft = bold_title(segs[1:])
    quoted = draft.title.strip()
    if len(quoted) > 2 and quoted[0] in '"“' and quoted[-1] in '"”':
        draft.title = quoted[1:-1].strip()
    if name.casefold() != draft.title.casefold():
        draft.aliases.insert(0, name)
    return draft


#: ``[2023/10]``, ``[2023-03]``: a year and month in brackets opening a paper item.
LEADING_DATE = re.compile(
    r"\s{0,3}\[\s{0,2}((?:19|20)\d\d[/.-](?:0?[1-9]|1[0-2])(?:[/.-](?:0?[1-9]|[12]\d|3[01]))?)"
    r"\s{0,2}\]\s{0,3}"
)


def leading_date(segs: list[Segment]) -> Draft | None:
    """``[2023/10] **Title.** *Authors et al. Venue.* [[paper](url)]``: the date that opens
    the item is the entry's (a note of its own; it gives the year when the venue has none),
    not part of the title; the bold text after it is the title."""
    if len(segs) < 2 or segs[0].kind != "text" or segs[1].kind != "strong":
        return None
    if split_venue_year(segs[1].text) is not None:
        return None
    found = LEADING_DATE.fullmatch(segs[0].text)
    if found is not None:
        written = found.group(1)
    else:
        # ``📖 [May 2024] **"Title."**``: a month written in words (an emoji before it)
        named = _NAMED_DATE.fullmatch(without_leading_decoration(segs[0].text))
        when = parse_date(named.group(1)) if named is not None else None
        if when is None or when.iso == str(when.year):
            return None
        written = named.group(1) if named is not None else ""
    draft = bold_title(segs[1:])
    draft.notes.insert(0, written)
    return draft


#: ``[May 2024] ``: a date in brackets, its month in words (read by ``parse_date``).
_NAMED_DATE = re.compile(r"\s{0,3}\[\s{0,2}([A-Za-z]{3,9}\.?\s{1,2}(?:19|20)\d\d)\s{0,2}\]\s{0,3}")
