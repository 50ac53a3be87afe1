"""What follows a title on its line: the venue and year (a bold marker, a bracket, a code
tag, a link's text), the authors in a citation's place, and the notes left over."""

from __future__ import annotations

import re

from awesome_ptm.parse._badges import badge_date, badge_date_only, badge_venue
from awesome_ptm.parse._citation import names_in_marker, slot_names, whole_names
from awesome_ptm.parse._cite_key import cited_key
from awesome_ptm.parse._cited_in import cited_container, cited_tail
from awesome_ptm.parse._dated import VENUE_YEAR_MONTH, term_year, venue_year_month
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._inline import ARXIV_ID, Segment
from awesome_ptm.parse._notes import is_generic_label, rest_notes
from awesome_ptm.parse._presentation import without_presentation, without_trailing_presentation
from awesome_ptm.parse._venue_names import NAME_YEAR, venue_after_names
from awesome_ptm.venues import VenueYear, canonical_venue, find_venue_year, split_venue_year
from awesome_ptm.venues._data import fold, tables

#: A year alone (a code tag, a cell).
YEAR = re.compile(r"^(19[5-9]\d|20[0-3]\d)$")


def venue_in_segments(segs: list[Segment]) -> tuple[VenueYear, int] | None:
    """The first bold segment that is a venue and/or year (``**ACL 2020**``, ``**ICLR23**``:
    a marker after the title, read as a venue cell is), and its index."""
    for index, seg in enumerate(segs):
        if seg.kind == "strong":
            # (``**ICCV(Oral)**``: how it was presented follows the venue)
            found = split_venue_year(seg.text, unmarked=True) or split_venue_year(
                without_presentation(seg.text), unmarked=True
            )
            if found is not None:
                return found, index
    return None


def _month_tag(segs: list[Segment], skip: set[int]) -> tuple[VenueYear, str, int] | None:
    """The first bold tag that is a venue with a two-digit year and a month (``**`arXiv
    26.05`**``): the venue and year, the ISO date and the tag's index."""
    for index, seg in enumerate(segs):
        if seg.kind == "strong" and index not in skip:
            found = venue_year_month(seg.text)
            if found is not None:
                return found[0], found[1], index
    return None


def _code_tags(
    segs: list[Segment], skip: set[int]
) -> tuple[VenueYear | None, set[int], tuple[VenueYear, int] | None]:
    """Code spans after the title used as tags (`` `Google` `2017` ``): a span holding only
    a year gives the entry's year; the other tags (companies, topics) name no venue, so
    the venue search does not see them. A span that is only a venue (```EMNLP23```,
    ```preprint```, a journal of two words or more and its year: ```Complex Networks
    2024```) is the venue. Returns the year, the tag segments' indexes and the venue with
    its index."""
    year: VenueYear | None = None
    tags: set[int] = set()
    venue: tuple[VenueYear, int] | None = None
    for index, seg in enumerate(segs):
        if index in skip or seg.kind != "code":
            continue
        text = seg.text.strip()
        if YEAR.match(text):
            year = VenueYear(None, int(text), text)
            tags.add(index)
            continue
        found = _code_venue(text)
        if found is None:
            tags.add(index)  # a tag, not a venue written in code
        elif venue is None:
            venue = found, index
    return year, tags, venue


#: The fewest words of a venue no alias knows, written alone in a code span with its year
#: (one word and a year, ```Google 2017```, is a tag).
_CODE_VENUE_WORDS = 2


def _code_venue(text: str) -> VenueYear | None:
    found = split_venue_year(text, unmarked=True)
    if found is not None and found.venue is not None:
        return found if canonical_venue(found.venue) is not None else None
    named = NAME_YEAR.fullmatch(text)
    if named is not None and len(named.group(1).split()) >= _CODE_VENUE_WORDS:
        return VenueYear(named.group(1), int(named.group(2)), text)
    return None


