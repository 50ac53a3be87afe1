"""The authors written right after a title link: ``*Colin Raffel et al.*``, ``by A, B and
C.`` (also inside a description), or a description that is the paper's names, venue and
year (``[Title](url) - Zheng Wang and Michael O'Boyle, Proceedings of the IEEE, 2018``)."""

from __future__ import annotations

import re

from awesome_ptm.parse._byline import by_names, credited_by, date_after_names
from awesome_ptm.parse._dated import venue_with_date
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._inline import Segment
from awesome_ptm.parse._names import loose_names
from awesome_ptm.parse._names_venue import names_venue_tail
from awesome_ptm.parse._venue_names import VENUE_NAME
from awesome_ptm.venues import VenueYear, canonical_venue, split_venue_year
from awesome_ptm.venues._data import tables

#: `` , (2021) by `` before emphasised names: "by" closing the text after a title.
_BY_BEFORE_EMPHASIS = re.compile(r"(?:^|\s)by\s{1,3}$")


def _cited_description(draft: Draft, segs: list[Segment], index: int) -> list[Segment]:
    """``[Title](url) - Zheng Wang and Michael O'Boyle, Proceedings of the IEEE, 2018``: a
    description that is the paper's names, venue and year gives them (and is no note)."""
    text = segs[index].text
    lead = text.lstrip()
    # (``- Names, Venue, Year`` after a dash, ``, Names, Year`` after a comma)
    if not lead.startswith(("- ", "– ", "— ", ", ")) or draft.venue is not None:
        return segs
    cited = names_venue_tail(lead[2:])
    if cited is None:
        return segs
    draft.authors, draft.venue, date = cited  # (a venue without a name: only the year)
    segs = list(segs)
    segs[index] = Segment("text", f" {date} " if date else " ")
    return segs


def take_authors(draft: Draft, segs: list[Segment], at: int, skip: set[int]) -> list[Segment]:
    """Authors right after a title link: ``*Colin Raffel et al.*`` or ``by A, B and C.``
    (also inside a description: ``a series of mini-lectures by Leo Isikdogan``). Returns the
    segments with the authors' text taken out (``skip`` grows)."""
    index = at
    while index < len(segs) and segs[index].kind == "text" and not segs[index].text.strip(" .,"):
        index += 1
    if index >= len(segs):
        return segs
    seg = segs[index]
    if seg.kind == "em":
        names = loose_names(seg.text)
        if names is not None:
            draft.authors = names
            skip.add(index)
        return segs
    if seg.kind != "text":
        return segs
    after = segs[index + 1] if index + 1 < len(segs) else None
    if (
        after is not None
        and after.kind in ("em", "strong")
        and _BY_BEFORE_EMPHASIS.search(seg.text)
        # (bold after "by" inside a description, ``… but instead by **assigning each weight,
        # by hand**``, ``powered by **Digi-Key Electronics**``, names no author)
        and (
            after.kind == "em"
            or not any(ch.isalpha() for ch in _BY_BEFORE_EMPHASIS.sub("", seg.text))
        )
    ):
        # ``[**Title**](url) , (2021) by *Mohamed Abdelsalam, … and Sarath Chandar*``,
        # ``[Growing a Language](url) by **Guy Steele** (ACM OOPSLA 1998) [53:30]``
        names = loose_names(" ".join(after.text.split()))
        if names is not None:
            draft.authors = names
            skip.add(index + 1)
            segs = list(segs)
            segs[index] = Segment("text", _BY_BEFORE_EMPHASIS.sub(" ", seg.text))
            following = segs[index + 2] if index + 2 < len(segs) else None
            if following is not None and following.kind == "text":
                event, rest = _event_after_names(following.text)
                if event is not None:
                    draft.venue = event
                    segs[index + 2] = Segment("text", rest)
            return segs
    found = by_names(seg.text)
    if found is None and "by " in seg.text[:12]:
        found = credited_by(seg.text)
    if found is None:
        found = by_names(seg.text, anywhere=True)
    if found is None:
        return _cited_description(draft, segs, index)
    draft.authors = found.names
    year, date, rest = date_after_names(seg.text[found.end :])
    cited = venue_with_date(rest.strip(" .,;"), cited=True) if year is None else None
    if cited is not None and (not cited[1].isdigit() or not _venue_like(cited[0].venue or "")):
        # (a month or a day: a date, not the year a citation closes with; ``It is a great
        # read, 1990``: a sentence, no venue's name)
        cited = None
    if cited is not None:
        # ``[Title](url) by Names. Journal of economic literature, 1987.``: the citation's
        # venue (one no alias knows, kept as written: the names say it cites) and year
        year, rest = cited[0], ""
    if year is not None:
        draft.venue = year
    if date is not None:
        draft.notes.append(date)
    text = seg.text[: found.start] + " " + rest
    segs = list(segs)
    segs[index] = Segment("text", text)
    return segs


#: ``(Brighton Ruby 2016)``, ``(Blog/Martin Fowler 2014)``: a name and a year in brackets
#: (no comma: ``(Google, 2019)`` credits a company).
_EVENT = re.compile(r"\s{0,3}[(（](?P<name>[^()（）,，\d]{2,60}?)\s{1,3}(?P<y>(?:19|20)\d\d)[)）]")


def _event_after_names(text: str) -> tuple[VenueYear | None, str]:
    """``(ACM OOPSLA 1998) [53:30]`` right after a talk's speakers: the event where it was
    given and its year (one no alias knows kept as written), and the text after it."""
    found = _EVENT.match(text)
    if found is None or not any(ch.isupper() for ch in found.group("name")):
        return None, text
    written = found.group(0).strip()
    known = split_venue_year(f"{found.group('name')} {found.group('y')}")
    if known is None or known.venue is None:
        known = VenueYear(" ".join(found.group("name").split()), int(found.group("y")), written)
    return known, text[found.end() :]


def _venue_like(name: str) -> bool:
    """A venue's name as a citation writes it: one the tables know, capitalised words
    (``Academic Press``), or words with a venue word among them (``Journal of economic
    literature``)."""
    if canonical_venue(name) is not None or re.fullmatch(VENUE_NAME, name):
        return True
    return any(word in tables().venue_words for word in name.casefold().split())
