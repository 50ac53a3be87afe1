"""A paper's title in quotation marks at the head of its item, the venue and date after it:

- ``* "Safety in Embodied AI: A Survey", *arXiv, May 2026*, [[Paper](url)]``
- ``* **ELLMER**: "Embodied large language models enable robots …", *Nature Machine
  Intelligence, Mar 2025*. [[Paper](url)]`` (the bold name is the work's short name)

The quoted text is the title; what the item writes before it in bold is an alias.
"""

from __future__ import annotations

import re

from awesome_ptm.parse._dated import venue_with_date
from awesome_ptm.parse._dates import DateValue, parse_date
from awesome_ptm.parse._inline import Segment
from awesome_ptm.venues import VenueYear, find_venue_year, split_venue_year, without_venue_prefix

#: A quoted title opening a text (after a colon or a dash): straight or curly quotes.
_QUOTED = re.compile(r"\s{0,3}[:：\-–—]?\s{0,3}[\"“](?P<t>[^\"“”]{8,400})[\"”]")
#: What may follow the closing quote of a whole title: a comma or stop before the venue.
_AFTER_TITLE = frozenset({"", ",", ".", ";", "，", "。", "["})
#: ``in `` right after a quoted title: where it was published follows.
_IN = re.compile(r"\s{1,3}in\s", re.IGNORECASE)
#: The fewest words a quoted title has (``"Yes"`` quotes a word, not a title).
_MIN_WORDS = 3


def quoted_lead(text: str) -> tuple[str, str] | None:
    """The quoted title opening ``text`` and what follows it, or None."""
    found = _QUOTED.match(text)
    if found is None:
        return None
    title = " ".join(found.group("t").split()).rstrip(",.")
    rest = text[found.end() :]
    if len(title.split()) < _MIN_WORDS:
        return None
    # (``"Title," in *Proc. SLT,* 2021.``: IEEE's comma inside the quotes, then "in" and
    # where it was published)
    in_venue = found.group("t").rstrip().endswith(",") and _IN.match(rest) is not None
    if rest.strip()[:1] not in _AFTER_TITLE and not in_venue and not _venue_first(rest):
        return None  # ``"Why Should I Trust You?": Explaining …``: the quote is part of it
    return title, rest


def _venue_first(text: str) -> bool:
    """Whether ``text`` opens with a venue and its year (``" ACL(2018) [[paper](url)]``)."""
    found = find_venue_year(text)
    return found is not None and found[0].venue is not None and not text[: found[1]].strip()


def emphasised_venue_date(segs: list[Segment], skip: set[int]) -> tuple[VenueYear, str] | None:
    """``*arXiv, May 2026*``, ``*Nature Machine Intelligence, Mar 2025*``: an emphasised
    venue and date after a title; the venue and the date as written, or None."""
    for index, seg in enumerate(segs):
        if index in skip or seg.kind != "em":
            continue
        found = venue_with_date(seg.text)
        if found is not None:
            return found
    return None


#: ``, 2021.``: the year after an emphasised venue (its comma inside the emphasis perhaps).
_YEAR_AFTER = re.compile(r"[\s,.]{0,4}((?:19|20)\d\d)(?!\d)")


def in_emphasised_venue(segs: list[Segment]) -> VenueYear | None:
    """`` in *Proc. SLT,* 2021. (JHU)``, `` in *Neural Networks, Elsevier*.``: the venue
    emphasised after "in" right after a quoted title (its first field, an alias's name when
    one knows it), with the year after it; None when the text does not go on so."""
    if len(segs) < 2 or segs[0].kind != "text" or segs[1].kind != "em":
        return None
    if _IN.fullmatch(f" {segs[0].text.strip()} ") is None:
        return None
    name = segs[1].text.strip(" ,.;").split(",")[0].strip()
    known = split_venue_year(name)
    year = _YEAR_AFTER.match(segs[2].text) if len(segs) > 2 and segs[2].kind == "text" else None
    if known is not None and known.venue is not None:
        venue: str | None = known.venue
    else:
        name = without_venue_prefix(name)  # (``Proc. SLT``: the workshop's name)
        venue = name if name[:1].isupper() and len(name.split()) <= _VENUE_NAME_WORDS else None
    if venue is None and year is None:
        return None
    found_year = int(year.group(1)) if year is not None else known.year if known else None
    return VenueYear(venue, found_year, segs[1].text.strip())


#: The most words of an emphasised venue's name no alias knows.
_VENUE_NAME_WORDS = 8


#: ``[2022-12] [ACL 2023]``: the bracketed marks after a quoted title.
_MARK = re.compile(r"\[([^\[\]\n]{2,80})\]")


def find_venue(text: str) -> VenueYear | None:
    """A known venue and year named inside a longer mark (``ACL 2022 Workshop on …``)."""
    found = find_venue_year(text)
    return found[0] if found is not None and found[0].venue is not None else None


def bracket_marks(text: str) -> tuple[VenueYear, str] | None:
    """``"Title" [2022-12] [ACL 2023] [[paper](url)]``: the venue and the date the bracketed
    marks after a quoted title state (the venue's year, else the date's), or None."""
    date: DateValue | None = None
    written = ""
    venue: VenueYear | None = None
    for found in _MARK.finditer(text):
        inner = found.group(1).strip()
        value = parse_date(inner)
        if value is not None and date is None:
            date, written = value, inner
            continue
        if venue is None:
            venue = split_venue_year(inner) or find_venue(inner)
    if venue is None and date is None:
        return None
    year = venue.year if venue is not None and venue.year is not None else None
    if year is None and date is not None:
        year = date.year
    name = venue.venue if venue is not None else None
    return VenueYear(name, year, written or (venue.raw if venue else "")), written