def finish(draft: Draft, segs: list[Segment], skip: set[int]) -> Draft:
    """Find venue/year and notes in what is left after the title."""
    code_year, tags, code_venue = _code_tags(segs, skip)
    if tags:
        # The tags stay in the notes, each a word of its own (not ``Google2017``).
        segs = [Segment("text", f" {s.text} ") if i in tags else s for i, s in enumerate(segs)]
        note_skip = skip
        skip = skip | tags
    else:
        note_skip = skip
    venue_seg = venue_in_segments(
        [s if i not in skip else Segment("html", "") for i, s in enumerate(segs)]
    )
    venue_raw: str | None = None
    if venue_seg is None:
        dated = _month_tag(segs, skip)
        if dated is not None:
            # ``**`arXiv 26.05`**``: the venue, its year and the month
            venue_seg, draft.date = (dated[0], dated[2]), dated[1]
    if venue_seg is None and code_venue is not None:
        venue_seg = code_venue  # ``**Title.** `EMNLP23` ``
    if venue_seg is not None:
        stated = draft.venue
        draft.venue = venue_seg[0]
        if stated is not None and stated.venue is None and venue_seg[0].year is None:
            # ``**[2026-05-04]** [Title](url) **(arXiv)**``: the date before the title gave
            # the year the venue goes without
            draft.venue = VenueYear(venue_seg[0].venue, stated.year, venue_seg[0].raw)
        skip = skip | {venue_seg[1]}
    else:
        rest_text = "".join(
            " " if (i in skip or s.kind in ("link", "image")) else s.text
            for i, s in enumerate(segs)
        )
        found = venue_year_in(rest_text)
        if found is not None:
            found = _first_of_joined(rest_text, found)
        if found is not None and not _cites_others(rest_text, found[1], found[2]):
            draft.venue = found[0]
            venue_raw = rest_text[found[1] : found[2]]
    if code_year is not None and (draft.venue is None or draft.venue.year is None):
        venue = draft.venue.venue if draft.venue is not None else None
        draft.venue = VenueYear(venue, code_year.year, code_year.raw)
    if draft.venue is None:
        # ``[C]//European Conference on Computer Vision. Springer, 2014``, ``([EMNLP 2019
        # paper](url))``, ``DS-GA 1008 · SPRING 2021``, ``2020 version``: a venue named by a
        # citation's container, a link's text, a term or an edition's year; the text stays a
        # note.
        text = "".join(
            " " if (i in skip or s.kind == "image") else s.text for i, s in enumerate(segs)
        )
        draft.venue = (
            cited_container(text)
            or cited_tail(text)
            or cited_key(text)
            or venue_in_link_text(segs, skip)
            or term_year(text)
            or venue_field(segs, skip | tags)
        )
        if draft.venue is None:
            draft.venue = badge_venue(segs)
            month = badge_date(draft.venue) if draft.venue is not None else None
            if month is None:
                # ``![](…/badge/ACL%202024%20Findings-orange) ![](…/badge/2024.02-blue)``: the
                # date a badge of its own gives
                month = badge_date_only(segs)
            if month is not None:
                draft.notes.append(month)  # ``![](…/badge/arXiv-2025.09-red)``: its date
    elif draft.venue.venue is None:
        # ``- [2024/08] **[Title](url)** ![ACL'24](…/badge/ACL'24-f1b800)``: the date before
        # the title gave the year; the badge names the venue (the stated year stays), or a
        # bracketed venue link does (``Title `2017` [[NeurIPS](url)]``)
        named = venue_in_link_text(segs, skip)
        if named is None or named.venue is None or named.year not in (None, draft.venue.year):
            named = badge_venue(segs)
        if named is not None and named.venue is not None:
            draft.venue = VenueYear(named.venue, draft.venue.year, named.raw)
    authors_raw = None if draft.authors else _slot_authors(draft, segs, skip, venue_raw)
    draft.notes.extend(rest_notes(segs, note_skip | (skip - tags), venue_raw, authors_raw))
    return draft


