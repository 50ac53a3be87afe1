"""The cells of a table row, and how a cell other than the title is read into the entry.

A :class:`Cell` is one cell as the GFM and the HTML table readers give it. A value column
(venue, date, year, status, authors) sets that field of the draft; any other column gives
notes and links; every link of every cell is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from awesome_ptm.parse._badges import badge_cell_text
from awesome_ptm.parse._dates import DateValue, parse_date
from awesome_ptm.parse._entry import Draft, LinkDraft, clean_label, split_authors
from awesome_ptm.parse._entry_lines import interpret_lines
from awesome_ptm.parse._inline import Segment, plain, split_lines
from awesome_ptm.parse._presentation import without_presentation, without_trailing_presentation
from awesome_ptm.parse._venue_names import closing_venue_year
from awesome_ptm.parse._vocabulary import is_status
from awesome_ptm.titles import CJK_CHAR, normalize_title, without_shortcodes
from awesome_ptm.venues import (
    VenueYear,
    canonical_venue,
    find_venue_year,
    is_preprint_server,
    split_venue_year,
)
from awesome_ptm.venues._data import two_digit_year


@dataclass(slots=True)
class Cell:
    """One cell: its inline segments and its source text."""

    segments: list[Segment]
    source: str


#: ``TITS 2021.05``: a venue's name, then its year and month (``.``, ``/`` or ``-``).
_YEAR_MONTH_TAIL = re.compile(r"(?<![0-9])(?P<year>(?:19|20)\d\d)[./-](?P<month>0?[1-9]|1[0-2])\Z")

# The roles whose cells are read as values (the others as notes and links).
_READ_AS_VALUES = frozenset({"venue", "date", "year", "status", "authors"})


def read_cell(
    draft: Draft, role: str, cell: list[Segment], raw: dict[str, str]
) -> DateValue | None:
    """Read one non-title cell into the draft; a date or year cell returns its date."""
    if role not in _READ_AS_VALUES:
        _read_other(draft, role, cell)
        return None
    # HTML (a comment such as ``2023/03<!--13-->``, a tag) is not part of the value a
    # reader sees in the cell.
    text = plain([s for s in cell if s.kind != "html"]).strip()
    if role == "venue":
        # ``![Static Badge](https://badgen.net/badge/color/ICLR/blue?label=)``: the venue
        # is what the badge shows, not its alt text
        text = without_presentation(without_shortcodes(badge_cell_text(cell) or text))
        # ``TITS 2021.05``, ``arxiv2020.07``: the month after the year is the row's date,
        # not part of the venue's name
        month = _YEAR_MONTH_TAIL.search(text)
        if month is not None and any(c.isalpha() for c in text[: month.start()]):
            text = text[: month.start("year") + 4]
        else:
            month = None
        published = _published_part(text)
        text = published or text
        found = split_venue_year(text, unmarked=True)  # a venue cell: "ICLR23" is ICLR 2023
        if found is None:
            # ``ACL 2025 Main``, ``CVPR 2024 Highlight``: how or where it was presented
            found = split_venue_year(without_trailing_presentation(text), unmarked=True)
        if found is not None:
            year = found.year if found.year is not None else _year_of(draft)
            draft.venue = VenueYear(found.venue, year, found.raw)
        elif (
            text and not is_status(text) and (published or not any(s.kind == "link" for s in cell))
        ):
            draft.venue = written_venue(text, _year_of(draft))
        keep_links(draft, cell, None)
        if month is None:
            return None
        return parse_date(f"{month.group('year')}-{int(month.group('month')):02d}")
    if role in ("date", "year"):
        keep_links(draft, cell, None)
        value = parse_date(text)
        if value is not None:
            return value
        when, slash, where = text.partition(" / ")
        dated = parse_date(when) if slash else None
        # (``2021.07 / 2022.05``: two dates, the preprint's and the journal's, no venue)
        if dated is not None and where.strip() and parse_date(where) is None:
            # ``| 2023.5 / WSDM'24 |`` under ``Date / Venue``: the month it came out, then
            # where it appeared (the venue's year the entry's)
            named = split_venue_year(where.strip(), unmarked=True)
            draft.venue = named if named is not None else written_venue(where.strip(), None)
            return dated
        # (``| [CVPR20] | Title |`` under ``Year``: a venue and its short year, glued)
        found = split_venue_year(text, unmarked=True)
        if found is not None and found.year is not None:
            venue = draft.venue.venue if draft.venue else found.venue
            draft.venue = VenueYear(venue=venue, year=found.year, raw=raw[role])
        return None
    if role == "status":
        keep_links(draft, cell, None)
        return None
    if role == "authors":
        draft.authors = split_authors(text)
        keep_links(draft, cell, None)
        return None
    return None


def _read_other(draft: Draft, role: str, cell: list[Segment]) -> None:
    """A cell of notes, links or a column we do not know: its lines and links."""
    if role == "model" and (draft.venue is None or draft.venue.year is None):
        # "Gated-Attention Reader (Dhingra et al., 2017)": the model's paper's year.
        cited = find_venue_year(plain(cell))
        if cited is not None and cited[0].year is not None:
            venue = draft.venue.venue if draft.venue is not None else cited[0].venue
            draft.venue = VenueYear(venue, cited[0].year, cited[0].raw)
    if role == "paper" and (draft.venue is None or draft.venue.venue is None):
        # ``| [ICCV-2025](https://arxiv.org/…) |`` in a paper column: the link's text says
        # where and when the paper appeared
        named = next(
            (
                v
                for s in cell
                if s.kind == "link"
                and (v := split_venue_year(s.text.strip(), unmarked=True)) is not None
                and v.venue is not None
                and v.year is not None
            ),
            None,
        )
        if named is not None:
            draft.venue = named  # (a date column's year stays the row's: see _table)
    if role in ("notes", "remarks") and draft.venue is None:
        # "An Open Bilingual Pre-Trained Model (ICLR 2023)": the venue closing a description.
        text = plain([s for s in cell if s.kind != "html"])
        draft.venue = closing_venue_year(text) or _opening_venue_tag(text)
    if role == "alias":
        # ``| PSQE | PSQE: Personalized Semantic Query Expansion … |``: the short name
        name = " ".join(plain([s for s in cell if s.kind not in ("link", "image")]).split())
        if name and normalize_title(name) != normalize_title(draft.title):
            draft.aliases.append(name.strip("*_` "))
        keep_links(draft, cell, None)
        return
    default_label = role if role in ("paper", "code", "link") else None
    _read_cell_lines(draft, cell, default_label)


#: ``[ICRA 2024] Cross-embodiment dataset …``: a description opening with the venue and
#: year of the work it describes, in brackets.
_OPENING_TAG = re.compile(r"[ \t]{0,3}[\[(（【](?P<tag>[^\[\]()（）【】]{2,40})[\])）】]")


def _opening_venue_tag(text: str) -> VenueYear | None:
    """The venue and year a bracketed tag opening a description names (``[CVPR 2023]``),
    or None (no tag, or one without both: ``[New]``, ``(2023)``)."""
    found = _OPENING_TAG.match(text)
    if found is None:
        return None
    tag = split_venue_year(found.group("tag").strip(), unmarked=True)
    if tag is None or tag.venue is None or tag.year is None:
        return None
    return tag


#: ``arXiv:1911.05722``, ``arXiv preprint arXiv:1906.06819 2019``: a venue cell that is an
#: arXiv identifier (its year and month first), a year after it perhaps.
_CELL_ARXIV_ID = re.compile(
    r"arxiv(?:[ \t]{1,3}preprint)?[ \t:]{0,3}(?:arxiv[ \t]{0,2}:[ \t]{0,2})?"
    r"\d\d(?:0[1-9]|1[0-2])\.\d{4,5}(?:v\d{1,2})?(?:[ \t,]{1,3}(?P<y>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
#: ``ISPRS JPRS2024``, ``NeurIPS2023 CCAI workshop``, ``武汉大学学报 (信息科学版) 2023``: a
#: venue cell's name, its year (glued or not), and words after the year.
_CELL_YEAR = re.compile(
    r"(?P<name>.*?[^\s,])[ \t,]{0,3}(?P<y>(?:19|20)\d\d)(?![0-9])[ \t]*(?P<rest>.*)"
)
#: ``Front. Eng. Manag. '25``, ``DARLI-AP@EDBT/ICDT '23``: a name and a short year after an
#: apostrophe (a venue cell: nothing else there is a year).
_CELL_SHORT_YEAR = re.compile(
    r"(?P<name>.*?[^\s,])[ \t]{0,3}['’](?P<yy>\d\d)(?![0-9])[ \t]*(?P<rest>.*)"
)
#: ``Frontiers in Neurorobotics Volume 11 -``: the volume (and what follows) after the name.
_VOLUME = re.compile(r"[ \t,]{1,3}(?:vol\.?|volume)[ \t]{0,2}\d{1,4}\b.*", re.IGNORECASE)
#: ``25'Scientific Data``, ``24'TRS``: a short year first, an apostrophe, the name.
_CELL_LEADING_SHORT_YEAR = re.compile(r"(?P<yy>\d\d)['’](?P<name>[A-Za-z]\S.*)")
#: ``中国图像图形学报23``, ``TIP20``: a name in Chinese or in capitals, two digits glued.
_CELL_GLUED_SHORT_YEAR = re.compile(
    rf"(?P<name>(?:{CJK_CHAR.pattern}){{2,20}}|[A-Z][A-Z&-]{{1,11}})(?P<yy>\d\d)"
)
#: ``arxiv(23.09)``: a name, then its short year and month in brackets.
_CELL_YEAR_MONTH = re.compile(
    r"(?P<name>[^\d()（）]{1,60}?)[ \t]{0,3}[(（][ \t]{0,3}"
    r"(?P<yy>\d\d)\.(?:0?[1-9]|1[0-2])[ \t]{0,3}[)）]"
)
#: ``CVPR(25)``, ``ICLR (23)``: a name, then its short year alone in brackets.
_CELL_BRACKETED_SHORT_YEAR = re.compile(
    r"(?P<name>[^\d()（）]{1,60}?)[ \t]{0,3}[(（][ \t]{0,3}(?P<yy>\d\d)[ \t]{0,3}[)）]"
)
#: ``2024 MDPI MAKE``: the year first.
_CELL_LEADING_YEAR = re.compile(r"(?P<y>(?:19|20)\d\d)[ \t]{1,3}(?P<name>\S.*)")


def _published_part(text: str) -> str | None:
    """``Arxiv; JBHI``, ``bioRxiv; Nat. Biotechnol.``: of a venue cell that names the
    preprint server and the venue that published the work, the published venue as written
    (its links' texts are names, not labels); None for any other cell."""
    if ";" not in text:
        return None
    published = [part.strip() for part in text.split(";") if not is_preprint_server(part)]
    return published[0] if len(published) == 1 and published[0] else None


def written_venue(text: str, year: int | None) -> VenueYear:
    """A venue cell no alias reads, as written, its year apart: ``ISPRS JPRS2024`` (ISPRS
    JPRS, 2024), ``2024 MDPI MAKE``; a known venue with a workshop's name after its year
    keeps both (``NeurIPS2023 CCAI workshop`` → ``NeurIPS CCAI Workshop``, ``ICLR 2025
    Workshop AgenticAI`` → ``ICLR Workshop AgenticAI``). ``year``: the row's, when the cell
    states none."""
    preprint = _CELL_ARXIV_ID.fullmatch(text)
    if preprint is not None:
        # ``arXiv:1911.05722``, ``arXiv preprint arXiv:1906.06819 2019``: the preprint and
        # the year written after it (the identifier's first digits date it, they state no
        # year: the year is the row's)
        stated = preprint.group("y")
        return VenueYear("arXiv", int(stated) if stated else year, text)
    short = _CELL_SHORT_YEAR.fullmatch(text)
    short_year = two_digit_year(int(short.group("yy"))) if short is not None else None
    if short is not None and short_year is not None:
        name = " ".join([short.group("name").strip(), short.group("rest").strip()]).strip()
        return VenueYear(venue=canonical_venue(name) or name, year=short_year, raw=text)
    found = _CELL_YEAR.fullmatch(text)
    if found is not None:
        name, rest = found.group("name").strip(), found.group("rest").strip()
        name = _VOLUME.sub("", name).rstrip(" -–—,:")
        known = canonical_venue(name)
        if rest:
            words = " ".join("Workshop" if w.casefold() == "workshop" else w for w in rest.split())
            name = f"{known or name} {words}"
        elif known is not None:
            name = known
        return VenueYear(venue=name, year=int(found.group("y")), raw=text)
    short_first = _CELL_LEADING_SHORT_YEAR.fullmatch(text)
    first_year = two_digit_year(int(short_first.group("yy"))) if short_first else None
    if short_first is not None and first_year is not None:
        # ``25'Scientific Data``: the short year first, its apostrophe, the name
        name = short_first.group("name").strip()
        return VenueYear(venue=canonical_venue(name) or name, year=first_year, raw=text)
    glued = _CELL_GLUED_SHORT_YEAR.fullmatch(text)
    glued_year = two_digit_year(int(glued.group("yy"))) if glued is not None else None
    if glued is not None and glued_year is not None:
        # ``中国图像图形学报23``, ``TIP20``: a name (in Chinese, or in capitals) and its short
        # year glued, alone in the cell
        name = glued.group("name")
        return VenueYear(venue=canonical_venue(name) or name, year=glued_year, raw=text)
    year_month = _CELL_YEAR_MONTH.fullmatch(text)
    short_month_year = two_digit_year(int(year_month.group("yy"))) if year_month else None
    if year_month is not None and short_month_year is not None:
        # ``arxiv(23.09)``: the name, and the year of the short year and month after it
        name = year_month.group("name").strip()
        return VenueYear(venue=canonical_venue(name) or name, year=short_month_year, raw=text)
    bracketed = _CELL_BRACKETED_SHORT_YEAR.fullmatch(text)
    bracket_year = two_digit_year(int(bracketed.group("yy"))) if bracketed else None
    if bracketed is not None and bracket_year is not None:
        # ``CVPR(25)``, ``ICLR (23)``: the name, its short year in brackets after it
        name = bracketed.group("name").strip()
        return VenueYear(venue=canonical_venue(name) or name, year=bracket_year, raw=text)
    leading = _CELL_LEADING_YEAR.fullmatch(text)
    if leading is not None:
        return VenueYear(
            venue=leading.group("name").strip(), year=int(leading.group("y")), raw=text
        )
    return VenueYear(venue=text, year=year, raw=text)


def _year_of(draft: Draft) -> int | None:
    return draft.venue.year if draft.venue is not None else None


def keep_links(draft: Draft, cell: list[Segment], label: str | None) -> None:
    """Every link of a cell is kept, whatever the column."""
    for seg in cell:
        if seg.kind == "link":
            text = seg.text if seg.style == "inline" and seg.text != seg.href else None
            own = clean_label(seg.text) if text else None
            style = "paren" if seg.style == "bare" and seg.in_parens else str(seg.style)
            draft.links.append(
                LinkDraft(href=str(seg.href), style=style, label=own or label, text=text)
            )


def _read_cell_lines(draft: Draft, cell: list[Segment], default_label: str | None) -> None:
    """Notes and remarks cells: ``<br/>`` lines of text, ``label：url`` and bare URLs."""
    lines = split_lines(cell)
    if not any(s.kind == "link" for s in cell):
        for line in lines:
            text = plain(line).strip()
            if text:
                draft.notes.append(text)
        return
    inner = interpret_lines([[Segment("text", "-")], *lines])
    if inner is None:
        return
    for link in inner.links:
        if link.label is None and default_label is not None:
            link = LinkDraft(href=link.href, style=link.style, label=default_label, text=link.text)
        draft.links.append(link)
    for note in inner.notes:
        label = clean_label(note)
        if label and note.strip() and not _only_labels(note, inner.links):
            draft.notes.append(note)


def _only_labels(note: str, links: list[LinkDraft]) -> bool:
    return any(link.label and note.strip().rstrip(":：；;") == link.label for link in links)
