"""An entry written as a card of bold field labels in list items: ``- **Title**: …`` over
``  - **Authors**: …``, ``  - **Published**: 2023-11-30``, ``  - **Link**: <url>``."""

from __future__ import annotations

import re

from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._decoration import is_decoration
from awesome_ptm.parse._detail_fields import labelled_field
from awesome_ptm.parse._draft import Draft, LinkDraft
from awesome_ptm.parse._inline import Segment, plain
from awesome_ptm.parse._names import split_authors
from awesome_ptm.parse._vocabulary import column_role
from awesome_ptm.venues import VenueYear, split_venue_year

#: The fewest field lines under the title's for the item to be read as a card.
_CARD_FIELDS = 2
#: Roles whose field gives the entry a link.
_LINK_ROLES = frozenset({"link", "paper", "code", "download", "demo"})


def bold_label(segs: list[Segment]) -> tuple[str, str] | None:
    """``**Authors**: A, B``, ``**Date:** 2026-05-21``: the label of a line opening with it
    in bold, its colon inside the bold or just after, and the value after it; None for any
    other line."""
    if not segs or segs[0].kind != "strong":
        return None
    label = segs[0].text.strip()
    value = plain(segs[1:]).strip()
    if label.endswith((":", "：")):
        label = label[:-1].strip()
    elif value.startswith((":", "：")):
        value = value[1:].strip()
    else:
        return None
    return label, value


def _field(segs: list[Segment] | None) -> tuple[str, str, list[Segment]] | None:
    """``**Authors**: A, B`` / ``**Link:** url``: the field's role, its value as text and
    its segments after the label; None for any other line."""
    labelled = bold_label(segs) if segs else None
    if segs is None or labelled is None:
        return None
    role = column_role(labelled[0])
    return (role, labelled[1], segs[1:]) if role is not None else None


def field_card(head: list[Segment], fields: list[list[Segment] | None]) -> Draft | None:
    """``- **Title**: Autonomous Agents in Software Development`` over ``  - **Authors**:
    Zeeshan Rasheed, …``, ``  - **Published**: 2023-11-30``, ``  - **Link**:
    http://arxiv.org/abs/2311.18440v1`` (agent4se-slr): the title field's value is the
    entry's title, the other fields its names, date, venue and links; None unless the item
    and every nested line are such fields, the title's first."""
    title = _field(head)
    if title is None or title[0] != "title" or not title[1] or len(fields) < _CARD_FIELDS:
        return None
    draft = Draft(title=title[1], shape="text-title")
    for segs in fields:
        found = _field(segs)
        if found is None:
            return None
        role, value, rest = found
        links = [s for s in rest if s.kind == "link" and s.href]
        if role in _LINK_ROLES or links:
            draft.links.extend(LinkDraft(href=str(s.href), style=str(s.style)) for s in links)
        elif role == "authors" and value:
            draft.authors = split_authors(value)
        elif role in ("date", "venue", "year") and (dated := parse_date(value)) is not None:
            draft.date = dated.iso if dated.iso != str(dated.year) else None
            if draft.venue is None:
                draft.venue = VenueYear(None, dated.year, value)
        elif role == "venue" and value:
            draft.venue = split_venue_year(value) or draft.venue
        elif value:
            draft.notes.append(plain(segs or []).strip())
    return draft


#: ``📅 *Year*: 2021``: a field's label (after an emoji perhaps) and its colon, and the value.
_LABELLED = re.compile(r"\W{0,4}\s{0,2}([^\W\d_][^:：\n]{0,40}?)\s?[:：]\s*(.*)", re.S)
#: The fewest lines of a card of fields each opening with an emoji, two of them labelled.
_EMOJI_FIELDS = 3


def emoji_fields(heads: list[list[Segment]]) -> bool:
    """Whether every line (three or more) opens with an emoji, then a field's label and its
    colon (``📍 *Chemistry*: NMC/Graphite``, ``📚 *Related Article*:``) or a link alone
    (``🔗 [Download Dataset](url)``), two of them labelled at least: the fields of the
    thing the item over them names, not entries."""
    if len(heads) < _EMOJI_FIELDS:
        return False
    labelled = 0
    for segs in heads:
        text = plain(segs).strip()
        if not text or text[0].isascii() or text[0].isalnum():
            return False  # (an emoji first: ``📅``, ``🔗``)
        if _LABELLED.fullmatch(text) is not None:
            labelled += 1
        elif not is_decoration(plain([s for s in segs if s.kind != "link"])):
            return False
    return labelled >= 2


def named_card(draft: Draft, fields: list[tuple[list[Segment], list[list[Segment]]]]) -> Draft:
    """``- **NASA Battery Data Set**`` over its fields (``📅 *Year*: 2008``, ``🔗 [Download
    Dataset](url)``, ``📚 *Related Article*:`` over the article's item, see
    :func:`emoji_fields`): the entry ``draft`` (read from the name) with every field's links
    and those of the lines under it; a field whose label names one of the entry's fields
    gives it (see :func:`~awesome_ptm.parse._detail_fields.labelled_field`), the others are
    its notes. Each field is its line's segments and those of the lines nested under it."""
    for line, nested in fields:
        for segs in (line, *nested):
            draft.links.extend(
                LinkDraft(href=str(s.href), style=str(s.style))
                for s in segs
                if s.kind == "link" and s.href
            )
        text = plain(line).strip()
        if _LABELLED.fullmatch(text) is None:
            continue  # (``🔗 [Download Dataset](url)``: its link is taken)
        labelled_field(draft, text)
        draft.notes.append(text)
    return draft