#: What separates the fields of a line after a title: ``arXiv, [Paper](…), [Project](…)``.
_FIELD_SEPARATORS = ",，;；|·"


def venue_field(segs: list[Segment], skip: set[int]) -> VenueYear | None:
    """``arXiv, [Paper](…), [Project](…)`` on the line after a title: a known venue written
    without its year, as the first field of a line whose other fields are only links. The
    venue is read (so that the missing year can be named); running text is never read so."""
    line: list[str] = []
    lines: list[list[str]] = [line]
    for index, seg in enumerate(segs):
        if index in skip or seg.kind in ("image", "html"):
            continue
        if seg.kind == "link":
            line.append("\x00")  # a link: a field of its own, never a venue's words
            continue
        for part_index, part in enumerate(seg.text.split("\n")):
            if part_index:
                line = []
                lines.append(line)
            line.append(part)
    for pieces in lines:
        # (a link ends a field too: ``TACL [[Paper]](url)`` on the line under a title)
        text = "".join(pieces).replace("\x00", ",\x00,")
        fields = [f.strip() for f in re.split(f"[{_FIELD_SEPARATORS}]", text)]
        fields = [f for f in fields if f]
        if len(fields) < 2 or any(f != "\x00" for f in fields[1:]) or "\x00" in fields[0]:
            continue
        # Without a year only a known venue (or one with its qualifier) is read; a remark
        # in brackets after it is not part of it (``TMLR (Featured Certification)``).
        written = without_trailing_presentation(fields[0])
        for name in (written, _CLOSING_REMARK.sub("", written)):
            found = split_venue_year(name)
            if found is not None and found.venue is not None and found.year is None:
                return found
    return None


#: ``(Featured Certification 🌟)``: a remark in brackets closing a field.
_CLOSING_REMARK = re.compile(r"[ \t]{0,3}[(（][^()（）]{1,60}[)）]$")


def venue_in_link_text(segs: list[Segment], skip: set[int]) -> VenueYear | None:
    """``([EMNLP 2019 paper](url))``: a link after the title whose text is a venue and
    year, alone or with a word naming the link (``paper``, ``pdf``), names the venue."""
    for index, seg in enumerate(segs):
        if index in skip or seg.kind != "link" or seg.style != "inline" or not seg.text:
            continue
        if sum(ch.isdigit() for ch in seg.text) < 2:
            # ``([EMNLP paper](url))``: a venue named with the word for the link, no year
            named = _venue_named_by_label(seg.text)
            if named is not None:
                return named
            # ``[[TPAMI]](url)``: a known venue, its year unsaid, as a bracketed venue link
            alone = split_venue_year(seg.text.strip(" []")) if _bracketed(segs, index) else None
            if alone is not None and alone.venue is not None and alone.venue != "arXiv":
                return alone
            continue  # no year: most link texts are "pdf" or "code"
        # ``[[ICCV workshop 2019](url)]``, ``[[Frontiers in Bioengineering and
        # Biotechnology 2019](url)]``: the whole link text a venue and its year
        # (a name no alias knows only as a bracketed venue link, as papers write one;
        # ``[Docs 2020](url)`` beside a tool is no venue)
        written = " ".join(seg.text.split()).strip(" []")
        if written.startswith("(") and written.endswith(")"):
            written = written[1:-1].strip()  # (``([EMNLP 2019](url))``, not ``X(2018)``)
        written = without_trailing_presentation(written)
        glued = venue_year_month(written)
        if glued is not None:
            return glued[0]  # ``[arXiv 2402](url)``, ``[arXiv 26.05](url)``
        dated = _VENUE_DAY_DATE.fullmatch(written)
        month = VENUE_YEAR_MONTH.fullmatch(written) if dated is None else None
        if dated is not None:  # ``[[arXiv on 24 May 2019](url)]``: the venue and the date
            written = f"{dated.group(1)} {dated.group(2)}"
        elif month is not None:  # ``[[arXiv 2025.07](url)]``: the venue, the year and month
            written = f"{month.group(1)} {month.group(2)[:4]}"
        whole = venue_after_names(written)
        if (
            whole is not None
            and whole.venue is not None
            and whole.year is not None
            and (canonical_venue(whole.venue) is not None or _bracketed(segs, index))
        ):
            return whole
        short = venue_year_text(written)
        if short is not None and canonical_venue(str(short.venue)) is not None:
            return short  # ``[NeurIPS18](url)``, ``[interspeech25](url)``: a known venue
        found = find_venue_year(seg.text)
        if found is None or found[0].venue is None:
            continue
        rest = (seg.text[: found[1]] + " " + seg.text[found[2] :]).strip(" .,;:()[]")
        if not rest or is_generic_label(rest):
            return found[0]
    return None


