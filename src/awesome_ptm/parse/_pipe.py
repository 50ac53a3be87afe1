"""A line of cells separated by bars, outside any table: ``2019 | Title | Authors | Venue |
[PDF](url)``."""

from __future__ import annotations

import re

from awesome_ptm.parse._dated import venue_year_month
from awesome_ptm.parse._dates import DateValue, parse_date
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._inline import Segment, plain, visible
from awesome_ptm.parse._names import split_authors
from awesome_ptm.parse._notes import is_generic_label, labels_for_rest
from awesome_ptm.parse._rest import YEAR
from awesome_ptm.parse._venue_names import venue_of_tag
from awesome_ptm.titles import unwrap_title_brackets
from awesome_ptm.venues import VenueYear, canonical_venue, find_venue_year, split_venue_year
from awesome_ptm.venues._data import two_digit_year


def pipe_cells(segs: list[Segment]) -> list[list[Segment]] | None:
    """The line's cells (three or more), or None when the bars do not make a row."""
    cells: list[list[Segment]] = [[]]
    for seg in segs:
        if seg.kind == "text" and "|" in seg.text:
            pieces = seg.text.split("|")
            for n, piece in enumerate(pieces):
                if n:
                    cells.append([])
                if piece.strip():
                    cells[-1].append(Segment("text", piece))
        else:
            cells[-1].append(seg)
    cells = [c for c in cells if c]
    return cells if len(cells) >= 3 else None


def pipe_style(segs: list[Segment]) -> Draft:
    """``2019 | Title | Authors | Venue | [PDF](url)``."""
    cells = pipe_cells(segs) or []
    draft = Draft(title="", shape="pipe")
    year: int | None = None
    venue: VenueYear | None = None
    linked: tuple[VenueYear, str | None] | None = None
    texts: list[str] = []
    # (a month cell is the work's date only beside a title: ``2025.10 | [Paper](url) |
    # [Code](url)`` under a title line is that title's links and date, read by its item)
    titled = _titled_link_cell(cells)
    named = titled is not None or any(
        len(plain(cell).split()) >= _TITLE_WORDS for cell in cells if not _links_only(cell)
    )
    for cell in cells:
        links = [s for s in cell if s.kind == "link"]
        text = plain([s for s in cell if s.kind != "link"]).strip()
        if links:
            draft.links.extend(labels_for_rest(cell, None))
            if not draft.title and not text and links[0].style == "inline" and len(cells) == 1:
                draft.title = links[0].text
            if draft.title and venue is None and text:
                venue = _venue_cell(text)  # ``| **[ICLR' 21]** [`[pdf]`](url) |``
            elif draft.title and linked is None and not text and len(links) == 1:
                linked = _venue_link(links[0].text)  # ``| [Findings of EMNLP 2022](url) |``
            continue
        if YEAR.match(text) and year is None:
            year = int(text)
        elif named and year is None and (on := _month_cell(text)) is not None:
            # ```2023/10` | `Mistral` | [Mistral 7B](url)``: the month the work came out
            year, draft.date = on.year, on.iso
        elif not draft.title and text:
            title, nickname = _nicknamed(cell, text)
            draft.title = unwrap_title_brackets(title)
            if nickname is not None:
                draft.aliases.append(nickname)
        elif venue is None and (found := _venue_cell(text)) is not None:
            venue = found
        elif not draft.authors and text and ("," in text or " et al" in text or "，" in text):
            draft.authors = split_authors(text)
        elif text:
            texts.append(text)
    if venue is None and draft.title:
        # ``1. An empirical study of remote sensing pretraining. TGRS2022. | [paper](url) |``:
        # the title cell's last sentence is the venue and year
        closing = find_venue_year(draft.title)
        before = draft.title[: closing[1]].rstrip() if closing is not None else ""
        if (
            closing is not None
            and closing[0].venue is not None
            and before.endswith(".")
            and not draft.title[closing[2] :].strip(" .")
        ):
            draft.title, venue = before.rstrip(".").rstrip(), closing[0]
    if venue is None and linked is not None:
        # (a venue the link names only where no cell of text names one: ``[arXiv 2402](url)
        # | [Code](url) | NAACL 2024``, the paper's published venue over the preprint's tag)
        venue, draft.date = linked[0], draft.date or linked[1]
    if venue is None and year is not None:
        venue = VenueYear(venue=None, year=year, raw=str(year))
    elif venue is not None and venue.year is None and year is not None:
        venue = VenueYear(venue=venue.venue, year=year, raw=venue.raw)
    draft.venue = venue
    long_cell = next((i for i, text in enumerate(texts) if len(text.split()) >= _TITLE_WORDS), None)
    if long_cell is not None and _short_cell(draft.title) and venue is not None:
        # ``**[ViLD]** | **ICLR'22** | Open-vocabulary Object Detection via … | [pdf](url)``:
        # the first cell names the method, the long one after the venue is the paper's title
        draft.aliases.insert(0, draft.title.strip("[]【】 "))
        draft.title = texts.pop(long_cell)
    if titled is not None and _short_cell(draft.title) and draft.date is not None:
        # ```2023/07` | `Llama 2` | [Llama 2: Open Foundation …](url)``: the short name, then
        # the work's linked title
        if draft.title.strip() and draft.title.strip().casefold() != titled.casefold():
            draft.aliases.insert(0, draft.title.strip("[]【】 "))
        draft.title = titled
    draft.notes = texts
    return draft


