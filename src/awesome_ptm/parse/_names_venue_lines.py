"""A linked title over two lines of its citation, the names then the venue (amber0309's
Domain-generalization list)::

    - [Domain Generalization: A Survey](https://arxiv.org/abs/2103.02503)
    Zhou, Kaiyang, Ziwei Liu, Yu Qiao, Tao Xiang, and Chen Change Loy.
    *International Joint Conference on Artificial Intelligence* (**IJCAI**) (2021).

The names are written the MLA way perhaps (the first author surname first); the venue's
line is emphasised in part and states a year."""

from __future__ import annotations

import re

from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._heading_citation import cite_venue
from awesome_ptm.parse._inline import Segment, plain
from awesome_ptm.parse._names import plain_names
from awesome_ptm.venues import VenueYear, canonical_venue

#: The most words of a venue's name written out.
_VENUE_NAME_WORDS = 12
#: `` 32 (2019).``, ``, 22(3)``: what may follow a journal's name inside its emphasis.
_VOLUME_YEAR = re.compile(r"[\s,]{1,3}\d[\d().:\s-]{0,30}$")
#: ``(ECCV``, ``(ISBI)``: a venue's acronym in brackets inside the emphasis (closed or not).
_OPEN_ACRONYM = re.compile(r"[(（]([A-Z][A-Za-z0-9&-]{1,12})(?:[)）]|\s*$)")
#: The most words of a surname or of given names written before the first comma.
_NAME_PART_WORDS = 3


def inverted_first_names(text: str) -> list[str] | None:
    """``Zhou, Kaiyang, Ziwei Liu, Yu Qiao, and Chen Change Loy``: names in the MLA way, the
    first author's surname first, then the others given name first; the names in reading
    order (``Kaiyang Zhou``, …), or None."""
    last, comma, rest = text.partition(",")
    given, _, after = rest.strip().partition(",")
    given, joined, other = given.partition(" and ")
    last, given = last.strip(), given.strip()
    if not comma or not last or not given:
        return None
    if len(last.split()) > _NAME_PART_WORDS or len(given.split()) > _NAME_PART_WORDS:
        return None
    tail = ", ".join(part for part in (other.strip(), after.strip()) if part)
    rebuilt = f"{given} {last}" + (f", {tail}" if tail else "")
    if joined and not after:
        rebuilt = f"{given} {last} and {other.strip()}"
    return plain_names(rebuilt)


def names_then_venue(draft: Draft, names_line: list[Segment], venue_line: list[Segment]) -> bool:
    """Read the two lines under a linked title into ``draft`` when the first is only names
    and the second, with emphasis in it and no link, states the venue's year. True when
    they were read so."""
    if draft.authors or any(s.kind != "text" for s in names_line):
        return False
    if any(s.kind == "link" for s in venue_line) or not any(s.kind == "em" for s in venue_line):
        return False
    written = " ".join(plain(names_line).split()).rstrip(" .")
    names = plain_names(written) or inverted_first_names(written)
    if names is None or len(names) < 2:
        return False
    stated = Draft(title="")
    text = " ".join(plain(venue_line).split())
    cite_venue(stated, text)
    venue = stated.venue
    if venue is None or venue.year is None:
        return False
    if venue.venue is None:
        # (``*Medical Image Analysis* (2023)``: the emphasised name, known or not;
        # ``*arXiv preprint arXiv:2103.02503* (2021).``: a preprint)
        named = _emphasised_venue(venue_line)
        if named is not None:
            venue = VenueYear(named, venue.year, venue.raw)
    draft.authors = names
    draft.venue = draft.venue if draft.venue is not None and draft.venue.year else venue
    draft.date = draft.date or stated.date
    draft.notes.append(text)
    return True


def _emphasised_venue(line: list[Segment]) -> str | None:
    """The venue an emphasised name on a citation's line gives (``*Medical Image
    Analysis*``, ``_arXiv preprint arXiv:2010.08895 (2020)._``: arXiv), or None."""
    shown = next((s.text for s in line if s.kind == "em" and s.text.strip()), "")
    if "arxiv" in shown.casefold():
        return "arXiv"
    acronym = _OPEN_ACRONYM.search(shown)
    if acronym is not None:
        # (``*European Conference on Computer Vision (ECCV*)``: its acronym in brackets)
        return canonical_venue(acronym.group(1)) or acronym.group(1)
    name = _VOLUME_YEAR.sub("", shown).strip(" .,;")
    if not name[:1].isupper() or len(name.split()) > _VENUE_NAME_WORDS:
        return None
    return canonical_venue(name) or name