#: ``arXiv 15 Nov 2018``, ``arXiv on 24 May 2019``: a venue, a day, a month and the year.
_VENUE_DAY_DATE = re.compile(
    r"(.{2,60}?)[ \t]{1,3}(?:on[ \t]{1,3})?\d{1,2}[ \t]{1,3}[A-Z][a-z]{2,8}\.?[ \t]{1,3}"
    r"((?:19|20)\d\d)"
)


def venue_year_text(text: str) -> VenueYear | None:
    """A text that is only a venue and its year (``NeurIPS18``, ``ICLR 2021``, a two-digit
    year written after an acronym too), or None."""
    stated = split_venue_year(text, unmarked=True)
    return stated if stated is not None and stated.venue and stated.year is not None else None


def _venue_named_by_label(text: str) -> VenueYear | None:
    """``EMNLP paper``: a known venue (not a preprint server, whose name alone is the
    commonest link text) followed by a generic link word, without a year."""
    words = text.strip(" ()[]").split()
    if len(words) < 2 or not is_generic_label(words[-1]):
        return None
    found = split_venue_year(" ".join(words[:-1]))
    if found is None or found.venue is None or found.year is not None or found.venue == "arXiv":
        return None
    return found


def _slot_authors(
    draft: Draft, segs: list[Segment], skip: set[int], venue_raw: str | None
) -> str | None:
    """``**Title** (2016), G. Hinton et al. [[pdf]](url)``: the names between the title (and
    its year) and the first link are the entry's authors. Right after the year and a comma,
    one first and last name is enough; after a bold title and a sentence end, or before the
    venue, two or more; elsewhere the names need initials or ``et al.``
    (:meth:`Names.reads_as`). Returns the names as written (to take out of the notes), or
    None."""
    parts: list[str] = []
    for index, seg in enumerate(segs):
        if index in skip:
            parts.append(" ")
        elif seg.kind in ("link", "image"):
            break
        elif seg.kind == "text":
            parts.append(seg.text)
        else:
            parts.append(" ")
    slot = "".join(parts)
    after_year = False
    found: tuple[list[str], str] | None = None
    if venue_raw and venue_raw in slot:
        at = slot.find(venue_raw)
        after_year = not slot[:at].strip(" ,.;")
        cited = names_in_marker(venue_raw)
        if cited is not None:
            # ``[BERT](url) (Devlin et al., 2019)``: the bracket cites the work.
            draft.authors = cited
            return None  # the names stay with the year in the marker, out of the notes
        if not after_year:
            # ``[Title](url) - Kaiming He, Xiangyu Zhang, CVPR 2016``: names, then the venue
            # (nothing else between): a citation's order, where full names are enough.
            found = whole_names(slot[:at], "several")
        slot = slot[:at] + " " * len(venue_raw) + slot[at + len(venue_raw) :]
    opener = slot.lstrip()[:1]
    level = "strong"
    if after_year and opener in (",", "，"):
        level = "medium"  # ``(2016), Michael Nielsen``
    elif (after_year or draft.shape == "bold-title") and opener in (",", ".", "，"):
        level = "several"  # ``**Title**. Jacob Devlin, Ming-Wei Chang. NAACL 2019.``
    if found is None:
        found = slot_names(slot, level)
    if found is None:
        return None
    draft.authors = found[0]
    end = slot.find(found[1]) + len(found[1])
    year = _YEAR_AFTER_NAMES.match(slot, end)
    cited_venue = _VENUE_AFTER_NAMES.match(slot, end) if year is None else None
    if cited_venue is not None and draft.venue is None:
        # ``[Title](url) (Fei Wang et al., IEEE Network 2023)``: the bracket cites the work,
        # its names then its venue and year (a journal no alias knows, kept as written)
        named_venue = venue_after_names(cited_venue.group(1).strip())
        if named_venue is not None and named_venue.venue is not None:
            draft.venue = named_venue
            return slot[slot.find(found[1]) : cited_venue.end()]
    if year is not None and (draft.venue is None or draft.venue.year is None):
        # ``[Title](url) - Bahdanau et al. 2014``: the year after the names is the entry's.
        venue = draft.venue.venue if draft.venue is not None else None
        draft.venue = VenueYear(venue, int(year.group(1)), year.group(1))
        return slot[slot.find(found[1]) : year.end()]
    return found[1]


