"""A venue stated inside a description, after "in": ``- [Title](url) - a perspective paper
about …, in npj Digital Medicine, 2022``, ``… - in MLHC 2021 - [leaderboard](url)``, ``…
Multi-view convolution. In LOUHI 2019 at EMNLP.``: the entry's venue and year, when nothing
else on its line stated them."""

from __future__ import annotations

import re

from awesome_ptm.model import Entry
from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._venue_names import venue_after_names
from awesome_ptm.venues import canonical_venue

#: ``in npj Digital Medicine, 2022``, ``In LOUHI 2019``: "in" opening a part of the note (at
#: its start, after a comma, a dash or a sentence's end: not ``Computers in Biology``), a name
#: of capitalised words (small words, and a first word in lower case: ``npj``), a year.
_IN_VENUE_YEAR = re.compile(
    r"(?:^|[,;(][ \t]?|[-–—.:][ \t])[Ii]n[ \t]{1,3}"
    r"(?P<name>[A-Za-z@][\w&.@/-]{0,30}(?:[ \t](?:[A-Z@][\w&.@/-]{0,30}|of|on|for|and|the|&)){0,8})"
    r",?[ \t]{1,3}(?P<y>(?:19|20)\d\d)(?![\d.])"
)
#: The longest note searched (a note is a line's description).
_MAX_NOTE = 600


def venue_in_notes(entry: Entry) -> None:
    """Give ``entry`` the venue and year a note states after "in" (see the module) when it
    has neither. A date (``in December 2019``) is no venue; a first word in lower case is
    read only when the name goes on in capitals (``npj Digital Medicine``)."""
    if entry.venue is not None or entry.year is not None:
        return
    for note in entry.notes:
        if len(note) > _MAX_NOTE:
            continue
        for found in _IN_VENUE_YEAR.finditer(note):
            name, year = found.group("name"), found.group("y")
            if parse_date(f"{name} {year}") is not None or parse_date(name) is not None:
                continue  # ``in December 2019``: when, not where
            words = name.split()
            if words[0][0].islower() and not (len(words) > 1 and words[1][0].isupper()):
                continue  # ``in total 2019``
            # (a first word in lower case goes on in capitals here: ``npj Digital Medicine``)
            venue = canonical_venue(name)
            if venue is None:
                named = venue_after_names(f"{name} {year}")
                venue = named.venue if named is not None else None
            if venue is None and words[0][0].islower():
                venue = name  # (no reader knows the lower-case word: kept as written)
            if venue is not None:
                entry.venue, entry.year, entry.venue_raw = venue, int(year), found.group(0).strip()
                return
