"""How a title written as text closes (see :mod:`~awesome_ptm.parse._text_title`): its
venue and year after a comma or a full stop, its names and date, a journal's bracket, who
made it and when, a date in brackets; then what follows a spaced dash, a byline or a
closing remark."""

from __future__ import annotations

import re
from dataclasses import dataclass

from awesome_ptm.parse._comma_tails import (
    comma_byline,
    comma_maker_month,
    comma_names_date,
    comma_venue_year,
    stop_venue_year,
)
from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._inline import Segment
from awesome_ptm.parse._text_title_parts import (
    closing_note,
    known_or_acronym,
    names_after_dash,
    papers_only,
)
from awesome_ptm.parse._title_marks import name_before_star_link
from awesome_ptm.parse._venue_names import (
    closing_glued_venue,
    closing_journal_year,
    closing_venue_date,
)
from awesome_ptm.venues import VenueYear

_CLOSING_DATE = re.compile(r"\s\[([^\[\]]{4,20})\]$")
#: How long an unlinked title closed by its venue and year may be.
_UNLINKED_TITLE_MAX = 400
#: The fewest words of a title a journal's bracket closes (``… (Nature 2004)``).
_JOURNAL_TITLE_WORDS = 3


@dataclass
class TitleClose:
    """A text title and what was read of it so far: its venue, names, what followed the
    venue (``rest``) and its date."""

    title: str
    venue: VenueYear | None
    authors: list[str]
    rest: str
    date: str | None = None


def close_title(head: TitleClose, generic: bool, linked: bool) -> TitleClose:
    """What closes ``head``'s title, taken out of it (``generic``: its first link only says
    what it is, ``[[Paper]](url)``; ``linked``: the line has a link at all)."""
    title, head_venue, head_authors, head_rest = head.title, head.venue, head.authors, head.rest
    head_date: str | None = head.date
    # (a title with no link at all, ``* Language Repository for Long Video Understanding,
    # 2024.``, closes the same way: a title's length, not a page of text)
    unlinked = not linked and len(title) <= _UNLINKED_TITLE_MAX
    if head_venue is None and (generic or unlinked):
        closed = comma_venue_year(title)
        if closed is not None and not generic and not known_or_acronym(closed[1]):
            closed = None  # (``…, Berlin, Heidelberg, 2000.``: a place, a name, no venue)
        names_dated = comma_names_date(title) if closed is None and generic else None
        if closed is not None:
            # ``Title, AIES 2020 [[Paper]](url)``, ``Title, IEEE Transactions on Fuzzy
            # Systems, 2020 [[Paper]](url)``: the venue (one no alias knows too) and year
            # closing the title of a paper whose links only say what they are
            title, head_venue = closed
        elif names_dated is not None:
            # ``Title, Keyu Pan, Yawen Zeng, *July 2023* [Paper](url)``: its names, its date
            title, head_authors, head_date = names_dated
            on = parse_date(head_date)
            head_venue = VenueYear(None, on.year, head_date) if on is not None else None
        elif (stopped := stop_venue_year(title)) is not None:
            # ``Title. 2019 TIP``, ``Title. ISPRS Journal. 2021``: its last sentences
            title, head_venue = stopped
    journal = closing_journal_year(title) if head_venue is None and generic else None
    if journal is not None and len(journal[0].split()) >= _JOURNAL_TITLE_WORDS:
        # ``Chemical space and biology (Nature 2004) [[Paper]](url)``, ``… (Nat Rev Drug
        # Discov 2002) [[Paper]](url)``: the journal and year closing a paper's title
        title, head_venue = journal
    made = comma_maker_month(title) if head_venue is None and head_date is None else None
    if made is not None and not head_authors:
        # ``Title, Microsoft, Aug 2024, [arxiv](url)``: who made it (a note) and its month
        title, maker, head_date = made
        if maker:
            head_rest = f"{maker}, {head_rest}" if head_rest.strip() else maker
    if title.startswith("**") and title.count("**") == 1:
        title = title[2:].lstrip()  # ``**SMOTEBoost (2003) [[**Paper**]](url)``: bold never closed
    closing = _CLOSING_DATE.search(title)
    when = parse_date(closing.group(1)) if closing is not None else None
    if closing is not None and when is not None and closing.start() > 0:
        # ``Title [4 Jun 2024] [Repo](url)``, ``Title [Sep 2024]``: the date it closes with
        title = title[: closing.start()].rstrip()
        head_date = closing.group(1).strip()
    venue_date = closing_venue_date(title) if head_venue is None and head_date is None else None
    if venue_date is not None:
        # ``Scaling Laws … (Arxiv, Jan. 2020) [[Paper]](url)``: the venue and the month
        title, head_venue, head_date = venue_date
    glued = closing_glued_venue(title) if head_venue is None and head_date is None else None
    if glued is not None:
        # ``STARK (ICCV21)``: a known venue and the year's two digits closing the name
        title, head_venue = glued
    return TitleClose(title, head_venue, head_authors, head_rest, head_date)


def described_draft(
    title: str,
    segs: list[Segment],
    first_link: int | None,
    head_authors: list[str],
    head_venue: VenueYear | None,
) -> Draft:
    """The draft of a text ``title`` that may go on past its name: a paper's short name
    and dash, a description after a dash, names after a dash, a byline, a closing remark."""
    draft = Draft(title=title, authors=head_authors, shape="text-title")
    dashed = name_before_star_link(title, segs, first_link)
    if dashed is not None and papers_only(segs, first_link) and len(dashed[1].split()) > 2:
        # ``ADPO - Reinforcement Learning from Human Feedback … [[pdf]](arxiv)``: the
        # method's short name, then the title of the paper the links lead to
        short, title = dashed
        draft.title = title
        if not title.casefold().startswith(short.casefold()):
            draft.aliases.insert(0, short)
    elif dashed is not None:
        # ``🟢 idyntree - Library for … [⭐ 231](url)``: the name, then its description
        title, description = dashed
        draft.title = title
        draft.notes.append(description)
    elif not head_authors and (dash_named := names_after_dash(title)) is not None:
        # ``Matching RGB Images to CAD Models for Object Pose Estimation - Georgios
        # Georgakis, Srikrishna Karanam, and Jana Kosecka. [[Paper]](url)``
        title, draft.authors = dash_named
        draft.title = title
    elif not head_authors and (", by " in title or ". by " in title):
        bylined = comma_byline(title)
        if bylined is not None:
            # ``Talk on Generative Model-Based TTS, by Heiga Zen, 2017``, ``Title. by
            # Patil et al.``
            title, draft.authors, year = bylined
            draft.title = title
            if year is not None:
                draft.venue = year
    elif head_venue is None and (noted := closing_note(title)) is not None:
        # ``Rhea's Deli (Great seitan BBQ Chicken sandwich, and …)``: the name, then what
        # the curator says of it in brackets
        title, remark = noted
        draft.title = title
        draft.notes.append(remark)
    return draft