#: ``, IEEE Network 2023)``: a venue and year after the names, closing their bracket.
_VENUE_AFTER_NAMES = re.compile(
    r"[ \t]{0,3},[ \t]{0,3}([^()（）,，\n]{2,80}?,?[ \t]{0,3}(?:19|20)\d\d)[ \t]{0,3}[)）]"
)
#: ``et al., 2017.``: a year right after the names (the names' own punctuation before it).
_YEAR_AFTER_NAMES = re.compile(r"[.,;]{0,2}\s{0,3}[(（]?((?:19|20)[0-9]{2})[)）]?\.?(?![0-9])")


def _cites_others(text: str, start: int, end: int) -> bool:
    """``- A trend starts from `FLAN` (ICLR 2022) and `T0` (ICLR 2022).``: a description
    that names several works, each with its venue, cites them; none of the venues is the
    entry's own. True when another venue marker in ``text`` names another venue or year
    than the one found at ``start:end`` (``(CoNLL-2003), evaluated on CoNLL-2003`` repeats
    one marker: it is the entry's)."""
    found = venue_year_in(text)
    if found is None:
        return False
    mine = (found[0].venue, found[0].year)
    for _ in range(_CITED_MARKERS):
        text = text[:start] + " " * (end - start) + text[end:]
        other = venue_year_in(text)
        if other is None:
            return False
        if other[0].venue is not None and (other[0].venue, other[0].year) != mine:
            first, second = sorted([(start, end), (other[1], other[2])])
            # ``NIPS 2017 & AAAI 2018 Demo``: the same work at two venues, the first its own
            return not _joined(text, first, second)
        start, end = other[1], other[2]
    return False


def _first_of_joined(text: str, found: tuple[VenueYear, int, int]) -> tuple[VenueYear, int, int]:
    """``NIPS 2017 & AAAI 2018 Demo``: of two venues of one work joined by "&" or "and",
    the first is where it appeared first (:func:`venue_year_in` gives the last)."""
    start, end = found[1], found[2]
    other = venue_year_in(text[:start] + " " * (end - start) + text[end:])
    if other is None or other[2] > start or other[0].venue is None:
        return found
    return other if _joined(text, (other[1], other[2]), (start, end)) else found