def _links_only(cell: list[Segment]) -> bool:
    """Whether a cell holds links and nothing else."""
    return all(s.kind == "link" or not s.text.strip() for s in cell)


def _month_cell(text: str) -> DateValue | None:
    """A cell that is only a year and month (``2023/10``, ``Oct 2023``), or None."""
    on = parse_date(text.strip("` "))
    return on if on is not None and len(on.iso) > len("2023") else None


def _titled_link_cell(cells: list[list[Segment]]) -> str | None:
    """The text of the first cell that is one titled link (not a generic label), or None."""
    for cell in cells:
        shown = visible(cell)
        if len(shown) == 1 and shown[0].kind == "link" and shown[0].style == "inline":
            text = shown[0].text.strip()
            if text and not is_generic_label(text.strip("[]")):
                return text
    return None


#: The fewest words of a paper title in a later cell than a short name's.
_TITLE_WORDS = 4


def _short_cell(title: str) -> bool:
    """A method's short name as a first cell writes it: one or two words (``ViLD``,
    ``Object-Centric OVD``)."""
    return bool(title) and len(title.split()) <= 2


def _venue_cell(text: str) -> VenueYear | None:
    """A cell that is only a venue: ``**[IJCAI 19]**`` (a two-digit year without a mark, as
    a venue cell writes it), ``**[Thesis' 10]**`` (a name no alias knows, its year after an
    apostrophe), ``**[IEEE Transactions on Multimedia 21]**``; None for anything else."""
    found = split_venue_year(text, unmarked=True)
    if found is not None:
        return found if found.venue else None
    bare = text.strip(" \t*_[]()")
    named = venue_of_tag(bare)  # (``ECCV'22 Oral``: how it was presented follows the venue)
    if named is not None and named.venue:
        return named
    known = _NAME_TWO_DIGITS.fullmatch(bare)
    if known is not None and (venue := canonical_venue(known.group(1))) is not None:
        year = two_digit_year(int(known.group(2)))
        return VenueYear(venue, year, text) if year is not None else None
    return None


def _venue_link(text: str) -> tuple[VenueYear, str | None] | None:
    """A link cell's text that is a venue (``Findings of EMNLP 2022``, ``TMLR``, ``arXiv
    2402``): the venue and the month its tag states (None), or None. A preprint server
    named alone is the commonest link text, no venue."""
    written = text.strip(" []")
    tagged = venue_year_month(written)
    if tagged is not None:
        return tagged
    found = split_venue_year(written)
    if found is None or found.venue is None:
        return None
    if found.year is None and (found.venue == "arXiv" or canonical_venue(written) is None):
        return None
    return found, None


#: ``IEEE Transactions on Multimedia 21``: a name, a space, a two-digit year.
_NAME_TWO_DIGITS = re.compile(r"(.{2,80}?)[ \t](\d\d)")


#: The fewest words a title beside a bracketed nickname has.
_NICKNAMED_TITLE_WORDS = 3


def _nicknamed(cell: list[Segment], text: str) -> tuple[str, str | None]:
    """``[**ALOCC**]Adversarially Learned One-Class Classifier``, ``Estimating the Support
    … [**OC-SVM**]``: a bold short name in brackets before or after the title is its alias,
    not part of it. The title and the alias (None when there is none)."""
    for seg in cell:
        if seg.kind != "strong" or " " in seg.text.strip():
            continue
        tag = f"[{seg.text.strip()}]"
        if text.startswith(tag):
            rest = text[len(tag) :].strip()
        elif text.endswith(tag):
            rest = text[: -len(tag)].strip()
        else:
            continue
        if len(rest.split()) >= _NICKNAMED_TITLE_WORDS:
            return rest, seg.text.strip()
    return text, None
