"""Papers written links first, the title last: ``:green_square: `UVOS` `Apr` - [paper](url)
/ [code](url) - CMTM: Cross-Modal Token Modulation for …``. Tags (shortcodes, code spans)
may open the line; the links say only what they point to (``paper``, ``code``, a ``code``
with no link yet); a dash then opens the title, which may wrap onto the next line."""

from __future__ import annotations

import re

from awesome_ptm.parse._decoration import without_leading_decoration
from awesome_ptm.parse._draft import Draft, LinkDraft
from awesome_ptm.parse._inline import Segment, plain_spaces
from awesome_ptm.parse._notes import clean_label, is_generic_label
from awesome_ptm.venues import VenueYear, canonical_venue, split_venue_year

#: The dashes that may open a title written after its links.
_DASHES = frozenset("-–—")
#: What may stand between the generic links (``[paper](url) / [code](url)``, ``/ code``).
_BETWEEN = re.compile(r"[\s/|,·]*")
#: The dash that opens the title after the links (spaces, non-breaking ones too, round it).
_DASH_TITLE = re.compile(r"\s*[-–—](?:\s+|$)(?P<title>.*)", re.DOTALL)
#: ``()``, ``（ ）``: the brackets a code tag taken out of a title leaves empty.
_EMPTY_BRACKETS = re.compile(r"[(（]\s*[)）]")
#: The most words of the text of a link after the first (``project page and dataset``).
_LINK_WORDS = 4
#: The fewest words of a title written after its links.
_TITLE_WORDS = 3


def trailing_title(segs: list[Segment]) -> Draft | None:
    """The entry of a line written ``tags - [paper](url) / [code](url) - Title``, or None."""
    first = next((i for i, s in enumerate(segs) if s.kind == "link"), None)
    if first is None or not _names_the_link(segs[first].text, []):
        return None  # (the first link names the entry: the common case)
    if not any(s.kind == "text" and _DASHES.intersection(s.text) for s in segs[first + 1 :]):
        return None  # (no dash after the links: no title written last)
    at, tags = _after_tags(segs)
    links: list[Segment] = []
    while at < len(segs):
        seg = segs[at]
        if seg.kind == "link" and seg.style == "inline" and _names_the_link(seg.text, links):
            links.append(seg)
            at += 1
            continue
        if seg.kind != "text" or not links:
            break
        rest = plain_spaces(seg.text)
        between = _BETWEEN.match(rest)
        skipped = between.end() if between else 0
        if not rest[skipped:].strip():
            at += 1  # (`` / `` between two links)
            continue
        word = rest[skipped:].split(maxsplit=1)
        if word and is_generic_label(word[0]) and not _DASH_TITLE.match(rest[skipped:]):
            # ``/ code -``: a link still to come, named without its address
            skipped = rest.index(word[0], skipped) + len(word[0])
        dashed = _DASH_TITLE.match(rest[skipped:])
        if dashed is None:
            return None
        title_segs = [Segment("text", dashed.group("title")), *segs[at + 1 :]]
        return _draft(title_segs, links, tags)
    return None


def _names_the_link(text: str, before: list[Segment]) -> bool:
    """Whether a link's text only says what it points to: one generic word first
    (``paper``, ``code``), a few words after it (``dataset``, ``project page and dataset``)."""
    words = text.split()
    if not before:
        return len(words) == 1 and is_generic_label(text)
    return 0 < len(words) <= _LINK_WORDS


def _after_tags(segs: list[Segment]) -> tuple[int, list[str]]:
    """Where the links start after the tags opening the line (shortcodes, emoji, code
    spans, a dash), and the code tags."""
    tags: list[str] = []
    at = 0
    while at < len(segs):
        seg = segs[at]
        if seg.kind == "code" and len(seg.text.split()) <= 2:
            tags.append(seg.text.strip())
        elif seg.kind == "text":
            shown = without_leading_decoration(plain_spaces(seg.text).lstrip())
            shown = shown.strip(" -–—")
            if shown:
                break
        else:
            break
        at += 1
    return at, tags


def _draft(title_segs: list[Segment], links: list[Segment], tags: list[str]) -> Draft | None:
    """The draft, when what follows the dash is only a title (text, wrapped lines) and
    tags in code (```TPAMI` Title``: a known venue is the entry's)."""
    if any(s.kind not in ("text", "break", "em", "strong", "code") for s in title_segs):
        return None
    venue: VenueYear | None = None
    tags = [*tags]
    for seg in title_segs:
        if seg.kind != "code":
            continue
        tag = seg.text.strip()
        tags.append(tag)
        if venue is None:
            known = canonical_venue(tag)
            found = split_venue_year(tag, unmarked=True)
            if known is not None:
                venue = VenueYear(known, None, tag)
            elif found is not None and found.venue is not None:
                venue = found
    # (a tag in code taken out of the title leaves its brackets: ``Title (`Reasoning VOS`)``)
    shown = _EMPTY_BRACKETS.sub(" ", "".join(s.text for s in title_segs if s.kind != "code"))
    title = " ".join(shown.split()).strip(" .")
    if len(title.split()) < _TITLE_WORDS:
        return None
    draft = Draft(title=title, shape="text-title", venue=venue)
    draft.links = [
        LinkDraft(href=str(s.href), style=str(s.style), label=clean_label(s.text), text=s.text)
        for s in links
    ]
    if tags:
        draft.notes.append(" ".join(tags))
    return draft
