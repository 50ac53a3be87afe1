"""A description after a linked title that is the paper's citation: ``[Title](url) - Zheng
Wang and Michael O'Boyle, Proceedings of the IEEE, 2018``: names, then a venue (known or not)
and its year; and the same citation nested under the linked title (``  - Xun Chen et al,
IEEE Transactions on Instrumentation and Measurement (TIM), 2019``)."""

from __future__ import annotations

import re

from awesome_ptm.parse._dated import venue_with_date
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._inline import Segment, plain
from awesome_ptm.parse._names import names_at
from awesome_ptm.parse._venue_names import venue_after_names
from awesome_ptm.venues import VenueYear

#: Where names may end before a venue: a comma, a full stop after a word (not an
#: initial's: ``Amir H. Ashouri``), or a dash before it (``Fei Long --CVPR 2022``).
_NAMES_STOP = re.compile(r",|(?<=[a-z])\.(?=\s)|[ \t]--?[ \t]?(?=[A-Za-z])")
#: ``Simon J. D. Prince 2012``: names, then a year closing the description.
_NAMES_YEAR = re.compile(r"(?P<names>[^\d()]{3,300}?)[\s,]{1,3}(?P<y>(?:19|20)\d\d)")
#: An initial in a name (``J.``): one name so written is a person's, not a phrase.
_INITIAL = re.compile(r"\b[A-Z]\.")
#: How long such a description may be (a citation, not a paragraph).
_CITED_DESCRIPTION_MAX = 400


def names_venue_tail(text: str) -> tuple[list[str], VenueYear, str | None] | None:
    """``Zheng Wang and Michael O'Boyle, Proceedings of the IEEE, 2018``, ``Rahim Mammadli,
    Ali Jannesari, Felix Wolf. LLVM HPC Workshop, 2020.``, ``Ari Rasch, TOPLAS 2024.``: a
    description after a linked title that is the paper's names, then its venue (known or
    not) and year to the end. The names, the venue and the date written after it (``January
    2021``; None for a year alone), or None."""
    text = text.strip().rstrip(".").strip()
    if not text or len(text) > _CITED_DESCRIPTION_MAX or not text[0].isupper():
        return None
    closing = _NAMES_YEAR.fullmatch(text)
    if closing is not None:
        # ``Simon J. D. Prince 2012``: the names and the year, no venue
        written = closing.group("names").strip(" ,.;")
        names = names_at(written, "several")
        if names is None and _INITIAL.search(written):
            names = names_at(written, "medium")  # (one name, written with initials)
        if names is not None:
            return names, VenueYear(None, int(closing.group("y")), closing.group("y")), None
    for stop in reversed(list(_NAMES_STOP.finditer(text))):
        rest = text[stop.end() :].strip(" ,.;")
        if not rest or not rest[0].isalpha():
            continue
        venue = venue_after_names(rest) or _abbreviated_venue(rest)
        date = None
        if venue is None:
            dated = venue_with_date(rest, cited=True)
            if dated is not None:
                venue, date = dated[0], (None if dated[1].isdigit() else dated[1])
        if venue is None or venue.venue is None or venue.year is None:
            continue
        # (two or more names, or names with initials: one capitalised phrase, ``Python Web
        # Framework, ACL 2020``, is a description)
        names = names_at(text[: stop.start()].strip(" ,.;"), "several")
        if names is not None:
            return names, venue, date
    return None


#: ``ACM Transactions on Architecture and Code Optimization (TACO) 2017``: a journal's name,
#: its abbreviation in brackets, its year.
_ABBREVIATED = re.compile(
    r"(?P<name>[A-Z][^()]{2,120}?)\s{0,2}(?P<abbr>\([A-Za-z&]{2,12}\))\s{0,2},?\s{0,2}"
    r"(?P<y>(?:19|20)\d\d)"
)


def _abbreviated_venue(text: str) -> VenueYear | None:
    found = _ABBREVIATED.fullmatch(text)
    if found is None:
        return None
    name = f"{found.group('name').strip()} {found.group('abbr')}"
    return VenueYear(name, int(found.group("y")), text)


def names_venue_item(draft: Draft, line: list[Segment]) -> bool:
    """``  - Xun Chen et al, IEEE Transactions on Instrumentation and Measurement (TIM),
    2019`` nested under a linked paper without names: a line of text that is the paper's
    names, venue and year (see :func:`names_venue_tail`) gives them to the entry (the venue
    when it has none; a date written after the year, a note). True when the line is one."""
    if draft.authors or not line or any(s.kind != "text" for s in line):
        return False
    cited = names_venue_tail(" ".join(plain(line).split()))
    if cited is None or _read_past_names(cited[1]):
        return False
    draft.authors = cited[0]
    if draft.venue is None or draft.venue.venue is None:
        draft.venue = cited[1]
    if cited[2]:
        draft.notes.append(cited[2])
    return True


def cited_names(text: str) -> tuple[list[str], VenueYear | None, str | None] | None:
    """``Jiangtao Xie, Fei Long, Peihua Li --CVPR 2022``, ``Neil C. Rabinowitz``: a line
    that is a paper's names, perhaps then its venue and year (see
    :func:`names_venue_tail`). The names, the venue (None: names alone) and a date written
    after the year, or None."""
    text = " ".join(text.split())
    cited = names_venue_tail(text)
    if cited is not None:
        return None if _read_past_names(cited[1]) else cited
    written = text.rstrip(".").strip()
    if not written or len(written) > _CITED_DESCRIPTION_MAX:
        return None
    names = names_at(written, "several") or names_at(written, "medium")
    return (names, None, None) if names is not None else None


def _read_past_names(venue: VenueYear) -> bool:
    """Whether the venue :func:`names_venue_tail` found holds a comma or a full stop
    (``Geonsoo Kim, Changwon Jang & U Kang. Knowledge and Information Systems 2022.``: the
    names were read past their end)."""
    return _NAMES_STOP.search(venue.venue or "") is not None