def _joined(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two venue markers are written as one work's venues: unbracketed, one
    right after the other with only "&", "and", "/" or "," between them."""
    if text[first[0] : first[0] + 1] in _OPENERS or text[second[0] : second[0] + 1] in _OPENERS:
        return False  # ``(ICLR 2020) and [Y](url) (ACL 2021)``: works cited one by one
    return _JOINED_VENUES.fullmatch(text[first[1] : second[0]]) is not None


#: What joins two venues of one work (``NIPS 2017 & AAAI 2018 Demo``).
_JOINED_VENUES = re.compile(r" ?(?:&|and|/|\+|,|，) ", re.IGNORECASE)
#: Brackets a cited work's venue marker opens with.
_OPENERS = frozenset("([（【*")

#: How many more markers :func:`_cites_others` looks at.
_CITED_MARKERS = 4


def venue_year_in(text: str) -> tuple[VenueYear, int, int] | None:
    """:func:`find_venue_year`, where ``arXiv:2106.07139 2021`` reads as ``arXiv 2021``
    (the span returned covers the identifier) and a workshop held at a venue keeps its
    name (``C3NLP@EACL 2023``, ``Building Trust Workshop @ ICLR 2025``)."""
    found = _venue_year_in(text)
    if found is None or found[0].venue is None or ("@" not in text and " at " not in text):
        return found
    return held_at(text, found)


#: ``C3NLP@``, ``Building Trust Workshop @ ``, ``ES-FoMo at ``: a workshop's name and the
#: word that says it is held at the venue after it (anchored at the end of the text before
#: the venue).
_HELD_AT = re.compile(
    r"(?:^|(?<=[\s(\[*|,;]))(?P<name>[A-Z][\w&+'’-]{0,30}(?:[ \t][A-Z][\w&+'’-]{0,30}){0,5})"
    r"[ \t]{0,2}(?:@|[ \t]at)[ \t]{0,2}$"
)
#: How far back a workshop's name before a venue is looked for.
_HELD_AT_REACH = 80


def held_at(text: str, found: tuple[VenueYear, int, int]) -> tuple[VenueYear, int, int]:
    """``C3NLP@EACL 2023``: the workshop held at the venue ``found`` names, written as a
    workshop's acronym or a name with a venue word (``Building Trust Workshop``), kept as
    written with the venue (``C3NLP@EACL``). ``found`` as it is otherwise (``presented at
    ICLR 2020``)."""
    venue, start, end = found
    before = text[max(0, start - _HELD_AT_REACH) : start]
    held = _HELD_AT.search(before)
    if held is None or venue.venue is None:
        return found
    name = held.group("name")
    # (``In *Instruction Workshop @ NeurIPS 2023*``: a citation's "In" is no word of the name)
    cited_in = 3 if name.startswith("In ") and len(name) > 3 else 0
    name = name[cited_in:]
    words = name.split()
    acronym = len(words) == 1 and sum(ch.isupper() for ch in name) >= 2
    if not acronym and not any(fold(w) in tables().venue_words for w in words):
        return found
    written = f"{name}{before[held.end('name') :]}{venue.venue}"
    at = start - len(before) + held.start("name") + cited_in
    return VenueYear(written, venue.year, text[at:end]), at, end


def _venue_year_in(text: str) -> tuple[VenueYear, int, int] | None:
    if "xiv:" not in text and "Xiv:" not in text and "XIV:" not in text:
        return find_venue_year(text)
    spans = [(m.start(), m.end()) for m in ARXIV_ID.finditer(text)]
    # The identifier is blanked, its "arXiv" kept at its end: offsets stay the same.
    blanked = ARXIV_ID.sub(lambda m: " " * (len(m.group(0)) - 5) + "arXiv", text)
    found = find_venue_year(blanked)
    if found is None:
        return None
    venue, start, end = found
    for lo, hi in spans:
        if lo <= start < hi:
            start = lo
    return venue, start, end


def _bracketed(segs: list[Segment], index: int) -> bool:
    """Whether the link at ``index`` is written in brackets: ``[[Venue 2019](url)]`` or
    ``[[Venue 2019]](url)``."""
    shown = segs[index].text.strip()
    if shown.startswith("[") and shown.endswith("]"):
        return True
    before = segs[index - 1].text if index > 0 and segs[index - 1].kind == "text" else ""
    after = segs[index + 1].text if index + 1 < len(segs) and segs[index + 1].kind == "text" else ""
    return before.rstrip().endswith(("[", "【")) and after.lstrip().startswith(("]", "】"))
